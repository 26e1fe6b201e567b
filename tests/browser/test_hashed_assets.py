"""The portal's scripts as production collects them: every file under /static/ by its hashed
name, served as immutable, and the imported modules still load and run in a browser."""

import re
import subprocess

import pytest

from tests.servers import MANAGE, ROOT, free_port, gunicorn, stop, wait_until_answering

pytestmark = pytest.mark.browser
HASHED = re.compile(r"/static/.+\.[0-9a-f]{12}\.[a-z0-9]+")


@pytest.fixture(scope="module")
def hashed_portal(portal, tmp_path_factory):
    """A second server on the browser tests' database, with production's static storage."""
    env = {**portal["env"], "STATICFILES_BACKEND": "portal.storage.PortalStaticFilesStorage",
           "STATIC_ROOT": str(tmp_path_factory.mktemp("static"))}
    subprocess.run(MANAGE + ["collectstatic", "--no-input", "-v0", "--ignore", "wagtail*"],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    port = free_port()
    server = gunicorn(env, port, workers=1)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(f"{base}/health/", server)
        yield base
    finally:
        stop(server)


def test_hashed_modules_load_and_run(hashed_portal, page):
    loaded = []
    page.on("response", lambda response: loaded.append(response)
            if "/static/" in response.url else None)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(hashed_portal + "/cy/chwilio/")
    page.wait_for_selector("body.govuk-frontend-supported [data-govuk-skip-link-init]",
                           state="attached")  # govuk-frontend, imported by init.js, ran
    page.locator("#id_q").press_sequentially("cymorth mab")
    page.locator("#search-suggestions option").first.wait_for(state="attached")
    scripts = [r.url for r in loaded if r.url.endswith(".js")]
    assert any("/govuk-frontend.min." in url for url in scripts)
    assert any("/search-suggest." in url for url in scripts)
    for response in loaded:
        path = response.url.split("://", 1)[1].split("/", 1)[1]
        assert HASHED.fullmatch("/" + path), response.url
        assert response.status == 200
        assert response.headers["cache-control"] == "max-age=315360000, public, immutable"
    assert not errors
