"""The sources API: the documents facts are cited from (fictional records), through the generic cases."""

import pytest
from django.urls import reverse

from airegister.catalog.models import AIModel, Vendor
from airegister.core.testing.api import APIViewTestCases, token_client
from airegister.sources.models import Snapshot, SourceDocument

from ..models import FactChange, ProposedFact
from .conftest import edit, run


class TestSourceDocumentAPI(APIViewTestCases.APIViewTestCase):
    model = SourceDocument
    basename = "sources-api:document"
    create_data = [
        {"title": "Fictional model card", "slug": "fictional-card", "document_url": "https://example.test/card",
         "vendor": "example-labs", "document_type": "model_card", "published": "2025-05"},
        {"title": "Unattributed memo", "slug": "memo", "vendor": None},
    ]
    update_data = {"published": "2025-08-07", "description": "Re-read."}
    bad_data = {"published": "August 2025", "document_type": "scroll"}

    def create_objects(self):
        vendor = Vendor.objects.create(name="Example Labs", slug="example-labs")
        return [
            SourceDocument.objects.create(title=f"Doc {n}", slug=f"doc-{n}", vendor=vendor if n == 1 else None)
            for n in (1, 2, 3)
        ]

    def test_filter_by_vendor(self):
        response = self.viewer_client.get(self.list_url(), {"vendor": "example-labs"})
        assert [row["slug"] for row in response.json()["results"]] == ["doc-1"]

    def test_document_url_is_the_documents_address(self):
        SourceDocument.objects.filter(slug="doc-1").update(url="https://example.test/doc")
        data = self.viewer_client.get(self.detail_url(self.objects[0])).json()
        assert data["document_url"] == "https://example.test/doc"
        assert data["url"].endswith("/api/sources/documents/doc-1/")


def make_snapshots():
    document = SourceDocument.objects.create(title="Fictional card", slug="fictional-card")
    return [
        Snapshot.objects.create(document=document, number=n, sha256=f"{n:064x}", location="https://example.test/card",
                                format="text", size=20, text=f"Version {n} of the card.")
        for n in (1, 2)
    ]


class TestSnapshotAPI(APIViewTestCases.ReadOnlyAPIViewTestCase):
    model = Snapshot
    basename = "sources-api:snapshot"

    def create_objects(self):
        return make_snapshots()


class TestProposedFactAPI(APIViewTestCases.ReadOnlyAPIViewTestCase):
    model = ProposedFact
    basename = "sources-api:proposed-fact"

    def create_objects(self):
        snapshot = make_snapshots()[0]
        return [
            ProposedFact.objects.create(snapshot=snapshot, model_name=f"Model {n}", field="release_date",
                                        key="release_date", value="2025-05", excerpt=f"Model {n} came out in May.")
            for n in (1, 2)
        ]

    def test_the_etag_changes_when_the_fact_is_decided(self):
        url = self.detail_url(self.objects[0])
        before = self.viewer_client.get(url)["ETag"]
        ProposedFact.objects.filter(pk=self.objects[0].pk).update(status="rejected")
        assert self.viewer_client.get(url)["ETag"] != before


class TestFactChangeAPI(APIViewTestCases.ReadOnlyAPIViewTestCase):
    model = FactChange
    basename = "sources-api:fact-change"

    def create_objects(self):
        old, new = make_snapshots()
        return [
            FactChange.objects.create(document=old.document, from_snapshot=old, to_snapshot=new, model_name="Model 1",
                                      kind="changed", field="release_date", label="release date", before="2025-05",
                                      after="2025-06")
        ]


# --- snapshots, proposed facts and what changed ---------------------------------------------------------------

@pytest.fixture
def hub(catalog, seed_copy):
    run("ingest", str(seed_copy), title="Hub copy")
    return SourceDocument.objects.get(slug="hub-copy")


def fact_url(fact, action=""):
    return reverse(f"api:sources-api:proposed-fact-{action or 'detail'}", args=[fact.pk])


def test_proposed_facts_are_listed_with_their_excerpt(hub, viewer):
    response = token_client(viewer).get(reverse("api:sources-api:proposed-fact-list"),
                                        {"model": "claude-opus-4", "field": "safety_level"})
    assert response.status_code == 200
    [row] = response.json()["results"]
    assert (row["value"], row["status"], row["model"]["slug"]) == ("ASL-3", "proposed", "claude-opus-4")
    assert row["excerpt"].startswith("Based on our assessments")
    assert row["document"]["slug"] == "hub-copy" and row["snapshot"]["number"] == 1


