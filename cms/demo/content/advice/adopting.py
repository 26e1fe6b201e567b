"""Advice pages in the "adopting" section (see cms/demo/content/advice/__init__.py)."""

PAGES: list[dict] = [
    {
        "key": "can-i-adopt",
        "section": "adopting",
        "topic": "can-i-adopt",
        "en": {
            "slug": "can-i-adopt",
            "title": "Can I adopt?",
            "intro": (
                "Very probably, yes. If you are 21 or over and can offer a child a safe, loving "
                "home for life, we would like to hear from you."
            ),
            "body": [
                ("heading", "Who can adopt in Wales"),
                (
                    "paragraph",
                    (
                        "<p>Adoption agencies in Wales are looking for people who can give "
                        "children stability, patience and care for the rest of their childhood and "
                        "beyond. There is no single type of adopter. To apply, you need to be 21 "
                        "or over, and your permanent home needs to be in the UK.</p><p>You can "
                        "adopt whether you are:</p><ul><li>single, married, in a civil partnership "
                        "or living with a partner</li><li>gay, lesbian, bisexual, transgender or "
                        "heterosexual</li><li>renting your home or owning it</li><li>already a "
                        "parent, or without children</li><li>of any religion or none, and from any "
                        "ethnic background</li><li>working full time or part time, or not "
                        "working</li></ul>"
                    ),
                ),
                ("heading", "What really matters"),
                (
                    "paragraph",
                    (
                        "<p>Social workers are not looking for perfect people or perfect homes. "
                        "They are interested in what you can offer a child who has had a difficult "
                        "start: time, warmth, resilience and a willingness to learn. Many children "
                        "who are adopted have experienced loss, neglect or trauma, so you will "
                        "need to be open to support and ready to see behaviour as a way of "
                        "communicating.</p><p>You will need a spare bedroom for a child, although "
                        "brothers and sisters can sometimes share. Your health should allow you to "
                        "care for a child until they grow up. A health condition or disability "
                        "does not rule you out automatically, and your GP will complete a medical "
                        "report as part of the assessment.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We assumed nobody would take us seriously, because we rent and "
                            "neither of us drives. The very first phone call put us right."
                        ),
                        "attribution": "A couple who adopted in Swansea",
                    },
                ),
                ("heading", "Things that won't stop you applying"),
                (
                    "paragraph",
                    (
                        "<p>Having a criminal record does not automatically stop you from "
                        "adopting. Tell your social worker about any convictions early on: only "
                        "offences against children and certain other serious offences mean you "
                        "cannot be approved. A low income, claiming benefits or being in debt will "
                        "not stop you either, as long as you can manage your money and provide for "
                        "a child. Some agencies will not place young children with people who "
                        "smoke, so talk to us if this applies to you.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Is there an upper age limit?",
                                "answer": (
                                    "<p>No. What matters is that you have the health and energy to "
                                    "care for a child until they are an adult. Many people adopt "
                                    "in their forties and fifties.</p>"
                                ),
                            },
                            {
                                "question": "Do I have to give up work?",
                                "answer": (
                                    "<p>Not permanently. Most adopters take adoption leave when a "
                                    "child first moves in, and you may be entitled to statutory "
                                    "adoption leave and pay. Your social worker will talk with you "
                                    "about how you will balance work and family life.</p>"
                                ),
                            },
                            {
                                "question": "Can I adopt if I already have children?",
                                "answer": (
                                    "<p>Yes. Your children will be part of the assessment, and we "
                                    "will think carefully about the age gap and how a new child "
                                    "would settle into your family.</p>"
                                ),
                            },
                            {
                                "question": "Do I need to speak Welsh?",
                                "answer": (
                                    "<p>No, but if you do speak Welsh, please tell us. Some of the "
                                    "children waiting in Wales come from Welsh-speaking homes, and "
                                    "it helps them to keep their language.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Talk to us about adopting",
                        "text": (
                            "Every adoption starts with a conversation. Your regional adoption "
                            "service can answer your questions with no commitment."
                        ),
                        "link_text": "Contact your regional service",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "allaf-i-fabwysiadu",
            "title": "Allaf i fabwysiadu?",
            "intro": (
                "Gallwch, yn ôl pob tebyg. Os ydych chi'n 21 oed neu'n hŷn ac yn gallu cynnig "
                "cartref diogel a chariadus i blentyn am oes, hoffem glywed gennych chi."
            ),
            "body": [
                ("heading", "Pwy all fabwysiadu yng Nghymru"),
                (
                    "paragraph",
                    (
                        "<p>Mae asiantaethau mabwysiadu yng Nghymru yn chwilio am bobl sy'n gallu "
                        "rhoi sefydlogrwydd, amynedd a gofal i blant drwy weddill eu plentyndod a "
                        "thu hwnt. Does dim un math arbennig o fabwysiadwr. I wneud cais, mae "
                        "angen i chi fod yn 21 oed neu'n hŷn, ac mae angen i'ch cartref parhaol "
                        "fod yn y Deyrnas Unedig.</p><p>Gallwch fabwysiadu os ydych "
                        "chi:</p><ul><li>yn sengl, yn briod, mewn partneriaeth sifil neu'n byw "
                        "gyda phartner</li><li>yn hoyw, yn lesbiad, yn ddeurywiol, yn "
                        "drawsryweddol neu'n heterorywiol</li><li>yn rhentu'ch cartref neu'n "
                        "berchen arno</li><li>eisoes yn rhiant, neu heb blant</li><li>o unrhyw "
                        "grefydd neu heb grefydd, ac o unrhyw gefndir ethnig</li><li>yn gweithio'n "
                        "llawn amser neu'n rhan amser, neu ddim yn gweithio</li></ul>"
                    ),
                ),
                ("heading", "Beth sy'n bwysig go iawn"),
                (
                    "paragraph",
                    (
                        "<p>Dydy gweithwyr cymdeithasol ddim yn chwilio am bobl berffaith na "
                        "chartrefi perffaith. Mae ganddyn nhw ddiddordeb yn yr hyn y gallwch chi "
                        "ei gynnig i blentyn sydd wedi cael dechrau anodd: amser, cynhesrwydd, "
                        "gwydnwch a pharodrwydd i ddysgu. Mae llawer o blant sy'n cael eu "
                        "mabwysiadu wedi profi colled, esgeulustod neu drawma, felly bydd angen i "
                        "chi fod yn agored i gymorth ac yn barod i weld ymddygiad fel ffordd o "
                        "gyfathrebu.</p><p>Bydd angen ystafell wely sbâr arnoch ar gyfer plentyn, "
                        "er bod brodyr a chwiorydd weithiau'n gallu rhannu. Dylai'ch iechyd "
                        "ganiatáu i chi ofalu am blentyn nes iddo dyfu'n oedolyn. Dydy cyflwr "
                        "iechyd neu anabledd ddim yn eich rhwystro'n awtomatig, a bydd eich meddyg "
                        "teulu'n llenwi adroddiad meddygol yn rhan o'r asesiad.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Roedden ni'n meddwl na fyddai neb yn ein cymryd o ddifrif, gan ein "
                            "bod ni'n rhentu ac nad yw'r un ohonon ni'n gyrru. Cawson ni ein "
                            "cywiro yn yr alwad ffôn gyntaf."
                        ),
                        "attribution": "Cwpl a fabwysiadodd yn Abertawe",
                    },
                ),
                ("heading", "Pethau na fyddan nhw'n eich atal rhag gwneud cais"),
                (
                    "paragraph",
                    (
                        "<p>Dydy cofnod troseddol ddim yn eich atal rhag mabwysiadu'n awtomatig. "
                        "Soniwch wrth eich gweithiwr cymdeithasol am unrhyw euogfarnau'n gynnar: "
                        "dim ond troseddau yn erbyn plant a rhai troseddau difrifol eraill sy'n "
                        "golygu na allwch gael eich cymeradwyo. Fydd incwm isel, hawlio "
                        "budd-daliadau neu fod mewn dyled ddim yn eich rhwystro chwaith, cyn "
                        "belled â'ch bod yn gallu rheoli'ch arian a chynnal plentyn. Dydy rhai "
                        "asiantaethau ddim yn lleoli plant ifanc gyda phobl sy'n ysmygu, felly "
                        "siaradwch â ni os yw hyn yn berthnasol i chi.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": "Oes uchafswm oedran?",
                                "answer": (
                                    "<p>Nac oes. Yr hyn sy'n bwysig yw bod gennych yr iechyd a'r "
                                    "egni i ofalu am blentyn nes ei fod yn oedolyn. Mae llawer o "
                                    "bobl yn mabwysiadu yn eu pedwardegau a'u pumdegau.</p>"
                                ),
                            },
                            {
                                "question": "Oes rhaid i mi roi'r gorau i'r gwaith?",
                                "answer": (
                                    "<p>Nac oes, ddim yn barhaol. Mae'r rhan fwyaf o fabwysiadwyr "
                                    "yn cymryd absenoldeb mabwysiadu pan fydd plentyn yn symud i "
                                    "mewn gyntaf, ac efallai y bydd gennych hawl i absenoldeb a "
                                    "thâl mabwysiadu statudol. Bydd eich gweithiwr cymdeithasol yn "
                                    "trafod gyda chi sut y byddwch yn cydbwyso gwaith a bywyd "
                                    "teuluol.</p>"
                                ),
                            },
                            {
                                "question": "Alla i fabwysiadu os oes gen i blant yn barod?",
                                "answer": (
                                    "<p>Gallwch. Bydd eich plant yn rhan o'r asesiad, a byddwn "
                                    "ni'n meddwl yn ofalus am y bwlch oedran a sut y byddai "
                                    "plentyn newydd yn setlo yn eich teulu.</p>"
                                ),
                            },
                            {
                                "question": "Oes angen i mi siarad Cymraeg?",
                                "answer": (
                                    "<p>Nac oes, ond os ydych chi'n siarad Cymraeg, rhowch wybod i "
                                    "ni. Mae rhai o'r plant sy'n aros yng Nghymru yn dod o "
                                    "gartrefi Cymraeg eu hiaith, ac mae'n eu helpu i gadw eu "
                                    "hiaith.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Siaradwch â ni am fabwysiadu",
                        "text": (
                            "Mae pob mabwysiadu'n dechrau gyda sgwrs. Gall eich gwasanaeth "
                            "mabwysiadu rhanbarthol ateb eich cwestiynau heb unrhyw ymrwymiad."
                        ),
                        "link_text": "Cysylltu â'ch gwasanaeth rhanbarthol",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
    {
        "key": "adoption-process",
        "section": "adopting",
        "topic": "process",
        "en": {
            "slug": "the-adoption-process",
            "title": "The adoption process",
            "intro": (
                "Adoption follows a clear path, from your first enquiry to the day a court makes "
                "an adoption order. Here is what happens at each step and roughly how long it "
                "takes."
            ),
            "body": [
                ("heading", "From first enquiry to application"),
                (
                    "paragraph",
                    (
                        "<p>Most people start by contacting their regional adoption service or a "
                        "voluntary adoption agency. You will be sent information and invited to an "
                        "information evening or a webinar, and a social worker will usually "
                        "arrange a first visit or call to talk about your circumstances. When you "
                        "feel ready, you make a formal application, which agencies call a "
                        "registration of interest.</p>"
                    ),
                ),
                ("heading", "Two stages of assessment"),
                (
                    "paragraph",
                    (
                        "<p>Assessment in Wales has two stages. In <b>stage one</b> the agency "
                        "carries out checks, including criminal record (DBS) checks, references, a "
                        "medical and checks with the local authority, while you take part in "
                        "preparation training with other applicants. In <b>stage two</b> a social "
                        "worker visits you at home over several months to get to know you, your "
                        "history, your relationships and your support network. Together you build "
                        "up the assessment report, often called the home study.</p>"
                    ),
                ),
                (
                    "statistic",
                    {
                        "value": "6.3",
                        "label": "months on average from application to approval in Wales",
                        "source": "National Adoption Service, 2019/20",
                    },
                ),
                ("heading", "Approval, matching and moving in"),
                (
                    "paragraph",
                    (
                        "<p>Your report goes to an adoption panel, which makes a recommendation, "
                        "and the agency's decision maker then decides whether to approve you. Once "
                        "you are approved, you are matched with a child or children whose needs "
                        "you can meet. The panel considers the match too, and then a period of "
                        "introductions helps the child get to know you before they move in.</p>"
                    ),
                ),
                ("heading", "Becoming a legal family"),
                (
                    "paragraph",
                    (
                        "<p>When a child has lived with you for at least ten weeks, you can apply "
                        "to the family court for an adoption order. The order gives you parental "
                        "responsibility permanently, and your child becomes a full legal member of "
                        "your family. Support does not stop there: you can ask for help at any "
                        "point as your child grows up.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Can I pause the process?",
                                "answer": (
                                    "<p>Yes. Life happens, and agencies understand that. If you "
                                    "need a break between the stages, talk to your social worker "
                                    "about timing.</p>"
                                ),
                            },
                            {
                                "question": "Does the process cost anything?",
                                "answer": (
                                    "<p>There is no charge for being assessed to adopt a child "
                                    "from care in Wales. Fees usually apply only to inter-country "
                                    "adoption.</p>"
                                ),
                            },
                            {
                                "question": "How long will I wait to be matched?",
                                "answer": (
                                    "<p>It varies. Some families are matched within weeks of "
                                    "approval; others wait longer. Being open to brothers and "
                                    "sisters or to older children often shortens the wait.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Ready to take the first step?",
                        "text": (
                            "Come to an information event near you, or get in touch with your "
                            "regional service."
                        ),
                        "link_text": "See upcoming events",
                        "url": "/en/events/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "y-broses-fabwysiadu",
            "title": "Y broses fabwysiadu",
            "intro": (
                "Mae llwybr clir i fabwysiadu, o'ch ymholiad cyntaf hyd at y diwrnod y mae llys yn "
                "gwneud gorchymyn mabwysiadu. Dyma beth sy'n digwydd ym mhob cam, a faint o amser "
                "y mae'n ei gymryd, fwy neu lai."
            ),
            "body": [
                ("heading", "O'r ymholiad cyntaf i'r cais"),
                (
                    "paragraph",
                    (
                        "<p>Mae'r rhan fwyaf o bobl yn dechrau drwy gysylltu â'u gwasanaeth "
                        "mabwysiadu rhanbarthol neu ag asiantaeth fabwysiadu wirfoddol. Byddwch yn "
                        "cael gwybodaeth ac yn cael gwahoddiad i noson wybodaeth neu weminar, ac "
                        "fel arfer bydd gweithiwr cymdeithasol yn trefnu ymweliad neu alwad gyntaf "
                        "i drafod eich amgylchiadau. Pan fyddwch chi'n barod, byddwch yn gwneud "
                        "cais ffurfiol, sef yr hyn y mae asiantaethau'n ei alw'n gofrestru "
                        "diddordeb.</p>"
                    ),
                ),
                ("heading", "Dau gam asesu"),
                (
                    "paragraph",
                    (
                        "<p>Mae dau gam i'r asesiad yng Nghymru. Yng <b>ngham un</b> mae'r "
                        "asiantaeth yn cynnal gwiriadau, gan gynnwys gwiriadau cofnodion troseddol "
                        "(DBS), geirdaon, archwiliad meddygol a gwiriadau gyda'r awdurdod lleol, "
                        "ac rydych chi'n cymryd rhan mewn hyfforddiant paratoi gydag ymgeiswyr "
                        "eraill. Yng <b>ngham dau</b> mae gweithiwr cymdeithasol yn ymweld â chi "
                        "gartref dros sawl mis i ddod i'ch adnabod chi, eich hanes, eich "
                        "perthnasoedd a'ch rhwydwaith cymorth. Gyda'ch gilydd rydych chi'n llunio "
                        "adroddiad yr asesiad, sy'n cael ei alw'n aml yn astudiaeth gartref.</p>"
                    ),
                ),
                (
                    "statistic",
                    {
                        "value": "6.3",
                        "label": "mis ar gyfartaledd o'r cais i'r gymeradwyaeth yng Nghymru",
                        "source": "Gwasanaeth Mabwysiadu Cenedlaethol, 2019/20",
                    },
                ),
                ("heading", "Cymeradwyo, paru a symud i mewn"),
                (
                    "paragraph",
                    (
                        "<p>Mae'ch adroddiad yn mynd i banel mabwysiadu, sy'n gwneud argymhelliad, "
                        "ac yna mae'r sawl sy'n gwneud penderfyniadau ar ran yr asiantaeth yn "
                        "penderfynu a ddylid eich cymeradwyo. Ar ôl i chi gael eich cymeradwyo, "
                        "cewch eich paru â phlentyn neu blant y gallwch ddiwallu eu hanghenion. "
                        "Mae'r panel yn ystyried y paru hefyd, ac wedyn mae cyfnod o gyflwyniadau "
                        "yn helpu'r plentyn i ddod i'ch adnabod cyn symud atoch chi.</p>"
                    ),
                ),
                ("heading", "Dod yn deulu cyfreithiol"),
                (
                    "paragraph",
                    (
                        "<p>Pan fydd plentyn wedi byw gyda chi am o leiaf ddeg wythnos, gallwch "
                        "wneud cais i'r llys teulu am orchymyn mabwysiadu. Mae'r gorchymyn yn rhoi "
                        "cyfrifoldeb rhiant i chi'n barhaol, ac mae'ch plentyn yn dod yn aelod "
                        "cyfreithiol llawn o'ch teulu. Dydy'r cymorth ddim yn dod i ben bryd "
                        "hynny: gallwch ofyn am help ar unrhyw adeg wrth i'ch plentyn dyfu.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": "Alla i oedi'r broses?",
                                "answer": (
                                    "<p>Gallwch. Mae bywyd yn digwydd, ac mae asiantaethau'n deall "
                                    "hynny. Os oes angen seibiant arnoch rhwng y camau, siaradwch "
                                    "â'ch gweithiwr cymdeithasol am yr amseru.</p>"
                                ),
                            },
                            {
                                "question": "Oes cost i'r broses?",
                                "answer": (
                                    "<p>Does dim tâl am gael eich asesu i fabwysiadu plentyn o "
                                    "ofal yng Nghymru. Fel arfer, dim ond ar gyfer mabwysiadu o "
                                    "dramor y codir ffioedd.</p>"
                                ),
                            },
                            {
                                "question": "Pa mor hir fydda i'n aros i gael fy mharu?",
                                "answer": (
                                    "<p>Mae'n amrywio. Mae rhai teuluoedd yn cael eu paru o fewn "
                                    "wythnosau i'w cymeradwyo; mae eraill yn aros yn hirach. Yn "
                                    "aml mae bod yn agored i frodyr a chwiorydd neu i blant hŷn yn "
                                    "byrhau'r aros.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Yn barod i gymryd y cam cyntaf?",
                        "text": (
                            "Dewch i ddigwyddiad gwybodaeth yn agos atoch chi, neu cysylltwch â'ch "
                            "gwasanaeth rhanbarthol."
                        ),
                        "link_text": "Gweld digwyddiadau i ddod",
                        "url": "/cy/digwyddiadau/",
                    },
                ),
            ],
        },
    },
    {
        "key": "assessment-and-approval",
        "section": "adopting",
        "topic": "process",
        "en": {
            "slug": "assessment-and-approval",
            "title": "Assessment and approval",
            "intro": (
                "The assessment works both ways: it helps the agency understand you, and it helps "
                "you decide whether adoption is right for your family."
            ),
            "body": [
                ("heading", "Stage one: checks and preparation"),
                (
                    "paragraph",
                    (
                        "<p>Stage one usually takes about two months. The agency will "
                        "arrange:</p><ul><li>criminal record checks through the Disclosure and "
                        "Barring Service for every adult in your household</li><li>a medical "
                        "report from your GP</li><li>personal references, usually from two friends "
                        "and one relative</li><li>checks with your local authority and, where "
                        "relevant, former partners</li></ul><p>During this stage you join "
                        "preparation training, usually held over several days with other "
                        "prospective adopters. It looks at how trauma and loss affect children, "
                        "attachment, the importance of birth family and identity, and what life as "
                        "an adoptive parent is really like.</p>"
                    ),
                ),
                ("heading", "Stage two: the home study"),
                (
                    "paragraph",
                    (
                        "<p>In stage two, which normally takes about four months, a social worker "
                        "visits you regularly, usually at home. You will talk about your "
                        "childhood, your relationships, your work, experiences of loss, your "
                        "reasons for adopting, and the kind of child you feel you could bring up. "
                        "If you have children, they will be involved in ways that suit their age. "
                        "The conversations can feel personal, but they are there to help you "
                        "reflect, and to make sure children are placed with families who can meet "
                        "their needs.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "The home study was more thoughtful than I expected. It felt less like "
                            "an exam and more like preparing for the biggest change of my life."
                        ),
                        "attribution": "Single adopter, Carmarthenshire",
                    },
                ),
                ("heading", "The adoption panel"),
                (
                    "paragraph",
                    (
                        "<p>Your social worker writes a report about you, the prospective "
                        "adopter's report, which you will see and can comment on before it goes to "
                        "panel. The adoption panel is made up of people with different experience, "
                        "often including social workers, a medical adviser, adopters and adults "
                        "who were adopted. You will usually be invited to attend. The panel makes "
                        "a recommendation, and the agency's decision maker makes the final "
                        "decision, normally within a few weeks.</p>"
                    ),
                ),
                (
                    "statistic",
                    {
                        "value": "123",
                        "label": "families approved to adopt in Wales in a single half-year",
                        "source": "National Adoption Service, 2019/20",
                    },
                ),
                ("heading", "If you are not approved"),
                (
                    "paragraph",
                    (
                        "<p>If the agency proposes not to approve you, it will explain why in "
                        "writing. You can ask the agency to think again, or ask for your case to "
                        "be considered by the Independent Review Mechanism, which is separate from "
                        "the agency.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": (
                                    "Can we be assessed by a voluntary agency instead of our "
                                    "council?"
                                ),
                                "answer": (
                                    "<p>Yes. Voluntary adoption agencies such as St David's and "
                                    "Barnardo's Cymru assess adopters across Wales, and their "
                                    "adopters can be matched with children from any region.</p>"
                                ),
                            },
                            {
                                "question": "What if something in my past worries me?",
                                "answer": (
                                    "<p>Raise it early. Most things from the past can be talked "
                                    "through openly, and honesty matters far more than a spotless "
                                    "history.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Ask about assessment",
                        "text": (
                            "Your regional service can tell you when the next preparation training "
                            "starts."
                        ),
                        "link_text": "Contact your regional service",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "asesu-a-chymeradwyo",
            "title": "Asesu a chymeradwyo",
            "intro": (
                "Proses ddwyffordd yw'r asesiad: mae'n helpu'r asiantaeth i'ch deall chi, ac yn "
                "eich helpu chi i benderfynu a yw mabwysiadu'n iawn i'ch teulu."
            ),
            "body": [
                ("heading", "Cam un: gwiriadau a pharatoi"),
                (
                    "paragraph",
                    (
                        "<p>Fel arfer mae cam un yn cymryd tua deufis. Bydd yr asiantaeth yn "
                        "trefnu'r canlynol:</p><ul><li>gwiriadau cofnodion troseddol drwy'r "
                        "Gwasanaeth Datgelu a Gwahardd ar gyfer pob oedolyn yn eich "
                        "cartref</li><li>adroddiad meddygol gan eich meddyg teulu</li><li>geirdaon "
                        "personol, fel arfer gan ddau ffrind ac un perthynas</li><li>gwiriadau "
                        "gyda'ch awdurdod lleol a, lle bo'n berthnasol, "
                        "cyn-bartneriaid</li></ul><p>Yn ystod y cam hwn byddwch yn ymuno â "
                        "hyfforddiant paratoi, sydd fel arfer yn cael ei gynnal dros sawl diwrnod "
                        "gyda darpar fabwysiadwyr eraill. Mae'n edrych ar sut mae trawma a cholled "
                        "yn effeithio ar blant, ymlyniad, pwysigrwydd y teulu biolegol a "
                        "hunaniaeth, a sut beth yw bywyd fel rhiant mabwysiadol mewn "
                        "gwirionedd.</p>"
                    ),
                ),
                ("heading", "Cam dau: yr astudiaeth gartref"),
                (
                    "paragraph",
                    (
                        "<p>Yng ngham dau, sydd fel arfer yn cymryd tua phedwar mis, bydd "
                        "gweithiwr cymdeithasol yn ymweld â chi'n rheolaidd, gartref fel arfer. "
                        "Byddwch yn siarad am eich plentyndod, eich perthnasoedd, eich gwaith, "
                        "profiadau o golled, eich rhesymau dros fabwysiadu, a'r math o blentyn y "
                        "teimlwch y gallech chi ei fagu. Os oes gennych blant, byddan nhw'n cymryd "
                        "rhan mewn ffyrdd sy'n addas i'w hoedran. Gall y sgyrsiau deimlo'n "
                        "bersonol, ond eu diben yw eich helpu i fyfyrio, a sicrhau bod plant yn "
                        "cael eu lleoli gyda theuluoedd sy'n gallu diwallu eu hanghenion.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Roedd yr astudiaeth gartref yn fwy ystyriol nag oeddwn i'n ei "
                            "ddisgwyl. Roedd yn teimlo'n llai fel arholiad ac yn debycach i "
                            "baratoi ar gyfer y newid mwyaf yn fy mywyd."
                        ),
                        "attribution": "Mabwysiadwr sengl, Sir Gaerfyrddin",
                    },
                ),
                ("heading", "Y panel mabwysiadu"),
                (
                    "paragraph",
                    (
                        "<p>Mae'ch gweithiwr cymdeithasol yn ysgrifennu adroddiad amdanoch, sef "
                        "adroddiad y darpar fabwysiadwr, a byddwch yn ei weld ac yn cael gwneud "
                        "sylwadau arno cyn iddo fynd i'r panel. Mae'r panel mabwysiadu yn cynnwys "
                        "pobl â phrofiadau gwahanol, yn aml gweithwyr cymdeithasol, ymgynghorydd "
                        "meddygol, mabwysiadwyr ac oedolion a gafodd eu mabwysiadu. Fel arfer "
                        "byddwch yn cael gwahoddiad i fod yn bresennol. Mae'r panel yn gwneud "
                        "argymhelliad, a'r sawl sy'n gwneud penderfyniadau ar ran yr asiantaeth "
                        "sy'n gwneud y penderfyniad terfynol, fel arfer o fewn ychydig "
                        "wythnosau.</p>"
                    ),
                ),
                (
                    "statistic",
                    {
                        "value": "123",
                        "label": (
                            "o deuluoedd wedi'u cymeradwyo i fabwysiadu yng Nghymru mewn hanner "
                            "blwyddyn"
                        ),
                        "source": "Gwasanaeth Mabwysiadu Cenedlaethol, 2019/20",
                    },
                ),
                ("heading", "Os na chewch eich cymeradwyo"),
                (
                    "paragraph",
                    (
                        "<p>Os yw'r asiantaeth yn bwriadu peidio â'ch cymeradwyo, bydd yn esbonio "
                        "pam yn ysgrifenedig. Gallwch ofyn i'r asiantaeth ailystyried, neu ofyn "
                        "i'ch achos gael ei ystyried gan y Mecanwaith Adolygu Annibynnol, sydd ar "
                        "wahân i'r asiantaeth.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": (
                                    "Allwn ni gael ein hasesu gan asiantaeth wirfoddol yn lle ein "
                                    "cyngor?"
                                ),
                                "answer": (
                                    "<p>Gallwch. Mae asiantaethau mabwysiadu gwirfoddol fel St "
                                    "David's a Barnardo's Cymru yn asesu mabwysiadwyr ledled "
                                    "Cymru, a gall eu mabwysiadwyr gael eu paru â phlant o unrhyw "
                                    "ranbarth.</p>"
                                ),
                            },
                            {
                                "question": "Beth os oes rhywbeth yn fy ngorffennol yn fy mhoeni?",
                                "answer": (
                                    "<p>Codwch y mater yn gynnar. Mae modd trafod y rhan fwyaf o "
                                    "bethau o'r gorffennol yn agored, ac mae bod yn onest yn "
                                    "llawer pwysicach na hanes perffaith.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Holwch am yr asesiad",
                        "text": (
                            "Gall eich gwasanaeth rhanbarthol ddweud wrthych pryd mae'r "
                            "hyfforddiant paratoi nesaf yn dechrau."
                        ),
                        "link_text": "Cysylltu â'ch gwasanaeth rhanbarthol",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
    {
        "key": "children-who-wait",
        "section": "adopting",
        "topic": "children",
        "en": {
            "slug": "children-who-wait",
            "title": "The children who wait",
            "intro": (
                "Children who need adoption in Wales have usually been in care for some time. Many "
                "are in groups of brothers and sisters, some are older, and some have additional "
                "needs."
            ),
            "body": [
                ("heading", "Who are the children?"),
                (
                    "paragraph",
                    (
                        "<p>Most children adopted in Wales are under five when they move to their "
                        "new family, but they have already lived through a great deal. Almost all "
                        "of them came into care because of neglect, abuse or family circumstances "
                        "that left them unsafe. A court has decided that they cannot return to "
                        "their birth family, and adoption is the plan that will give them a "
                        "permanent home.</p><p>The children who wait longest are "
                        "often:</p><ul><li>brothers and sisters who need to stay "
                        "together</li><li>children aged four and over</li><li>children with a "
                        "disability, a health condition or uncertainty about their "
                        "development</li><li>children from Black, Asian, mixed heritage and "
                        "minority ethnic backgrounds</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "People told us two was a lot. Now we can't imagine them growing up "
                            "apart."
                        ),
                        "attribution": "Adopters of a brother and sister, South East Wales",
                    },
                ),
                ("heading", "Why brothers and sisters matter"),
                (
                    "paragraph",
                    (
                        "<p>Brothers and sisters are often the most lasting relationship a child "
                        "has. Keeping them together can help them make sense of their past, and "
                        "gives them someone who shares their history. Adopting siblings asks a "
                        "lot, and agencies make sure families have the right support, including "
                        "practical and financial help where it is needed.</p>"
                    ),
                ),
                ("heading", "Adopting Together"),
                (
                    "paragraph",
                    (
                        "<p>Adopting Together is a service run jointly by the voluntary adoption "
                        "agencies in Wales, led by St David's, for the children who wait longest. "
                        "It combines careful matching with therapeutic support that is planned "
                        "before and after a child moves in. In its first year, from October 2018, "
                        "it placed 13 children with families.</p>"
                    ),
                ),
                (
                    "statistic",
                    {
                        "value": "164",
                        "label": (
                            "children placed with adoptive families in Wales in a single half-year"
                        ),
                        "source": "National Adoption Service, 2019/20",
                    },
                ),
                ("heading", "Could you be the family they need?"),
                (
                    "paragraph",
                    (
                        "<p>You do not need special qualifications to adopt an older child or a "
                        "child with additional needs. You need an open mind, patience, and a "
                        "willingness to learn and to accept help. Your social worker will talk to "
                        "you honestly about the children who are waiting and about the support "
                        "that is available.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Find out about the children waiting",
                        "text": (
                            "Ask your regional service about the children who are waiting in your "
                            "area now."
                        ),
                        "link_text": "Contact your regional service",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "y-plant-sydd-yn-aros",
            "title": "Y plant sy'n aros",
            "intro": (
                "Fel arfer mae plant sydd angen eu mabwysiadu yng Nghymru wedi bod mewn gofal ers "
                "tro. Mae llawer ohonyn nhw mewn grwpiau o frodyr a chwiorydd, mae rhai yn hŷn, ac "
                "mae gan rai anghenion ychwanegol."
            ),
            "body": [
                ("heading", "Pwy yw'r plant?"),
                (
                    "paragraph",
                    (
                        "<p>Mae'r rhan fwyaf o'r plant sy'n cael eu mabwysiadu yng Nghymru o dan "
                        "bump oed pan fyddan nhw'n symud at eu teulu newydd, ond maen nhw eisoes "
                        "wedi byw drwy lawer. Mae bron pob un wedi dod i ofal oherwydd "
                        "esgeulustod, camdriniaeth neu amgylchiadau teuluol a oedd yn golygu nad "
                        "oedden nhw'n ddiogel. Mae llys wedi penderfynu na allan nhw ddychwelyd at "
                        "eu teulu biolegol, a mabwysiadu yw'r cynllun a fydd yn rhoi cartref "
                        "parhaol iddyn nhw.</p><p>Yn aml, y plant sy'n aros hiraf "
                        "yw:</p><ul><li>brodyr a chwiorydd sydd angen aros gyda'i "
                        "gilydd</li><li>plant pedair oed a hŷn</li><li>plant ag anabledd, cyflwr "
                        "iechyd neu ansicrwydd ynghylch eu datblygiad</li><li>plant o gefndiroedd "
                        "Du, Asiaidd, cymysg a lleiafrifoedd ethnig</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Roedd pobl yn dweud wrthon ni fod dau yn llawer. Nawr allwn ni ddim "
                            "dychmygu eu bod nhw'n tyfu i fyny ar wahân."
                        ),
                        "attribution": "Mabwysiadwyr brawd a chwaer, De Ddwyrain Cymru",
                    },
                ),
                ("heading", "Pam mae brodyr a chwiorydd yn bwysig"),
                (
                    "paragraph",
                    (
                        "<p>Yn aml, brodyr a chwiorydd yw'r berthynas fwyaf parhaol sydd gan "
                        "blentyn. Gall eu cadw gyda'i gilydd eu helpu i wneud synnwyr o'u "
                        "gorffennol, ac mae'n rhoi rhywun iddyn nhw sy'n rhannu eu hanes. Mae "
                        "mabwysiadu brodyr a chwiorydd yn gofyn llawer, ac mae asiantaethau'n "
                        "sicrhau bod gan deuluoedd y cymorth cywir, gan gynnwys help ymarferol ac "
                        "ariannol lle bo angen.</p>"
                    ),
                ),
                ("heading", "Adopting Together"),
                (
                    "paragraph",
                    (
                        "<p>Mae Adopting Together yn wasanaeth sy'n cael ei redeg ar y cyd gan yr "
                        "asiantaethau mabwysiadu gwirfoddol yng Nghymru, dan arweiniad St David's, "
                        "ar gyfer y plant sy'n aros hiraf. Mae'n cyfuno paru gofalus â chymorth "
                        "therapiwtig sy'n cael ei gynllunio cyn ac ar ôl i blentyn symud i mewn. "
                        "Yn ei flwyddyn gyntaf, o fis Hydref 2018, cafodd 13 o blant eu lleoli "
                        "gyda theuluoedd.</p>"
                    ),
                ),
                (
                    "statistic",
                    {
                        "value": "164",
                        "label": (
                            "o blant wedi'u lleoli gyda theuluoedd mabwysiadol yng Nghymru mewn "
                            "hanner blwyddyn"
                        ),
                        "source": "Gwasanaeth Mabwysiadu Cenedlaethol, 2019/20",
                    },
                ),
                ("heading", "Ai chi yw'r teulu sydd ei angen arnyn nhw?"),
                (
                    "paragraph",
                    (
                        "<p>Does dim angen cymwysterau arbennig arnoch i fabwysiadu plentyn hŷn "
                        "neu blentyn ag anghenion ychwanegol. Mae angen meddwl agored, amynedd a "
                        "pharodrwydd i ddysgu ac i dderbyn help. Bydd eich gweithiwr cymdeithasol "
                        "yn siarad yn onest â chi am y plant sy'n aros ac am y cymorth sydd ar "
                        "gael.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Dysgwch am y plant sy'n aros",
                        "text": (
                            "Holwch eich gwasanaeth rhanbarthol am y plant sy'n aros yn eich ardal "
                            "ar hyn o bryd."
                        ),
                        "link_text": "Cysylltu â'ch gwasanaeth rhanbarthol",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
    {
        "key": "matching-and-introductions",
        "section": "adopting",
        "topic": "process",
        "en": {
            "slug": "matching-and-introductions",
            "title": "Matching and introductions",
            "intro": (
                "Matching is about finding the right family for a child, not the right child for a "
                "family. Introductions then help a child move to you at a pace they can manage."
            ),
            "body": [
                ("heading", "How matching works"),
                (
                    "paragraph",
                    (
                        "<p>Once you are approved, your social worker will share information about "
                        "children whose needs you may be able to meet. The children's social "
                        "workers are looking for the family who can best care for a particular "
                        "child, so they will look closely at your strengths, your support network "
                        "and where you live. Matching can happen within your region or across "
                        "Wales, and you may be invited to activity days, where approved adopters "
                        "can meet children who are waiting in a relaxed, supervised "
                        "setting.</p><p>Before any match is agreed, you will read the reports "
                        "about the child, talk to the people who know them best, such as their "
                        "foster carer, their social worker and a medical adviser, and have time to "
                        "think. It is fine to say no if a match does not feel right.</p>"
                    ),
                ),
                ("heading", "The matching panel"),
                (
                    "paragraph",
                    (
                        "<p>When everyone agrees that a match is right, it goes to the adoption "
                        "panel. The panel looks at the child's needs, your ability to meet them "
                        "and the adoption support plan, which sets out the help the family will "
                        "receive. The agency's decision maker then confirms the match.</p>"
                    ),
                ),
                ("heading", "Introductions"),
                (
                    "paragraph",
                    (
                        "<p>Introductions usually last between one and two weeks, but the plan is "
                        "shaped around the child. They often begin with short visits at the foster "
                        "carer's home and build up until the child is spending whole days, and "
                        "then nights, at your home. Foster carers play a vital part: their "
                        "encouragement shows the child that it is safe to move on. Many agencies "
                        "now take a gentler, more gradual approach to introductions, which keeps a "
                        "link with the foster family after the move.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Our son's foster carer sent us videos of his bedtime routine before "
                            "we had even met him. On the first night at home, he knew exactly what "
                            "came next."
                        ),
                        "attribution": "Adoptive parent, North Wales",
                    },
                ),
                ("heading", "After the move"),
                (
                    "paragraph",
                    (
                        "<p>Your social worker and your child's social worker will keep visiting "
                        "after your child moves in, and reviews make sure that things are going "
                        "well. After ten weeks you can apply for an adoption order, but there is "
                        "no rush: many families wait until they feel settled.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Can we turn down a match?",
                                "answer": (
                                    "<p>Yes. A match should be a decision you feel sure about. "
                                    "Saying no will not be held against you.</p>"
                                ),
                            },
                            {
                                "question": "What are activity days?",
                                "answer": (
                                    "<p>Activity days are relaxed events, often with games and "
                                    "crafts, where approved adopters can meet children who are "
                                    "waiting, alongside their foster carers. Some families have "
                                    "found their child this way.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Questions about matching?",
                        "text": (
                            "Talk to your regional service about how matching works in your area."
                        ),
                        "link_text": "Contact your regional service",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "paru-a-chyflwyniadau",
            "title": "Paru a chyflwyniadau",
            "intro": (
                "Mae paru'n golygu dod o hyd i'r teulu iawn i blentyn, nid y plentyn iawn i deulu. "
                "Wedyn mae cyfnod o gyflwyniadau yn helpu plentyn i symud atoch chi ar gyflymder y "
                "gall ymdopi ag ef."
            ),
            "body": [
                ("heading", "Sut mae paru'n gweithio"),
                (
                    "paragraph",
                    (
                        "<p>Unwaith y byddwch wedi'ch cymeradwyo, bydd eich gweithiwr cymdeithasol "
                        "yn rhannu gwybodaeth am blant y gallech chi ddiwallu eu hanghenion. Mae "
                        "gweithwyr cymdeithasol y plant yn chwilio am y teulu sy'n gallu gofalu "
                        "orau am blentyn penodol, felly byddan nhw'n edrych yn fanwl ar eich "
                        "cryfderau, eich rhwydwaith cymorth a ble rydych chi'n byw. Gall paru "
                        "ddigwydd o fewn eich rhanbarth neu ar draws Cymru, ac efallai y cewch "
                        "wahoddiad i ddiwrnodau gweithgareddau, lle gall mabwysiadwyr cymeradwy "
                        "gwrdd â phlant sy'n aros mewn lleoliad hamddenol sy'n cael ei "
                        "oruchwylio.</p><p>Cyn cytuno ar unrhyw baru, byddwch yn darllen yr "
                        "adroddiadau am y plentyn, yn siarad â'r bobl sy'n ei adnabod orau, fel ei "
                        "ofalwr maeth, ei weithiwr cymdeithasol ac ymgynghorydd meddygol, ac yn "
                        "cael amser i feddwl. Mae'n iawn dweud na os nad yw'r paru'n teimlo'n "
                        "iawn.</p>"
                    ),
                ),
                ("heading", "Y panel paru"),
                (
                    "paragraph",
                    (
                        "<p>Pan fydd pawb yn cytuno bod paru'n iawn, mae'n mynd i'r panel "
                        "mabwysiadu. Mae'r panel yn edrych ar anghenion y plentyn, eich gallu chi "
                        "i'w diwallu a'r cynllun cymorth mabwysiadu, sy'n nodi'r help y bydd y "
                        "teulu'n ei gael. Yna mae'r sawl sy'n gwneud penderfyniadau ar ran yr "
                        "asiantaeth yn cadarnhau'r paru.</p>"
                    ),
                ),
                ("heading", "Cyflwyniadau"),
                (
                    "paragraph",
                    (
                        "<p>Fel arfer mae cyflwyniadau'n para rhwng wythnos a phythefnos, ond "
                        "mae'r cynllun yn cael ei lunio o gwmpas y plentyn. Yn aml maen nhw'n "
                        "dechrau gydag ymweliadau byr yng nghartref y gofalwr maeth, ac yn "
                        "datblygu nes bod y plentyn yn treulio diwrnodau cyfan, ac yna "
                        "nosweithiau, yn eich cartref chi. Mae gofalwyr maeth yn chwarae rhan "
                        "hollbwysig: mae eu hanogaeth yn dangos i'r plentyn ei bod hi'n ddiogel "
                        "symud ymlaen. Erbyn hyn mae llawer o asiantaethau'n defnyddio dull mwy "
                        "graddol a thyner o gyflwyno, sy'n cadw cysylltiad â'r teulu maeth ar ôl y "
                        "symud.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Anfonodd gofalwr maeth ein mab fideos o'i drefn amser gwely aton ni "
                            "cyn i ni hyd yn oed ei gyfarfod. Ar y noson gyntaf gartref, roedd e'n "
                            "gwybod yn union beth oedd yn dod nesaf."
                        ),
                        "attribution": "Rhiant mabwysiadol, Gogledd Cymru",
                    },
                ),
                ("heading", "Ar ôl y symud"),
                (
                    "paragraph",
                    (
                        "<p>Bydd eich gweithiwr cymdeithasol a gweithiwr cymdeithasol eich plentyn "
                        "yn parhau i ymweld ar ôl i'ch plentyn symud i mewn, ac mae adolygiadau'n "
                        "sicrhau bod pethau'n mynd yn dda. Ar ôl deg wythnos gallwch wneud cais am "
                        "orchymyn mabwysiadu, ond does dim brys: mae llawer o deuluoedd yn aros "
                        "nes eu bod yn teimlo eu bod wedi setlo.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": "Allwn ni wrthod paru sy'n cael ei gynnig?",
                                "answer": (
                                    "<p>Gallwch. Dylai paru fod yn benderfyniad rydych chi'n "
                                    "teimlo'n sicr amdano. Fydd gwrthod ddim yn cael ei ddal yn "
                                    "eich erbyn.</p>"
                                ),
                            },
                            {
                                "question": "Beth yw diwrnodau gweithgareddau?",
                                "answer": (
                                    "<p>Digwyddiadau hamddenol yw diwrnodau gweithgareddau, yn aml "
                                    "gyda gemau a chrefftau, lle gall mabwysiadwyr cymeradwy gwrdd "
                                    "â phlant sy'n aros, ochr yn ochr â'u gofalwyr maeth. Mae rhai "
                                    "teuluoedd wedi dod o hyd i'w plentyn fel hyn.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Cwestiynau am baru?",
                        "text": (
                            "Siaradwch â'ch gwasanaeth rhanbarthol am sut mae paru'n gweithio yn "
                            "eich ardal chi."
                        ),
                        "link_text": "Cysylltu â'ch gwasanaeth rhanbarthol",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
    {
        "key": "fostering-for-adoption",
        "section": "adopting",
        "topic": "process",
        "en": {
            "slug": "fostering-for-adoption",
            "title": "Fostering for adoption and early permanence",
            "intro": (
                "Early permanence means a baby or young child moves to the people who may become "
                "their adoptive parents before a court has made a final decision. It means fewer "
                "moves for the child, but it asks a lot of the adults."
            ),
            "body": [
                ("heading", "What is fostering for adoption?"),
                (
                    "paragraph",
                    (
                        "<p>In fostering for adoption, approved adopters are also approved "
                        "temporarily as foster carers for a particular child. The child, often a "
                        "baby, comes to live with them while the court decides on their future. If "
                        "the court decides that the child should be adopted, they are already at "
                        "home with the family who will adopt them. If the court decides that the "
                        "child should return to their birth family, the carers help the child to "
                        "make that move.</p>"
                    ),
                ),
                ("heading", "Why it matters for children"),
                (
                    "paragraph",
                    (
                        "<p>Early relationships shape how children learn to trust. Every move "
                        "between carers is a loss, and early permanence can spare a child one or "
                        "more of those moves. It also means that the people caring for the child "
                        "in the first weeks and months are the people most likely to bring them "
                        "up.</p>"
                    ),
                ),
                ("heading", "What carers need to be ready for"),
                (
                    "paragraph",
                    (
                        "<p>Fostering for adoption asks you to put the child's needs before your "
                        "own certainty. You will usually take the child to regular family time "
                        "with their birth parents, and you will need to support those "
                        "relationships even though the outcome is not known. Most children placed "
                        "in this way do go on to be adopted by their carers, but not all of them, "
                        "and agencies will be honest with you about the risks.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Taking her to see her mum three times a week was hard. But it means I "
                            "can tell her one day that I knew her mum, and that her mum loved her."
                        ),
                        "attribution": "Adoptive mother who fostered for adoption, Swansea",
                    },
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Do I need to be approved as a foster carer too?",
                                "answer": (
                                    "<p>You will be assessed and approved as an adopter, and then "
                                    "approved temporarily as a foster carer for the specific "
                                    "child. Your agency will guide you through this.</p>"
                                ),
                            },
                            {
                                "question": "What is concurrent planning?",
                                "answer": (
                                    "<p>Concurrent planning is a similar approach, in which the "
                                    "birth family is given a planned chance to show they can care "
                                    "for their child, while the child lives with carers who will "
                                    "adopt them if that does not happen.</p>"
                                ),
                            },
                            {
                                "question": "Is early permanence right for everyone?",
                                "answer": (
                                    "<p>No. It suits people who can live with uncertainty and who "
                                    "are able to work closely with birth families. Your social "
                                    "worker will help you decide.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Interested in early permanence?",
                        "text": (
                            "Tell your regional service during your assessment, so that they can "
                            "prepare you for it."
                        ),
                        "link_text": "Contact your regional service",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "maethu-i-fabwysiadu",
            "title": "Maethu i fabwysiadu a sefydlogrwydd cynnar",
            "intro": (
                "Ystyr sefydlogrwydd cynnar yw bod babi neu blentyn ifanc yn symud at y bobl a "
                "allai ddod yn rhieni mabwysiadol iddo cyn i lys wneud penderfyniad terfynol. "
                "Mae'n golygu llai o symud i'r plentyn, ond mae'n gofyn llawer gan yr oedolion."
            ),
            "body": [
                ("heading", "Beth yw maethu i fabwysiadu?"),
                (
                    "paragraph",
                    (
                        "<p>Wrth faethu i fabwysiadu, mae mabwysiadwyr cymeradwy hefyd yn cael eu "
                        "cymeradwyo dros dro yn ofalwyr maeth ar gyfer plentyn penodol. Mae'r "
                        "plentyn, babi yn aml, yn dod i fyw gyda nhw tra bydd y llys yn penderfynu "
                        "ar ei ddyfodol. Os yw'r llys yn penderfynu y dylai'r plentyn gael ei "
                        "fabwysiadu, mae eisoes gartref gyda'r teulu a fydd yn ei fabwysiadu. Os "
                        "yw'r llys yn penderfynu y dylai'r plentyn ddychwelyd at ei deulu "
                        "biolegol, mae'r gofalwyr yn ei helpu i wneud y symud hwnnw.</p>"
                    ),
                ),
                ("heading", "Pam mae'n bwysig i blant"),
                (
                    "paragraph",
                    (
                        "<p>Mae perthnasoedd cynnar yn siapio sut mae plant yn dysgu ymddiried. "
                        "Mae pob symud rhwng gofalwyr yn golled, a gall sefydlogrwydd cynnar arbed "
                        "un neu fwy o'r symudiadau hynny i blentyn. Mae hefyd yn golygu mai'r bobl "
                        "sy'n gofalu am y plentyn yn yr wythnosau a'r misoedd cyntaf yw'r bobl "
                        "fwyaf tebygol o'i fagu.</p>"
                    ),
                ),
                ("heading", "Beth sydd angen i ofalwyr fod yn barod amdano"),
                (
                    "paragraph",
                    (
                        "<p>Mae maethu i fabwysiadu yn gofyn i chi roi anghenion y plentyn o flaen "
                        "eich sicrwydd eich hun. Fel arfer byddwch yn mynd â'r plentyn i amser "
                        "teulu rheolaidd gyda'i rieni biolegol, a bydd angen i chi gefnogi'r "
                        "perthnasoedd hynny er nad yw'r canlyniad yn hysbys. Mae'r rhan fwyaf o "
                        "blant sy'n cael eu lleoli fel hyn yn cael eu mabwysiadu gan eu gofalwyr "
                        "yn y pen draw, ond nid pob un, a bydd asiantaethau'n onest gyda chi am y "
                        "risgiau.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Roedd mynd â hi i weld ei mam dair gwaith yr wythnos yn anodd. Ond "
                            "mae'n golygu y galla i ddweud wrthi ryw ddydd fy mod i'n adnabod ei "
                            "mam, a bod ei mam yn ei charu hi."
                        ),
                        "attribution": "Mam fabwysiadol a fu'n maethu i fabwysiadu, Abertawe",
                    },
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": (
                                    "Oes angen i mi gael fy nghymeradwyo'n ofalwr maeth hefyd?"
                                ),
                                "answer": (
                                    "<p>Byddwch yn cael eich asesu a'ch cymeradwyo'n fabwysiadwr, "
                                    "ac yna'n cael eich cymeradwyo dros dro yn ofalwr maeth ar "
                                    "gyfer y plentyn penodol. Bydd eich asiantaeth yn eich arwain "
                                    "drwy hyn.</p>"
                                ),
                            },
                            {
                                "question": "Beth yw cynllunio cydamserol?",
                                "answer": (
                                    "<p>Mae cynllunio cydamserol yn ddull tebyg, lle mae'r teulu "
                                    "biolegol yn cael cyfle wedi'i gynllunio i ddangos y gallan "
                                    "nhw ofalu am eu plentyn, tra bo'r plentyn yn byw gyda "
                                    "gofalwyr a fydd yn ei fabwysiadu os na fydd hynny'n "
                                    "digwydd.</p>"
                                ),
                            },
                            {
                                "question": "Ydy sefydlogrwydd cynnar yn addas i bawb?",
                                "answer": (
                                    "<p>Nac ydy. Mae'n addas i bobl sy'n gallu byw gydag "
                                    "ansicrwydd ac sy'n gallu gweithio'n agos gyda theuluoedd "
                                    "biolegol. Bydd eich gweithiwr cymdeithasol yn eich helpu i "
                                    "benderfynu.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Oes gennych chi ddiddordeb mewn sefydlogrwydd cynnar?",
                        "text": (
                            "Soniwch wrth eich gwasanaeth rhanbarthol yn ystod eich asesiad, er "
                            "mwyn iddyn nhw eich paratoi ar ei gyfer."
                        ),
                        "link_text": "Cysylltu â'ch gwasanaeth rhanbarthol",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
    {
        "key": "inter-country-adoption",
        "section": "adopting",
        "topic": "inter-country",
        "en": {
            "slug": "inter-country-adoption",
            "title": "Inter-country adoption",
            "intro": (
                "Adopting a child from another country follows a separate legal process. In Wales, "
                "inter-country adoption is arranged nationally rather than by each region."
            ),
            "body": [
                ("heading", "How inter-country adoption works in Wales"),
                (
                    "paragraph",
                    (
                        "<p>If you want to adopt a child who lives overseas, you must be assessed "
                        "and approved in the UK before you start. In Wales, inter-country adoption "
                        "enquiries and assessments are coordinated nationally through the National "
                        "Adoption Service, so you will be put in touch with the right team "
                        "wherever you live. The Welsh Government is the central authority for "
                        "Wales under the Hague Convention on inter-country adoption, and it issues "
                        "the certificate of eligibility that the overseas country will need.</p>"
                    ),
                ),
                ("heading", "Assessment and approval"),
                (
                    "paragraph",
                    (
                        "<p>As with any adoption, the assessment has two stages, with a home study "
                        "by a social worker and a report to an adoption panel. It also looks "
                        "closely at the country you hope to adopt from, its laws and its culture, "
                        "and at how you would help a child keep a connection with their heritage "
                        "and language. Preparation training covers the particular experiences of "
                        "children adopted from abroad, including early life in institutional "
                        "care.</p>"
                    ),
                ),
                ("heading", "Costs and restrictions"),
                (
                    "paragraph",
                    (
                        "<p>Unlike adopting a child from care in the UK, inter-country adoption "
                        "usually involves fees. These can include a fee for the assessment, fees "
                        "charged by the overseas country or agency, translation and legal costs, "
                        "and travel. The UK Government also restricts adoptions from some "
                        "countries where there are concerns about practice, so check the current "
                        "position before you commit to a particular country.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Can I adopt a relative who lives abroad?",
                                "answer": (
                                    "<p>Yes, but the same rules apply and you will still need to "
                                    "be assessed. Talk to us early, because immigration rules also "
                                    "have to be met.</p>"
                                ),
                            },
                            {
                                "question": "How long does it take?",
                                "answer": (
                                    "<p>It depends very much on the country. Approval in the UK "
                                    "takes months; the process overseas can take considerably "
                                    "longer.</p>"
                                ),
                            },
                            {
                                "question": "Is there support after the child arrives?",
                                "answer": (
                                    "<p>Yes. Families who adopt from overseas can ask their local "
                                    "authority for an assessment of their adoption support needs, "
                                    "like any other adoptive family.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Thinking of adopting from abroad?",
                        "text": (
                            "Contact us and we will pass your enquiry to the national "
                            "inter-country adoption team."
                        ),
                        "link_text": "Contact us",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "mabwysiadu-o-dramor",
            "title": "Mabwysiadu o dramor",
            "intro": (
                "Mae mabwysiadu plentyn o wlad arall yn dilyn proses gyfreithiol ar wahân. Yng "
                "Nghymru, mae mabwysiadu rhyngwladol yn cael ei drefnu'n genedlaethol yn hytrach "
                "na gan bob rhanbarth."
            ),
            "body": [
                ("heading", "Sut mae mabwysiadu o dramor yn gweithio yng Nghymru"),
                (
                    "paragraph",
                    (
                        "<p>Os ydych chi am fabwysiadu plentyn sy'n byw dramor, rhaid i chi gael "
                        "eich asesu a'ch cymeradwyo yn y Deyrnas Unedig cyn dechrau. Yng Nghymru, "
                        "mae ymholiadau ac asesiadau mabwysiadu rhyngwladol yn cael eu cydlynu'n "
                        "genedlaethol drwy'r Gwasanaeth Mabwysiadu Cenedlaethol, felly byddwch yn "
                        "cael eich cyfeirio at y tîm cywir ble bynnag rydych chi'n byw. "
                        "Llywodraeth Cymru yw'r awdurdod canolog ar gyfer Cymru o dan Gonfensiwn "
                        "yr Hâg ar fabwysiadu rhyngwladol, ac mae'n cyhoeddi'r dystysgrif "
                        "cymhwysedd y bydd ei hangen ar y wlad dramor.</p>"
                    ),
                ),
                ("heading", "Asesu a chymeradwyo"),
                (
                    "paragraph",
                    (
                        "<p>Fel gydag unrhyw fabwysiadu, mae dau gam i'r asesiad, gydag astudiaeth "
                        "gartref gan weithiwr cymdeithasol ac adroddiad i banel mabwysiadu. Mae "
                        "hefyd yn edrych yn fanwl ar y wlad rydych chi'n gobeithio mabwysiadu "
                        "ohoni, ei chyfreithiau a'i diwylliant, ac ar sut y byddech chi'n helpu "
                        "plentyn i gadw cysylltiad â'i dreftadaeth a'i iaith. Mae'r hyfforddiant "
                        "paratoi yn ymdrin â phrofiadau penodol plant sy'n cael eu mabwysiadu o "
                        "dramor, gan gynnwys bywyd cynnar mewn gofal sefydliadol.</p>"
                    ),
                ),
                ("heading", "Costau a chyfyngiadau"),
                (
                    "paragraph",
                    (
                        "<p>Yn wahanol i fabwysiadu plentyn o ofal yn y Deyrnas Unedig, mae "
                        "mabwysiadu o dramor fel arfer yn golygu talu ffioedd. Gall y rhain "
                        "gynnwys ffi am yr asesiad, ffioedd gan y wlad neu'r asiantaeth dramor, "
                        "costau cyfieithu a chostau cyfreithiol, a theithio. Mae Llywodraeth y DU "
                        "hefyd yn cyfyngu ar fabwysiadu o rai gwledydd lle mae pryderon am "
                        "arferion, felly gwiriwch y sefyllfa bresennol cyn ymrwymo i wlad "
                        "benodol.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": "Alla i fabwysiadu perthynas sy'n byw dramor?",
                                "answer": (
                                    "<p>Gallwch, ond mae'r un rheolau'n berthnasol a bydd angen "
                                    "eich asesu o hyd. Siaradwch â ni'n gynnar, gan fod rhaid "
                                    "bodloni rheolau mewnfudo hefyd.</p>"
                                ),
                            },
                            {
                                "question": "Faint o amser mae'n ei gymryd?",
                                "answer": (
                                    "<p>Mae'n dibynnu'n fawr ar y wlad. Mae cael eich cymeradwyo "
                                    "yn y Deyrnas Unedig yn cymryd misoedd; gall y broses dramor "
                                    "gymryd llawer mwy o amser.</p>"
                                ),
                            },
                            {
                                "question": "Oes cymorth ar gael ar ôl i'r plentyn gyrraedd?",
                                "answer": (
                                    "<p>Oes. Gall teuluoedd sy'n mabwysiadu o dramor ofyn i'w "
                                    "hawdurdod lleol asesu eu hanghenion cymorth mabwysiadu, fel "
                                    "unrhyw deulu mabwysiadol arall.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Ydych chi'n ystyried mabwysiadu o dramor?",
                        "text": (
                            "Cysylltwch â ni a byddwn yn anfon eich ymholiad at y tîm mabwysiadu "
                            "rhyngwladol cenedlaethol."
                        ),
                        "link_text": "Cysylltwch â ni",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
    {
        "key": "step-parent-adoption",
        "section": "adopting",
        "topic": "step-parent",
        "en": {
            "slug": "step-parent-adoption",
            "title": "Step-parent adoption",
            "intro": (
                "If you are bringing up your partner's child, adoption is one way to become their "
                "legal parent, but it is a big step with lasting effects. Other options may suit "
                "your family better."
            ),
            "body": [
                ("heading", "What step-parent adoption means"),
                (
                    "paragraph",
                    (
                        "<p>An adoption order makes you the child's legal parent. It also "
                        "permanently ends the legal relationship between the child and their other "
                        "birth parent, and with that parent's whole family, including "
                        "grandparents. Your partner remains the child's legal parent. Because the "
                        "effect is so far-reaching, the court will consider whether adoption "
                        "really is in the child's best interests throughout their life, and "
                        "whether a different order would meet their needs.</p>"
                    ),
                ),
                ("heading", "Alternatives to adoption"),
                (
                    "paragraph",
                    (
                        "<p>Many step-families find that another arrangement gives them the "
                        "security they need without cutting the child's legal "
                        "ties:</p><ul><li><b>Parental responsibility agreement</b>: if you are "
                        "married to, or in a civil partnership with, a parent who has parental "
                        "responsibility, you can make a formal agreement with that parent (and "
                        "with the other parent too, if they have parental responsibility) which "
                        "gives you parental responsibility as well.</li><li><b>Parental "
                        "responsibility order</b>: the court can give you parental responsibility "
                        "if agreement is not possible.</li><li><b>Child arrangements order</b>: an "
                        "order stating that the child lives with you can also give you parental "
                        "responsibility while the order is in force.</li></ul><p>None of these "
                        "ends the child's relationship with their other parent. Get independent "
                        "legal advice before you decide.</p>"
                    ),
                ),
                ("heading", "How to apply"),
                (
                    "paragraph",
                    (
                        "<p>If adoption still seems right, you must tell your local authority in "
                        "writing that you intend to apply, at least three months before the court "
                        "can make an adoption order, and the child must have lived with you for at "
                        "least six months before you apply. The local authority will then assess "
                        "your family and write a report for the court. The child's other birth "
                        "parent will normally be asked for their consent, and the child's own "
                        "wishes and feelings will be taken into account.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Common questions",
                        "items": [
                            {
                                "question": "Will my partner have to adopt too?",
                                "answer": (
                                    "<p>No. Since the law changed in 2005, a step-parent can adopt "
                                    "alone, and the birth parent who is their partner keeps their "
                                    "legal status.</p>"
                                ),
                            },
                            {
                                "question": "What if the other parent has died or cannot be found?",
                                "answer": (
                                    "<p>The court can still consider an application. Talk to the "
                                    "local authority and a solicitor about the evidence the court "
                                    "will need.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Get advice about step-parent adoption",
                        "text": (
                            "Your local authority adoption team can explain the process and the "
                            "alternatives before you give formal notice."
                        ),
                        "link_text": "Contact us",
                        "url": "/en/contact-us/",
                    },
                ),
            ],
        },
        "cy": {
            "slug": "mabwysiadu-gan-lys-riant",
            "title": "Mabwysiadu gan lys-riant",
            "intro": (
                "Os ydych chi'n magu plentyn eich partner, mae mabwysiadu yn un ffordd o ddod yn "
                "rhiant cyfreithiol iddo, ond mae'n gam mawr sydd ag effaith barhaol. Gallai "
                "opsiynau eraill fod yn fwy addas i'ch teulu."
            ),
            "body": [
                ("heading", "Beth mae mabwysiadu gan lys-riant yn ei olygu"),
                (
                    "paragraph",
                    (
                        "<p>Mae gorchymyn mabwysiadu yn eich gwneud chi'n rhiant cyfreithiol i'r "
                        "plentyn. Mae hefyd yn dod â'r berthynas gyfreithiol rhwng y plentyn a'i "
                        "riant biolegol arall i ben yn barhaol, a'r berthynas â theulu cyfan y "
                        "rhiant hwnnw, gan gynnwys neiniau a theidiau. Mae'ch partner yn parhau'n "
                        "rhiant cyfreithiol i'r plentyn. Gan fod yr effaith mor bellgyrhaeddol, "
                        "bydd y llys yn ystyried a yw mabwysiadu wir er lles pennaf y plentyn drwy "
                        "gydol ei fywyd, ac a fyddai gorchymyn gwahanol yn diwallu ei "
                        "anghenion.</p>"
                    ),
                ),
                ("heading", "Dewisiadau eraill yn lle mabwysiadu"),
                (
                    "paragraph",
                    (
                        "<p>Mae llawer o lysdeuluoedd yn gweld bod trefniant arall yn rhoi'r "
                        "sicrwydd sydd ei angen arnyn nhw heb dorri cysylltiadau cyfreithiol y "
                        "plentyn:</p><ul><li><b>Cytundeb cyfrifoldeb rhiant</b>: os ydych chi'n "
                        "briod â rhiant sydd â chyfrifoldeb rhiant, neu mewn partneriaeth sifil â "
                        "rhiant o'r fath, gallwch wneud cytundeb ffurfiol gyda'r rhiant hwnnw (a "
                        "chyda'r rhiant arall hefyd, os oes ganddo gyfrifoldeb rhiant) sy'n rhoi "
                        "cyfrifoldeb rhiant i chithau hefyd.</li><li><b>Gorchymyn cyfrifoldeb "
                        "rhiant</b>: gall y llys roi cyfrifoldeb rhiant i chi os nad oes modd dod "
                        "i gytundeb.</li><li><b>Gorchymyn trefniadau plentyn</b>: gall gorchymyn "
                        "sy'n nodi bod y plentyn yn byw gyda chi hefyd roi cyfrifoldeb rhiant i "
                        "chi tra bydd y gorchymyn mewn grym.</li></ul><p>Dydy'r un o'r rhain yn "
                        "dod â pherthynas y plentyn â'i riant arall i ben. Mynnwch gyngor "
                        "cyfreithiol annibynnol cyn penderfynu.</p>"
                    ),
                ),
                ("heading", "Sut i wneud cais"),
                (
                    "paragraph",
                    (
                        "<p>Os yw mabwysiadu'n dal i ymddangos yn iawn, rhaid i chi roi gwybod "
                        "i'ch awdurdod lleol yn ysgrifenedig eich bod yn bwriadu gwneud cais, o "
                        "leiaf dri mis cyn y gall y llys wneud gorchymyn mabwysiadu, a rhaid bod y "
                        "plentyn wedi byw gyda chi am o leiaf chwe mis cyn i chi wneud cais. Bydd "
                        "yr awdurdod lleol wedyn yn asesu'ch teulu ac yn ysgrifennu adroddiad ar "
                        "gyfer y llys. Fel arfer, gofynnir i riant biolegol arall y plentyn roi ei "
                        "gydsyniad, a bydd dymuniadau a theimladau'r plentyn ei hun yn cael eu "
                        "hystyried.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Cwestiynau cyffredin",
                        "items": [
                            {
                                "question": "Fydd angen i'm partner fabwysiadu hefyd?",
                                "answer": (
                                    "<p>Na fydd. Ers i'r gyfraith newid yn 2005, gall llys-riant "
                                    "fabwysiadu ar ei ben ei hun, ac mae'r rhiant biolegol sy'n "
                                    "bartner iddo yn cadw ei statws cyfreithiol.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "Beth os yw'r rhiant arall wedi marw neu os nad oes modd dod o "
                                    "hyd iddo?"
                                ),
                                "answer": (
                                    "<p>Gall y llys ystyried cais o hyd. Siaradwch â'r awdurdod "
                                    "lleol a chyfreithiwr am y dystiolaeth y bydd ei hangen ar y "
                                    "llys.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Cael cyngor am fabwysiadu gan lys-riant",
                        "text": (
                            "Gall tîm mabwysiadu eich awdurdod lleol esbonio'r broses a'r "
                            "dewisiadau eraill cyn i chi roi gwybod yn ffurfiol."
                        ),
                        "link_text": "Cysylltwch â ni",
                        "url": "/cy/cysylltu-a-ni/",
                    },
                ),
            ],
        },
    },
]
