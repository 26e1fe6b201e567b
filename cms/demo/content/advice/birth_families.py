"""Advice pages in the "birth-families" section (see cms/demo/content/advice/__init__.py)."""

PAGES: list[dict] = [
    {
        "key": "birth-parent-support",
        "section": "birth-families",
        "topic": "birth-families",
        "en": {
            "slug": "support-for-birth-parents",
            "title": "Support for birth parents",
            "intro": (
                "If your child has been adopted, or adoption is being planned, you are entitled to "
                "support from someone who is independent of your child's social worker."
            ),
            "body": [
                ("heading", "Independent support for birth parents"),
                (
                    "paragraph",
                    (
                        "<p>Losing a child to adoption is one of the hardest things a parent can "
                        "go through, whatever the circumstances. Birth parents in Wales can get "
                        "support from a service that is separate from the social workers who make "
                        "decisions about their child. The support is confidential and free, and "
                        "you can use it before an adoption, during the process, or long "
                        "afterwards.</p>"
                    ),
                ),
                ("heading", "What support is available"),
                (
                    "paragraph",
                    (
                        "<p>A support worker can:</p><ul><li>listen, and help you understand what "
                        "is happening and what your rights are</li><li>offer counselling, or help "
                        "you find it, to cope with grief and loss</li><li>help you write letters "
                        "for letterbox contact and prepare for any meetings</li><li>help you "
                        "contribute to your child's life story, for example with photographs or a "
                        "letter</li><li>introduce you to groups where you can meet other birth "
                        "parents</li></ul><p>Support is also available to other birth relatives, "
                        "such as grandparents, brothers and sisters.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "For years I thought nobody would want to hear from me. My support "
                            "worker helped me write my first letter. Now I know my son will have "
                            "it when he's ready."
                        ),
                        "attribution": "Birth mother, North Wales",
                    },
                ),
                ("heading", "Support at any stage"),
                (
                    "paragraph",
                    (
                        "<p>You do not have to accept support straight away. Some people come to "
                        "it years later, when they feel ready, or when a letter arrives or stops "
                        "arriving. You can also leave information on your child's adoption file, "
                        "such as a new address or a letter, so that your child can find it if they "
                        "look for you as an adult.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": (
                                    "Will the support worker tell the social worker what I say?"
                                ),
                                "answer": (
                                    "<p>No. The service is independent and confidential. The only "
                                    "exception is if someone, especially a child, is at risk of "
                                    "serious harm.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "Can I get support if my child was adopted many years ago?"
                                ),
                                "answer": (
                                    "<p>Yes. Support is there whenever you need it, including if "
                                    "you want to think about contact with an adopted adult through "
                                    "an intermediary service.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Get support as a birth parent",
                        "text": (
                            "Contact us and we will put you in touch with the independent birth "
                            "parent support service for your area."
                        ),
                        "link_text": "Contact us",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "cymorth-i-rieni-biolegol",
            "title": "Cymorth i rieni biolegol",
            "intro": (
                "Os yw'ch plentyn wedi'i fabwysiadu, neu os oes cynlluniau i'w fabwysiadu, mae "
                "gennych hawl i gymorth gan rywun sy'n annibynnol ar weithiwr cymdeithasol eich "
                "plentyn."
            ),
            "body": [
                ("heading", "Cymorth annibynnol i rieni biolegol"),
                (
                    "paragraph",
                    (
                        "<p>Mae colli plentyn drwy fabwysiadu yn un o'r profiadau anoddaf y gall "
                        "rhiant fynd drwyddo, beth bynnag fo'r amgylchiadau. Gall rhieni biolegol "
                        "yng Nghymru gael cymorth gan wasanaeth sydd ar wahân i'r gweithwyr "
                        "cymdeithasol sy'n gwneud penderfyniadau am eu plentyn. Mae'r cymorth yn "
                        "gyfrinachol ac am ddim, a gallwch ei ddefnyddio cyn mabwysiadu, yn ystod "
                        "y broses, neu ymhell ar ôl hynny.</p>"
                    ),
                ),
                ("heading", "Pa gymorth sydd ar gael"),
                (
                    "paragraph",
                    (
                        "<p>Gall gweithiwr cymorth:</p><ul><li>wrando, a'ch helpu i ddeall beth "
                        "sy'n digwydd a beth yw eich hawliau</li><li>gynnig cwnsela, neu eich "
                        "helpu i ddod o hyd iddo, i ymdopi â galar a cholled</li><li>eich helpu i "
                        "ysgrifennu llythyrau ar gyfer cyswllt blwch llythyrau a pharatoi ar gyfer "
                        "unrhyw gyfarfodydd</li><li>eich helpu i gyfrannu at stori bywyd eich "
                        "plentyn, er enghraifft gyda lluniau neu lythyr</li><li>eich cyflwyno i "
                        "grwpiau lle gallwch gwrdd â rhieni biolegol eraill</li></ul><p>Mae "
                        "cymorth ar gael hefyd i berthnasau biolegol eraill, fel neiniau a "
                        "theidiau, brodyr a chwiorydd.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Am flynyddoedd roeddwn i'n meddwl na fyddai neb eisiau clywed gen i. "
                            "Helpodd fy ngweithiwr cymorth fi i ysgrifennu fy llythyr cyntaf. Nawr "
                            "rwy'n gwybod y bydd fy mab yn ei gael pan fydd yn barod."
                        ),
                        "attribution": "Mam fiolegol, Gogledd Cymru",
                    },
                ),
                ("heading", "Cymorth ar unrhyw adeg"),
                (
                    "paragraph",
                    (
                        "<p>Does dim rhaid i chi dderbyn cymorth yn syth. Mae rhai pobl yn dod ato "
                        "flynyddoedd yn ddiweddarach, pan fyddan nhw'n barod, neu pan fydd llythyr "
                        "yn cyrraedd neu'n peidio â chyrraedd. Gallwch hefyd adael gwybodaeth ar "
                        "ffeil fabwysiadu eich plentyn, fel cyfeiriad newydd neu lythyr, er mwyn "
                        "i'ch plentyn ddod o hyd iddi os bydd yn chwilio amdanoch fel oedolyn.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": (
                                    "Fydd y gweithiwr cymorth yn dweud wrth y gweithiwr "
                                    "cymdeithasol beth rwy'n ei ddweud?"
                                ),
                                "answer": (
                                    "<p>Na fydd. Mae'r gwasanaeth yn annibynnol ac yn gyfrinachol. "
                                    "Yr unig eithriad yw os oes rhywun, yn enwedig plentyn, mewn "
                                    "perygl o niwed difrifol.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "Alla i gael cymorth os cafodd fy mhlentyn ei fabwysiadu "
                                    "flynyddoedd yn ôl?"
                                ),
                                "answer": (
                                    "<p>Gallwch. Mae cymorth ar gael pryd bynnag y bydd ei angen "
                                    "arnoch, gan gynnwys os ydych chi am ystyried cyswllt ag "
                                    "oedolyn a gafodd ei fabwysiadu drwy wasanaeth cyfryngu.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Cael cymorth fel rhiant biolegol",
                        "text": (
                            "Cysylltwch â ni a byddwn yn eich rhoi mewn cysylltiad â'r gwasanaeth "
                            "cymorth annibynnol i rieni biolegol yn eich ardal."
                        ),
                        "link_text": "Cysylltwch â ni",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
    {
        "key": "contact-after-adoption",
        "section": "birth-families",
        "topic": "birth-families",
        "en": {
            "slug": "contact-after-adoption",
            "title": "Contact after adoption",
            "intro": (
                "After an adoption, many birth families keep in touch with the child through "
                "letters exchanged once or twice a year. Here is how letterbox contact works and "
                "how to get help with it."
            ),
            "body": [
                ("heading", "What letterbox contact is"),
                (
                    "paragraph",
                    (
                        "<p>Letterbox contact is an arrangement for the adoptive family and the "
                        "birth family to exchange letters, cards and sometimes photographs, "
                        "usually once or twice a year. The letters go through the adoption agency "
                        "rather than directly, so neither family needs to share their address. "
                        "Staff read each letter before passing it on, to make sure it keeps to "
                        "what was agreed and will not cause harm or reveal where the child "
                        "lives.</p>"
                    ),
                ),
                ("heading", "Writing your letter"),
                (
                    "paragraph",
                    (
                        "<p>Many birth parents find that the first letter is the hardest. Some "
                        "things that can help:</p><ul><li>write about yourself and everyday news, "
                        "such as work, hobbies or family events</li><li>tell your child that you "
                        "think about them and love them</li><li>don't ask for the child's address, "
                        "school or surname, and don't make promises about the future</li><li>keep "
                        "the words simple enough for the child's age</li></ul><p>Your support "
                        "worker or the letterbox team can read a draft with you. If you cannot "
                        "write, or if neither Welsh nor English is your first language, help is "
                        "available.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "The letters are short, but I read every one about fifty times. It's "
                            "how I know she's happy."
                        ),
                        "attribution": "Birth father, South East Wales",
                    },
                ),
                ("heading", "When letters stop or plans change"),
                (
                    "paragraph",
                    (
                        "<p>Sometimes letters are not sent or not answered, and that can be very "
                        "painful. Get in touch with the letterbox service rather than waiting: "
                        "there may be a simple reason, and staff can follow it up. Contact plans "
                        "can also be reviewed if circumstances change, for example if a birth "
                        "parent's situation improves or a child asks for something different. Any "
                        "change is based on what is best for the child.</p>"
                    ),
                ),
                ("heading", "Meeting in person and social media"),
                (
                    "paragraph",
                    (
                        "<p>Some adopted children meet birth relatives in person, most often their "
                        "brothers and sisters. These meetings are planned and supported. Please do "
                        "not contact an adopted child directly or through social media: it can "
                        "frighten a child and may put the existing arrangement at risk. If you "
                        "want to talk about contact, speak to the letterbox service or your "
                        "support worker.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Can I send a present?",
                                "answer": (
                                    "<p>Check the contact agreement. Some arrangements allow small "
                                    "gifts for birthdays or at Christmas; others do not.</p>"
                                ),
                            },
                            {
                                "question": "What if I move house?",
                                "answer": (
                                    "<p>Give the letterbox service your new address so that "
                                    "letters can still reach you.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Contact the letterbox service",
                        "text": (
                            "Your regional adoption service runs letterbox contact for your area. "
                            "Get in touch for help with a letter or a plan."
                        ),
                        "link_text": "Contact us",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "cyswllt-ar-ol-mabwysiadu",
            "title": "Cyswllt ar ôl mabwysiadu",
            "intro": (
                "Ar ôl mabwysiadu, mae llawer o deuluoedd biolegol yn cadw mewn cysylltiad â'r "
                "plentyn drwy lythyrau sy'n cael eu cyfnewid unwaith neu ddwywaith y flwyddyn. "
                "Dyma sut mae cyswllt blwch llythyrau'n gweithio a sut i gael help gydag ef."
            ),
            "body": [
                ("heading", "Beth yw cyswllt blwch llythyrau"),
                (
                    "paragraph",
                    (
                        "<p>Trefniant yw cyswllt blwch llythyrau i'r teulu mabwysiadol a'r teulu "
                        "biolegol gyfnewid llythyrau, cardiau a lluniau weithiau, unwaith neu "
                        "ddwywaith y flwyddyn fel arfer. Mae'r llythyrau'n mynd drwy'r asiantaeth "
                        "fabwysiadu yn hytrach nag yn uniongyrchol, felly does dim rhaid i'r naill "
                        "deulu na'r llall rannu ei gyfeiriad. Mae staff yn darllen pob llythyr cyn "
                        "ei anfon ymlaen, er mwyn sicrhau ei fod yn cadw at yr hyn a gytunwyd ac "
                        "na fydd yn achosi niwed nac yn datgelu ble mae'r plentyn yn byw.</p>"
                    ),
                ),
                ("heading", "Ysgrifennu'ch llythyr"),
                (
                    "paragraph",
                    (
                        "<p>Mae llawer o rieni biolegol yn gweld mai'r llythyr cyntaf yw'r "
                        "anoddaf. Dyma rai pethau a all helpu:</p><ul><li>ysgrifennwch amdanoch "
                        "chi'ch hun a newyddion bob dydd, fel gwaith, diddordebau neu "
                        "ddigwyddiadau teuluol</li><li>dywedwch wrth eich plentyn eich bod yn "
                        "meddwl amdano ac yn ei garu</li><li>peidiwch â gofyn am gyfeiriad, ysgol "
                        "neu gyfenw'r plentyn, a pheidiwch â gwneud addewidion am y "
                        "dyfodol</li><li>cadwch y geiriau'n ddigon syml i oedran y "
                        "plentyn</li></ul><p>Gall eich gweithiwr cymorth neu dîm y blwch llythyrau "
                        "ddarllen drafft gyda chi. Os na allwch ysgrifennu, neu os nad Cymraeg na "
                        "Saesneg yw eich iaith gyntaf, mae help ar gael.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Mae'r llythyrau'n fyr, ond rwy'n darllen pob un tua hanner cant o "
                            "weithiau. Dyna sut rwy'n gwybod ei bod hi'n hapus."
                        ),
                        "attribution": "Tad biolegol, De Ddwyrain Cymru",
                    },
                ),
                ("heading", "Pan fydd llythyrau'n peidio neu gynlluniau'n newid"),
                (
                    "paragraph",
                    (
                        "<p>Weithiau dydy llythyrau ddim yn cael eu hanfon na'u hateb, a gall "
                        "hynny fod yn boenus iawn. Cysylltwch â'r gwasanaeth blwch llythyrau yn "
                        "hytrach nag aros: efallai fod rheswm syml, a gall y staff fynd ar ei ôl. "
                        "Gellir adolygu cynlluniau cyswllt hefyd os bydd amgylchiadau'n newid, er "
                        "enghraifft os bydd sefyllfa rhiant biolegol yn gwella neu os bydd plentyn "
                        "yn gofyn am rywbeth gwahanol. Mae unrhyw newid yn seiliedig ar yr hyn "
                        "sydd orau i'r plentyn.</p>"
                    ),
                ),
                ("heading", "Cwrdd wyneb yn wyneb a'r cyfryngau cymdeithasol"),
                (
                    "paragraph",
                    (
                        "<p>Mae rhai plant sydd wedi'u mabwysiadu yn cwrdd â pherthnasau biolegol "
                        "wyneb yn wyneb, eu brodyr a'u chwiorydd gan amlaf. Mae'r cyfarfodydd hyn "
                        "yn cael eu cynllunio a'u cefnogi. Peidiwch â chysylltu â phlentyn sydd "
                        "wedi'i fabwysiadu yn uniongyrchol nac ar y cyfryngau cymdeithasol: gall "
                        "hynny godi ofn ar blentyn a gall beryglu'r trefniant presennol. Os ydych "
                        "chi am drafod cyswllt, siaradwch â'r gwasanaeth blwch llythyrau neu'ch "
                        "gweithiwr cymorth.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": "Alla i anfon anrheg?",
                                "answer": (
                                    "<p>Edrychwch ar y cytundeb cyswllt. Mae rhai trefniadau'n "
                                    "caniatáu anrhegion bach ar ben-blwyddi neu adeg y Nadolig; "
                                    "dydy eraill ddim.</p>"
                                ),
                            },
                            {
                                "question": "Beth os bydda i'n symud tŷ?",
                                "answer": (
                                    "<p>Rhowch eich cyfeiriad newydd i'r gwasanaeth blwch "
                                    "llythyrau er mwyn i lythyrau allu eich cyrraedd o hyd.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Cysylltu â'r gwasanaeth blwch llythyrau",
                        "text": (
                            "Eich gwasanaeth mabwysiadu rhanbarthol sy'n rhedeg cyswllt blwch "
                            "llythyrau ar gyfer eich ardal. Cysylltwch am help gyda llythyr neu "
                            "gynllun."
                        ),
                        "link_text": "Cysylltwch â ni",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
]
