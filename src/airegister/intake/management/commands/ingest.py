"""`airegister ingest PATH|URL [--vendor SLUG] [--title T] [--source SLUG]`: store a document and its facts for review.

Reads the document, runs the extractor, and stores the source document, an immutable snapshot (only when the
content hash is new) and every fact as a proposed fact with its excerpt, linked to the register's models by
name. Bad input (missing, empty, binary, oversized, refused URL…) exits with status 2 and one line on stderr,
and stores nothing.
"""

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from airegister.catalog.models import Vendor
from airegister.core.management.commands._oneline import OneLineErrorsMixin
from airegister.intake.services import ingest
from airegister.sources.models import SourceDocument
from airegister.sources.reading import ReadError


def fail(message: str) -> CommandError:
    return CommandError(" ".join(str(message).split()), returncode=2)


class Command(OneLineErrorsMixin, BaseCommand):
    help = "Read a vendor document (file or http(s) URL) into a snapshot and proposed facts for editors to review."

    def add_arguments(self, parser):
        parser.add_argument("location", help="A file (HTML, Markdown, text, PDF) or an http(s) URL.")
        parser.add_argument("--vendor", help="Slug of the document's vendor (default: the developer it names).")
        parser.add_argument("--title", default="", help="The document's title (default: the title it states).")
        parser.add_argument(
            "--source", help="Slug of an existing source document this is a copy of (it will watch this location)."
        )

    def handle(self, *args, location, vendor=None, title="", source=None, **options):
        vendor_obj = source_obj = None
        if vendor:
            vendor_obj = Vendor.objects.filter(slug=vendor).first()
            if vendor_obj is None:
                raise fail(f"no vendor with slug {vendor!r}; see /vendors/ for the register's vendors")
        if source:
            source_obj = SourceDocument.objects.filter(slug=source).first()
            if source_obj is None:
                raise fail(f"no source document with slug {source!r}; see /sources/")
        try:
            outcome = ingest(location, vendor=vendor_obj, title=title.strip(), source=source_obj)
        except ReadError as exc:
            raise fail(str(exc)) from None
        document = outcome.document
        if outcome.unchanged:
            latest = document.latest_snapshot()
            self.stdout.write(
                f"No change: {document.title} ({document.slug}) is as in snapshot {latest.number} "
                f"(sha256 {latest.sha256[:12]}…); nothing stored."
            )
            return
        snapshot = outcome.snapshot
        state = "new source document" if outcome.created_document else "source document"
        self.stdout.write(f"Ingested {snapshot.location} as {state} “{document.title}” ({document.slug}).")
        self.stdout.write(
            f"Snapshot {snapshot.number}: sha256 {snapshot.sha256[:12]}…, {snapshot.size:,} bytes, {snapshot.format}; "
            f"{len(outcome.proposed)} fact(s) proposed."
        )
        by_model: dict[str, list] = {}
        for fact in outcome.proposed:
            by_model.setdefault(fact.model_name, []).append(fact)
        for name, facts in by_model.items():
            model = facts[0].model
            where = f"→ {model.slug} (in the register)" if model else "→ not in the register (accept as a new model)"
            self.stdout.write(f"  {name} {where}: {len(facts)} fact(s)")
        for change in outcome.changes:
            self.stdout.write(f"  changed: {change.model_name}: {change.sentence}")
        for flag in outcome.flags:
            self.stdout.write(f"  flag raised on {flag.model}: {flag.get_severity_display()} — {flag.title}")
        self.stdout.write(f"Review: {reverse('sources:snapshot', args=[document.slug, snapshot.number])}")
