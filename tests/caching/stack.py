"""The portal under gunicorn behind a real Varnish running deploy/varnish/default.vcl, on a
database of its own loaded with the demo content, as in production."""

import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

from tests.conftest import service_missing
from tests.servers import ROOT, free_port, gunicorn, stop, wait_until_answering

VCL = ROOT / "deploy" / "varnish" / "default.vcl"


def varnishd_path():
    path = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not os.path.exists(path):
        service_missing("varnishd is not installed (apt-get install varnish)")
    return path


def vcl_for(app_port: int, directory: Path) -> Path:
    """The shipped VCL with its backend pointed at this test's portal, and its error pages
    read from the repository."""
    text = re.sub(r'\.port = "\d+";', f'.port = "{app_port}";', VCL.read_text(), count=1)
    text = text.replace("/etc/varnish/errors/", f"{VCL.parent / 'errors'}/")  # the repo's pages
    path = directory / "portal.vcl"
    path.write_text(text)
    return path


def start_varnish(app_port: int, directory: Path):
    port = free_port()
    process = subprocess.Popen(
        [varnishd_path(), "-F", "-j", "none", "-n", str(directory / "work"),
         "-a", f"127.0.0.1:{port}", "-f", str(vcl_for(app_port, directory)),
         "-s", "malloc,64m"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return process, port


class Stack:
    """Environment, ports and processes of one portal-behind-Varnish."""

    def __init__(self, tmp_dir: Path, database_url: str):
        self.tmp_dir = tmp_dir
        self.app_port, self.processes = free_port(), []
        self.cache_port = None
        self.env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test",
                    "DATABASE_URL": database_url, "TRUSTED_PROXY_COUNT": "1",
                    "CACHE_KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}-"}
        if os.environ.get("REDIS_URL"):
            self.env["CACHE_URL"] = os.environ["REDIS_URL"]

    def start(self):
        varnishd_path()
        varnish, self.cache_port = start_varnish(self.app_port, self.tmp_dir)
        self.env["FRONT_CACHE_URL"] = f"http://127.0.0.1:{self.cache_port}"
        app = gunicorn(self.env, self.app_port)
        self.processes = [app, varnish]
        wait_until_answering(f"http://127.0.0.1:{self.app_port}/health/", app)
        wait_until_answering(f"http://127.0.0.1:{self.cache_port}/health/", varnish)
        return self

    def stop(self):
        stop(*self.processes)
