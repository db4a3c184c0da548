"""Ingesting a document and monitoring watched documents for changes.

`ingest(location)`: read a file or URL, run the extractor, and store — in one transaction, so bad input
stores nothing — the `SourceDocument` (found by its URL or absolute path), a `Snapshot` when the content hash
is new, and the facts as `ProposedFact`s linked to the register's models by name.

`monitor()`: every document with a watched location (or a URL) that is due is read again. A new snapshot only
when the content hash changed; its facts are compared field by field with the previous snapshot's
(`FactChange` rows), the changed values proposed for review, and a compliance flag (category source-change,
severity by materiality) raised on each register model whose facts changed. A document that is gone
(HTTP 404/410, file removed) raises a flag once. Several monitors may run at once: on PostgreSQL each claims
a document with SELECT … FOR UPDATE SKIP LOCKED; on SQLite writes are serialised (IMMEDIATE transactions)
and the fetch happens outside the write transaction.
"""

import logging
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone

from airegister.catalog.choices import FlagCategoryChoices, FlagSeverityChoices, FlagStatusChoices
from airegister.catalog.models import AIModel, ComplianceFlag, ModelAvailability, SafetyEvaluation, Vendor
from airegister.core.context import change_context
from airegister.core.events import FACT_CHANGED, emit_event
from airegister.sources.choices import ChangeKindChoices, ProposedFactStatusChoices, SourceStatusChoices
from airegister.sources.fetch import FetchError, SourceGone
from airegister.sources.models import Snapshot, SourceDocument, is_url
from airegister.sources.reading import ReadError, Reading, extract_content, normal_location, read_location

from .choices import FoundByChoices
from .diff import Change, diff_extractions, extraction_models, highest
from .matching import ModelMatcher, known_names_of, match_vendor, normal, unique_slug
from .models import FactChange, ProposedFact

logger = logging.getLogger(__name__)
MONITOR_USER = "monitor"


@dataclass
class SnapshotOutcome:
    document: SourceDocument
    snapshot: Snapshot | None = None  # None: the content was unchanged
    proposed: list[ProposedFact] = field(default_factory=list)
    changes: list[FactChange] = field(default_factory=list)
    flags: list[ComplianceFlag] = field(default_factory=list)
    created_document: bool = False

    @property
    def unchanged(self) -> bool:
        return self.snapshot is None


# --- ingest ---------------------------------------------------------------------------------------------------


def ingest(raw_location: str, *, vendor: Vendor | None = None, title: str = "", source: SourceDocument | None = None,
           user=None) -> SnapshotOutcome:
    """Read and store a document; ReadError (one line) for bad input, with nothing stored."""
    location = normal_location(raw_location)
    try:
        content = read_location(location)
    except FetchError as exc:
        raise ReadError(str(exc)) from None
    known = known_names_of(vendor or (source.vendor if source is not None else None))
    reading = extract_content(content, known)  # before any write: a bad document stores nothing
    with transaction.atomic(), change_context(user=user, user_name="" if user else "ingest",
                                              message=f"Ingested {location}"):
        document, created = find_or_create_document(location, reading, vendor=vendor, title=title, source=source)
        outcome = record_reading(document, reading, user=user)
        outcome.created_document = created
    return outcome


def find_or_create_document(location: str, reading: Reading, *, vendor=None, title="", source=None):
    """The document read from `location` (by watched location or URL), created if new; (document, created)."""
    document = source
    if document is None:
        document = (
            SourceDocument.objects.filter(watch=location).order_by("pk").first()
            or (SourceDocument.objects.filter(url=location).order_by("pk").first() if is_url(location) else None)
        )
    developer = next((m.get("developer") for m in reading.facts["models"] if m.get("developer")), None)
    vendor = vendor or (document.vendor if document else None) or match_vendor(developer)
    if document is None:
        heading = title or reading.result.source.title or location.rsplit("/", 1)[-1]
        heading = " ".join(heading.split())[:300]
        document = SourceDocument.objects.create(
            title=heading, slug=unique_slug(SourceDocument, heading), url=location if is_url(location) else "",
            watch=location, vendor=vendor,
        )
        return document, True
    changed = False
    if document.watch != location and document.location != location:
        document.watch, changed = location, True
    if title and document.title != title:
        document.title, changed = title[:300], True
    if vendor and document.vendor_id is None:
        document.vendor, changed = vendor, True
    if changed:
        document.save()
    return document, False


