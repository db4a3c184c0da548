"""The model dossier: the printable page and its PDF hold the model's facts, a cited term with its source URL
and excerpt, its assessments and open reviews; both are linked from the profile; an unknown model is a 404."""

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from pypdf import PdfReader

from airegister.catalog.models import AIModel, DataTerm
from airegister.core.testing.views import assert_site_404, count_queries, visible_text
from airegister.governance.models import Assessment, Control

SLUG = "claude-3-7-sonnet"
# Pinned per page, whatever the catalog's size: the profile's queries, the model's assessments, the cited source
# documents (none for Fable 5, which has no vendor and cites no document), and the signed-in session.
QUERIES = {SLUG: 14, "fable-5": 12}


@pytest.fixture
def cited_term(catalog):
    """A data-handling term of the model that cites a source with a URL and an excerpt."""
    model = AIModel.objects.get(slug=SLUG)
    term = (
        DataTerm.objects.filter(vendor=model.vendor, source__url__startswith="https://")
        .exclude(source_excerpt="").select_related("source", "attribute").order_by("pk").first()
    )
    assert term is not None
    return term


@pytest.fixture
def evaluation(catalog, editor):
    """A draft model evaluation of the model: an open review."""
    model = AIModel.objects.get(slug=SLUG)
    return Assessment.objects.create(
        control=Control.objects.get(slug="third-party-ai-model-evaluation"),
        subject_type=ContentType.objects.get_for_model(AIModel), subject_id=model.pk, assessor=editor,
        summary="Evaluation under way for the procurement file.",
    )


def squash(text: str) -> str:
    return "".join(text.split())


def test_the_page_holds_the_profile_assessments_and_sources(viewer_client, cited_term, evaluation):
    response = viewer_client.get(f"/models/{SLUG}/dossier/")
    assert response.status_code == 200
    text = visible_text(response)
    for expected in ("Claude 3.7 Sonnet", "Anthropic", "Data handling", cited_term.statement,
                     cited_term.source.title, cited_term.source.url, cited_term.source_excerpt,
                     "Third-Party AI Model Evaluation", "Draft, not completed",
                     "Evaluation under way for the procurement file."):
        assert expected in text, expected
    html = response.content.decode()
    # No navigation chrome: the page alone, with its own print stylesheet (linked: the CSP refuses inline styles).
    assert "core/register.css" not in html and "<nav" not in html and 'href="/reports/dossier.css"' in html
    assert "@media print" in viewer_client.get("/reports/dossier.css").content.decode()


def test_the_pdf_is_an_attachment_whose_text_holds_the_facts(viewer_client, cited_term, evaluation):
    response = viewer_client.get(f"/models/{SLUG}/dossier.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{SLUG}-dossier.pdf"'
    reader = PdfReader(io.BytesIO(response.content))
    text = squash(" ".join(page.extract_text() for page in reader.pages))
    for expected in ("Claude 3.7 Sonnet", "Anthropic", cited_term.attribute.name, cited_term.source.url,
                     "Third-PartyAIModelEvaluation"):
        assert squash(expected) in text, expected


def test_the_profile_links_both(viewer_client, catalog):
    html = viewer_client.get(f"/models/{SLUG}/").content.decode()
    assert f'href="/models/{SLUG}/dossier/"' in html and f'href="/models/{SLUG}/dossier.pdf"' in html


@pytest.mark.parametrize("url", ["/models/no-such-model/dossier/", "/models/no-such-model/dossier.pdf"])
def test_an_unknown_model_is_a_404(viewer_client, catalog, url):
    assert_site_404(viewer_client.get(url))


def test_the_page_needs_a_fixed_number_of_queries(viewer_client, catalog, evaluation):
    counts = {slug: count_queries(viewer_client, f"/models/{slug}/dossier/") for slug in QUERIES}
    assert counts == QUERIES
