"""Safe fetching, against a real HTTP server on 127.0.0.1: scheme and address policy, redirects, size cap,
timeouts, gone documents. Without the allow-list, the local server itself is refused like any loopback host."""

import gzip
import ipaddress
import socket

import pytest

from airegister.sources.fetch import FetchError, FetchRefused, SourceGone, address_problem, fetch

from .conftest import Route

HTML = b"<!doctype html><html><head><title>Card</title></head><body><p>Release date May 2025.</p></body></html>"


def test_fetches_a_page(http_server, allow_local):
    http_server.routes["/card.html"] = Route(HTML, headers={"Content-Type": "text/html; charset=utf-8"})
    fetched = fetch(http_server.url("/card.html"))
    assert fetched.status == 200
    assert fetched.body == HTML
    assert fetched.content_type == "text/html"


def test_follows_redirects_and_reports_the_final_address(http_server, allow_local):
    http_server.routes["/old"] = Route(status=301, headers={"Location": "/middle"})
    http_server.routes["/middle"] = Route(status=302, headers={"Location": http_server.url("/card.html")})
    http_server.routes["/card.html"] = Route(HTML)
    fetched = fetch(http_server.url("/old"))
    assert fetched.url == http_server.url("/card.html")
    assert fetched.body == HTML
    assert [r["path"] for r in http_server.requests] == ["/old", "/middle", "/card.html"]


def test_more_than_five_redirects_are_refused(http_server, allow_local):
    for n in range(7):
        http_server.routes[f"/r{n}"] = Route(status=302, headers={"Location": f"/r{n + 1}"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(http_server.url("/r0"))
    assert len(http_server.requests) == 6  # the first request and five redirects, no more


def test_each_redirect_is_checked_again(http_server, allow_local):
    # An allowed host may not bounce the fetch to the cloud metadata address.
    http_server.routes["/bounce"] = Route(status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    with pytest.raises(FetchRefused, match="169.254.169.254 is a link-local address"):
        fetch(http_server.url("/bounce"))


def test_redirect_to_another_scheme_is_refused(http_server, allow_local):
    http_server.routes["/to-file"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchRefused, match="only http and https"):
        fetch(http_server.url("/to-file"))


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "no-content-length"])
def test_a_body_over_the_cap_is_refused(http_server, allow_local, settings, chunked):
    settings.AIREGISTER_FETCH_MAX_BYTES = 1000
    body = b"x" * 5000
    http_server.routes["/big"] = Route(body, chunks=[body[i:i + 500] for i in range(0, 5000, 500)] if chunked else None)
    with pytest.raises(FetchError, match="over the 1000 bytes limit"):
        fetch(http_server.url("/big"))


def test_a_compressed_body_is_capped_after_decompression(http_server, allow_local, settings):
    settings.AIREGISTER_FETCH_MAX_BYTES = 100_000
    bomb = gzip.compress(b"\0" * 5_000_000)  # ~5 kB on the wire, 5 MB inflated
    assert len(bomb) < 100_000
    http_server.routes["/bomb"] = Route(bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="over the"):
        fetch(http_server.url("/bomb"))


def test_a_server_that_does_not_answer_times_out(http_server, allow_local, settings):
    settings.AIREGISTER_FETCH_READ_TIMEOUT = 0.2
    http_server.routes["/slow"] = Route(HTML, delay=2)
    with pytest.raises(FetchError, match="timed out"):
        fetch(http_server.url("/slow"))


@pytest.mark.parametrize("status", [404, 410])
def test_a_gone_document_is_reported_as_gone(http_server, allow_local, status):
    http_server.routes["/gone"] = Route(b"gone", status=status)
    with pytest.raises(SourceGone, match=f"HTTP {status}"):
        fetch(http_server.url("/gone"))


def test_a_server_error_is_a_fetch_error_not_gone(http_server, allow_local):
    http_server.routes["/broken"] = Route(b"oops", status=500)
    with pytest.raises(FetchError, match="HTTP 500") as caught:
        fetch(http_server.url("/broken"))
    assert not isinstance(caught.value, SourceGone)


def test_nothing_listens_is_a_fetch_error(allow_local):
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="could not fetch"):
        fetch(f"http://127.0.0.1:{port}/")


