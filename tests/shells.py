"""Python run against a server's database, as `manage.py shell -c` would, but in one Django
process per environment that stays up for the whole run: starting Django and Wagtail costs
about two seconds, and the browser journeys make staff and records this way many times."""

import atexit
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANAGE = [sys.executable, "manage.py"]

# Each line in is one snippet (JSON); each line out is {"ok", "out"}. A snippet sees a fresh
# namespace, starts on fresh database connections and leaves no language active or per-process
# cache behind, so it behaves as it would in a new process.
LOOP = r"""
import contextlib, io, json, sys, traceback
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import connections
from django.utils import translation
reply = sys.stdout
for line in sys.stdin:
    out, ok = io.StringIO(), True
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(json.loads(line), "<shell>", "exec"), {"__name__": "__main__"})
    except BaseException:
        ok = False
        out.write(traceback.format_exc())
    finally:
        connections.close_all()
        translation.deactivate()
        for cache in caches.all():
            if isinstance(cache, LocMemCache):
                cache.clear()
    reply.write(json.dumps({"ok": ok, "out": out.getvalue()}) + "\n")
    reply.flush()
"""

_SESSIONS = {}


class ShellError(RuntimeError):
    pass


def _session(env):
    key = tuple(sorted(env.items()))
    process = _SESSIONS.get(key)
    if process is None or process.poll() is not None:
        process = subprocess.Popen(MANAGE + ["shell", "--no-imports", "-c", LOOP], cwd=ROOT,
                                   env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True, bufsize=1)
        _SESSIONS[key] = process
    return process


def shell(env, code):
    """Run `code` against `env`'s database; returns what it printed, stripped. A snippet that
    raises raises ShellError with its traceback."""
    process = _session(env)
    process.stdin.write(json.dumps(code) + "\n")
    process.stdin.flush()
    line = process.stdout.readline()
    if not line:
        raise ShellError(f"the shell for this database exited ({process.wait()})")
    answer = json.loads(line)
    if not answer["ok"]:
        raise ShellError(answer["out"])
    return answer["out"].strip()


def close_shells(env=None):
    """End the shell of `env` (all of them if None), e.g. before its database is dropped."""
    for key in [k for k in _SESSIONS if env is None or k == tuple(sorted(env.items()))]:
        process = _SESSIONS.pop(key)
        process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


atexit.register(close_shells)
