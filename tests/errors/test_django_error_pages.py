"""Every error Django serves, in both languages and the portal's layout (portal/errors.py)."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import path

from portal import urls as portal_urls
from tests.enquiries.helpers import form_data
from tests.errors.pages import assert_error_page

pytestmark = pytest.mark.django_db
FORM = {"en": "/en/enquire/", "cy": "/cy/ymholiad/"}


def raising(exception):
    def view(request):
        raise exception
    return view


@pytest.fixture
def faulty_urls(settings):
    """The portal's URLs plus views that fail, with the portal's error handlers."""
    patterns = [path(f"{code}/fails/{name}/", raising(error)) for code in ("en", "cy")
                for name, error in (("forbidden", PermissionDenied()),
                                    ("crash", RuntimeError("secret-internal-detail")))]
    handlers = {f"handler{code}": getattr(portal_urls, f"handler{code}")
                for code in (400, 403, 404, 500)}
    settings.ROOT_URLCONF = type("urls", (), {
        "urlpatterns": patterns + portal_urls.urlpatterns, **handlers})


@pytest.mark.parametrize("language, heading", [
    ("en", "Sorry, we could not understand that request"),
    ("cy", "Mae’n ddrwg gennym, nid oeddem yn gallu deall y cais hwnnw")])
def test_a_bad_request_is_a_400_in_the_language_of_its_address(client, language, heading):
    # A host the portal does not serve: the page must not need the host (nor the database).
    response = client.get(f"/{language}/", HTTP_HOST="not-ours.example")
    assert_error_page(response, 400, language, heading)


@pytest.mark.parametrize("language, heading", [
    ("en", "You do not have permission to see this page"),
    ("cy", "Nid oes gennych ganiatâd i weld y dudalen hon")])
def test_permission_denied_is_a_403(faulty_urls, client, language, heading):
    response = client.get(f"/{language}/fails/forbidden/")
    assert_error_page(response, 403, language, heading)


@pytest.mark.parametrize("language, heading", [
    ("en", "Your form could not be sent"), ("cy", "Nid oedd modd anfon eich ffurflen")])
def test_a_missing_csrf_token_is_a_403_that_offers_the_form_again(language, heading):
    response = Client(enforce_csrf_checks=True).post(FORM[language], form_data())
    html = assert_error_page(response, 403, language, heading)
    assert f'href="{FORM[language]}"' in html


@pytest.mark.parametrize("language, heading", [
    ("en", "What you sent is too large"), ("cy", "Mae’r hyn a anfonoch yn rhy fawr")])
def test_a_body_over_the_upload_limit_is_a_413(client, settings, language, heading):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    response = client.post(FORM[language], form_data(message="x" * 200_000))
    assert_error_page(response, 413, language, heading)


@pytest.mark.parametrize("language, heading", [
    ("en", "Page not found"), ("cy", "Heb ddod o hyd i’r dudalen")])
def test_an_unknown_address_is_a_404(client, language, heading):
    assert_error_page(client.get(f"/{language}/no-such-page/"), 404, language, heading)


@pytest.mark.parametrize("language, heading", [
    ("en", "Sorry, there is a problem with the service"),
    ("cy", "Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth")])
def test_a_crash_is_a_500_that_needs_no_database(faulty_urls, django_assert_num_queries,
                                                  language, heading):
    with django_assert_num_queries(0):
        response = Client(raise_request_exception=False).get(f"/{language}/fails/crash/")
    html = assert_error_page(response, 500, language, heading)
    assert "secret-internal-detail" not in html
