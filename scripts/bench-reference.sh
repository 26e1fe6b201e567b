#!/usr/bin/env bash
# The reference Wagtail site for `make bench` (tests/benchmarks/reference.py): a wagtail/bakerydemo
# checkout at BAKERYDEMO_DIR and its own virtualenv at BAKERYDEMO_VENV (default: `venv` beside
# the checkout). Clones the pinned commit when the checkout is missing (needs git and GitHub),
# then installs its requirements from PyPI. Its requirements ask for Django 6.0, which needs
# Python 3.12; on Python 3.11 Django 5.2 LTS is installed instead, the version the portal runs.
#
#   BAKERYDEMO_DIR=~/bench-ref/bakerydemo scripts/bench-reference.sh
#   BAKERYDEMO_DIR=~/bench-ref/bakerydemo make bench
set -euo pipefail

COMMIT=8e2b625755d8942412d5b7627b146a795933b8b2  # bakerydemo main, 2026-08-19 (Wagtail 7.4)
: "${BAKERYDEMO_DIR:?set BAKERYDEMO_DIR to where the bakerydemo checkout is (or should go)}"
VENV="${BAKERYDEMO_VENV:-$(dirname "$BAKERYDEMO_DIR")/venv}"
PYTHON="${PYTHON:-python3.11}"

if [ ! -f "$BAKERYDEMO_DIR/bakerydemo/settings/production.py" ]; then
    git clone https://github.com/wagtail/bakerydemo "$BAKERYDEMO_DIR"
    git -C "$BAKERYDEMO_DIR" checkout --quiet "$COMMIT"
    echo "$COMMIT" > "$BAKERYDEMO_DIR/.commit"
fi

"$PYTHON" -m venv "$VENV"
requirements="$(dirname "$VENV")/bakerydemo-requirements.txt"
if "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info >= (3, 12))'; then
    sed 's/^Django>=6\.0,<6\.1$/Django>=5.2,<5.3/' "$BAKERYDEMO_DIR/requirements/base.txt"
else
    cat "$BAKERYDEMO_DIR/requirements/base.txt"
fi > "$requirements"
# From its production requirements only what its production settings import here; gunicorn at
# the portal's version so that both sites are served alike.
grep -E '^(whitenoise|psycopg)' "$BAKERYDEMO_DIR/requirements/production.txt" >> "$requirements"
echo "gunicorn==27.0.1" >> "$requirements"
"$VENV/bin/pip" install --quiet -r "$requirements"
"$VENV/bin/python" -c 'import django, wagtail; print("bakerydemo venv ready: Wagtail",
    wagtail.__version__, "Django", django.get_version())'
