"""Fail when the Welsh catalogue is stale (strings in the code that it lacks, or strings it
keeps that the code no longer has) or has an untranslated or fuzzy entry.

Needs GNU gettext (xgettext) for makemessages. The catalogue file is restored afterwards."""

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "locale" / "cy" / "LC_MESSAGES" / "django.po"
IGNORE = [".venv", "node_modules", "staticfiles", "media", "tests", "scripts"]


def entries(text):
    from io import BytesIO

    catalogue = read_po(BytesIO(text), ignore_obsolete=True)
    return {message.id: message for message in catalogue if message.id}


def main():
    committed = PO.read_bytes()
    try:
        args = [sys.executable, "manage.py", "makemessages", "-l", "cy", "--no-obsolete",
                "--no-location"] + [f"--ignore={name}/*" for name in IGNORE]
        subprocess.run(args, cwd=ROOT, check=True, capture_output=True)
        fresh = entries(PO.read_bytes())
    finally:
        PO.write_bytes(committed)
    kept = entries(committed)
    problems = []
    problems += [f"missing from the catalogue: {key!r}" for key in fresh.keys() - kept.keys()]
    problems += [f"no longer in the code: {key!r}" for key in kept.keys() - fresh.keys()]
    for key, message in kept.items():
        if message.fuzzy:
            problems.append(f"fuzzy: {key!r}")
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            problems.append(f"untranslated: {key!r}")
    for problem in problems:
        print(problem)
    print(f"Welsh catalogue: {len(kept)} entries, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
