"""What both feed syncs share: the feed as a source document with one snapshot per version, the citation of
each value a feed writes, the rule that a vendor's statement outranks a feed's, and the changes between two
versions as FactChange rows and flags, as `monitor` records them for a document.
"""

import datetime
import decimal
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.utils import timezone

from airegister.catalog.choices import FlagSeverityChoices
from airegister.catalog.models import AIModel, ModelAvailability
from airegister.feeds import Citation
from airegister.sources.choices import ChangeKindChoices, DocumentTypeChoices
from airegister.sources.models import Snapshot, SourceDocument

from ..diff import highest
from ..models import FactChange
from ..services import MONITOR_USER, raise_flag
from .writer import Writer

SYNC_USER = "sync"

# The feeds' source documents: one per feed, found again by slug.
FEED_DOCUMENTS = {
    "models-dev": {
        "title": "models.dev (community dataset)",
        "description": "models.dev, an open, community-kept catalog of AI models and the providers that serve them "
        "(https://github.com/anomalyco/models.dev, MIT licence). Read by `airegister sync models-dev`; a community "
        "dataset, not the vendor: a vendor's own statement outranks it.",
    },
    "litellm": {
        "title": "LiteLLM model map (community dataset)",
        "description": "LiteLLM's model_prices_and_context_window.json (https://github.com/BerriAI/litellm, MIT "
        "licence): per provider and model id, limits, prices and deprecation dates with the vendor page stating "
        "them. Read by `airegister sync litellm`; a community dataset, not the vendor.",
    },
}
FEED_SLUGS = set(FEED_DOCUMENTS)

# Materiality of a change, as the flag it raises: a lifecycle change ends workflows, an offer gone or a new maker
# matters, a limit or a price is noted.
HIGH_FIELDS = {"lifecycle_status", "deprecation_date", "retirement_date"}
MEDIUM_FIELDS = {"vendor", "license", "open_weights", "offer"}
EMPTY = (None, "", [], {})
PRICE_PLACES = decimal.Decimal("0.000001")


