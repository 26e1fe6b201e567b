"""Servers on loopback that behave as providers do on a bad day, for fault tests.

`SmtpServer` speaks enough SMTP for Django's backend, each connection in one of four modes:
"answer" (accept and keep every message), "silent" (accept the connection and never say a word),
"drop" (hang up in the middle of DATA) and "refuse" (reset the connection at once, before the
greeting: to the client, as good as a refused connection). The modes in `upcoming` are used
first, one per connection, then `mode`, which a test may change at any time. `SilentServer`
accepts TCP connections and never answers: a hung HTTP API, object store or search engine."""

import socket
import socketserver
import struct
import threading


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class SilentServer:
    """Accepts connections and holds them open, unanswered, until closed."""

    def __init__(self):
        self.connections = 0
        self.connected = threading.Event()  # set once someone has connected
        self.released = threading.Event()
        owner = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                owner.connections += 1
                owner.connected.set()
                owner.hold(self.request)

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def hold(self, sock):
        """Wait until the client gives up (closes) or the server is closed."""
        sock.settimeout(0.2)
        while not self.released.is_set():
            try:
                if not sock.recv(65536):
                    return  # the client closed the connection
            except TimeoutError:
                continue
            except OSError:
                return

    def close(self):
        self.released.set()
        self.server.shutdown()
        self.server.server_close()


class SmtpServer(SilentServer):
    """A minimal SMTP server; `messages` holds (recipients, data) of every accepted message."""

    def __init__(self, mode="answer", upcoming=()):
        self.mode, self.upcoming = mode, list(upcoming)
        self.messages, self.lock = [], threading.Lock()
        super().__init__()

    def hold(self, sock):
        with self.lock:
            mode = self.upcoming.pop(0) if self.upcoming else self.mode
        if mode == "silent":
            return super().hold(sock)
        if mode == "refuse":  # close with a reset (linger 0), before a word is said
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()
            return
        sock.settimeout(10)
        stream = sock.makefile("rb")
        try:
            self.converse(sock, stream, mode)
        except OSError:
            pass  # the client went away
        finally:
            stream.close()

    def converse(self, sock, stream, mode):
        say = lambda line: sock.sendall(line.encode() + b"\r\n")  # noqa: E731
        say("220 loopback ESMTP")
        recipients = []
        for raw in stream:
            command = raw.decode(errors="replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                say("250 loopback")
            elif command.startswith("MAIL FROM"):
                recipients = []
                say("250 OK")
            elif command.startswith("RCPT TO"):
                recipients.append(raw.decode().split(":", 1)[1].strip(" <>\r\n"))
                say("250 OK")
            elif command == "DATA":
                say("354 end with <CRLF>.<CRLF>")
                if mode == "drop":
                    stream.readline()  # the first line of the message, then hang up
                    sock.shutdown(socket.SHUT_RDWR)
                    return
                lines = []
                for line in stream:
                    if line in (b".\r\n", b".\n"):
                        break
                    lines.append(line)
                with self.lock:
                    self.messages.append((recipients, b"".join(lines).decode(errors="replace")))
                say("250 queued")
            elif command == "QUIT":
                say("221 bye")
                return
            else:
                say("250 OK")  # RSET, NOOP

    def received_by(self, address):
        with self.lock:
            return [data for recipients, data in self.messages if address in recipients]
