"""Public web basics (docs/web-basics.md): a canonical URL without campaign parameters,
hreflang alternates with x-default, /robots.txt, error pages without alternates, the sign-in
page's alternates in each language, forms with a real action, a description on every public
page, and links that say where they go."""

from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest
from django.test import Client
from wagtail.models import Locale

from campaigns.models import CampaignPage
from eligibility.models import EligibilityCheckPage
from enquiries import attribution
from tests.bookings import helpers as bookings
from tests.eligibility.helpers import first_answers
from tests.enquiries.helpers import form_data
from tests.factories.pages import in_language, locale, section_page, standard_page
from tests.helpers import PAGE_TYPES, page_of_type

pytestmark = pytest.mark.django_db
HOST = "http://testserver"
OTHER = {"en": "cy", "cy": "en"}
FORM = {"en": "/en/enquire/", "cy": "/cy/ymholiad/"}
SEARCH = {"en": "/en/search/", "cy": "/cy/chwilio/"}


class Markup(HTMLParser):
    """The parts of a page these tests read: head links, meta tags, forms and links."""

    def __init__(self, html):
        super().__init__()
        self.links, self.meta, self.forms, self.anchors, self._anchor = [], {}, [], [], None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":
            self.links.append(attrs)
        elif tag == "meta" and "name" in attrs:
            self.meta[attrs["name"]] = attrs.get("content", "")
        elif tag == "form":
            self.forms.append(attrs)
        elif tag == "a":
            self._anchor = [attrs.get("href"), ""]

    def handle_data(self, data):
        if self._anchor is not None:
            self._anchor[1] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._anchor is not None:
            self.anchors.append((self._anchor[0], " ".join(self._anchor[1].split())))
            self._anchor = None

    def canonical(self):
        return [link["href"] for link in self.links if link.get("rel") == "canonical"]

    def alternates(self):
        return {link["hreflang"]: link["href"] for link in self.links
                if link.get("rel") == "alternate" and "hreflang" in link}


def markup(response):
    return Markup(response.content.decode())


@pytest.mark.parametrize("model, language", [(m, lang) for m in PAGE_TYPES
                                             for lang in ("en", "cy")],
                         ids=lambda v: getattr(v, "__name__", v))
def test_every_page_type_names_itself_canonical_and_both_languages(client, model, language):
    page = page_of_type(model, language)
    other = page.get_translation(Locale.objects.get(language_code=OTHER[language]))
    found = markup(client.get(page.url))
    assert found.canonical() == [HOST + page.url]
    alternates = found.alternates()
    assert alternates[language] == HOST + page.url
    assert alternates[OTHER[language]] == HOST + other.url
    english = page if language == "en" else other
    expected_default = "/" if english.url == "/en/" else english.url
    assert alternates["x-default"] == HOST + expected_default


def test_campaign_parameters_never_reach_the_canonical(client):
    advice = page_of_type(PAGE_TYPES[2], "cy")
    response = client.get(advice.url, {"source": "facebook", "medium": "social", "q": "x"})
    found = markup(response)
    assert found.canonical() == [HOST + advice.url]
    assert not any("?" in href for href in found.alternates().values())


def test_a_welsh_page_not_yet_translated_names_the_english_page_canonical(client):
    english = standard_page("Adoption Week 2026", parent=section_page(), welsh=False)
    alias = english.copy_for_translation(locale("cy"), alias=True)
    found = markup(client.get(alias.url))
    assert found.canonical() == [HOST + english.url]
    assert found.alternates() == {"en": HOST + english.url, "x-default": HOST + english.url}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_short_link_lands_on_a_page_whose_canonical_is_the_campaign_page(client, language):
    campaign = next(p for p in CampaignPage.objects.live().filter(locale__language_code="en")
                    if attribution.known_code(p.code))
    landing = client.get(f"/c/{campaign.code}/", {"s": "poster", "m": "print"},
                         HTTP_ACCEPT_LANGUAGE=language)
    assert landing.status_code == 302 and "?source=poster&medium=print" in landing["Location"]
    found = markup(client.get(landing["Location"]))
    path = landing["Location"].split("?")[0]
    assert found.canonical() == [HOST + path]
    assert found.alternates()[language] == HOST + path
    assert found.alternates()["x-default"] == HOST + campaign.url


