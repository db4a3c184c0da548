"""`airegister import DIR`: load an export into an empty database, all or nothing (docs/export-import.md)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from airegister.core.management.commands._oneline import OneLineErrorsMixin
from airegister.exchange.services import ExchangeError, import_register, progress_printer


class Command(OneLineErrorsMixin, BaseCommand):
    help = (
        "Load an export (a directory written by `airegister export`, or its register.json) into an empty, "
        "migrated database in one transaction. Every problem is listed, one line each (file: field: why), and "
        "then nothing is stored."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("dir", help="The export directory (or a register.json file).")

    def handle(self, *args, dir: str, **options):
        try:
            counts = import_register(Path(dir), progress_printer())
        except ExchangeError as exc:
            if len(exc.problems) == 1:
                raise CommandError(exc.problems[0], returncode=2) from None
            for line in exc.problems:
                self.stderr.write(line)
            raise CommandError(f"{len(exc.problems)} problems; nothing was imported", returncode=2) from None
        self.stdout.write(f"Imported {sum(counts.values())} records from {dir}")
