"""`airegister demo-use-cases`: a few clearly marked example use cases, so that a newcomer to the demo sees
the check, continuity planning and the dashboard at work. Demo mode only; never on a real register."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from airegister.core.context import change_context
from airegister.core.management.commands._oneline import OneLineErrorsMixin
from airegister.usecases.csvimport import import_use_cases

EXAMPLES = Path(__file__).resolve().parents[2] / "demo_data" / "example-use-cases.csv"


class Command(OneLineErrorsMixin, BaseCommand):
    help = (
        "Demo mode only: add the example use cases (names start with 'Example:'). Examples that exist are "
        "left as they are, so edits made in the demo survive a restart."
    )
    requires_system_checks = []

    def handle(self, *args, **options):
        if not settings.DEMO_MODE:
            raise CommandError(
                "demo-use-cases only runs in demo mode (AIREGISTER_DEMO=1): its use cases are examples",
                returncode=2,
            )
        with change_context(user_name="demo-use-cases", message="Example use cases for the demo"):
            result = import_use_cases(EXAMPLES.read_bytes(), only_new=True)
        if not result.ok:
            # The examples name built-in models and data classes: `load-catalog` must have run first.
            raise CommandError(f"{result.errors[0]} (run `airegister load-catalog` first)", returncode=2)
        self.stdout.write(f"Example use cases: {len(result.created)} added.")
