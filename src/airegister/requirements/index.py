"""The catalog's facts, read once per check into dictionaries: a fixed number of queries whatever the catalog's
size, and no per-model query while evaluating.

Terms are kept as the database rows (tuples) they were read as; only the facts a caller shows are turned into
dictionaries (`fact_of_term`). Regions are read as their JSON text and parsed only by the rules that need them.
"""

import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone

from airegister.catalog.choices import FlagSeverityChoices, FlagStatusChoices, LifecycleStatusChoices
from airegister.catalog.models import (
    AIModel,
    Channel,
    ComplianceFlag,
    DataAttribute,
    DataTerm,
    ModelAvailability,
    Vendor,
)
from airegister.catalog.terms import resolve_term
from airegister.sources.models import SourceDocument

# Positions in a term row (the order of TERM_COLUMNS).
T_ID, T_VENDOR, T_MODEL, T_CHANNEL, T_ATTRIBUTE, T_VALUE, T_RETENTION, T_REGIONS = range(8)
T_STATEMENT, T_EXCERPT, T_SOURCE = range(8, 11)
# No timestamps: converting one per row would cost a third of the read. Pages that need a term's date
# (a use case's "changed since review") fetch it for the few terms they show (`term_stamps`).
TERM_COLUMNS = (
    "id", "vendor_id", "model_id", "channel_id", "attribute_id", "value", "retention", "regions_text",
    "statement", "source_excerpt", "source_id",
)
# An offer in one of these states is no longer served on its channel.
ENDED_STATUSES = frozenset({LifecycleStatusChoices.RETIRED, LifecycleStatusChoices.WITHDRAWN})
SEVERITY_RANK = {value: rank for rank, value in enumerate(FlagSeverityChoices.values())}


@lru_cache(maxsize=4096)
def region_codes(regions_text: str | None) -> frozenset[str]:
    """The region codes of a term's `regions` JSON text, upper-cased ("eu" and "EU" are one region)."""
    if not regions_text:
        return frozenset()
    try:
        values = json.loads(regions_text)
    except ValueError:
        return frozenset()
    return frozenset(str(v).upper() for v in values) if isinstance(values, list) else frozenset()


@dataclass(slots=True)
class ModelInfo:
    id: int
    slug: str
    name: str
    vendor_id: int | None
    lifecycle_status: str
    input_modalities: list
    output_modalities: list
    context_window: int | None
    safety_level: str
    deprecation_date: object
    retirement_date: object
    evidence: dict
    source_id: int | None
    last_updated: object


@dataclass(slots=True)
class ChannelInfo:
    id: int
    slug: str
    name: str
    weight: int


@dataclass(slots=True)
class FlagInfo:
    id: int
    vendor_id: int
    model_id: int | None
    title: str
    severity: str
    opened: object
    excerpt: str
    last_updated: object

    @property
    def severity_rank(self) -> int:
        return SEVERITY_RANK.get(self.severity, 0)


