"""The app gzips the text it sends (uncached pages, and the copy Varnish keeps), with random
padding, and leaves alone what is compressed already or read by probes."""

import gzip
import re

import pytest
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory

from cms.models import AdvicePage
from portal.compression import CompressionMiddleware
from tests.helpers import page_of_type

pytestmark = pytest.mark.django_db
GZIP = {"Accept-Encoding": "gzip, deflate, br"}


def vary(response):
    return {part.strip().lower() for part in response.get("Vary", "").split(",")}


def test_a_page_is_gzipped_for_a_reader_who_accepts_it(client):
    url = page_of_type(AdvicePage, "cy").url
    plain = client.get(url)
    packed = client.get(url, headers=GZIP)
    assert plain.status_code == packed.status_code == 200
    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert "accept-encoding" in vary(plain) and "accept-encoding" in vary(packed)
    assert gzip.decompress(packed.content) == plain.content
    assert int(packed["Content-Length"]) == len(packed.content) < len(plain.content) / 2
    assert packed["Cache-Control"] == plain["Cache-Control"]  # still a public page


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_a_form_page_is_padded_and_its_csrf_token_differs_every_time(client):
    replies = [client.get("/en/enquire/", headers=GZIP) for _ in range(2)]
    assert all(reply["Content-Encoding"] == "gzip" for reply in replies)
    assert all(reply["Cache-Control"] == "private, no-store" for reply in replies)
    first, second = (gzip.decompress(reply.content).decode() for reply in replies)
    # The same secret, masked differently in each response: nothing stable to guess at.
    assert csrf_token(first) != csrf_token(second)
    assert client.cookies["csrftoken"].value  # one cookie behind both tokens


def test_the_gzip_header_carries_random_padding(client):
    url = page_of_type(AdvicePage, "en").url
    headers = [client.get(url, headers=GZIP).content[:10] for _ in range(8)]
    assert all(header[3] & 0x08 for header in headers)  # FNAME: the padding's field
    lengths = {len(client.get(url, headers=GZIP).content) for _ in range(8)}
    assert len(lengths) > 1


def test_the_health_check_is_never_compressed(client):
    response = client.get("/health/", headers=GZIP)
    assert "Content-Encoding" not in response
    assert response.json()["status"] == "ok"


def middleware_answer(response, path="/en/staff/export/"):
    request = RequestFactory().get(path, headers=GZIP)
    return CompressionMiddleware(lambda request: response)(request)


@pytest.mark.parametrize("content_type", [
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
    "image/png", "audio/mpeg"])
def test_files_compressed_already_go_out_as_they_are(content_type):
    body = bytes(range(256)) * 8
    response = middleware_answer(HttpResponse(body, content_type=content_type))
    assert "Content-Encoding" not in response and response.content == body
    streamed = middleware_answer(StreamingHttpResponse([body, body], content_type=content_type))
    assert "Content-Encoding" not in streamed
    assert b"".join(streamed.streaming_content) == body * 2


@pytest.mark.parametrize("content_type", ["text/csv; charset=utf-8",
                                          "text/calendar; charset=utf-8"])
def test_streamed_text_is_gzipped_as_it_goes(content_type):
    rows = [f"{n},Enquiry {n},Caerdydd\r\n".encode() for n in range(500)]
    response = middleware_answer(StreamingHttpResponse(iter(rows), content_type=content_type))
    assert response["Content-Encoding"] == "gzip" and "Content-Length" not in response
    assert gzip.decompress(b"".join(response.streaming_content)) == b"".join(rows)