def test_accept_through_the_api(hub, editor, viewer):
    fact = ProposedFact.objects.get(model__slug="claude-opus-4", field="training_data_cutoff")
    assert token_client(viewer).post(fact_url(fact, "accept")).status_code == 403
    response = token_client(editor).post(fact_url(fact, "accept"), {}, format="json")
    assert response.status_code == 200, response.json()
    assert (response.json()["status"], response.json()["decided_by"]) == ("accepted", "editor")
    opus = AIModel.objects.get(slug="claude-opus-4")
    assert opus.evidence_sources["training_data_cutoff"]["source"] == "hub-copy"
    again = token_client(editor).post(fact_url(fact, "accept"), {}, format="json")
    assert again.status_code == 400 and "already accepted" in again.json()["non_field_errors"][0]


def test_reject_through_the_api(hub, editor):
    fact = ProposedFact.objects.get(model__slug="claude-sonnet-4", field="safety_level")
    response = token_client(editor).post(fact_url(fact, "reject"), {"note": "Wrong model"}, format="json")
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["note"]) == ("rejected", "Wrong model")


def test_accept_links_to_a_model_named_in_the_body(db, seed_002, editor):
    vendor = Vendor.objects.create(name="Anthropic", slug="anthropic")
    AIModel.objects.create(vendor=vendor, name="Opus", slug="opus")
    run("ingest", str(seed_002))
    fact = ProposedFact.objects.get(model_name="Claude Opus 4", field="release_date")
    client = token_client(editor)
    refused = client.post(fact_url(fact, "accept"), {}, format="json")
    assert refused.status_code == 400 and "Link the fact" in refused.json()["non_field_errors"][0]
    unknown = client.post(fact_url(fact, "accept"), {"model": "nothing"}, format="json")
    assert unknown.status_code == 400 and "model" in unknown.json()
    response = client.post(fact_url(fact, "accept"), {"model": "opus"}, format="json")
    assert response.status_code == 200 and response.json()["model"]["slug"] == "opus"
    assert AIModel.objects.get(slug="opus").release_date == "2025-05"


def test_create_model_through_the_api(db, seed_002, editor):
    Vendor.objects.create(name="Anthropic", slug="anthropic")
    run("ingest", str(seed_002))
    snapshot = SourceDocument.objects.get().snapshots.get()
    url = reverse("api:sources-api:snapshot-create-model", args=[snapshot.pk])
    bad = token_client(editor).post(url, {"model_name": "Claude Opus 4"}, format="json")
    assert bad.status_code == 400 and "vendor" in bad.json()
    response = token_client(editor).post(url, {"model_name": "Claude Opus 4", "vendor": "anthropic"}, format="json")
    assert response.status_code == 201
    statuses = {row["field"]: row["status"] for row in response.json()}
    assert statuses["safety_level"] == "accepted"
    assert AIModel.objects.get(slug="claude-opus-4").safety_level == "ASL-3"


def test_snapshots_and_fact_changes_are_read_only(hub, seed_copy, viewer, editor):
    edit(seed_copy, "training data cutoff date of March 2025", "training data cutoff date of June 2025")
    run("monitor", source="hub-copy")
    client = token_client(viewer)
    snapshots = client.get(reverse("api:sources-api:snapshot-list"), {"document": "hub-copy"}).json()["results"]
    assert [s["number"] for s in snapshots] == [2, 1]  # newest first
    detail = client.get(reverse("api:sources-api:snapshot-detail", args=[snapshots[0]["id"]])).json()
    assert "training data cutoff date of June 2025" in detail["text"]
    assert detail["extraction"]["models"][0]["name"] == "Claude Opus 4"
    changes = client.get(reverse("api:sources-api:fact-change-list"), {"model": "claude-opus-4"}).json()["results"]
    assert [(c["field"], c["before"], c["after"], c["sentence"]) for c in changes] == [
        ("training_data_cutoff", "2025-03", "2025-06", "training data cutoff: 2025-03 → 2025-06")]
    assert changes[0]["flag"]
    writer = token_client(editor)
    assert writer.delete(reverse("api:sources-api:snapshot-detail", args=[snapshots[0]["id"]])).status_code == 405
    assert writer.post(reverse("api:sources-api:fact-change-list"), {}).status_code == 405


def test_a_watched_location_set_through_the_api_must_be_an_http_url(hub, editor):
    client = token_client(editor)
    url = reverse("api:sources-api:document-detail", args=["hub-copy"])
    response = client.patch(url, {"watch": "/etc/passwd"}, format="json")
    assert response.status_code == 400 and "watch" in response.json()
    assert client.patch(url, {"watch": "https://example.com/hub"}, format="json").status_code == 200
    # A file watched from the server (by `airegister ingest PATH`) may stay as it is when other fields change.
    SourceDocument.objects.filter(slug="hub-copy").update(watch=str(hub.watch))
    assert client.patch(url, {"watch": str(hub.watch), "description": "Local copy"}, format="json").status_code == 200
