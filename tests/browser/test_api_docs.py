"""The API docs page renders its operations with no network beyond the register itself (air-gapped)."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_api_docs_render_the_operations_with_every_other_host_blocked(live_server, anon_read, page):
    own_host = urlsplit(live_server.url).hostname  # the test server: localhost or 127.0.0.1
    requested_elsewhere = []

    def only_this_server(route):
        if urlsplit(route.request.url).hostname == own_host:
            route.continue_()
        else:
            requested_elsewhere.append(route.request.url)
            route.abort()

    page.route("**/*", only_this_server)
    page.goto(live_server.url + "/api/docs/")

    # Swagger UI built the sections from /api/schema/: its scripts and stylesheet came from this server.
    # Generous wait: generating the schema takes seconds on a busy machine. Sections open when clicked.
    section = page.locator(".opblock-tag", has_text="catalog").first
    expect(section).to_be_visible(timeout=60_000)
    expect(page.locator(".opblock-tag")).to_have_count(8)  # every app's section, governance and webhooks included
    section.click()
    operation = page.locator(".opblock-summary-path", has_text="/api/catalog/models/").first
    expect(operation).to_be_visible(timeout=60_000)
    # In the register's page: its top bar and title.
    expect(page).to_have_title("API · AI Register")
    expect(page.locator(".topbar")).to_contain_text("Catalog")
    assert requested_elsewhere == []
