"""The review pages: snapshots with their proposed facts, decisions by plain POST forms, "What changed" pages."""

import re

import pytest
from django.test import Client

from airegister.catalog.models import AIModel, Vendor
from airegister.core.testing.views import ObjectViewTestCase, ViewTestCase, assert_shows, visible_text
from airegister.intake.models import ProposedFact
from airegister.sources.models import SourceDocument

from .conftest import edit, run


@pytest.fixture
def ingested(catalog, seed_copy):
    run("ingest", str(seed_copy))
    return SourceDocument.objects.get(watch=str(seed_copy))


class WithIngestedSeed:
    @pytest.fixture
    def data(self, catalog, seed_copy):
        run("ingest", str(seed_copy), title="Hub copy")
        return SourceDocument.objects.get(slug="hub-copy")


class TestSnapshotPage(WithIngestedSeed, ObjectViewTestCase):
    url = "/sources/hub-copy/snapshots/1/"
    unknown_url = "/sources/hub-copy/snapshots/9/"
    expected_texts = (
        "Snapshot 1 of Hub copy", "Claude Opus 4", "In the register: Claude Opus 4", "safety level", "ASL-3",
        "Claude Sonnet 4", "ASL-2", "Prompt Injection: attack prevention score (with safeguards)", "89%",
        "“Based on our assessments, we have decided to deploy Claude Opus 4 under the ASL-3 Standard",
    )


class TestSourcePageWithSnapshots(WithIngestedSeed, ObjectViewTestCase):
    url = "/sources/hub-copy/"
    unknown_url = "/sources/nothing/"
    expected_texts = ("Snapshots", "Snapshot 1", "Monitoring", "Watched", "transparency-hub.txt", "What changed")


class TestProposedFactList(WithIngestedSeed, ViewTestCase):
    url = "/proposed-facts/?status=proposed&model=claude-opus-4"
    expected_texts = ("Proposed facts", "Hub copy · snapshot 1", "Claude Opus 4", "training data cutoff", "2025-03")


class TestSourceChanges(WithIngestedSeed, ObjectViewTestCase):
    url = "/sources/hub-copy/changes/"
    unknown_url = "/sources/nothing/changes/"
    expected_texts = ("What changed · Hub copy", "No change recorded")


class TestModelChanges(WithIngestedSeed, ObjectViewTestCase):
    url = "/models/claude-opus-4/changes/"
    unknown_url = "/models/nothing/changes/"
    expected_texts = ("What changed · Claude Opus 4", "No change recorded for this model")


def csrf_client(user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def form_fields(html: str, action: str) -> dict:
    """The fields a browser submits from the form posting to `action` (hidden inputs and the CSRF token)."""
    form = re.search(rf'<form method="post" action="{re.escape(action)}">(.*?)</form>', html, re.S)
    assert form, f"no form posting to {action}"
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(1)))


def test_viewers_see_facts_but_no_decision_forms(ingested, viewer_client):
    html = viewer_client.get(f"/sources/{ingested.slug}/snapshots/1/").content.decode()
    assert "/accept/" not in html and "/reject/" not in html and "Accept all" not in html


def test_an_editor_accepts_a_fact_with_the_pages_own_form(ingested, editor):
    client = csrf_client(editor)
    page = f"/sources/{ingested.slug}/snapshots/1/"
    fact = ProposedFact.objects.get(model__slug="claude-opus-4", field="training_data_cutoff")
    action = f"/proposed-facts/{fact.pk}/accept/"
    fields = form_fields(client.get(page).content.decode(), action)
    assert "csrfmiddlewaretoken" in fields
    response = client.post(action, fields, follow=True)
    assert response.redirect_chain[-1][0].startswith(page)
    assert_shows(response, "Accepted Claude Opus 4: training data cutoff")
    fact.refresh_from_db()
    assert fact.status == "accepted" and fact.decided_by == editor
    assert AIModel.objects.get(slug="claude-opus-4").evidence_sources["training_data_cutoff"]["snapshot"] == 1


def test_a_post_without_the_csrf_token_is_refused(ingested, editor):
    fact = ProposedFact.objects.get(model__slug="claude-opus-4", field="safety_level")
    assert csrf_client(editor).post(f"/proposed-facts/{fact.pk}/accept/").status_code == 403
    fact.refresh_from_db()
    assert fact.status == "proposed"


def test_viewers_and_anonymous_visitors_cannot_decide(ingested, viewer_client, client, anon_read):
    fact = ProposedFact.objects.get(model__slug="claude-opus-4", field="safety_level")
    assert viewer_client.post(f"/proposed-facts/{fact.pk}/accept/").status_code == 403
    assert client.post(f"/proposed-facts/{fact.pk}/reject/").status_code == 403
    fact.refresh_from_db()
    assert fact.status == "proposed"


