"""Advice pages in the "adopted-adults" section (see cms/demo/content/advice/__init__.py)."""

PAGES: list[dict] = [
    {
        "key": "access-to-birth-records",
        "section": "adopted-adults",
        "topic": "adopted-adults",
        "en": {
            "slug": "access-to-birth-records",
            "title": "Access to birth records",
            "intro": (
                "If you were adopted and are 18 or over, you have the right to apply for the "
                "information you need to get a copy of your original birth certificate, and to see "
                "information from your adoption records."
            ),
            "body": [
                ("heading", "Your original birth certificate"),
                (
                    "paragraph",
                    (
                        "<p>When a child is adopted, a new birth certificate is issued in their "
                        "adoptive name. Your original birth certificate, showing the name you were "
                        "given at birth and usually your birth mother's name, still exists. If "
                        "your adoption was registered in England or Wales and you are 18 or over, "
                        "you can apply to the General Register Office for the information you need "
                        "to order a copy.</p>"
                    ),
                ),
                ("heading", "Counselling before you receive information"),
                (
                    "paragraph",
                    (
                        "<p>If you were adopted before 12 November 1975, the law requires you to "
                        "meet an adoption counsellor before the information is released to you. "
                        "This is because birth parents at that time were often told that their "
                        "child would never be able to trace them. If you were adopted after that "
                        "date, counselling is offered but is not compulsory. Many people find it "
                        "helpful either way: reading your records can bring up strong and "
                        "unexpected feelings.</p>"
                    ),
                ),
                ("heading", "Seeing your adoption records"),
                (
                    "paragraph",
                    (
                        "<p>Adoption agencies keep a case record for every adoption, which may "
                        "include reports, letters and photographs. Adults who were adopted can ask "
                        "the agency that arranged their adoption for access to information from "
                        "this record. An adoption social worker will usually go through the file "
                        "with you, because it can contain difficult information, and details about "
                        "other people that need to be handled carefully.</p>"
                    ),
                ),
                ("heading", "The Adoption Contact Register"),
                (
                    "paragraph",
                    (
                        "<p>The Adoption Contact Register for England and Wales, run by the "
                        "General Register Office, lets adopted adults and their birth relatives "
                        "record that they would like to be contacted. If both sides register, they "
                        "are told about each other. You can also register that you do not want "
                        "contact. There is a fee to join.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "What if I don't know where I was adopted?",
                                "answer": (
                                    "<p>Start with the General Register Office, which keeps the "
                                    "Adopted Children Register for England and Wales. An adoption "
                                    "counsellor can help you work out where your records are "
                                    "likely to be.</p>"
                                ),
                            },
                            {
                                "question": "Is there a charge?",
                                "answer": (
                                    "<p>There is a fee for a copy of a birth certificate and for "
                                    "joining the Adoption Contact Register. Counselling, and "
                                    "seeing your adoption records through an agency, are usually "
                                    "free for adults who were adopted.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Talk to an adoption counsellor",
                        "text": (
                            "Contact us to arrange counselling or to ask where your records are "
                            "held."
                        ),
                        "link_text": "Contact us",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "cael-gweld-cofnodion-geni",
            "title": "Cael gweld eich cofnodion geni",
            "intro": (
                "Os cawsoch eich mabwysiadu a'ch bod yn 18 oed neu'n hŷn, mae gennych hawl i wneud "
                "cais am yr wybodaeth sydd ei hangen arnoch i gael copi o'ch tystysgrif geni "
                "wreiddiol, ac i weld gwybodaeth o'ch cofnodion mabwysiadu."
            ),
            "body": [
                ("heading", "Eich tystysgrif geni wreiddiol"),
                (
                    "paragraph",
                    (
                        "<p>Pan fydd plentyn yn cael ei fabwysiadu, mae tystysgrif geni newydd yn "
                        "cael ei chyhoeddi yn ei enw mabwysiadol. Mae eich tystysgrif geni "
                        "wreiddiol, sy'n dangos yr enw a gawsoch pan gawsoch eich geni, ac enw "
                        "eich mam fiolegol fel arfer, yn dal i fodoli. Os cafodd eich mabwysiadu "
                        "ei gofrestru yng Nghymru neu Loegr a'ch bod yn 18 oed neu'n hŷn, gallwch "
                        "wneud cais i'r Swyddfa Gofrestru Gyffredinol am yr wybodaeth sydd ei "
                        "hangen arnoch i archebu copi.</p>"
                    ),
                ),
                ("heading", "Cwnsela cyn i chi gael yr wybodaeth"),
                (
                    "paragraph",
                    (
                        "<p>Os cawsoch eich mabwysiadu cyn 12 Tachwedd 1975, mae'r gyfraith yn "
                        "mynnu eich bod yn cwrdd â chwnselydd mabwysiadu cyn i'r wybodaeth gael ei "
                        "rhyddhau i chi. Y rheswm am hyn yw bod rhieni biolegol bryd hynny yn aml "
                        "wedi cael gwybod na fyddai eu plentyn byth yn gallu dod o hyd iddyn nhw. "
                        "Os cawsoch eich mabwysiadu ar ôl y dyddiad hwnnw, mae cwnsela'n cael ei "
                        "gynnig ond nid yw'n orfodol. Mae llawer o bobl yn ei gael yn ddefnyddiol "
                        "beth bynnag: gall darllen eich cofnodion godi teimladau cryf ac "
                        "annisgwyl.</p>"
                    ),
                ),
                ("heading", "Gweld eich cofnodion mabwysiadu"),
                (
                    "paragraph",
                    (
                        "<p>Mae asiantaethau mabwysiadu yn cadw cofnod achos ar gyfer pob "
                        "mabwysiad, a gall gynnwys adroddiadau, llythyrau a lluniau. Gall oedolion "
                        "a gafodd eu mabwysiadu ofyn i'r asiantaeth a drefnodd eu mabwysiadu am "
                        "gael gweld gwybodaeth o'r cofnod hwn. Fel arfer bydd gweithiwr "
                        "cymdeithasol mabwysiadu yn mynd drwy'r ffeil gyda chi, gan y gall gynnwys "
                        "gwybodaeth anodd, a manylion am bobl eraill y mae angen eu trin yn "
                        "ofalus.</p>"
                    ),
                ),
                ("heading", "Y Gofrestr Cyswllt Mabwysiadu"),
                (
                    "paragraph",
                    (
                        "<p>Mae'r Gofrestr Cyswllt Mabwysiadu ar gyfer Cymru a Lloegr, sy'n cael "
                        "ei rhedeg gan y Swyddfa Gofrestru Gyffredinol, yn galluogi oedolion a "
                        "gafodd eu mabwysiadu a'u perthnasau biolegol i nodi yr hoffen nhw i rywun "
                        "gysylltu â nhw. Os bydd y ddwy ochr yn cofrestru, byddan nhw'n cael "
                        "gwybod am ei gilydd. Gallwch hefyd gofrestru nad ydych chi eisiau "
                        "cyswllt. Codir ffi am ymuno.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": "Beth os nad ydw i'n gwybod ble ces i fy mabwysiadu?",
                                "answer": (
                                    "<p>Dechreuwch gyda'r Swyddfa Gofrestru Gyffredinol, sy'n "
                                    "cadw'r Gofrestr Plant Mabwysiedig ar gyfer Cymru a Lloegr. "
                                    "Gall cwnselydd mabwysiadu eich helpu i weithio allan ble mae "
                                    "eich cofnodion yn debygol o fod.</p>"
                                ),
                            },
                            {
                                "question": "Oes tâl?",
                                "answer": (
                                    "<p>Mae ffi am gopi o dystysgrif geni ac am ymuno â'r Gofrestr "
                                    "Cyswllt Mabwysiadu. Fel arfer mae cwnsela, a chael gweld eich "
                                    "cofnodion mabwysiadu drwy asiantaeth, am ddim i oedolion a "
                                    "gafodd eu mabwysiadu.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Siarad â chwnselydd mabwysiadu",
                        "text": (
                            "Cysylltwch â ni i drefnu cwnsela neu i holi ble mae eich cofnodion yn "
                            "cael eu cadw."
                        ),
                        "link_text": "Cysylltwch â ni",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
    {
        "key": "intermediary-services",
        "section": "adopted-adults",
        "topic": "adopted-adults",
        "en": {
            "slug": "tracing-and-intermediary-services",
            "title": "Tracing and intermediary services",
            "intro": (
                "An intermediary service can help adopted adults and birth relatives make contact "
                "safely, with support at every step and respect for the wishes of the person being "
                "traced."
            ),
            "body": [
                ("heading", "What an intermediary does"),
                (
                    "paragraph",
                    (
                        "<p>An intermediary is a trained worker who acts as a go-between. They can "
                        "help an adopted adult trace a birth parent, brother, sister or other "
                        "relative, or help a member of a birth family get in touch with someone "
                        "who was adopted and is now an adult. The intermediary makes the first "
                        "approach carefully and privately, explains who is looking for the person "
                        "and why, and gives them time to decide how they want to respond.</p>"
                    ),
                ),
                ("heading", "Who can use intermediary services"),
                (
                    "paragraph",
                    (
                        "<p>In Wales, these people can use intermediary "
                        "services:</p><ul><li>adults who were adopted, aged 18 and over, who want "
                        "to find birth relatives</li><li>birth parents, grandparents, brothers and "
                        "sisters and other birth relatives of someone who was adopted and is now "
                        "an adult</li></ul><p>The services are provided by the regional adoption "
                        "services and by registered adoption support agencies. A fee may be "
                        "charged, particularly to birth relatives.</p>"
                    ),
                ),
                ("heading", "Respecting wishes"),
                (
                    "paragraph",
                    (
                        "<p>No information that identifies an adopted adult is given to members of "
                        "their birth family without that person's consent. Adopted adults can also "
                        "tell the adoption agency in advance that they do not want to be "
                        "approached, or how they would prefer to be contacted, and the "
                        "intermediary must respect that.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "I'd searched online for years and got nowhere. The intermediary found "
                            "my sister in four months, and was there when we first spoke on the "
                            "phone."
                        ),
                        "attribution": "Adopted adult, Pembrokeshire",
                    },
                ),
                ("heading", "Preparing for contact"),
                (
                    "paragraph",
                    (
                        "<p>Finding a relative can bring joy, grief and sometimes disappointment. "
                        "Your intermediary will help you think about what you are hoping for, "
                        "prepare for different responses, and decide how to take the first steps: "
                        "perhaps an exchange of letters before any meeting. Support continues "
                        "after contact is made, for as long as it is useful.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Can I search on my own instead?",
                                "answer": (
                                    "<p>You can, but searching through social media can lead to "
                                    "sudden contact that neither person is ready for. An "
                                    "intermediary can protect you both.</p>"
                                ),
                            },
                            {
                                "question": "What if the person I'm looking for has died?",
                                "answer": (
                                    "<p>An intermediary can help you find out, and may be able to "
                                    "put you in touch with other relatives who would welcome "
                                    "contact.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Ask about intermediary services",
                        "text": (
                            "Contact us to talk about tracing a birth relative or being traced."
                        ),
                        "link_text": "Contact us",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "olrhain-a-gwasanaethau-cyfryngu",
            "title": "Olrhain a gwasanaethau cyfryngu",
            "intro": (
                "Gall gwasanaeth cyfryngu helpu oedolion a gafodd eu mabwysiadu a pherthnasau "
                "biolegol i gysylltu â'i gilydd yn ddiogel, gyda chymorth ar bob cam a pharch at "
                "ddymuniadau'r person sy'n cael ei olrhain."
            ),
            "body": [
                ("heading", "Beth mae cyfryngwr yn ei wneud"),
                (
                    "paragraph",
                    (
                        "<p>Gweithiwr hyfforddedig yw cyfryngwr, sy'n gweithredu fel canolwr. Gall "
                        "helpu oedolyn a gafodd ei fabwysiadu i olrhain rhiant biolegol, brawd, "
                        "chwaer neu berthynas arall, neu helpu aelod o'r teulu biolegol i gysylltu "
                        "â rhywun a gafodd ei fabwysiadu ac sydd bellach yn oedolyn. Mae'r "
                        "cyfryngwr yn gwneud y cyswllt cyntaf yn ofalus ac yn breifat, yn esbonio "
                        "pwy sy'n chwilio am y person a pham, ac yn rhoi amser iddo benderfynu sut "
                        "mae am ymateb.</p>"
                    ),
                ),
                ("heading", "Pwy all ddefnyddio gwasanaethau cyfryngu"),
                (
                    "paragraph",
                    (
                        "<p>Yng Nghymru, gall y bobl hyn ddefnyddio gwasanaethau "
                        "cyfryngu:</p><ul><li>oedolion a gafodd eu mabwysiadu, 18 oed a hŷn, sydd "
                        "am ddod o hyd i berthnasau biolegol</li><li>rhieni biolegol, neiniau a "
                        "theidiau, brodyr a chwiorydd a pherthnasau biolegol eraill rhywun a "
                        "gafodd ei fabwysiadu ac sydd bellach yn oedolyn</li></ul><p>Mae'r "
                        "gwasanaethau'n cael eu darparu gan y gwasanaethau mabwysiadu rhanbarthol "
                        "a chan asiantaethau cymorth mabwysiadu cofrestredig. Gall ffi gael ei "
                        "chodi, yn enwedig ar berthnasau biolegol.</p>"
                    ),
                ),
                ("heading", "Parchu dymuniadau"),
                (
                    "paragraph",
                    (
                        "<p>Does dim gwybodaeth sy'n dangos pwy yw oedolyn a gafodd ei fabwysiadu "
                        "yn cael ei rhoi i aelodau o'i deulu biolegol heb ganiatâd y person hwnnw. "
                        "Gall oedolion a gafodd eu mabwysiadu hefyd ddweud wrth yr asiantaeth "
                        "fabwysiadu ymlaen llaw nad ydyn nhw eisiau i neb gysylltu â nhw, neu sut "
                        "y byddai'n well ganddyn nhw i rywun gysylltu, ac mae'n rhaid i'r "
                        "cyfryngwr barchu hynny.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Roeddwn i wedi chwilio ar-lein ers blynyddoedd heb gyrraedd unman. "
                            "Daeth y cyfryngwr o hyd i fy chwaer mewn pedwar mis, ac roedd yno pan "
                            "siaradon ni ar y ffôn am y tro cyntaf."
                        ),
                        "attribution": "Oedolyn a gafodd ei fabwysiadu, Sir Benfro",
                    },
                ),
                ("heading", "Paratoi ar gyfer cyswllt"),
                (
                    "paragraph",
                    (
                        "<p>Gall dod o hyd i berthynas ddod â llawenydd, galar ac weithiau siom. "
                        "Bydd eich cyfryngwr yn eich helpu i feddwl am yr hyn rydych chi'n "
                        "gobeithio amdano, paratoi ar gyfer ymatebion gwahanol, a phenderfynu sut "
                        "i gymryd y camau cyntaf: efallai cyfnewid llythyrau cyn unrhyw gyfarfod. "
                        "Mae'r cymorth yn parhau ar ôl i'r cyswllt ddigwydd, cyhyd ag y bydd yn "
                        "ddefnyddiol.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": "Alla i chwilio ar fy mhen fy hun yn lle hynny?",
                                "answer": (
                                    "<p>Gallwch, ond gall chwilio drwy'r cyfryngau cymdeithasol "
                                    "arwain at gyswllt sydyn nad yw'r naill na'r llall yn barod "
                                    "amdano. Gall cyfryngwr eich diogelu chi'ch dau.</p>"
                                ),
                            },
                            {
                                "question": "Beth os yw'r person rwy'n chwilio amdano wedi marw?",
                                "answer": (
                                    "<p>Gall cyfryngwr eich helpu i gael gwybod, ac efallai y gall "
                                    "eich rhoi mewn cysylltiad ag aelodau eraill o'r teulu a "
                                    "fyddai'n croesawu cyswllt.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Holi am wasanaethau cyfryngu",
                        "text": (
                            "Cysylltwch â ni i sôn am olrhain aelod o'ch teulu biolegol neu am "
                            "gael eich olrhain."
                        ),
                        "link_text": "Cysylltwch â ni",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
]
