"""The framework library as data files: frameworks, clauses and controls with URNs, loaded idempotently; a newer
version of a file updates its records in place."""

import shutil
from pathlib import Path

import pytest

from airegister.catalog.loader import DEFAULT_ROOT, CatalogError, load_catalog
from airegister.core.testing.views import assert_shows
from airegister.governance.models import Control, Framework, FrameworkClause, Playbook

NIST = "urn:airegister:clause:nist-ai-rmf:"
SEED_CONTROLS = (
    "ai-vendor-due-diligence", "ai-contractual-requirements", "ai-procurement-risk-assessment",
    "third-party-ai-model-evaluation", "vendor-safety-commitment-verification",
)


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "catalog"
    shutil.copytree(DEFAULT_ROOT, root)
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


def test_library_ships_the_three_frameworks(catalog):
    counts = {f.slug: f.clauses.count() for f in Framework.objects.all()}
    assert counts == {"nist-ai-rmf": 72, "iso-iec-42001": 38, "eu-ai-act": 22}
    govern = FrameworkClause.objects.get(urn=NIST + "govern-6.1")
    assert govern.ref_id == "GOVERN 6.1" and govern.group == "GOVERN"
    assert govern.title.startswith("Policies and procedures are in place that address AI risks associated with third")
    suppliers = FrameworkClause.objects.get(urn="urn:airegister:clause:iso-iec-42001:a.10.3")
    assert suppliers.title == "Suppliers"
    nist = Framework.objects.get(slug="nist-ai-rmf")
    assert "Public domain" in nist.licence and "NIST" in nist.attribution


def test_every_seed_control_serves_clauses_of_each_framework(catalog):
    for slug in SEED_CONTROLS:
        control = Control.objects.get(slug=slug)
        assert control.urn == f"urn:airegister:control:{slug}"
        frameworks = set(control.clauses.values_list("framework__slug", flat=True))
        assert frameworks == {"nist-ai-rmf", "iso-iec-42001", "eu-ai-act"}, slug
        assert len(control.questionnaire) >= 4
    assert Control.objects.get(slug="ai-vendor-due-diligence").clauses.filter(urn=NIST + "govern-6.1").exists()


def test_second_load_changes_nothing(catalog):
    again = load_catalog()
    assert not again.changed


@pytest.mark.django_db
def test_newer_version_updates_in_place(library):
    load_catalog(library)
    control = Control.objects.get(slug="ai-vendor-due-diligence")
    path = library / "controls" / "ai-vendor-due-diligence.yaml"
    edit(path, "version: 2", "version: 3")
    edit(path, "updated: 2026-12-02", "updated: 2026-12-03")
    edit(path, "  - urn:airegister:clause:nist-ai-rmf:map-4.1\n", "")
    edit(path, "    text: \"Known security or safety incidents", "    text: \"Security or safety incidents")
    report = load_catalog(library)
    assert report.counts["Control"]["updated"] == 1
    newer = Control.objects.get(slug="ai-vendor-due-diligence")
    assert (newer.pk, newer.version) == (control.pk, 3)
    assert not newer.clauses.filter(urn=NIST + "map-4.1").exists()
    assert newer.questionnaire[-1]["text"].startswith("Security or safety incidents")


@pytest.mark.django_db
def test_a_clause_dropped_from_a_framework_file_is_removed(library):
    load_catalog(library)
    path = library / "frameworks" / "eu-ai-act.yaml"
    edit(path, '  - ref_id: "Article 4"\n    urn: urn:airegister:clause:eu-ai-act:article-4\n    group: "Chapter I"\n'
         '    title: "AI literacy"\n', "")
    load_catalog(library)
    assert not FrameworkClause.objects.filter(urn="urn:airegister:clause:eu-ai-act:article-4").exists()
    assert FrameworkClause.objects.filter(framework__slug="eu-ai-act").count() == 21


@pytest.mark.django_db
def test_unknown_clause_urn_is_refused_with_file_and_line(library):
    path = library / "controls" / "ai-vendor-due-diligence.yaml"
    edit(path, NIST + "map-4.1", NIST + "map-9.9")
    with pytest.raises(CatalogError) as exc:
        load_catalog(library)
    assert str(exc.value).startswith("controls/ai-vendor-due-diligence.yaml:")
    assert "unknown framework clause 'urn:airegister:clause:nist-ai-rmf:map-9.9'" in str(exc.value)


@pytest.mark.django_db
def test_control_urn_must_carry_its_slug(library):
    path = library / "controls" / "ai-vendor-due-diligence.yaml"
    edit(path, "urn: urn:airegister:control:ai-vendor-due-diligence", "urn: urn:airegister:control:other")
    with pytest.raises(CatalogError, match="must be urn:airegister:control:ai-vendor-due-diligence"):
        load_catalog(library)


# --- playbook guides: Markdown with front matter ----------------------------------------------------------


def test_playbooks_are_markdown_with_front_matter(catalog):
    guide = Playbook.objects.get(slug="third-party-ai-vendor-standards")
    assert guide.question == "How do we ensure third-party AI vendors meet our standards?"
    assert guide.steps.startswith("1. Run an **AI Vendor Due Diligence** assessment")
    assert "ai-vendor-due-diligence" in set(guide.related_controls.values_list("slug", flat=True))
    assert "urn:airegister:clause:iso-iec-42001:a.10.3" in set(guide.framework_references.values_list("urn", flat=True))


def test_playbook_page_shows_steps_and_references(catalog, viewer_client):
    assert_shows(
        viewer_client.get("/playbooks/third-party-ai-vendor-standards/"),
        "Run an AI Vendor Due Diligence assessment", "Framework references", "ISO/IEC 42001 Annex A A.10.3",
    )


@pytest.mark.django_db
def test_markdown_without_front_matter_is_refused(library):
    (library / "playbooks" / "broken.md").write_text("# Just a heading\n")
    with pytest.raises(CatalogError, match=r"^playbooks/broken.md:1: \(file\): must start with a front matter block"):
        load_catalog(library)


@pytest.mark.django_db
def test_front_matter_errors_name_the_line(library):
    path = library / "playbooks" / "third-party-ai-risk-management.md"
    edit(path, "applies_to: third-party", "applies_to: everyone")
    with pytest.raises(CatalogError, match=r"^playbooks/third-party-ai-risk-management.md:8: applies_to"):
        load_catalog(library)


def test_framework_list_in_library_order_with_coverage(catalog, viewer_client):
    from airegister.core.testing.views import visible_text

    text = visible_text(viewer_client.get("/frameworks/"))
    text = text[text.index("Served by a control"):]  # the table, after the page's lead
    assert text.index("NIST AI Risk Management Framework") < text.index("ISO/IEC 42001") < text.index("EU AI Act")
    assert "9 of 72" in text and "4 of 38" in text and "7 of 22" in text