def test_an_editor_rejects_a_fact(ingested, editor_client):
    fact = ProposedFact.objects.get(model__slug="claude-sonnet-4", field="release_date")
    response = editor_client.post(f"/proposed-facts/{fact.pk}/reject/", {"note": "Not this page"}, follow=True)
    assert_shows(response, "Rejected Claude Sonnet 4: release date")
    fact.refresh_from_db()
    assert (fact.status, fact.note) == ("rejected", "Not this page")


def test_accept_all_for_a_model(ingested, editor):
    client = csrf_client(editor)
    page = f"/sources/{ingested.slug}/snapshots/1/"
    action = f"/sources/{ingested.slug}/snapshots/1/accept-model/"
    html = client.get(page).content.decode()
    opus = AIModel.objects.get(slug="claude-opus-4")
    forms = re.findall(rf'<form method="post" action="{re.escape(action)}">(.*?)</form>', html, re.S)
    fields = next(dict(re.findall(r'name="([^"]+)" value="([^"]*)"', f)) for f in forms
                  if f'name="model" value="{opus.pk}"' in f)
    response = client.post(action, fields, follow=True)
    assert_shows(response, "Claude Opus 4: Accepted 13 facts.")
    assert not ProposedFact.objects.filter(model=opus, status="proposed").exists()
    assert ProposedFact.objects.filter(model__slug="claude-sonnet-4", status="proposed").count() == 13


def test_refusals_are_messages_not_errors(db, seed_002, editor_client):
    vendor = Vendor.objects.create(name="Anthropic", slug="anthropic")
    AIModel.objects.create(vendor=vendor, name="Claude Opus 4", slug="claude-opus-4")
    run("ingest", str(seed_002))
    fact = ProposedFact.objects.get(model__slug="claude-opus-4", field="access_surfaces")  # no channels recorded
    response = editor_client.post(f"/proposed-facts/{fact.pk}/accept/", follow=True)
    assert response.status_code == 200
    assert_shows(response, "was not accepted: No channel of the register is named Claude.ai")


def test_accept_as_new_model_and_link_from_the_page(db, seed_002, editor_client):
    vendor = Vendor.objects.create(name="Anthropic", slug="anthropic")
    other = AIModel.objects.create(vendor=vendor, name="Opus (internal name)", slug="opus-internal")
    run("ingest", str(seed_002))
    document = SourceDocument.objects.get()
    page = f"/sources/{document.slug}/snapshots/1/"
    html = editor_client.get(page).content.decode()
    assert "Accept as new model" in html and "Not in the register" in visible_text(html)

    response = editor_client.post(f"{page}new-model/", {"model_name": "Claude Sonnet 4", "vendor": vendor.pk},
                                  follow=True)
    # No channel is recorded in this register: the access surfaces wait, with the reason.
    assert_shows(response, "Created Claude Sonnet 4 (Anthropic). Accepted 12 facts. 1 left for review "
                           "(access surfaces: No channel of the register is named Claude.ai")
    assert AIModel.objects.get(slug="claude-sonnet-4").safety_level == "ASL-2"

    response = editor_client.post(f"{page}link-model/", {"model_name": "Claude Opus 4", "model": other.pk},
                                  follow=True)
    assert_shows(response, "Linked 13 fact(s) about Claude Opus 4 to Opus (internal name)")
    assert ProposedFact.objects.filter(model=other, status="proposed").count() == 13

    response = editor_client.post(f"{page}new-model/", {"model_name": "", "vendor": ""}, follow=True)
    assert response.status_code == 200
    assert_shows(response, "model_name: This field is required.")


def test_the_next_parameter_never_leaves_the_site(ingested, editor_client):
    fact = ProposedFact.objects.get(model__slug="claude-opus-4", field="safety_level")
    response = editor_client.post(f"/proposed-facts/{fact.pk}/reject/", {"next": "https://evil.example/"})
    assert response["Location"] == f"/sources/{ingested.slug}/snapshots/1/"


def test_what_changed_pages_after_a_change(ingested, seed_copy, viewer_client):
    edit(seed_copy, "deploy Claude Opus 4 under the ASL-3 Standard", "deploy Claude Opus 4 under the ASL-4 Standard")
    run("monitor", source=ingested.slug)
    source_page = viewer_client.get(f"/sources/{ingested.slug}/changes/")
    assert_shows(source_page, "Changed", "High", "Claude Opus 4", "safety level:", "ASL-3", "ASL-4",
                 "snapshot 1 → snapshot 2", "flag raised")
    model_page = viewer_client.get("/models/claude-opus-4/changes/")
    assert_shows(model_page, "safety level:", "ASL-3", "ASL-4")
    assert "Claude Sonnet 4" not in visible_text(model_page)
    snapshot_page = viewer_client.get(f"/sources/{ingested.slug}/snapshots/2/")
    assert_shows(snapshot_page, "Changed since snapshot 1", "safety level: ASL-3 → ASL-4", "← Snapshot 1")


def test_the_profile_links_to_what_changed(catalog, viewer_client):
    html = viewer_client.get("/models/claude-opus-4/").content.decode()
    assert 'href="/models/claude-opus-4/changes/"' in html
