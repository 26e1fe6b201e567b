"""Adopter stories for the demo site, in English and Welsh.

The families are fictional: composites written to be realistic, with no real people's names.
Each entry has a stable key, the household ("single" or "couple") and the slug of a National
Adoption Service region, and for each language a slug, title, intro, pull quote and body.

A body is a list of (block type, value) pairs for cms.blocks.BodyBlock: "heading" (text),
"paragraph" (rich text HTML), "quote", "statistic", "accordion" and "call_to_action" (dicts).
The Welsh body has the same blocks in the same order as the English one.
"""

STORIES: list[dict] = [
    {
        "key": "owen",
        "household": "single",
        "region": "western-bay",
        "en": {
            "slug": "owens-story",
            "title": "Owen's story: adopting on my own",
            "intro": (
                "Owen, a paramedic from Bridgend, adopted his son as a single dad. For years he "
                "wondered whether he would even be allowed to apply."
            ),
            "pull_quote": (
                "Nobody asked me why I didn't have a partner. They wanted to know who would be "
                "there for us, and I had a long list."
            ),
            "body": [
                ("heading", "Thinking about it for years"),
                (
                    "paragraph",
                    (
                        "<p>I'd thought about adopting since my thirties, but I assumed a single "
                        "man working shifts would be at the bottom of the list. In the end, a "
                        "colleague who had adopted told me to just phone and ask. The social "
                        "worker who rang me back was very straightforward: being single wasn't a "
                        "problem, but I would need to show how I'd manage shifts and who would "
                        "support me.</p>"
                    ),
                ),
                ("heading", "The assessment"),
                (
                    "paragraph",
                    (
                        "<p>The preparation training was the first time I met other people going "
                        "through the same thing, and two of them are still friends. In the home "
                        "study we talked a lot about my support network: my sister, my neighbours, "
                        "my best mate and his wife. I moved to a different rota at work so that I "
                        "could do regular daytime hours for the first year. I was approved just "
                        "over six months after applying.</p>"
                    ),
                ),
                ("heading", "Becoming a dad"),
                (
                    "paragraph",
                    (
                        "<p>Rhys was two when he came home. The introductions were exhausting and "
                        "wonderful at the same time; his foster carer was brilliant, and she still "
                        "sends him birthday cards. The first months were hard. He didn't sleep, "
                        "and he tested whether I would stay. The adoption support team helped me "
                        "understand what he needed, and an Adoption UK Cymru group gave me people "
                        "to talk to at ten o'clock at night.</p><p>He's seven now, and mad about "
                        "rugby and dinosaurs. If you're single and wondering, ask the question. "
                        "The answer might surprise you.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "stori-owen",
            "title": "Stori Owen: mabwysiadu ar fy mhen fy hun",
            "intro": (
                "Mabwysiadodd Owen, parafeddyg o Ben-y-bont ar Ogwr, ei fab fel tad sengl. Am "
                "flynyddoedd roedd yn meddwl tybed a fyddai hyd yn oed yn cael gwneud cais."
            ),
            "pull_quote": (
                "Ofynnodd neb pam nad oedd gen i bartner. Roedden nhw eisiau gwybod pwy fyddai yno "
                "i ni, ac roedd gen i restr hir."
            ),
            "body": [
                ("heading", "Meddwl am y peth ers blynyddoedd"),
                (
                    "paragraph",
                    (
                        "<p>Roeddwn i wedi bod yn meddwl am fabwysiadu ers fy nhridegau, ond "
                        "roeddwn i'n cymryd y byddai dyn sengl sy'n gweithio shifftiau ar waelod y "
                        "rhestr. Yn y pen draw, dywedodd cydweithiwr a oedd wedi mabwysiadu wrtha "
                        "i am ffonio a gofyn. Roedd y gweithiwr cymdeithasol a ffoniodd fi'n ôl yn "
                        "blaen iawn: doedd bod yn sengl ddim yn broblem, ond byddai angen i mi "
                        "ddangos sut y byddwn i'n ymdopi â shifftiau a phwy fyddai'n fy "
                        "nghefnogi.</p>"
                    ),
                ),
                ("heading", "Yr asesiad"),
                (
                    "paragraph",
                    (
                        "<p>Yn yr hyfforddiant paratoi y gwnes i gwrdd am y tro cyntaf â phobl "
                        "eraill a oedd yn mynd drwy'r un peth, ac mae dau ohonyn nhw'n dal yn "
                        "ffrindiau. Yn yr astudiaeth gartref buon ni'n siarad llawer am fy "
                        "rhwydwaith cymorth: fy chwaer, fy nghymdogion, fy ffrind gorau a'i wraig. "
                        "Symudais i rota wahanol yn y gwaith er mwyn gallu gweithio oriau "
                        "rheolaidd yn ystod y dydd am y flwyddyn gyntaf. Cefais fy nghymeradwyo "
                        "ychydig dros chwe mis ar ôl gwneud cais.</p>"
                    ),
                ),
                ("heading", "Dod yn dad"),
                (
                    "paragraph",
                    (
                        "<p>Roedd Rhys yn ddwy oed pan ddaeth adref. Roedd y cyflwyniadau'n "
                        "flinedig ac yn fendigedig ar yr un pryd; roedd ei ofalwraig faeth yn "
                        "wych, ac mae hi'n dal i anfon cardiau pen-blwydd ato. Roedd y misoedd "
                        "cyntaf yn anodd. Doedd e ddim yn cysgu, ac roedd yn profi a fyddwn i'n "
                        "aros. Helpodd y tîm cymorth mabwysiadu fi i ddeall beth oedd ei angen "
                        "arno, a rhoddodd grŵp Adoption UK Cymru bobl i mi siarad â nhw am ddeg "
                        "o'r gloch y nos.</p><p>Mae e'n saith oed nawr, ac wrth ei fodd gyda rygbi "
                        "a deinosoriaid. Os ydych chi'n sengl ac yn meddwl tybed, gofynnwch y "
                        "cwestiwn. Efallai y bydd yr ateb yn eich synnu.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "jo-and-priya",
        "household": "couple",
        "region": "south-east-wales",
        "en": {
            "slug": "jo-and-priyas-story",
            "title": "Jo and Priya's story: keeping a brother and sister together",
            "intro": (
                "Jo and Priya, from Caerphilly, adopted a sister and brother aged five and three. "
                "They were nervous about going through the process as a same-sex couple, and about "
                "taking on two children at once."
            ),
            "pull_quote": (
                "We'd planned for one child. Then we read about Mia and Alfie, and we couldn't "
                "stop thinking about them."
            ),
            "body": [
                ("heading", "Getting started"),
                (
                    "paragraph",
                    (
                        "<p>We went to an information evening in Newport half expecting to be the "
                        "only same-sex couple there. We weren't, and nobody treated us any "
                        "differently. What the social workers wanted to know was what we could "
                        "offer a child, and how we would cope on the hard days.</p>"
                    ),
                ),
                ("heading", "Saying yes to two"),
                (
                    "paragraph",
                    (
                        "<p>We were approved for one child, or possibly two. During the home study "
                        "our social worker told us how many brothers and sisters wait together, "
                        "and how much it can mean to them to stay together. When we read about Mia "
                        "and Alfie, who had been in foster care for nearly two years, that was "
                        "it.</p>"
                    ),
                ),
                ("heading", "Life as a family of four"),
                (
                    "paragraph",
                    (
                        "<p>The first year was chaos. Two children who had learned to look after "
                        "themselves, and each other, suddenly had two adults who wanted to do it "
                        "for them. Mia mothered Alfie and found it hard to let go. Our support "
                        "plan included sessions with a therapeutic parenting worker, which helped "
                        "us see things from her point of view. Priya took a year of adoption leave "
                        "and Jo went part time.</p><p>Three years on, Mia is a confident "
                        "eight-year-old who wants to be a vet, and Alfie has just moved up to year "
                        "two. They still have letterbox contact with their birth mum, and they "
                        "write to their nan twice a year. We can't imagine them apart.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "stori-jo-a-priya",
            "title": "Stori Jo a Priya: cadw brawd a chwaer gyda'i gilydd",
            "intro": (
                "Mabwysiadodd Jo a Priya, o Gaerffili, chwaer a brawd pump a thair oed. Roedden "
                "nhw'n nerfus am fynd drwy'r broses fel cwpl o'r un rhyw, ac am gymryd dau blentyn "
                "ar unwaith."
            ),
            "pull_quote": (
                "Roedden ni wedi cynllunio ar gyfer un plentyn. Yna fe ddarllenon ni am Mia ac "
                "Alfie, a doedden ni ddim yn gallu stopio meddwl amdanyn nhw."
            ),
            "body": [
                ("heading", "Dechrau arni"),
                (
                    "paragraph",
                    (
                        "<p>Aethon ni i noson wybodaeth yng Nghasnewydd yn hanner disgwyl mai ni "
                        "fyddai'r unig gwpl o'r un rhyw yno. Doedd hynny ddim yn wir, a wnaeth neb "
                        "ein trin ni'n wahanol. Yr hyn roedd y gweithwyr cymdeithasol eisiau ei "
                        "wybod oedd beth allen ni ei gynnig i blentyn, a sut bydden ni'n ymdopi ar "
                        "y dyddiau anodd.</p>"
                    ),
                ),
                ("heading", "Dweud ie i ddau"),
                (
                    "paragraph",
                    (
                        "<p>Cawson ni ein cymeradwyo ar gyfer un plentyn, neu ddau o bosibl. Yn "
                        "ystod yr astudiaeth gartref soniodd ein gweithiwr cymdeithasol am faint o "
                        "frodyr a chwiorydd sy'n aros gyda'i gilydd, a faint y gall olygu iddyn "
                        "nhw gael aros gyda'i gilydd. Pan ddarllenon ni am Mia ac Alfie, a oedd "
                        "wedi bod mewn gofal maeth ers bron i ddwy flynedd, dyna ni.</p>"
                    ),
                ),
                ("heading", "Bywyd fel teulu o bedwar"),
                (
                    "paragraph",
                    (
                        "<p>Roedd y flwyddyn gyntaf yn draed moch. Roedd dau blentyn a oedd wedi "
                        "dysgu gofalu amdanyn nhw eu hunain, ac am ei gilydd, yn sydyn yn cael dau "
                        "oedolyn a oedd eisiau gwneud hynny drostyn nhw. Roedd Mia yn famol iawn "
                        "tuag at Alfie ac yn ei chael hi'n anodd gollwng gafael. Roedd ein cynllun "
                        "cymorth yn cynnwys sesiynau gyda gweithiwr rhianta therapiwtig, a helpodd "
                        "ni i weld pethau o'i safbwynt hi. Cymerodd Priya flwyddyn o absenoldeb "
                        "mabwysiadu ac aeth Jo i weithio'n rhan amser.</p><p>Dair blynedd yn "
                        "ddiweddarach, mae Mia yn ferch wyth oed hyderus sydd eisiau bod yn "
                        "filfeddyg, ac mae Alfie newydd symud i flwyddyn dau. Mae ganddyn nhw "
                        "gyswllt blwch llythyrau â'u mam fiolegol o hyd, ac maen nhw'n ysgrifennu "
                        "at eu mam-gu ddwywaith y flwyddyn. Allwn ni ddim eu dychmygu nhw ar "
                        "wahân.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "elin-and-gwion",
        "household": "couple",
        "region": "north-wales",
        "en": {
            "slug": "elin-and-gwions-story",
            "title": "Elin and Gwion's story: growing up in Welsh",
            "intro": (
                "Elin and Gwion live on a farm near Caernarfon with their son Osian. When they "
                "decided to adopt, keeping Welsh at the heart of family life mattered to them, and "
                "it mattered to the little girl who came to them too."
            ),
            "pull_quote": (
                "Her foster carer sang her the same Welsh lullabies I grew up with. She fell "
                "asleep to them on her first night with us."
            ),
            "body": [
                ("heading", "Why adoption"),
                (
                    "paragraph",
                    (
                        "<p>After Osian was born, we spent years trying for a second child. When "
                        "we started talking about adoption, one of our first questions was whether "
                        "a child could grow up in Welsh with us. The North Wales Adoption Service "
                        "told us that some of the children waiting come from Welsh-speaking "
                        "families, and that language is something social workers consider when "
                        "they match children with families.</p>"
                    ),
                ),
                ("heading", "A process in Welsh"),
                (
                    "paragraph",
                    (
                        "<p>We did our whole assessment in Welsh: the preparation training, the "
                        "home study and the panel. It meant we could talk about the hardest things "
                        "in the language we think in. Osian, who was eight, had his own sessions "
                        "with our social worker and made a book about being a big brother.</p>"
                    ),
                ),
                ("heading", "Lleucu comes home"),
                (
                    "paragraph",
                    (
                        "<p>Lleucu was eighteen months old when we met her. Her birth family spoke "
                        "Welsh, and so did her foster family on Anglesey. Keeping her language "
                        "meant keeping one thread of her story unbroken. She's four now, goes to "
                        "the local cylch meithrin (a Welsh-medium playgroup) and bosses Osian "
                        "about in two languages. Every summer we send a letter, in Welsh, to her "
                        "birth grandmother.</p><p>Our advice to other Welsh-speaking families is "
                        "simple: come forward. There are children who need you, and the whole "
                        "process is available in Welsh.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "stori-elin-a-gwion",
            "title": "Stori Elin a Gwion: magu plentyn yn Gymraeg",
            "intro": (
                "Mae Elin a Gwion yn byw ar fferm ger Caernarfon gyda'u mab Osian. Pan benderfynon "
                "nhw fabwysiadu, roedd cadw'r Gymraeg wrth galon bywyd teuluol yn bwysig iddyn "
                "nhw, ac roedd yn bwysig i'r ferch fach a ddaeth atyn nhw hefyd."
            ),
            "pull_quote": (
                "Roedd ei gofalwraig faeth yn canu'r un hwiangerddi iddi ag y ces i fy magu arnyn "
                "nhw. Syrthiodd i gysgu yn eu sŵn ar ei noson gyntaf gyda ni."
            ),
            "body": [
                ("heading", "Pam mabwysiadu"),
                (
                    "paragraph",
                    (
                        "<p>Ar ôl i Osian gael ei eni, buon ni'n trio am ail blentyn am "
                        "flynyddoedd. Pan ddechreuon ni siarad am fabwysiadu, un o'n cwestiynau "
                        "cyntaf oedd a allai plentyn gael ei fagu'n Gymraeg gyda ni. Dywedodd "
                        "Gwasanaeth Mabwysiadu Gogledd Cymru wrthon ni fod rhai o'r plant sy'n "
                        "aros yn dod o deuluoedd Cymraeg eu hiaith, a bod iaith yn rhywbeth y mae "
                        "gweithwyr cymdeithasol yn ei ystyried wrth baru plant â theuluoedd.</p>"
                    ),
                ),
                ("heading", "Proses Gymraeg"),
                (
                    "paragraph",
                    (
                        "<p>Gwnaethon ni ein hasesiad cyfan yn Gymraeg: yr hyfforddiant paratoi, "
                        "yr astudiaeth gartref a'r panel. Roedd hynny'n golygu ein bod ni'n gallu "
                        "siarad am y pethau anoddaf yn yr iaith rydyn ni'n meddwl ynddi. Cafodd "
                        "Osian, a oedd yn wyth oed, ei sesiynau ei hun gyda'n gweithiwr "
                        "cymdeithasol, a gwnaeth lyfr am fod yn frawd mawr.</p>"
                    ),
                ),
                ("heading", "Lleucu'n dod adref"),
                (
                    "paragraph",
                    (
                        "<p>Roedd Lleucu yn ddeunaw mis oed pan gwrddon ni â hi. Roedd ei theulu "
                        "biolegol yn siarad Cymraeg, ac felly hefyd ei theulu maeth ar Ynys Môn. "
                        "Roedd cadw ei hiaith yn golygu cadw un edefyn o'i stori heb ei dorri. Mae "
                        "hi'n bedair oed nawr, yn mynd i'r cylch meithrin lleol ac yn rhoi "
                        "gorchmynion i Osian mewn dwy iaith. Bob haf rydyn ni'n anfon llythyr, yn "
                        "Gymraeg, at ei nain fiolegol.</p><p>Mae ein cyngor i deuluoedd Cymraeg "
                        "eraill yn syml: dewch ymlaen. Mae plant sydd eich angen chi, ac mae'r "
                        "broses gyfan ar gael yn Gymraeg.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "mark-and-sian",
        "household": "couple",
        "region": "mid-west-wales",
        "en": {
            "slug": "mark-and-sians-story",
            "title": "Mark and Siân's story: adopting an older child",
            "intro": (
                "Mark and Siân, who live near Aberystwyth, had always pictured adopting a baby. "
                "Instead they adopted Kai, who was eight and had been waiting for a family for "
                "over two years."
            ),
            "pull_quote": (
                "An older child comes with a history, a personality and opinions. Kai came with "
                "all three, and a very strong view on pizza toppings."
            ),
            "body": [
                ("heading", "Changing our minds"),
                (
                    "paragraph",
                    (
                        "<p>Like a lot of people, we started out imagining a baby. At the "
                        "preparation training, a woman who had been adopted spoke about waiting "
                        "for years in foster care while younger children around her were matched. "
                        "That stayed with us. We asked our social worker to tell us about older "
                        "children, and at an activity day we met Kai.</p>"
                    ),
                ),
                ("heading", "Getting to know Kai"),
                (
                    "paragraph",
                    (
                        "<p>Kai had lived with the same foster carers for two years and was "
                        "worried about leaving them. The introductions were planned with him, at "
                        "his pace, and his foster carers are still part of his life: he stays with "
                        "them for a weekend every summer. He could tell us what he liked and what "
                        "frightened him, which was a gift, even when it was hard to hear.</p>"
                    ),
                ),
                ("heading", "The hard parts and the good parts"),
                (
                    "paragraph",
                    (
                        "<p>School was the biggest challenge. Kai had moved schools three times "
                        "and was behind with his reading. The adoption support team helped us work "
                        "with his new school on a plan, and a therapist worked with him on the "
                        "anxiety that made change so hard. Two years on, he has a best friend, "
                        "plays for the under-11s football team and reads adventure stories under "
                        "the duvet with a torch.</p><p>If you're thinking about adoption, please "
                        "don't rule out older children. They know what a family could be, and "
                        "they're waiting for the chance to find out.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "stori-mark-a-sian",
            "title": "Stori Mark a Siân: mabwysiadu plentyn hŷn",
            "intro": (
                "Roedd Mark a Siân, sy'n byw ger Aberystwyth, wastad wedi dychmygu mabwysiadu "
                "babi. Yn lle hynny, mabwysiadon nhw Kai, a oedd yn wyth oed ac wedi bod yn aros "
                "am deulu ers dros ddwy flynedd."
            ),
            "pull_quote": (
                "Mae plentyn hŷn yn dod gyda hanes, personoliaeth a barn. Daeth Kai gyda'r tri, a "
                "barn gref iawn am beth ddylai fynd ar ben pizza."
            ),
            "body": [
                ("heading", "Newid ein meddwl"),
                (
                    "paragraph",
                    (
                        "<p>Fel llawer o bobl, dechreuon ni drwy ddychmygu babi. Yn yr "
                        "hyfforddiant paratoi, siaradodd menyw a oedd wedi'i mabwysiadu am aros am "
                        "flynyddoedd mewn gofal maeth tra oedd plant iau o'i chwmpas yn cael eu "
                        "paru. Arhosodd hynny gyda ni. Gofynnon ni i'n gweithiwr cymdeithasol sôn "
                        "wrthon ni am blant hŷn, ac mewn diwrnod gweithgareddau fe wnaethon ni "
                        "gwrdd â Kai.</p>"
                    ),
                ),
                ("heading", "Dod i adnabod Kai"),
                (
                    "paragraph",
                    (
                        "<p>Roedd Kai wedi byw gyda'r un gofalwyr maeth ers dwy flynedd ac roedd "
                        "yn poeni am eu gadael. Cafodd y cyflwyniadau eu cynllunio gydag ef, ar ei "
                        "gyflymder ef, ac mae ei ofalwyr maeth yn dal yn rhan o'i fywyd: mae'n "
                        "aros gyda nhw am benwythnos bob haf. Roedd yn gallu dweud wrthon ni beth "
                        "roedd yn ei hoffi a beth oedd yn ei ddychryn, ac roedd hynny'n rhodd, hyd "
                        "yn oed pan oedd yn anodd ei glywed.</p>"
                    ),
                ),
                ("heading", "Y rhannau anodd a'r rhannau da"),
                (
                    "paragraph",
                    (
                        "<p>Yr ysgol oedd yr her fwyaf. Roedd Kai wedi symud ysgol dair gwaith ac "
                        "roedd ar ei hôl hi gyda darllen. Helpodd y tîm cymorth mabwysiadu ni i "
                        "weithio gyda'i ysgol newydd ar gynllun, a bu therapydd yn gweithio gydag "
                        "ef ar y gorbryder a oedd yn gwneud newid mor anodd. Ddwy flynedd yn "
                        "ddiweddarach, mae ganddo ffrind gorau, mae'n chwarae i'r tîm pêl-droed "
                        "dan 11 ac mae'n darllen straeon antur o dan y dwfe gyda thortsh.</p><p>Os "
                        "ydych chi'n ystyried mabwysiadu, peidiwch â diystyru plant hŷn. Maen "
                        "nhw'n gwybod beth allai teulu fod, ac maen nhw'n aros am gyfle i "
                        "ddarganfod hynny.</p>"
                    ),
                ),
            ],
        },
    },
]
