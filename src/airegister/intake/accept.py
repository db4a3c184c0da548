"""An editor's decision on a proposed fact: accepting writes it into the catalog, cited; rejecting records why not.

Accepting a fact about a model
- a model field (release date, cutoffs, modalities, context window, parameters, licence, safety level): the
  value goes into the model, its excerpt into `AIModel.evidence[field]`, and the document and snapshot date
  into `AIModel.evidence_sources[field]` (a model's facts may come from several documents). The model's own
  `source` is set when it has none;
- developer: the model's vendor, when the register has a vendor of that name (and the model no other);
- access surfaces: a `ModelAvailability` per channel matched by name or alias, cited; availabilities this
  document supported that it no longer lists are removed;
- a safety evaluation: a `SafetyEvaluation`, cited — or the citation of the one already recorded.

Every write goes through the models' save(), so it lands in the change log under the editor's name with
the message "Accepted from <document> snapshot <n>". A fact without an excerpt or a snapshot is refused.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from airegister.catalog.models import AIModel, ModelAvailability, SafetyEvaluation, Vendor
from airegister.core.context import change_context
from airegister.sources.choices import FactFieldChoices, ProposedFactStatusChoices
from airegister.sources.models import Snapshot

from .matching import ChannelMatcher, match_vendor, normal, squashed, unique_slug
from .models import FactChange, ProposedFact

MODEL_FIELDS = {
    "release_date", "knowledge_cutoff", "training_data_cutoff", "input_modalities", "output_modalities",
    "context_window", "parameters", "license", "safety_level",
}


@dataclass
class BulkOutcome:
    accepted: list[ProposedFact] = field(default_factory=list)
    left: list[tuple[ProposedFact, str]] = field(default_factory=list)  # (fact, why it was not accepted)

    @property
    def summary(self) -> str:
        text = f"Accepted {len(self.accepted)} fact{'s' if len(self.accepted) != 1 else ''}."
        if self.left:
            reasons = "; ".join(f"{fact.label}: {why}" for fact, why in self.left[:5])
            text += f" {len(self.left)} left for review ({reasons})."
        return text


def message_for(snapshot: Snapshot, verb: str = "Accepted") -> str:
    return f"{verb} from {snapshot.document} snapshot {snapshot.number}"


def error_text(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return " ".join(f"{msg}" for msgs in exc.message_dict.values() for msg in msgs)
    return " ".join(exc.messages)


def _locked(fact: ProposedFact) -> ProposedFact:
    """The fact as stored, locked: two editors accepting at once apply it once."""
    current = ProposedFact.objects.select_for_update().order_by().filter(pk=fact.pk).first()
    if current is None:
        raise ValidationError("This proposed fact no longer exists.")
    if not current.is_pending:
        raise ValidationError(f"This fact was already {current.get_status_display().lower()}.")
    return current


def accept_fact(fact: ProposedFact, user, model: AIModel | None = None) -> ProposedFact:
    """Write the fact into the catalog (linking it to `model` first, if given). ValidationError if it cannot be."""
    fact.full_clean(validate_constraints=False)  # an excerpt and a snapshot, before anything else
    with transaction.atomic(), change_context(user=user, message=message_for(fact.snapshot)):
        current = _locked(fact)
        if model is not None:
            current.model = model
        if current.model_id is None:
            raise ValidationError("Link the fact to a model of the register first, or accept it as a new model.")
        target = AIModel.objects.select_for_update().order_by().get(pk=current.model_id)
        decide(current, user, ProposedFactStatusChoices.ACCEPTED, apply(current, target))
    fact.refresh_from_db()
    return fact


def reject_fact(fact: ProposedFact, user, note: str = "") -> ProposedFact:
    with transaction.atomic():
        decide(_locked(fact), user, ProposedFactStatusChoices.REJECTED, note)
    fact.refresh_from_db()
    return fact


def decide(fact: ProposedFact, user, status: str, note: str) -> None:
    fact.status = status
    fact.decided_by = user if getattr(user, "is_authenticated", False) else None
    fact.decided_at = timezone.now()
    fact.note = note[:500]
    fact.save()


def accept_all(snapshot: Snapshot, model: AIModel, user) -> BulkOutcome:
    """Accept every pending fact of the snapshot about `model`; a fact that cannot be accepted is left, with why."""
    outcome = BulkOutcome()
    pending = snapshot.proposed_facts.filter(model=model, status=ProposedFactStatusChoices.PROPOSED).order_by("pk")
    for fact in pending:
        try:
            outcome.accepted.append(accept_fact(fact, user))
        except ValidationError as exc:
            outcome.left.append((fact, error_text(exc)))
    return outcome


def link_model(snapshot: Snapshot, model_name: str, model: AIModel) -> int:
    """Link the pending facts (and the changes) the document states about `model_name` to a register model."""
    target = normal(model_name)
    pending = ProposedFact.objects.filter(
        snapshot__document=snapshot.document, model__isnull=True, status=ProposedFactStatusChoices.PROPOSED
    )
    ids = [f.pk for f in pending.only("pk", "model_name") if normal(f.model_name) == target]
    ProposedFact.objects.filter(pk__in=ids).update(model=model)
    changes = FactChange.objects.filter(document=snapshot.document, model__isnull=True)
    FactChange.objects.filter(pk__in=[c.pk for c in changes if normal(c.model_name) == target]).update(model=model)
    return len(ids)


def create_model(snapshot: Snapshot, model_name: str, vendor: Vendor | None, user) -> tuple[AIModel, BulkOutcome]:
    """"Accept as new model": a model named as the document names it, of the vendor the editor chose, with the
    snapshot's facts about it accepted."""
    name = " ".join((model_name or "").split())[:100]
    if not name:
        raise ValidationError({"model_name": "Name the model."})
    if AIModel.objects.filter(vendor=vendor, name__iexact=name).exists():
        raise ValidationError({"model_name": f"The register already has a model named {name}: link the facts to it."})
    with transaction.atomic(), change_context(user=user, message=message_for(snapshot, "Created")):
        model = AIModel(vendor=vendor, name=name, slug=unique_slug(AIModel, name), source=snapshot.document)
        model.full_clean(validate_constraints=False)
        model.save()
        link_model(snapshot, model_name, model)
    return model, accept_all(snapshot, model, user)


