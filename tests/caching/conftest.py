"""A real HTTP server standing in for Varnish's PURGE endpoint records what the portal sends;
the task worker sends it, as in production."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purges(settings):
    """Paths purged so far; the portal's front cache points at this recorder."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {"varnish": {
        "BACKEND": "portal.frontcache.VarnishBackend",
        "LOCATION": f"http://127.0.0.1:{server.server_port}"}}
    yield server.purged
    server.shutdown()
    server.server_close()
