"""`airegister monitor`: a new snapshot only when the content changed, the field-level diff, flags, and
nothing new when nothing changed — on a watched file and over HTTP."""

import io
import os
import threading

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from airegister.catalog.models import AIModel, ComplianceFlag
from airegister.core.models import ObjectChange
from airegister.core.testing.views import assert_shows, visible_text
from airegister.intake import accept
from airegister.intake.models import FactChange, ProposedFact
from airegister.intake.services import check_document, monitor
from airegister.sources.models import Snapshot, SourceDocument

from .conftest import Route, edit, run, run_cli

CLI = "from airegister.cli import main; main()"


def everything():
    """Counts of every record monitoring may create: a run that finds nothing new changes none of them."""
    return (Snapshot.objects.count(), ProposedFact.objects.count(), FactChange.objects.count(),
            ComplianceFlag.objects.count(), ObjectChange.objects.count())


@pytest.fixture
def watched(catalog, seed_copy, editor):
    """A local copy of seed 002 ingested, and Claude Opus 4's facts from it accepted."""
    run("ingest", str(seed_copy))
    document = SourceDocument.objects.get(watch=str(seed_copy))
    outcome = accept.accept_all(document.snapshots.get(), AIModel.objects.get(slug="claude-opus-4"), editor)
    assert not outcome.left
    return document


def test_a_changed_sentence_is_one_snapshot_a_diff_a_flag_and_history(watched, seed_copy, viewer_client):
    edit(seed_copy, "training data cutoff date of March 2025", "training data cutoff date of June 2025")
    output = run("monitor", source=watched.slug)
    assert watched.snapshots.count() == 2
    changes = FactChange.objects.filter(document=watched)
    assert sorted((c.model_name, c.field, c.before, c.after) for c in changes) == [
        ("Claude Opus 4", "training_data_cutoff", "2025-03", "2025-06"),
        ("Claude Sonnet 4", "training_data_cutoff", "2025-03", "2025-06"),
    ]
    opus_change = changes.get(model__slug="claude-opus-4")
    assert opus_change.sentence == "training data cutoff: 2025-03 → 2025-06"
    assert "June 2025" in opus_change.excerpt
    assert "Claude Opus 4: training data cutoff: 2025-03 → 2025-06" in output
    flag = opus_change.flag
    assert (flag.category, flag.severity, flag.status, flag.model.slug) == ("source-change", "low", "active",
                                                                          "claude-opus-4")
    assert "training data cutoff: 2025-03 → 2025-06" in flag.description and flag.source == watched
    # The changed value is proposed for review.
    proposed = ProposedFact.objects.get(snapshot__number=2, snapshot__document=watched, model__slug="claude-opus-4")
    assert (proposed.field, proposed.value, proposed.status) == ("training_data_cutoff", "2025-06", "proposed")

    history = visible_text(viewer_client.get("/models/claude-opus-4/history/"))
    assert flag.title in history and "changed (snapshot 1 → 2)" in history and "by monitor" in history
    assert_shows(viewer_client.get("/models/claude-opus-4/changes/"), "training data cutoff:", "2025-03", "2025-06")
    assert_shows(viewer_client.get(f"/sources/{watched.slug}/changes/"), "Claude Sonnet 4", "training data cutoff")
    assert_shows(viewer_client.get("/models/claude-opus-4/"), "1 active compliance flag.", flag.title)

    before = everything()
    output = run("monitor", source=watched.slug)
    assert f"{watched.slug}: unchanged" in output
    assert everything() == before


def test_a_changed_safety_level_is_a_high_severity_flag(watched, seed_copy):
    edit(seed_copy, "deploy Claude Opus 4 under the ASL-3 Standard", "deploy Claude Opus 4 under the ASL-4 Standard")
    run("monitor", source=watched.slug)
    change = FactChange.objects.get(document=watched, field="safety_level")
    assert (change.model.slug, change.before, change.after, change.severity) == ("claude-opus-4", "ASL-3", "ASL-4",
                                                                                "high")
    assert change.flag.severity == "high"


