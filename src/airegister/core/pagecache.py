"""Rendered read pages served from Django's cache, keyed by everything they depend on.

The key holds the register's change sequence (core/models/sequence.py: every write advances it), so a change
anywhere is seen by the very next request, on every worker and every machine sharing the database; there is no
expiry-based staleness (PAGE_CACHE_TIMEOUT only lets unused entries go). It also holds what a page's body depends
on besides the data: today's date, the viewer's role (what they may do), staff/superuser flags (the Admin link),
the path and query string, the negotiated format (API), the language, the demo / anonymous-reading flags, and
the code's version (a shared Redis outlives a deploy).

Per-user content: the body is shared by everyone with the same role (rather than cached per user, which would
multiply the entries by the users and miss on every first visit), so what belongs to one user is kept out of it:
- the signed-in user's name in the top bar (`<span class="viewer-name">`) is cut out before storing and filled
  in for each request;
- a page that used a CSRF token (a form that posts) is never stored: its token is one session's. Read pages hold
  none (signing out is a link to its confirmation page), so a hit also skips masking a fresh token;
- a page is neither served from nor stored in the cache while the request has messages pending (they would be
  shown, or swallowed), nor for anything but GET, nor for a response other than 200.
"""

import functools
import hashlib

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import get_language

import airegister

from .models import ChangeSequence
from .roles import role_of

NAME_HTML = '<span class="viewer-name">{}</span>'
NAME_MARK = NAME_HTML.format("\x00viewer\x00")


def change_sequence(request) -> int:
    """The sequence as read with the signed-in user (no query of its own), else one query."""
    value = getattr(request.user, "change_seq", None)
    return ChangeSequence.current() if value is None else value


def _pending_messages(request) -> bool:
    return hasattr(request, "_messages") and len(get_messages(request)) > 0


def cacheable(request) -> bool:
    return settings.PAGE_CACHE_ENABLED and request.method == "GET" and not _pending_messages(request)


def page_key(request, kind: str) -> str:
    user = request.user
    parts = [
        airegister.__version__,
        kind,
        # Pages say "retires in 12 days", "overdue": the date is part of what they depend on.
        timezone.localdate().isoformat(),
        str(change_sequence(request)),
        role_of(user) if user.is_authenticated else "anonymous",
        str(int(user.is_staff)),
        str(int(user.is_superuser)),
        get_language() or "",
        str(int(settings.DEMO_MODE)),
        str(int(settings.ANONYMOUS_READ)),
        request.META.get("HTTP_ACCEPT", "") if kind == "api" else "",
        request.get_full_path(),
    ]
    return "page:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _cut_personal(content: str, request) -> str:
    if request.user.is_authenticated:
        content = content.replace(NAME_HTML.format(escape(request.user.get_username())), NAME_MARK)
    return content


def _split_personal(content: str, charset: str) -> list:
    """The page as encoded chunks with the user's name between them as a mark (str): a hit joins bytes once
    instead of searching, replacing and encoding the whole page again."""
    chunks = [chunk.encode(charset) for chunk in content.split(NAME_MARK)]
    return [part for chunk in chunks for part in (NAME_MARK, chunk)][1:]


def _join_personal(parts: list, request, charset: str) -> bytes:
    if len(parts) == 1:
        return parts[0]
    name = escape(request.user.get_username()) if request.user.is_authenticated else ""
    fill = NAME_HTML.format(name).encode(charset)
    return b"".join(fill if isinstance(part, str) else part for part in parts)


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


# Headers that belong to one response, never to the stored page: the cache's own marker, and what the
# outer middleware (sessions, CSRF, CommonMiddleware) sets per request on the way out of a hit as of a miss.
PER_RESPONSE_HEADERS = {"x-page-cache", "set-cookie", "vary", "content-length"}


class CachedPageMixin:
    """For read views (HTML): the rendered page may be stored in the page cache and served from it.

    The view only opts in; PageCacheMiddleware serves hits (before the view runs) and stores misses (after the
    security middleware has added its headers, which are stored with the page)."""

    page_cache = True


@functools.lru_cache(maxsize=4096)
def opted_in(path: str) -> bool:
    """Whether the view at `path` opted in. Remembered per path: resolving costs as much as a hit's other work."""
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return getattr(getattr(match.func, "view_class", None), "page_cache", False)


class PageCacheMiddleware:
    """Serves and stores the pages of CachedPageMixin views. It sits after the messages middleware (a request
    with pending messages is neither served from nor stored in the cache) and before the middleware that adds
    response headers independent of the request (X-Frame-Options, Content-Security-Policy, Permissions-Policy,
    axes): a hit skips them, URL resolution and the view, and carries the headers they set on the stored miss.

    Only GETs of opted-in views are looked up: others pay neither a key (for an anonymous reader, a query for the
    sequence) nor a cache read."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (cacheable(request) and opted_in(request.path_info)):
            return self.get_response(request)
        key = page_key(request, "html")
        stored = cache().get(key)
        if stored is not None:
            return self.hit(request, stored)
        response = self.get_response(request)
        if self.storable(request, response):
            self.store(key, request, response)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def storable(request, response) -> bool:
        # A Content-Security-Policy nonce or a CSRF token (get_token marks the request) would be one request's
        # or one session's: such a page is never stored.
        return (
            response.status_code == 200
            and not response.streaming
            and not _pending_messages(request)
            and getattr(request, "_csp_nonce", None) is None
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        )

    @staticmethod
    def store(key, request, response) -> None:
        charset = response.charset or "utf-8"
        parts = _split_personal(_cut_personal(response.content.decode(charset), request), charset)
        headers = [(k, v) for k, v in response.items() if k.lower() not in PER_RESPONSE_HEADERS]
        cache().set(key, (parts, charset, headers), settings.PAGE_CACHE_TIMEOUT)

    @staticmethod
    def hit(request, stored) -> HttpResponse:
        parts, charset, headers = stored
        response = HttpResponse(_join_personal(parts, request, charset))
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response


def cached_api_data(request, build):
    """For API reads: the serialized data of `build()` (a dict or list) from the cache, or built and stored.

    Called inside the API view, after DRF has authenticated the request (token or session) and checked
    permissions, so the key holds the API user's role. The data is cached, not the rendered bytes: the
    browsable API renders per user around it.
    """
    if not settings.PAGE_CACHE_ENABLED or request.method != "GET":
        return build()
    key = page_key(request, "api")
    data = cache().get(key)
    if data is None:
        data = build()
        cache().set(key, data, settings.PAGE_CACHE_TIMEOUT)
    return data
