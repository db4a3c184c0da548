"""Accepting and rejecting proposed facts: what lands in the catalog, cited, in the change log, on the profile."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError

from airegister.catalog.models import AIModel, Channel, ModelAvailability, SafetyEvaluation, Vendor
from airegister.core.models import ObjectChange
from airegister.core.testing.views import assert_shows, squash, visible_text
from airegister.intake import accept
from airegister.intake.models import ProposedFact
from airegister.sources.models import Snapshot, SourceDocument

from .conftest import run

PROMPT_INJECTION = (
    "Claude Opus 4 achieving an 89% attack prevention score (compared to 71% without safeguards)"
)


@pytest.fixture
def bare_register(db):
    """Anthropic, its four channels and two models named as seed 002 names them, with no fact recorded yet."""
    vendor = Vendor.objects.create(name="Anthropic", slug="anthropic")
    for weight, (name, aliases) in enumerate([
        ("Claude.ai", []), ("Anthropic API", ["The Anthropic API"]), ("AWS Bedrock", ["Amazon Bedrock"]),
        ("Google Cloud Vertex AI", ["Google Vertex AI"]),
    ]):
        Channel.objects.create(name=name, slug=name.lower().replace(" ", "-").replace(".", "-"), kind="other",
                               operator="x", aliases=aliases, weight=weight)
    opus = AIModel.objects.create(vendor=vendor, name="Claude Opus 4", slug="claude-opus-4")
    return vendor, opus


def ingested(path) -> Snapshot:
    run("ingest", str(path))
    return Snapshot.objects.order_by("-pk").first()


def test_accepting_all_of_opus_4_fills_its_profile_with_cited_facts(bare_register, seed_002, editor, viewer_client):
    _vendor, opus = bare_register
    snapshot = ingested(seed_002)
    outcome = accept.accept_all(snapshot, opus, editor)
    assert not outcome.left, outcome.summary
    opus.refresh_from_db()
    assert (opus.release_date, opus.knowledge_cutoff, opus.training_data_cutoff) == ("2025-05", "2025-01", "2025-03")
    assert opus.safety_level == "ASL-3"
    assert sorted(opus.input_modalities) == ["image", "text"] and opus.output_modalities == ["text"]
    document = snapshot.document
    assert opus.source == document
    assert opus.evidence["safety_level"].startswith("Based on our assessments, we have decided to deploy Claude Opus 4")
    assert opus.evidence_sources["safety_level"]["source"] == document.slug
    # Access surfaces: one availability per channel, matched by name or alias, cited.
    availabilities = ModelAvailability.objects.filter(model=opus).select_related("channel")
    assert {a.channel.name for a in availabilities} == {
        "Claude.ai", "Anthropic API", "AWS Bedrock", "Google Cloud Vertex AI"}
    assert all(a.source == document and "can be accessed through" in a.source_excerpt for a in availabilities)
    # Safety evaluations, each cited with its own sentence.
    evaluations = SafetyEvaluation.objects.filter(model=opus)
    figures = {(e.value, e.margin, e.condition) for e in evaluations}
    assert {(89.0, None, "with safeguards"), (71.0, None, "without safeguards"), (63.0, 13.0, "")} <= figures
    assert all(e.source == document and e.source_excerpt for e in evaluations)

    page = viewer_client.get("/models/claude-opus-4/")
    assert_shows(page, "Released May 2025", "ASL-3", "89%", "63% ± 13%")
    html = page.content.decode()
    # Each fact with its source, the snapshot's date and the excerpt (one click away, in the page).
    assert squash(PROMPT_INJECTION) in squash(html)
    assert f'href="/sources/{document.slug}/"' in html
    assert squash(f"Source: {document.title[:37]}") in squash(visible_text(page))
    today = snapshot.fetched_at
    assert f"{today:%b} {today.day}, {today.year}" in html


def test_accepting_lands_in_the_change_log_under_the_editors_name(bare_register, seed_002, editor):
    _vendor, opus = bare_register
    snapshot = ingested(seed_002)
    fact = snapshot.proposed_facts.get(model=opus, field="training_data_cutoff")
    accept.accept_fact(fact, editor)
    change = ObjectChange.objects.filter(
        changed_object_type=ContentType.objects.get_for_model(AIModel), changed_object_id=opus.pk, action="update"
    ).get()
    assert change.user == editor
    assert change.message == f"Accepted from {snapshot.document.title} snapshot 1"
    assert {"field": "training_data_cutoff", "before": "", "after": "2025-03"} in change.diff()
    fact.refresh_from_db()
    assert (fact.status, fact.decided_by, fact.note) == ("accepted", editor, "training data cutoff set to 2025-03")


def test_a_fact_is_accepted_once(bare_register, seed_002, editor):
    _vendor, opus = bare_register
    fact = ingested(seed_002).proposed_facts.get(model=opus, field="safety_level")
    accept.accept_fact(fact, editor)
    with pytest.raises(ValidationError, match="already accepted"):
        accept.accept_fact(ProposedFact.objects.get(pk=fact.pk), editor)


def test_a_fact_without_excerpt_or_snapshot_cannot_be_accepted(bare_register, editor):
    _vendor, opus = bare_register
    fact = ProposedFact(model=opus, model_name="Claude Opus 4", field="safety_level", key="safety_level",
                        value="ASL-3", excerpt="  ")
    with pytest.raises(ValidationError) as caught:
        accept.accept_fact(fact, editor)
    assert {"excerpt", "snapshot"} <= set(caught.value.message_dict)
    opus.refresh_from_db()
    assert opus.safety_level == ""


def test_rejecting_changes_nothing_in_the_catalog(bare_register, seed_002, editor):
    _vendor, opus = bare_register
    fact = ingested(seed_002).proposed_facts.get(model=opus, field="safety_level")
    changes = ObjectChange.objects.count()
    accept.reject_fact(fact, editor, note="Checked with the vendor")
    fact.refresh_from_db()
    assert (fact.status, fact.note, fact.decided_by) == ("rejected", "Checked with the vendor", editor)
    opus.refresh_from_db()
    assert opus.safety_level == "" and ObjectChange.objects.count() == changes


def test_accept_as_new_model(bare_register, seed_002, editor):
    vendor, _opus = bare_register
    snapshot = ingested(seed_002)
    assert not snapshot.proposed_facts.filter(model_name="Claude Sonnet 4", model__isnull=False).exists()
    with pytest.raises(ValidationError, match="Link the fact"):
        accept.accept_fact(snapshot.proposed_facts.filter(model_name="Claude Sonnet 4").first(), editor)
    sonnet, outcome = accept.create_model(snapshot, "Claude Sonnet 4", vendor, editor)
    assert (sonnet.name, sonnet.slug, sonnet.vendor) == ("Claude Sonnet 4", "claude-sonnet-4", vendor)
    assert not outcome.left, outcome.summary
    sonnet.refresh_from_db()
    assert sonnet.safety_level == "ASL-2" and sonnet.release_date == "2025-05"
    assert SafetyEvaluation.objects.filter(model=sonnet, value=86.0, condition="with safeguards").exists()
    created = ObjectChange.objects.get(changed_object_id=sonnet.pk, action="create",
                                       changed_object_type=ContentType.objects.get_for_model(AIModel))
    assert created.message.startswith("Created from") and created.user == editor
    with pytest.raises(ValidationError, match="already has a model named Claude Sonnet 4"):
        accept.create_model(snapshot, "Claude Sonnet 4", vendor, editor)


def test_a_surface_no_channel_is_named_after_is_left_for_review(db, seed_002, editor):
    vendor = Vendor.objects.create(name="Anthropic", slug="anthropic")
    opus = AIModel.objects.create(vendor=vendor, name="Claude Opus 4", slug="claude-opus-4")
    fact = ingested(seed_002).proposed_facts.get(model=opus, field="access_surfaces")
    with pytest.raises(ValidationError, match="No channel of the register is named Claude.ai"):
        accept.accept_fact(fact, editor)
    fact.refresh_from_db()
    assert fact.status == "proposed"


def test_a_developer_other_than_the_recorded_vendor_is_refused(db, seed_002, editor):
    other = Vendor.objects.create(name="Other Labs", slug="other-labs")
    Vendor.objects.create(name="Anthropic", slug="anthropic")
    model = AIModel.objects.create(vendor=other, name="Claude Opus 4", slug="claude-opus-4")
    run("ingest", str(seed_002), vendor="other-labs")
    fact = ProposedFact.objects.get(model=model, field="developer")
    with pytest.raises(ValidationError, match="records Other Labs as the maker"):
        accept.accept_fact(fact, editor)


def test_with_the_catalog_recorded_evaluations_are_cited_not_duplicated(catalog, seed_002, editor, viewer_client):
    opus = AIModel.objects.get(slug="claude-opus-4")
    before = SafetyEvaluation.objects.filter(model=opus).count()
    snapshot = ingested(seed_002)
    outcome = accept.accept_all(snapshot, opus, editor)
    assert not outcome.left, outcome.summary
    assert SafetyEvaluation.objects.filter(model=opus).count() == before
    assert ModelAvailability.objects.filter(model=opus).count() == 4
    opus.refresh_from_db()
    # The catalog's source stays the model's; the fields accepted now name the document they were read from.
    assert opus.source.slug == "anthropic-transparency-hub"
    assert opus.evidence_sources["training_data_cutoff"]["source"] == snapshot.document.slug
    page = viewer_client.get("/models/claude-opus-4/")
    assert f'href="/sources/{snapshot.document.slug}/"' in page.content.decode()
    source_page = viewer_client.get(f"/sources/{snapshot.document.slug}/")
    assert_shows(source_page, "Claude Opus 4 model: training data cutoff")


def test_the_source_page_lists_what_each_document_supports(bare_register, seed_002, editor, viewer_client):
    _vendor, opus = bare_register
    snapshot = ingested(seed_002)
    accept.accept_all(snapshot, opus, editor)
    other = SourceDocument.objects.create(title="Another page", slug="another-page")
    AIModel.objects.filter(pk=opus.pk).update(source=other)  # the model's own source is now another document
    page = viewer_client.get(f"/sources/{snapshot.document.slug}/")
    assert_shows(page, "Claude Opus 4 model: safety level", "Snapshot 1")
    assert "Claude Opus 4 model: safety level" not in visible_text(viewer_client.get("/sources/another-page/"))
