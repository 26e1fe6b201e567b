"""Advice pages in the "support" section (see cms/demo/content/advice/__init__.py)."""

PAGES: list[dict] = [
    {
        "key": "support-for-families",
        "section": "support",
        "topic": "support",
        "en": {
            "slug": "support-for-adoptive-families",
            "title": "Support for adoptive families",
            "intro": (
                "Adoption support is available to every adoptive family in Wales, for as long as "
                "it is needed. It is organised in three tiers, from information and training to "
                "specialist therapeutic help."
            ),
            "body": [
                ("heading", "Support in three tiers"),
                (
                    "paragraph",
                    (
                        "<p>Children who are adopted carry their early experiences with them, and "
                        "most families need help at some point. In Wales, support is arranged in "
                        "three tiers, so that families can get the right help at the right "
                        "time:</p><ol><li><b>Universal support</b> for every adoptive family: "
                        "information, training and the chance to meet other "
                        "adopters.</li><li><b>Targeted support</b> for families who need more: "
                        "specialist advice, help with education and short pieces of focused "
                        "work.</li><li><b>Therapeutic support</b> for children and families with "
                        "complex needs, arranged after an assessment of the family's support "
                        "needs.</li></ol>"
                    ),
                ),
                ("heading", "Universal support"),
                (
                    "paragraph",
                    (
                        "<p>Every family can use universal support without an assessment. It "
                        "includes newsletters and information online, training sessions on "
                        "subjects such as attachment, trauma and talking to children about "
                        "adoption, and peer groups where adopters meet to share experiences. "
                        "Adoption UK Cymru runs peer support networks, online communities and a "
                        "helpline, and your regional service can help you find a group near "
                        "you.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "The coffee mornings were a lifeline. Nobody there needed me to "
                            "explain why a trip to the supermarket could end in tears."
                        ),
                        "attribution": "Adoptive mum, Powys",
                    },
                ),
                ("heading", "Asking for help"),
                (
                    "paragraph",
                    (
                        "<p>You can ask for support at any time, whether your child moved in last "
                        "month or ten years ago. Many families first need help when a child starts "
                        "school, reaches their teens or begins asking about their birth family. "
                        "Asking for help is a sign of good parenting, not a sign that the adoption "
                        "is failing.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Who provides adoption support?",
                                "answer": (
                                    "<p>Your regional adoption service is the first place to go. "
                                    "For the first three years after the adoption order, the local "
                                    "authority that placed your child is usually responsible for "
                                    "support; after that, responsibility passes to the authority "
                                    "where you live.</p>"
                                ),
                            },
                            {
                                "question": "Is adoption support only for young children?",
                                "answer": (
                                    "<p>No. Support is available to teenagers, to adults who were "
                                    "adopted and to birth relatives, as well as to adoptive "
                                    "parents.</p>"
                                ),
                            },
                            {
                                "question": "Do we have to pay?",
                                "answer": (
                                    "<p>Not for most adoption support services. Where financial "
                                    "support is considered, it is usually assessed according to "
                                    "your circumstances.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Ask for adoption support",
                        "text": (
                            "Contact your regional adoption service to talk about what would help "
                            "your family."
                        ),
                        "link_text": "Contact your regional service",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "cymorth-i-deuluoedd-mabwysiadol",
            "title": "Cymorth i deuluoedd mabwysiadol",
            "intro": (
                "Mae cymorth mabwysiadu ar gael i bob teulu mabwysiadol yng Nghymru, cyhyd ag y "
                "bo'i angen. Mae wedi'i drefnu mewn tair haen, o wybodaeth a hyfforddiant i "
                "gymorth therapiwtig arbenigol."
            ),
            "body": [
                ("heading", "Cymorth mewn tair haen"),
                (
                    "paragraph",
                    (
                        "<p>Mae plant sy'n cael eu mabwysiadu yn cario eu profiadau cynnar gyda "
                        "nhw, ac mae angen help ar y rhan fwyaf o deuluoedd ar ryw adeg. Yng "
                        "Nghymru mae cymorth wedi'i drefnu mewn tair haen, er mwyn i deuluoedd "
                        "gael yr help cywir ar yr adeg gywir:</p><ol><li><b>Cymorth "
                        "cyffredinol</b> i bob teulu mabwysiadol: gwybodaeth, hyfforddiant a "
                        "chyfle i gwrdd â mabwysiadwyr eraill.</li><li><b>Cymorth wedi'i "
                        "dargedu</b> i deuluoedd sydd angen mwy: cyngor arbenigol, help gydag "
                        "addysg a darnau byr o waith penodol.</li><li><b>Cymorth therapiwtig</b> i "
                        "blant a theuluoedd ag anghenion cymhleth, wedi'i drefnu ar ôl asesiad o "
                        "anghenion cymorth y teulu.</li></ol>"
                    ),
                ),
                ("heading", "Cymorth cyffredinol"),
                (
                    "paragraph",
                    (
                        "<p>Gall pob teulu ddefnyddio cymorth cyffredinol heb asesiad. Mae'n "
                        "cynnwys cylchlythyrau a gwybodaeth ar-lein, sesiynau hyfforddi ar bynciau "
                        "fel ymlyniad, trawma a siarad â phlant am fabwysiadu, a grwpiau "
                        "cymheiriaid lle mae mabwysiadwyr yn cwrdd i rannu profiadau. Mae Adoption "
                        "UK Cymru yn cynnal rhwydweithiau cymorth gan gymheiriaid, cymunedau "
                        "ar-lein a llinell gymorth, a gall eich gwasanaeth rhanbarthol eich helpu "
                        "i ddod o hyd i grŵp yn agos atoch chi.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Roedd y boreau coffi yn achubiaeth. Doedd neb yno angen i mi esbonio "
                            "pam y gallai taith i'r archfarchnad orffen mewn dagrau."
                        ),
                        "attribution": "Mam fabwysiadol, Powys",
                    },
                ),
                ("heading", "Gofyn am help"),
                (
                    "paragraph",
                    (
                        "<p>Gallwch ofyn am gymorth ar unrhyw adeg, p'un a symudodd eich plentyn "
                        "atoch fis yn ôl neu ddeng mlynedd yn ôl. Mae llawer o deuluoedd angen "
                        "help am y tro cyntaf pan fydd plentyn yn dechrau'r ysgol, yn cyrraedd ei "
                        "arddegau neu'n dechrau holi am ei deulu biolegol. Mae gofyn am help yn "
                        "arwydd o rianta da, nid yn arwydd bod y mabwysiadu'n methu.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": "Pwy sy'n darparu cymorth mabwysiadu?",
                                "answer": (
                                    "<p>Eich gwasanaeth mabwysiadu rhanbarthol yw'r lle cyntaf i "
                                    "fynd. Am y tair blynedd cyntaf ar ôl y gorchymyn mabwysiadu, "
                                    "yr awdurdod lleol a leolodd eich plentyn sydd fel arfer yn "
                                    "gyfrifol am gymorth; ar ôl hynny mae'r cyfrifoldeb yn symud "
                                    "i'r awdurdod lle rydych chi'n byw.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "Ai ar gyfer plant ifanc yn unig mae cymorth mabwysiadu?"
                                ),
                                "answer": (
                                    "<p>Nage. Mae cymorth ar gael i bobl ifanc yn eu harddegau, i "
                                    "oedolion a gafodd eu mabwysiadu ac i berthnasau biolegol, yn "
                                    "ogystal ag i rieni mabwysiadol.</p>"
                                ),
                            },
                            {
                                "question": "Oes rhaid i ni dalu?",
                                "answer": (
                                    "<p>Nac oes, ar gyfer y rhan fwyaf o wasanaethau cymorth "
                                    "mabwysiadu. Pan fydd cymorth ariannol yn cael ei ystyried, "
                                    "fel arfer caiff ei asesu yn ôl eich amgylchiadau.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Gofyn am gymorth mabwysiadu",
                        "text": (
                            "Cysylltwch â'ch gwasanaeth mabwysiadu rhanbarthol i drafod beth "
                            "fyddai'n helpu'ch teulu."
                        ),
                        "link_text": "Cysylltu â'ch gwasanaeth rhanbarthol",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
    {
        "key": "targeted-and-therapeutic-support",
        "section": "support",
        "topic": "support",
        "en": {
            "slug": "targeted-and-therapeutic-support",
            "title": "Targeted and therapeutic support",
            "intro": (
                "When everyday support is not enough, you can ask for an assessment of your "
                "family's adoption support needs. It can lead to specialist advice, help at school "
                "or therapeutic services."
            ),
            "body": [
                ("heading", "An assessment of your support needs"),
                (
                    "paragraph",
                    (
                        "<p>Adoptive families, adopted children and young people, and adults who "
                        "were adopted can ask the local authority to assess their adoption support "
                        "needs. A social worker will talk with you and your child, and with other "
                        "people involved in your child's life such as teachers and health "
                        "professionals, to understand what is happening and what would help. If "
                        "services are agreed, they are set out in a written support plan that is "
                        "reviewed regularly.</p>"
                    ),
                ),
                ("heading", "Targeted support"),
                (
                    "paragraph",
                    (
                        "<p>Targeted support is for families who need more than universal services "
                        "but do not need intensive therapy. It might "
                        "include:</p><ul><li>specialist advice from an adoption support social "
                        "worker</li><li>help working with your child's school, including training "
                        "for staff on trauma and attachment</li><li>parenting programmes designed "
                        "for adoptive families</li><li>support with contact arrangements or life "
                        "story work</li><li>short-term work with a child or young person on a "
                        "particular issue</li></ul>"
                    ),
                ),
                ("heading", "Therapeutic support"),
                (
                    "paragraph",
                    (
                        "<p>Some children need specialist therapeutic help to recover from early "
                        "trauma. Following an assessment, this might include therapeutic parenting "
                        "support, dyadic developmental psychotherapy, play or creative therapies, "
                        "or help from child and adolescent mental health services. Therapeutic "
                        "services are arranged according to the assessed needs of the child and "
                        "family, and funding is agreed as part of the support plan.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Our daughter's therapist helped us see the frightened little girl "
                            "behind the shouting. That changed everything at home."
                        ),
                        "attribution": "Adoptive father, Cardiff",
                    },
                ),
                ("heading", "Support with education"),
                (
                    "paragraph",
                    (
                        "<p>Adopted children can find school hard: changing classes, friendships "
                        "and managing feelings in a busy classroom can all be a challenge. Your "
                        "regional service can advise on talking to the school, and help you and "
                        "the school plan together. Tell your child's school that they are adopted, "
                        "so that staff can understand their needs, and agree what information is "
                        "shared.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "What happens if we disagree with the assessment?",
                                "answer": (
                                    "<p>You can ask for it to be reviewed, and every local "
                                    "authority has a complaints procedure. Your regional service "
                                    "can explain how to raise concerns.</p>"
                                ),
                            },
                            {
                                "question": "Can a young person ask for support themselves?",
                                "answer": (
                                    "<p>Yes. Adopted children and young people can ask for support "
                                    "in their own right, and the service will listen to what they "
                                    "want.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Ask for an assessment of support needs",
                        "text": "Contact your regional adoption service to ask for an assessment.",
                        "link_text": "Contact your regional service",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "cymorth-wedi-i-dargedu-a-therapiwtig",
            "title": "Cymorth wedi'i dargedu a chymorth therapiwtig",
            "intro": (
                "Pan nad yw cymorth bob dydd yn ddigon, gallwch ofyn am asesiad o anghenion "
                "cymorth mabwysiadu eich teulu. Gall arwain at gyngor arbenigol, help yn yr ysgol "
                "neu wasanaethau therapiwtig."
            ),
            "body": [
                ("heading", "Asesiad o'ch anghenion cymorth"),
                (
                    "paragraph",
                    (
                        "<p>Gall teuluoedd mabwysiadol, plant a phobl ifanc sydd wedi'u "
                        "mabwysiadu, ac oedolion a gafodd eu mabwysiadu ofyn i'r awdurdod lleol "
                        "asesu eu hanghenion cymorth mabwysiadu. Bydd gweithiwr cymdeithasol yn "
                        "siarad â chi a'ch plentyn, ac â phobl eraill sy'n rhan o fywyd eich "
                        "plentyn fel athrawon a gweithwyr iechyd proffesiynol, er mwyn deall beth "
                        "sy'n digwydd a beth fyddai'n helpu. Os cytunir ar wasanaethau, byddan "
                        "nhw'n cael eu nodi mewn cynllun cymorth ysgrifenedig sy'n cael ei "
                        "adolygu'n rheolaidd.</p>"
                    ),
                ),
                ("heading", "Cymorth wedi'i dargedu"),
                (
                    "paragraph",
                    (
                        "<p>Mae cymorth wedi'i dargedu ar gyfer teuluoedd sydd angen mwy na "
                        "gwasanaethau cyffredinol ond nad oes angen therapi dwys arnyn nhw. Gallai "
                        "gynnwys:</p><ul><li>cyngor arbenigol gan weithiwr cymdeithasol cymorth "
                        "mabwysiadu</li><li>help i weithio gydag ysgol eich plentyn, gan gynnwys "
                        "hyfforddiant i staff ar drawma ac ymlyniad</li><li>rhaglenni rhianta "
                        "wedi'u cynllunio ar gyfer teuluoedd mabwysiadol</li><li>cymorth gyda "
                        "threfniadau cyswllt neu waith stori bywyd</li><li>gwaith tymor byr gyda "
                        "phlentyn neu berson ifanc ar fater penodol</li></ul>"
                    ),
                ),
                ("heading", "Cymorth therapiwtig"),
                (
                    "paragraph",
                    (
                        "<p>Mae angen help therapiwtig arbenigol ar rai plant i wella ar ôl trawma "
                        "cynnar. Yn dilyn asesiad, gallai hyn gynnwys cymorth rhianta therapiwtig, "
                        "seicotherapi datblygiadol dyadig, therapi chwarae neu therapïau "
                        "creadigol, neu help gan wasanaethau iechyd meddwl plant a'r glasoed. Mae "
                        "gwasanaethau therapiwtig yn cael eu trefnu yn ôl anghenion y plentyn a'r "
                        "teulu fel y'u haseswyd, a chytunir ar y cyllid yn rhan o'r cynllun "
                        "cymorth.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Helpodd therapydd ein merch ni i weld y ferch fach ofnus y tu ôl i'r "
                            "gweiddi. Newidiodd hynny bopeth gartref."
                        ),
                        "attribution": "Tad mabwysiadol, Caerdydd",
                    },
                ),
                ("heading", "Cymorth gydag addysg"),
                (
                    "paragraph",
                    (
                        "<p>Gall plant sydd wedi'u mabwysiadu ei chael hi'n anodd yn yr ysgol: "
                        "gall newid dosbarth, cyfeillgarwch a rheoli teimladau mewn ystafell "
                        "ddosbarth brysur i gyd fod yn her. Gall eich gwasanaeth rhanbarthol roi "
                        "cyngor ar siarad â'r ysgol, a'ch helpu chi a'r ysgol i gynllunio gyda'ch "
                        "gilydd. Rhowch wybod i ysgol eich plentyn ei fod wedi'i fabwysiadu, er "
                        "mwyn i'r staff ddeall ei anghenion, a chytunwch pa wybodaeth sy'n cael ei "
                        "rhannu.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": "Beth sy'n digwydd os ydyn ni'n anghytuno â'r asesiad?",
                                "answer": (
                                    "<p>Gallwch ofyn am adolygiad, ac mae gan bob awdurdod lleol "
                                    "weithdrefn gwyno. Gall eich gwasanaeth rhanbarthol esbonio "
                                    "sut i godi pryderon.</p>"
                                ),
                            },
                            {
                                "question": "All person ifanc ofyn am gymorth ei hun?",
                                "answer": (
                                    "<p>Gall. Mae gan blant a phobl ifanc sydd wedi'u mabwysiadu "
                                    "hawl i ofyn am gymorth yn eu rhinwedd eu hunain, a bydd y "
                                    "gwasanaeth yn gwrando ar yr hyn maen nhw ei eisiau.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Gofyn am asesiad o anghenion cymorth",
                        "text": (
                            "Cysylltwch â'ch gwasanaeth mabwysiadu rhanbarthol i ofyn am asesiad."
                        ),
                        "link_text": "Cysylltu â'ch gwasanaeth rhanbarthol",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
    {
        "key": "children-and-young-people",
        "section": "support",
        "topic": "support",
        "en": {
            "slug": "support-for-adopted-children-and-young-people",
            "title": "Support for adopted children and young people",
            "intro": (
                "Growing up adopted brings its own questions. Children and young people can get "
                "support in their own right, from groups with others who are adopted to one-to-one "
                "help."
            ),
            "body": [
                ("heading", "Being adopted"),
                (
                    "paragraph",
                    (
                        "<p>At some point, many adopted children and young people feel different "
                        "from their friends. They may wonder why they could not stay with their "
                        "birth family, worry about a brother or sister who lives somewhere else, "
                        "or find it hard to explain adoption to other people. These feelings are "
                        "normal, and talking about them with people who understand can help.</p>"
                    ),
                ),
                ("heading", "Groups and activities"),
                (
                    "paragraph",
                    (
                        "<p>Across Wales, regional services and their partners run groups where "
                        "adopted children and teenagers can meet others who share their "
                        "experience, take part in activities and have a say in how services work. "
                        "Adoption UK Cymru also runs activities for young people and their "
                        "families. Ask your regional service what is happening near you.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "At the group nobody asks why I don't look like my mum. It's the one "
                            "place where I don't have to explain."
                        ),
                        "attribution": "Young person, aged 14, Mid Wales",
                    },
                ),
                ("heading", "One-to-one support"),
                (
                    "paragraph",
                    (
                        "<p>Some young people want to talk to someone outside the family. Adoption "
                        "support workers can offer one-to-one sessions to help with identity, "
                        "managing feelings, contact with birth relatives or reading their records. "
                        "Young people can ask for an assessment of their own support needs, and "
                        "their views are taken seriously.</p>"
                    ),
                ),
                ("heading", "When things feel hard"),
                (
                    "paragraph",
                    (
                        "<p>If a young person is struggling with their mental health, their GP can "
                        "refer them to child and adolescent mental health services. In an "
                        "emergency, call 999. Meic, the helpline for children and young people in "
                        "Wales, offers free, confidential advice by phone, text message and online "
                        "chat, in Welsh and English.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Can young people see their own adoption records?",
                                "answer": (
                                    "<p>Adults who were adopted can apply for information from "
                                    "their records from the age of 18. In the meantime, younger "
                                    "people can ask their parents and their social worker to help "
                                    "them understand their life story.</p>"
                                ),
                            },
                            {
                                "question": "What if my child doesn't want to go to a group?",
                                "answer": (
                                    "<p>That is fine. Some young people prefer online activities "
                                    "or one-to-one support, and some simply need time.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Find support for your child",
                        "text": (
                            "Your regional service can tell you about groups and one-to-one "
                            "support for children and young people."
                        ),
                        "link_text": "Contact your regional service",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "cymorth-i-blant-a-phobl-ifanc",
            "title": "Cymorth i blant a phobl ifanc sydd wedi'u mabwysiadu",
            "intro": (
                "Mae tyfu i fyny ar ôl cael eich mabwysiadu yn codi ei gwestiynau ei hun. Gall "
                "plant a phobl ifanc gael cymorth yn eu rhinwedd eu hunain, o grwpiau gyda phobl "
                "eraill sydd wedi'u mabwysiadu i help un i un."
            ),
            "body": [
                ("heading", "Bod wedi'ch mabwysiadu"),
                (
                    "paragraph",
                    (
                        "<p>Ar ryw adeg, mae llawer o blant a phobl ifanc sydd wedi'u mabwysiadu "
                        "yn teimlo'n wahanol i'w ffrindiau. Efallai y byddan nhw'n meddwl tybed "
                        "pam na allen nhw aros gyda'u teulu biolegol, yn poeni am frawd neu chwaer "
                        "sy'n byw yn rhywle arall, neu'n ei chael hi'n anodd esbonio mabwysiadu i "
                        "bobl eraill. Mae'r teimladau hyn yn normal, a gall siarad amdanyn nhw "
                        "gyda phobl sy'n deall helpu.</p>"
                    ),
                ),
                ("heading", "Grwpiau a gweithgareddau"),
                (
                    "paragraph",
                    (
                        "<p>Ledled Cymru, mae gwasanaethau rhanbarthol a'u partneriaid yn cynnal "
                        "grwpiau lle gall plant a phobl ifanc yn eu harddegau sydd wedi'u "
                        "mabwysiadu gwrdd ag eraill sy'n rhannu eu profiad, cymryd rhan mewn "
                        "gweithgareddau a chael llais yn y ffordd y mae gwasanaethau'n gweithio. "
                        "Mae Adoption UK Cymru hefyd yn cynnal gweithgareddau i bobl ifanc a'u "
                        "teuluoedd. Holwch eich gwasanaeth rhanbarthol beth sy'n digwydd yn agos "
                        "atoch chi.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Yn y grŵp does neb yn gofyn pam nad ydw i'n edrych fel fy mam. Dyna'r "
                            "unig le lle nad oes rhaid i mi esbonio."
                        ),
                        "attribution": "Person ifanc, 14 oed, Canolbarth Cymru",
                    },
                ),
                ("heading", "Cymorth un i un"),
                (
                    "paragraph",
                    (
                        "<p>Mae rhai pobl ifanc eisiau siarad â rhywun y tu allan i'r teulu. Gall "
                        "gweithwyr cymorth mabwysiadu gynnig sesiynau un i un i helpu gyda "
                        "hunaniaeth, rheoli teimladau, cyswllt â pherthnasau biolegol neu ddarllen "
                        "eu cofnodion. Gall pobl ifanc ofyn am asesiad o'u hanghenion cymorth eu "
                        "hunain, ac mae eu barn yn cael ei chymryd o ddifrif.</p>"
                    ),
                ),
                ("heading", "Pan mae pethau'n anodd"),
                (
                    "paragraph",
                    (
                        "<p>Os yw person ifanc yn cael trafferth gyda'i iechyd meddwl, gall ei "
                        "feddyg teulu ei atgyfeirio at wasanaethau iechyd meddwl plant a'r "
                        "glasoed. Mewn argyfwng, ffoniwch 999. Mae Meic, y llinell gymorth i blant "
                        "a phobl ifanc yng Nghymru, yn cynnig cyngor am ddim a chyfrinachol dros y "
                        "ffôn, drwy neges destun a thrwy sgwrsio ar-lein, yn Gymraeg ac yn "
                        "Saesneg.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": (
                                    "All pobl ifanc weld eu cofnodion mabwysiadu eu hunain?"
                                ),
                                "answer": (
                                    "<p>Gall oedolion a gafodd eu mabwysiadu wneud cais am "
                                    "wybodaeth o'u cofnodion o 18 oed. Yn y cyfamser, gall pobl "
                                    "iau ofyn i'w rhieni a'u gweithiwr cymdeithasol eu helpu i "
                                    "ddeall stori eu bywyd.</p>"
                                ),
                            },
                            {
                                "question": "Beth os nad yw fy mhlentyn eisiau mynd i grŵp?",
                                "answer": (
                                    "<p>Mae hynny'n iawn. Mae'n well gan rai pobl ifanc "
                                    "weithgareddau ar-lein neu gymorth un i un, ac mae angen amser "
                                    "ar rai.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Dod o hyd i gymorth i'ch plentyn",
                        "text": (
                            "Gall eich gwasanaeth rhanbarthol sôn wrthych am grwpiau a chymorth un "
                            "i un i blant a phobl ifanc."
                        ),
                        "link_text": "Cysylltu â'ch gwasanaeth rhanbarthol",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
    {
        "key": "life-story-and-contact",
        "section": "support",
        "topic": "support",
        "en": {
            "slug": "life-story-work-and-contact",
            "title": "Life story work and keeping in touch",
            "intro": (
                "Every adopted child has a right to understand their own story. Life story work, "
                "and contact with people from their past, help children make sense of who they are."
            ),
            "body": [
                ("heading", "What is life story work?"),
                (
                    "paragraph",
                    (
                        "<p>Life story work helps a child understand why they were adopted and "
                        "what happened before they joined your family. Before your child moves in, "
                        "their social worker prepares a life story book, with photographs and a "
                        "simple, honest account of their early life, written for the child. You "
                        "will also receive a later life letter, written for your child to read "
                        "when they are older, which gives a fuller explanation.</p>"
                    ),
                ),
                ("heading", "Talking about adoption at home"),
                (
                    "paragraph",
                    (
                        "<p>Children need to hear their story many times, in ways that suit their "
                        "age. Talking openly from the start, with the life story book as a "
                        "starting point, shows your child that their history is not a secret and "
                        "that their questions are welcome. Training and advice are available if "
                        "you are unsure what to say, especially about the difficult parts of a "
                        "child's history.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We read her book together every birthday. Each year she asks new "
                            "questions, and each year we find the answers a little easier to give."
                        ),
                        "attribution": "Adoptive parents, Rhondda Cynon Taf",
                    },
                ),
                ("heading", "Contact with birth relatives"),
                (
                    "paragraph",
                    (
                        "<p>Most children adopted in Wales keep some kind of contact with their "
                        "birth family. For many, this is letterbox contact: an exchange of "
                        "letters, usually once or twice a year, through the adoption agency's "
                        "letterbox service, which checks what is shared to keep everyone safe. "
                        "Some children also see brothers and sisters, grandparents or, less often, "
                        "their birth parents. Contact plans are agreed before the adoption order, "
                        "and they can change as a child grows up.</p>"
                    ),
                ),
                ("heading", "Getting help with contact"),
                (
                    "paragraph",
                    (
                        "<p>Letterbox letters can be hard to start, and face-to-face meetings can "
                        "stir up strong feelings for everyone. The letterbox service can help you "
                        "write letters and plan meetings, and support is available if a plan needs "
                        "to change. Social media has made unplanned contact more likely, so talk "
                        "to your regional service if you are worried.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Get help with life story work",
                        "text": (
                            "Your regional service can advise on life story books, letters and "
                            "contact arrangements."
                        ),
                        "link_text": "Contact your regional service",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "gwaith-stori-bywyd-a-chyswllt",
            "title": "Gwaith stori bywyd a chadw cysylltiad",
            "intro": (
                "Mae gan bob plentyn sydd wedi'i fabwysiadu hawl i ddeall ei stori ei hun. Mae "
                "gwaith stori bywyd, a chyswllt â phobl o'i orffennol, yn helpu plentyn i wneud "
                "synnwyr o bwy ydyw."
            ),
            "body": [
                ("heading", "Beth yw gwaith stori bywyd?"),
                (
                    "paragraph",
                    (
                        "<p>Mae gwaith stori bywyd yn helpu plentyn i ddeall pam y cafodd ei "
                        "fabwysiadu a beth ddigwyddodd cyn iddo ymuno â'ch teulu. Cyn i'ch plentyn "
                        "symud atoch, mae ei weithiwr cymdeithasol yn paratoi llyfr stori bywyd, "
                        "gyda lluniau a hanes syml a gonest o'i fywyd cynnar, wedi'i ysgrifennu ar "
                        "gyfer y plentyn. Byddwch hefyd yn cael llythyr ar gyfer y dyfodol, wedi'i "
                        "ysgrifennu i'ch plentyn ei ddarllen pan fydd yn hŷn, sy'n rhoi esboniad "
                        "llawnach.</p>"
                    ),
                ),
                ("heading", "Siarad am fabwysiadu gartref"),
                (
                    "paragraph",
                    (
                        "<p>Mae angen i blant glywed eu stori lawer gwaith, mewn ffyrdd sy'n addas "
                        "i'w hoedran. Mae siarad yn agored o'r dechrau, gyda'r llyfr stori bywyd "
                        "yn fan cychwyn, yn dangos i'ch plentyn nad yw ei hanes yn gyfrinach a bod "
                        "croeso i'w gwestiynau. Mae hyfforddiant a chyngor ar gael os nad ydych "
                        "chi'n siŵr beth i'w ddweud, yn enwedig am rannau anodd o hanes "
                        "plentyn.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Rydyn ni'n darllen ei llyfr gyda'n gilydd bob pen-blwydd. Bob "
                            "blwyddyn mae hi'n gofyn cwestiynau newydd, a bob blwyddyn rydyn ni'n "
                            "gweld ei bod hi ychydig yn haws rhoi'r atebion."
                        ),
                        "attribution": "Rhieni mabwysiadol, Rhondda Cynon Taf",
                    },
                ),
                ("heading", "Cyswllt â pherthnasau biolegol"),
                (
                    "paragraph",
                    (
                        "<p>Mae'r rhan fwyaf o blant sy'n cael eu mabwysiadu yng Nghymru yn cadw "
                        "rhyw fath o gyswllt â'u teulu biolegol. I lawer, cyswllt blwch llythyrau "
                        "yw hwn: cyfnewid llythyrau, unwaith neu ddwywaith y flwyddyn fel arfer, "
                        "drwy wasanaeth blwch llythyrau'r asiantaeth fabwysiadu, sy'n gwirio'r hyn "
                        "sy'n cael ei rannu er mwyn cadw pawb yn ddiogel. Mae rhai plant hefyd yn "
                        "gweld brodyr a chwiorydd, neiniau a theidiau neu, yn llai aml, eu rhieni "
                        "biolegol. Cytunir ar gynlluniau cyswllt cyn y gorchymyn mabwysiadu, a "
                        "gallan nhw newid wrth i blentyn dyfu.</p>"
                    ),
                ),
                ("heading", "Cael help gyda chyswllt"),
                (
                    "paragraph",
                    (
                        "<p>Gall fod yn anodd dechrau ysgrifennu llythyrau blwch llythyrau, a gall "
                        "cyfarfodydd wyneb yn wyneb godi teimladau cryf i bawb. Gall y gwasanaeth "
                        "blwch llythyrau eich helpu i ysgrifennu llythyrau a chynllunio "
                        "cyfarfodydd, ac mae cymorth ar gael os oes angen newid cynllun. Mae "
                        "cyfryngau cymdeithasol wedi gwneud cyswllt heb ei gynllunio yn fwy "
                        "tebygol, felly siaradwch â'ch gwasanaeth rhanbarthol os ydych chi'n "
                        "poeni.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Cael help gyda gwaith stori bywyd",
                        "text": (
                            "Gall eich gwasanaeth rhanbarthol roi cyngor ar lyfrau stori bywyd, "
                            "llythyrau a threfniadau cyswllt."
                        ),
                        "link_text": "Cysylltu â'ch gwasanaeth rhanbarthol",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
]
