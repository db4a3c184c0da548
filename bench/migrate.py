"""Benchmark: the upgrade of tests/test_migrations_forward.py on the full generated catalog (10,000 models).

Each app's latest migrations are unapplied, the register is filled through the older state's models, then the
migrations are applied forward and the records checked. Runs in a throwaway database made beside the one
DATABASE_URL names (Django's test database, "test_<name>", dropped at the end), or in SQLite in memory when
DATABASE_URL is unset. Prints seconds per step.

    .venv/bin/python bench/migrate.py [--models 10000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/airegister .venv/bin/python bench/migrate.py
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=10_000)
    args = parser.parse_args()
    os.environ["AIREGISTER_TESTING"] = "1"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "airegister.settings")
    import django

    django.setup()
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from test_migrations_forward import migrate, populate, previous_migrations

    from airegister.catalog.models import AIModel
    from airegister.core import sequence

    steps = []

    def step(name, action):
        started = time.perf_counter()
        result = action()
        steps.append((name, time.perf_counter() - started))
        return result

    step("create and migrate a new database", lambda: connection.creation.create_test_db(verbosity=0))
    try:
        before, latest = previous_migrations(MigrationExecutor(connection))
        with sequence.paused(connection):  # as `migrate` does: the change sequence's table comes and goes
            executor = step(f"unapply {len(before)} apps' latest migrations", lambda: migrate(before))
            old_apps = executor.loader.project_state(before).apps
            step(f"fill: {args.models:,} models (older state)", lambda: populate(old_apps, args.models))
            step(f"apply {len(latest)} latest migrations", lambda: migrate(latest))
        found = AIModel.objects.filter(slug__startswith="bench-model-").count()
    finally:
        name = connection.settings_dict["NAME"]
        connection.creation.destroy_test_db(name, verbosity=0)
    print(f"database: {connection.vendor}")
    print(f"{'step':<45} {'seconds':>8}")
    for name, seconds in steps:
        print(f"{name:<45} {seconds:>8.1f}")
    print(f"models after the upgrade: {found:,} of {args.models:,}")
    return 0 if found == args.models else 1


if __name__ == "__main__":
    sys.exit(main())