def same_as_recorded(field_name: str, proposed, recorded) -> bool:
    """Whether the register already records the proposed value (for the review page's comparison column)."""
    if field_name == FactFieldChoices.ACCESS_SURFACES:
        return False  # names differ from the channels' (aliases); accepting tells
    if isinstance(proposed, list) and isinstance(recorded, list):
        return {squashed(str(v)) for v in proposed} == {squashed(str(v)) for v in recorded}
    if field_name == FactFieldChoices.DEVELOPER:
        return squashed(str(proposed)) == squashed(str(recorded))
    if field_name == FactFieldChoices.EVALUATION:
        return recorded is not None  # found by its figure: the same
    return proposed == recorded


# --- applying one fact ----------------------------------------------------------------------------------------


def apply(fact: ProposedFact, model: AIModel) -> str:
    """Write `fact` into the catalog for `model`; returns what was done, in words."""
    if fact.field in MODEL_FIELDS:
        return apply_model_field(fact, model)
    if fact.field == FactFieldChoices.DEVELOPER:
        return apply_developer(fact, model)
    if fact.field == FactFieldChoices.ACCESS_SURFACES:
        return apply_surfaces(fact, model)
    if fact.field == FactFieldChoices.EVALUATION:
        return apply_evaluation(fact, model)
    raise ValidationError(f"The register has no place for the fact {fact.field!r}.")


def cite_field(model: AIModel, fact: ProposedFact, field_name: str) -> None:
    snapshot, document = fact.snapshot, fact.snapshot.document
    model.evidence = {**(model.evidence or {}), field_name: fact.excerpt}
    model.evidence_sources = {
        **(model.evidence_sources or {}),
        field_name: {
            "source": document.slug, "title": document.title, "date": snapshot.fetched_at.date().isoformat(),
            "snapshot": snapshot.number,
        },
    }
    if model.source_id is None:
        model.source = document
        model.source_date = snapshot.fetched_at.date()


def apply_model_field(fact: ProposedFact, model: AIModel) -> str:
    model_field = AIModel._meta.get_field(fact.field)
    value = fact.value
    if isinstance(value, list):
        value = list(value)
    try:
        value = model_field.clean(value, model)
    except ValidationError as exc:
        raise ValidationError(f"{fact.value!r} is not a valid {fact.label}: {error_text(exc)}") from None
    before = getattr(model, fact.field)
    setattr(model, fact.field, value)
    cite_field(model, fact, fact.field)
    model.save()
    if before == value:
        return f"{fact.label} already {fact.value_text}; now cited"
    return f"{fact.label} set to {fact.value_text}"


