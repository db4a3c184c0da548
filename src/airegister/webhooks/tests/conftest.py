"""A real HTTP receiver on 127.0.0.1 for the webhook tests; the monitor fixtures of the sources tests."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from airegister.sources.tests.conftest import *  # noqa: F403


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 - the stdlib's name
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        server = self.server
        server.received.append({"path": self.path, "headers": dict(self.headers), "body": body})
        status = server.statuses.pop(0) if server.statuses else 204
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


class ReceiverServer:
    def __init__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
        self.httpd.daemon_threads = True
        self.httpd.received = []
        self.httpd.statuses = []  # answered in turn; 204 when empty
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def received(self) -> list:
        return self.httpd.received

    def answer(self, *statuses: int):
        self.httpd.statuses.extend(statuses)

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"


@pytest.fixture
def receiver():
    server = ReceiverServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()
