"""Transparency coverage: a vendor's FMTI verdict on each indicator beside the register's own cited facts.

An indicator's `register_facts` (from fmti/coverage.csv) name the kinds of register fact that speak to it:

    model.<field>   a field of one of the vendor's models, with its excerpt in `evidence` and a source
    term.<slug>     a data-handling term of the vendor or its models for that attribute, cited
    offer           a cited offer of one of its models on a channel
    safety-evaluation, use-restriction   a cited record of that kind

A fact counts only when it is cited: a source document and a verbatim excerpt. Each kind is read in one query,
and only the kinds the mapping names.
"""

import datetime
from dataclasses import dataclass, field
from itertools import groupby

from airegister.sources.models import SourceDocument

from .choices import FmtiEditionChoices, TermValueChoices
from .models import AIModel, DataTerm, FmtiIndicator, FmtiScore, ModelAvailability, SafetyEvaluation, UseRestriction

RECORD_KINDS = ("offer", "safety-evaluation", "use-restriction")
# Model fields a mapping may name: facts with a meaning of their own (not the record's name or bookkeeping).
MODEL_FIELDS = (
    "release_date", "deprecation_date", "retirement_date", "input_modalities", "output_modalities",
    "knowledge_cutoff", "training_data_cutoff", "context_window", "output_limit", "open_weights", "capabilities",
    "parameters", "license", "safety_level",
)  # fmt: skip
FIELD_LABELS = {"open_weights": "Open weights", "parameters": "Parameters", "safety_level": "Safety level"}
# CC BY 4.0 asks for the creators, the licence and a link wherever the data is shown (fmti/ATTRIBUTION.txt); the
# pages show the same in catalog/includes/fmti_attribution.html.
ATTRIBUTION = (
    "FMTI indicators and scores: The Foundation Model Transparency Index, Bommasani, Klyman, Kapoor, Longpre, Xiong, "
    "Maslej, Liang (Stanford CRFM / HAI), https://crfm.stanford.edu/fmti/, licensed CC BY 4.0 "
    "(https://creativecommons.org/licenses/by/4.0/), shown as published. The mapping to register facts and the "
    "coverage are AI Register's own."
)


def fact_key_problem(key: str) -> str | None:
    """Why `key` is not a register fact kind a mapping may name, or None."""
    kind, _, name = key.partition(".")
    if key in RECORD_KINDS:
        return None
    if kind == "model" and name in MODEL_FIELDS:
        return None
    if kind == "term" and name:
        return None  # the attribute's existence is checked against the database by the loader
    kinds = ", ".join(("model.<field>", "term.<attribute>") + RECORD_KINDS)
    return f"unknown register fact {key!r} (kinds: {kinds}; model fields: {', '.join(MODEL_FIELDS)})"


@dataclass
class CitedFact:
    subject: str  # the model's name, or the vendor's for a vendor-wide fact
    subject_url: str
    label: str
    value: str
    source: SourceDocument | None
    excerpt: str


@dataclass
class IndicatorRow:
    indicator: FmtiIndicator
    disclosed: bool | None  # FMTI's verdict; None when the vendor was not scored
    facts: list[CitedFact] = field(default_factory=list)

    @property
    def mapped(self) -> bool:
        return bool(self.indicator.register_facts)

    @property
    def held(self) -> bool:
        return bool(self.facts)

    @property
    def fmti_label(self) -> str:
        return {True: "Disclosed", False: "Not disclosed", None: "Not scored"}[self.disclosed]

    @property
    def register_label(self) -> str:
        if not self.mapped:
            return "No register fact maps to it"
        return "Register holds a cited fact" if self.held else "Register: not recorded"

    @property
    def css(self) -> str:
        fmti = {True: "fmti-yes", False: "fmti-no", None: "fmti-unscored"}[self.disclosed]
        ours = "ours-held" if self.held else "ours-missing" if self.mapped else "ours-unmapped"
        return f"{fmti} {ours}"


@dataclass
class Transparency:
    score: FmtiScore | None  # Dec 2025
    earlier: FmtiScore | None  # May 2024
    rows: list[IndicatorRow]

    @property
    def domains(self) -> list[tuple[str, list[IndicatorRow]]]:
        return [(domain, list(rows)) for domain, rows in groupby(self.rows, key=lambda r: r.indicator.domain)]

    @property
    def mapped_count(self) -> int:
        return sum(r.mapped for r in self.rows)

    @property
    def held_count(self) -> int:
        return sum(r.held for r in self.rows)

    @property
    def edition_label(self) -> str:
        return FmtiEditionChoices.label(FmtiEditionChoices.DEC_2025)


