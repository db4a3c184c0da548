"""A model's dossier for procurement files: everything its profile page shows (built by the profile's own
service, `profiles.services.build_model_profile`), plus its assessments, its open reviews and every source the
facts are cited from, each with the excerpts read from it. One `Dossier` renders as the printable page and as
the PDF (`pdf.py`), so the two never disagree."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from airegister.catalog.models import AIModel
from airegister.governance.choices import AssessmentStatusChoices, DueStateChoices
from airegister.governance.models import Assessment
from airegister.profiles.services import build_model_profile, get_profile_model
from airegister.sources.models import SourceDocument

__all__ = ["Dossier", "build_dossier", "get_profile_model"]


@dataclass
class Citation:
    """One fact as its source states it."""

    fact: str
    stated: object  # a date, a partial-date string, or None
    excerpt: str


@dataclass
class CitedSource:
    document: SourceDocument
    citations: list[Citation] = field(default_factory=list)

    @property
    def read(self):
        """When the register last read the document (the monitor's last check), None if never."""
        return self.document.last_checked


@dataclass
class Dossier:
    profile: object  # catalog.profile.ModelProfile, with the governance resources that apply
    assessments: list[Assessment]
    open_reviews: list[Assessment]
    sources: list[CitedSource]
    uncited: int  # facts shown without a source
    generated: datetime.datetime


def is_open(assessment: Assessment, today: datetime.date) -> bool:
    """A review still to be done: a draft, one awaiting sign-off, one re-opened by a fact change, or one whose
    next review is due soon or overdue."""
    if assessment.superseded:
        return False
    return (
        assessment.status != AssessmentStatusChoices.SIGNED_OFF
        or assessment.reopened_on is not None
        or assessment.due_state(today) in (DueStateChoices.OVERDUE, DueStateChoices.DUE_SOON)
    )


def cited_facts(profile):
    """(what the fact says, the fact) for every CitedMixin fact the profile shows."""
    for summary in profile.data_handling:
        for row in summary.rows:
            yield f"{summary.attribute.name}, {row.channel_name}: {row.value_label}", row.term
    for certification in profile.certifications:
        yield f"Certification: {certification.name}", certification
    for restriction in profile.restrictions:
        yield f"Use restriction: {restriction.text}", restriction
    for document in profile.safety_documents:
        yield f"Safety documentation: {document.title}", document
    for evaluation in profile.safety_evaluations:
        yield f"Safety evaluation: {evaluation.name} {evaluation.value:g}{evaluation.unit}", evaluation
    for flag in profile.flags:
        yield f"Compliance flag: {flag.title}", flag
    for offer in profile.availabilities:
        yield f"Offered on {offer.channel.name}", offer
    for link in profile.continuity_options:
        yield f"Continuity option: {link.to_model.name} ({link.get_kind_display()})", link
    yield f"{profile.model.name}: model record", profile.model


def gather_sources(profile) -> tuple[list[CitedSource], int]:
    """Every source document the profile's facts cite, in title order, each with its citations (one query)."""
    model = profile.model
    wanted: list[tuple[object, Citation]] = []  # (source id or slug, citation)
    uncited = 0
    for text, fact in cited_facts(profile):
        if fact.source_id:
            wanted.append((fact.source_id, Citation(text, fact.source_date, fact.source_excerpt)))
        else:
            uncited += 1
    # A model's field read from a document names that document by slug (`evidence_sources`).
    for name, excerpt in sorted((model.evidence or {}).items()):
        origin = (model.evidence_sources or {}).get(name)
        label = f"{model.name}: {name.replace('_', ' ')}"
        if isinstance(origin, dict) and origin.get("source"):
            wanted.append((origin["source"], Citation(label, origin.get("date"), excerpt)))
        elif model.source_id:
            wanted.append((model.source_id, Citation(label, model.source_date, excerpt)))
    ids = {key for key, _ in wanted if isinstance(key, int)}
    slugs = {key for key, _ in wanted if isinstance(key, str)}
    documents = list(SourceDocument.objects.filter(pk__in=ids) | SourceDocument.objects.filter(slug__in=slugs))
    by_key = {d.pk: d for d in documents} | {d.slug: d for d in documents}
    grouped: dict[int, CitedSource] = {}
    for key, citation in wanted:
        document = by_key.get(key)
        if document is None:  # a community dataset's record, not a document in the register
            continue
        cited = grouped.setdefault(document.pk, CitedSource(document))
        if citation not in cited.citations:
            cited.citations.append(citation)
    return sorted(grouped.values(), key=lambda c: c.document.title.lower()), uncited


def build_dossier(model: AIModel, today: datetime.date | None = None) -> Dossier:
    """`model` should come from `get_profile_model` (with its vendor)."""
    today = today or timezone.localdate()
    profile = build_model_profile(model)
    assessments = list(
        Assessment.objects.of_subject(model).select_related("control", "assessor", "reviewer")
        .order_by("-completed_on", "-last_updated")
    )
    sources, uncited = gather_sources(profile)
    return Dossier(
        profile=profile,
        assessments=assessments,
        open_reviews=[a for a in assessments if is_open(a, today)],
        sources=sources,
        uncited=uncited,
        generated=timezone.now(),
    )
