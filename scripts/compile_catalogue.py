"""Compile the Welsh catalogue to .mo with Babel, so a fresh clone needs no GNU gettext."""

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent

for po_path in sorted((ROOT / "locale").glob("*/LC_MESSAGES/django.po")):
    with po_path.open("rb") as po_file:
        catalogue = read_po(po_file)
    with po_path.with_suffix(".mo").open("wb") as mo_file:
        write_mo(mo_file, catalogue, use_fuzzy=False)
    print(f"compiled {po_path.relative_to(ROOT)}")