def test_a_removed_access_surface_is_material(watched, seed_copy):
    edit(seed_copy, "Amazon BedrockGoogle Vertex AISoftware", "Amazon BedrockSoftware")
    run("monitor", source=watched.slug)
    change = FactChange.objects.get(document=watched, field="access_surfaces", model__slug="claude-opus-4")
    assert change.label == "access surfaces (removed: Google Vertex AI)"
    assert change.severity == "medium" and change.flag.severity == "medium"
    # Accepting the new list removes the availability that rested on this document alone.
    fact = ProposedFact.objects.get(snapshot__number=2, snapshot__document=watched, model__slug="claude-opus-4")
    assert fact.value == ["Claude.ai", "Anthropic API", "Amazon Bedrock"]


def test_a_watched_file_that_disappears_raises_one_flag(watched, seed_copy):
    seed_copy.unlink()
    output = run("monitor", source=watched.slug)
    assert f"{watched.slug}: gone" in output
    watched.refresh_from_db()
    assert watched.status == "missing" and "no such file" in watched.status_detail
    flags = ComplianceFlag.objects.filter(title__startswith="Source gone")
    assert [f.model.slug for f in flags] == ["claude-opus-4"] and flags[0].severity == "high"
    assert FactChange.objects.get(document=watched, kind="gone").flag == flags[0]
    before = everything()
    run("monitor", source=watched.slug)
    assert everything() == before  # still gone: no second flag


def test_a_document_is_checked_when_due(watched, seed_copy):
    # The catalog's own source is a URL this test cannot reach: it is checked, and reported, once.
    SourceDocument.objects.exclude(pk=watched.pk).update(url="")
    run("monitor", force=True)
    watched.refresh_from_db()
    assert watched.last_checked is not None and watched.status == "ok"
    edit(seed_copy, "March 2025", "April 2025")
    assert "No watched document is due" in run("monitor")  # checked a moment ago, every 24 hours
    SourceDocument.objects.filter(pk=watched.pk).update(check_interval=0)
    assert f"{watched.slug}: changed" in run("monitor")


def test_monitor_over_http(db, http_server, allow_local, seed_002):
    http_server.routes["/hub"] = Route(seed_002.read_bytes())
    run("ingest", http_server.url("/hub"))
    document = SourceDocument.objects.get()
    http_server.routes["/hub"] = Route(seed_002.read_bytes().replace(b"ASL-2 Standard", b"ASL-3 Standard"))
    run("monitor", force=True)
    assert document.snapshots.count() == 2
    assert FactChange.objects.filter(field="safety_level", model_name="Claude Sonnet 4").exists()
    del http_server.routes["/hub"]
    assert f"{document.slug}: gone — {http_server.url('/hub')} is gone: the server answered HTTP 404" in run(
        "monitor", force=True)


def test_unreadable_documents_are_reported(db, http_server, allow_local, seed_002, settings):
    http_server.routes["/hub"] = Route(seed_002.read_bytes())
    run("ingest", http_server.url("/hub"))
    http_server.routes["/hub"] = Route(b"oops", status=503)
    err = io.StringIO()
    call_command("monitor", force=True, stdout=io.StringIO(), stderr=err)
    assert err.getvalue().strip().endswith("HTTP 503") and len(err.getvalue().strip().splitlines()) == 1
    with pytest.raises(SystemExit) as caught:  # --strict: for a scheduler that alerts on the exit status
        run("monitor", force=True, strict=True)
    assert caught.value.code == 1
    document = SourceDocument.objects.get()
    assert document.status == "error" and "HTTP 503" in document.status_detail
    assert document.snapshots.count() == 1


def test_urls_watched_on_private_addresses_are_refused_by_the_monitor(db):
    SourceDocument.objects.create(title="Metadata", slug="metadata", watch="http://169.254.169.254/latest/")
    [result] = monitor(force=True)
    assert result.outcome == "error" and "link-local" in result.detail


