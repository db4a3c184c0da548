"""`airegister bom OUT.json`: the AI inventory as a CycloneDX 1.6 ML-BOM (see airegister.reports.bom)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from airegister.core.management.commands._oneline import OneLineErrorsMixin
from airegister.reports.bom import bom_json


class Command(OneLineErrorsMixin, BaseCommand):
    help = "Write the AI inventory (use cases, their models and vendors, channel offers) as CycloneDX 1.6 JSON."

    def add_arguments(self, parser):
        parser.add_argument("out", help="The file to write (replaced if it exists).")

    def handle(self, *args, **options):
        out = Path(options["out"])
        document = bom_json()  # built before the file is touched: a failure leaves no partial file
        try:
            out.write_text(document, encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot write {out}: {exc.strerror}", returncode=2) from exc
        self.stdout.write(f"CycloneDX 1.6 ML-BOM written to {out}")