# --- recording a reading --------------------------------------------------------------------------------------


def record_reading(document: SourceDocument, reading: Reading, *, user=None) -> SnapshotOutcome:
    """A new snapshot if the content hash is new, with its proposed facts, changes and flags. Call in a
    transaction: the latest snapshot is read and the next one numbered within it."""
    outcome = SnapshotOutcome(document)
    content = reading.content
    latest = document.snapshots.order_by("-number").first()
    if latest is not None and latest.sha256 == content.sha256:
        return outcome
    extraction = reading.facts
    snapshot = Snapshot.objects.create(
        document=document, number=(latest.number + 1) if latest else 1, sha256=content.sha256,
        location=content.final_location[:1000], content_type=content.content_type[:100],
        format=reading.document.format, size=len(content.body), text=reading.document.text, extraction=extraction,
    )
    outcome.snapshot = snapshot
    matcher = ModelMatcher(document.vendor)
    changes = diff_extractions(latest.extraction, extraction) if latest else []
    outcome.proposed = propose_facts(snapshot, extraction, changes if latest else None, matcher)
    if changes:
        outcome.changes, outcome.flags = record_changes(document, latest, snapshot, changes, matcher, user)
    return outcome


def propose_facts(snapshot: Snapshot, extraction: dict, changes: list[Change] | None, matcher) -> list[ProposedFact]:
    """The snapshot's facts for review: all of them for a first snapshot, else the new and changed ones."""
    wanted = None
    if changes is not None:
        wanted = {(normal(c.model_name), c.key) for c in changes if c.after is not None and c.field}
        wanted |= {(normal(c.model_name), "*") for c in changes if c.kind == ChangeKindChoices.ADDED and not c.field}
    proposed = []
    for model_set in extraction_models(extraction):
        model = matcher.match(model_set.name)
        for key, fact in model_set.facts.items():
            name = normal(model_set.name)
            if wanted is not None and (name, key) not in wanted and (name, "*") not in wanted:
                continue
            proposed.append(ProposedFact(
                snapshot=snapshot, model=model, model_name=model_set.name[:200], field=fact.field, key=key[:400],
                value=fact.value, excerpt=fact.excerpt,
                found_by=FoundByChoices.LLM if fact.field in model_set.llm_fields else FoundByChoices.OFFLINE,
            ))
    # Older pending proposals of facts stated anew, or no longer stated, are not what the document says now.
    stale = {(normal(f.model_name), f.key) for f in proposed}
    for change in changes or []:
        if change.kind == ChangeKindChoices.REMOVED:
            stale.add((normal(change.model_name), change.key if change.field else "*"))
    supersede(snapshot, stale)
    return ProposedFact.objects.bulk_create(proposed)


def supersede(snapshot: Snapshot, stale: set[tuple[str, str]]) -> None:
    """Mark the document's older pending proposals of these (model, key) — (model, "*"): all its facts — superseded."""
    older = ProposedFact.objects.filter(
        snapshot__document=snapshot.document, status=ProposedFactStatusChoices.PROPOSED
    ).exclude(snapshot=snapshot).only("pk", "model_name", "key")
    ids = [f.pk for f in older if (normal(f.model_name), f.key) in stale or (normal(f.model_name), "*") in stale]
    ProposedFact.objects.filter(pk__in=ids).update(status=ProposedFactStatusChoices.SUPERSEDED)


