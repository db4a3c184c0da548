"""`airegister load-requirements [--reset]`: seed the default data classes, regions and requirement profile."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from airegister.core.management.commands._oneline import OneLineErrorsMixin
from airegister.requirements.loader import DEFAULT_FILE, RequirementsError, load_requirements


class Command(OneLineErrorsMixin, BaseCommand):
    help = (
        "Seed the default data classes, regions and requirement profile (run after load-catalog: rules name "
        "its data-handling attributes). Records that exist are left as they are; --reset restores the "
        "default profiles as a new version."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Put the file's default profiles back.")

    def handle(self, *args, reset: bool, **options):
        try:
            report = load_requirements(DEFAULT_FILE, reset=reset)
        except RequirementsError as exc:
            raise CommandError(str(exc), returncode=2) from None
        except DatabaseError as exc:
            first = " ".join(str(exc).split())[:200]
            raise CommandError(f"database error: {first} (has `airegister migrate` been run?)", returncode=2) from None
        for key in sorted(report):
            self.stdout.write(f"{key}: {report[key]}")