def vendor_transparency(vendor) -> Transparency:
    scores = {s.edition: s for s in FmtiScore.objects.filter(vendor=vendor)}
    score = scores.get(FmtiEditionChoices.DEC_2025)
    indicators = list(FmtiIndicator.objects.filter(edition=FmtiEditionChoices.DEC_2025))
    wanted = {f["fact"] for i in indicators for f in i.register_facts}
    held = cited_facts(vendor, wanted)
    disclosed = set(score.disclosed) if score else set()
    rows = [
        IndicatorRow(
            indicator=i,
            disclosed=(i.number in disclosed) if score else None,
            facts=[fact for f in i.register_facts for fact in held.get(f["fact"], [])],
        )
        for i in indicators
    ]
    return Transparency(score=score, earlier=scores.get(FmtiEditionChoices.MAY_2024), rows=rows)


def cited_facts(vendor, keys: set[str]) -> dict[str, list[CitedFact]]:
    """Register fact kind -> the vendor's cited facts of that kind (only the kinds asked for are read)."""
    found: dict[str, list[CitedFact]] = {key: [] for key in keys}
    fields = sorted(k.partition(".")[2] for k in keys if k.startswith("model."))
    if fields:
        _model_facts(vendor, fields, found)
    attributes = sorted(k.partition(".")[2] for k in keys if k.startswith("term."))
    if attributes:
        terms = DataTerm.objects.filter(vendor=vendor, attribute__slug__in=attributes, source__isnull=False)
        terms = terms.exclude(value=TermValueChoices.NOT_RECORDED).exclude(source_excerpt="")
        for t in terms.select_related("attribute", "channel", "model", "source"):
            where = f" · {t.channel.name}" if t.channel_id else " · all channels"
            value = t.attribute.value_label(t.value) + (f": {t.statement}" if t.statement else "")
            found[f"term.{t.attribute.slug}"].append(_fact(vendor, t.model, t.attribute.name + where, value, t))
    if "offer" in keys:
        offers = ModelAvailability.objects.filter(model__vendor=vendor, source__isnull=False).exclude(source_excerpt="")
        for o in offers.select_related("model", "channel", "source"):
            found["offer"].append(_fact(vendor, o.model, "Offered on", o.channel.name, o))
    if "safety-evaluation" in keys:
        evals = SafetyEvaluation.objects.filter(model__vendor=vendor, source__isnull=False).exclude(source_excerpt="")
        for e in evals.select_related("model", "source"):
            value = f"{e.value:g}{e.unit}" + (f" ({e.condition})" if e.condition else "")
            found["safety-evaluation"].append(_fact(vendor, e.model, e.name, value, e))
    if "use-restriction" in keys:
        rules = UseRestriction.objects.filter(vendor=vendor, source__isnull=False).exclude(source_excerpt="")
        for r in rules.select_related("model", "source"):
            found["use-restriction"].append(_fact(vendor, r.model, "Use restriction", r.text, r))
    return found


def _fact(vendor, model, label, value, record) -> CitedFact:
    holder = model or vendor
    return CitedFact(holder.name, holder.get_absolute_url(), label, value, record.source, record.source_excerpt)


def _model_facts(vendor, fields: list[str], found: dict) -> None:
    models = list(AIModel.objects.filter(vendor=vendor).select_related("source"))
    # A field's excerpt may come from another document than the model's own source (intake's evidence_sources).
    slugs = {(m.evidence_sources or {}).get(f, {}).get("source") for m in models for f in fields} - {None}
    # Always one query (none to find is a query too), so the page costs the same with and without feed evidence.
    documents = SourceDocument.objects.in_bulk(slugs or [""], field_name="slug")
    for model in models:
        for name in fields:
            value = getattr(model, name)
            excerpt = (model.evidence or {}).get(name, "")
            origin = (model.evidence_sources or {}).get(name, {}).get("source")
            source = documents.get(origin) if origin else model.source
            if value in (None, "", []) or not excerpt or source is None:
                continue
            label = FIELD_LABELS.get(name) or AIModel._meta.get_field(name).verbose_name.capitalize()
            found[f"model.{name}"].append(CitedFact(
                model.name, model.get_absolute_url(), label, _show(value), source, excerpt
            ))  # fmt: skip


def _show(value) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)
