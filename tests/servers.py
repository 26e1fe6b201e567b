"""Running the portal as real processes for tests that need HTTP between servers: a database
of the run's own, gunicorn, waiting for a port to answer."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANAGE = [sys.executable, "manage.py"]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def own_database(tmp_dir, suffix, url=None):
    """A fresh database for one group of server tests, on the same engine as the test run
    (or as `url`): PostgreSQL `<name>_<suffix>` beside it, else an SQLite file."""
    url = url if url is not None else os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return f"sqlite:///{tmp_dir / f'{suffix}.sqlite3'}"
    import psycopg

    base, name = url.rsplit("/", 1)
    own_name = f"{name}_{suffix}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{own_name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{own_name}"')
    return f"{base}/{own_name}"


def load_demo(env):
    for command in (["migrate", "--no-input"], ["load_demo"], ["load_campaign_demo"]):
        subprocess.run(MANAGE + command, cwd=ROOT, env=env, check=True, capture_output=True)


def shell(env, code):
    """Run Python in a `manage.py shell` against the server's database; returns its stdout."""
    return subprocess.run(MANAGE + ["shell", "--no-imports", "-c", code], cwd=ROOT, env=env,
                          check=True, capture_output=True, text=True).stdout.strip()


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
