"""`airegister ingest`: a source document, an immutable snapshot, and the facts proposed with their excerpts."""

import re

import pytest
from django.core.management.base import CommandError
from django.db import IntegrityError

from airegister.catalog.models import AIModel, Vendor
from airegister.core.models import ObjectChange
from airegister.intake.matching import ModelMatcher
from airegister.intake.models import ProposedFact
from airegister.sources.models import ImmutableSnapshotError, Snapshot, SourceDocument

from .conftest import Route, run, run_cli


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def stored_counts():
    return (SourceDocument.objects.count(), Snapshot.objects.count(), ProposedFact.objects.count(),
            ObjectChange.objects.count())


def test_ingest_seed_002_proposes_every_fact_with_its_excerpt(catalog, seed_002):
    output = run("ingest", str(seed_002))
    document = SourceDocument.objects.get(watch=str(seed_002))
    assert document.vendor.slug == "anthropic"  # named as the models' developer
    snapshot = document.snapshots.get()
    assert snapshot.number == 1
    assert snapshot.sha256 == "f44bc2ff32db2bcab33c722633a5ebfe7da90a666b6950cf51c38fe002aa29c7"
    assert snapshot.size == seed_002.stat().st_size and snapshot.format == "text"
    assert "Claude Opus 4" in snapshot.text
    assert [m["name"] for m in snapshot.extraction["models"]] == ["Claude Opus 4", "Claude Sonnet 4"]

    facts = ProposedFact.objects.filter(snapshot=snapshot)
    opus = facts.filter(model__slug="claude-opus-4")
    assert {f.model_name for f in opus} == {"Claude Opus 4"}
    by_field = {f.key: f.value for f in opus}
    assert by_field["safety_level"] == "ASL-3"
    assert by_field["training_data_cutoff"] == "2025-03" and by_field["knowledge_cutoff"] == "2025-01"
    assert by_field["access_surfaces"] == ["Claude.ai", "Anthropic API", "Amazon Bedrock", "Google Vertex AI"]
    evaluations = [f.value for f in opus if f.field == "evaluation"]
    assert {(e["value"], e["condition"]) for e in evaluations} >= {(89.0, "with safeguards"),
                                                                   (71.0, "without safeguards")}
    assert facts.get(model__slug="claude-sonnet-4", field="safety_level").value == "ASL-2"
    seed_text = folded(seed_002.read_text(encoding="utf-8"))
    for fact in facts:
        assert fact.excerpt.strip() and folded(fact.excerpt) in seed_text, fact
        assert fact.status == "proposed"
    assert "Claude Opus 4 → claude-opus-4 (in the register)" in output
    assert f"Review: /sources/{document.slug}/snapshots/1/" in output


def test_ingest_again_unchanged_stores_nothing(catalog, seed_002):
    run("ingest", str(seed_002))
    before = stored_counts()
    output = run("ingest", str(seed_002))
    assert "No change" in output and "nothing stored" in output
    assert stored_counts() == before


def test_a_changed_file_is_a_new_snapshot_proposing_only_what_changed(catalog, seed_copy):
    from .conftest import edit

    run("ingest", str(seed_copy))
    edit(seed_copy, "training data cutoff date of March 2025", "training data cutoff date of June 2025")
    output = run("ingest", str(seed_copy))
    document = SourceDocument.objects.get(watch=str(seed_copy))
    assert document.snapshots.count() == 2
    second = document.snapshots.get(number=2)
    assert sorted((f.model_name, f.key, f.value) for f in second.proposed_facts.all()) == [
        ("Claude Opus 4", "training_data_cutoff", "2025-06"),
        ("Claude Sonnet 4", "training_data_cutoff", "2025-06"),
    ]
    # The first snapshot's proposals of the same facts are no longer what the document says.
    first = document.snapshots.get(number=1).proposed_facts
    assert set(first.filter(key="training_data_cutoff").values_list("status", flat=True)) == {"superseded"}
    assert "training data cutoff: 2025-03 → 2025-06" in output


def test_a_path_through_a_symbolic_link_is_stored_as_given(catalog, seed_copy, tmp_path):
    # Users' paths may be links (a `current/` folder, a mounted share): the register keeps the path it was
    # given, and the same spelling finds the same document again.
    link = tmp_path / "linked"
    link.symlink_to(seed_copy.parent, target_is_directory=True)
    given = link / seed_copy.name
    run("ingest", str(given))
    document = SourceDocument.objects.get(watch=str(given))
    assert str(given) != str(given.resolve())
    assert "No change" in run("ingest", str(given))
    assert SourceDocument.objects.filter(watch__endswith=seed_copy.name).count() == 1
    assert document.snapshots.count() == 1