def record_changes(document, previous: Snapshot, snapshot: Snapshot, changes: list[Change], matcher, user):
    """The changes as FactChange rows, and one flag per register model whose facts changed."""
    rows, by_model, now = [], {}, timezone.now()
    for change in changes:
        model = matcher.match(change.model_name)
        row = FactChange(
            detected=now, document=document, from_snapshot=previous, to_snapshot=snapshot, model=model,
            model_name=change.model_name[:200], kind=change.kind, field=change.field, label=change.label[:400],
            before=change.before, after=change.after, excerpt=change.excerpt, severity=change.severity,
        )
        rows.append(row)
        if model is not None:
            by_model.setdefault(model.pk, (model, []))[1].append(row)
    flags = []
    message = f"{document} changed (snapshot {previous.number} → {snapshot.number})"
    with change_context(user=user, user_name="" if user else MONITOR_USER, message=message):
        for model, model_rows in by_model.values():
            flag = raise_flag(document, AIModel.objects.select_related("vendor").get(pk=model.pk), model_rows)
            if flag is not None:
                flags.append(flag)
                for row in model_rows:
                    row.flag = flag
            emit_event(FACT_CHANGED, model, changes=[
                {"field": row.label, "before": row.before, "after": row.after} for row in model_rows
            ], actor=MONITOR_USER, message=message, source=document.title)
    return FactChange.objects.bulk_create(rows), flags


def raise_flag(document: SourceDocument, model: AIModel, rows: list[FactChange]) -> ComplianceFlag | None:
    # A flag always has a vendor (a vendor's flag is inherited by all its models); without one, the diff alone.
    vendor = model.vendor or None
    if vendor is None:
        return None
    sentences = [row.sentence for row in rows]
    first = ", ".join(row.label for row in rows[:3]) + (" …" if len(rows) > 3 else "")
    severity = highest(row.severity for row in rows)
    # The sentence behind the most material change is the flag's citation.
    excerpt = next((r.excerpt for r in rows if r.excerpt and r.severity == severity), "") or next(
        (r.excerpt for r in rows if r.excerpt), "")
    return ComplianceFlag.objects.create(
        vendor=vendor, model=model, category=FlagCategoryChoices.SOURCE_CHANGE,
        severity=severity, status=FlagStatusChoices.ACTIVE,
        opened=timezone.localdate(), title=f"{document.title[:120]} changed: {first}"[:200],
        description="What the document now says differs from its previous snapshot: " + "; ".join(sentences) + ".",
        source=document, source_date=timezone.localdate(), source_excerpt=excerpt,
    )


# --- monitor --------------------------------------------------------------------------------------------------


@dataclass
class CheckResult:
    document: SourceDocument
    outcome: str  # "unchanged" | "changed" | "gone" | "error" | "skipped"
    detail: str = ""
    snapshot: SnapshotOutcome | None = None


def due_documents(slug: str | None = None, force: bool = False) -> list[int]:
    documents = SourceDocument.objects.exclude(watch="", url="").order_by("pk")
    if slug:
        documents = documents.filter(slug=slug)
    now = timezone.now()
    return [d.pk for d in documents if force or slug or d.is_due(now)]


def monitor(slug: str | None = None, force: bool = False) -> list[CheckResult]:
    return [check_document(pk, force=force or bool(slug)) for pk in due_documents(slug, force)]


def uses_row_claims() -> bool:
    return connection.features.has_select_for_update_skip_locked


def check_document(pk: int, force: bool = False) -> CheckResult:
    """Check one document, claimed so that concurrent monitors never process it twice at once."""
    if uses_row_claims():
        with transaction.atomic():
            document = SourceDocument.objects.select_for_update(skip_locked=True).order_by().filter(pk=pk).first()
            if document is None:
                return CheckResult(SourceDocument(pk=pk, title=f"#{pk}"), "skipped", "being checked by another monitor")
            if not (force or document.is_due()):
                return CheckResult(document, "skipped", "checked meanwhile")
            return apply_check(document, read_for_check(document))
    document = SourceDocument.objects.filter(pk=pk).first()
    if document is None or not (force or document.is_due()):
        return CheckResult(document or SourceDocument(pk=pk), "skipped", "not due")
    reading = read_for_check(document)  # outside the write transaction: SQLite has one writer at a time
    with transaction.atomic():
        document = SourceDocument.objects.get(pk=pk)
        if not (force or document.is_due()):
            return CheckResult(document, "skipped", "checked meanwhile")
        return apply_check(document, reading)


