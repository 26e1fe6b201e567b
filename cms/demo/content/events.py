"""Events for the demo site: information evenings and webinars across the five regions.

Dates are relative (days_from_today) so the demo always shows upcoming events; times are local
(Europe/London). venue is empty for online events. session_language is "en", "cy" or
"bilingual". region is a Region slug; agency (optional) is the slug of the voluntary adoption
agency that runs the event with or instead of the regional service. Booking links point at
example.org placeholders.

A body is a list of (block type, value) pairs for cms.blocks.BodyBlock: "heading" (text),
"paragraph" (rich text HTML), "quote", "statistic", "accordion" and "call_to_action" (dicts).
The Welsh body has the same blocks in the same order as the English one.
"""

EVENTS: list[dict] = [
    {
        "key": "cardiff-information-evening",
        "days_from_today": 12,
        "start": "18:30",
        "end": "20:00",
        "online": False,
        "venue": "Central Library Hub, Cardiff",
        "session_language": "en",
        "region": "vale-valleys-cardiff",
        "booking_url": "https://example.org/book/cardiff-information-evening",
        "en": {
            "slug": "information-evening-cardiff",
            "title": "Information evening: Cardiff",
            "intro": (
                "Come and find out about adopting in the Vale, Valleys and Cardiff area. Meet "
                "social workers and adopters, and ask anything you like."
            ),
            "body": [
                ("heading", "What happens on the evening"),
                (
                    "paragraph",
                    (
                        "<p>The evening starts with a short talk from the adoption team about the "
                        "children waiting in our area, who can adopt and how the assessment works. "
                        "An adoptive parent will then talk about their own experience. Afterwards "
                        "there is time to ask questions, in the group or privately, over a cup of "
                        "tea.</p>"
                    ),
                ),
                ("heading", "Who should come"),
                (
                    "paragraph",
                    (
                        "<p>Anyone who is thinking about adopting, however early you are in your "
                        "thinking. You are welcome to come on your own or to bring your partner or "
                        "a friend. There is no commitment, and nobody will ask you to sign up to "
                        "anything. The talk is in English; if you would like to speak Welsh, tell "
                        "us when you book and a Welsh-speaking social worker will be there to talk "
                        "with you.</p>"
                    ),
                ),
                ("heading", "Access"),
                (
                    "paragraph",
                    (
                        "<p>The venue has step-free access and an accessible toilet. If you need a "
                        "British Sign Language interpreter or any other support, let us know when "
                        "you book.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "noson-wybodaeth-caerdydd",
            "title": "Noson wybodaeth: Caerdydd",
            "intro": (
                "Dewch i ddysgu am fabwysiadu yn ardal y Fro, y Cymoedd a Chaerdydd. Cewch gwrdd â "
                "gweithwyr cymdeithasol a mabwysiadwyr, a gofyn unrhyw beth."
            ),
            "body": [
                ("heading", "Beth sy'n digwydd ar y noson"),
                (
                    "paragraph",
                    (
                        "<p>Mae'r noson yn dechrau gyda sgwrs fer gan y tîm mabwysiadu am y plant "
                        "sy'n aros yn ein hardal, pwy all fabwysiadu a sut mae'r asesiad yn "
                        "gweithio. Yna bydd rhiant mabwysiadol yn sôn am ei brofiad ei hun. Wedyn "
                        "bydd amser i ofyn cwestiynau, yn y grŵp neu'n breifat, dros baned.</p>"
                    ),
                ),
                ("heading", "Pwy ddylai ddod"),
                (
                    "paragraph",
                    (
                        "<p>Unrhyw un sy'n ystyried mabwysiadu, waeth pa mor gynnar rydych chi yn "
                        "eich ystyriaethau. Mae croeso i chi ddod ar eich pen eich hun neu ddod "
                        "â'ch partner neu ffrind. Does dim ymrwymiad, a fydd neb yn gofyn i chi "
                        "gofrestru ar gyfer unrhyw beth. Mae'r sgwrs yn Saesneg; os hoffech chi "
                        "siarad Cymraeg, rhowch wybod wrth archebu a bydd gweithiwr cymdeithasol "
                        "sy'n siarad Cymraeg yno i sgwrsio â chi.</p>"
                    ),
                ),
                ("heading", "Hygyrchedd"),
                (
                    "paragraph",
                    (
                        "<p>Mae mynediad heb risiau i'r lleoliad, ac mae toiled hygyrch. Os oes "
                        "angen dehonglydd Iaith Arwyddion Prydain neu unrhyw gymorth arall arnoch, "
                        "rhowch wybod i ni wrth archebu.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "introduction-to-adoption-webinar",
        "days_from_today": 19,
        "start": "19:00",
        "end": "20:00",
        "online": True,
        "venue": "",
        "session_language": "en",
        "region": "south-east-wales",
        "booking_url": "https://example.org/book/introduction-to-adoption-webinar",
        "en": {
            "slug": "webinar-introduction-to-adoption",
            "title": "Webinar: an introduction to adoption",
            "intro": (
                "An hour-long online introduction to adoption from the South East Wales Adoption "
                "Service. Join from home, with your camera off if you prefer."
            ),
            "body": [
                ("heading", "What we'll cover"),
                (
                    "paragraph",
                    (
                        "<p>In the webinar we'll talk about:</p><ul><li>the children waiting for "
                        "families in South East Wales</li><li>who can adopt, and some common "
                        "myths</li><li>the two-stage assessment and how long it takes</li><li>the "
                        "support available to adoptive families</li></ul>"
                    ),
                ),
                ("heading", "How to join"),
                (
                    "paragraph",
                    (
                        "<p>When you book, we'll email you a link to join. You don't need to "
                        "download anything, and you can ask questions by typing them into the "
                        "chat. Your name won't be shown to other people taking part.</p>"
                    ),
                ),
                ("heading", "Can't make it?"),
                (
                    "paragraph",
                    (
                        "<p>We run webinars regularly. You can also contact us at any time to "
                        "arrange a call with a social worker.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "gweminar-cyflwyniad-i-fabwysiadu",
            "title": "Gweminar: cyflwyniad i fabwysiadu",
            "intro": (
                "Cyflwyniad ar-lein i fabwysiadu, awr o hyd, gan Wasanaeth Mabwysiadu De Ddwyrain "
                "Cymru. Ymunwch o'ch cartref, gyda'ch camera wedi'i ddiffodd os yw'n well gennych."
            ),
            "body": [
                ("heading", "Beth fyddwn ni'n ei drafod"),
                (
                    "paragraph",
                    (
                        "<p>Dyma'r pynciau y byddwn ni'n eu trafod yn y weminar:</p><ul><li>y "
                        "plant sy'n aros am deuluoedd yn Ne Ddwyrain Cymru</li><li>pwy all "
                        "fabwysiadu, a rhai camsyniadau cyffredin</li><li>yr asesiad dau gam a "
                        "faint o amser mae'n ei gymryd</li><li>y cymorth sydd ar gael i deuluoedd "
                        "mabwysiadol</li></ul>"
                    ),
                ),
                ("heading", "Sut i ymuno"),
                (
                    "paragraph",
                    (
                        "<p>Pan fyddwch chi'n archebu, byddwn yn anfon dolen atoch drwy e-bost er "
                        "mwyn i chi ymuno. Does dim angen lawrlwytho unrhyw beth, a gallwch ofyn "
                        "cwestiynau drwy eu teipio yn y blwch sgwrsio. Fydd eich enw ddim yn cael "
                        "ei ddangos i bobl eraill sy'n cymryd rhan.</p>"
                    ),
                ),
                ("heading", "Methu dod?"),
                (
                    "paragraph",
                    (
                        "<p>Rydyn ni'n cynnal gweminarau'n rheolaidd. Gallwch hefyd gysylltu â ni "
                        "unrhyw bryd i drefnu galwad gyda gweithiwr cymdeithasol.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "caernarfon-welsh-language-evening",
        "days_from_today": 26,
        "start": "18:30",
        "end": "20:00",
        "online": False,
        "venue": "Galeri, Caernarfon",
        "session_language": "cy",
        "region": "north-wales",
        "booking_url": "https://example.org/book/caernarfon-welsh-language-evening",
        "en": {
            "slug": "welsh-language-information-evening-caernarfon",
            "title": "Welsh-language information evening: Caernarfon",
            "intro": (
                "An information evening held in Welsh for anyone in North Wales who is thinking "
                "about adopting. Welsh learners are very welcome."
            ),
            "body": [
                ("heading", "About the evening"),
                (
                    "paragraph",
                    (
                        "<p>Social workers from the North Wales Adoption Service will explain who "
                        "can adopt, what the assessment involves and which children are waiting "
                        "for families, including children from Welsh-speaking homes. Adopters who "
                        "are bringing up their children in Welsh will share their experience.</p>"
                    ),
                ),
                ("heading", "Held in Welsh"),
                (
                    "paragraph",
                    (
                        "<p>The whole evening is in Welsh, and Welsh learners are warmly welcome. "
                        "If you would prefer an event in English, see our other events or contact "
                        "the service.</p>"
                    ),
                ),
                ("heading", "The venue"),
                (
                    "paragraph",
                    (
                        "<p>Galeri is by Victoria Dock in Caernarfon, with parking nearby. The "
                        "room is on the ground floor, with step-free access.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "noson-wybodaeth-gymraeg-caernarfon",
            "title": "Noson wybodaeth Gymraeg: Caernarfon",
            "intro": (
                "Noson wybodaeth yn Gymraeg i unrhyw un yng Ngogledd Cymru sy'n ystyried "
                "mabwysiadu. Mae croeso cynnes i ddysgwyr."
            ),
            "body": [
                ("heading", "Am y noson"),
                (
                    "paragraph",
                    (
                        "<p>Bydd gweithwyr cymdeithasol o Wasanaeth Mabwysiadu Gogledd Cymru yn "
                        "esbonio pwy all fabwysiadu, beth mae'r asesiad yn ei olygu a pha blant "
                        "sy'n aros am deuluoedd, gan gynnwys plant o gartrefi Cymraeg. Bydd "
                        "mabwysiadwyr sy'n magu eu plant yn Gymraeg yn rhannu eu profiad.</p>"
                    ),
                ),
                ("heading", "Yn Gymraeg"),
                (
                    "paragraph",
                    (
                        "<p>Mae'r noson gyfan yn Gymraeg, ac mae croeso cynnes i ddysgwyr. Os "
                        "byddai'n well gennych ddigwyddiad yn Saesneg, edrychwch ar ein "
                        "digwyddiadau eraill neu cysylltwch â'r gwasanaeth.</p>"
                    ),
                ),
                ("heading", "Y lleoliad"),
                (
                    "paragraph",
                    (
                        "<p>Mae Galeri ger Doc Fictoria yng Nghaernarfon, ac mae lle parcio "
                        "gerllaw. Mae'r ystafell ar y llawr gwaelod, gyda mynediad heb risiau.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "swansea-bilingual-drop-in",
        "days_from_today": 33,
        "start": "18:00",
        "end": "19:30",
        "online": False,
        "venue": "Central Library, Swansea",
        "session_language": "bilingual",
        "region": "western-bay",
        "booking_url": "https://example.org/book/swansea-bilingual-drop-in",
        "en": {
            "slug": "bilingual-drop-in-session-swansea",
            "title": "Bilingual drop-in session: Swansea",
            "intro": (
                "A relaxed drop-in session, in Welsh and English, in the centre of Swansea. Come "
                "along any time between six and half past seven."
            ),
            "body": [
                ("heading", "Drop in, in either language"),
                (
                    "paragraph",
                    (
                        "<p>There's no presentation at this session: come when it suits you and "
                        "talk one-to-one with social workers and adopters from the Western Bay "
                        "Adoption Service. The staff speak both Welsh and English, so you can use "
                        "whichever language you prefer.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Before you come",
                        "items": [
                            {
                                "question": "Do I need to book?",
                                "answer": (
                                    "<p>Booking helps us plan, but you are welcome to just turn "
                                    "up.</p>"
                                ),
                            },
                            {
                                "question": "Can I bring my children?",
                                "answer": (
                                    "<p>Yes. There will be a small play corner with toys and "
                                    "books.</p>"
                                ),
                            },
                            {
                                "question": "Will what I say be recorded?",
                                "answer": (
                                    "<p>No. Conversations are informal, and nothing is written "
                                    "down unless you ask us to contact you afterwards.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", "Finding us"),
                (
                    "paragraph",
                    (
                        "<p>The venue is in the city centre, a short walk from the bus station, "
                        "with step-free access throughout.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "sesiwn-galw-heibio-ddwyieithog-abertawe",
            "title": "Sesiwn galw heibio ddwyieithog: Abertawe",
            "intro": (
                "Sesiwn galw heibio hamddenol, yn Gymraeg ac yn Saesneg, yng nghanol Abertawe. "
                "Dewch draw unrhyw bryd rhwng chwech a hanner awr wedi saith."
            ),
            "body": [
                ("heading", "Galwch heibio, yn y naill iaith neu'r llall"),
                (
                    "paragraph",
                    (
                        "<p>Does dim cyflwyniad yn y sesiwn hon: dewch pan fydd yn gyfleus i chi a "
                        "siaradwch un i un â gweithwyr cymdeithasol a mabwysiadwyr o Wasanaeth "
                        "Mabwysiadu Bae'r Gorllewin. Mae'r staff yn siarad Cymraeg a Saesneg, "
                        "felly gallwch ddefnyddio pa iaith bynnag sydd orau gennych.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cyn i chi ddod",
                        "items": [
                            {
                                "question": "Oes angen i mi archebu lle?",
                                "answer": (
                                    "<p>Mae archebu'n ein helpu i gynllunio, ond mae croeso i chi "
                                    "alw heibio heb archebu.</p>"
                                ),
                            },
                            {
                                "question": "Alla i ddod â'm plant?",
                                "answer": (
                                    "<p>Gallwch. Bydd cornel chwarae fach gyda theganau a "
                                    "llyfrau.</p>"
                                ),
                            },
                            {
                                "question": "Fydd yr hyn rwy'n ei ddweud yn cael ei gofnodi?",
                                "answer": (
                                    "<p>Na fydd. Mae'r sgyrsiau'n anffurfiol, a does dim yn cael "
                                    "ei ysgrifennu oni bai eich bod yn gofyn i ni gysylltu â chi "
                                    "wedyn.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", "Dod o hyd i ni"),
                (
                    "paragraph",
                    (
                        "<p>Mae'r lleoliad yng nghanol y ddinas, ychydig funudau ar droed o'r "
                        "orsaf fysiau, gyda mynediad heb risiau drwyddo draw.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "early-permanence-webinar",
        "days_from_today": 41,
        "start": "12:30",
        "end": "13:30",
        "online": True,
        "venue": "",
        "session_language": "en",
        "region": "mid-west-wales",
        "booking_url": "https://example.org/book/early-permanence-webinar",
        "en": {
            "slug": "webinar-fostering-for-adoption",
            "title": "Webinar: fostering for adoption and early permanence",
            "intro": (
                "A lunchtime webinar from Adoption Mid and West Wales about fostering for "
                "adoption, with a carer who has done it."
            ),
            "body": [
                ("heading", "About the webinar"),
                (
                    "paragraph",
                    (
                        "<p>Fostering for adoption means that a baby or young child lives with you "
                        "while the court decides on their future, and stays with you if adoption "
                        "becomes the plan. In this webinar, our early permanence lead will explain "
                        "how it works, who it suits and how carers are supported, and a carer will "
                        "talk honestly about their experience.</p>"
                    ),
                ),
                ("heading", "Who it's for"),
                (
                    "paragraph",
                    (
                        "<p>Approved adopters, people who are being assessed, and anyone who is "
                        "curious about early permanence before they apply.</p>"
                    ),
                ),
                ("heading", "Joining"),
                (
                    "paragraph",
                    (
                        "<p>We'll email you a link when you book. The talk is recorded for people "
                        "who book but can't attend; questions asked in the chat are not included "
                        "in the recording.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "gweminar-maethu-i-fabwysiadu",
            "title": "Gweminar: maethu i fabwysiadu a sefydlogrwydd cynnar",
            "intro": (
                "Gweminar amser cinio gan Fabwysiadu Canolbarth a Gorllewin Cymru am faethu i "
                "fabwysiadu, gyda gofalwr sydd wedi gwneud hynny."
            ),
            "body": [
                ("heading", "Am y weminar"),
                (
                    "paragraph",
                    (
                        "<p>Mae maethu i fabwysiadu yn golygu bod babi neu blentyn ifanc yn byw "
                        "gyda chi tra bydd y llys yn penderfynu ar ei ddyfodol, ac yn aros gyda "
                        "chi os daw mabwysiadu'n gynllun. Yn y weminar hon, bydd ein harweinydd "
                        "sefydlogrwydd cynnar yn esbonio sut mae'n gweithio, i bwy mae'n addas a "
                        "sut mae gofalwyr yn cael eu cefnogi, a bydd gofalwr yn siarad yn onest am "
                        "ei brofiad.</p>"
                    ),
                ),
                ("heading", "Ar gyfer pwy"),
                (
                    "paragraph",
                    (
                        "<p>Mabwysiadwyr cymeradwy, pobl sy'n cael eu hasesu, ac unrhyw un sydd â "
                        "diddordeb mewn sefydlogrwydd cynnar cyn gwneud cais.</p>"
                    ),
                ),
                ("heading", "Ymuno"),
                (
                    "paragraph",
                    (
                        "<p>Byddwn yn anfon dolen atoch drwy e-bost pan fyddwch chi'n archebu. "
                        "Mae'r sgwrs yn cael ei recordio ar gyfer pobl sy'n archebu ond sy'n methu "
                        "dod; dydy'r cwestiynau a ofynnir yn y blwch sgwrsio ddim yn rhan o'r "
                        "recordiad.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "siblings-and-older-children-webinar",
        "days_from_today": 68,
        "start": "19:00",
        "end": "20:15",
        "online": True,
        "venue": "",
        "session_language": "en",
        "region": "north-wales",
        "agency": "adopting-together",
        "booking_url": "https://example.org/book/siblings-and-older-children-webinar",
        "en": {
            "slug": "webinar-siblings-and-older-children",
            "title": "Webinar: adopting brothers and sisters, and older children",
            "intro": (
                "An evening webinar from Adopting Together and the North Wales Adoption Service "
                "about adopting brothers and sisters, and children aged four and over."
            ),
            "body": [
                ("heading", "Why this matters"),
                (
                    "paragraph",
                    (
                        "<p>Brothers and sisters, and older children, wait longest for families in "
                        "Wales. In this webinar, social workers will talk about who these children "
                        "are, what they need from a family, and the support that is available, "
                        "including through the Adopting Together service.</p>"
                    ),
                ),
                ("heading", "Hear from adopters"),
                (
                    "paragraph",
                    (
                        "<p>Two families will talk about adopting a brother and sister and about "
                        "adopting a seven-year-old, and will answer your questions.</p>"
                    ),
                ),
                ("heading", "Joining"),
                (
                    "paragraph",
                    (
                        "<p>This is an online session, and we'll email you a link when you book. "
                        "You can ask questions in the chat, anonymously if you prefer.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "gweminar-brodyr-a-chwiorydd-a-phlant-hyn",
            "title": "Gweminar: mabwysiadu brodyr a chwiorydd, a phlant hŷn",
            "intro": (
                "Gweminar gyda'r nos gan Fabwysiadu Gyda’n Gilydd a Gwasanaeth Mabwysiadu Gogledd "
                "Cymru am fabwysiadu brodyr a chwiorydd, a phlant pedair oed a hŷn."
            ),
            "body": [
                ("heading", "Pam mae hyn yn bwysig"),
                (
                    "paragraph",
                    (
                        "<p>Brodyr a chwiorydd, a phlant hŷn, sy'n aros hiraf am deuluoedd yng "
                        "Nghymru. Yn y weminar hon, bydd gweithwyr cymdeithasol yn sôn am bwy yw'r "
                        "plant hyn, beth sydd ei angen arnyn nhw gan deulu, a'r cymorth sydd ar "
                        "gael, gan gynnwys drwy wasanaeth Adopting Together.</p>"
                    ),
                ),
                ("heading", "Clywed gan fabwysiadwyr"),
                (
                    "paragraph",
                    (
                        "<p>Bydd dau deulu'n sôn am fabwysiadu brawd a chwaer ac am fabwysiadu "
                        "plentyn saith oed, ac yn ateb eich cwestiynau.</p>"
                    ),
                ),
                ("heading", "Ymuno"),
                (
                    "paragraph",
                    (
                        "<p>Sesiwn ar-lein yw hon, a byddwn yn anfon dolen atoch drwy e-bost pan "
                        "fyddwch chi'n archebu. Gallwch ofyn cwestiynau yn y blwch sgwrsio, yn "
                        "ddienw os yw'n well gennych.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "aberystwyth-information-evening",
        "days_from_today": 90,
        "start": "18:30",
        "end": "20:00",
        "online": False,
        "venue": "Aberystwyth Arts Centre, Aberystwyth",
        "session_language": "en",
        "region": "mid-west-wales",
        "booking_url": "https://example.org/book/aberystwyth-information-evening",
        "en": {
            "slug": "information-evening-aberystwyth",
            "title": "Information evening: Aberystwyth",
            "intro": (
                "An information evening for people in Ceredigion and the surrounding area who are "
                "thinking about adopting."
            ),
            "body": [
                ("heading", "What to expect"),
                (
                    "paragraph",
                    (
                        "<p>Social workers from Adoption Mid and West Wales will explain who can "
                        "adopt and how the process works, and an adoptive family will talk about "
                        "their experience. There will be plenty of time for questions, and "
                        "information packs to take home.</p>"
                    ),
                ),
                ("heading", "Language"),
                (
                    "paragraph",
                    (
                        "<p>The talk is in English, and Welsh-speaking staff will be there to talk "
                        "with you in Welsh afterwards.</p>"
                    ),
                ),
                ("heading", "Getting there"),
                (
                    "paragraph",
                    (
                        "<p>The arts centre is on the university campus, with parking available. "
                        "If travel is difficult for you, get in touch: you can also join one of "
                        "our online sessions.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "noson-wybodaeth-aberystwyth",
            "title": "Noson wybodaeth: Aberystwyth",
            "intro": (
                "Noson wybodaeth i bobl yng Ngheredigion a'r cyffiniau sy'n ystyried mabwysiadu."
            ),
            "body": [
                ("heading", "Beth i'w ddisgwyl"),
                (
                    "paragraph",
                    (
                        "<p>Bydd gweithwyr cymdeithasol o Fabwysiadu Canolbarth a Gorllewin Cymru "
                        "yn esbonio pwy all fabwysiadu a sut mae'r broses yn gweithio, a bydd "
                        "teulu mabwysiadol yn sôn am eu profiad. Bydd digon o amser i ofyn "
                        "cwestiynau, a phecynnau gwybodaeth i fynd adref gyda chi.</p>"
                    ),
                ),
                ("heading", "Iaith"),
                (
                    "paragraph",
                    (
                        "<p>Mae'r sgwrs yn Saesneg, a bydd staff sy'n siarad Cymraeg yno i sgwrsio "
                        "â chi yn Gymraeg wedyn.</p>"
                    ),
                ),
                ("heading", "Cyrraedd"),
                (
                    "paragraph",
                    (
                        "<p>Mae'r ganolfan gelfyddydau ar gampws y brifysgol, ac mae lle parcio ar "
                        "gael. Os yw teithio'n anodd i chi, cysylltwch â ni: gallwch hefyd ymuno "
                        "ag un o'n sesiynau ar-lein.</p>"
                    ),
                ),
            ],
        },
    },
]
