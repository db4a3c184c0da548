"""`airegister export` while others write: the files are one moment of the register (one REPEATABLE READ
transaction on PostgreSQL), never a mix of before and after.

Writer threads commit, all through the export, a vendor with a model of it (each with its change-log entry, in
one transaction) and an update of one counter record (its description holds how many times it was updated, each
update logged). A snapshot taken at one moment holds every vendor its models name, one "create" change per
created record, and exactly as many "update" changes of the counter as its description says. An export that read
each table at a different moment (READ COMMITTED) would show models without their vendor, or a history that
does not match the record.

PostgreSQL only: on SQLite the export's transaction takes the database's write lock (BEGIN IMMEDIATE), so
writers wait for it and there is nothing concurrent to check.
"""

import threading
import time
from pathlib import Path

import pytest
import yaml
from django.core.management import call_command
from django.db import connection, transaction

from airegister.catalog.generated import generate
from airegister.catalog.models import AIModel, Vendor
from airegister.core.context import change_context

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL only: on SQLite writers wait for the export's lock"
    ),
]

WRITERS = 4
COUNTER = "load-counter"


def write_until(stop: threading.Event, writer: int, written: list[int]) -> None:
    try:
        n = 0
        while not stop.is_set():
            with transaction.atomic(), change_context(user_name=f"writer-{writer}"):
                vendor = Vendor.objects.create(name=f"Load vendor {writer}-{n}", slug=f"load-vendor-{writer}-{n}")
                AIModel.objects.create(vendor=vendor, name=f"Load model {writer}-{n}", slug=f"load-model-{writer}-{n}")
                counter = Vendor.objects.select_for_update().get(slug=COUNTER)
                counter.description = str(int(counter.description) + 1)
                counter.save()
            n += 1
        written.append(n)
    finally:
        connection.close()


def read_export(folder: Path, record_type: str) -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in (folder / record_type).glob("*.yaml")]


def test_export_during_writes_is_one_moment_of_the_register(tmp_path):
    generate(400)  # enough records that the export takes a while: writers commit all through it
    with change_context(user_name="setup"):
        Vendor.objects.create(name="Load counter", slug=COUNTER, description="0")
    stop, written = threading.Event(), []
    writers = [threading.Thread(target=write_until, args=(stop, i, written)) for i in range(WRITERS)]
    for thread in writers:
        thread.start()
    try:
        time.sleep(0.3)  # the writers are under way
        counted_before = Vendor.objects.filter(slug__startswith="load-vendor-").count()
        call_command("export", str(tmp_path / "export"))
        counted_after = Vendor.objects.filter(slug__startswith="load-vendor-").count()
    finally:
        stop.set()
        for thread in writers:
            thread.join(timeout=60)
    assert len(written) == WRITERS, "a writer failed (its error is above)"
    assert counted_after > counted_before, "no write committed while the export ran: the test proves nothing"

    folder = tmp_path / "export"
    vendors = {row["slug"]: row for row in read_export(folder, "catalog/vendor")}
    models = read_export(folder, "catalog/aimodel")
    changes = read_export(folder, "core/objectchange")
    load_vendors = {slug for slug in vendors if slug.startswith("load-vendor-")}
    load_models = [m for m in models if m["slug"].startswith("load-model-")]
    assert counted_before <= len(load_vendors) <= counted_after

    # Every model's vendor is in the export, and every vendor written with a model has it there.
    assert {m["vendor"] for m in load_models} == load_vendors
    # One "create" change per created record, none for a record the export does not hold.
    created = [c for c in changes if c["action"] == "create" and c["user_name"].startswith("writer-")]
    assert sorted(c["object_repr"] for c in created if c["changed_object_type"] == "catalog.vendor") == sorted(
        vendors[slug]["name"] for slug in load_vendors
    )
    assert len([c for c in created if c["changed_object_type"] == "catalog.aimodel"]) == len(load_models)
    # The counter's history matches its state: as many logged updates as its description counts.
    counter = vendors[COUNTER]
    updates = [c for c in changes if c["action"] == "update" and c["changed_object_id"] == counter["id"]
               and c["changed_object_type"] == "catalog.vendor"]
    assert len(updates) == int(counter["description"]) == len(load_vendors)
    manifest = yaml.safe_load((folder / "export.yaml").read_text(encoding="utf-8"))
    assert manifest["records"]["catalog.vendor"] == len(vendors)
