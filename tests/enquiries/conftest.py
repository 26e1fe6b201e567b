import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest


class FakeTwilioApi:
    """A local HTTP server standing where api.twilio.com would be. It records each request the
    real twilio Client makes, and answers with the statuses queued in `statuses`."""

    def __init__(self):
        self.requests = []
        self.statuses = []
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                api.requests.append({"path": self.path, "form": parse_qs(body),
                                     "auth": self.headers.get("Authorization", "")})
                status = api.statuses.pop(0) if api.statuses else 201
                payload = ({"sid": f"SM{len(api.requests):032d}", "status": "queued"}
                           if status < 400 else {"code": 20500, "message": "Internal error",
                                                 "status": status})
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def twilio_api(settings):
    api = FakeTwilioApi()
    settings.SMS_BACKEND = "twilio"
    settings.TWILIO_API_BASE = api.url
    settings.TWILIO_ACCOUNT_SID = "AC" + "0" * 32
    settings.TWILIO_AUTH_TOKEN = "test-token"
    settings.TWILIO_SMS_FROM = "+447700900000"
    yield api
    api.close()
