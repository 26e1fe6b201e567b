"""The demo site's data files (cms/demo/pages): the kind of each, and site.toml, which lists
the pages in the order they are created. `load_site` reads and checks them all; from a shell

    .venv/bin/python -m cms.demo.site [FILE_OR_FOLDER ...]    # default: cms/demo/pages
"""

import sys
import tomllib
from datetime import time
from pathlib import Path

from cms.demo.data import BODY, PAGE, TEXT, DemoDataError, Kind, load

PAGES = Path(__file__).with_name("pages")
KINDS = {
    "home": Kind({"title": TEXT, "hero_heading": TEXT, "hero_text": TEXT, "intro": TEXT,
                  "body": BODY}),
    "navigation": Kind({"links": [{"page": str, "label": TEXT}]}),
    "footer": Kind({"text": TEXT, "links": [str]}),
    "sections": Kind(PAGE),
    "indexes": Kind(PAGE, optional={"region_intro": TEXT}),  # the intro of each region's page
    "advice": Kind({**PAGE, "topic": str, "body": BODY}),
    "stories": Kind({**PAGE, "household": str, "region": str, "pull_quote": TEXT,
                     "body": BODY}),
    "events": Kind({**PAGE, "days_from_today": int, "start": time, "end": time, "online": bool,
                    "venue": TEXT, "session_language": str, "region": str, "booking_url": str,
                    "body": BODY}, optional={"agency": str, "venue_address": TEXT}),
    "standard": Kind({**PAGE, "body": BODY}),
}
INDEXES = ("regions", "stories", "events")  # indexes/<name>.toml
LISTED = ("sections", "advice", "stories", "events", "standard")  # folders site.toml orders


def kind_of(path):
    """The kind of a data file: its folder's name (advice/…), or its own name (home.toml)."""
    path = Path(path)
    return path.parent.name if path.parent.name in KINDS else path.stem


def load_site(root=PAGES):
    """Every data file of the demo site, checked, in the order site.toml lists them."""
    root = Path(root)
    problems = []

    def attempt(path, kind):
        if not path.is_file():
            problems.append(f"{path}: no such file")
            return None
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
    for key in sorted(data.keys() - set(LISTED)):
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
    pages = {entry["key"] for folder in ("sections", "advice", "standard")
             for entry in site[folder]} | set(INDEXES)
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
