"""The yardsticks `make bench` measures the portal against (tests/benchmarks/http.py):

- wagtail/bakerydemo, the reference Wagtail site, under the same gunicorn and database engine;
  its checkout is BAKERYDEMO_DIR and its virtualenv BAKERYDEMO_VENV (default: `venv` beside the
  checkout); scripts/bench-reference.sh makes both. Without them the reference rows are skipped.
- nginx serving a static copy of our page, the same bytes Varnish serves: the limit."""

import os
import shutil
import statistics
import subprocess
import tempfile
from pathlib import Path

from tests.servers import free_port

BLOG = "/blog/wild-yeast/"
SEARCH = "/search/?q=bread"
SETTINGS = """from bakerydemo.settings.production import *  # noqa: F403
DEBUG = False
STATIC_ROOT = {static!r}
MEDIA_ROOT = {media!r}
SECURE_HSTS_SECONDS = 0
"""
NGINX = """worker_processes {workers};
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {tmp}/body;
  server {{
    listen 127.0.0.1:{port};
    root {root};
    location / {{ default_type "text/html; charset=utf-8"; try_files /page.html =404; }}
  }}
}}
"""


class Bakerydemo:
    """The reference site: its own Python, settings written to a temporary directory (DEBUG
    off, production settings, static files collected for whitenoise), one database per run."""

    def __init__(self, tmp: Path):
        self.checkout = Path(os.environ.get("BAKERYDEMO_DIR", ""))
        venv = os.environ.get("BAKERYDEMO_VENV") or self.checkout.parent / "venv"
        self.python = Path(venv) / "bin" / "python"
        self.tmp = tmp / "bakerydemo"

    def missing(self):
        """Why the reference cannot run, or "" when it can."""
        if not os.environ.get("BAKERYDEMO_DIR"):
            return "BAKERYDEMO_DIR is not set"
        if not (self.checkout / "bakerydemo" / "settings" / "production.py").exists():
            return f"BAKERYDEMO_DIR={self.checkout} is not a bakerydemo checkout"
        if not self.python.exists():
            return f"{self.python} is missing (scripts/bench-reference.sh makes it)"
        return ""

    def env(self, database_url):
        self.tmp.mkdir(exist_ok=True)
        (self.tmp / "bench_reference_settings.py").write_text(SETTINGS.format(
            static=str(self.tmp / "static"), media=str(self.tmp / "media")))
        return {**os.environ, "PYTHONPATH": f"{self.tmp}:{self.checkout}",
                "DJANGO_SETTINGS_MODULE": "bench_reference_settings",
                "DJANGO_SECRET_KEY": os.urandom(32).hex(), "DATABASE_URL": database_url,
                "SECURE_SSL_REDIRECT": "False", "DJANGO_LOG_LEVEL": "WARNING"}

    def load(self, database_url):
        """Migrate, load the demo data (which rebuilds its search index), collect static."""
        env = self.env(database_url)
        for command in (["migrate", "--no-input"], ["load_initial_data"],
                        ["collectstatic", "--no-input"]):
            subprocess.run([str(self.python), "manage.py", *command, "-v0"], cwd=self.checkout,
                           env=env, check=True, capture_output=True)
        return env

    def gunicorn(self, env, port, workers):
        return subprocess.Popen(
            [str(self.python), "-m", "gunicorn", "bakerydemo.wsgi", "--bind",
             f"127.0.0.1:{port}", "--workers", str(workers), "--log-level", "warning",
             "--no-control-socket"], cwd=self.checkout, env=env)

    def version(self):
        out = subprocess.run(
            [str(self.python), "-c", "import django, wagtail; print(wagtail.__version__, "
             "django.get_version())"], capture_output=True, text=True, check=True).stdout
        commit = self.checkout / ".commit"
        head = commit.read_text().strip() if commit.exists() else git_head(self.checkout)
        wagtail, django = out.split()
        return f"bakerydemo {head[:12]} (Wagtail {wagtail}, Django {django})"


def git_head(checkout):
    done = subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"],
                          capture_output=True, text=True)
    return done.stdout.strip() or "(unknown commit)"


def start_nginx(body: bytes, workers: int):
    """nginx answering every path with `body`, from a directory its worker user can read."""
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    root = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    (root / "page.html").write_bytes(body)
    for path in (root, root / "page.html"):
        path.chmod(0o755)
    port = free_port()
    conf = root / "nginx.conf"
    conf.write_text(NGINX.format(workers=workers, tmp=root, port=port, root=root))
    process = subprocess.Popen([nginx, "-c", str(conf), "-p", str(root), "-g", "daemon off;"],
                               stdout=subprocess.DEVNULL)
    return process, port


# Ours against the yardstick, and the goal of issue #18 for the ratio.
COMPARISONS = [
    ("advice page, uncached", "Advice page, uncached", "blog page", "Reference blog page",
     1.5),
    ("search, English", "Search, English", "search", "Reference search", 3.0),
    ("search, Welsh", "Search, Welsh", "search", "Reference search", 3.0),
    ("advice page through Varnish", "Advice page, through Varnish", "nginx static",
     "nginx static, same bytes", 0.5),
]


def median(rounds):
    return statistics.median(result["rps"] for result in rounds)


def rate(requests_per_second):
    """Whole numbers, but a decimal where a page manages fewer than a hundred."""
    return f"{requests_per_second:,.{0 if requests_per_second >= 100 else 1}f}"


def comparison_table(results):
    """The issue's table: medians of the rounds, the ratio and whether it meets the goal."""
    lines = ["| page | Adopt Cymru req/s | yardstick | req/s | ratio | goal | met |",
             "| --- | ---: | --- | ---: | ---: | ---: | --- |"]
    for label, ours, theirs_label, theirs, goal in COMPARISONS:
        if ours not in results or theirs not in results:
            lines.append(f"| {label} | {rate(median(results[ours]))} | {theirs_label} | "
                         f"not measured | | {goal}x | |")
            continue
        mine, other = median(results[ours]), median(results[theirs])
        ratio = mine / other if other else 0
        lines.append(f"| {label} | {rate(mine)} | {theirs_label} | {rate(other)} | "
                     f"{ratio:.2f}x | {goal}x | {'yes' if ratio >= goal else 'no'} |")
    return "\n".join(lines)
