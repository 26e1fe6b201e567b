"""Reads the demo site's data files: one TOML file per page, English and Welsh side by side.

Every text is a pair, `title.en = "…"` above `title.cy = "…"`, and each body block holds both
languages, so a translator reviews the Welsh beside the English and the Welsh body cannot have
other blocks, or blocks in another order, than the English one. A text written over several
lines is folded back into one line: lines are joined with a space, or with nothing where a tag
ends one line and a tag starts the next (`</p>` then `<p>`).

`load(path, kind)` checks a file against its kind: an unknown or missing key, a value of the
wrong type, or an English text without its Welsh is an error naming the file and the key. It
returns the shared values and an "en" and a "cy" dict of texts, each body a list of
(block type, value) pairs: the shape cms.demo.builder takes. Check the files from a shell with

    .venv/bin/python -m cms.demo.data [FILE_OR_FOLDER ...]    # default: every demo data file
"""

import sys
import tomllib
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

PAGES = Path(__file__).with_name("pages")
LANGUAGES = ("en", "cy")
TEXT = "text"  # a schema value: an English and a Welsh string


class DemoDataError(ValueError):
    """One or more problems in demo data files, one line each, naming the file and the key."""


@dataclass(frozen=True)
class Stream:
    """A StreamField: a list of blocks, each with a `type` from `blocks` (type -> schema)."""

    blocks: dict


@dataclass(frozen=True)
class Kind:
    """The keys one kind of data file has, each with its schema: TEXT, a Python type for a value
    shared by both languages, a dict of schemas (a table), [schema] (a list) or a Stream."""

    required: dict
    optional: dict = field(default_factory=dict)


BODY = Stream({
    "heading": TEXT,
    "paragraph": TEXT,
    "quote": {"text": TEXT, "attribution": TEXT},
    "statistic": {"value": TEXT, "label": TEXT, "source": TEXT},
    "call_to_action": {"heading": TEXT, "text": TEXT, "link_text": TEXT, "url": TEXT},
    "accordion": {"heading": TEXT, "items": [{"question": TEXT, "answer": TEXT}]},
})
PAGE = {"slug": TEXT, "title": TEXT, "intro": TEXT}
KINDS = {
    "home": Kind({"title": TEXT, "hero_heading": TEXT, "hero_text": TEXT, "intro": TEXT,
                  "body": BODY}),
    "navigation": Kind({"links": [{"page": str, "label": TEXT}]}),
    "footer": Kind({"text": TEXT, "links": [str]}),
    "sections": Kind(PAGE),
    "indexes": Kind(PAGE, optional={"region_intro": TEXT}),
    "advice": Kind({**PAGE, "topic": str, "body": BODY}),
    "stories": Kind({**PAGE, "household": str, "region": str, "pull_quote": TEXT,
                     "body": BODY}),
    "events": Kind({**PAGE, "days_from_today": int, "start": time, "end": time, "online": bool,
                    "venue": str, "session_language": str, "region": str, "booking_url": str,
                    "body": BODY}, optional={"agency": str}),
    "standard": Kind({**PAGE, "body": BODY}),
}
INDEXES = ("regions", "stories", "events")  # indexes/<name>.toml
LISTED = ("sections", "advice", "stories", "events", "standard")  # folders site.toml orders


def fold(text):
    """One line from a text written over several (see the module's docstring)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    folded = lines[0] if lines else ""
    for line in lines[1:]:
        folded += ("" if folded.endswith(">") and line.startswith("<") else " ") + line
    return folded


def has_text(schema):
    if schema == TEXT or isinstance(schema, Stream):
        return True
    if isinstance(schema, dict):
        return any(has_text(s) for s in schema.values())
    return isinstance(schema, list) and has_text(schema[0])


def read(value, schema, where, problems):
    """The (English, Welsh) values of `value`, appending to `problems` what does not fit."""
    if schema == TEXT:
        return read_text(value, where, problems)
    if isinstance(schema, Stream):
        return read_stream(value, schema, where, problems)
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            problems.append(f"{where}: should be a table")
            return {}, {}
        return read_table(value, schema, {}, where, problems)
    if isinstance(schema, list):
        if not isinstance(value, list):
            problems.append(f"{where}: should be a list")
            return [], []
        pairs = [read(v, schema[0], f"{where} {n}", problems) for n, v in enumerate(value, 1)]
        return [en for en, _ in pairs], [cy for _, cy in pairs]
    if not isinstance(value, schema) or (schema is int and isinstance(value, bool)):
        problems.append(f"{where}: should be {schema.__name__}, not {value!r}")
    return value, value


def read_text(value, where, problems):
    if not isinstance(value, dict):
        problems.append(f"{where}: needs an English and a Welsh text ({where}.en, {where}.cy)")
        return "", ""
    for key in value.keys() - set(LANGUAGES):
        problems.append(f"{where}: unknown key {key!r}")
    for code in LANGUAGES:
        if not isinstance(value.get(code), str):
            problems.append(f"{where}: no {'Welsh' if code == 'cy' else 'English'} text "
                            f"({code} = \"…\")")
    en, cy = (fold(value.get(code) or "") for code in LANGUAGES)
    if en and not cy and isinstance(value.get("cy"), str):
        problems.append(f"{where}: the Welsh (cy) text is empty")
    return en, cy


def read_table(value, required, optional, where, problems):
    en, cy = {}, {}
    prefix = f"{where}: " if where else ""
    for key in value.keys() - required.keys() - optional.keys():
        problems.append(f"{prefix}unknown key {key!r}")
    for key in required.keys() - value.keys():
        problems.append(f"{prefix}missing key {key!r}")
    for key, schema in {**required, **optional}.items():
        if key in value:
            en[key], cy[key] = read(value[key], schema, f"{where}, {key}" if where else key,
                                    problems)
    return en, cy


def read_stream(value, stream, where, problems):
    if not isinstance(value, list):
        problems.append(f"{where}: should be a list of blocks ([[{where}]])")
        return [], []
    en, cy = [], []
    for n, block in enumerate(value, 1):
        block_type = block.get("type") if isinstance(block, dict) else None
        here = f"{where} block {n} ({block_type})"
        if block_type not in stream.blocks:
            problems.append(f"{here}: type should be one of {', '.join(stream.blocks)}")
            continue
        schema = stream.blocks[block_type]
        rest = {k: v for k, v in block.items() if k != "type"}
        if schema == TEXT:
            en_value, cy_value = read_text(rest, here, problems)
        else:
            en_value, cy_value = read_table(rest, schema, {}, here, problems)
        en.append((block_type, en_value))
        cy.append((block_type, cy_value))
    return en, cy


def load(path, kind):
    """One data file, checked against `kind`: {shared values..., "en": {...}, "cy": {...}}."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DemoDataError(f"{path}: {error}") from None
    problems = []
    entry = {"key": path.stem, "en": {}, "cy": {}}
    for key in data.keys() - kind.required.keys() - kind.optional.keys():
        problems.append(f"unknown key {key!r}")
    for key in kind.required.keys() - data.keys():
        problems.append(f"missing key {key!r}")
    for key, schema in {**kind.required, **kind.optional}.items():
        if key not in data:
            continue
        en, cy = read(data[key], schema, key, problems)
        if has_text(schema):
            entry["en"][key], entry["cy"][key] = en, cy
        else:
            entry[key] = en
    if problems:
        raise DemoDataError("\n".join(f"{path}: {problem}" for problem in problems))
    return entry