class SyncError(Exception):
    """Bad input for a sync: one line (the command exits 2 with it); nothing was stored."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


def price(value) -> decimal.Decimal | None:
    if value is None:
        return None
    return decimal.Decimal(str(value)).quantize(PRICE_PLACES)


def severity_of(field_name: str) -> str:
    if field_name in HIGH_FIELDS:
        return FlagSeverityChoices.HIGH
    if field_name in MEDIUM_FIELDS:
        return FlagSeverityChoices.MEDIUM
    return FlagSeverityChoices.LOW


@dataclass
class PendingChange:
    model: AIModel | None
    model_name: str
    kind: str
    field: str
    label: str
    before: object = None
    after: object = None
    excerpt: str = ""

    @property
    def severity(self) -> str:
        if self.field == "offer" and self.kind != ChangeKindChoices.REMOVED:
            return FlagSeverityChoices.LOW
        if self.field == "lifecycle_status" and self.after in EMPTY:
            return FlagSeverityChoices.LOW  # no longer deprecated
        return severity_of(self.field)


@dataclass
class SyncResult:
    feed: str
    version: str
    document: SourceDocument
    snapshot: Snapshot | None  # None: this version was already recorded
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    changes: list[FactChange] = field(default_factory=list)
    flags: list = field(default_factory=list)
    # (channel, the channel's model id or the map's entry, why it was not matched): reported, never guessed.
    unmatched: list[tuple[str, str, str]] = field(default_factory=list)
    logged: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def unchanged(self) -> bool:
        return self.snapshot is None and not self.logged


def jsonable(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, tuple):
        return list(value)
    return value


class FeedSync:
    """One sync run: the feed's document and snapshot, the writer, the citations and the changes."""

    def __init__(self, slug: str, version: str, content_hash: str, location: str, *, content_type: str, fmt: str,
                 size: int, files: dict[str, Path], progress: Callable[[str], None] | None = None):
        self.slug, self.version, self.files = slug, version, files
        self.progress = progress or (lambda message: None)
        self.writer = Writer()
        self.pending: list[PendingChange] = []
        self._lines: dict[str, list[str]] = {}
        self.document = self._document()
        self.previous = self.document.latest_snapshot()
        sha = content_hash.removeprefix("sha256:")
        self.snapshot = None
        if self.previous is None or self.previous.sha256 != sha:
            self.snapshot = Snapshot.objects.create(
                document=self.document, number=(self.previous.number + 1) if self.previous else 1, sha256=sha,
                location=location[:1000], content_type=content_type, format=fmt, size=size,
                text=f"{FEED_DOCUMENTS[slug]['title']}, version {version}, read from {location}.",
                extraction={"feed": slug, "version": version},
            )
        self.number = (self.snapshot or self.previous).number

    def _document(self) -> SourceDocument:
        document = SourceDocument.objects.filter(slug=self.slug).first()
        if document is None:
            info = FEED_DOCUMENTS[self.slug]
            document = SourceDocument.objects.create(
                slug=self.slug, title=info["title"], description=info["description"],
                document_type=DocumentTypeChoices.COMMUNITY_DATASET,
            )
        return document

    # --- citations -------------------------------------------------------------------------------------------

    def excerpt(self, citation: Citation, fallback: str = "") -> str:
        """The lines of the feed file that state the value, verbatim."""
        lines = self._lines.get(citation.file)
        if lines is None:
            path = self.files.get(citation.file)
            try:
                lines = path.read_text(encoding="utf-8").splitlines() if path else []
            except OSError:
                lines = []
            self._lines[citation.file] = lines
        if citation.line is None or not lines:
            return fallback or f"{citation.key}"
        text = "\n".join(lines[citation.line - 1:(citation.end_line or citation.line)]).strip()
        return text or fallback or citation.key

    def locator(self, citation: Citation) -> str:
        where = f"{citation.file}:{citation.lines}" if citation.line is not None else citation.file
        key = f'["{citation.entry}"].{citation.key}' if citation.entry else citation.key
        return f"{where} {key}".strip()

    def cite(self, citation: Citation | None, *, locator: str = "", stated_by: str = "", **extra) -> dict:
        cited = {"source": self.slug, "title": self.document.title, "version": self.version,
                 "snapshot": self.number, "locator": locator or self.locator(citation)}
        if stated_by:
            cited["stated_by"] = stated_by
        cited.update(extra)
        return cited

    # --- facts -----------------------------------------------------------------------------------------------

    def put(self, obj, name: str, value, citation: Citation | None, *, model: AIModel | None, label: str,
            excerpt: str = "", locator: str = "", stated_by: str = "", **extra) -> None:
        """Write one cited value of a model or an offer, unless another source states the field.

        The field is the feed's when it is empty and uncited, or was written by this feed: then it takes the
        value (or is cleared when the feed no longer states it) with its excerpt and citation. A value from
        anywhere else (the vendor's page, the built-in catalog, an editor, the other feed) is kept; on a model,
        the feed's differing value is kept beside it in `feed_facts`."""
        write = self.writer.set
        current = getattr(obj, name)
        cited = (obj.evidence_sources or {}).get(name)
        # The feed's own value: written by it and not changed since (an editor's edit makes it the editor's).
        mine = bool(cited) and cited.get("source") == self.slug and cited.get("value", jsonable(current)) == \
            jsonable(current)
        if value is None:
            if mine:
                empty = [] if isinstance(current, list) else ("" if isinstance(current, str) else None)
                self._change(model, label, name, ChangeKindChoices.REMOVED, current, None)
                write(obj, name, empty)
                write(obj, "evidence", {k: v for k, v in obj.evidence.items() if k != name})
                write(obj, "evidence_sources", {k: v for k, v in obj.evidence_sources.items() if k != name})
            self._drop_feed_fact(obj, name)
            return
        excerpt = excerpt or (self.excerpt(citation) if citation else str(value))
        new_cite = self.cite(citation, locator=locator, stated_by=stated_by, value=jsonable(value), **extra)
        if mine or (not cited and current in EMPTY and name not in (obj.evidence or {})):
            if mine and current != value:
                self._change(model, label, name, ChangeKindChoices.CHANGED, current, value, excerpt)
            elif not mine and self.previous is not None and self.snapshot is not None and obj.pk is not None:
                self._change(model, label, name, ChangeKindChoices.ADDED, None, value, excerpt)
            write(obj, name, value)
            write(obj, "evidence", {**obj.evidence, name: excerpt})
            if not (mine and _same_citation(cited, new_cite)):
                write(obj, "evidence_sources", {**obj.evidence_sources, name: new_cite})
            self._drop_feed_fact(obj, name)
            return
        if cited and cited.get("source") == self.slug:
            # Written by this feed, then changed by an editor: the value is theirs now, the feed's citation is not.
            write(obj, "evidence", {k: v for k, v in obj.evidence.items() if k != name})
            write(obj, "evidence_sources", {k: v for k, v in obj.evidence_sources.items() if k != name})
        elif cited and cited.get("source") in FEED_SLUGS:
            return  # the other feed's: the first statement stays
        if not isinstance(obj, AIModel):
            return  # an offer's field stated elsewhere stays
        if current == value:
            self._drop_feed_fact(obj, name)
            return
        fact = {"value": jsonable(value), "source": self.slug, "title": self.document.title,
                "locator": new_cite["locator"], "excerpt": excerpt}
        held = (obj.feed_facts or {}).get(name)
        if held and held.get("value") == fact["value"] and held.get("locator") == fact["locator"]:
            return
        if held and held.get("value") != fact["value"]:
            self._change(model, f"{label} (community dataset)", name, ChangeKindChoices.CHANGED, held.get("value"),
                         fact["value"], excerpt)
        write(obj, "feed_facts", {**obj.feed_facts, name: fact})

    def _drop_feed_fact(self, obj, name: str) -> None:
        if isinstance(obj, AIModel) and (obj.feed_facts or {}).get(name, {}).get("source") == self.slug:
            self.writer.set(obj, "feed_facts", {k: v for k, v in obj.feed_facts.items() if k != name})

    def _change(self, model, label, name, kind, before, after, excerpt=""):
        self.pending.append(PendingChange(model, model.name if model else "", kind, name, label,
                                          jsonable(before), jsonable(after), excerpt))

    def offer_change(self, offer: ModelAvailability, kind: str, before=None, after=None, excerpt=""):
        self.pending.append(PendingChange(offer.model, offer.model.name, kind, "offer",
                                          f"offer on {offer.channel.name}", before, after, excerpt))

    # --- what changed ----------------------------------------------------------------------------------------

    def record_changes(self, result: SyncResult) -> None:
        """Between two versions of the feed: FactChange rows ("What changed"), and a flag on each model with a
        material change (medium or higher), as `monitor` raises them for a document."""
        if self.snapshot is None or self.previous is None or not self.pending:
            return
        now, rows, by_model = timezone.now(), [], {}
        for change in self.pending:
            row = FactChange(
                detected=now, document=self.document, from_snapshot=self.previous, to_snapshot=self.snapshot,
                model=change.model if change.model is not None and change.model.pk else None,
                model_name=change.model_name[:200], kind=change.kind, field=change.field[:30],
                label=change.label[:400], before=change.before, after=change.after, excerpt=change.excerpt,
                severity=change.severity,
            )
            rows.append(row)
            if row.model is not None:
                by_model.setdefault(row.model.pk, (row.model, []))[1].append(row)
        for model, model_rows in by_model.values():
            if highest(r.severity for r in model_rows) == FlagSeverityChoices.LOW:
                continue
            flag = raise_flag(self.document, AIModel.objects.select_related("vendor").get(pk=model.pk), model_rows)
            if flag is not None:
                result.flags.append(flag)
                for row in model_rows:
                    row.flag = flag
        result.changes = FactChange.objects.bulk_create(rows, batch_size=500)


def _same_citation(old: dict | None, new: dict) -> bool:
    """The same statement: the version and snapshot a value was first read in stay its citation while the value,
    its place and its stated source are unchanged (so a new feed version does not re-date every fact)."""
    if not old:
        return False
    ignore = {"version", "snapshot", "title"}
    return {k: v for k, v in old.items() if k not in ignore} == {k: v for k, v in new.items() if k not in ignore}


__all__ = ["FeedSync", "MONITOR_USER", "SYNC_USER", "SyncError", "SyncResult", "price"]