def test_ingest_with_a_vendor_and_title(db, seed_002):
    Vendor.objects.create(name="Example Labs", slug="example-labs")
    run("ingest", str(seed_002), vendor="example-labs", title="Hub copy")
    document = SourceDocument.objects.get()
    assert (document.title, document.vendor.slug, document.slug) == ("Hub copy", "example-labs", "hub-copy")
    # No register model is named like the document's: every fact is offered for a new model.
    assert not ProposedFact.objects.filter(model__isnull=False).exists()


def test_ingest_as_a_copy_of_a_catalog_source(catalog, seed_002):
    documents = SourceDocument.objects.count()
    run("ingest", str(seed_002), source="anthropic-transparency-hub")
    document = SourceDocument.objects.get(slug="anthropic-transparency-hub")
    assert document.watch == str(seed_002) and document.url == "https://www.anthropic.com/transparency"
    assert document.snapshots.count() == 1
    assert SourceDocument.objects.count() == documents  # no second document for the same source


def test_ingest_over_http(db, http_server, allow_local, seed_002):
    http_server.routes["/hub"] = Route(seed_002.read_bytes(), headers={"Content-Type": "text/plain; charset=utf-8"})
    url = http_server.url("/hub")
    run("ingest", url)
    document = SourceDocument.objects.get()
    assert document.url == url and document.watch == url
    snapshot = document.snapshots.get()
    assert snapshot.location == url and snapshot.content_type == "text/plain"
    assert snapshot.proposed_facts.filter(field="safety_level").count() == 2


# --- bad input ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        (b"<html><body><p>Release date May 2025</p><div class=", "truncated"),
        ("Modèle publié en mai 2025".encode("latin-1"), "not valid utf-8"),
    ],
    ids=["empty", "binary", "truncated", "wrong-encoding"],
)
def test_bad_documents_exit_2_and_store_nothing(catalog, tmp_path, content, words):
    path = tmp_path / ("card.html" if b"<html" in content else "card.txt")
    path.write_bytes(content)
    before = stored_counts()
    with pytest.raises(CommandError, match=words) as caught:
        run("ingest", str(path))
    assert caught.value.returncode == 2
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
    assert stored_counts() == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["/no/such/file.txt"], "no such file"),
        (["http://127.0.0.1/card"], "loopback"),
        (["http://169.254.169.254/latest/meta-data/"], "link-local"),
        (["file:///etc/passwd"], "only http and https"),
        (["{seed}", "--vendor", "nobody"], "no vendor with slug 'nobody'"),
        (["{seed}", "--source", "nothing"], "no source document with slug 'nothing'"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(catalog, seed_002, args, words):
    args = [a.replace("{seed}", str(seed_002)) for a in args]
    before = stored_counts()
    options = {args[i][2:]: args[i + 1] for i in range(1, len(args), 2)}
    with pytest.raises(CommandError, match=re.escape(words)) as caught:
        run("ingest", args[0], **options)
    assert caught.value.returncode == 2
    assert stored_counts() == before


def test_cli_bad_input_is_one_line_on_stderr_and_status_2(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"   \n")
    for args in ([str(empty)], ["ftp://example.com/card"], []):
        result = run_cli("ingest", *args, env={"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"})
        assert result.returncode == 2, result.stderr
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


# --- the snapshot record --------------------------------------------------------------------------------------


def test_snapshots_are_immutable(catalog, seed_002):
    run("ingest", str(seed_002))
    snapshot = Snapshot.objects.get()
    snapshot.text = "rewritten"
    with pytest.raises(ImmutableSnapshotError):
        snapshot.save()
    with pytest.raises(ImmutableSnapshotError):
        Snapshot.objects.filter(pk=snapshot.pk).update(text="rewritten")
    assert Snapshot.objects.get().text != "rewritten"


def test_a_proposed_fact_without_an_excerpt_cannot_be_stored(catalog, seed_002):
    run("ingest", str(seed_002))
    fact = ProposedFact.objects.first()
    with pytest.raises(IntegrityError):
        ProposedFact.objects.filter(pk=fact.pk).update(excerpt="")


# --- linking names to the register's models -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Claude 3.7 Sonnet", "claude-3-7-sonnet"),
        ("claude 3.7 sonnet", "claude-3-7-sonnet"),
        ("Claude Sonnet 3.7", "claude-3-7-sonnet"),  # the same words, another order
        ("Claude-Opus-4", "claude-opus-4"),
        ("Claude Opus 5", None),
        ("Claude", None),
    ],
)
def test_model_names_match_by_name_alias_or_word_order(catalog, name, slug):
    match = ModelMatcher(Vendor.objects.get(slug="anthropic")).match(name)
    assert (match.slug if match else None) == slug


