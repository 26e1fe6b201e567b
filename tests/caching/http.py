"""Plain HTTP for the server tests: no redirects followed, no cookies kept."""

import http.client
from dataclasses import dataclass


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    text: str
    body: bytes = b""  # as sent: gzip when the reply says so

    def header(self, name):
        return self.headers.get(name, "")


def fetch(port, path, method="GET", headers=None, body=None, source="") -> Reply:
    """`source` picks our own loopback address (e.g. 127.0.0.2) to look like another host."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30,
                                            source_address=(source, 0) if source else None)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        body = response.read()
        return Reply(response.status, response.headers, body.decode("utf-8", "replace"), body)
    finally:
        connection.close()
