"""In production static files carry a content hash in their names, are stored compressed, and
are served for a year as immutable; a new deploy changes the names, not the files."""

import re

import pytest
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_static(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    # Our own files only; Wagtail's admin files are collected the same way, just slower.
    ignore = ["--ignore", "wagtail*", "--ignore", "rest_framework", "--ignore", "allauth*"]
    call_command("collectstatic", "--no-input", *ignore, verbosity=0)
    return tmp_path


def test_static_files_are_hashed_compressed_and_immutable(production_static):
    url = static("portal/css/portal.css")
    assert re.fullmatch(r"/static/portal/css/portal\.[0-9a-f]{12}\.css", url)
    response = Client().get(url, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert response["Content-Encoding"] == "gzip"


def test_a_static_file_without_its_hash_is_not_immutable(production_static):
    response = Client().get("/static/portal/css/portal.css")
    assert "immutable" not in response.get("Cache-Control", "")