def apply_developer(fact: ProposedFact, model: AIModel) -> str:
    vendor = match_vendor(str(fact.value))
    if vendor is None:
        raise ValidationError(f"The register has no vendor named {fact.value}; add the vendor first.")
    if model.vendor_id and model.vendor_id != vendor.pk:
        raise ValidationError(f"The register records {model.vendor} as the maker of {model}, not {vendor}.")
    model.vendor = vendor
    cite_field(model, fact, "vendor")
    model.save()
    return f"developer: {vendor}"


def apply_surfaces(fact: ProposedFact, model: AIModel) -> str:
    names = [str(v) for v in fact.value or []]
    matcher = ChannelMatcher()
    matched, unmatched = {}, []
    for name in names:
        channel = matcher.match(name)
        if channel is None:
            unmatched.append(name)
        else:
            matched.setdefault(channel.pk, channel)
    if not matched:
        raise ValidationError(
            f"No channel of the register is named {', '.join(names)}; add the channel (or an alias) first."
        )
    document, day = fact.snapshot.document, fact.snapshot.fetched_at.date()
    existing = {a.channel_id: a for a in ModelAvailability.objects.filter(model=model)}
    added = []
    for channel in matched.values():
        availability = existing.get(channel.pk)
        if availability is None:
            ModelAvailability.objects.create(
                model=model, channel=channel, source=document, source_date=day, source_excerpt=fact.excerpt
            )
            added.append(channel.name)
        elif availability.source_id in (None, document.pk):
            availability.source, availability.source_date = document, day
            availability.source_excerpt = fact.excerpt
            availability.save()
    # This document no longer lists these channels: what rested on it alone goes.
    removed = [a for a in existing.values() if a.channel_id not in matched and a.source_id == document.pk]
    for availability in removed:
        availability.delete()
    parts = [f"available via {', '.join(c.name for c in matched.values())}"]
    if removed:
        parts.append(f"no longer via {', '.join(a.channel.name for a in removed)}")
    if unmatched:
        parts.append(f"no channel named {', '.join(unmatched)}")
    return "; ".join(parts)


def evaluation_fields(value) -> dict:
    """An evaluation fact's value as SafetyEvaluation fields; ValidationError without a numeric figure."""
    value = value if isinstance(value, dict) else {}
    if not isinstance(value.get("value"), int | float) or isinstance(value.get("value"), bool):
        raise ValidationError("An evaluation needs a numeric value.")
    return {
        "name": str(value.get("name") or "").strip() or "Safety evaluation",
        "value": float(value["value"]),
        "unit": str(value.get("unit") or ""),
        "margin": float(value["margin"]) if isinstance(value.get("margin"), int | float) else None,
        "condition": str(value.get("condition") or ""),
    }


def apply_evaluation(fact: ProposedFact, model: AIModel) -> str:
    fields = evaluation_fields(fact.value)
    document, day = fact.snapshot.document, fact.snapshot.fetched_at.date()
    same = find_evaluation(SafetyEvaluation.objects.filter(model=model).select_related("source"), fields,
                           fact.excerpt)
    if same is not None:
        if same.source_id in (None, document.pk):
            same.source, same.source_date, same.source_excerpt = document, day, fact.excerpt
            same.save()
            return f"{fact.label} already recorded; now cited"
        return f"{fact.label} already recorded, cited from {same.source}"
    evaluation = SafetyEvaluation(
        model=model, **fields, source=document, source_date=day, source_excerpt=fact.excerpt,
    )
    try:
        evaluation.full_clean()
    except ValidationError as exc:
        raise ValidationError(f"The evaluation cannot be recorded: {error_text(exc)}") from None
    evaluation.save()
    return f"{fact.label}: {fact.value_text} recorded"


def find_evaluation(evaluations, fields: dict, excerpt: str):
    """The recorded evaluation stating the same figure: the same name and condition, or the same sentence."""
    folded = " ".join(excerpt.split())
    figure = (fields["value"], fields["unit"], fields["margin"])
    for evaluation in evaluations:
        if (evaluation.value, evaluation.unit, evaluation.margin) != figure:
            continue
        named = (normal(evaluation.name), normal(evaluation.condition)) == (
            normal(fields["name"]), normal(fields["condition"]))
        if named or " ".join(evaluation.source_excerpt.split()) == folded:
            return evaluation
    return None
