"""A generic test case for read pages, and a visible-text extractor for asserting what a user sees.

Use: subclass `ViewTestCase` (or `ObjectViewTestCase` for a record's page, with `unknown_url`) in a `Test…`
class, state `url` and `expected_texts`, and override the `data` fixture to create the records the page
shows. The inherited tests check access for each kind of visitor and that the page shows the texts.
"""

import re
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ..pagecache import cache as page_cache

# Elements whose content a browser never shows as page text.
HIDDEN_ELEMENTS = {"head", "script", "style", "template", "noscript"}
VOID_ELEMENTS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
}


class _VisibleText(HTMLParser):
    """Text a reader sees on first load: no <head>/<script>, and of a closed <details> only its <summary>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, hidden, is a closed <details>)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID_ELEMENTS:
            if tag == "br":
                self.parts.append("\n")
            return
        parent_hidden, parent_closed = (self.stack[-1][1], self.stack[-1][2]) if self.stack else (False, False)
        hidden = parent_hidden or tag in HIDDEN_ELEMENTS or (parent_closed and tag != "summary")
        closed = tag == "details" and "open" not in dict(attrs)
        self.stack.append((tag, hidden, closed))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if self.stack and (self.stack[-1][1] or self.stack[-1][2]):
            return
        self.parts.append(data)


def visible_text(html) -> str:
    """The page's visible text, whitespace collapsed to single spaces."""
    if isinstance(html, bytes):
        html = html.decode()
    elif hasattr(html, "content"):
        html = html.content.decode()
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return re.sub(r"\s+", " ", " ".join(parser.parts)).strip()


def squash(text: str) -> str:
    """Text with all whitespace removed, for comparisons that must not depend on markup line breaks."""
    return re.sub(r"\s+", "", text)


def assert_shows(html, *texts):
    page = squash(visible_text(html))
    missing = [t for t in texts if squash(t) not in page]
    assert not missing, f"not shown on the page: {missing}"


def assert_site_404(response):
    """A 404 rendered in the site's own look (our error template), not Django's bare page."""
    assert response.status_code == 404
    assert b"core/register.css" in response.content
    assert_shows(response, "Not found", "AI Register")


class ViewTestCase:
    # May name the data fixture's value, e.g. "/changes/{data.pk}/"; formatted with `data=` before use.
    url: str = ""
    expected_texts: tuple[str, ...] = ()

    def page_url(self, data) -> str:
        return self.url.format(data=data)

    @pytest.fixture
    def data(self, db):
        """The records the page shows; override in the test class."""
        return None

    def test_viewer_sees_the_page(self, data, viewer_client):
        response = viewer_client.get(self.page_url(data))
        assert response.status_code == 200
        assert_shows(response, *self.expected_texts)

    def test_anonymous_is_sent_to_sign_in(self, data, client, settings):
        settings.ANONYMOUS_READ = False
        response = client.get(self.page_url(data))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))

    def test_anonymous_reads_when_allowed(self, data, client, anon_read):
        response = client.get(self.page_url(data))
        assert response.status_code == 200
        assert_shows(response, *self.expected_texts)



class ObjectViewTestCase(ViewTestCase):
    """A page of one record: also a 404 in the site's look for a slug that does not exist."""

    unknown_url: str = ""

    def test_unknown_slug_is_not_found(self, data, viewer_client, settings):
        settings.DEBUG = False
        assert_site_404(viewer_client.get(self.unknown_url))


def count_queries(client, url) -> int:
    """The queries one GET of `url` makes, after a first GET has warmed per-process caches (content types) the
    way a running server has them. Pages pin this number: it must not grow with the catalog.

    It is the page's render path that is counted: the page cache (core/pagecache.py), which the first GET
    filled, is emptied first (a warm cached page costs one query, pinned in core/tests/test_pagecache.py)."""
    client.get(url)
    page_cache().clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx)
