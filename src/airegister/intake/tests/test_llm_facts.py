"""Facts found only by the optional LLM reader are marked so on the proposed facts, their page and the API."""

import functools
import json

import httpx
import pytest
from django.urls import reverse

from airegister.core.testing.api import token_client
from airegister.extraction import extract as extract_module
from airegister.extraction.llm import read_with_llm
from airegister.intake.choices import FoundByChoices
from airegister.intake.models import ProposedFact
from airegister.sources.models import SourceDocument

from .conftest import run

CARD = """# Kestrel 2 Mini

Kestrel 2 Mini is developed by Kestrel AI. It has a context window of 128K tokens.
Kestrel 2 Mini was trained on data up to March 2024 and is the small model of the family.
"""
EXCERPT = "Kestrel 2 Mini was trained on data up to March 2024 and is the small model of the family."


@pytest.fixture
def llm_on(monkeypatch):
    """The LLM reader on, its endpoint a canned answer: one grounded fact the offline reader leaves empty."""
    fact = {"model": "Kestrel 2 Mini", "field": "knowledge_cutoff", "value": "March 2024", "excerpt": EXCERPT}
    content = json.dumps({"facts": [fact]})
    transport = httpx.MockTransport(lambda request: httpx.Response(
        200, json={"choices": [{"message": {"role": "assistant", "content": content}}]}))
    monkeypatch.setenv("AIREGISTER_LLM_BASE_URL", "http://llm.test/v1")
    monkeypatch.setenv("AIREGISTER_LLM_MODEL", "canned")
    monkeypatch.setattr(extract_module, "read_with_llm", functools.partial(read_with_llm, transport=transport))


@pytest.fixture
def ingested(db, llm_on, tmp_path):
    path = tmp_path / "kestrel.md"
    path.write_text(CARD)
    run("ingest", str(path), title="Kestrel card")
    return SourceDocument.objects.get(slug="kestrel-card")


def test_a_fact_only_the_llm_found_is_marked(ingested):
    facts = {f.field: f for f in ProposedFact.objects.filter(snapshot__document=ingested)}
    assert facts["knowledge_cutoff"].value == "2024-03" and facts["knowledge_cutoff"].excerpt == EXCERPT
    assert facts["knowledge_cutoff"].found_by == FoundByChoices.LLM
    assert facts["context_window"].found_by == FoundByChoices.OFFLINE
    snapshot = ingested.snapshots.get()
    assert snapshot.extraction["llm"]["kept"] == 1
    [model] = snapshot.extraction["models"]
    assert model["llm_fields"] == ["knowledge_cutoff"]


def test_the_review_page_and_the_api_show_it(ingested, viewer, viewer_client):
    page = viewer_client.get(ingested.snapshots.get().get_absolute_url()).content.decode()
    assert page.count("LLM only") == 1
    listing = viewer_client.get(reverse("sources:proposedfact_list")).content.decode()
    assert listing.count('badge-purple">LLM only') == 1
    only = viewer_client.get(reverse("sources:proposedfact_list"), {"found_by": "llm"}).content.decode()
    assert "2024-03" in only and "128,000" not in only
    response = token_client(viewer).get(reverse("api:sources-api:proposed-fact-list"))
    found = {row["field"]: row["found_by"] for row in response.json()["results"]}
    assert found["knowledge_cutoff"] == "llm" and found["context_window"] == "offline"
    response = token_client(viewer).get(reverse("api:sources-api:proposed-fact-list"), {"found_by": "llm"})
    assert [row["field"] for row in response.json()["results"]] == ["knowledge_cutoff"]


def test_without_the_llm_reader_every_fact_is_the_offline_readers(db, tmp_path):
    path = tmp_path / "kestrel.md"
    path.write_text(CARD)
    run("ingest", str(path), title="Kestrel card")
    assert set(ProposedFact.objects.values_list("found_by", flat=True)) == {FoundByChoices.OFFLINE}
    assert "llm" not in SourceDocument.objects.get().snapshots.get().extraction
