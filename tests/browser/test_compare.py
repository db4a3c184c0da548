"""Comparing models in a real browser: tick two in the catalog list, press Compare, see both side by side."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_tick_two_models_and_compare_them(live_server, catalog, anon_read, page):
    page.goto(live_server.url + "/models/")
    # exact: "Compare Claude Opus 4" is also the start of "Compare Claude Opus 4.5"'s name.
    page.get_by_role("checkbox", name="Compare Claude 3.7 Sonnet", exact=True).check()
    page.get_by_role("checkbox", name="Compare Claude Opus 4", exact=True).check()
    page.get_by_role("button", name="Compare").click()

    expect(page).to_have_url(re.compile(r"/compare/\?models=claude-3-7-sonnet&models=claude-opus-4$"))
    header = page.locator("table.compare-table thead")
    expect(header).to_contain_text("Claude 3.7 Sonnet")
    expect(header).to_contain_text("Claude Opus 4")
    expect(page.locator("tr.differs").filter(has_text="Safety level")).to_have_count(1)


def test_filtering_the_list_keeps_every_filter_in_the_address(live_server, catalog, anon_read, page):
    page.goto(live_server.url + "/models/")
    page.get_by_label("Search").fill("claude")
    page.get_by_label("Image").check()
    page.get_by_role("button", name="Apply").click()

    expect(page).to_have_url(re.compile(r"q=claude.*modality=image"))
    expect(page.get_by_label("Search")).to_have_value("claude")  # the form shows the filters applied
    expect(page.get_by_label("Image")).to_be_checked()
    expect(page.locator("table.model-table tbody tr").first).to_contain_text("Claude")