def read_for_check(document: SourceDocument) -> Reading | Exception:
    try:
        return extract_content(read_location(document.location), known_names_of(document.vendor))
    except (FetchError, ReadError) as exc:
        return exc


def apply_check(document: SourceDocument, reading: Reading | Exception) -> CheckResult:
    now = timezone.now()
    bookkeeping = SourceDocument.objects.filter(pk=document.pk)
    if isinstance(reading, SourceGone):
        result = CheckResult(document, "gone", str(reading))
        if document.status != SourceStatusChoices.MISSING:  # flag the disappearance once
            record_gone(document, str(reading))
        bookkeeping.update(last_checked=now, status=SourceStatusChoices.MISSING, status_detail=str(reading)[:500])
        return result
    if isinstance(reading, Exception):
        bookkeeping.update(last_checked=now, status=SourceStatusChoices.ERROR, status_detail=str(reading)[:500])
        return CheckResult(document, "error", str(reading))
    with change_context(user_name=MONITOR_USER, message=f"Monitor: {document} re-read"):
        outcome = record_reading(document, reading)
    bookkeeping.update(last_checked=now, status=SourceStatusChoices.OK, status_detail="")
    if outcome.unchanged:
        return CheckResult(document, "unchanged", snapshot=outcome)
    detail = f"snapshot {outcome.snapshot.number}, {len(outcome.changes)} change(s), {len(outcome.flags)} flag(s)"
    return CheckResult(document, "changed", detail, snapshot=outcome)


def record_gone(document: SourceDocument, detail: str) -> list[ComplianceFlag]:
    """A flag on each register model whose facts rest on the document (or on its vendor), and the change."""
    latest = document.latest_snapshot()
    models = models_citing(document)
    holders = [(m.vendor, m) for m in models if m.vendor_id] or ([(document.vendor, None)] if document.vendor else [])
    flags = []
    with change_context(user_name=MONITOR_USER, message=f"Monitor: {document} is gone"):
        for vendor, model in holders:
            flags.append(ComplianceFlag.objects.create(
                vendor=vendor, model=model, category=FlagCategoryChoices.SOURCE_CHANGE,
                severity=FlagSeverityChoices.HIGH, status=FlagStatusChoices.ACTIVE, opened=timezone.localdate(),
                title=f"Source gone: {document.title}"[:200],
                description=f"{detail}. The facts cited from it can no longer be checked against it.",
                source=document, source_date=timezone.localdate(),
            ))
    FactChange.objects.bulk_create(
        FactChange(
            document=document, from_snapshot=latest, model=flag.model if flag else None,
            model_name=flag.model.name if flag and flag.model else "", kind=ChangeKindChoices.GONE, label="document",
            before="available", after=detail[:300], severity=FlagSeverityChoices.HIGH, flag=flag,
        )
        for flag in (flags or [None])
    )
    return flags


def models_citing(document: SourceDocument) -> list[AIModel]:
    """The register's models whose facts rest on the document: cited by it, or with facts accepted from it."""
    ids = set(AIModel.objects.filter(source=document).values_list("pk", flat=True))
    ids |= set(ProposedFact.objects.filter(snapshot__document=document, status=ProposedFactStatusChoices.ACCEPTED)
               .values_list("model_id", flat=True))
    for cited in (ModelAvailability, SafetyEvaluation):
        ids |= set(cited.objects.filter(source=document).values_list("model_id", flat=True))
    return list(AIModel.objects.filter(pk__in=ids).select_related("vendor").order_by("name"))
