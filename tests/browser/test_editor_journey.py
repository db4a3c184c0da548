"""An editor's working day, end to end in a real browser against a real server: sign in, read the catalog, filter
it, open a profile, compare two models, check a workload, accept a proposed fact, complete an assessment.

Each step asserts what the page shows and, where the step writes, what the database holds after it. A screenshot
of each step is kept for people to look at, under test-output/e2e/ (AIREGISTER_E2E_DIR moves it), as
NN-step.png. The browser's console is watched all along: a JavaScript error or a Content Security Policy
violation fails the run.
"""

import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from airegister.catalog.models import AIModel, Vendor
from airegister.core.models import ObjectChange
from airegister.governance.models import Assessment
from airegister.governance.testing import ANSWERS, DUE_DILIGENCE
from airegister.intake.models import ProposedFact
from airegister.requirements.testing import builtin  # noqa: F401  (fixture: catalog and default requirements)

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]
# A system card of one paragraph: ingesting it proposes a training data cutoff for Claude Opus 4 other than the
# built-in catalog's (2025-03), with its sentence.
STATED = "Claude Opus 4 was trained on data up to April 2025."
SYSTEM_CARD = f"Claude Opus 4 System Card\n\n{STATED}\n"


@pytest.fixture
def screenshots() -> Path:
    folder = Path(os.environ.get("AIREGISTER_E2E_DIR") or ROOT / "test-output" / "e2e")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()  # this run's steps only
    return folder


@pytest.fixture
def proposed_fact(builtin, tmp_path, settings):  # noqa: F811 - the fixture imported above
    """A vendor document ingested as an editor would (`airegister ingest`): one fact proposed for Claude Opus 4."""
    settings.VAR_DIR = tmp_path
    card = tmp_path / "opus-4-system-card.txt"
    card.write_text(SYSTEM_CARD, encoding="utf-8")
    call_command("ingest", str(card), vendor="anthropic")
    return ProposedFact.objects.get(model__slug="claude-opus-4", field="training_data_cutoff", status="proposed")


def fill_answers(page, answers: dict[str, str]) -> None:
    """Answer each question as a person does: pick the radio button, choose the option or type the text."""
    for name, value in answers.items():
        field = page.locator(f'[name="{name}"]')
        kind = field.first.evaluate("e => e.tagName === 'INPUT' ? e.type : e.tagName.toLowerCase()")
        if kind == "radio":
            page.locator(f'[name="{name}"][value="{value}"]').check()
        elif kind == "select":
            field.select_option(value)
        else:
            field.fill(value)


