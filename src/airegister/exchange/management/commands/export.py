"""`airegister export DIR [--format yaml|json] [--catalog-only]`: the register to files (docs/export-import.md)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from airegister.core.management.commands._oneline import OneLineErrorsMixin
from airegister.exchange.services import JSON_NAME, ExchangeError, export_json, export_yaml, progress_printer


class Command(OneLineErrorsMixin, BaseCommand):
    help = (
        "Write the whole register (catalog, sources and snapshots, use cases, requirement profiles, assessments "
        "with their evidence files, users, change history) to DIR, one YAML file per record; `--format json` "
        "writes one document (DIR/register.json, or stdout with DIR '-'). `--catalog-only`: only the catalog and "
        "its sources, as one team shares it with another."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("dir", help="An empty or new directory ('-' with --format json: stdout).")
        parser.add_argument("--format", choices=["yaml", "json"], default="yaml")
        parser.add_argument("--catalog-only", action="store_true", help="Catalog and sources only.")

    def handle(self, *args, dir: str, format: str, catalog_only: bool, **options):
        progress = progress_printer()
        try:
            if format == "json":
                document = export_json(catalog_only, progress)
                if dir == "-":
                    self.stdout.write(document, ending="")
                    return
                target = Path(dir)
                target.mkdir(parents=True, exist_ok=True)
                if (target / JSON_NAME).exists():
                    raise ExchangeError([f"{target / JSON_NAME}: exists already; export to a new directory"])
                (target / JSON_NAME).write_text(document, encoding="utf-8")
                self.stdout.write(f"Exported to {target / JSON_NAME}")
                return
            if dir == "-":
                raise ExchangeError(["'-' (stdout) is only for --format json"])
            info = export_yaml(Path(dir), catalog_only, progress)
        except ExchangeError as exc:
            raise CommandError(str(exc), returncode=2) from None
        except OSError as exc:
            raise CommandError(f"{dir}: {exc.strerror or exc}", returncode=2) from None
        self.stdout.write(f"Exported {sum(info['records'].values())} records to {dir}")
