"""Standard pages of the demo site: accessibility statement, privacy notice, cookies,
contact and about.

The privacy notice's retention period and the data protection officer's address
(dpo@example.org) are placeholders to confirm with the services before launch. The cookies
page lists the cookies portal/settings actually sets (portal_language, csrftoken, sessionid).

A body is a list of (block type, value) pairs for cms.blocks.BodyBlock: "heading" (text),
"paragraph" (rich text HTML), "quote", "statistic", "accordion" and "call_to_action" (dicts).
The Welsh body has the same blocks in the same order as the English one.
"""

STANDARD: list[dict] = [
    {
        "key": "accessibility",
        "en": {
            "slug": "accessibility-statement",
            "title": "Accessibility statement",
            "intro": (
                "This statement applies to the Adopt Cymru website, run by the National Adoption "
                "Service for Wales."
            ),
            "body": [
                ("heading", "Using this website"),
                (
                    "paragraph",
                    (
                        "<p>We want as many people as possible to be able to use this website. For "
                        "example, that means you should be able to:</p><ul><li>change colours, "
                        "contrast levels and fonts using your browser or device "
                        "settings</li><li>zoom in up to 400% without the text spilling off the "
                        "screen</li><li>navigate most of the website using just a keyboard or "
                        "speech recognition software</li><li>listen to most of the website using a "
                        "screen reader</li><li>read every page in Welsh or English, and switch "
                        "between the two languages on any page</li></ul><p>We have also made the "
                        "text as simple as possible to understand. AbilityNet has advice on making "
                        "your device easier to use if you have a disability.</p>"
                    ),
                ),
                ("heading", "How accessible this website is"),
                (
                    "paragraph",
                    (
                        "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version "
                        "2.2 at level AA. We test the website with automated tools and by hand, "
                        "including with screen readers, and we fix problems as we find them. If we "
                        "find parts of the website that do not meet the standard, we will list "
                        "them on this page, with our plans to fix them.</p>"
                    ),
                ),
                ("heading", "Feedback and contact information"),
                (
                    "paragraph",
                    (
                        "<p>If you need information on this website in a different format, such as "
                        "an accessible PDF, large print, easy read, an audio recording or braille, "
                        "contact your regional adoption service using the details on our contact "
                        "page. We'll consider your request and get back to you within 10 working "
                        "days.</p>"
                    ),
                ),
                ("heading", "Reporting accessibility problems with this website"),
                (
                    "paragraph",
                    (
                        "<p>We're always looking to improve the accessibility of this website. If "
                        "you find any problems that are not listed on this page, or think we're "
                        "not meeting accessibility requirements, tell us through our contact page, "
                        "saying which page you were on and what went wrong.</p>"
                    ),
                ),
                ("heading", "Enforcement procedure"),
                (
                    "paragraph",
                    (
                        "<p>The Equality and Human Rights Commission (EHRC) is responsible for "
                        "enforcing the Public Sector Bodies (Websites and Mobile Applications) "
                        "(No. 2) Accessibility Regulations 2018 (the 'accessibility regulations'). "
                        "If you're not happy with how we respond to your complaint, contact the "
                        "Equality Advisory and Support Service (EASS).</p>"
                    ),
                ),
                ("heading", "Preparation of this statement"),
                (
                    "paragraph",
                    (
                        "<p>This statement was prepared when the website was launched. It will be "
                        "reviewed at least once a year, and whenever the website changes "
                        "significantly.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "datganiad-hygyrchedd",
            "title": "Datganiad hygyrchedd",
            "intro": (
                "Mae'r datganiad hwn yn berthnasol i wefan Adopt Cymru, sy'n cael ei rhedeg gan y "
                "Gwasanaeth Mabwysiadu Cenedlaethol yng Nghymru."
            ),
            "body": [
                ("heading", "Defnyddio'r wefan hon"),
                (
                    "paragraph",
                    (
                        "<p>Rydyn ni eisiau i gynifer o bobl â phosibl allu defnyddio'r wefan hon. "
                        "Er enghraifft, mae hynny'n golygu y dylech allu:</p><ul><li>newid "
                        "lliwiau, lefelau cyferbyniad a ffontiau drwy osodiadau eich porwr neu'ch "
                        "dyfais</li><li>chwyddo hyd at 400% heb i'r testun ddiflannu oddi ar y "
                        "sgrin</li><li>llywio'r rhan fwyaf o'r wefan gan ddefnyddio bysellfwrdd yn "
                        "unig neu feddalwedd adnabod lleferydd</li><li>gwrando ar y rhan fwyaf o'r "
                        "wefan gan ddefnyddio darllenydd sgrin</li><li>darllen pob tudalen yn "
                        "Gymraeg neu yn Saesneg, a newid rhwng y ddwy iaith ar unrhyw "
                        "dudalen</li></ul><p>Rydyn ni hefyd wedi gwneud y testun mor syml â "
                        "phosibl i'w ddeall. Mae gan AbilityNet gyngor ar wneud eich dyfais yn "
                        "haws i'w defnyddio os oes gennych anabledd.</p>"
                    ),
                ),
                ("heading", "Pa mor hygyrch yw'r wefan hon"),
                (
                    "paragraph",
                    (
                        "<p>Ein nod yw bodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) fersiwn "
                        "2.2 ar lefel AA. Rydyn ni'n profi'r wefan gydag offer awtomatig ac â "
                        "llaw, gan gynnwys gyda darllenwyr sgrin, ac rydyn ni'n trwsio problemau "
                        "wrth i ni ddod o hyd iddyn nhw. Os byddwn yn dod o hyd i rannau o'r wefan "
                        "nad ydyn nhw'n cyrraedd y safon, byddwn yn eu rhestru ar y dudalen hon, "
                        "gyda'n cynlluniau i'w trwsio.</p>"
                    ),
                ),
                ("heading", "Adborth a gwybodaeth gyswllt"),
                (
                    "paragraph",
                    (
                        "<p>Os oes angen gwybodaeth o'r wefan hon arnoch mewn fformat gwahanol, "
                        "fel PDF hygyrch, print bras, fformat hawdd ei ddeall, recordiad sain neu "
                        "braille, cysylltwch â'ch gwasanaeth mabwysiadu rhanbarthol gan "
                        "ddefnyddio'r manylion ar ein tudalen cysylltu. Byddwn yn ystyried eich "
                        "cais ac yn ymateb o fewn 10 diwrnod gwaith.</p>"
                    ),
                ),
                ("heading", "Rhoi gwybod am broblemau hygyrchedd gyda'r wefan hon"),
                (
                    "paragraph",
                    (
                        "<p>Rydyn ni bob amser yn ceisio gwella hygyrchedd y wefan hon. Os byddwch "
                        "yn dod o hyd i broblemau nad ydyn nhw wedi'u rhestru ar y dudalen hon, "
                        "neu os ydych chi'n credu nad ydyn ni'n bodloni'r gofynion hygyrchedd, "
                        "rhowch wybod i ni drwy ein tudalen cysylltu, gan nodi pa dudalen roeddech "
                        "chi arni a beth aeth o'i le.</p>"
                    ),
                ),
                ("heading", "Gweithdrefn orfodi"),
                (
                    "paragraph",
                    (
                        "<p>Y Comisiwn Cydraddoldeb a Hawliau Dynol sy'n gyfrifol am orfodi "
                        "Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Chymwysiadau "
                        "Symudol) (Rhif 2) 2018 (y 'rheoliadau hygyrchedd'). Os nad ydych chi'n "
                        "fodlon â'r ffordd rydyn ni'n ymateb i'ch cwyn, cysylltwch â'r Gwasanaeth "
                        "Cynghori a Chymorth Cydraddoldeb (EASS).</p>"
                    ),
                ),
                ("heading", "Paratoi'r datganiad hwn"),
                (
                    "paragraph",
                    (
                        "<p>Cafodd y datganiad hwn ei baratoi pan lansiwyd y wefan. Bydd yn cael "
                        "ei adolygu o leiaf unwaith y flwyddyn, a phryd bynnag y bydd y wefan yn "
                        "newid yn sylweddol.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "privacy",
        "en": {
            "slug": "privacy-notice",
            "title": "Privacy notice",
            "intro": (
                "This notice explains what personal information we collect when you make an "
                "adoption enquiry through this website, why we need it, and what your rights are."
            ),
            "body": [
                ("heading", "Who we are"),
                (
                    "paragraph",
                    (
                        "<p>Adopt Cymru is the website of the National Adoption Service for Wales. "
                        "The service is delivered by the five regional adoption services, which "
                        "are hosted by local authorities, working with voluntary adoption "
                        "agencies. When you make an enquiry, the council that hosts the regional "
                        "adoption service for your area is the data controller for your "
                        "information. If your enquiry is passed to a voluntary adoption agency at "
                        "your request, that agency becomes responsible for the information it "
                        "receives.</p>"
                    ),
                ),
                ("heading", "What we collect"),
                (
                    "paragraph",
                    (
                        "<p>When you send an enquiry, we collect:</p><ul><li>your "
                        "name</li><li>your contact details: email address, phone number and "
                        "postcode</li><li>the council area you live in</li><li>the subject of your "
                        "enquiry, for example adopting, adoption support or access to records, and "
                        "anything you choose to tell us in your message</li><li>your preferred "
                        "language, Welsh or English</li></ul><p>If you phone our helpline, we keep "
                        "a record of the call and notes about what was discussed. We do not ask "
                        "for sensitive information such as health details on the enquiry form, so "
                        "please do not include it in your message. If you do, we will handle it "
                        "with extra care.</p>"
                    ),
                ),
                ("heading", "Why we use it, and our lawful basis"),
                (
                    "paragraph",
                    (
                        "<p>We use your information to reply to your enquiry, send you information "
                        "you ask for, invite you to events and, if you decide to go ahead, start "
                        "the adoption process. Our lawful basis is public task: local authorities "
                        "have a legal duty to provide adoption services under the Adoption and "
                        "Children Act 2002 and the Social Services and Well-being (Wales) Act "
                        "2014. We also use anonymised figures, such as the number of enquiries "
                        "from each region, to plan services. We will not use your information for "
                        "marketing, and we will never sell it.</p>"
                    ),
                ),
                ("heading", "Who we share it with"),
                (
                    "paragraph",
                    (
                        "<p>Your enquiry goes to the regional adoption service for the council "
                        "area you give us. If you ask us to, or if another organisation is better "
                        "placed to help, we may pass it to a voluntary adoption agency in Wales or "
                        "to the national inter-country adoption team. We use carefully chosen "
                        "suppliers to host the website and to send emails and text messages; they "
                        "may only use your information on our instructions.</p>"
                    ),
                ),
                ("heading", "How long we keep it"),
                (
                    "paragraph",
                    (
                        "<p>If your enquiry does not lead to an application, we keep your details "
                        "for two years from our last contact with you, and then delete them. If "
                        "you go on to apply to adopt, your information becomes part of your "
                        "adoption case record, which adoption agencies must keep for a long period "
                        "under adoption regulations.</p>"
                    ),
                ),
                ("heading", "Your rights"),
                (
                    "paragraph",
                    (
                        "<p>You have these rights:</p><ul><li>the right to a copy of the "
                        "information we hold about you</li><li>the right to ask us to correct "
                        "information that is wrong</li><li>the right to ask us to delete your "
                        "information, or to restrict how we use it, in some "
                        "circumstances</li><li>the right to object to how we use your "
                        "information</li></ul><p>To use any of these rights, contact our data "
                        "protection officer at dpo@example.org. If you are unhappy with how we "
                        "have handled your information, you can complain to the Information "
                        "Commissioner's Office, the UK's independent regulator for data "
                        "protection.</p>"
                    ),
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    (
                        "<p>This website sets only the cookies it needs to work. Our cookies page "
                        "lists them.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "hysbysiad-preifatrwydd",
            "title": "Hysbysiad preifatrwydd",
            "intro": (
                "Mae'r hysbysiad hwn yn esbonio pa wybodaeth bersonol rydyn ni'n ei chasglu pan "
                "fyddwch yn gwneud ymholiad am fabwysiadu drwy'r wefan hon, pam mae ei hangen "
                "arnon ni, a beth yw eich hawliau."
            ),
            "body": [
                ("heading", "Pwy ydyn ni"),
                (
                    "paragraph",
                    (
                        "<p>Adopt Cymru yw gwefan y Gwasanaeth Mabwysiadu Cenedlaethol yng "
                        "Nghymru. Mae'r gwasanaeth yn cael ei ddarparu gan y pum gwasanaeth "
                        "mabwysiadu rhanbarthol, sy'n cael eu cynnal gan awdurdodau lleol, gan "
                        "weithio gydag asiantaethau mabwysiadu gwirfoddol. Pan fyddwch yn gwneud "
                        "ymholiad, y cyngor sy'n cynnal y gwasanaeth mabwysiadu rhanbarthol ar "
                        "gyfer eich ardal yw'r rheolydd data ar gyfer eich gwybodaeth. Os caiff "
                        "eich ymholiad ei anfon at asiantaeth fabwysiadu wirfoddol ar eich cais "
                        "chi, yr asiantaeth honno fydd yn gyfrifol am yr wybodaeth y mae'n ei "
                        "chael.</p>"
                    ),
                ),
                ("heading", "Beth rydyn ni'n ei gasglu"),
                (
                    "paragraph",
                    (
                        "<p>Pan fyddwch yn anfon ymholiad, rydyn ni'n casglu:</p><ul><li>eich "
                        "enw</li><li>eich manylion cyswllt: cyfeiriad e-bost, rhif ffôn a chod "
                        "post</li><li>ardal y cyngor lle rydych chi'n byw</li><li>testun eich "
                        "ymholiad, er enghraifft mabwysiadu, cymorth mabwysiadu neu gael gweld "
                        "cofnodion, ac unrhyw beth rydych chi'n dewis ei ddweud wrthon ni yn eich "
                        "neges</li><li>eich dewis iaith, Cymraeg neu Saesneg</li></ul><p>Os "
                        "byddwch yn ffonio ein llinell gymorth, rydyn ni'n cadw cofnod o'r alwad a "
                        "nodiadau am yr hyn a drafodwyd. Dydyn ni ddim yn gofyn am wybodaeth "
                        "sensitif fel manylion iechyd ar y ffurflen ymholiad, felly peidiwch â'i "
                        "chynnwys yn eich neges. Os gwnewch chi, byddwn yn ei thrin yn arbennig o "
                        "ofalus.</p>"
                    ),
                ),
                ("heading", "Pam rydyn ni'n ei defnyddio, a'n sail gyfreithlon"),
                (
                    "paragraph",
                    (
                        "<p>Rydyn ni'n defnyddio'ch gwybodaeth i ymateb i'ch ymholiad, anfon "
                        "gwybodaeth rydych chi'n gofyn amdani, eich gwahodd i ddigwyddiadau ac, os "
                        "byddwch yn penderfynu bwrw ymlaen, dechrau'r broses fabwysiadu. Ein sail "
                        "gyfreithlon yw tasg gyhoeddus: mae gan awdurdodau lleol ddyletswydd "
                        "gyfreithiol i ddarparu gwasanaethau mabwysiadu o dan Ddeddf Mabwysiadu a "
                        "Phlant 2002 a Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014. "
                        "Rydyn ni hefyd yn defnyddio ffigurau dienw, fel nifer yr ymholiadau o bob "
                        "rhanbarth, i gynllunio gwasanaethau. Fyddwn ni ddim yn defnyddio'ch "
                        "gwybodaeth at ddibenion marchnata, a fyddwn ni byth yn ei gwerthu.</p>"
                    ),
                ),
                ("heading", "Gyda phwy rydyn ni'n ei rhannu"),
                (
                    "paragraph",
                    (
                        "<p>Mae'ch ymholiad yn mynd i'r gwasanaeth mabwysiadu rhanbarthol ar gyfer "
                        "ardal y cyngor rydych chi'n ei rhoi i ni. Os byddwch yn gofyn i ni, neu "
                        "os oes sefydliad arall mewn gwell sefyllfa i helpu, efallai y byddwn yn "
                        "ei anfon at asiantaeth fabwysiadu wirfoddol yng Nghymru neu at y tîm "
                        "mabwysiadu rhyngwladol cenedlaethol. Rydyn ni'n defnyddio cyflenwyr sydd "
                        "wedi'u dewis yn ofalus i gynnal y wefan ac i anfon negeseuon e-bost a "
                        "negeseuon testun; dim ond ar ein cyfarwyddyd ni y cân nhw ddefnyddio'ch "
                        "gwybodaeth.</p>"
                    ),
                ),
                ("heading", "Am ba hyd rydyn ni'n ei chadw"),
                (
                    "paragraph",
                    (
                        "<p>Os na fydd eich ymholiad yn arwain at gais, rydyn ni'n cadw'ch "
                        "manylion am ddwy flynedd o'n cyswllt diwethaf â chi, ac yna'n eu dileu. "
                        "Os byddwch yn mynd ymlaen i wneud cais i fabwysiadu, bydd eich gwybodaeth "
                        "yn dod yn rhan o'ch cofnod achos mabwysiadu, y mae'n rhaid i asiantaethau "
                        "mabwysiadu ei gadw am gyfnod hir o dan reoliadau mabwysiadu.</p>"
                    ),
                ),
                ("heading", "Eich hawliau"),
                (
                    "paragraph",
                    (
                        "<p>Mae gennych yr hawliau hyn:</p><ul><li>yr hawl i gael copi o'r "
                        "wybodaeth sydd gennym amdanoch</li><li>yr hawl i ofyn i ni gywiro "
                        "gwybodaeth sy'n anghywir</li><li>yr hawl i ofyn i ni ddileu eich "
                        "gwybodaeth, neu gyfyngu ar sut rydyn ni'n ei defnyddio, mewn rhai "
                        "amgylchiadau</li><li>yr hawl i wrthwynebu'r ffordd rydyn ni'n "
                        "defnyddio'ch gwybodaeth</li></ul><p>I ddefnyddio unrhyw un o'r hawliau "
                        "hyn, cysylltwch â'n swyddog diogelu data yn dpo@example.org. Os nad ydych "
                        "chi'n fodlon â'r ffordd rydyn ni wedi trin eich gwybodaeth, gallwch gwyno "
                        "wrth Swyddfa'r Comisiynydd Gwybodaeth, rheoleiddiwr annibynnol y Deyrnas "
                        "Unedig ar gyfer diogelu data.</p>"
                    ),
                ),
                ("heading", "Cwcis"),
                (
                    "paragraph",
                    (
                        "<p>Dim ond y cwcis sydd eu hangen arni i weithio y mae'r wefan hon yn eu "
                        "gosod. Mae ein tudalen cwcis yn eu rhestru.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "cookies",
        "en": {
            "slug": "cookies",
            "title": "Cookies",
            "intro": (
                "Cookies are small files saved on your device when you visit a website. We only "
                "use the cookies that are needed to make this website work."
            ),
            "body": [
                ("heading", "Strictly necessary cookies"),
                (
                    "paragraph",
                    (
                        "<p>We set the following cookies. They are essential, so we do not ask for "
                        "your consent to use them, and you cannot turn them off without affecting "
                        "how the website works.</p><ul><li><b>portal_language</b>: remembers "
                        "whether you chose Welsh or English. It expires after one "
                        "year.</li><li><b>csrftoken</b>: protects the forms on this website, such "
                        "as the enquiry form, from a type of attack called cross-site request "
                        "forgery. It expires after one year.</li><li><b>sessionid</b>: keeps staff "
                        "signed in to the content management and enquiry system. It is only set if "
                        "you sign in. It expires when you sign out, or after two weeks.</li></ul>"
                    ),
                ),
                ("heading", "No analytics or advertising cookies"),
                (
                    "paragraph",
                    (
                        "<p>We do not use Google Analytics or any other analytics service, and we "
                        "do not use advertising or social media cookies. We do not embed content, "
                        "such as videos, from other websites that would set their own cookies: "
                        "videos are shown as links instead.</p>"
                    ),
                ),
                ("heading", "Changing your settings"),
                (
                    "paragraph",
                    (
                        "<p>You can set your browser to block or delete cookies. If you block the "
                        "strictly necessary cookies, your language choice and the enquiry form may "
                        "not work properly.</p>"
                    ),
                ),
                ("heading", "Changes to this page"),
                (
                    "paragraph",
                    (
                        "<p>If we ever add cookies, we will update this page first and, where the "
                        "law requires it, ask for your consent before setting them.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "cwcis",
            "title": "Cwcis",
            "intro": (
                "Ffeiliau bach yw cwcis sy'n cael eu cadw ar eich dyfais pan fyddwch yn ymweld â "
                "gwefan. Dim ond y cwcis sydd eu hangen i wneud i'r wefan hon weithio rydyn ni'n "
                "eu defnyddio."
            ),
            "body": [
                ("heading", "Cwcis cwbl angenrheidiol"),
                (
                    "paragraph",
                    (
                        "<p>Rydyn ni'n gosod y cwcis canlynol. Maen nhw'n hanfodol, felly dydyn ni "
                        "ddim yn gofyn am eich caniatâd i'w defnyddio, ac allwch chi ddim eu "
                        "diffodd heb effeithio ar sut mae'r wefan yn "
                        "gweithio.</p><ul><li><b>portal_language</b>: yn cofio a ddewisoch chi "
                        "Gymraeg neu Saesneg. Mae'n dod i ben ar ôl "
                        "blwyddyn.</li><li><b>csrftoken</b>: yn diogelu'r ffurflenni ar y wefan "
                        "hon, fel y ffurflen ymholiad, rhag math o ymosodiad o'r enw ffugio "
                        "ceisiadau traws-safle. Mae'n dod i ben ar ôl "
                        "blwyddyn.</li><li><b>sessionid</b>: yn cadw staff wedi mewngofnodi i'r "
                        "system rheoli cynnwys ac ymholiadau. Dim ond os byddwch chi'n mewngofnodi "
                        "y caiff ei osod. Mae'n dod i ben pan fyddwch yn allgofnodi, neu ar ôl "
                        "pythefnos.</li></ul>"
                    ),
                ),
                ("heading", "Dim cwcis dadansoddi na hysbysebu"),
                (
                    "paragraph",
                    (
                        "<p>Dydyn ni ddim yn defnyddio Google Analytics nac unrhyw wasanaeth "
                        "dadansoddi arall, a dydyn ni ddim yn defnyddio cwcis hysbysebu na chwcis "
                        "cyfryngau cymdeithasol. Dydyn ni ddim yn mewnosod cynnwys, fel fideos, o "
                        "wefannau eraill a fyddai'n gosod eu cwcis eu hunain: mae fideos yn cael "
                        "eu dangos fel dolenni yn lle hynny.</p>"
                    ),
                ),
                ("heading", "Newid eich gosodiadau"),
                (
                    "paragraph",
                    (
                        "<p>Gallwch osod eich porwr i rwystro neu ddileu cwcis. Os byddwch yn "
                        "rhwystro'r cwcis cwbl angenrheidiol, efallai na fydd eich dewis iaith a'r "
                        "ffurflen ymholiad yn gweithio'n iawn.</p>"
                    ),
                ),
                ("heading", "Newidiadau i'r dudalen hon"),
                (
                    "paragraph",
                    (
                        "<p>Os byddwn ni byth yn ychwanegu cwcis, byddwn yn diweddaru'r dudalen "
                        "hon yn gyntaf ac, os yw'r gyfraith yn mynnu hynny, yn gofyn am eich "
                        "caniatâd cyn eu gosod.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "contact",
        "en": {
            "slug": "contact-us",
            "title": "Contact us",
            "intro": (
                "Get in touch with the adoption service for your area. Making an enquiry is free, "
                "and there is no obligation."
            ),
            "body": [
                ("heading", "Make an enquiry"),
                (
                    "paragraph",
                    (
                        "<p>The quickest way to reach us is to send an enquiry through this "
                        "website. Tell us which council area you live in, and we'll pass your "
                        "enquiry to the right regional service. A member of the team will get back "
                        "to you, in Welsh or English as you prefer.</p>"
                    ),
                ),
                ("heading", "The five regional adoption services"),
                (
                    "paragraph",
                    (
                        "<p>Adoption services in Wales are organised in five regions, each serving "
                        "several councils. Phone numbers are listed on each region's "
                        "page.</p><ul><li><b>North Wales Adoption Service</b>: Isle of Anglesey, "
                        "Gwynedd, Conwy, Denbighshire, Flintshire and Wrexham</li><li><b>Adoption "
                        "Mid and West Wales</b>: Ceredigion, Pembrokeshire, Carmarthenshire and "
                        "Powys</li><li><b>Western Bay Adoption Service</b>: Swansea, Neath Port "
                        "Talbot and Bridgend</li><li><b>Vale, Valleys and Cardiff Adoption "
                        "Collaborative</b>: Vale of Glamorgan, Cardiff, Rhondda Cynon Taf and "
                        "Merthyr Tydfil</li><li><b>South East Wales Adoption Service</b>: "
                        "Caerphilly, Blaenau Gwent, Torfaen, Monmouthshire and Newport</li></ul>"
                    ),
                ),
                ("heading", "Voluntary adoption agencies"),
                (
                    "paragraph",
                    (
                        "<p>You can also be assessed by a voluntary adoption agency. St David's "
                        "Adoption Service and Barnardo's Cymru Adoption Service work across Wales, "
                        "and Adopting Together, a joint service led by St David's, finds families "
                        "for the children who wait longest.</p>"
                    ),
                ),
                ("heading", "Inter-country adoption"),
                (
                    "paragraph",
                    (
                        "<p>Enquiries about inter-country adoption are handled nationally. Send an "
                        "enquiry in the usual way and choose inter-country adoption as the "
                        "subject.</p>"
                    ),
                ),
                ("heading", "Peer support"),
                (
                    "paragraph",
                    (
                        "<p>If you have already adopted and would like to talk to other adopters, "
                        "Adoption UK Cymru offers peer support, training and a helpline. Adoption "
                        "UK Cymru is a charity, not an adoption agency, so please send enquiries "
                        "about adopting to your regional service.</p>"
                    ),
                ),
                ("heading", "If you are worried about a child"),
                (
                    "paragraph",
                    (
                        "<p>If you are worried about a child's safety, contact your local "
                        "council's children's services. In an emergency, call 999.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "cysylltu-a-ni",
            "title": "Cysylltwch â ni",
            "intro": (
                "Cysylltwch â'r gwasanaeth mabwysiadu ar gyfer eich ardal. Mae gwneud ymholiad am "
                "ddim, a does dim rhwymedigaeth."
            ),
            "body": [
                ("heading", "Gwneud ymholiad"),
                (
                    "paragraph",
                    (
                        "<p>Y ffordd gyflymaf o gysylltu â ni yw anfon ymholiad drwy'r wefan hon. "
                        "Dywedwch wrthon ni ym mha ardal cyngor rydych chi'n byw, a byddwn yn "
                        "anfon eich ymholiad at y gwasanaeth rhanbarthol cywir. Bydd aelod o'r tîm "
                        "yn cysylltu â chi, yn Gymraeg neu yn Saesneg, fel y mynnwch.</p>"
                    ),
                ),
                ("heading", "Y pum gwasanaeth mabwysiadu rhanbarthol"),
                (
                    "paragraph",
                    (
                        "<p>Mae gwasanaethau mabwysiadu yng Nghymru wedi'u trefnu mewn pum "
                        "rhanbarth, a phob un yn gwasanaethu sawl cyngor. Mae rhifau ffôn wedi'u "
                        "rhestru ar dudalen pob rhanbarth.</p><ul><li><b>Gwasanaeth Mabwysiadu "
                        "Gogledd Cymru</b>: Ynys Môn, Gwynedd, Conwy, Sir Ddinbych, Sir y Fflint a "
                        "Wrecsam</li><li><b>Mabwysiadu Canolbarth a Gorllewin Cymru</b>: "
                        "Ceredigion, Sir Benfro, Sir Gaerfyrddin a Phowys</li><li><b>Gwasanaeth "
                        "Mabwysiadu Bae'r Gorllewin</b>: Abertawe, Castell-nedd Port Talbot a "
                        "Phen-y-bont ar Ogwr</li><li><b>Cydweithfa Mabwysiadu'r Fro, y Cymoedd a "
                        "Chaerdydd</b>: Bro Morgannwg, Caerdydd, Rhondda Cynon Taf a Merthyr "
                        "Tudful</li><li><b>Gwasanaeth Mabwysiadu De Ddwyrain Cymru</b>: Caerffili, "
                        "Blaenau Gwent, Tor-faen, Sir Fynwy a Chasnewydd</li></ul>"
                    ),
                ),
                ("heading", "Asiantaethau mabwysiadu gwirfoddol"),
                (
                    "paragraph",
                    (
                        "<p>Gallwch hefyd gael eich asesu gan asiantaeth fabwysiadu wirfoddol. Mae "
                        "Gwasanaeth Mabwysiadu St David's a Gwasanaeth Mabwysiadu Barnardo's Cymru "
                        "yn gweithio ledled Cymru, ac mae Adopting Together, gwasanaeth ar y cyd "
                        "dan arweiniad St David's, yn dod o hyd i deuluoedd ar gyfer y plant sy'n "
                        "aros hiraf.</p>"
                    ),
                ),
                ("heading", "Mabwysiadu o dramor"),
                (
                    "paragraph",
                    (
                        "<p>Mae ymholiadau am fabwysiadu o dramor yn cael eu trin yn genedlaethol. "
                        "Anfonwch ymholiad yn y ffordd arferol a dewiswch fabwysiadu o dramor fel "
                        "y pwnc.</p>"
                    ),
                ),
                ("heading", "Cymorth gan gymheiriaid"),
                (
                    "paragraph",
                    (
                        "<p>Os ydych chi eisoes wedi mabwysiadu ac yr hoffech siarad â "
                        "mabwysiadwyr eraill, mae Adoption UK Cymru yn cynnig cymorth gan "
                        "gymheiriaid, hyfforddiant a llinell gymorth. Elusen yw Adoption UK Cymru, "
                        "nid asiantaeth fabwysiadu, felly anfonwch ymholiadau am fabwysiadu at "
                        "eich gwasanaeth rhanbarthol.</p>"
                    ),
                ),
                ("heading", "Os ydych chi'n poeni am blentyn"),
                (
                    "paragraph",
                    (
                        "<p>Os ydych chi'n poeni am ddiogelwch plentyn, cysylltwch â gwasanaethau "
                        "plant eich cyngor lleol. Mewn argyfwng, ffoniwch 999.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "about",
        "en": {
            "slug": "about-us",
            "title": "About us",
            "intro": (
                "Adopt Cymru is the website of the National Adoption Service for Wales, which "
                "brings together the adoption services of all 22 councils and the voluntary "
                "adoption agencies."
            ),
            "body": [
                ("heading", "The National Adoption Service"),
                (
                    "paragraph",
                    (
                        "<p>The National Adoption Service was set up in 2014 so that adoption in "
                        "Wales works as one system. The 22 councils work together in five regional "
                        "collaboratives, alongside the voluntary adoption agencies. A small "
                        "central team sets national standards, gathers performance figures and "
                        "leads work that is best done once for the whole of Wales, such as "
                        "recruitment campaigns. The regional services do the day-to-day work with "
                        "children, adopters and birth families.</p>"
                    ),
                ),
                ("heading", "What we do"),
                (
                    "paragraph",
                    (
                        "<p>Together, the adoption services in Wales:</p><ul><li>recruit and "
                        "assess adopters</li><li>find the right families for children who need to "
                        "be adopted</li><li>provide adoption support to families, children and "
                        "young people</li><li>offer independent support to birth parents and "
                        "relatives</li><li>help adults who were adopted to see their records and "
                        "trace relatives</li></ul>"
                    ),
                ),
                (
                    "statistic",
                    {
                        "value": "849",
                        "label": (
                            "enquiries from people interested in adopting in a single half-year, "
                            "the highest number at that time"
                        ),
                        "source": "National Adoption Service, 2019/20",
                    },
                ),
                ("heading", "Why we need more adopters"),
                (
                    "paragraph",
                    (
                        "<p>Wales needs around 500 adoptive families every year. There is a "
                        "particular shortage of families for brothers and sisters, older children "
                        "and children with additional needs, which is why we welcome enquiries "
                        "from all kinds of people.</p>"
                    ),
                ),
                ("heading", "Working in Welsh and English"),
                (
                    "paragraph",
                    (
                        "<p>You can use our services in Welsh or English. Every page on this "
                        "website is available in both languages, and you can ask for your "
                        "assessment and your support to be in Welsh.</p>"
                    ),
                ),
            ],
        },
        "cy": {
            "slug": "amdanom-ni",
            "title": "Amdanom ni",
            "intro": (
                "Adopt Cymru yw gwefan y Gwasanaeth Mabwysiadu Cenedlaethol yng Nghymru, sy'n dod "
                "â gwasanaethau mabwysiadu pob un o'r 22 cyngor a'r asiantaethau mabwysiadu "
                "gwirfoddol ynghyd."
            ),
            "body": [
                ("heading", "Y Gwasanaeth Mabwysiadu Cenedlaethol"),
                (
                    "paragraph",
                    (
                        "<p>Cafodd y Gwasanaeth Mabwysiadu Cenedlaethol ei sefydlu yn 2014 er mwyn "
                        "i fabwysiadu yng Nghymru weithio fel un system. Mae'r 22 cyngor yn "
                        "cydweithio mewn pum cydweithrediad rhanbarthol, ochr yn ochr â'r "
                        "asiantaethau mabwysiadu gwirfoddol. Mae tîm canolog bach yn gosod safonau "
                        "cenedlaethol, yn casglu ffigurau perfformiad ac yn arwain gwaith y mae'n "
                        "well ei wneud unwaith ar gyfer Cymru gyfan, fel ymgyrchoedd recriwtio. Y "
                        "gwasanaethau rhanbarthol sy'n gwneud y gwaith bob dydd gyda phlant, "
                        "mabwysiadwyr a theuluoedd biolegol.</p>"
                    ),
                ),
                ("heading", "Beth rydyn ni'n ei wneud"),
                (
                    "paragraph",
                    (
                        "<p>Gyda'i gilydd, mae gwasanaethau mabwysiadu Cymru "
                        "yn:</p><ul><li>recriwtio ac asesu mabwysiadwyr</li><li>dod o hyd i'r "
                        "teuluoedd iawn ar gyfer plant sydd angen eu mabwysiadu</li><li>darparu "
                        "cymorth mabwysiadu i deuluoedd, plant a phobl ifanc</li><li>cynnig "
                        "cymorth annibynnol i rieni a pherthnasau biolegol</li><li>helpu oedolion "
                        "a gafodd eu mabwysiadu i weld eu cofnodion ac olrhain perthnasau</li></ul>"
                    ),
                ),
                (
                    "statistic",
                    {
                        "value": "849",
                        "label": (
                            "o ymholiadau gan bobl sydd â diddordeb mewn mabwysiadu mewn hanner "
                            "blwyddyn, y nifer uchaf hyd hynny"
                        ),
                        "source": "Gwasanaeth Mabwysiadu Cenedlaethol, 2019/20",
                    },
                ),
                ("heading", "Pam mae angen mwy o fabwysiadwyr"),
                (
                    "paragraph",
                    (
                        "<p>Mae angen tua 500 o deuluoedd mabwysiadol yng Nghymru bob blwyddyn. "
                        "Mae prinder arbennig o deuluoedd ar gyfer brodyr a chwiorydd, plant hŷn a "
                        "phlant ag anghenion ychwanegol, a dyna pam rydyn ni'n croesawu ymholiadau "
                        "gan bob math o bobl.</p>"
                    ),
                ),
                ("heading", "Gweithio yn Gymraeg ac yn Saesneg"),
                (
                    "paragraph",
                    (
                        "<p>Gallwch ddefnyddio ein gwasanaethau yn Gymraeg neu yn Saesneg. Mae pob "
                        "tudalen ar y wefan hon ar gael yn y ddwy iaith, a gallwch ofyn i'ch "
                        "asesiad a'ch cymorth fod yn Gymraeg.</p>"
                    ),
                ),
            ],
        },
    },
]
