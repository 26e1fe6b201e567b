"""Reads the demo site's data files: one TOML file per page, English and Welsh side by side.

Every text is a pair, `title.en = "…"` above `title.cy = "…"`, and each body block holds both
languages, so a translator reviews the Welsh beside the English and the Welsh body cannot have
other blocks, or blocks in another order, than the English one. A text written over several
lines is folded back into one line: lines are joined with a space, or with nothing where a tag
ends one line and a tag starts the next (`</p>` then `<p>`).

`load(path, kind)` checks a file against its kind: an unknown or missing key, a value of the
wrong type, an English text without its Welsh, or Welsh HTML with other paragraphs or list
items than the English is an error naming the file and the key (and block number). It
returns the shared values and an "en" and a "cy" dict of texts, each body a list of
(block type, value) pairs: the shape cms.demo.builder takes. cms.demo.site says which files
the demo site has, and checks them from a shell.
"""

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("en", "cy")
TEXT = "text"  # a schema value: an English and a Welsh string
HTML_BLOCK = re.compile(r"<(p|ul|ol|li|h[2-6])\b")  # elements that must match across languages


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


# The cms.blocks.BodyBlock blocks demo pages use, and the fields every page has.
BODY = Stream({
    "heading": TEXT,
    "paragraph": TEXT,
    "quote": {"text": TEXT, "attribution": TEXT},
    "statistic": {"value": TEXT, "label": TEXT, "source": TEXT},
    "call_to_action": {"heading": TEXT, "text": TEXT, "link_text": TEXT, "url": TEXT},
    "accordion": {"heading": TEXT, "items": [{"question": TEXT, "answer": TEXT}]},
    "retention_schedule": {},  # no fields: the table comes from the retention schedule
})
PAGE = {"slug": TEXT, "title": TEXT, "intro": TEXT}


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
    for key in sorted(value.keys() - set(LANGUAGES)):
        problems.append(f"{where}: unknown key {key!r}")
    for code in LANGUAGES:
        if not isinstance(value.get(code), str):
            problems.append(f"{where}: no {'Welsh' if code == 'cy' else 'English'} text "
                            f"({code} = \"…\")")
    en, cy = (fold(value.get(code) or "") for code in LANGUAGES)
    if en and not cy and isinstance(value.get("cy"), str):
        problems.append(f"{where}: the Welsh (cy) text is empty")
    elif cy and HTML_BLOCK.findall(en) != HTML_BLOCK.findall(cy):
        problems.append(f"{where}: the Welsh HTML has {elements(cy)}; the English has "
                        f"{elements(en)}")
    return en, cy


def elements(html):
    """'2 <p>, 1 <ul>, 4 <li>': the block elements of `html`, for a message."""
    counts = Counter(HTML_BLOCK.findall(html))
    return ", ".join(f"{n} <{tag}>" for tag, n in counts.items()) or "no block elements"


def read_table(value, required, optional, where, problems):
    en, cy = {}, {}
    prefix = f"{where}: " if where else ""
    for key in sorted(value.keys() - required.keys() - optional.keys()):
        problems.append(f"{prefix}unknown key {key!r}")
    for key in sorted(required.keys() - value.keys()):
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
        here = f"{where} block {n}" + (f" ({block_type})" if block_type else "")
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
    en, cy = read_table(data, kind.required, kind.optional, "", problems)
    if problems:
        raise DemoDataError("\n".join(f"{path}: {problem}" for problem in problems))
    schemas = {**kind.required, **kind.optional}
    shared = {key: en.pop(key) for key in list(en) if not has_text(schemas[key])}
    for key in shared:
        del cy[key]
    return {"key": path.stem, **shared, "en": en, "cy": cy}
