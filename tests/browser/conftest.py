"""A real browser for the browser tests: Debian's Chromium driven by Playwright (never a downloaded build)."""

import os

import pytest

CHROMIUM = os.environ.get("AIREGISTER_CHROMIUM", "/usr/bin/chromium")
# No sandbox: CI runs as root in a container; the rest keeps Chromium off the network (air-gapped runs).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        # A missing browser is a broken set-up, not a reason to skip: `.ci/run` installs it.
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
