"""Fetching a watched document safely: the register reads URLs that editors type, so every fetch is bounded.

- http and https only; anything else (file:, ftp:, gopher:, …) is refused.
- The host is resolved once and every address it resolves to is checked: private, loopback, link-local,
  multicast, reserved and unspecified addresses are refused (no requests to the cloud metadata service at
  169.254.169.254, to the database next door, or to the server itself), unless the host is listed in
  AIREGISTER_FETCH_ALLOWED_HOSTS. The connection is then made to the address that was checked, so a DNS
  answer that changes between the check and the connection (DNS rebinding) cannot redirect it.
- Connect and read timeouts, an overall deadline, a size cap on the (decompressed) body, and at most five
  redirects, each re-checked as if it were the first URL.

`post` sends a body (a webhook delivery) under the same address rules and timeouts; it follows no redirect.

Every refusal and failure is a `FetchError` whose message is one line naming the URL and the reason.
"""

import ipaddress
import os
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings
from urllib3.exceptions import HTTPError
from urllib3.exceptions import TimeoutError as Urllib3Timeout

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_READ_TIMEOUT = 30.0
DEFAULT_DEADLINE = 120.0
MAX_REDIRECTS = 5
ALLOWED_SCHEMES = ("http", "https")
USER_AGENT = "AI-Register-monitor/0.1 (reads vendor documents for a governance register)"
ACCEPT = "text/html, text/markdown, text/plain, application/pdf;q=0.9, */*;q=0.1"
CHUNK = 64 * 1024


class FetchError(Exception):
    """The document could not be fetched; the message is one line."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


class FetchRefused(FetchError):
    """The URL is not one the register may fetch (scheme or address)."""


class SourceGone(FetchError):
    """The document is no longer there (HTTP 404 or 410, or a watched file that was removed)."""


@dataclass
class Fetched:
    url: str  # the final address, after redirects
    status: int
    content_type: str
    body: bytes


def setting(name: str, default):
    """A Django setting if the project defines it (tests override them), else the environment variable."""
    value = getattr(settings, name, None)
    if value is None:
        value = os.environ.get(name)
    return default if value in (None, "") else value


def allowed_hosts() -> set[str]:
    raw = setting("AIREGISTER_FETCH_ALLOWED_HOSTS", "")
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    return {str(h).strip().lower().strip("[]") for h in items if str(h).strip()}


def max_bytes() -> int:
    raw = setting("AIREGISTER_FETCH_MAX_BYTES", DEFAULT_MAX_BYTES)
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise FetchError(f"AIREGISTER_FETCH_MAX_BYTES must be a number of bytes, not {raw!r}") from None
    if value <= 0:
        raise FetchError("AIREGISTER_FETCH_MAX_BYTES must be positive")
    return value


def _seconds(name: str, default: float) -> float:
    raw = setting(name, default)
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise FetchError(f"{name} must be a number of seconds, not {raw!r}") from None
    if value <= 0:
        raise FetchError(f"{name} must be positive")
    return value


def human_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


# --- address policy -------------------------------------------------------------------------------------------


def address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why the register must not connect to `ip`, or None for a public address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return address_problem(ip.ipv4_mapped)
    checks = (
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_unspecified", "an unspecified address"),
        ("is_reserved", "a reserved address"),
        ("is_private", "a private address"),
    )
    for attribute, words in checks:
        if getattr(ip, attribute):
            return words
    if not ip.is_global:  # shared address space (100.64.0.0/10) and the like
        return "not a public address"
    return None


def check_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path-with-query) of a URL the register may fetch; FetchRefused otherwise."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise FetchRefused(f"refused to fetch {url!r}: not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = f"{scheme}:" if scheme else "no scheme"
        raise FetchRefused(f"refused to fetch {url}: only http and https URLs are fetched, not {shown}")
    host = (parts.hostname or "").lower()
    if not host:
        raise FetchRefused(f"refused to fetch {url}: the URL names no host")
    if parts.username or parts.password:
        raise FetchRefused(f"refused to fetch {url}: URLs with a user name or password are not fetched")
    port = port or (443 if scheme == "https" else 80)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return scheme, host, port, path


def resolve(url: str, host: str, port: int) -> str:
    """The address to connect to: every address the host resolves to must be public (or the host allowed)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"could not fetch {url}: the host {host} could not be resolved ({exc})") from None
    addresses = []
    for _family, _type, _proto, _name, sockaddr in infos:
        ip = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise FetchError(f"could not fetch {url}: the host {host} has no address")
    if host not in allowed_hosts():
        for ip in addresses:
            problem = address_problem(ip)
            if problem:
                where = f"{host} is {problem}" if host == str(ip) else f"{host} resolves to {ip}, {problem}"
                raise FetchRefused(
                    f"refused to fetch {url}: {where}; private, loopback, link-local and reserved addresses are "
                    "not fetched unless the host is listed in AIREGISTER_FETCH_ALLOWED_HOSTS"
                )
    return str(addresses[0])


