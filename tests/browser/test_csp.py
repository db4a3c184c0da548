"""The register's main pages under its Content-Security-Policy, in a real browser: no violation reported (neither
in the console nor as a `securitypolicyviolation` event) and the pages still work (filters, the check form, the
compare page, Swagger UI's operations)."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from playwright.sync_api import expect

from airegister.catalog.models import Vendor
from airegister.governance.models import Assessment, Control
from airegister.requirements.testing import builtin  # noqa: F401  (a fixture: the default requirement profile)

pytestmark = pytest.mark.django_db(transaction=True)

# Runs before any page script (Playwright injects it outside the page's CSP): collects every violation event.
WATCH = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.fixture
def watched(page):
    console = []
    page.on("console", lambda msg: console.append(msg.text))
    page.add_init_script(WATCH)

    def violations():
        found = [m for m in console if "Content Security Policy" in m or "Content-Security-Policy" in m]
        return found + page.evaluate("window.__cspViolations || []")

    return page, violations


def sign_in(page, base, user, password):
    page.goto(base + "/login/")
    page.locator('input[name="username"]').fill(user.username)
    page.locator('input[name="password"]').fill(password)
    page.locator('form [type="submit"]').first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"Dashboard"))


@pytest.mark.usefixtures("builtin")
def test_main_pages_work_with_no_csp_violation(live_server, editor, user_password, watched):
    page, violations = watched
    base = live_server.url
    assessment = Assessment.objects.create(
        control=Control.objects.order_by("pk").first(),
        subject_type=ContentType.objects.get_for_model(Vendor),
        subject_id=Vendor.objects.get(slug="anthropic").pk,
        assessor=editor,
        risk_rating="high",
        answers={},
    )

    sign_in(page, base, editor, user_password)  # the sign-in page and the dashboard
    assert violations() == [], "sign-in / dashboard"

    # The catalog list and its filter form.
    page.goto(base + "/models/")
    expect(page.locator("table").first).to_be_visible()
    page.goto(base + "/models/?q=claude")
    expect(page.locator("table").first).to_contain_text("Claude")
    assert violations() == [], "catalog"

    pages = {
        "/models/claude-3-7-sonnet/": "Claude 3.7 Sonnet",
        "/vendors/anthropic/": "Anthropic",
        "/compare/?models=claude-3-7-sonnet,claude-opus-4": "Claude Opus 4",
        "/check/?data_classes=phi&regions=eu": "options for PHI",
        assessment.get_absolute_url(): "Anthropic",
        "/assessments/": "Anthropic",
        "/controls/": "Controls",
        "/changes/": "Change",
        "/models/claude-3-7-sonnet/dossier/": "model dossier",
        "/api/catalog/models/": "Ai Model List",  # DRF's browsable API (templates/rest_framework/api.html)
        "/admin/catalog/aimodel/": "Select",
    }
    for path, text in pages.items():
        page.goto(base + path)
        expect(page.locator("body")).to_contain_text(text)
        assert violations() == [], path

    # The check page's result rows open (a <details> grid styled from the CSS file, no inline grid template).
    page.goto(base + "/check/?data_classes=phi&regions=eu")
    row = page.locator(".results details summary").first
    row.click()
    expect(page.locator(".results details[open] .why").first).to_be_visible()
    columns = page.evaluate(
        "getComputedStyle(document.querySelector('.results summary')).gridTemplateColumns.split(' ').length"
    )
    assert columns >= 5  # model, channel, verdict, the rules, "Why": laid out as columns, not stacked

    # Swagger UI from the sidecar's files, its start-up script from the register: runs under script-src 'self'.
    page.goto(base + "/api/docs/")
    section = page.locator(".opblock-tag", has_text="catalog").first
    expect(section).to_be_visible(timeout=60_000)
    section.click()
    expect(page.locator(".opblock-summary-path", has_text="/api/catalog/models/").first).to_be_visible(
        timeout=60_000
    )
    assert violations() == [], "/api/docs/"

    # The watch itself works: markup with an inline style, added by script, is refused and reported.
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<span style=\"color: red\">x</span>')")
    page.wait_for_function("window.__cspViolations.length > 0")
    assert any("style-src" in v for v in violations())
