"""The demo site's "Can I adopt?" check (check.toml), added under Adopting when `manage.py
load_demo` builds the site (cms.demo.builder.demo_built), with the same builder."""

import uuid
from pathlib import Path

from cms.demo.data import BODY, PAGE, TEXT, Kind, Stream, load
from directory.models import Region
from eligibility.blocks import OUTSIDE_WALES

CHECK = Path(__file__).with_name("check.toml")
ANSWER = {"key": str, "label": TEXT, "guidance": TEXT}
KIND = Kind({**PAGE, "summary_intro": TEXT, "body": BODY, "questions": Stream({
    "question": {"key": str, "question": TEXT, "hint": TEXT, "answers": [ANSWER]}})})
SECTION = "adopting"


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def questions(pairs, regions):
    """StreamField data for the questions: an answer keyed by a region's slug is about that
    region; the answer "outside-wales" leads to the outside-Wales page."""
    return [block("question", {**question, "answers": [
        block("item", {**answer, "region": getattr(regions.get(answer["key"]), "pk", None),
                       "leads_to": OUTSIDE_WALES if answer["key"] == OUTSIDE_WALES else ""})
        for answer in question["answers"]]}) for _type, question in pairs]


def build(sender=None, builder=None, **kwargs):
    from eligibility.models import EligibilityCheckPage

    entry = load(CHECK, KIND)
    regions = Region.objects.in_bulk(field_name="slug")
    for code in ("en", "cy"):
        entry[code]["questions"] = questions(entry[code]["questions"], regions)
    builder.pages["check"] = builder.upsert(EligibilityCheckPage, builder.pages[SECTION], entry)
