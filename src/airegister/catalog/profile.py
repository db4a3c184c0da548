"""Everything the catalog knows of a model, gathered in a fixed number of queries: the catalog's part of the
model profile (`airegister.profiles` adds the governance controls and playbooks that apply, above both apps).

The page (and the API's profile endpoint) render a `ModelProfile`; no template reaches back into the
database. Query budget: the model with its vendor, its data terms with their channels and attributes,
the attribute definitions, certifications, use restrictions, safety documents, safety evaluations,
compliance flags, availability, continuity links — one query each, whatever the size of the catalog.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import FilteredRelation, Q

from .choices import (
    AttributeDetailChoices,
    AttributeHeadlineChoices,
    ChannelKindChoices,
    FlagStatusChoices,
    TermValueChoices,
)
from .models import (
    AIModel,
    Certification,
    ComplianceFlag,
    ContinuityLink,
    DataAttribute,
    DataTerm,
    ModelAvailability,
    SafetyDocument,
    SafetyEvaluation,
    UseRestriction,
)
from .terms import applicable_terms, resolve_term, split_terms

NOT_RECORDED = "Not recorded"


@dataclass
class TermRow:
    """One channel's answer to one attribute, after inheritance."""

    term: DataTerm
    inherited: bool  # the vendor's term, not the model's own

    @property
    def channel_name(self) -> str:
        return self.term.channel.name if self.term.channel_id else "All channels"

    @property
    def value_label(self) -> str:
        return self.term.attribute.value_label(self.term.value)


@dataclass
class AttributeSummary:
    attribute: DataAttribute
    rows: list[TermRow]
    headline: str = ""
    detail: str = ""

    @property
    def recorded(self) -> bool:
        return bool(self.rows)


@dataclass
class ModelProfile:
    model: AIModel
    updated: datetime
    data_handling: list[AttributeSummary]
    certifications: list[Certification]
    restrictions: list[UseRestriction]
    safety_documents: list[SafetyDocument]
    safety_evaluations: list[SafetyEvaluation]
    flags: list[ComplianceFlag]
    availabilities: list[ModelAvailability]
    continuity_options: list[ContinuityLink]  # where to move this model's workflows
    continuity_for: list[ContinuityLink]  # models whose workflows may move here
    # Filled in by the layer above (airegister.profiles): governance controls and playbook guides that apply.
    controls: list = field(default_factory=list)
    playbooks: list = field(default_factory=list)

    @property
    def active_flags(self) -> list[ComplianceFlag]:
        return [f for f in self.flags if f.status == FlagStatusChoices.ACTIVE]

    @property
    def flag_sentence(self) -> str:
        count = len(self.active_flags)
        if count == 0:
            return "No active compliance flags."
        return f"{count} active compliance flag{'s' if count != 1 else ''}."


def resolve_terms(model: AIModel, terms) -> dict[tuple, TermRow]:
    """Per (attribute, channel): the term that applies to the model there (`catalog.terms.resolve_term`: the
    model's own term for the channel, its own all-channel term, the vendor's for the channel, the vendor's for
    every channel). The key (attribute, None) is the all-channel answer; a channel is listed only where its
    answer differs from that one."""
    own, inherited = split_terms(terms, model.pk)
    return {
        key: TermRow(term=term, inherited=term.model_id is None)
        for key, term in applicable_terms(own, inherited).items()
    }


def summarise_attribute(attribute: DataAttribute, rows: list[TermRow]) -> AttributeSummary:
    summary = AttributeSummary(attribute=attribute, rows=rows)
    if not rows:
        summary.headline = NOT_RECORDED
        return summary
    values = [r.term.value for r in rows]
    if attribute.headline == AttributeHeadlineChoices.ANY_YES:
        if TermValueChoices.YES in values:
            summary.headline = attribute.yes_label
        elif TermValueChoices.CONDITIONAL in values:
            summary.headline = TermValueChoices.label(TermValueChoices.CONDITIONAL)
        elif all(v == TermValueChoices.NO for v in values):
            summary.headline = attribute.no_label
        else:
            summary.headline = NOT_RECORDED
    elif attribute.headline == AttributeHeadlineChoices.PRIMARY:
        primary = next(
            (r for r in rows if r.term.channel_id and r.term.channel.kind == ChannelKindChoices.VENDOR_API), None
        )
        primary = primary or next((r for r in rows if not r.term.channel_id), rows[0])
        summary.headline = primary.value_label

    if attribute.detail in (AttributeDetailChoices.VIA, AttributeDetailChoices.CHANNELS):
        names = [r.term.channel.name for r in rows if r.term.channel_id and r.term.value == TermValueChoices.YES]
        if names:
            prefix = "Via: " if attribute.detail == AttributeDetailChoices.VIA else ""
            summary.detail = prefix + "; ".join(names)
    else:
        summary.detail = attribute.statement_separator.join(r.term.statement for r in rows if r.term.statement)
    return summary


def _channel_order(row: TermRow):
    channel = row.term.channel
    return (0, 0, "") if channel is None else (1, channel.weight, channel.name)


