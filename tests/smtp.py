"""SMTP servers on loopback for fault tests: one that records every message it accepts, and
one that accepts connections and never says a word (a provider that hangs)."""

import socketserver
import threading


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, handler):
        super().__init__(("127.0.0.1", 0), handler)
        self.port = self.server_address[1]
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def close(self):
        self.shutdown()
        self.server_close()


class RecordingSmtp(_Server):
    """Speaks just enough SMTP for smtplib; `messages` holds (recipients, data) per message."""

    def __init__(self):
        self.messages = []
        super().__init__(self._Handler)

    class _Handler(socketserver.StreamRequestHandler):
        def handle(self):
            say = lambda line: self.wfile.write(f"{line}\r\n".encode())  # noqa: E731
            say("220 recording SMTP")
            recipients = []
            for raw in self.rfile:
                command = raw.decode(errors="replace").strip().upper()
                if command.startswith(("EHLO", "HELO")):
                    say("250 localhost")
                elif command.startswith("RCPT"):
                    recipients.append(raw.decode().split(":", 1)[1].strip(" <>\r\n"))
                    say("250 ok")
                elif command == "DATA":
                    say("354 go on")
                    lines = []
                    for line in self.rfile:
                        if line in (b".\r\n", b".\n"):
                            break
                        lines.append(line)
                    self.server.messages.append((recipients, b"".join(lines).decode()))
                    recipients = []
                    say("250 queued")
                elif command == "QUIT":
                    say("221 bye")
                    return
                else:  # MAIL, RSET, NOOP
                    say("250 ok")


class SilentSmtp(_Server):
    """Accepts each connection, then never answers; `connections` counts them."""

    def __init__(self):
        self.connections = 0
        self.release = threading.Event()
        super().__init__(self._Handler)

    class _Handler(socketserver.BaseRequestHandler):
        def handle(self):
            self.server.connections += 1
            self.server.release.wait()

    def close(self):
        self.release.set()
        super().close()

