"""The events the events tests build: seven upcoming ones, as varied as the filters need, each
with its Welsh translation. Keyed by English slug."""

import datetime

from tests.factories.pages import event_index_page, event_page

T = datetime.time
CARDIFF = "information-evening-cardiff"  # in person, en, vale-valleys-cardiff
INTRO_WEBINAR = "webinar-introduction-to-adoption"  # online, en, south-east-wales
CAERNARFON = "welsh-language-information-evening-caernarfon"  # in person, cy, north-wales
SWANSEA = "bilingual-drop-in-session-swansea"  # in person, bilingual, western-bay
EARLY_PERMANENCE = "webinar-fostering-for-adoption"  # online, en, mid-west-wales
SIBLINGS = "webinar-siblings-and-older-children"  # online, en, north-wales, Adopting Together
ABERYSTWYTH = "information-evening-aberystwyth"  # in person, en, mid-west-wales

EVENTS = {
    CARDIFF: dict(
        title="Information evening: Cardiff", days_from_today=12,
        venue="Central Library Hub, Cardiff", region_slug="vale-valleys-cardiff",
        intro="Meet social workers and adopters.", booking_url="https://example.org/book/cardiff",
        welsh={"title": "Noson wybodaeth: Caerdydd", "intro": "Cwrdd â mabwysiadwyr."}),
    INTRO_WEBINAR: dict(
        title="Webinar: an introduction to adoption", days_from_today=19, start=T(19),
        online=True, region_slug="south-east-wales",
        welsh={"title": "Gweminar: cyflwyniad i fabwysiadu"}),
    CAERNARFON: dict(
        title="Welsh-language information evening: Caernarfon", days_from_today=26,
        venue="Galeri, Caernarfon", session_language="cy", region_slug="north-wales",
        welsh={"title": "Noson wybodaeth Gymraeg: Caernarfon"}),
    SWANSEA: dict(
        title="Bilingual drop-in session: Swansea", days_from_today=33, start=T(18),
        end=T(19, 30), venue="Central Library, Swansea", session_language="bilingual",
        region_slug="western-bay", welsh={"title": "Sesiwn galw heibio ddwyieithog: Abertawe"}),
    EARLY_PERMANENCE: dict(
        title="Webinar: fostering for adoption", days_from_today=41, start=T(12, 30),
        end=T(13, 30), online=True, region_slug="mid-west-wales",
        welsh={"title": "Gweminar: maethu i fabwysiadu"}),
    SIBLINGS: dict(
        title="Webinar: adopting brothers and sisters, and older children", days_from_today=68,
        start=T(19), end=T(20, 15), online=True, region_slug="north-wales",
        agency_slug="adopting-together", booking_url="https://example.org/book/siblings",
        intro="An evening webinar about adopting brothers and sisters.",
        welsh={"title": "Gweminar: mabwysiadu brodyr a chwiorydd, a phlant hŷn",
               "slug": "gweminar-brodyr-a-chwiorydd-a-phlant-hyn",
               "intro": "Gweminar gyda’r nos gan Fabwysiadu Gyda’n Gilydd am blant hŷn."}),
    ABERYSTWYTH: dict(
        title="Information evening: Aberystwyth", days_from_today=90,
        venue="Aberystwyth Arts Centre, Aberystwyth", region_slug="mid-west-wales",
        welsh={"title": "Noson wybodaeth: Aberystwyth"}),
}


def build_event(slug, parent=None):
    """One of the seven, in a new events index unless `parent` is given."""
    return event_page(slug=slug, parent=parent, **EVENTS[slug])


def build_listing():
    """A new events index holding the seven; returns the English index."""
    index = event_index_page()
    for slug in EVENTS:
        build_event(slug, index)
    return index
