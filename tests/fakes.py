"""A local HTTP server standing where api.twilio.com would be, for the real twilio Client.

It records every request (method, path, form, auth) and answers: POST (sending an SMS) with a
queued message; GET of a call resource with the call added by `add_call`, of a recording's
.mp3 with the bytes added by `add_recording`, or 404; DELETE of a recording removes it (204),
or 404. Statuses queued in `statuses` are used first, so a test can make the API fail; "hang"
there means the request is read and never answered, as a hung API would."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

ACCOUNT = "AC" + "0" * 32


class FakeTwilioApi:
    def __init__(self):
        self.requests, self.calls, self.recordings, self.statuses = [], {}, {}, []
        self.released = threading.Event()  # lets hung requests go when the server closes
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                api.record(self, form=parse_qs(body))
                status = api.statuses.pop(0) if api.statuses else 201
                if status == "hang":
                    api.released.wait()
                    return
                sid = f"SM{len(api.requests):032d}"
                self.answer(status, {"sid": sid, "status": "queued"})

            def do_GET(self):
                api.record(self)
                if self.path.endswith(".mp3"):
                    return self.recording(self.path.rsplit("/", 1)[-1].removesuffix(".mp3"))
                sid = self.path.rsplit("/", 1)[-1].removesuffix(".json")
                status = api.statuses.pop(0) if api.statuses else (
                    200 if sid in api.calls else 404)
                if status == "hang":
                    api.released.wait()
                    return
                self.answer(status, api.calls.get(sid, {}))

            def do_DELETE(self):
                api.record(self)
                sid = self.path.rsplit("/", 1)[-1].removesuffix(".json")
                status = api.statuses.pop(0) if api.statuses else (
                    204 if sid in api.recordings else 404)
                if status == "hang":
                    api.released.wait()
                    return
                if status != 204:
                    return self.answer(status, {})
                del api.recordings[sid]
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def recording(self, sid):
                status = api.statuses.pop(0) if api.statuses else (
                    200 if sid in api.recordings else 404)
                if status == "hang":
                    api.released.wait()
                    return
                if status != 200:
                    return self.answer(status, {})
                self.send_response(200)
                self.send_header("Content-Type", "audio/mpeg")
                self.send_header("Content-Length", str(len(api.recordings[sid])))
                self.end_headers()
                self.wfile.write(api.recordings[sid])

            def answer(self, status, resource):
                payload = resource if status < 400 else {
                    "code": 20404 if status == 404 else 20500, "status": status,
                    "message": "The requested resource was not found" if status == 404
                    else "Internal error"}
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

    def record(self, handler, form=None):
        self.requests.append({"method": handler.command, "path": handler.path,
                              "form": form or {},
                              "auth": handler.headers.get("Authorization", "")})

    def add_call(self, sid, **fields):
        self.calls[sid] = {"sid": sid, "account_sid": ACCOUNT, "status": "completed",
                           "direction": "inbound", **fields}

    def add_recording(self, sid, data: bytes) -> str:
        """A recording Twilio holds; returns its RecordingUrl as a webhook would send it."""
        self.recordings[sid] = data
        return f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Recordings/{sid}"

    def close(self):
        self.released.set()
        self.server.shutdown()
        self.server.server_close()