def test_aliases_match_and_ambiguous_names_match_nothing(db):
    vendor = Vendor.objects.create(name="Acme", slug="acme")
    AIModel.objects.create(vendor=vendor, name="Rocket Large", slug="rocket-large", aliases=["Rocket L"])
    AIModel.objects.create(vendor=vendor, name="Rocket Large 2", slug="rocket-large-2", aliases=["Rocket"])
    AIModel.objects.create(vendor=vendor, name="Rocket Small", slug="rocket-small", aliases=["Rocket"])
    matcher = ModelMatcher(vendor)
    assert matcher.match("rocket l").slug == "rocket-large"
    assert matcher.match("Rocket") is None  # two models use the alias: linking either would be a guess


def test_a_fact_no_longer_stated_is_a_change_and_its_pending_proposal_is_superseded(catalog, seed_copy):
    from .conftest import edit

    run("ingest", str(seed_copy))
    sentence = ("However, they have a reliable knowledge cutoff date of January 2025, which means the models' "
                "knowledge base is most extensive and reliable on information and events up to January 2025.")
    edit(seed_copy, sentence, "")
    output = run("ingest", str(seed_copy))
    assert "knowledge cutoff: 2025-01 → not stated" in output
    document = SourceDocument.objects.get(watch=str(seed_copy))
    assert not document.snapshots.get(number=2).proposed_facts.exists()  # nothing new to review
    first = document.snapshots.get(number=1).proposed_facts.filter(key="knowledge_cutoff")
    assert set(first.values_list("status", flat=True)) == {"superseded"}
    assert first.count() == 2


KNOWN_PAGE = """# Gannet models

## Gannet Swift

Gannet Swift is an instruction-following conversational model with a context length of 128K tokens.

## Gannet Deep

Gannet Deep is our most performant model. It has a 256K context window.
"""


def test_the_vendors_known_model_names_help_read_its_documents(db, tmp_path):
    # Names without a digit are recognised when the register knows them as the vendor's models (or aliases);
    # another vendor's names are not offered to this vendor's documents.
    gannet = Vendor.objects.create(name="Gannet Labs", slug="gannet-labs")
    other = Vendor.objects.create(name="Other Labs", slug="other-labs")
    swift = AIModel.objects.create(vendor=gannet, name="Gannet Swift", slug="gannet-swift")
    AIModel.objects.create(vendor=gannet, name="Gannet D", slug="gannet-d", aliases=["Gannet Deep"])
    AIModel.objects.create(vendor=other, name="Gannet Max", slug="gannet-max")
    page = tmp_path / "models.md"
    page.write_text(KNOWN_PAGE.replace("## Gannet Deep", "## Gannet Deep\n\nGannet Max is not ours.\n"))
    run("ingest", str(page), vendor="gannet-labs")
    snapshot = SourceDocument.objects.get().snapshots.get()
    assert [m["name"] for m in snapshot.extraction["models"]] == ["Gannet Swift", "Gannet Deep"]
    assert ProposedFact.objects.get(model=swift, field="context_window").value == 128_000
    # Without a vendor the register's names are not used: nothing tells whose they are.
    copy = tmp_path / "copy.md"
    copy.write_text(KNOWN_PAGE)
    run("ingest", str(copy), title="Unattributed copy")
    assert SourceDocument.objects.get(title="Unattributed copy").snapshots.get().extraction["models"] == []


def test_the_monitor_reads_a_changed_document_with_its_vendors_known_names(db, tmp_path):
    from airegister.intake.services import check_document

    gannet = Vendor.objects.create(name="Gannet Labs", slug="gannet-labs")
    AIModel.objects.create(vendor=gannet, name="Gannet Swift", slug="gannet-swift")
    page = tmp_path / "models.md"
    page.write_text("# Gannet models\n\nOur models are listed below.\n")
    run("ingest", str(page), vendor="gannet-labs")
    document = SourceDocument.objects.get()
    page.write_text(KNOWN_PAGE)  # the page now introduces a model the register knows by a digitless name
    check_document(document.pk, force=True)
    latest = document.snapshots.order_by("-number").first()
    assert latest.number == 2 and [m["name"] for m in latest.extraction["models"]] == ["Gannet Swift"]

