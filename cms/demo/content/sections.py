"""Section index pages, and the story and event index pages, of the demo site.

Each entry has a stable key and, for each language, a slug, title and intro. SECTIONS keys are
the "section" values used in advice.py.
"""

SECTIONS: list[dict] = [
    {
        "key": "adopting",
        "en": {
            "slug": "adopting",
            "title": "Adopting",
            "intro": (
                "Everything you need to know about becoming an adoptive parent in Wales, from your "
                "first enquiry to the day a child joins your family."
            ),
        },
        "cy": {
            "slug": "mabwysiadu",
            "title": "Mabwysiadu",
            "intro": (
                "Popeth sydd angen i chi ei wybod am ddod yn rhiant mabwysiadol yng Nghymru, o'ch "
                "ymholiad cyntaf hyd at y diwrnod y bydd plentyn yn ymuno â'ch teulu."
            ),
        },
    },
    {
        "key": "support",
        "en": {
            "slug": "adoption-support",
            "title": "Adoption support",
            "intro": (
                "Help for adoptive families, and for adopted children and young people, at every "
                "stage and for as long as it is needed."
            ),
        },
        "cy": {
            "slug": "cymorth-mabwysiadu",
            "title": "Cymorth mabwysiadu",
            "intro": (
                "Help i deuluoedd mabwysiadol, ac i blant a phobl ifanc sydd wedi'u mabwysiadu, ar "
                "bob cam a chyhyd ag y bo'i angen."
            ),
        },
    },
    {
        "key": "birth-families",
        "en": {
            "slug": "birth-families",
            "title": "Birth families",
            "intro": (
                "Independent support for birth parents and relatives, and information about "
                "keeping in touch after adoption."
            ),
        },
        "cy": {
            "slug": "teuluoedd-biolegol",
            "title": "Teuluoedd biolegol",
            "intro": (
                "Cymorth annibynnol i rieni a pherthnasau biolegol, a gwybodaeth am gadw mewn "
                "cysylltiad ar ôl mabwysiadu."
            ),
        },
    },
    {
        "key": "adopted-adults",
        "en": {
            "slug": "adopted-adults",
            "title": "Adopted adults",
            "intro": (
                "Access to your birth records, counselling, and help to trace birth relatives "
                "safely."
            ),
        },
        "cy": {
            "slug": "oedolion-mabwysiedig",
            "title": "Oedolion mabwysiedig",
            "intro": (
                "Cael gweld eich cofnodion geni, cwnsela, a help i olrhain perthnasau biolegol yn "
                "ddiogel."
            ),
        },
    },
]

STORIES_INDEX: dict = {
    "key": "stories",
    "en": {
        "slug": "stories",
        "title": "Adoption stories",
        "intro": (
            "What adoption is really like, in the words of families across Wales. Names and "
            "details are changed to protect children's privacy."
        ),
    },
    "cy": {
        "slug": "straeon",
        "title": "Straeon mabwysiadu",
        "intro": (
            "Sut beth yw mabwysiadu go iawn, yng ngeiriau teuluoedd ledled Cymru. Mae enwau a "
            "manylion wedi'u newid i ddiogelu preifatrwydd plant."
        ),
    },
}

EVENTS_INDEX: dict = {
    "key": "events",
    "en": {
        "slug": "events",
        "title": "Events",
        "intro": (
            "Information evenings and webinars where you can find out about adopting and ask "
            "questions, with no commitment."
        ),
    },
    "cy": {
        "slug": "digwyddiadau",
        "title": "Digwyddiadau",
        "intro": (
            "Nosweithiau gwybodaeth a gweminarau lle gallwch ddysgu am fabwysiadu a gofyn "
            "cwestiynau, heb unrhyw ymrwymiad."
        ),
    },
}


REGIONS_INDEX = {
    "key": "regions",
    "en": {
        "slug": "regional-services",
        "title": "Regional adoption services",
        "intro": "Five regional services recruit adopters and support adoptive families across "
        "Wales. Find the one that covers your council.",
    },
    "cy": {
        "slug": "gwasanaethau-rhanbarthol",
        "title": "Gwasanaethau mabwysiadu rhanbarthol",
        "intro": "Mae pum gwasanaeth rhanbarthol yn recriwtio mabwysiadwyr ac yn cefnogi "
        "teuluoedd mabwysiadol ledled Cymru. Dewch o hyd i’r un sy’n gwasanaethu eich cyngor.",
    },
}
REGION_INTRO = {
    "en": "How to contact the service, the councils it covers and its upcoming events.",
    "cy": "Sut i gysylltu â’r gwasanaeth, y cynghorau y mae’n eu gwasanaethu a’i "
    "ddigwyddiadau i ddod.",
}
