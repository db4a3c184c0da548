"""Source documents: the list, a document with the facts that cite it, and its history."""

import pytest

from airegister.catalog.models import AIModel, SafetyEvaluation, Vendor
from airegister.core.context import change_context
from airegister.core.testing.views import ObjectViewTestCase, ViewTestCase, assert_shows
from airegister.sources.models import SourceDocument


class WithSource:
    @pytest.fixture
    def data(self, db):
        with change_context(user_name="alice", message="cited the hub"):
            vendor = Vendor.objects.create(name="Acme AI", slug="acme")
            doc = SourceDocument.objects.create(
                title="Acme Transparency Hub", slug="acme-hub", url="https://acme.example.com/hub", vendor=vendor,
                document_type="transparency_report", published="2025-08-07",
            )
            model = AIModel.objects.create(
                vendor=vendor, name="Rocket 2", slug="rocket-2", source=doc, source_excerpt="Release dateMay 2025"
            )
            SafetyEvaluation.objects.create(
                model=model, name="Attack prevention", value=89, unit="%", source=doc,
                source_excerpt="Rocket 2 achieving an 89% attack prevention score",
            )
        return doc


class TestSourceList(WithSource, ViewTestCase):
    url = "/sources/"
    expected_texts = ("Sources", "Acme Transparency Hub", "Transparency report", "August 7, 2025")


class TestSource(WithSource, ObjectViewTestCase):
    url = "/sources/acme-hub/"
    unknown_url = "/sources/nothing/"
    expected_texts = (
        "Acme Transparency Hub", "Published August 7, 2025", "Facts citing this document", "Rocket 2",
        "“Release dateMay 2025”", "Attack prevention", "Rocket 2 achieving an 89% attack prevention score",
    )


class TestSourceHistory(WithSource, ObjectViewTestCase):
    url = "/sources/acme-hub/history/"
    unknown_url = "/sources/nothing/history/"
    expected_texts = ("History of Acme Transparency Hub", "cited the hub", "by alice")


def test_fact_links_lead_to_the_page_that_shows_them(viewer_client, db):
    with change_context(user_name="alice"):
        doc = SourceDocument.objects.create(title="Card", slug="card")
        model = AIModel.objects.create(name="Solo", slug="solo")
        SafetyEvaluation.objects.create(model=model, name="Score", value=1, source=doc)
    response = viewer_client.get("/sources/card/")
    assert 'href="/models/solo/"' in response.content.decode()  # an evaluation is shown on its model's page
    assert_shows(response, "Supports: Solo: Score 1 safety evaluation")


def test_per_field_evidence_is_listed_under_its_sentence(viewer_client, db):
    with change_context(user_name="alice"):
        doc = SourceDocument.objects.create(title="Report", slug="report")
        AIModel.objects.create(
            name="Solo", slug="solo", source=doc, release_date="2025-05",
            evidence={"release_date": "Release dateMay 2025", "knowledge_cutoff": "Cutoff January 2025"},
        )
    response = viewer_client.get("/sources/report/")
    assert_shows(
        response,
        "“Release dateMay 2025” Supports: Solo model: release date",
        "“Cutoff January 2025” Supports: Solo model: knowledge cutoff",
    )
    assert "No excerpt recorded" not in response.content.decode()