def build_data_handling(model: AIModel, terms, attributes) -> list[AttributeSummary]:
    by_attribute: dict[int, list[TermRow]] = {}
    for (attribute_id, _channel), row in resolve_terms(model, terms).items():
        by_attribute.setdefault(attribute_id, []).append(row)
    return [
        summarise_attribute(attribute, sorted(by_attribute.get(attribute.pk, []), key=_channel_order))
        for attribute in attributes
    ]


def latest_change(model: AIModel, *groups) -> datetime:
    """The model's "Updated" date: the latest change to it or any fact it shows, inherited ones included."""
    stamps = [model.last_updated]
    if model.vendor_id:
        stamps.append(model.vendor.last_updated)
    for group in groups:
        for record in group:
            stamps.append(record.last_updated)
            channel = getattr(record, "channel", None)
            if channel is not None:
                stamps.append(channel.last_updated)
    return max(stamps)


def fetch_attributes_and_terms(model: AIModel) -> tuple[list[DataAttribute], list[DataTerm]]:
    """Every attribute (recorded or not) with the model's own and inherited terms, in one query."""
    held = Q(terms__model=model)
    if model.vendor_id:
        held |= Q(terms__vendor_id=model.vendor_id, terms__model__isnull=True)
    rows = (
        DataAttribute.objects.annotate(term=FilteredRelation("terms", condition=held))
        .select_related("term", "term__channel", "term__source")
        .order_by("weight", "name", "pk")
    )
    attributes: dict[int, DataAttribute] = {}
    terms: list[DataTerm] = []
    for row in rows:
        attribute = attributes.setdefault(row.pk, row)
        term = getattr(row, "term", None)  # not set at all when the outer join found no term
        if term is not None:
            term.attribute = attribute
            terms.append(term)
    return list(attributes.values()), terms


def build_model_facts(model: AIModel) -> ModelProfile:
    """The catalog's facts of `model` (no governance resources); it should come with its vendor (select_related)
    — see `get_profile_model`."""
    attributes, terms = fetch_attributes_and_terms(model)
    certifications = list(Certification.objects.filter(vendor_id=model.vendor_id)) if model.vendor_id else []
    restrictions = list(UseRestriction.for_model(model))
    safety_documents = list(SafetyDocument.for_model(model).select_related("source"))
    safety_evaluations = list(SafetyEvaluation.objects.filter(model=model).select_related("source"))
    flags = list(ComplianceFlag.for_model(model))
    availabilities = list(ModelAvailability.objects.filter(model=model).select_related("channel", "source"))
    links = list(
        ContinuityLink.objects.filter(Q(from_model=model) | Q(to_model=model)).select_related(
            "from_model", "to_model", "source"
        )
    )
    profile = ModelProfile(
        model=model,
        updated=latest_change(
            model,
            terms,
            certifications,
            restrictions,
            safety_documents,
            safety_evaluations,
            flags,
            availabilities,
            [link for link in links if link.to_model_id == model.pk],
        ),
        data_handling=build_data_handling(model, terms, attributes),
        certifications=certifications,
        restrictions=restrictions,
        safety_documents=safety_documents,
        safety_evaluations=safety_evaluations,
        flags=flags,
        availabilities=availabilities,
        continuity_options=[link for link in links if link.from_model_id == model.pk],
        continuity_for=[link for link in links if link.to_model_id == model.pk],
    )
    return profile


def get_profile_model(slug: str) -> AIModel:
    """The model for a profile page, with its vendor; raises AIModel.DoesNotExist."""
    return AIModel.objects.select_related("vendor", "source").get(slug=slug)


@dataclass
class TermLookup:
    """The data terms that apply to one subject — a vendor, a model, or a model on one channel — by attribute slug,
    resolved by the one rule (`catalog.terms.resolve_term`). Without a channel only an all-channel term answers."""

    own: dict
    inherited: dict
    attribute_ids: dict  # slug -> id
    channel_id: int | None = None

    def term(self, attribute_slug: str) -> DataTerm | None:
        attribute_id = self.attribute_ids.get(attribute_slug)
        if attribute_id is None:
            return None
        term = resolve_term(self.own, self.inherited, attribute_id, self.channel_id)
        return None if term is None or term.value == TermValueChoices.NOT_RECORDED else term


def term_lookup(vendor_id, model_id=None, channel_id=None) -> TermLookup:
    """Two queries: the attributes, and the vendor's and the model's terms with what a citation shows."""
    attribute_ids = dict(DataAttribute.objects.values_list("slug", "pk"))
    if vendor_id is None:
        return TermLookup({}, {}, attribute_ids, channel_id)
    terms = DataTerm.objects.filter(vendor_id=vendor_id).filter(Q(model__isnull=True) | Q(model_id=model_id))
    terms = terms.select_related("attribute", "channel", "source", "model", "vendor")
    own, inherited = split_terms(terms, model_id)
    return TermLookup(own, inherited, attribute_ids, channel_id)
