"""In production static files carry a content hash in their names, are stored compressed, and
are served for a year as immutable; a new deploy changes the names, not the files. A script's
imports name hashed files too, so old and new code never mix after a deploy."""

import gzip
import importlib
import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client

pytestmark = pytest.mark.django_db


IMMUTABLE = "max-age=315360000, public, immutable"
HASHED = re.compile(r"/static/.+\.[0-9a-f]{12}\.[a-z0-9]+")
# import/export ... from "x", import "x", import("x"): with or without a semicolon after.
SPECIFIER = re.compile(r"""\b(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"'\n]+)["']"""
                       r"""|\bimport\(\s*["']([^"'\n]+)["']\s*\)""")


def production_storage(monkeypatch):
    """The static files storage that portal.settings.production names."""
    monkeypatch.setenv("SECRET_KEY", "test")
    monkeypatch.setenv("ALLOWED_HOSTS", "adopt.example.org")
    sys.modules.pop("portal.settings.production", None)
    try:
        return importlib.import_module("portal.settings.production").STORAGES["staticfiles"]
    finally:
        sys.modules.pop("portal.settings.production", None)


def collect(settings, monkeypatch, root):
    settings.STATIC_ROOT = root
    settings.STORAGES = {**settings.STORAGES, "staticfiles": production_storage(monkeypatch)}
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    # Our own files only; Wagtail's admin files are collected the same way, just slower.
    ignore = ["--ignore", "wagtail*", "--ignore", "rest_framework", "--ignore", "allauth*"]
    call_command("collectstatic", "--no-input", *ignore, verbosity=0)
    return json.loads((root / "staticfiles.json").read_text())["paths"]


@pytest.fixture
def production_static(settings, monkeypatch, tmp_path):
    collect(settings, monkeypatch, tmp_path)
    return tmp_path


def test_static_files_are_hashed_compressed_and_immutable(production_static):
    url = static("portal/css/portal.css")
    assert re.fullmatch(r"/static/portal/css/portal\.[0-9a-f]{12}\.css", url)
    response = Client().get(url, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response["Cache-Control"] == IMMUTABLE
    assert response["Content-Encoding"] == "gzip"
    # WhiteNoise's own gzip copy: the app's middleware does not compress it again.
    assert gzip.decompress(response.getvalue()) == (production_static / url[8:]).read_bytes()


def test_a_static_file_without_its_hash_is_not_immutable(production_static):
    response = Client().get("/static/portal/css/portal.css")
    assert "immutable" not in response.get("Cache-Control", "")


def imports_of(script: Path):
    return [found or dynamic for found, dynamic in SPECIFIER.findall(script.read_text())]


def test_every_module_a_script_imports_is_hashed_and_immutable(production_static):
    manifest = json.loads((production_static / "staticfiles.json").read_text())["paths"]
    scripts = [name for name in manifest.values() if name.endswith((".js", ".mjs"))]
    imported = {script: imports_of(production_static / script) for script in scripts}
    assert imported["portal/js/" + Path(static("portal/js/init.js")).name]  # init.js imports
    for script, specifiers in imported.items():
        for specifier in specifiers:
            assert specifier.startswith(("./", "../")), f"{script}: bare import {specifier}"
            target = (Path("/static") / script).parent / specifier
            url = str(target.resolve()) if ".." in specifier else str(target)
            assert HASHED.fullmatch(url), f"{script} imports {specifier} by an unhashed name"
            assert url[len("/static/"):] in manifest.values()
            response = Client().get(url)
            assert response.status_code == 200 and response["Cache-Control"] == IMMUTABLE


def test_a_page_names_only_hashed_static_files(production_static):
    html = Client().get("/en/").content.decode()
    named = re.findall(r'(?:src|href)="(/static/[^"]+)"', html)
    assert static("portal/js/init.js") in named and static("portal/css/portal.css") in named
    for url in named:
        assert HASHED.fullmatch(url), url
        assert Client().get(url)["Cache-Control"] == IMMUTABLE


def test_a_change_to_an_imported_module_renames_the_script_that_imports_it(
        settings, monkeypatch, tmp_path):
    source = tmp_path / "source"
    shutil.copytree(Path(settings.STATICFILES_DIRS[0]), source)
    settings.STATICFILES_DIRS = [source]  # found before the portal app's own copy
    before = collect(settings, monkeypatch, tmp_path / "before")
    module = source / "portal" / "js" / "search-suggest.js"
    module.write_text(module.read_text() + "// the next release\n")
    after = collect(settings, monkeypatch, tmp_path / "after")
    assert before["portal/js/search-suggest.js"] != after["portal/js/search-suggest.js"]
    assert before["portal/js/init.js"] != after["portal/js/init.js"]
    assert before["portal/js/supported.js"] == after["portal/js/supported.js"]
