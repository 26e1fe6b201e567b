"""Home page, main navigation and footer text of the demo site.

NAVIGATION items are (label, key) pairs: keys of SECTIONS in sections.py, or "events" and
"stories" for the index pages. FOOTER text is plain text; the builder wraps it in a paragraph.

A body is a list of (block type, value) pairs for cms.blocks.BodyBlock: "heading" (text),
"paragraph" (rich text HTML), "quote", "statistic", "accordion" and "call_to_action" (dicts).
The Welsh body has the same blocks in the same order as the English one.
"""

HOME: dict = {
    "en": {
        "title": "Adopt Cymru",
        "hero_heading": "Could you give a child a home for life?",
        "hero_text": (
            "Every year, children in Wales wait for adoptive families. Find out whether adoption "
            "could be right for you, and what support there is along the way."
        ),
        "intro": (
            "Adopt Cymru is the online home of the National Adoption Service for Wales. Whether "
            "you are thinking about adopting, already an adoptive family, part of a birth family "
            "or an adult who was adopted, start here."
        ),
        "body": [
            ("heading", "Thinking about adopting?"),
            (
                "paragraph",
                (
                    "<p>You can apply to adopt if you are 21 or over, whether you are single or in "
                    "a couple, renting or owning your home, and whatever your background. The "
                    "children waiting in Wales need families who are patient, open and ready to "
                    "learn.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Can I adopt?",
                    "text": "Find out who can adopt and what really matters.",
                    "link_text": "Read more",
                    "url": "/en/adopting/can-i-adopt/",
                },
            ),
            (
                "statistic",
                {
                    "value": "About 500",
                    "label": "adoptive families needed in Wales every year",
                    "source": "National Adoption Service, 2019/20",
                },
            ),
            ("heading", "Support for every adoptive family"),
            (
                "paragraph",
                (
                    "<p>Adoption support is there for as long as you need it, from training and "
                    "peer groups to specialist therapeutic help. Birth parents and adults who were "
                    "adopted can get independent support too.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We'd planned for one child. Then we read about Mia and Alfie, and we "
                        "couldn't stop thinking about them."
                    ),
                    "attribution": "Jo and Priya, who adopted a sister and brother in Caerphilly",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Come to an information event",
                    "text": (
                        "Information evenings and webinars run across Wales, in Welsh and English."
                    ),
                    "link_text": "See upcoming events",
                    "url": "/en/events/",
                },
            ),
        ],
    },
    "cy": {
        "title": "Adopt Cymru",
        "hero_heading": "Allech chi roi cartref am oes i blentyn?",
        "hero_text": (
            "Bob blwyddyn, mae plant yng Nghymru yn aros am deuluoedd mabwysiadol. Dysgwch a allai "
            "mabwysiadu fod yn iawn i chi, a pha gymorth sydd ar gael ar hyd y ffordd."
        ),
        "intro": (
            "Adopt Cymru yw cartref y Gwasanaeth Mabwysiadu Cenedlaethol ar-lein. P'un a ydych "
            "chi'n ystyried mabwysiadu, eisoes yn deulu mabwysiadol, yn rhan o deulu biolegol "
            "neu'n oedolyn a gafodd ei fabwysiadu, dechreuwch yma."
        ),
        "body": [
            ("heading", "Ystyried mabwysiadu?"),
            (
                "paragraph",
                (
                    "<p>Gallwch wneud cais i fabwysiadu os ydych chi'n 21 oed neu'n hŷn, p'un a "
                    "ydych chi'n sengl neu mewn cwpl, yn rhentu neu'n berchen ar eich cartref, a "
                    "beth bynnag yw eich cefndir. Mae angen teuluoedd amyneddgar, agored a pharod "
                    "i ddysgu ar y plant sy'n aros yng Nghymru.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Allaf i fabwysiadu?",
                    "text": "Dysgwch pwy all fabwysiadu a beth sy'n bwysig go iawn.",
                    "link_text": "Darllen mwy",
                    "url": "/cy/mabwysiadu/allaf-i-fabwysiadu/",
                },
            ),
            (
                "statistic",
                {
                    "value": "Tua 500",
                    "label": "o deuluoedd mabwysiadol sydd eu hangen yng Nghymru bob blwyddyn",
                    "source": "Gwasanaeth Mabwysiadu Cenedlaethol, 2019/20",
                },
            ),
            ("heading", "Cymorth i bob teulu mabwysiadol"),
            (
                "paragraph",
                (
                    "<p>Mae cymorth mabwysiadu ar gael cyhyd ag y bydd ei angen arnoch, o "
                    "hyfforddiant a grwpiau cymheiriaid i gymorth therapiwtig arbenigol. Gall "
                    "rhieni biolegol ac oedolion a gafodd eu mabwysiadu gael cymorth annibynnol "
                    "hefyd.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Roedden ni wedi cynllunio ar gyfer un plentyn. Yna fe ddarllenon ni am "
                        "Mia ac Alfie, a doedden ni ddim yn gallu stopio meddwl amdanyn nhw."
                    ),
                    "attribution": "Jo a Priya, a fabwysiadodd chwaer a brawd yng Nghaerffili",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Dewch i ddigwyddiad gwybodaeth",
                    "text": (
                        "Mae nosweithiau gwybodaeth a gweminarau'n cael eu cynnal ledled Cymru, yn "
                        "Gymraeg ac yn Saesneg."
                    ),
                    "link_text": "Gweld digwyddiadau i ddod",
                    "url": "/cy/digwyddiadau/",
                },
            ),
        ],
    },
}

NAVIGATION: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Adopting", "adopting"),
        ("Adoption support", "support"),
        ("Birth families", "birth-families"),
        ("Adopted adults", "adopted-adults"),
        ("Events", "events"),
        ("Stories", "stories"),
    ],
    "cy": [
        ("Mabwysiadu", "adopting"),
        ("Cymorth mabwysiadu", "support"),
        ("Teuluoedd biolegol", "birth-families"),
        ("Oedolion mabwysiedig", "adopted-adults"),
        ("Digwyddiadau", "events"),
        ("Straeon", "stories"),
    ],
}

FOOTER: dict = {
    "en": {
        "text": (
            "Adopt Cymru is run by the National Adoption Service for Wales, which brings together "
            "the adoption services of the 22 Welsh councils, working in five regions, and the "
            "voluntary adoption agencies."
        ),
    },
    "cy": {
        "text": (
            "Mae Adopt Cymru yn cael ei redeg gan y Gwasanaeth Mabwysiadu Cenedlaethol, sy'n dod â "
            "gwasanaethau mabwysiadu 22 cyngor Cymru, sy'n gweithio mewn pum rhanbarth, a'r "
            "asiantaethau mabwysiadu gwirfoddol ynghyd."
        ),
    },
}
