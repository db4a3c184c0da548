"""A real browser for the browser tests: Debian's Chromium driven by Playwright (never a downloaded build)."""

import os

import pytest

CHROMIUM = os.environ.get("AIREGISTER_CHROMIUM", "/usr/bin/chromium")
# In CI the browser tests are required: a missing browser fails them. Elsewhere (a fresh machine with Python
# and make only) they are skipped, and the root conftest.py says so in one line at the end of the run.
IN_CI = os.environ.get("CI") == "true"
BROWSER_DIR = os.path.dirname(os.path.abspath(__file__))
SKIP_REASON = (
    f"browser tests skipped: {CHROMIUM} not found; install it with `apt-get install chromium` "
    "(or point AIREGISTER_CHROMIUM at a Chromium)"
)
# No sandbox: CI runs as root in a container; the rest keeps Chromium off the network (air-gapped runs).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config, items):
    if IN_CI or os.path.exists(CHROMIUM):
        return
    skip = pytest.mark.skip(reason=SKIP_REASON)
    for item in items:
        if str(item.path).startswith(BROWSER_DIR + os.sep):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        # Only in CI (outside it the tests are skipped): a missing browser is a broken set-up there.
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# A page's script sees a Content-Security-Policy violation as this event; Chromium also logs it to the console,
# but the event names the directive even where a console message is cut short.
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (e) => {
  console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
});
"""


class ConsoleWatch:
    """What a page reported as wrong: JavaScript errors (uncaught or logged) and Content Security Policy violations
    (at any console level). `problems` lists them, one line each."""

    def __init__(self, page):
        self.problems: list[str] = []
        page.add_init_script(CSP_LISTENER)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))

    def _console(self, message):
        if message.type == "error" or "Content Security Policy" in message.text:
            self.problems.append(f"console {message.type}: {message.text} ({message.location.get('url', '')})")

    def assert_clean(self, step: str = ""):
        assert not self.problems, f"the browser reported {step or 'problems'}:\n" + "\n".join(self.problems)


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def console(page) -> ConsoleWatch:
    """The JavaScript errors and CSP violations of the `page` fixture's page."""
    return ConsoleWatch(page)
