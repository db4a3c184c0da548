"""Channel-aware questions about models' data-handling terms ("which models have a HIPAA BAA available, and on
which channels?"), answered in bulk: a fixed number of queries whatever the catalog's size.

Which term applies to a model on a channel is decided by `catalog.terms.resolve_term` — the one rule the profile
page and the requirement check use (a model's own term outranks its vendor's; a channel's term outranks the
all-channel one). This module only reads the rows and asks it.

A model is looked at on the channels it is offered on, and the channels its own terms name. A vendor's term for a
channel the model is not offered on does not make the model match there (Anthropic's Bedrock terms say nothing of
a Claude model Bedrock does not serve) — unless no offer of the model is recorded at all: then the channels its
vendor's terms name count too, as its profile page shows them. A model with none of those is looked at on "all
channels" (its all-channel terms). It matches when, on at least one of those channels, every criterion holds;
the channels where they do are its matching channels.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from .choices import TermValueChoices
from .models import Channel, DataAttribute, DataTerm, ModelAvailability
from .terms import channels_of_terms, resolve_term

# Query parameter → the attribute's slug in the catalog data.
TERM_PARAMETERS = {
    "hipaa_baa": "hipaa-baa",
    "zero_retention": "zero-retention",
    "training_on_customer_data": "training-on-customer-data",
    "residency": "data-residency",
}
# Words a client may use for a term value, as the register's pages show them ("BAA: Available").
VALUE_ALIASES = {"available": TermValueChoices.YES, "unavailable": TermValueChoices.NO, "unknown": "not-recorded"}
TERM_COLUMNS = ("id", "vendor_id", "model_id", "channel_id", "attribute_id", "value", "regions", "source_id")
T_ID, T_VENDOR, T_MODEL, T_CHANNEL, T_ATTRIBUTE, T_VALUE, T_REGIONS, T_SOURCE = range(8)


@dataclass(frozen=True, slots=True)
class Criterion:
    """One question: the term for `attribute` (a slug) has `value`, or (residency) names `region`."""

    parameter: str
    attribute: str
    value: str = ""
    region: str = ""

    def holds(self, term) -> bool:
        """Whether the term that applies (a row of TERM_COLUMNS, or None: nothing recorded) answers yes."""
        if self.region:
            # A region is an option when a term lists it and does not say "no" (a conditional option counts).
            return term is not None and term[T_VALUE] != TermValueChoices.NO and self.region in region_codes(term)
        if self.value == TermValueChoices.NOT_RECORDED:
            return term is None or term[T_VALUE] == TermValueChoices.NOT_RECORDED
        return term is not None and term[T_VALUE] == self.value


def region_codes(term) -> set[str]:
    regions = term[T_REGIONS]
    if isinstance(regions, str):  # a JSON text on databases without a JSON type
        regions = json.loads(regions or "[]")
    return {str(code).upper() for code in regions or ()}


@dataclass(slots=True)
class ChannelMatch:
    """A channel (None: every channel) where a model's terms answer every criterion, with those terms."""

    channel_id: int | None
    terms: list = field(default_factory=list)  # (criterion, term row) in criteria order


def match_terms(model_rows: Iterable[tuple[int, int | None]], criteria: list[Criterion], channel_ids=None) -> dict:
    """{model id: [ChannelMatch, …]} for the models of `model_rows` ((model id, vendor id) pairs) that answer every
    criterion on some channel; `channel_ids`: only these channels count (None: any). Three queries."""
    rows = list(model_rows)
    if not rows or not criteria:
        return {}
    model_ids = [model_id for model_id, _vendor in rows]
    attributes = dict(DataAttribute.objects.filter(slug__in={c.attribute for c in criteria}).values_list("slug", "pk"))
    vendor_terms: dict = {}
    model_terms: dict = {}
    terms = DataTerm.objects.filter(attribute_id__in=attributes.values()).order_by().values_list(*TERM_COLUMNS)
    for term in terms:
        holder = vendor_terms.setdefault(term[T_VENDOR], {}) if term[T_MODEL] is None else (
            model_terms.setdefault(term[T_MODEL], {})
        )
        holder[(term[T_ATTRIBUTE], term[T_CHANNEL])] = term
    offered: dict = {}
    offers = ModelAvailability.objects.filter(model_id__in=model_ids).order_by()
    for model_id, channel_id in offers.values_list("model_id", "channel_id"):
        offered.setdefault(model_id, set()).add(channel_id)
    wanted = None if channel_ids is None else set(channel_ids)
    matches: dict = {}
    for model_id, vendor_id in rows:
        own, inherited = model_terms.get(model_id), vendor_terms.get(vendor_id)
        channels = set(offered[model_id]) if model_id in offered else channels_of_terms(inherited)
        channels |= channels_of_terms(own)
        if wanted is not None:
            channels &= wanted
        elif not channels:
            channels = {None}
        found = []
        for channel_id in channels:
            applied = [(c, resolve_term(own, inherited, attributes.get(c.attribute), channel_id)) for c in criteria]
            if all(criterion.holds(term) for criterion, term in applied):
                found.append(ChannelMatch(channel_id, applied))
        if found:
            matches[model_id] = found
    return matches


def describe_matches(matches: dict) -> dict:
    """{model id: [{"slug", "name", "terms": [{attribute, value, regions, source, source_url, inherited}]}]}
    for showing the matching channels (the API's `matching_channels`, the list page's column). Two queries."""
    channel_ids = {m.channel_id for found in matches.values() for m in found if m.channel_id is not None}
    channels = {c.pk: c for c in Channel.objects.filter(pk__in=channel_ids).only("pk", "slug", "name", "weight")}
    term_ids = {term[T_ID] for found in matches.values() for m in found for _c, term in m.terms if term is not None}
    sources = {
        pk: (title, url or None)
        for pk, title, url in DataTerm.objects.filter(pk__in=term_ids, source__isnull=False).values_list(
            "pk", "source__title", "source__url"
        )
    } if term_ids else {}
    described = {}
    for model_id, found in matches.items():
        entries = []
        for match in sorted(found, key=lambda m: _channel_order(channels.get(m.channel_id))):
            channel = channels.get(match.channel_id)
            entries.append({
                "slug": channel.slug if channel else None,
                "name": channel.name if channel else "All channels",
                "terms": [_describe_term(criterion, term, model_id, sources) for criterion, term in match.terms],
            })
        described[model_id] = entries
    return described


def _channel_order(channel: Channel | None):
    return (0, 0, "") if channel is None else (1, channel.weight, channel.name)


def _describe_term(criterion: Criterion, term, model_id, sources: dict) -> dict:
    if term is None:
        return {
            "attribute": criterion.attribute, "value": TermValueChoices.NOT_RECORDED, "regions": [],
            "source": None, "source_url": None, "inherited": False,
        }
    source, url = sources.get(term[T_ID], (None, None))
    return {
        "attribute": criterion.attribute,
        "value": term[T_VALUE],
        "regions": sorted(region_codes(term)),
        "source": source,
        "source_url": url,
        "inherited": term[T_MODEL] != model_id,
    }


def criteria_from(cleaned: dict) -> list[Criterion]:
    """The criteria a filter form's cleaned data asks (empty values ask nothing)."""
    criteria = []
    for parameter, attribute in TERM_PARAMETERS.items():
        value = cleaned.get(parameter)
        if not value:
            continue
        if parameter == "residency":
            criteria.append(Criterion(parameter, attribute, region=value.upper()))
        else:
            criteria.append(Criterion(parameter, attribute, value=value))
    return criteria