def kind_of(path):
    """The kind of a data file: its folder's name (advice/…), or its own name (home.toml)."""
    path = Path(path)
    return path.parent.name if path.parent.name in KINDS else path.stem


def load_site(root=PAGES):
    """Every data file of the demo site, checked, in the order site.toml lists them."""
    root = Path(root)
    problems = []

    def attempt(path, kind):
        try:
            return load(path, KINDS[kind])
        except DemoDataError as error:
            problems.append(str(error))
            return None

    order = site_order(root, problems)
    site = {name: attempt(root / f"{name}.toml", name) for name in ("home", "navigation",
                                                                   "footer")}
    site["indexes"] = {name: attempt(root / "indexes" / f"{name}.toml", "indexes")
                       for name in INDEXES}
    for folder in LISTED:
        keys = order.get(folder, [])
        site[folder] = [attempt(root / folder / f"{key}.toml", folder) for key, _ in keys]
        for entry, (_, section) in zip(site[folder], keys, strict=True):
            if entry is not None and section:
                entry["section"] = section
    if not problems:
        problems += link_problems(root, site)
    if problems:
        raise DemoDataError("\n".join(problems))
    return site


def site_order(root, problems):
    """folder -> [(key, section or None)] from site.toml; files it misses or lacks are errors."""
    path = root / "site.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        problems.append(f"{path}: {error}")
        return {}
    for key in data.keys() - set(LISTED):
        problems.append(f"{path}: unknown key {key!r}")
    advice = data.get("advice", {})
    if not isinstance(advice, dict) or set(advice) != set(data.get("sections", [])):
        problems.append(f"{path}: [advice] should list pages for each of the sections")
        advice = {}
    order = {folder: [(key, None) for key in data.get(folder, [])]
             for folder in LISTED if folder != "advice"}
    order["advice"] = [(key, section) for section, keys in advice.items() for key in keys]
    for folder in LISTED:
        listed = [key for key, _ in order[folder]]
        files = {p.stem for p in (root / folder).glob("*.toml")}
        for key in sorted(files - set(listed)):
            problems.append(f"{root / folder / key}.toml: not listed in {path}")
        for key in sorted({k for k in listed if listed.count(k) > 1}):
            problems.append(f"{path}: {folder} lists {key!r} twice")
    return order


def link_problems(root, site):
    """Navigation and footer links naming a page that is not in the site."""
    pages = {entry["key"] for folder in ("sections", "standard") for entry in site[folder]}
    pages |= set(INDEXES)
    links = {"navigation": [link["page"] for link in site["navigation"]["en"]["links"]],
             "footer": site["footer"]["links"]}
    return [f"{root / name}.toml: links: no page {key!r}"
            for name, keys in links.items() for key in keys if key not in pages]


def main(arguments):
    """Check files, or folders holding a site.toml (default: the demo site); print problems."""
    problems = []
    for path in map(Path, arguments or [PAGES]):
        try:
            if path.is_dir():
                load_site(path)
            elif kind_of(path) not in KINDS:
                problems.append(f"{path}: not a demo data file (kinds: {', '.join(KINDS)})")
            else:
                load(path, KINDS[kind_of(path)])
        except DemoDataError as error:
            problems.append(str(error))
    print("\n".join(problems) or "Demo data: every file complete in English and Welsh.",
          file=sys.stderr if problems else sys.stdout)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
