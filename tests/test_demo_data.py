"""The demo site's data files: every one complete in both languages, and broken copies refused
with an error that names the file and the place."""

import re
import shutil
from datetime import time

import pytest

from campaigns import demo as campaign_demo
from cms.demo.data import TEXT, DemoDataError, Kind, Stream, fold, load
from cms.demo.site import KINDS, PAGES, kind_of, load_site, main

DATA_FILES = sorted(path for path in PAGES.rglob("*.toml") if path.name != "site.toml")
ADVICE = "advice/can-i-adopt.toml"


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(PAGES)))
def test_every_data_file_has_its_kinds_keys_in_english_and_welsh(path):
    entry = load(path, KINDS[kind_of(path)])
    assert entry["en"].keys() == entry["cy"].keys()
    blocks = {code: [block_type for block_type, _ in entry[code].get("body", [])]
              for code in ("en", "cy")}
    assert blocks["en"] == blocks["cy"]


def test_the_site_lists_every_data_file_once_and_links_only_to_its_pages():
    site = load_site()
    listed = ["home", "navigation", "footer", *site["indexes"],
              *(entry["key"] for folder in ("sections", "advice", "stories", "events",
                                            "standard") for entry in site[folder])]
    assert sorted(listed) == sorted(path.stem for path in DATA_FILES)
    assert {entry["section"] for entry in site["advice"]} == {
        entry["key"] for entry in site["sections"]}


def test_the_campaign_demo_files_read_in_both_languages():
    campaign = campaign_demo.CAMPAIGN
    assert campaign["code"] == "naw-2026"
    texts = campaign_demo.CAMPAIGN_KIND.required.keys() - {"code"}
    assert campaign["en"].keys() == campaign["cy"].keys() == texts
    assert [t for t, _ in campaign["en"]["myths"]] == [t for t, _ in campaign["cy"]["myths"]]
    assert campaign_demo.INDEX["cy"]["slug"] == "ymgyrchoedd"


def test_a_file_reads_as_shared_values_and_one_dict_per_language(tmp_path):
    path = tmp_path / "sample.toml"
    path.write_text('''
start = 18:30:00
title.en = "Webinar"
title.cy = "Gweminar"

[[body]]
type = "paragraph"
en = """
<p>One line
and the next.</p>
<ul>
<li>An item</li>
</ul>
"""
cy = "<p>Un llinell a'r nesaf.</p><ul><li>Eitem</li></ul>"

[[body]]
type = "accordion"
heading.en = ""
heading.cy = ""

[[body.items]]
question.en = "Why?"
question.cy = "Pam?"
answer.en = "<p>Because.</p>"
answer.cy = "<p>Oherwydd.</p>"
''', encoding="utf-8")
    kind = Kind({"start": time, "title": TEXT, "body": Stream({
        "paragraph": TEXT, "accordion": {"heading": TEXT, "items": [{"question": TEXT,
                                                                     "answer": TEXT}]}})})
    assert load(path, kind) == {
        "key": "sample",
        "start": time(18, 30),
        "en": {"title": "Webinar", "body": [
            ("paragraph", "<p>One line and the next.</p><ul><li>An item</li></ul>"),
            ("accordion", {"heading": "", "items": [{"question": "Why?",
                                                     "answer": "<p>Because.</p>"}]}),
        ]},
        "cy": {"title": "Gweminar", "body": [
            ("paragraph", "<p>Un llinell a'r nesaf.</p><ul><li>Eitem</li></ul>"),
            ("accordion", {"heading": "", "items": [{"question": "Pam?",
                                                     "answer": "<p>Oherwydd.</p>"}]}),
        ]},
    }


def test_folding_keeps_spaces_between_words_and_none_between_tags():
    assert fold("  <p>A <b>bold</b>\n  word</p>\n<p>Next</p>\n") == (
        "<p>A <b>bold</b> word</p><p>Next</p>")
    assert fold("One line") == "One line"


@pytest.fixture
def copy(tmp_path):
    """A copy of the demo site's data files, and a way to rewrite one of them."""
    root = tmp_path / "pages"
    shutil.copytree(PAGES, root)

    def rewrite(name, change):
        path = root / name
        path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
        return path

    return root, rewrite


