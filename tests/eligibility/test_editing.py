"""Editors write the check in Wagtail; translators translate its words with wagtail-localize,
while the keys in the address stay the same in both languages."""

import pytest
from wagtail_localize.models import StringSegment, TranslationSource

from tests.factories.pages import eligibility_check_page
from tests.staff import MARKETING, make_staff

pytestmark = pytest.mark.django_db


def test_translators_get_the_words_and_not_the_keys():
    check = eligibility_check_page()
    source, _created = TranslationSource.update_or_create_from_instance(check)
    strings = set(StringSegment.objects.filter(source=source)
                  .values_list("string__data", flat=True))
    assert {"How old are you?", "21 or over", "Guidance age/21-or-over", "Outside Wales"} <= strings
    assert not {"age", "21-or-over", "outside-wales"} & strings


def test_the_editor_shows_the_questions(client):
    check = eligibility_check_page()
    client.force_login(make_staff(MARKETING))
    response = client.get(f"/admin/pages/{check.pk}/edit/")
    assert response.status_code == 200
    assert "21-or-over" in response.content.decode()
