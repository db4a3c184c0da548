"""The register in a real browser against a real server: read the catalog, open a profile, sign in."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_catalog_lists_claude_and_links_to_its_profile(live_server, catalog, anon_read, page):
    page.goto(live_server.url + "/")

    table = page.locator("table").filter(has_text="Claude 3.7 Sonnet")
    expect(table).to_have_count(1)
    table.get_by_role("link", name="Claude 3.7 Sonnet", exact=True).first.click()

    expect(page).to_have_url(re.compile(r"/models/[\w-]+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^\s*Claude 3\.7 Sonnet\s*$"))
    # The header names the vendor and the release date as the seed page shows them.
    expect(page.locator("body")).to_contain_text("Anthropic")
    expect(page.locator("body")).to_contain_text("Released February 24, 2025")


def test_demo_mode_says_so_and_how_to_sign_in_as_an_editor(live_server, catalog, anon_read, page):
    anon_read.DEMO_MODE = True
    page.goto(live_server.url + "/")

    expect(page.locator("body")).to_contain_text(re.compile(r"demo", re.I))
    expect(page.locator("body")).to_contain_text("demo-editor")


def test_anonymous_reader_is_sent_to_sign_in_when_reading_needs_an_account(live_server, catalog, page):
    page.goto(live_server.url + "/")

    expect(page).to_have_url(re.compile(r"/login/\?next=/$"))
    expect(page.locator('input[name="username"]')).to_be_visible()


def test_editor_signs_in_through_the_login_page_and_reaches_the_back_office(
    live_server, catalog, editor, user_password, page
):
    page.goto(live_server.url + "/login/")
    page.locator('input[name="username"]').fill(editor.username)
    page.locator('input[name="password"]').fill(user_password)
    page.locator('form [type="submit"]').first.click()

    # Signed in: the start page is the dashboard.
    expect(page).not_to_have_url(re.compile(r"/login/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^\s*Dashboard\s*$"))
    # Editors are staff: the admin site opens without a second sign-in.
    page.goto(live_server.url + "/admin/")
    expect(page.locator("body")).to_contain_text("Catalog back office")


def test_wrong_password_is_refused_with_a_message(live_server, editor, page):
    page.goto(live_server.url + "/login/")
    page.locator('input[name="username"]').fill(editor.username)
    page.locator('input[name="password"]').fill("not-the-password")
    page.locator('form [type="submit"]').first.click()

    expect(page).to_have_url(re.compile(r"/login/"))
    expect(page.locator("body")).to_contain_text(re.compile(r"correct username and password", re.I))