# --- fetching -------------------------------------------------------------------------------------------------


def fetch(url: str) -> Fetched:
    """GET `url` within the limits above; redirects followed (at most five), each checked again."""
    limit = max_bytes()
    timeout = urllib3.Timeout(
        connect=_seconds("AIREGISTER_FETCH_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT),
        read=_seconds("AIREGISTER_FETCH_READ_TIMEOUT", DEFAULT_READ_TIMEOUT),
    )
    deadline = time.monotonic() + _seconds("AIREGISTER_FETCH_DEADLINE", DEFAULT_DEADLINE)
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        scheme, host, port, path = check_url(current)
        address = resolve(current, host, port)
        response, pool = _request(current, scheme, host, port, path, address, timeout)
        try:
            if response.status in (301, 302, 303, 307, 308) and response.headers.get("Location"):
                current = urljoin(current, response.headers["Location"])
                continue
            if response.status in (404, 410):
                raise SourceGone(f"{url} is gone: the server answered HTTP {response.status}")
            if response.status >= 400 or response.status < 200 or response.status >= 300:
                raise FetchError(f"could not fetch {current}: the server answered HTTP {response.status}")
            body = _read_body(current, response, limit, deadline)
            content_type = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
            return Fetched(url=current, status=response.status, content_type=content_type, body=body)
        finally:
            response.release_conn()
            pool.close()
    raise FetchError(f"could not fetch {url}: more than {MAX_REDIRECTS} redirects")


def post(url: str, body: bytes, headers: dict, user_agent: str = USER_AGENT) -> int:
    """POST `body` to `url` under the same address and scheme rules as `fetch` (a webhook, say); the HTTP status.

    Redirects are not followed (a 3xx is returned as it is): a body is never re-sent to an address the
    caller did not name. The response body is not kept. Refusals and network failures are `FetchError`s.
    """
    timeout = urllib3.Timeout(
        connect=_seconds("AIREGISTER_FETCH_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT),
        read=_seconds("AIREGISTER_FETCH_READ_TIMEOUT", DEFAULT_READ_TIMEOUT),
    )
    scheme, host, port, path = check_url(url)
    address = resolve(url, host, port)
    extra = {"User-Agent": user_agent, "Accept": "*/*", **headers}
    response, pool = _request(url, scheme, host, port, path, address, timeout, method="POST", body=body, extra=extra)
    try:
        return response.status
    finally:
        response.release_conn()
        pool.close()


def _request(url, scheme, host, port, path, address, timeout, method="GET", body=None, extra=None):
    named = f"[{host}]" if ":" in host else host  # an IPv6 literal is bracketed in the Host header
    host_header = named if port == (443 if scheme == "https" else 80) else f"{named}:{port}"
    headers = {"Host": host_header, "User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
    headers.update(extra or {})
    if scheme == "https":
        # Connect to the checked address; the certificate and SNI are still those of the host name.
        pool = urllib3.HTTPSConnectionPool(
            address, port, timeout=timeout, retries=False, maxsize=1, cert_reqs="CERT_REQUIRED",
            server_hostname=host, assert_hostname=host,
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False, maxsize=1)
    try:
        response = pool.urlopen(
            method, path, body=body, headers=headers, redirect=False, preload_content=False, decode_content=True,
            assert_same_host=False,
        )
    except Urllib3Timeout:
        pool.close()
        raise FetchError(f"could not {_verb(method)} {url}: timed out") from None
    except (HTTPError, OSError) as exc:
        pool.close()
        raise FetchError(f"could not {_verb(method)} {url}: {_reason(exc)}") from None
    return response, pool


def _verb(method: str) -> str:
    return "fetch" if method == "GET" else "post to"


def _read_body(url, response, limit: int, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(
            f"could not fetch {url}: it is {human_size(int(declared))}, over the {human_size(limit)} limit "
            "(AIREGISTER_FETCH_MAX_BYTES)"
        )
    chunks, size = [], 0
    try:
        # Counted after decompression: a small gzip bomb is stopped at the cap like a large body.
        for chunk in response.stream(CHUNK, decode_content=True):
            size += len(chunk)
            if size > limit:
                raise FetchError(
                    f"could not fetch {url}: it is over the {human_size(limit)} limit (AIREGISTER_FETCH_MAX_BYTES)"
                )
            if time.monotonic() > deadline:
                raise FetchError(f"could not fetch {url}: timed out (the download took too long)")
            chunks.append(chunk)
    except Urllib3Timeout:
        raise FetchError(f"could not fetch {url}: timed out") from None
    except (HTTPError, OSError) as exc:
        raise FetchError(f"could not fetch {url}: {_reason(exc)}") from None
    return b"".join(chunks)


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    # urllib3 prefixes its messages with the connection object's repr; the reason is after the last colon.
    if "): " in text:
        text = text.rsplit("): ", 1)[-1]
    return text[:200] or type(exc).__name__
