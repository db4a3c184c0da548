"""`airegister load-catalog [--path DIR] [--check]`: load the built-in catalog files into the database."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from airegister.catalog.loader import DEFAULT_ROOT, CatalogError, load_catalog


class Command(BaseCommand):
    help = (
        "Load the catalog data files (vendors, models, channels, terms, controls, playbooks) into the "
        "database. Idempotent: records are matched by slug and saved only when something differs."
    )
    # Like migrate: loading data needs the models, not the URL or admin checks, so a data fix can always land.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--path", type=Path, default=DEFAULT_ROOT, help="Catalog folder (default: built in)."
        )
        parser.add_argument(
            "--check", action="store_true", help="Validate the files and rehearse the load; write nothing."
        )

    def handle(self, *args, path: Path, check: bool, **options):
        try:
            report = load_catalog(path, dry_run=check)
        except CatalogError as exc:
            raise CommandError(str(exc), returncode=2) from None
        except DatabaseError as exc:
            # Typically a database that was never migrated; one line, not a traceback.
            first = " ".join(str(exc).split())[:200]
            message = f"database error: {first} (has `airegister migrate` been run?)"
            raise CommandError(message, returncode=2) from None
        self.stdout.write(report.table())