# --- refused by default ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://127.0.0.1/doc", "127.0.0.1 is a loopback address"),
        ("http://169.254.169.254/", "169.254.169.254 is a link-local address"),
        ("http://10.1.2.3/", "10.1.2.3 is a private address"),
        ("http://192.168.0.10:8080/x", "is a private address"),
        ("http://[::1]/", "::1 is a loopback address"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://224.0.0.1/", "multicast"),
        ("http://localhost/", "localhost resolves to"),
    ],
)
def test_private_loopback_and_link_local_addresses_are_refused(url, words, http_server):
    with pytest.raises(FetchRefused) as caught:
        fetch(url)
    message = str(caught.value)
    assert words in message
    assert "AIREGISTER_FETCH_ALLOWED_HOSTS" in message and "\n" not in message
    assert http_server.requests == []


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("file:///etc/passwd", "only http and https URLs are fetched, not file:"),
        ("ftp://example.com/card.txt", "not ftp:"),
        ("gopher://example.com/", "not gopher:"),
        ("example.com/card", "not no scheme"),
        ("http:///card", "names no host"),
        ("http://user:secret@example.com/", "user name or password"),
        ("http://example.com:99999/", "not a valid URL"),
    ],
)
def test_other_schemes_and_malformed_urls_are_refused(url, words):
    with pytest.raises(FetchRefused, match=words.replace("(", r"\(")):
        fetch(url)


def test_a_host_resolving_to_a_private_address_is_refused(monkeypatch):
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "",
                                                                 ("10.0.0.7", 80))])
    with pytest.raises(FetchRefused, match="intranet.example resolves to 10.0.0.7, a private address"):
        fetch("http://intranet.example/card")


def test_any_private_address_among_several_is_refused(monkeypatch):
    answers = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, 80)) for ip in ("93.184.216.34", "127.0.0.1")]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: answers)
    with pytest.raises(FetchRefused, match="loopback"):
        fetch("http://mixed.example/")


def test_connects_to_the_address_it_checked_with_the_hosts_name(http_server, settings, monkeypatch):
    """The name is resolved once; the connection goes to that address, and the server still sees the name."""
    settings.AIREGISTER_FETCH_ALLOWED_HOSTS = "docs.example.test"
    real = socket.getaddrinfo
    lookups = []

    def resolver(host, *args, **kwargs):
        lookups.append(host)
        return real("127.0.0.1" if host == "docs.example.test" else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    http_server.routes["/card"] = Route(HTML)
    fetched = fetch(http_server.url("/card", host="docs.example.test"))
    assert fetched.body == HTML
    assert lookups.count("docs.example.test") == 1
    port = http_server.url("/").split(":")[2].rstrip("/")
    assert http_server.requests[0]["host"] == f"docs.example.test:{port}"


def test_the_allow_list_comes_from_the_environment_too(http_server, monkeypatch, settings):
    if hasattr(settings, "AIREGISTER_FETCH_ALLOWED_HOSTS"):
        del settings.AIREGISTER_FETCH_ALLOWED_HOSTS
    monkeypatch.setenv("AIREGISTER_FETCH_ALLOWED_HOSTS", "intranet.example, 127.0.0.1")
    http_server.routes["/card"] = Route(HTML)
    assert fetch(http_server.url("/card")).body == HTML


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
        ("100.64.1.1", "not a public address"),
        ("fe80::1", "a link-local address"),
        ("fc00::1", "a private address"),
        ("::ffff:169.254.169.254", "a link-local address"),
        ("240.0.0.1", "a reserved address"),
    ],
)
def test_address_policy(address, problem):
    assert address_problem(ipaddress.ip_address(address)) == problem
