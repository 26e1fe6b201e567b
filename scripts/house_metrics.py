"""Measure the house: lines of Python per app, the largest modules, and how many names
each app imports from each other app.

    .venv/bin/python scripts/house_metrics.py          # tests/ and migrations left out
"""

import ast
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", "staticfiles", "media", "tests", "scripts", "migrations"}


def modules():
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if len(parts) > 1 and not SKIP.intersection(parts):
            yield parts[0], path


def imported_names(tree):
    """(app, name) for every name imported from another top-level package."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                yield node.module.split(".")[0], f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0], alias.name


def main():
    apps = {app for app, _ in modules()}
    lines, sizes, arrows = Counter(), [], {}
    for app, path in modules():
        text = path.read_text()
        count = len(text.splitlines())
        lines[app] += count
        sizes.append((count, path.relative_to(ROOT)))
        for target, name in imported_names(ast.parse(text)):
            if target in apps and target != app:
                arrows.setdefault((app, target), set()).add(name)
    print(f"lines of Python (no tests, scripts or migrations): {sum(lines.values())}")
    for app, count in lines.most_common():
        print(f"  {app:12} {count}")
    print("largest modules:")
    for count, path in sorted(sizes, reverse=True)[:5]:
        print(f"  {count:5} {path}")
    print("names imported, app -> app:")
    for (source, target), names in sorted(arrows.items(), key=lambda kv: -len(kv[1])):
        print(f"  {source:10} -> {target:10} {len(names)}")


if __name__ == "__main__":
    sys.exit(main())
