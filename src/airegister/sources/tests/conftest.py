"""Shared by the sources tests: seed 002 and local copies of it, a real local HTTP server, command runners."""

import io
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.management import call_command

REPO = Path(__file__).resolve().parents[4]
SEED_002 = REPO.parent / "shared" / "seeds" / "002_24293406e07a3cde.txt"


@pytest.fixture
def seed_002() -> Path:
    if not SEED_002.exists():
        pytest.skip("../shared/seeds is not beside the checkout")
    return SEED_002


@pytest.fixture
def seed_copy(seed_002, tmp_path) -> Path:
    """A local copy of seed 002 that a test may edit, as a vendor edits its page."""
    copy = tmp_path / "transparency-hub.txt"
    copy.write_bytes(seed_002.read_bytes())
    return copy


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def run(command: str, *args, **options) -> str:
    """A command in-process; its standard output."""
    out = io.StringIO()
    call_command(command, *args, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`airegister …` in a fresh process, as a user runs it (exit status, stderr)."""
    full_env = {**os.environ, "AIREGISTER_TESTING": "1", **(env or {})}
    code = "from airegister.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=full_env, timeout=120
    )


# --- a real HTTP server on 127.0.0.1 --------------------------------------------------------------------------


class Route:
    def __init__(self, body=b"", status=200, headers=None, delay=0.0, chunks=None):
        self.body, self.status, self.headers, self.delay, self.chunks = body, status, headers or {}, delay, chunks


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the stdlib's name
        server = self.server
        server.requests.append({"path": self.path, "host": self.headers.get("Host")})
        route = server.routes.get(self.path.split("?")[0])
        if route is None:
            route = Route(b"not found", status=404)
        if route.delay:
            time.sleep(route.delay)
        self.send_response(route.status)
        headers = {"Content-Type": "text/plain; charset=utf-8", **route.headers}
        for name, value in headers.items():
            self.send_header(name, value)
        if route.chunks is None:
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)
            return
        self.end_headers()  # no Content-Length: the body runs until the connection closes
        try:
            for chunk in route.chunks:
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


class LocalServer:
    def __init__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.routes = {}
        self.httpd.requests = []
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def routes(self) -> dict:
        return self.httpd.routes

    @property
    def requests(self) -> list:
        return self.httpd.requests

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.httpd.server_address[1]}{path}"


@pytest.fixture
def http_server():
    server = LocalServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def allow_local(settings):
    """The test server's host, allowed as an operator would allow an intranet host."""
    settings.AIREGISTER_FETCH_ALLOWED_HOSTS = "127.0.0.1"
    return settings
