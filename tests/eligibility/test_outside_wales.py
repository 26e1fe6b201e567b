"""The signpost for people who live outside Wales names each nation's services from data
that staff edit, in the reader's language."""

import pytest

from directory.models import OutsideWalesService

pytestmark = pytest.mark.django_db

NATIONS = {"en": ["England", "Scotland", "Northern Ireland", "Isle of Man", "Channel Islands"],
           "cy": ["Lloegr", "Yr Alban", "Gogledd Iwerddon", "Ynys Manaw", "Ynysoedd y Sianel"]}
URLS = {"en": "/en/outside-wales/", "cy": "/cy/tu-allan-i-gymru/"}


def test_the_migration_loads_a_real_service_for_every_nation():
    services = OutsideWalesService.objects.all()
    assert {s.nation for s in services} == {code for code, _ in OutsideWalesService.NATIONS}
    urls = set(services.values_list("url", flat=True))
    assert {"https://www.gov.uk/child-adoption", "https://www.youcanadopt.co.uk",
            "https://www.mygov.scot/adoption", "https://www.adoptni.org", "https://www.gov.im",
            "https://www.gov.je", "https://www.gov.gg"} <= urls
    assert all(s.name_cy and s.description_en and s.description_cy for s in services)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_signpost_lists_every_service_in_the_readers_language(client, language):
    response = client.get(URLS[language])
    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(f">{nation}</h2>") for nation in NATIONS[language]]
    assert positions == sorted(positions)  # in the nations' order
    for service in OutsideWalesService.objects.all():
        assert f'href="{service.url}"' in html
        assert service.name_in(language).replace("'", "&#x27;") in html
        assert service.description_in(language).replace("'", "&#x27;") in html
    assert ("mabwysiadu" in html) == (language == "cy")


def test_staff_edits_to_the_services_show_on_the_signpost(client):
    OutsideWalesService.objects.filter(nation="isle-of-man").update(
        name_en="Manx Care", name_cy="Gofal Manaw", url="https://www.manxcare.im")
    OutsideWalesService.objects.filter(nation="england").delete()
    english = client.get(URLS["en"]).content.decode()
    welsh = client.get(URLS["cy"]).content.decode()
    assert "Manx Care" in english and "Gofal Manaw" in welsh
    assert 'href="https://www.manxcare.im"' in welsh
    assert ">England</h2>" not in english and ">Lloegr</h2>" not in welsh


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_language_switch_goes_to_the_same_signpost(client, language):
    other = "cy" if language == "en" else "en"
    html = client.get(URLS[language]).content.decode()
    assert f"next={URLS[other].replace('/', '%2F')}" in html or f"next={URLS[other]}" in html


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_enquiry_form_takes_the_interest_from_the_link(client, language):
    url = "/en/enquire/" if language == "en" else "/cy/ymholiad/"
    html = client.get(url, {"interest": "adopting"}).content.decode()
    assert 'value="adopting" checked' in html
    html = client.get(url, {"interest": "nonsense"}).content.decode()
    assert " checked" not in html.split('name="interest"')[1].split("</fieldset>")[0]


def test_the_roles_that_keep_reference_data_keep_the_services():
    from django.contrib.auth.models import Group

    for name in ("Managers", "Administrators"):
        held = set(Group.objects.get(name=name).permissions.filter(
            content_type__app_label="directory").values_list("codename", flat=True))
        assert {"view_outsidewalesservice", "change_outsidewalesservice",
                "add_outsidewalesservice"} <= held
    assert not Group.objects.get(name="Helpline agents").permissions.filter(
        codename="change_outsidewalesservice").exists()
