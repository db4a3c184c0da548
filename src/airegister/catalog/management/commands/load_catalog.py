"""`airegister load-catalog [--path DIR] [--check]`: load the built-in content into the database.

The catalog files first, then the built-in content of every app that declares some (an AppConfig's
`builtin_content`, the dotted path of a `load(dry_run) -> list[str]` callable): the default data classes,
regions and requirement profile, for instance. Apps above the catalog plug in this way, so the catalog never
imports them. Everything is loaded in one transaction: a problem anywhere stores nothing.
"""

from pathlib import Path

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction
from django.utils.module_loading import import_string

from airegister.catalog.loader import DEFAULT_ROOT, CatalogError, load_catalog


class _Rollback(Exception):
    pass


def builtin_content_loaders() -> list:
    """Every installed app's built-in content loader, in INSTALLED_APPS order (lower layers first)."""
    paths = (getattr(config, "builtin_content", None) for config in apps.get_app_configs())
    return [import_string(path) for path in paths if path]


class Command(BaseCommand):
    help = (
        "Load the catalog data files (vendors, models, channels, terms, controls, playbooks) and the other "
        "built-in content (default data classes, regions, requirement profile) into the database. "
        "Idempotent: records are matched by slug and saved only when something differs; defaults that exist "
        "are left as an administrator edited them (`load-requirements --reset` restores them)."
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
            with transaction.atomic():
                # The rehearsal writes for real inside the transaction (later loaders read what the catalog
                # loaded), then rolls everything back.
                report = load_catalog(path)
                report.dry_run = check
                lines = [line for load in builtin_content_loaders() for line in load(dry_run=check)]
                if check:
                    raise _Rollback
        except _Rollback:
            pass
        except CatalogError as exc:
            raise CommandError(str(exc), returncode=2) from None
        except DatabaseError as exc:
            # Typically a database that was never migrated; one line, not a traceback.
            first = " ".join(str(exc).split())[:200]
            message = f"database error: {first} (has `airegister migrate` been run?)"
            raise CommandError(message, returncode=2) from None
        self.stdout.write(report.table())
        for line in lines:
            self.stdout.write(line)