def test_the_home_pages_default_to_the_root_that_chooses_a_language(client):
    for home in ("/en/", "/cy/"):
        assert markup(client.get(home)).alternates()["x-default"] == HOST + "/"
    assert client.get("/")["Location"] == "/en/"  # and "/" does choose (test_bilingual_site)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_pages_outside_wagtail_name_their_own_address(client, language):
    found = markup(client.get(FORM[language], {"campaign": "x", "source": "poster"}))
    assert found.canonical() == [HOST + FORM[language]]
    assert found.alternates() == {language: HOST + FORM[language],
                                  OTHER[language]: HOST + FORM[OTHER[language]],
                                  "x-default": HOST + FORM["en"]}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_search_pages_are_never_indexed_so_they_name_no_canonical(client, language):
    for query in ({}, {"q": "adoption"}):
        found = markup(client.get(SEARCH[language], query))
        assert found.meta["robots"] == "noindex"
        assert found.canonical() == [] and found.alternates() == {}


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_private_paths(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Cache-Control"].startswith("public, max-age=")
    assert "Accept-Language" not in response.get("Vary", "")  # one copy for everyone
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert f"Sitemap: {HOST}/sitemap.xml" in lines
    disallowed = {line.removeprefix("Disallow: ") for line in lines if line.startswith("Dis")}
    assert {"/admin/", "/accounts/", "/en/accounts/", "/cy/accounts/", "/twilio/",
            "/en/search/", "/cy/chwilio/", "/en/enquire/thank-you/", "/cy/ymholiad/diolch/",
            "/en/booking/", "/cy/archeb/"} <= disallowed
    public = ["/en/", "/cy/", "/en/enquire/", "/cy/ymholiad/", "/en/book/"]
    assert not [p for p in public for rule in disallowed if p.startswith(rule)]
    assert client.get("/sitemap.xml").status_code == 200


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_missing_page_has_no_alternates_and_no_canonical(client, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    found = markup(response)
    assert found.canonical() == [] and found.alternates() == {}
    assert found.meta["robots"] == "noindex"


@pytest.mark.parametrize("status", [400, 403, 500])
@pytest.mark.parametrize("language", ["en", "cy"])
def test_other_error_pages_have_no_alternates_either(rf, status, language):
    from portal import errors

    request = rf.get(f"/{language}/somewhere/")
    view = {400: errors.bad_request, 403: errors.permission_denied,
            500: errors.server_error}[status]
    response = view(request) if status == 500 else view(request, None)
    assert response.status_code == status
    found = markup(response)
    assert found.canonical() == [] and found.alternates() == {}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_sign_in_page_offers_the_sign_in_page_of_the_other_language(client, language):
    found = markup(client.get(f"/{language}/accounts/login/", {"next": "/admin/"}))
    assert found.canonical() == [f"{HOST}/{language}/accounts/login/"]
    alternates = found.alternates()
    assert alternates == {"en": f"{HOST}/en/accounts/login/",
                          "cy": f"{HOST}/cy/accounts/login/",
                          "x-default": f"{HOST}/en/accounts/login/"}
    other = Client().get(alternates[OTHER[language]].removeprefix(HOST))
    assert other.status_code == 200
    assert f'<html lang="{OTHER[language]}"' in other.content.decode()
    form = [f for f in markup(other).forms if f.get("method") == "post"][0]
    assert form["action"] == f"/{OTHER[language]}/accounts/login/"


def public_urls(client, capture, language):
    """One address of every kind of public page in `language`, as a reader reaches it."""
    urls = [page_of_type(model, language).url for model in PAGE_TYPES]
    check = in_language(EligibilityCheckPage.objects.get(slug="check-if-you-can-adopt",
                                                         locale__language_code="en"), language)
    answers = urlencode(first_answers(check))
    urls += [check.url, check.question_url(1), f"{check.question_url(2)}?{answers}",
             f"{check.summary_url}?{answers}"]
    urls += [FORM[language], SEARCH[language], f"{SEARCH[language]}?q=adoption",
             {"en": "/en/response-times/", "cy": "/cy/amseroedd-ymateb/"}[language],
             {"en": "/en/outside-wales/", "cy": "/cy/tu-allan-i-gymru/"}[language],
             f"/{language}/accounts/login/", f"/{language}/accounts/password/reset/"]
    with capture(execute=False):
        urls.append(client.post(FORM[language], form_data(language=language))["Location"])
    event = bookings.event(capacity=30)
    book = f"/{language}/{'archebu' if language == 'cy' else 'book'}/{event.translation_key}/"
    with capture(execute=False):
        thanks = client.post(book, bookings.form())["Location"]
    urls += [book, thanks, thanks.removesuffix({"en": "thank-you/", "cy": "diolch/"}[language])]
    return urls


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_public_page_has_real_form_actions_and_a_description(
        client, django_capture_on_commit_callbacks, language):
    urls = public_urls(client, django_capture_on_commit_callbacks, language)
    problems = []
    for url in urls:
        response = client.get(url)
        if response.status_code != 200:
            problems.append((url, response.status_code))
            continue
        found = markup(response)
        problems += [(url, "form without action") for form in found.forms
                     if not form.get("action")]
        if not found.meta.get("description", "").strip():
            problems.append((url, "no description"))
    assert problems == []


GENERIC = {"read more", "darllen mwy", "click here", "cliciwch yma", "more", "mwy",
           "start now", "dechrau nawr"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_links_with_generic_words_say_where_they_go(client, language):
    home = client.get(f"/{language}/").content.decode()
    assert {"en": "Read more", "cy": "Darllen mwy"}[language] in home  # the demo's call to action
    check = in_language(EligibilityCheckPage.objects.get(slug="check-if-you-can-adopt",
                                                         locale__language_code="en"), language)
    pages = [page_of_type(model, language).url for model in PAGE_TYPES] + [check.url]
    vague = [(url, text) for url in pages for _href, text in markup(client.get(url)).anchors
             if text.lower().strip(" .:") in GENERIC]
    assert vague == []
    cta = {"en": "Read more<span class=\"govuk-visually-hidden\">: Can I adopt?</span>",
           "cy": "Darllen mwy<span class=\"govuk-visually-hidden\">: Allaf i fabwysiadu?</span>"}
    assert cta[language] in home


def test_the_descriptions_of_pages_outside_wagtail_are_in_the_readers_language(client):
    pairs = [FORM, SEARCH, {"en": "/en/response-times/", "cy": "/cy/amseroedd-ymateb/"},
             {"en": "/en/outside-wales/", "cy": "/cy/tu-allan-i-gymru/"},
             {"en": "/en/accounts/login/", "cy": "/cy/accounts/login/"}]
    for pair in pairs:
        english, welsh = (markup(client.get(pair[code])).meta["description"]
                          for code in ("en", "cy"))
        assert english and welsh and english != welsh, pair
    welsh_form = markup(client.get(FORM["cy"])).meta["description"]
    assert welsh_form.startswith("Anfonwch ymholiad am fabwysiadu yng Nghymru.")
