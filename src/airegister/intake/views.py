"""Source pages: documents, snapshots with their proposed facts (the review), and what changed.

Reading needs what every page needs (signed in, or anonymous reading on). Deciding on proposed facts is an
editor's: plain POST forms with CSRF, each answered with a redirect back to the page and a message.
"""

from django.apps import apps
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.generic import View

from airegister.catalog.models import AIModel, ModelAvailability, SafetyEvaluation
from airegister.core.models import CitedMixin
from airegister.core.views import ObjectHistoryView, ObjectListView, ObjectView, paginate
from airegister.sources.choices import FactFieldChoices, ProposedFactStatusChoices
from airegister.sources.models import Snapshot, SourceDocument

from . import accept
from .filtersets import ProposedFactFilterSet
from .forms import AcceptModelForm, DecisionForm, LinkModelForm, NewModelForm
from .models import FactChange, ProposedFact, fact_value_text
from .tables import ProposedFactTable, SourceDocumentTable

# Enough to show what a document supports without turning the page into an export.
FACTS_PER_TYPE = 100
REVIEW_PERMISSION = "intake.change_proposedfact"


def evidence_source(record, field: str) -> str | None:
    """The slug of the document a record's per-field evidence comes from (`evidence_sources`, else `source`)."""
    cited = (getattr(record, "evidence_sources", None) or {}).get(field)
    if isinstance(cited, dict) and cited.get("source"):
        return cited["source"]
    return record.source.slug if record.source_id else None


def facts_citing(document) -> list[dict]:
    """The document's excerpts, each with the facts it supports (one query per record type).

    Several facts often rest on the same sentence (one "accessed through" line backs four channels), so the
    page shows each excerpt once, followed by what it supports.
    """
    by_excerpt: dict[str, list[dict]] = {}
    for model in apps.get_models():
        if not issubclass(model, CitedMixin):
            continue
        related = [f.name for f in model._meta.concrete_fields if f.many_to_one]
        records = model.objects.filter(source=document)
        if model is AIModel:  # a model's fields may be cited from this document while its `source` is another
            accepted = ProposedFact.objects.filter(
                snapshot__document=document, status=ProposedFactStatusChoices.ACCEPTED
            ).values("model_id")
            records = model.objects.filter(Q(source=document) | Q(pk__in=accepted))
        for fact in records.select_related(*related)[:FACTS_PER_TYPE]:
            url, kind = fact_url(fact), model._meta.verbose_name
            # A record may cite one sentence per field (a model's release date, cutoffs, …) besides its own.
            for field, excerpt in (getattr(fact, "evidence", None) or {}).items():
                if evidence_source(fact, field) != document.slug:
                    continue
                label = f"{kind}: {field.replace('_', ' ')}"
                by_excerpt.setdefault(excerpt.strip(), []).append({"fact": fact, "url": url, "kind": label})
            if fact.source_id == document.pk and (fact.source_excerpt or not getattr(fact, "evidence", None)):
                row = {"fact": fact, "url": url, "kind": kind}
                by_excerpt.setdefault(fact.source_excerpt.strip(), []).append(row)
    return [{"excerpt": excerpt, "rows": rows} for excerpt, rows in by_excerpt.items()]


def fact_url(fact) -> str:
    """The page that shows the fact: its own, or that of the record it belongs to (a model, a vendor)."""
    for record in (fact, fact.get_changelog_parent()):
        if record is not None and hasattr(record, "get_absolute_url"):
            return record.get_absolute_url()
    return ""


def can_review(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.has_perm(REVIEW_PERMISSION))


def require_reviewer(request):
    if not can_review(request.user):
        raise PermissionDenied("Deciding on proposed facts needs the editor role.")


# --- documents ------------------------------------------------------------------------------------------------


class SourceDocumentListView(ObjectListView):
    queryset = SourceDocument.objects.select_related("vendor")
    table = SourceDocumentTable
    title = "Sources"
    lead = (
        "The documents the register's facts are taken from; each fact keeps its excerpt. Documents with a URL or "
        "a watched file are re-read by the monitor, and what changed is recorded."
    )


