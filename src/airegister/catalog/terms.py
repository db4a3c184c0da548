"""Which data-handling term applies to a model on a channel: one resolution, used by every page, the API and the
requirement check.

A term is held by a vendor (every model of the vendor inherits it) or by one model, and holds on one channel or,
with no channel, on every channel. For a model, a channel and an attribute, the term that applies is the first
of:

1. the model's own term for the channel;
2. the model's own term for every channel;
3. the vendor's term for the channel;
4. the vendor's term for every channel.

So a model's own all-channel term outranks its vendor's term for one channel: what is said of the model is
more specific than what is said of all the vendor's models. None: nothing recorded.

The resolution works on rows of any shape — `DataTerm` instances (the profile and vendor pages) or the tuples
the check reads (`requirements.index`) — through a `TermShape` that says where a row keeps its attribute, channel
and model. Rows are first split into two look-ups (`split_terms`): the model's own and the vendor's, each keyed
by (attribute id, channel id or None); `resolve_term` then answers with at most four dictionary look-ups.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from typing import Any

Key = tuple  # (attribute id, channel id or None)


@dataclass(frozen=True, slots=True)
class TermShape:
    """Where a term row keeps its attribute id, channel id and model id."""

    attribute: Callable[[Any], Any]
    channel: Callable[[Any], Any]
    model: Callable[[Any], Any]

    def key(self, row) -> Key:
        return (self.attribute(row), self.channel(row))

    @classmethod
    def of_tuples(cls, attribute: int, channel: int, model: int) -> "TermShape":
        """Rows as tuples (`values_list`): the positions of the three columns."""
        return cls(itemgetter(attribute), itemgetter(channel), itemgetter(model))


# DataTerm instances (or anything with attribute_id, channel_id and model_id).
INSTANCES = TermShape(attrgetter("attribute_id"), attrgetter("channel_id"), attrgetter("model_id"))


def resolve_term(own: Mapping[Key, Any] | None, inherited: Mapping[Key, Any] | None, attribute_id, channel_id):
    """The term that applies for an attribute on a channel (`channel_id` None: the answer for every channel,
    i.e. the all-channel terms only). `own`: the model's terms, `inherited`: its vendor's, both keyed by
    (attribute id, channel id or None) — see `split_terms`. Either may be None or empty."""
    if own:
        term = own.get((attribute_id, channel_id))
        if term is None and channel_id is not None:
            term = own.get((attribute_id, None))
        if term is not None:
            return term
    if inherited:
        term = inherited.get((attribute_id, channel_id))
        if term is None and channel_id is not None:
            term = inherited.get((attribute_id, None))
        return term
    return None


def split_terms(rows: Iterable, model_id, shape: TermShape = INSTANCES) -> tuple[dict[Key, Any], dict[Key, Any]]:
    """(the model's own terms, the vendor's terms) of `rows`, each keyed by (attribute id, channel id or None).
    `rows`: the terms of the model and of its vendor (the vendor's model-less ones); other models' terms are
    ignored. `model_id` None: a vendor alone (every row without a model is the vendor's)."""
    own: dict[Key, Any] = {}
    inherited: dict[Key, Any] = {}
    for row in rows:
        holder = shape.model(row)
        if holder is None:
            inherited[shape.key(row)] = row
        elif model_id is not None and holder == model_id:
            own[shape.key(row)] = row
    return own, inherited


def channels_of_terms(*lookups: Mapping[Key, Any] | None) -> set:
    """The channels (ids) the terms of these look-ups name (all-channel terms name none)."""
    return {channel for lookup in lookups if lookup for (_attribute, channel) in lookup if channel is not None}


def applicable_terms(own: Mapping[Key, Any] | None, inherited: Mapping[Key, Any] | None, channel_ids=None) -> dict:
    """Per (attribute id, channel id or None): the term that applies, for the all-channel answer (None) and for
    every channel of `channel_ids` (default: every channel the terms name). A channel's entry is left out when
    it is the same term as the all-channel answer: it adds nothing (a page shows the "All channels" row)."""
    channels = channels_of_terms(own, inherited) if channel_ids is None else set(channel_ids)
    attributes = {attribute for lookup in (own, inherited) if lookup for (attribute, _channel) in lookup}
    applied: dict[Key, Any] = {}
    for attribute in attributes:
        everywhere = resolve_term(own, inherited, attribute, None)
        if everywhere is not None:
            applied[(attribute, None)] = everywhere
        for channel in channels:
            term = resolve_term(own, inherited, attribute, channel)
            if term is not None and term is not everywhere:
                applied[(attribute, channel)] = term
    return applied
