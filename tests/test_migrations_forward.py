"""Upgrading a register that holds data: every app's latest migrations applied forward on a populated database.

The database is taken back to the state before each app's latest migration, filled there through that state's
historical models (a generated catalog, a use case with its data classes and regions and their change history, a
proposed fact), then migrated forward; every record must still be there, as it was. As Django's own migration
tests do it, with MigrationExecutor. Runs on SQLite and on PostgreSQL (TEST_DATABASE_URL) alike, with a catalog
small enough to keep it under a minute; `bench/migrate.py` runs the same upgrade on the 10,000-model catalog.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from airegister.catalog.generated import VENDORS, generate
from airegister.core import sequence

pytestmark = pytest.mark.django_db(transaction=True)

MODELS = 300


def previous_migrations(executor) -> tuple[list, list]:
    """(targets before each app's latest migration, the latest migrations): the register's own apps only."""
    graph = executor.loader.graph
    latest = sorted(node for node in graph.leaf_nodes() if node[0] in register_apps(executor))
    before = []
    for app, name in latest:
        parents = [p for p in graph.node_map[(app, name)].parents if p.key[0] == app]
        if parents:  # an app with a single migration stays where it is
            before.append(parents[0].key)
    return before, latest


def register_apps(executor) -> set[str]:
    return {app for app, _name in executor.loader.disk_migrations if app_module(app).startswith("airegister.")}


def app_module(label: str) -> str:
    from django.apps import apps

    return apps.get_app_config(label).module.__name__


def migrate(targets) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()  # what is applied now, after the previous step
    executor.migrate(targets)
    return executor


def populate(old_apps, models: int) -> dict:
    """Records in the tables the latest migrations touch, through the historical models; returns their ids."""
    generate(models, apps=old_apps)
    ContentType = old_apps.get_model("contenttypes", "ContentType")
    ObjectChange = old_apps.get_model("core", "ObjectChange")
    # Data classes and regions as the use-cases app held them before the requirements app took them over.
    vocabulary = "usecases" if has_model(old_apps, "usecases", "DataClass") else "requirements"
    DataClass = old_apps.get_model(vocabulary, "DataClass")
    Region = old_apps.get_model(vocabulary, "Region")
    phi = DataClass.objects.create(name="Upgrade PHI", slug="upgrade-phi")
    eu = Region.objects.create(name="Upgrade EU", slug="upgrade-eu", code="UPGRADE-EU")
    UseCase = old_apps.get_model("usecases", "UseCase")
    model = old_apps.get_model("catalog", "AIModel").objects.get(slug="bench-model-7")
    use_case = UseCase.objects.create(name="Upgrade triage", slug="upgrade-triage", owner="Care team", model=model)
    use_case.data_classes.add(phi)
    use_case.regions.add(eu)
    dataclass_type = ContentType.objects.get_or_create(app_label=vocabulary, model="dataclass")[0]
    ObjectChange.objects.create(
        action="create", changed_object_type=dataclass_type, changed_object_id=phi.pk, object_repr=phi.name,
        postchange_data={"name": phi.name},
    )
    document = old_apps.get_model("sources", "SourceDocument").objects.create(
        title="Bench model card", slug="bench-model-card", vendor=model.vendor, document_type="model_card",
        published="2026-11",
    )
    text = "Bench model 7 is deployed under the ASL-3 Standard."
    snapshot = old_apps.get_model("sources", "Snapshot").objects.create(
        document=document, number=1, sha256="0" * 64, location="/srv/bench-model-card.txt", format="text",
        size=len(text), text=text,
    )
    ProposedFact = old_apps.get_model("intake", "ProposedFact")
    fact = ProposedFact.objects.create(
        snapshot=snapshot, model=model, model_name=model.name, field="safety_level", key="safety_level", value="ASL-3",
        excerpt=text,
    )
    return {"phi": phi.pk, "eu": eu.pk, "use_case": use_case.pk, "fact": fact.pk}


def has_model(apps, app_label: str, name: str) -> bool:
    try:
        apps.get_model(app_label, name)
    except LookupError:
        return False
    return True


def test_latest_migrations_apply_forward_on_a_populated_register():
    before, latest = previous_migrations(MigrationExecutor(connection))
    assert before, "no app has a migration to go back over"
    with sequence.paused(connection):  # as `migrate` does: the change sequence's table comes and goes here
        executor = migrate(before)
        old_apps = executor.loader.project_state(before).apps
        ids = populate(old_apps, MODELS)
        migrate(latest)

    from airegister.catalog.models import AIModel, DataTerm, ModelAvailability, Vendor
    from airegister.core.models import ObjectChange
    from airegister.intake.models import ProposedFact
    from airegister.requirements.models import DataClass, Region
    from airegister.usecases.models import UseCase

    recorder_state = MigrationExecutor(connection).loader.applied_migrations
    assert set(latest) <= set(recorder_state), "every latest migration is applied"
    assert AIModel.objects.filter(slug__startswith="bench-model-").count() == MODELS
    assert Vendor.objects.filter(slug__startswith="bench-vendor-").count() == VENDORS
    assert ModelAvailability.objects.filter(model__slug__startswith="bench-model-").count() == 3 * MODELS
    assert DataTerm.objects.filter(vendor__slug="bench-vendor-0").exists()
    model = AIModel.objects.get(slug="bench-model-7")
    assert (model.name, model.vendor.slug, model.tier) == ("Bench model 7", "bench-vendor-7", "mid")
    use_case = UseCase.objects.get(pk=ids["use_case"])
    assert use_case.model == model
    assert list(use_case.data_classes.all()) == [DataClass.objects.get(pk=ids["phi"])]
    assert list(use_case.regions.values_list("code", flat=True)) == ["UPGRADE-EU"]
    assert Region.objects.get(pk=ids["eu"]).slug == "upgrade-eu"
    # The data class's change history followed it to the requirements app.
    assert [c.object_repr for c in ObjectChange.objects.for_object(DataClass.objects.get(pk=ids["phi"]))] == [
        "Upgrade PHI"
    ]
    fact = ProposedFact.objects.get(pk=ids["fact"])
    assert (fact.model, fact.value, fact.status, fact.found_by) == (model, "ASL-3", "proposed", "offline")
    assert fact.snapshot.document.get_document_type_display() == "Model card"
    assert fact.snapshot.text == fact.excerpt
