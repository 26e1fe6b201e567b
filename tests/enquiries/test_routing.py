"""Routing is data: every council reaches its region; agencies and outside Wales too."""

import csv
import datetime
from pathlib import Path

import pytest

from directory.models import Agency, LocalAuthority, Region, RegionCoverage
from enquiries.routing import route

pytestmark = pytest.mark.django_db
DATA = Path(__file__).resolve().parents[2] / "directory" / "data" / "wales_local_authorities.csv"
COUNCILS = list(csv.DictReader(DATA.open(encoding="utf-8")))


def test_all_22_councils_are_loaded_with_welsh_names():
    assert LocalAuthority.objects.count() == 22
    assert LocalAuthority.objects.get(gss_code="W06000001").name_cy == "Ynys Môn"


@pytest.mark.parametrize("row", COUNCILS, ids=lambda row: row["name_en"])
def test_every_council_routes_to_its_region(row):
    decision = route(LocalAuthority.objects.get(gss_code=row["gss_code"]))
    assert decision.route == "council"
    assert decision.region.slug == row["nas_region"]
    assert decision.agency is None
    assert row["name_en"] in decision.reason and decision.region.name_en in decision.reason


def test_a_chosen_voluntary_agency_receives_it_and_the_region_is_still_recorded():
    agency = Agency.objects.get(slug="st-davids")
    decision = route(LocalAuthority.objects.get(gss_code="W06000002"), agency)
    assert (decision.route, decision.agency, decision.region.slug) == (
        "agency", agency, "north-wales")


def test_a_support_charity_is_never_sent_enquiries():
    charity = Agency.objects.get(slug="adoption-uk-cymru")
    assert not charity.accepts_enquiries
    decision = route(LocalAuthority.objects.get(gss_code="W06000011"), charity)
    assert (decision.route, decision.agency, decision.region.slug) == (
        "council", None, "western-bay")


def test_outside_wales_goes_to_the_national_team():
    decision = route(None)
    assert (decision.route, decision.region, decision.agency) == ("outside-wales", None, None)


def test_a_council_moving_region_is_routed_by_date():
    bridgend = LocalAuthority.objects.get(gss_code="W06000013")
    change = datetime.date(2030, 4, 1)
    RegionCoverage.objects.filter(local_authority=bridgend).update(effective_to=change)
    RegionCoverage.objects.create(local_authority=bridgend, effective_from=change,
                                  region=Region.objects.get(slug="vale-valleys-cardiff"))
    assert route(bridgend, day=change - datetime.timedelta(days=1)).region.slug == "western-bay"
    assert route(bridgend, day=change).region.slug == "vale-valleys-cardiff"
