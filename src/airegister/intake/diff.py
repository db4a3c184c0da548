"""Facts of an extraction, flattened, and the field-level difference between two snapshots' extractions.

Each fact has a key: the field name, or for a safety evaluation its name and condition (a document states
several evaluations per model). Lists whose order carries no meaning (modalities, access surfaces) compare
as sets. Each difference gets a severity by materiality, the severity of the compliance flag it raises:
a changed deployment safety level is high; a removed access surface, a changed licence or developer, a
model no longer described are medium; anything else (a cutoff date, an evaluation figure) is low.
"""

from dataclasses import dataclass, field

from airegister.catalog.choices import FlagSeverityChoices
from airegister.sources.choices import ChangeKindChoices, FactFieldChoices

from .matching import normal, squashed, word_set
from .models import evaluation_label

# The extractor's single- and list-valued fields (SPEC section 4), in the contract's order.
FIELDS = (
    "developer", "release_date", "knowledge_cutoff", "training_data_cutoff", "input_modalities",
    "output_modalities", "context_window", "license", "parameters", "access_surfaces", "safety_level",
)
SET_FIELDS = {"input_modalities", "output_modalities", "access_surfaces"}
SEVERITY_ORDER = [FlagSeverityChoices.LOW, FlagSeverityChoices.MEDIUM, FlagSeverityChoices.HIGH,
                  FlagSeverityChoices.CRITICAL]


@dataclass
class Fact:
    field: str
    key: str
    value: object
    excerpt: str

    @property
    def label(self) -> str:
        if self.field == FactFieldChoices.EVALUATION:
            return evaluation_label(self.value)
        return FactFieldChoices.label(self.field)


@dataclass
class Change:
    model_name: str
    kind: str
    field: str
    key: str
    label: str
    before: object = None
    after: object = None
    excerpt: str = ""
    severity: str = FlagSeverityChoices.LOW


@dataclass
class ModelFactSet:
    name: str
    facts: dict[str, Fact] = field(default_factory=dict)
    llm_fields: set[str] = field(default_factory=set)  # facts only the optional LLM reader found


def model_facts(entry: dict) -> ModelFactSet:
    """One model of the `extract` JSON as {key: Fact}; only facts with their excerpt."""
    evidence = entry.get("evidence") or {}
    result = ModelFactSet(str(entry.get("name") or "").strip())
    result.llm_fields = {str(f) for f in entry.get("llm_fields") or []}
    for name in FIELDS:
        value, excerpt = entry.get(name), evidence.get(name) or ""
        if value in (None, "", []) or not str(excerpt).strip():
            continue
        result.facts[name] = Fact(name, name, value, str(excerpt))
    for evaluation in entry.get("evaluations") or []:
        excerpt = str(evaluation.get("evidence") or "").strip()
        if evaluation.get("value") is None or not excerpt:
            continue
        value = {k: evaluation.get(k) for k in ("name", "value", "unit", "condition", "margin")}
        base = f"evaluation:{normal(value['name'] or '')}|{normal(value['condition'] or '')}"
        key, n = base, 1
        while key in result.facts:  # the same evaluation and condition stated twice: keep both, in order
            n += 1
            key = f"{base}#{n}"
        result.facts[key] = Fact(FactFieldChoices.EVALUATION, key, value, evaluation.get("evidence") or "")
    return result


def extraction_models(extraction: dict | None) -> list[ModelFactSet]:
    return [model_facts(m) for m in (extraction or {}).get("models") or [] if m.get("name")]


def same_value(field_name: str, before, after) -> bool:
    if field_name in SET_FIELDS and isinstance(before, list) and isinstance(after, list):
        return {squashed(str(v)) for v in before} == {squashed(str(v)) for v in after}
    if field_name == FactFieldChoices.EVALUATION and isinstance(before, dict) and isinstance(after, dict):
        return all(before.get(k) == after.get(k) for k in ("value", "unit", "margin"))
    return before == after


def pair_models(before: list[ModelFactSet], after: list[ModelFactSet]):
    """(old, new) pairs by name (same words, any order); a model on one side only is paired with None."""
    pairs, unmatched = [], list(before)
    for new in after:
        old = next((m for m in unmatched if normal(m.name) == normal(new.name)), None)
        old = old or next((m for m in unmatched if word_set(m.name) == word_set(new.name)), None)
        if old is not None:
            unmatched.remove(old)
        pairs.append((old, new))
    pairs.extend((old, None) for old in unmatched)
    return pairs


def severity_of(change: Change) -> str:
    if change.field == FactFieldChoices.SAFETY_LEVEL and change.kind != ChangeKindChoices.ADDED:
        return FlagSeverityChoices.HIGH
    if change.field == FactFieldChoices.ACCESS_SURFACES and removed_items(change.before, change.after):
        return FlagSeverityChoices.MEDIUM
    maker_or_terms = change.field in (FactFieldChoices.LICENSE, FactFieldChoices.DEVELOPER)
    if maker_or_terms and change.kind != ChangeKindChoices.ADDED:
        return FlagSeverityChoices.MEDIUM
    if not change.field and change.kind == ChangeKindChoices.REMOVED:  # the model is no longer described
        return FlagSeverityChoices.MEDIUM
    return FlagSeverityChoices.LOW


def removed_items(before, after) -> list[str]:
    if not isinstance(before, list):
        return []
    kept = {squashed(str(v)) for v in after} if isinstance(after, list) else set()
    return [str(v) for v in before if squashed(str(v)) not in kept]


def diff_extractions(before: dict | None, after: dict | None) -> list[Change]:
    """Every fact that differs between two snapshots' extractions, model by model."""
    changes = []
    for old, new in pair_models(extraction_models(before), extraction_models(after)):
        if new is None:
            changes.append(Change(old.name, ChangeKindChoices.REMOVED, "", "", "model no longer described",
                                  before=old.name))
            continue
        if old is None:
            changes.append(Change(new.name, ChangeKindChoices.ADDED, "", "", "model newly described", after=new.name))
            continue
        for key in [*old.facts, *[k for k in new.facts if k not in old.facts]]:
            was, now = old.facts.get(key), new.facts.get(key)
            if was is not None and now is not None and same_value(was.field, was.value, now.value):
                continue
            fact = now or was
            kind = ChangeKindChoices.CHANGED if was and now else (ChangeKindChoices.ADDED if now else
                                                                    ChangeKindChoices.REMOVED)
            label = fact.label
            gone = removed_items(was.value if was else None, now.value if now else None)
            if fact.field == FactFieldChoices.ACCESS_SURFACES and gone:
                label += f" (removed: {', '.join(gone)})"
            changes.append(Change(
                new.name, kind, fact.field, key, label,
                before=was.value if was else None, after=now.value if now else None,
                excerpt=now.excerpt if now else "",
            ))
    for change in changes:
        change.severity = severity_of(change)
    return changes


def highest(severities) -> str:
    ranked = [s for s in severities if s in SEVERITY_ORDER]
    return max(ranked, key=SEVERITY_ORDER.index) if ranked else FlagSeverityChoices.LOW