@dataclass
class CatalogIndex:
    models: dict[int, ModelInfo] = field(default_factory=dict)
    vendors: dict[int, str] = field(default_factory=dict)
    channels: dict[int, ChannelInfo] = field(default_factory=dict)
    attributes: dict[int, DataAttribute] = field(default_factory=dict)
    # model id → {(attribute id, channel id or None): term row}, the model's own terms … (a small dict per
    # holder rather than one large one: look-ups for one model stay close together in memory)
    model_terms: dict[int, dict[tuple, tuple]] = field(default_factory=dict)
    # … and vendor id → {(attribute id, channel id or None): term row}, the vendor's (inherited) ones.
    vendor_terms: dict[int, dict[tuple, tuple]] = field(default_factory=dict)
    available: dict[int, set[int]] = field(default_factory=dict)  # model → channels it has a recorded offer on
    # (model id, channel id) → (lifecycle status, retirement date) of the recorded offers that have ended there:
    # retired or withdrawn, or past their retirement date. Not a passing option (see `offer_ended`).
    ended_offers: dict[tuple, tuple] = field(default_factory=dict)
    today: date = field(default_factory=timezone.localdate)
    vendor_channels: dict[int, set[int]] = field(default_factory=dict)  # vendor → channels of its terms
    model_channels: dict[int, set[int]] = field(default_factory=dict)  # model → channels of its own terms
    model_flags: dict[int, list[FlagInfo]] = field(default_factory=dict)
    vendor_flags: dict[int, list[FlagInfo]] = field(default_factory=dict)  # vendor-level: every model inherits

    @classmethod
    def load(cls, model_ids=None) -> "CatalogIndex":
        """Everything a check reads. `model_ids`: only these models (and their vendors' facts); None: all."""
        index = cls()
        models = AIModel.objects.all()
        if model_ids is not None:
            models = models.filter(pk__in=list(model_ids))
        for row in models.values_list(
            "id", "slug", "name", "vendor_id", "lifecycle_status", "input_modalities", "output_modalities",
            "context_window", "safety_level", "deprecation_date", "retirement_date", "evidence", "source_id",
            "last_updated",
        ):
            index.models[row[0]] = ModelInfo(*row)
        vendor_ids = {m.vendor_id for m in index.models.values() if m.vendor_id}
        vendors = Vendor.objects.all() if model_ids is None else Vendor.objects.filter(pk__in=vendor_ids)
        index.vendors = dict(vendors.values_list("id", "name"))
        index.channels = {
            c[0]: ChannelInfo(*c) for c in Channel.objects.order_by().values_list("id", "slug", "name", "weight")
        }
        index.attributes = {a.pk: a for a in DataAttribute.objects.all()}
        index._load_availability(model_ids)
        index._load_terms(model_ids, vendor_ids)
        index._load_flags(model_ids, vendor_ids)
        return index

    def _load_availability(self, model_ids):
        rows = ModelAvailability.objects.order_by()
        if model_ids is not None:
            rows = rows.filter(model_id__in=list(model_ids))
        available, ended, today = self.available, self.ended_offers, self.today
        for model_id, channel_id, status, retirement in rows.values_list(
            "model_id", "channel_id", "lifecycle_status", "retirement_date"
        ):
            available.setdefault(model_id, set()).add(channel_id)
            if status in ENDED_STATUSES or (retirement is not None and retirement <= today):
                ended[(model_id, channel_id)] = (status, retirement)

    def _load_terms(self, model_ids, vendor_ids):
        terms = DataTerm.objects.order_by().annotate(regions_text=Cast("regions", TextField()))
        if model_ids is not None:
            terms = terms.filter(Q(model_id__in=list(model_ids)) | Q(vendor_id__in=vendor_ids, model__isnull=True))
        model_terms, vendor_terms = self.model_terms, self.vendor_terms
        vendor_channels, model_channels = self.vendor_channels, self.model_channels
        last_model, own, own_channels = None, None, None  # rows of one model mostly come together
        for row in terms.values_list(*TERM_COLUMNS).iterator(chunk_size=5000):
            model_id, channel_id = row[T_MODEL], row[T_CHANNEL]
            if model_id is None:
                vendor_terms.setdefault(row[T_VENDOR], {})[(row[T_ATTRIBUTE], channel_id)] = row
                if channel_id is not None:
                    vendor_channels.setdefault(row[T_VENDOR], set()).add(channel_id)
                continue
            if model_id != last_model:
                last_model = model_id
                own = model_terms.setdefault(model_id, {})
                own_channels = model_channels.setdefault(model_id, set())
            own[(row[T_ATTRIBUTE], channel_id)] = row
            if channel_id is not None:
                own_channels.add(channel_id)

    def _load_flags(self, model_ids, vendor_ids):
        flags = ComplianceFlag.objects.filter(status=FlagStatusChoices.ACTIVE).order_by("-opened", "pk")
        if model_ids is not None:
            flags = flags.filter(Q(model_id__in=list(model_ids)) | Q(vendor_id__in=vendor_ids, model__isnull=True))
        for row in flags.values_list(
            "id", "vendor_id", "model_id", "title", "severity", "opened", "source_excerpt", "last_updated"
        ):
            flag = FlagInfo(*row)
            if flag.model_id is None:
                self.vendor_flags.setdefault(flag.vendor_id, []).append(flag)
            else:
                self.model_flags.setdefault(flag.model_id, []).append(flag)

    # --- reading ------------------------------------------------------------------------------------------

    def channels_of(self, model: ModelInfo) -> set[int]:
        """The channels a model is checked on: where an offer of it is recorded, plus every channel its vendor
        (or the model itself) has data-handling terms for — the vendor's terms hold for all its models. Options
        on a channel without an offer (or whose offer has ended) are judged "not offered" (`engine.Option`)."""
        channels = set(self.available.get(model.id, ()))
        if model.vendor_id is not None:
            channels |= self.vendor_channels.get(model.vendor_id, set())
        channels |= self.model_channels.get(model.id, set())
        return channels

    def offer_ended(self, model_id: int, channel_id: int) -> tuple | None:
        """(lifecycle status, retirement date) when the model's offer on the channel has ended, else None."""
        return self.ended_offers.get((model_id, channel_id)) if self.ended_offers else None

    def term(self, model: ModelInfo, attribute_id: int, channel_id: int | None) -> tuple | None:
        """The term that applies for `attribute` to this model on this channel (`catalog.terms.resolve_term`).
        None: nothing recorded."""
        inherited = self.vendor_terms.get(model.vendor_id) if model.vendor_id is not None else None
        return resolve_term(self.model_terms.get(model.id), inherited, attribute_id, channel_id)

    def active_flags(self, model: ModelInfo) -> list[FlagInfo]:
        flags = list(self.model_flags.get(model.id, ()))
        if model.vendor_id is not None:
            flags += self.vendor_flags.get(model.vendor_id, ())
        return flags

    @staticmethod
    def term_stamps(term_ids) -> dict:
        """{term id: last_updated} for a few terms."""
        return dict(DataTerm.objects.filter(pk__in=list(term_ids)).values_list("pk", "last_updated"))

    def source_titles(self, ids) -> dict[int, tuple[str, str]]:
        ids = {i for i in ids if i}
        if not ids:
            return {}
        return {pk: (title, url) for pk, title, url in SourceDocument.objects.filter(pk__in=ids).values_list(
            "pk", "title", "url"
        )}
