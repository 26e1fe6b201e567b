"""Errors through a real Varnish running the shipped VCL: the ones it answers itself (an
address or a body too large, the portal not answering) and the portal's own, passed on. Each
in the language of the address, in the portal's layout. The portal runs under gunicorn with
deploy/gunicorn.conf.py, as in production."""

import socket

import pytest

from tests.caching.http import fetch
from tests.caching.stack import Stack, start_varnish, varnishd_path
from tests.servers import ROOT, free_port, own_database, stop, wait_until_answering

SEARCH = {"en": "/en/search/", "cy": "/cy/chwilio/"}
FORM = {"en": "/en/enquire/", "cy": "/cy/ymholiad/"}
HEADINGS = {
    413: {"en": "What you sent is too large", "cy": "Mae’r hyn a anfonoch yn rhy fawr"},
    414: {"en": "The web address is too long", "cy": "Mae’r cyfeiriad gwe yn rhy hir"},
    503: {"en": "Sorry, the service is unavailable",
          "cy": "Mae’n ddrwg gennym, nid yw’r gwasanaeth ar gael"},
    403: {"en": "Your form could not be sent", "cy": "Nid oedd modd anfon eich ffurflen"},
    404: {"en": "Page not found", "cy": "Heb ddod o hyd i’r dudalen"},
}
LANGUAGES = ["en", "cy"]


def assert_page(reply, status, language):
    assert reply.status == status
    assert f'<html lang="{language}"' in reply.text
    assert HEADINGS[status][language] in reply.text
    assert 'class="ac-header"' in reply.text and "govuk-footer" in reply.text
    assert "Varnish" not in reply.text and "Guru Meditation" not in reply.text
    assert "DEBUG" not in reply.text and "gunicorn" not in reply.text
    assert reply.header("Cache-Control") == "private, no-store"


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("errors")
    running = Stack(tmp, own_database(tmp, "errors", content="demo"))
    running.env["GUNICORN_CMD_ARGS"] = f"--config {ROOT / 'deploy' / 'gunicorn.conf.py'}"
    yield running.start()
    running.stop()


@pytest.fixture(scope="module")
def portal_down(tmp_path_factory):
    """Varnish in front of a port where nothing listens."""
    varnishd_path()
    varnish, port = start_varnish(free_port(), tmp_path_factory.mktemp("down"))
    wait_until_answering(f"http://127.0.0.1:{port}/", varnish)
    yield port
    stop(varnish)


def announce_body(port, path, length):
    """Send only the headers of a POST announcing `length` bytes; return Varnish's answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                           f"application/x-www-form-urlencoded\r\nContent-Length: {length}\r\n"
                           "\r\n".encode())
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    return int(head.split()[1]), body.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_portal_not_answering_is_a_503_page(portal_down, language):
    reply = fetch(portal_down, FORM[language])
    assert_page(reply, 503, language)
    assert reply.header("Content-Language") == language
    assert "style-src 'sha256-" in reply.header("Content-Security-Policy")


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_address_too_long_is_a_414_from_varnish(stack, language):
    reply = fetch(stack.cache_port, SEARCH[language] + "?q=" + "mabwysiadu+" * 500)
    assert_page(reply, 414, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_body_too_large_for_varnish_is_a_413_before_it_is_sent(stack, language):
    status, body = announce_body(stack.cache_port, FORM[language], 30_000_000)
    assert status == 413
    assert f'<html lang="{language}"' in body and HEADINGS[413][language] in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_body_over_the_portals_limit_is_its_413_page(stack, language):
    """As a person sends it: from the form's page, with its CSRF cookie."""
    cookie = fetch(stack.cache_port, FORM[language]).header("Set-Cookie").split(";", 1)[0]
    body = "message=" + "x" * 3_000_000
    reply = fetch(stack.cache_port, FORM[language], method="POST", body=body,
                  headers={"Content-Type": "application/x-www-form-urlencoded",
                           "Cookie": cookie})
    assert_page(reply, 413, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_portals_own_errors_pass_through(stack, language):
    assert_page(fetch(stack.cache_port, f"/{language}/no-such-page/"), 404, language)
    reply = fetch(stack.cache_port, FORM[language], method="POST", body="first_name=x",
                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_page(reply, 403, language)  # no CSRF token


def test_gunicorn_lets_through_every_address_varnish_does(stack):
    """Without Varnish in front, a long search reaches the portal, which explains the limit
    in Welsh instead of gunicorn's "URI Too Long" (its default limit is 4,094)."""
    reply = fetch(stack.app_port, SEARCH["cy"] + "?q=" + "a" * 6000)  # over 4,094
    assert reply.status == 200
    assert "Chwiliwch am 200 nod neu lai" in reply.text
