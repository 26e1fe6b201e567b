# Two commands for a fresh clone: `make run` and `make test`. Each installs what it needs.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ADDR ?= 127.0.0.1:8000

.PHONY: run test install assets messages demo lint checks clean bench

run: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo
	$(PY) manage.py load_campaign_demo
	# The task worker (emails, SMS) runs beside the web server and stops with it (SIGTERM).
	$(PY) manage.py run_worker --interval 2 & worker=$$!; \
		trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
		$(PY) manage.py runserver $(ADDR)

test: install
	$(PY) scripts/ensure_chromium.py
	$(PY) -m pytest $(PYTEST_ARGS)

install: $(STAMP) portal/static/portal/css/portal.css locale/cy/LC_MESSAGES/django.mo

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

portal/static/portal/css/portal.css: package.json package-lock.json $(wildcard portal/assets/scss/*.scss)
	npm ci --no-audit --no-fund --loglevel=error
	npm run build

locale/cy/LC_MESSAGES/django.mo: locale/cy/LC_MESSAGES/django.po $(STAMP)
	$(PY) scripts/compile_catalogue.py

demo: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo
	$(PY) manage.py load_campaign_demo

# Load test (docs/performance.md): PostgreSQL, Redis, Varnish, nginx and wrk from Debian;
# the reference site from BAKERYDEMO_DIR (scripts/bench-reference.sh), skipped without it.
bench: install
	$(PY) -m tests.benchmarks.http $(BENCH_ARGS)

# The checks CI runs besides the tests.
checks: install
	$(PY) -m ruff check .
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) scripts/check_welsh_catalogue.py
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=$$(openssl rand -hex 40) \
		ALLOWED_HOSTS=adopt.example.org CACHE_URL=redis://127.0.0.1:6379/0 \
		$(PY) manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) node_modules db.sqlite3 staticfiles
