"""Every page reachable from the front page: no server error, and no asset from another host.

The register runs air-gapped: a script, stylesheet, image, font or frame from another host is a page that
breaks offline (as /api/docs/ did when Swagger UI came from a CDN). A link (<a href>) to another site is fine.
The crawl follows every same-site <a href> from "/" (GET only), anonymously in demo mode and as an editor
(the admin site and the browsable API included), and checks each HTML page's asset references and the
url(...) references of the stylesheets it loads. It visits the first few URLs it finds of each kind of page (URL
pattern), so it stays bounded however many records the catalog holds.
"""

import re
from collections import Counter, deque
from urllib.parse import urljoin, urlsplit

import pytest
from django.urls import Resolver404, resolve
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from airegister.usecases.testing import make_use_case

SITE_HOSTS = {"", "testserver"}
PER_KIND = 2  # URLs visited per kind of page (URL pattern): e.g. a list, then the list filtered or sorted
MAX_PAGES = 1000  # a safety net: the crawls below visit a few hundred
SKIP_PATHS = re.compile(r"^/logout/|^/admin/logout/|/delete/$")

# Elements and attributes that make the browser fetch something when the page loads.
ASSET_ATTRIBUTES = [
    ("script", "src"), ("img", "src"), ("img", "srcset"), ("source", "src"), ("source", "srcset"),
    ("iframe", "src"), ("frame", "src"), ("embed", "src"), ("object", "data"), ("video", "src"),
    ("video", "poster"), ("audio", "src"), ("track", "src"), ("input", "src"), ("image", "href"),
    ("use", "href"),
]
# <link rel=…> values that are navigation, not something the page loads.
LINK_RELS_NOT_LOADED = {"canonical", "alternate", "next", "prev", "help", "license", "author", "bookmark"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


def is_other_host(url: str) -> bool:
    parts = urlsplit(url.strip())
    if parts.scheme in ("data", "blob", "about", "javascript", "mailto"):
        return False
    return (parts.hostname or "") not in SITE_HOSTS


def page_assets(html: str) -> list[str]:
    tree = HTMLParser(html)
    found = []
    for tag, attribute in ASSET_ATTRIBUTES:
        for node in tree.css(f"{tag}[{attribute}]"):
            value = node.attributes.get(attribute) or ""
            if attribute == "srcset":
                found += [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]
            else:
                found.append(value)
    for node in tree.css("link[href]"):
        rels = set((node.attributes.get("rel") or "").lower().split())
        if not rels or not rels <= LINK_RELS_NOT_LOADED:
            found.append(node.attributes.get("href") or "")
    for node in tree.css("[style]"):
        found += css_urls(node.attributes.get("style") or "")
    for node in tree.css("style"):
        found += css_urls(node.text())
    return [url for url in found if url.strip()]


def css_urls(css: str) -> list[str]:
    return [a or b for a, b in CSS_URL.findall(css)]


def page_links(html: str) -> list[str]:
    return [node.attributes.get("href") or "" for node in HTMLParser(html).css("a[href]")]


def kind_of(path: str) -> str:
    try:
        match = resolve(path)
    except Resolver404:
        return path
    return match.route or match.view_name


def crawl(client, start="/"):
    """Visit every kind of same-site page reachable from `start`; return what was seen and what is wrong."""
    client.raise_request_exception = False  # a server error is a finding, not the end of the crawl
    queue, queued = deque([start]), {start}
    kinds = Counter()
    visited, problems, checked_assets = [], [], set()

    def enqueue(url, referrer):
        absolute = urljoin("http://testserver" + referrer, url.strip())
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or is_other_host(absolute):
            return
        local = parts.path + (f"?{parts.query}" if parts.query else "")
        if local in queued or SKIP_PATHS.search(parts.path) or parts.path.startswith("/static/"):
            return
        queued.add(local)
        queue.append(local)

    while queue and len(visited) < MAX_PAGES:
        url = queue.popleft()
        path = url.partition("?")[0]
        kind = kind_of(path)
        if kinds[kind] >= PER_KIND:
            continue
        kinds[kind] += 1
        # As a browser asks: the API answers its browsable HTML pages.
        response = client.get(url, HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8")
        visited.append((url, response.status_code))
        if response.status_code >= 500:
            problems.append(f"{url}: {response.status_code}")
            continue
        if response.status_code in (301, 302, 303, 307, 308):
            enqueue(response["Location"], path)
            continue
        if not response["Content-Type"].startswith("text/html"):
            continue
        html = response.content.decode()
        for asset in page_assets(html):
            if is_other_host(asset):
                problems.append(f"{url}: asset on another host: {asset}")
            else:
                check_asset(client, urljoin("http://testserver" + path, asset), url, checked_assets, problems)
        for link in page_links(html):
            enqueue(link, path)
    return visited, kinds, problems


def check_asset(client, absolute, page, checked, problems):
    """A same-site asset answers, and a stylesheet's own url(...) and @import stay on this site too."""
    parts = urlsplit(absolute)
    local = parts.path + (f"?{parts.query}" if parts.query else "")
    if local in checked:
        return
    checked.add(local)
    response = client.get(local)
    if response.status_code != 200:
        problems.append(f"{page}: asset {local} answers {response.status_code}")
        return
    if parts.path.endswith(".css"):
        css = b"".join(response.streaming_content if response.streaming else [response.content]).decode()
        problems += [f"{local}: refers to another host: {u}" for u in css_urls(css) if is_other_host(u)]


@pytest.fixture
def register(catalog, settings):
    """The built-in catalog with the default requirement profile and a few use cases, in demo mode."""
    from airegister.requirements.loader import load_requirements

    load_requirements()
    make_use_case(
        "Claims triage", model="claude-3-7-sonnet", channel="aws-bedrock", data_classes=["phi"], regions=["eu"],
        status="in-production", owner="Claims team",
    )
    make_use_case("Marketing drafts", model="claude-3-7-sonnet", owner="Marketing")
    make_use_case("Unassigned idea", owner="Research")
    settings.DEMO_MODE = True
    settings.ANONYMOUS_READ = True
    return catalog


def assert_crawl(client, must_reach):
    visited, kinds, problems = crawl(client)
    paths = {url.partition("?")[0] for url, _ in visited}

    assert problems == []
    assert [p for p in must_reach if p not in paths] == [], sorted(paths)
    return visited, kinds


@pytest.mark.django_db
def test_anonymous_reader_meets_no_server_error_and_no_asset_from_another_host(client, register):
    visited, kinds = assert_crawl(
        client,
        ["/", "/models/", "/vendors/", "/channels/", "/controls/", "/playbooks/", "/changes/", "/use-cases/",
         "/api/docs/", "/api/", "/api/catalog/models/", "/retirements/", "/compare/"],
    )
    assert len(kinds) > 50


@pytest.mark.django_db
def test_editor_meets_no_server_error_and_no_asset_from_another_host(editor_client, register):
    visited, kinds = assert_crawl(
        editor_client,
        # The import endpoint takes a file upload, so the browsable API draws its HTML form (with <select>s of
        # related records keyed by slug): it was a 500 once.
        ["/", "/dashboard/", "/use-cases/", "/models/", "/admin/", "/admin/catalog/aimodel/", "/api/",
         "/api/docs/", "/api/usecases/use-cases/import/"],
    )
    assert any(path.startswith("/admin/catalog/aimodel/") and path.endswith("/change/") for path, _ in visited)
    assert len(kinds) > 150


def test_the_check_finds_every_kind_of_asset_from_another_host_and_no_link():
    html = """<html><head>
      <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/swagger-ui-dist/swagger-ui.css">
      <link rel="icon" href="//cdn.example.com/favicon.png"><link rel="canonical" href="https://elsewhere.org/">
      <link rel="stylesheet" href="/static/core/register.css">
      <style>@font-face { src: url("https://fonts.example.com/a.woff2") } .x { background: url(/static/x.png) }</style>
      <script src="https://cdn.jsdelivr.net/npm/swagger-ui-dist/swagger-ui-bundle.js"></script><script>inline()</script>
    </head><body>
      <img src="http://img.example.com/a.png" srcset="/static/a.png 1x, https://img.example.com/a2.png 2x">
      <picture><source srcset="https://img.example.com/b.webp"></picture><iframe src="https://video.example.com/"></iframe>
      <div style="background-image: url('https://img.example.com/bg.png')"></div>
      <img src="data:image/png;base64,AAAA"><a href="https://www.anthropic.com/">a link is not an asset</a>
    </body></html>"""

    assert sorted(url for url in page_assets(html) if is_other_host(url)) == sorted([
        "https://cdn.jsdelivr.net/npm/swagger-ui-dist/swagger-ui.css",
        "//cdn.example.com/favicon.png",
        "https://fonts.example.com/a.woff2",
        "https://cdn.jsdelivr.net/npm/swagger-ui-dist/swagger-ui-bundle.js",
        "http://img.example.com/a.png",
        "https://img.example.com/a2.png",
        "https://img.example.com/b.webp",
        "https://video.example.com/",
        "https://img.example.com/bg.png",
    ])
