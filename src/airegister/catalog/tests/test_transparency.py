"""Transparency coverage: the shipped FMTI indicators and scores, and the register's own cited facts beside them."""

import csv
import shutil

import pytest

from airegister.catalog.loader import DEFAULT_ROOT, CatalogError, load_catalog
from airegister.catalog.models import FmtiIndicator, FmtiScore, UseRestriction, Vendor
from airegister.catalog.transparency import vendor_transparency
from airegister.core.context import change_context
from airegister.core.models import ObjectChange
from airegister.core.testing.api import token_client
from airegister.core.testing.views import assert_site_404, count_queries, squash, visible_text
from airegister.sources.models import SourceDocument

FMTI = DEFAULT_ROOT / "fmti"
USES = "Permitted, restricted, and prohibited uses"


def shipped_scores(name: str) -> dict[str, int]:
    """Developer -> number of indicators scored 1, read straight from a shipped score file."""
    with (FMTI / name).open(encoding="utf-8-sig", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["Indicator"] != "Total"]
    return {dev: sum(row[dev] == "1" for row in rows) for dev in rows[0] if dev != "Indicator"}


def page_text(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return squash(visible_text(response))


def test_the_loader_loads_every_shipped_indicator_and_score(catalog):
    dec, may = shipped_scores("Dec2025_scores.csv"), shipped_scores("May2024_scores.csv")
    assert FmtiIndicator.objects.filter(edition="2025-12").count() == 100
    assert FmtiIndicator.objects.filter(edition="2024-05").count() == 100
    assert FmtiScore.objects.filter(edition="2025-12").count() == len(dec) == 13
    assert FmtiScore.objects.filter(edition="2024-05").count() == len(may) == 14
    for edition, scores in (("2025-12", dec), ("2024-05", may)):
        for developer, score in scores.items():
            record = FmtiScore.objects.get(edition=edition, developer=developer)
            assert record.score == len(record.disclosed) == score, (edition, developer)
    anthropic = FmtiScore.objects.get(edition="2025-12", vendor__slug="anthropic")
    assert anthropic.score == 46 and anthropic.developer == "Anthropic"
    assert FmtiScore.objects.get(edition="2024-05", vendor__slug="anthropic").score == 51
    # FMTI's names are mapped to vendors by developers.csv; developers the register does not hold stay unlinked.
    assert not FmtiScore.objects.filter(developer="IBM").exclude(vendor=None).exists()
    assert set(FmtiScore.objects.filter(edition="2024-05").values_list("vendor__slug", flat=True)) >= {"microsoft"}


def test_a_second_load_changes_nothing(catalog):
    changes = ObjectChange.objects.count()
    report = load_catalog()
    assert report.counts["FmtiIndicator"]["unchanged"] == 200 and report.counts["FmtiScore"]["unchanged"] == 27
    assert not report.changed and ObjectChange.objects.count() == changes


def test_the_coverage_mapping_is_data(catalog):
    retention = FmtiIndicator.objects.get(edition="2025-12", name="Data retention and deletion policy")
    assert {m["fact"] for m in retention.register_facts} == {"term.default-retention", "term.zero-retention"}
    assert FmtiIndicator.objects.get(edition="2025-12", name="Water usage for final training run").register_facts == []


def test_the_vendor_page_shows_the_published_scores_beside_our_coverage(catalog, viewer_client):
    text = page_text(viewer_client, "/vendors/anthropic/")
    coverage = vendor_transparency(Vendor.objects.get(slug="anthropic"))
    assert squash("FMTI Dec 2025 46/100") in text
    assert squash("FMTI May 2024 51/100") in text
    assert squash(f"Register coverage {coverage.held_count}/{coverage.mapped_count}") in text
    assert squash("Foundation Model Transparency Index") in text and "CCBY4.0" in text
    html = viewer_client.get("/vendors/anthropic/").content.decode()
    assert html.count('<li class="fmti-cell ') == 100
    assert html.count("fmti-yes ") == 46  # one square per indicator FMTI found disclosed
    assert html.count("ours-held") - html.count("fmti-plain ours-held") == coverage.held_count


def test_a_vendor_fmti_did_not_score_says_so(catalog, viewer_client):
    text = page_text(viewer_client, "/vendors/cohere/")
    assert squash("FMTI Dec 2025 Not scored by FMTI") in text
    assert squash("FMTI May 2024 Not scored by FMTI") in text
    assert "CCBY4.0" in text
    microsoft = page_text(viewer_client, "/vendors/microsoft/")  # scored in May 2024 only
    assert squash("FMTI Dec 2025 Not scored by FMTI") in microsoft
    assert squash(f"FMTI May 2024 {shipped_scores('May2024_scores.csv')['Microsoft']}/100") in microsoft


def test_coverage_counts_only_cited_facts_and_rises_when_one_is_added(catalog, viewer_client):
    anthropic = Vendor.objects.get(slug="anthropic")
    before = vendor_transparency(anthropic)
    uses = next(r for r in before.rows if r.indicator.name == USES)
    assert not uses.held
    source = SourceDocument.objects.filter(vendor=anthropic).first()
    with change_context(user_name="alice"):
        UseRestriction.objects.create(vendor=anthropic, text="No weapons development", source=source)  # no excerpt
    assert vendor_transparency(anthropic).held_count == before.held_count
    with change_context(user_name="alice"):
        UseRestriction.objects.create(
            vendor=anthropic, text="No surveillance", source=source, source_excerpt="You may not use it to surveil"
        )
    after = vendor_transparency(anthropic)
    assert after.held_count == before.held_count + 1
    assert [f.value for r in after.rows if r.indicator.name == USES for f in r.facts] == ["No surveillance"]
    assert squash(f"Register coverage {after.held_count}/{after.mapped_count}") in page_text(
        viewer_client, "/vendors/anthropic/"
    )


def test_the_drill_down_lists_every_indicator_with_verdict_and_cited_fact(catalog, viewer_client):
    text = page_text(viewer_client, "/vendors/anthropic/transparency/")
    for indicator in FmtiIndicator.objects.filter(edition="2025-12"):
        assert squash(indicator.name) in text
    coverage = vendor_transparency(Vendor.objects.get(slug="anthropic"))
    held = next(r for r in coverage.rows if r.held)
    fact = held.facts[0]
    assert squash(fact.excerpt) in text and squash(fact.source.title) in text
    assert "Notrecorded" in text and "Disclosed" in text and "Notdisclosed" in text
    assert "CCBY4.0" in text and "46/100" in text
    cohere = page_text(viewer_client, "/vendors/cohere/transparency/")
    assert "NotscoredbyFMTI" in cohere


def test_the_drill_down_of_an_unknown_vendor_is_not_found(db, viewer_client, settings):
    settings.DEBUG = False
    assert_site_404(viewer_client.get("/vendors/nobody/transparency/"))


def test_the_api_gives_scores_and_coverage(catalog, viewer):
    client = token_client(viewer)
    body = client.get("/api/catalog/vendors/anthropic/transparency/").json()
    assert body["fmti_dec_2025"] == {"developer": "Anthropic", "score": 46, "out_of": 100}
    assert body["fmti_may_2024"]["score"] == 51
    assert len(body["indicators"]) == 100 and "CC BY 4.0" in body["attribution"]
    coverage = vendor_transparency(Vendor.objects.get(slug="anthropic"))
    assert body["covered_indicators"] == coverage.held_count
    cited = [i for i in body["indicators"] if i["cited_facts"]]
    assert len(cited) == coverage.held_count and cited[0]["cited_facts"][0]["source"]["slug"]
    cohere = client.get("/api/catalog/vendors/cohere/transparency/").json()
    assert cohere["fmti_dec_2025"] is None and {i["fmti_disclosed"] for i in cohere["indicators"]} == {None}
    assert client.get("/api/catalog/vendors/nobody/transparency/").status_code == 404


def test_vendor_pages_make_a_fixed_number_of_queries(catalog, viewer_client):
    """Pinned; the same for a vendor with many facts and one with few, and after facts are added."""
    queries = count_queries(viewer_client, "/vendors/anthropic/")
    assert queries == VENDOR_PAGE_QUERIES
    assert count_queries(viewer_client, "/vendors/cohere/") == queries
    drill_down = count_queries(viewer_client, "/vendors/anthropic/transparency/")
    assert drill_down == TRANSPARENCY_PAGE_QUERIES
    anthropic = Vendor.objects.get(slug="anthropic")
    source = SourceDocument.objects.filter(vendor=anthropic).first()
    with change_context(user_name="alice"):
        for i in range(3):
            UseRestriction.objects.create(vendor=anthropic, text=f"Rule {i}", source=source, source_excerpt="x")
    assert count_queries(viewer_client, "/vendors/anthropic/") == queries
    assert count_queries(viewer_client, "/vendors/anthropic/transparency/") == drill_down


# 9 before transparency coverage; +8: scores, indicators, one read per fact kind and the documents feed evidence
# cites; +1: the vendor's safety commitments.
VENDOR_PAGE_QUERIES = 18
TRANSPARENCY_PAGE_QUERIES = 10  # session, user, vendor, and the same 8 reads


@pytest.fixture
def catalog_copy(tmp_path):
    root = tmp_path / "catalog"
    shutil.copytree(DEFAULT_ROOT, root)
    return root


def test_a_wrong_mapping_is_refused_with_file_and_line(db, catalog_copy):
    path = catalog_copy / "fmti" / "coverage.csv"
    path.write_text(path.read_text() + "Open weights,model.colour,no such field\n")
    lines = path.read_text().count("\n")
    with pytest.raises(CatalogError, match=rf"^fmti/coverage\.csv:{lines}: register_fact: unknown register fact"):
        load_catalog(catalog_copy)
    assert not FmtiIndicator.objects.exists() and not Vendor.objects.exists()  # nothing stored


def test_a_bad_score_or_unknown_vendor_is_refused(db, catalog_copy):
    scores = catalog_copy / "fmti" / "Dec2025_scores.csv"
    original = scores.read_text(encoding="utf-8-sig")
    scores.write_text(original.replace("Public datasets,1,", "Public datasets,yes,", 1), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"^fmti/Dec2025_scores\.csv:3: AI21 Labs: score must be 0 or 1"):
        load_catalog(catalog_copy)
    scores.write_text(original, encoding="utf-8")
    developers = catalog_copy / "fmti" / "developers.csv"
    developers.write_text(developers.read_text().replace("IBM,,", "IBM,ibm,"))
    with pytest.raises(CatalogError, match=r"^fmti/developers\.csv:\d+: vendor: unknown vendor 'ibm'"):
        load_catalog(catalog_copy)
