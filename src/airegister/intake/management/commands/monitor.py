"""`airegister monitor [--source SLUG] [--force]`: re-read watched documents and record what changed.

Meant for cron (e.g. hourly): each document is checked when its `check_interval` has passed since its last
check (`--force`: every document now; `--source`: that one now). Safe to run from several workers at once.
A document that could not be read (network error, refused URL, unreadable content) is one line on stderr
(cron mails it) and its status on the source page; with --strict the exit status is then 1. Exit status 2 is
a usage error.
"""

import sys

from django.core.management.base import BaseCommand, CommandError

from airegister.core.events import deliver_pending
from airegister.core.management.commands._oneline import OneLineErrorsMixin
from airegister.intake.services import monitor
from airegister.sources.models import SourceDocument


class Command(OneLineErrorsMixin, BaseCommand):
    help = "Re-read every watched source document that is due; record new snapshots, changes and flags."

    def add_arguments(self, parser):
        parser.add_argument("--source", help="Check only this source document (by slug), now.")
        parser.add_argument("--force", action="store_true", help="Check every watched document now, due or not.")
        parser.add_argument(
            "--strict", action="store_true", help="Exit with status 1 if any document could not be read."
        )

    def handle(self, *args, source=None, force=False, strict=False, **options):
        if source and not SourceDocument.objects.filter(slug=source).exists():
            raise CommandError(f"no source document with slug {source!r}; see /sources/", returncode=2)
        results = monitor(slug=source, force=force)
        if not results:
            self.stdout.write("No watched document is due for a check.")
        errors = 0
        for result in results:
            slug = result.document.slug or f"#{result.document.pk}"
            if result.outcome == "error":
                errors += 1
                self.stderr.write(f"{slug}: could not be read: {result.detail}")
                continue
            line = f"{slug}: {result.outcome}"
            if result.detail:
                line += f" — {result.detail}"
            self.stdout.write(line)
            outcome = result.snapshot
            if outcome is not None and not outcome.unchanged:
                for change in outcome.changes:
                    self.stdout.write(f"  {change.model_name}: {change.sentence}")
                for flag in outcome.flags:
                    self.stdout.write(f"  flag raised on {flag.model}: {flag.get_severity_display()} — {flag.title}")
        # What the changes announced (and earlier failures now due again) is sent before cron's run ends.
        for line in deliver_pending():
            self.stdout.write(line)
        if errors and strict:
            sys.exit(1)