class SourceDocumentView(ObjectView):
    queryset = SourceDocument.objects.select_related("vendor")
    template_name = "sources/sourcedocument.html"

    def get_extra_context(self, request, obj):
        snapshots = obj.snapshots.annotate(
            pending=Count("proposed_facts", filter=Q(proposed_facts__status=ProposedFactStatusChoices.PROPOSED)),
            facts=Count("proposed_facts"),
        ).order_by("-number")
        return {
            "fact_groups": facts_citing(obj),
            "snapshots": snapshots[:20],
            "change_count": obj.fact_changes.count(),
        }


class SourceDocumentHistoryView(ObjectHistoryView):
    queryset = SourceDocument.objects.all()


# --- snapshots and the review ---------------------------------------------------------------------------------


def current_value(fact: ProposedFact, model: AIModel | None, channels: dict, evaluations: dict):
    """What the register records now for the fact, to compare with the proposal."""
    if model is None:
        return None
    if fact.field in accept.MODEL_FIELDS:
        return getattr(model, fact.field)
    if fact.field == FactFieldChoices.DEVELOPER:
        return model.vendor.name if model.vendor_id else None
    if fact.field == FactFieldChoices.ACCESS_SURFACES:
        return channels.get(model.pk) or None
    if fact.field == FactFieldChoices.EVALUATION:
        try:
            fields = accept.evaluation_fields(fact.value)
        except ValidationError:
            return None
        found = accept.find_evaluation(evaluations.get(model.pk, []), fields, fact.excerpt)
        return {"value": found.value, "unit": found.unit, "margin": found.margin} if found else None
    return None


def review_groups(snapshot: Snapshot) -> list[dict]:
    """The snapshot's proposed facts, grouped by the model they are about, with the register's current values."""
    facts = list(snapshot.proposed_facts.select_related("model__vendor", "decided_by").order_by("model_name", "pk"))
    model_ids = {f.model_id for f in facts if f.model_id}
    channels: dict[int, list[str]] = {}
    for availability in ModelAvailability.objects.filter(model_id__in=model_ids).select_related("channel"):
        channels.setdefault(availability.model_id, []).append(availability.channel.name)
    evaluations: dict[int, list[SafetyEvaluation]] = {}
    for evaluation in SafetyEvaluation.objects.filter(model_id__in=model_ids):
        evaluations.setdefault(evaluation.model_id, []).append(evaluation)
    groups: dict[str, dict] = {}
    for fact in facts:
        group = groups.setdefault(fact.model_name, {"name": fact.model_name, "model": fact.model, "rows": []})
        group["model"] = group["model"] or fact.model
        now = current_value(fact, fact.model, channels, evaluations)
        group["rows"].append({
            "fact": fact, "current": now, "current_text": fact_value_text(fact.field, now) if now else "",
            "same": now is not None and accept.same_as_recorded(fact.field, fact.value, now),
        })
    for group in groups.values():
        group["pending"] = sum(1 for row in group["rows"] if row["fact"].is_pending)
    return list(groups.values())


class SnapshotView(View):
    def get(self, request, slug, number):
        snapshot = get_object_or_404(Snapshot.objects.select_related("document__vendor"), document__slug=slug,
                                     number=number)
        document = snapshot.document
        numbers = list(document.snapshots.order_by("number").values_list("number", flat=True))
        context = {
            "object": snapshot,
            "document": document,
            "groups": review_groups(snapshot),
            "can_review": can_review(request.user),
            "previous_number": max((n for n in numbers if n < number), default=None),
            "next_number": min((n for n in numbers if n > number), default=None),
            "changes": snapshot.fact_changes.select_related("model", "flag").order_by("model_name", "pk"),
            "link_form": LinkModelForm(),
            "new_model_form": NewModelForm(initial={"vendor": document.vendor_id}),
        }
        return render(request, "sources/snapshot.html", context)


def snapshot_of(slug, number) -> Snapshot:
    return get_object_or_404(Snapshot.objects.select_related("document"), document__slug=slug, number=number)


def report_errors(request, form) -> None:
    for field, errors in form.errors.items():
        for error in errors:
            messages.error(request, f"{field}: {error}" if field != "__all__" else error)