def test_unknown_source_is_a_usage_error(db):
    with pytest.raises(CommandError, match="no source document with slug 'nothing'") as caught:
        run("monitor", source="nothing")
    assert caught.value.returncode == 2


def test_cli_monitor_with_nothing_to_do(tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    assert run_cli("migrate", "-v0", env=env).returncode == 0
    result = run_cli("monitor", env=env)
    assert (result.returncode, result.stdout.strip()) == (0, "No watched document is due for a check.")


# --- concurrency ----------------------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_two_monitors_one_after_the_other_record_one_snapshot(catalog, seed_copy):
    run("ingest", str(seed_copy))
    document = SourceDocument.objects.get(watch=str(seed_copy))
    edit(seed_copy, "March 2025", "May 2025")
    first = check_document(document.pk, force=True)
    second = check_document(document.pk, force=True)
    assert (first.outcome, second.outcome) == ("changed", "unchanged")
    assert document.snapshots.count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_document_claimed_by_another_monitor_is_skipped(catalog, seed_copy):
    if not connection.features.has_select_for_update_skip_locked:
        pytest.skip("SQLite serialises monitors with its write lock; row claims are PostgreSQL's")
    run("ingest", str(seed_copy))
    document = SourceDocument.objects.get(watch=str(seed_copy))
    edit(seed_copy, "March 2025", "May 2025")
    claimed, release = threading.Event(), threading.Event()

    def other_monitor():
        try:
            with transaction.atomic():
                SourceDocument.objects.select_for_update().order_by().filter(pk=document.pk).first()
                claimed.set()
                release.wait(30)
        finally:
            connection.close()

    worker = threading.Thread(target=other_monitor)
    worker.start()
    try:
        assert claimed.wait(30)
        result = check_document(document.pk, force=True)
        assert (result.outcome, result.detail) == ("skipped", "being checked by another monitor")
        assert document.snapshots.count() == 1
    finally:
        release.set()
        worker.join(30)
    assert check_document(document.pk, force=True).outcome == "changed"


@pytest.mark.django_db(transaction=True)
def test_two_monitor_processes_at_once_record_the_change_once(catalog, seed_copy, tmp_path):
    """Two `airegister monitor` processes started together, on this test's database: one snapshot, one diff."""
    import subprocess
    import sys

    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        database = tmp_path / "shared.sqlite3"  # the test database is in memory: give the processes a file
        url = f"sqlite:///{database}"
        env = {**os.environ, "AIREGISTER_TESTING": "1", "DATABASE_URL": url}
        subprocess.run([sys.executable, "-c", CLI, "migrate", "-v0"], env=env, check=True, timeout=120)
        subprocess.run([sys.executable, "-c", CLI, "ingest", str(seed_copy)], env=env, check=True, timeout=120,
                       capture_output=True)
    else:
        user, host, port = settings_dict["USER"], settings_dict["HOST"], settings_dict["PORT"] or 5432
        url = f"postgres://{user}@{host}:{port}/{settings_dict['NAME']}"
        env = {**os.environ, "AIREGISTER_TESTING": "1", "DATABASE_URL": url}
        run("ingest", str(seed_copy))
    edit(seed_copy, "training data cutoff date of March 2025", "training data cutoff date of June 2025")
    slug = "anthropics-transparency-hub-anthropic"
    workers = [
        subprocess.Popen([sys.executable, "-c", CLI, "monitor", "--source", slug, "--strict"], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [worker.communicate(timeout=180) for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0], outputs
    count = (f"from airegister.sources.models import *; d = SourceDocument.objects.get(slug={slug!r}); "
             "print(d.snapshots.count(), FactChange.objects.filter(document=d).count())")
    counted = subprocess.run([sys.executable, "-c", CLI, "shell", "-c", count], env=env, capture_output=True,
                             text=True, timeout=120)
    assert counted.stdout.split()[-2:] == ["2", "2"], (counted.stdout, counted.stderr, outputs)
    changed = [out for out, _err in outputs if ": changed" in out]
    assert len(changed) == 1, outputs  # the other found it unchanged, or skipped it while it was claimed
