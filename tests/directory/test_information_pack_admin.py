"""Who attaches a service's information pack and edits its steps in the snippets: the roles
that edit reference data (Managers, Administrators), in the region's or agency's own admin form,
English beside Welsh. Regional and agency staff are refused the snippets, their own service's
included; they attach their own pack on its own screen (tests/directory/test_own_pack.py)."""

import pytest
from wagtail.models import Collection

from directory.models import NextStep
from tests.factories import packs, people
from tests.staff import AGENCY, MANAGER, REGIONAL, make_staff

pytestmark = pytest.mark.django_db


def edit_url(service):
    return f"/admin/snippets/directory/{service._meta.model_name}/edit/{service.pk}/"


def refused(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def region_form(region, **fields):
    data = {"slug": region.slug, "name_en": region.name_en, "name_cy": region.name_cy,
            "email": region.email, "phone": region.phone,
            "first_response_days": region.first_response_days,
            "information_pack": "", "information_pack_cy": "",
            "next_steps-TOTAL_FORMS": "0", "next_steps-INITIAL_FORMS": "0",
            "next_steps-MIN_NUM_FORMS": "0", "next_steps-MAX_NUM_FORMS": "1000"}
    data.update(fields)
    return data


@pytest.mark.parametrize("role, wall, kind, slug", [
    (REGIONAL, {"region": "north-wales"}, "region", "north-wales"),
    (AGENCY, {"agency": "st-davids"}, "agency", "st-davids"),
])
def test_a_services_own_staff_cannot_change_its_pack(client, role, wall, kind, slug):
    service = people.region(slug) if kind == "region" else people.agency(slug)
    client.force_login(make_staff(role, **wall))
    document = packs.document()
    assert refused(client.get(edit_url(service)))
    assert refused(client.post(edit_url(service), {"information_pack": document.pk}))
    service.refresh_from_db()
    assert service.information_pack_id != document.pk


def test_a_manager_attaches_both_packs_and_the_services_steps(client):
    region = people.region("north-wales")
    english, welsh = packs.document("North Wales pack"), packs.document("Pecyn Gogledd Cymru")
    client.force_login(make_staff(MANAGER))
    page = client.get(edit_url(region)).content.decode()
    assert 'name="information_pack"' in page and 'name="information_pack_cy"' in page
    response = client.post(edit_url(region), region_form(
        region, information_pack=english.pk, information_pack_cy=welsh.pk, **{
            "next_steps-TOTAL_FORMS": "1", "next_steps-0-id": "", "next_steps-0-ORDER": "1",
            "next_steps-0-DELETE": "", "next_steps-0-title_en": "Drop-in at Wrexham",
            "next_steps-0-title_cy": "Galw heibio yn Wrecsam",
            "next_steps-0-text_en": "Come and talk to us.",
            "next_steps-0-text_cy": "Dewch i siarad â ni."}))
    assert response.status_code == 302, response.content.decode()[:3000]
    region.refresh_from_db()
    assert (region.information_pack, region.information_pack_cy) == (english, welsh)
    assert [s.title_cy for s in NextStep.objects.for_service(region)] == [
        "Galw heibio yn Wrecsam"]
    assert len(NextStep.objects.for_service(people.region("western-bay"))) == 8  # national


def test_a_manager_chooses_packs_from_the_information_packs_collection(client):
    folder = Collection.objects.get(name="Information packs")
    pack = packs.document("Pecyn mewn ffolder")
    pack.collection = folder
    pack.save()
    leaflet = packs.document("A campaign leaflet")  # in the root: the editors' library
    client.force_login(make_staff(MANAGER))
    chooser = client.get("/admin/documents/chooser/").content.decode()
    assert "Pecyn mewn ffolder" in chooser and "A campaign leaflet" not in chooser
    assert leaflet.collection.depth == 1


def test_the_national_steps_are_listed_on_their_own(client):
    NextStep.objects.create(region=people.region("north-wales"), title_en="Ours",
                            title_cy="Ein cam ni", text_en="x", text_cy="y")
    client.force_login(make_staff(MANAGER))
    listing = client.get("/admin/snippets/directory/nextstep/").content.decode()
    assert "Sgwrs gyntaf" in listing and "Ein cam ni" not in listing