class ProposedFactDecisionView(View):
    """POST /proposed-facts/<pk>/accept/ or /reject/: one fact, decided by an editor."""

    action = "accept"

    def post(self, request, pk):
        require_reviewer(request)
        fact = get_object_or_404(ProposedFact.objects.select_related("snapshot__document"), pk=pk)
        form = DecisionForm(request.POST)
        target = form.next_url(request, fact.snapshot.get_absolute_url())
        try:
            if self.action == "accept":
                accept.accept_fact(fact, request.user)
                messages.success(request, f"Accepted {fact.model_name}: {fact.label} — {fact.note}.")
            else:
                note = form.cleaned_data.get("note", "") if form.is_valid() else ""
                accept.reject_fact(fact, request.user, note=note)
                messages.success(request, f"Rejected {fact.model_name}: {fact.label}.")
        except ValidationError as exc:
            messages.error(request, f"{fact.model_name}: {fact.label} was not accepted: {accept.error_text(exc)}")
        return redirect(target)


class SnapshotActionView(View):
    """An editor's action on a snapshot's facts, from a plain POST form; answered with a redirect and a message."""

    form_class = None

    def act(self, request, snapshot: Snapshot, data: dict) -> None:
        raise NotImplementedError

    def post(self, request, slug, number):
        require_reviewer(request)
        snapshot = snapshot_of(slug, number)
        form = self.form_class(request.POST)
        target = form.next_url(request, snapshot.get_absolute_url())
        if not form.is_valid():
            report_errors(request, form)
            return redirect(target)
        try:
            self.act(request, snapshot, form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, accept.error_text(exc))
        return redirect(target)


class AcceptModelView(SnapshotActionView):
    """Accept every pending fact of a snapshot about one register model."""

    form_class = AcceptModelForm

    def act(self, request, snapshot, data):
        outcome = accept.accept_all(snapshot, data["model"], request.user)
        report = messages.warning if outcome.left else messages.success
        report(request, f"{data['model']}: {outcome.summary}")


class LinkModelView(SnapshotActionView):
    """Link the facts a document states about a model it names to a model of the register."""

    form_class = LinkModelForm

    def act(self, request, snapshot, data):
        count = accept.link_model(snapshot, data["model_name"], data["model"])
        messages.success(request, f"Linked {count} fact(s) about {data['model_name']} to {data['model']}. "
                                  "Accept them below.")


class NewModelView(SnapshotActionView):
    """"Accept as new model": create the model (vendor chosen by the editor) and accept the snapshot's facts."""

    form_class = NewModelForm

    def act(self, request, snapshot, data):
        model, outcome = accept.create_model(snapshot, data["model_name"], data["vendor"], request.user)
        messages.success(request, f"Created {model} ({model.vendor}). {outcome.summary}")


class ProposedFactListView(ObjectListView):
    queryset = ProposedFact.objects.select_related("snapshot__document", "model")
    filterset = ProposedFactFilterSet
    table = ProposedFactTable
    title = "Proposed facts"
    lead = (
        "Facts read from source documents, waiting for an editor: open a snapshot to compare each with the "
        "register and accept or reject it."
    )

    def get_queryset(self, request):
        return self.queryset.order_by("-created", "snapshot", "pk")


# --- what changed ---------------------------------------------------------------------------------------------


class ChangesView(View):
    """The "What changed" page of a source document or of a model: field-level differences, newest first."""

    def get(self, request, slug, kind):
        if kind == "model":
            obj = get_object_or_404(AIModel.objects.select_related("vendor"), slug=slug)
            changes = FactChange.objects.filter(model=obj)
        else:
            obj = get_object_or_404(SourceDocument, slug=slug)
            changes = FactChange.objects.filter(document=obj)
        changes = changes.select_related(
            "document", "model", "flag__model", "from_snapshot__document", "to_snapshot__document"
        )
        page = paginate(request, changes.order_by("-detected", "document__title", "model_name", "pk"))
        context = {"object": obj, "kind": kind, "page": page, "changes": page.object_list}
        return render(request, "sources/changes.html", context)