def test_an_editor_goes_from_the_catalog_to_a_completed_assessment(
    live_server, proposed_fact, editor, user_password, page, console, screenshots
):
    url = live_server.url
    shots = iter(range(1, 100))

    def step(name: str) -> None:
        page.screenshot(path=str(screenshots / f"{next(shots):02d}-{name}.png"), full_page=True)
        console.assert_clean(f"problems on the way to step “{name}”")

    # Sign in through the login page.
    page.goto(url + "/login/")
    page.locator('input[name="username"]').fill(editor.username)
    page.locator('input[name="password"]').fill(user_password)
    page.locator('form [type="submit"]').first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^\s*Dashboard\s*$"))
    step("signed-in")

    # The catalog lists the built-in models.
    page.goto(url + "/models/")
    table = page.locator("table.model-table")
    expect(table).to_contain_text("Claude 3.7 Sonnet")
    expect(table).to_contain_text("Claude Opus 4")
    unfiltered = page.locator("table.model-table tbody tr").count()
    step("catalog")

    # Filter: models named "claude" that read images; every row left is a Claude, and the form keeps the filter.
    page.get_by_label("Search").fill("claude")
    page.get_by_label("Image").check()
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"q=claude.*modality=image"))
    rows = page.locator("table.model-table tbody tr")
    expect(rows.first).to_contain_text("Claude")
    assert all("Claude" in text for text in rows.all_inner_texts())
    assert 0 < rows.count() < unfiltered
    expect(page.get_by_label("Image")).to_be_checked()
    step("catalog-filtered")

    # A model's profile, from its row.
    table.get_by_role("link", name="Claude Opus 4", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/models/claude-opus-4/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^\s*Claude Opus 4\s*$"))
    expect(page.locator("body")).to_contain_text("Anthropic")
    step("profile")

    # Compare two models, ticked in the list.
    page.goto(url + "/models/")
    page.get_by_role("checkbox", name="Compare Claude 3.7 Sonnet", exact=True).check()
    page.get_by_role("checkbox", name="Compare Claude Opus 4", exact=True).check()
    page.get_by_role("button", name="Compare").click()
    expect(page).to_have_url(re.compile(r"/compare/\?models=claude-3-7-sonnet&models=claude-opus-4$"))
    header = page.locator("table.compare-table thead")
    expect(header).to_contain_text("Claude 3.7 Sonnet")
    expect(header).to_contain_text("Claude Opus 4")
    step("compare")

    # May we send PHI of EU data subjects to Claude 3.7 Sonnet on AWS Bedrock? Yes, with the rules' reasons.
    page.goto(url + "/check/")
    page.get_by_label("PHI", exact=True).check()
    page.get_by_label("European Union", exact=True).check()
    page.get_by_role("button", name="Check").click()
    results = page.locator("#results")
    expect(results.get_by_role("heading", level=2)).to_contain_text("PHI · data subjects in European Union")
    option = results.locator("details").filter(
        has=page.locator("summary .model", has_text=re.compile(r"^Claude 3\.7 Sonnet$"))
    ).filter(has=page.locator("summary .channel", has_text=re.compile(r"^AWS Bedrock$")))
    expect(option.locator("summary")).to_contain_text("Pass")
    option.locator("summary").click()
    expect(option.locator(".why")).to_contain_text("HIPAA BAA")
    expect(option.locator(".why")).to_contain_text("EU data residency")
    step("check")

    # Accept the proposed fact on its snapshot's page, found from the list of proposed facts.
    page.goto(url + "/proposed-facts/?status=proposed&model=claude-opus-4")
    expect(page.locator("body")).to_contain_text("training data cutoff")
    page.goto(url + proposed_fact.snapshot.get_absolute_url())
    assert AIModel.objects.get(slug="claude-opus-4").training_data_cutoff == "2025-03"
    row = page.locator(f"#fact-{proposed_fact.pk}")
    expect(row).to_contain_text("2025-04")
    row.get_by_role("button", name="Accept").click()
    expect(page.locator("body")).to_contain_text("Accepted Claude Opus 4: training data cutoff")
    expect(page.locator(f"#fact-{proposed_fact.pk}")).to_contain_text("Accepted")
    proposed_fact.refresh_from_db()
    assert (proposed_fact.status, proposed_fact.decided_by) == ("accepted", editor)
    opus = AIModel.objects.get(slug="claude-opus-4")
    assert opus.training_data_cutoff == "2025-04"
    assert opus.evidence["training_data_cutoff"] == STATED
    assert ObjectChange.objects.for_object(opus).filter(action="update", user=editor).exists()
    step("fact-accepted")

    # An assessment of Anthropic from the library's due-diligence control: start, answer, complete.
    anthropic = Vendor.objects.get(slug="anthropic")
    page.goto(url + "/assessments/start/")
    page.get_by_label("Control").select_option(DUE_DILIGENCE)
    page.get_by_label("Subject").select_option(f"catalog.vendor:{anthropic.pk}")
    step("assessment-start")
    page.get_by_role("button", name="Start the draft").click()
    expect(page).to_have_url(re.compile(r"/assessments/\d+/edit/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Anthropic")
    fill_answers(page, ANSWERS)
    page.get_by_label("Risk rating").select_option("high")
    page.get_by_label("Summary").fill("Fit for PHI on AWS Bedrock under the BAA.")
    step("assessment-answered")
    page.get_by_role("button", name="Complete").click()
    expect(page.locator("body")).to_contain_text("Completed, awaiting sign-off")
    assessment = Assessment.objects.get(subject_name="Anthropic")
    assert (assessment.status, assessment.risk_rating, assessment.assessor) == ("completed", "high", editor)
    assert assessment.answers["training-on-our-data"] == "No"
    assert assessment.next_due is not None
    step("assessment-completed")

    assert sorted(p.name for p in screenshots.glob("*.png")) == [
        "01-signed-in.png", "02-catalog.png", "03-catalog-filtered.png", "04-profile.png", "05-compare.png",
        "06-check.png", "07-fact-accepted.png", "08-assessment-start.png", "09-assessment-answered.png",
        "10-assessment-completed.png",
    ]


# The console watch itself: it must catch what it is there to catch, before any page has a CSP to break.


def test_the_console_watch_catches_a_javascript_error(live_server, catalog, anon_read, page, console):
    page.goto(live_server.url + "/models/")
    page.evaluate("setTimeout(() => { throw new Error('planted failure') }, 0)")
    page.wait_for_timeout(200)
    assert any("planted failure" in p for p in console.problems), console.problems
    with pytest.raises(AssertionError, match="planted failure"):
        console.assert_clean()


def test_the_console_watch_catches_a_content_security_policy_violation(live_server, page, console):
    # A page served with a policy that forbids inline scripts, holding one: Chromium blocks it and reports it.
    page.route(
        live_server.url + "/csp-probe/",
        lambda route: route.fulfill(
            status=200, content_type="text/html",
            headers={"Content-Security-Policy": "default-src 'self'"},
            body="<!doctype html><title>probe</title><script>document.title = 'ran'</script>",
        ),
    )
    page.goto(live_server.url + "/csp-probe/")
    page.wait_for_timeout(200)
    assert page.title() == "probe"  # the inline script was blocked
    assert any("Content Security Policy" in p for p in console.problems), console.problems