def problems(root):
    with pytest.raises(DemoDataError) as error:
        load_site(root)
    return str(error.value).splitlines()


def block_number(text, line):
    """The body block number, counted from 1, that `line` of `text` belongs to."""
    return text[:text.index(line)].count("[[body]]")


def test_a_body_block_without_its_welsh_is_refused(copy):
    root, rewrite = copy
    text = (root / ADVICE).read_text(encoding="utf-8")
    welsh = re.search(r'^cy = ".*"\n', text, re.MULTILINE).group()
    path = rewrite(ADVICE, lambda t: t.replace(welsh, "", 1))
    assert problems(root) == [
        f'{path}: body block {block_number(text, welsh)} (heading): no Welsh text (cy = "…")']


def test_a_welsh_list_missing_an_item_is_refused(copy):
    root, rewrite = copy
    text = (root / ADVICE).read_text(encoding="utf-8")
    welsh = re.search(r'^cy = """', text, re.MULTILINE).start()
    item = re.compile(r"^<li>.*\n", re.MULTILINE).search(text, welsh).group()
    path = rewrite(ADVICE, lambda t: t[:welsh] + t[welsh:].replace(item, "", 1))
    [problem] = problems(root)
    assert problem.startswith(f"{path}: body block {block_number(text, item)} (paragraph): "
                              "the Welsh HTML has")
    assert "5 <li>; the English has 2 <p>, 1 <ul>, 6 <li>" in problem


def test_welsh_texts_swapped_between_blocks_are_refused(copy):
    root, rewrite = copy
    text = (root / ADVICE).read_text(encoding="utf-8")
    heading = re.search(r'^cy = ".*"\n', text, re.MULTILINE).group()
    paragraph = re.compile(r'^cy = """\n.*?"""\n', re.MULTILINE | re.DOTALL).search(
        text, text.index(heading)).group()
    path = rewrite(ADVICE, lambda t: t.replace(heading, "\0").replace(paragraph, heading)
                   .replace("\0", paragraph))
    assert [p.split(": ")[:2] for p in problems(root)] == [
        [str(path), "body block 1 (heading)"], [str(path), "body block 2 (paragraph)"]]


def test_unknown_missing_and_misspelt_keys_are_refused(copy):
    root, rewrite = copy
    quote = block_number((root / ADVICE).read_text(encoding="utf-8"), 'type = "quote"')
    path = rewrite(ADVICE, lambda t: t.replace('topic = "can-i-adopt"', 'colour = "blue"')
                   .replace("title.cy =", "title.cymraeg =").replace(
                       'type = "quote"', 'type = "quotation"'))
    assert problems(root) == [
        f"{path}: unknown key 'colour'",
        f"{path}: missing key 'topic'",
        f"{path}: title: unknown key 'cymraeg'",
        f'{path}: title: no Welsh text (cy = "…")',
        f"{path}: body block {quote} (quotation): type should be one of heading, paragraph, "
        "quote, statistic, call_to_action, accordion, retention_schedule",
    ]


def test_a_page_missing_from_site_toml_or_its_folder_is_refused(copy):
    root, rewrite = copy
    shutil.copy(root / ADVICE, root / "advice" / "new-page.toml")
    rewrite("site.toml", lambda t: t.replace('"owen"', '"owain"'))
    assert problems(root) == [
        f"{root}/advice/new-page.toml: not listed in {root}/site.toml",
        f"{root}/stories/owen.toml: not listed in {root}/site.toml",
        f"{root}/stories/owain.toml: no such file",
    ]


def test_a_menu_or_footer_link_to_no_page_is_refused(copy):
    root, rewrite = copy
    rewrite("navigation.toml", lambda t: t.replace('page = "support"', 'page = "owen"'))
    rewrite("footer.toml", lambda t: t.replace('"cookies"', '"cookie"'))
    assert problems(root) == [f"{root}/navigation.toml: links: no page 'owen'",
                              f"{root}/footer.toml: links: no page 'cookie'"]


def test_the_command_line_check_names_the_broken_file(copy, capsys):
    root, rewrite = copy
    path = rewrite("footer.toml", lambda t: t.replace("text.cy", "text.fr"))
    assert main([str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{path}: text: unknown key 'fr'", f'{path}: text: no Welsh text (cy = "…")']
    assert main([]) == 0
