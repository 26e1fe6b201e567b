"""Regional staff, with the admin in Welsh and in English, replace their region's Welsh pack
(a plain upload, no script needed): a file that is not a PDF is refused with the error in the
admin's language, a PDF replaces the link; axe finds nothing on the screen, before and after."""

import pytest

from directory.demo_packs import pdf
from tests.browser.conftest import run_axe
from tests.browser.roles import signed_in
from tests.staff import REGIONAL

pytestmark = pytest.mark.browser
ERROR = {"cy": "Rhaid i’r pecyn fod yn ffeil PDF", "en": "The pack must be a PDF file"}
SAVED = {"cy": "Mae’r pecyn gwybodaeth wedi’i gadw.", "en": "Information pack saved."}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_regional_staff_replace_their_welsh_pack(portal, page, language, tmp_path):
    signed_in(page, portal, REGIONAL, region="north-wales", admin_language=language)
    page.goto(portal["base"] + "/admin/information-pack/")
    assert page.locator(".pack-current a").count() == 2  # the demo packs, both languages
    assert run_axe(page) == []
    word_file = tmp_path / "pecyn.docx"
    word_file.write_bytes(b"PK\x03\x04 not a pdf")
    page.set_input_files("#id_cy", str(word_file))
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    assert ERROR[language] in page.locator(".pack-errors").inner_text()
    assert run_axe(page) == []
    new = tmp_path / f"pecyn-newydd-{language}.pdf"
    new.write_bytes(pdf(["Pecyn newydd"]))
    page.set_input_files("#id_cy", str(new))
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    errors = page.locator(".pack-errors")
    assert SAVED[language] in page.content(), errors.all_inner_texts()
    welsh_link = page.locator(".pack-current dd a").nth(1)
    assert "pecyn gwybodaeth (Cymraeg)" in welsh_link.inner_text()
    assert run_axe(page) == []
    document = page.request.get(portal["base"] + welsh_link.get_attribute("href"))
    assert document.ok and document.body().startswith(b"%PDF-")
