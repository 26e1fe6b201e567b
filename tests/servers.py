"""Running the portal as real processes for tests that need HTTP between servers: a database
of the run's own, gunicorn, waiting for a port to answer."""

import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import closing
from pathlib import Path

from tests.shells import MANAGE, ROOT, shell  # noqa: F401 (shell: for the server tests)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def own_database(tmp_dir, suffix, url=None, content="migrated"):
    """A database for one group of server tests, on the same engine as the test run (or as
    `url`): PostgreSQL `<name>_<suffix>` beside it, else an SQLite file. `content` is "empty",
    "migrated" (every migration applied) or "demo" (and the demo content loaded). Migrating
    takes half a minute, so each of those is made once per run and copied."""
    url = url if url is not None else os.environ.get("DATABASE_URL", "")
    if content == "empty":
        return _new_database(url, tmp_dir / f"{suffix}.sqlite3", f"_{suffix}")
    template = _template(url, content)
    if not url.startswith("postgres"):
        target = tmp_dir / f"{suffix}.sqlite3"
        _copy_sqlite(template.removeprefix("sqlite:///"), target)
        return f"sqlite:///{target}"
    return _new_database(url, None, f"_{suffix}", template=template.rsplit("/", 1)[1])


_TEMPLATES = {}


def keep_test_database_as_template(content):
    """Copy the test run's own database, as it stands, to be the template with `content`, so
    that the run migrates and loads the demo once, not again in a subprocess."""
    from django.db import connection

    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        connection.close()  # a database being copied must have no one connected
        _TEMPLATES[(url, content)] = _new_database(url, None, f"_template_{content}",
                                                   template=connection.settings_dict["NAME"])
        return
    target = Path(tempfile.mkdtemp(prefix="portal-template-")) / f"{content}.sqlite3"
    connection.ensure_connection()
    with closing(sqlite3.connect(target)) as copy:
        connection.connection.backup(copy)
    _TEMPLATES[(url, content)] = f"sqlite:///{target}"


def _template(url, content):
    """The database made once per run with `content`, to copy from (never served)."""
    key = (url, content)
    if key not in _TEMPLATES:
        if content == "migrated":
            where = Path(tempfile.mkdtemp(prefix="portal-template-"))
            made = _new_database(url, where / "migrated.sqlite3", "_template_migrated")
            commands = [["migrate", "--no-input"]]
        else:
            made = own_database(Path(tempfile.mkdtemp(prefix="portal-template-")),
                                "template_demo", url)
            commands = [["load_demo"], ["load_campaign_demo"]]
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test",
               "DATABASE_URL": made}
        for command in commands:
            subprocess.run(MANAGE + command, cwd=ROOT, env=env, check=True, capture_output=True)
        _TEMPLATES[key] = made
    return _TEMPLATES[key]


def _new_database(url, sqlite_path, postgres_suffix, template=None):
    if not url.startswith("postgres"):
        return f"sqlite:///{sqlite_path}"
    import psycopg

    base, name = url.rsplit("/", 1)
    own_name = f"{name}{postgres_suffix}"
    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{own_name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{own_name}"{copy}')
    return f"{base}/{own_name}"


def _copy_sqlite(source, target):
    """SQLite's online backup, so that a WAL file's pages come along."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def load_demo(env):
    """The demo content on a database made with content="migrated" (or older)."""
    for command in (["migrate", "--no-input"], ["load_demo"], ["load_campaign_demo"]):
        subprocess.run(MANAGE + command, cwd=ROOT, env=env, check=True, capture_output=True)


def gunicorn(env, port, workers=2):
    return subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--log-level", "warning",
         "--no-control-socket"],  # several run at once; the control socket's path is shared
        cwd=ROOT, env=env)


def wait_until_answering(url, process=None, attempts=150):
    for _ in range(attempts):
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server for {url} exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except urllib.error.HTTPError:
            return  # an error status is still an answer
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing answered at {url}")


def stop(*processes):
    for process in processes:
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
