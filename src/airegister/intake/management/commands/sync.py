"""`airegister sync models-dev PATH|FILE.json` / `airegister sync litellm FILE` [--channels a,b,c]: fill and update the
catalog from a community dataset, every value cited to the feed's version, file and line.

A second run of the same data changes nothing and logs nothing. Bad input (a missing folder, malformed TOML or
JSON, an unknown field, an unknown channel) exits with status 2 and one line on stderr, and stores nothing.
Progress goes to stderr when it is a terminal.
"""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from airegister.core.events import deliver_pending
from airegister.core.management.commands._oneline import OneLineErrorsMixin
from airegister.intake.sync import SyncError, sync_litellm, sync_models_dev

FEEDS = {"models-dev": sync_models_dev, "litellm": sync_litellm}
# A whole snapshot leaves thousands unmatched (aggregators' own ids): a summary a person can read, all on request.
UNMATCHED_CHANNELS_SHOWN = 10
UNMATCHED_NAMES_SHOWN = 5


class Command(OneLineErrorsMixin, BaseCommand):
    help = "Sync the catalog from models.dev (a checkout folder or its api.json) or LiteLLM's model map (a JSON file)."

    def add_arguments(self, parser):
        parser.add_argument("feed", choices=sorted(FEEDS), help="models-dev or litellm")
        parser.add_argument("path", help="models-dev: a checkout folder or its published api.json; "
                                         "litellm: the model map JSON")
        parser.add_argument("--channels", default="", help="Only these channels: register slugs or feed ids, a,b,c.")
        parser.add_argument("--list-unmatched", action="store_true", help="Unmatched: one per line, with the reason.")

    def progress(self, message: str) -> None:
        if not self.tty:
            return
        sys.stderr.write("\r\033[K" + (f"sync: {message}…" if message else ""))
        sys.stderr.flush()

    def handle(self, *args, feed, path, channels="", list_unmatched=False, **options):
        self.tty = sys.stderr.isatty()
        wanted = [c.strip() for c in channels.split(",") if c.strip()] or None
        started = time.perf_counter()
        try:
            result = FEEDS[feed](path, channels=wanted, progress=self.progress)
        except SyncError as exc:
            self.progress("")
            raise CommandError(str(exc), returncode=2) from None
        seconds = time.perf_counter() - started
        write = self.stdout.write
        document = result.document
        if result.snapshot is not None:
            write(f"{document.title}: snapshot {result.snapshot.number} ({result.version}).")
        else:
            write(f"{document.title}: version {result.version} already recorded (no new snapshot).")
        write("Read: " + ", ".join(f"{v:,} {k}" for k, v in result.counts.items()) + ".")
        if result.unchanged:
            write("Nothing changed; nothing stored.")
        for label, numbers in (("created", result.created), ("updated", result.updated),
                               ("deleted", result.deleted)):
            if numbers:
                write(f"{label.capitalize()}: " + ", ".join(f"{v:,} {k}" for k, v in numbers.items()) + ".")
        write(f"Change-log entries: {result.logged:,}.")
        for change in result.changes:
            write(f"  changed: {change.model_name}: {change.sentence} ({change.get_severity_display().lower()})")
        for flag in result.flags:
            write(f"  flag raised on {flag.model}: {flag.get_severity_display()} — {flag.title}")
        if result.unmatched:
            # All are reported: by default the channels holding them (most first, names of the first few), with
            # --list-unmatched every one on its own line with the reader's reason.
            write(f"Unmatched: {len(result.unmatched):,} (reported, not guessed).")
            if list_unmatched:
                for channel, item, reason in result.unmatched:
                    write(f"  {channel}: {item} ({reason})")
            else:
                by_channel: dict[str, list[str]] = {}
                for channel, item, _reason in result.unmatched:
                    by_channel.setdefault(channel, []).append(item)
                ranked = sorted(by_channel.items(), key=lambda pair: (-len(pair[1]), pair[0]))
                for channel, items in ranked[:UNMATCHED_CHANNELS_SHOWN]:
                    names = ", ".join(items[:UNMATCHED_NAMES_SHOWN])
                    hidden = len(items) - UNMATCHED_NAMES_SHOWN
                    more = f", … {hidden} more" if hidden > 0 else ""
                    write(f"  {channel} ({len(items)}): {names}{more}")
                if len(ranked) > UNMATCHED_CHANNELS_SHOWN:
                    write(f"  … and {len(ranked) - UNMATCHED_CHANNELS_SHOWN} more channels")
                write("  (--list-unmatched: every one, one per line, with the reason)")
        for line in deliver_pending():  # the events the sync announced
            write(line)
        write(f"Done in {seconds:.1f} s.")
