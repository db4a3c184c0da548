"""The requirement check: for a workload (data classes, regions, required capabilities), evaluate every model ×
channel of the catalog against a requirement profile and rank the options.

- A rule applies when its data class is among the workload's classes or the classes they imply, and its
  region among the workload's regions or the regions they lie within.
- Each applicable rule gives pass, fail or unknown for an option. Unknown means the fact is not recorded;
  it is never counted as a pass. A "conditional" term does not meet a yes/no expectation (the requirement
  holds only under conditions the register cannot see): it fails, with the term's sentence as the reason.
- An option's verdict: fail if any rule fails, else unknown if any is unknown, else pass — when the model is
  offered on the channel. With no recorded offer of the model there (`ModelAvailability`), or an offer that has
  ended (retired or withdrawn, or past its retirement date), the verdict is "not offered", whatever the
  channel's terms say; the rules are still evaluated, to show what they would say.
- Ranking: every pass first, then the unknowns (fewest unknown rules first), then the fails (fewest failing
  rules first), then the options not offered; ties by model name and channel order.

Everything is read once (`CatalogIndex`); evaluation is dictionary look-ups. Options of models without terms
of their own share their vendor's data-term results per channel.
"""

import contextlib
import gc
from dataclasses import dataclass, field

from airegister.catalog.choices import TermValueChoices
from airegister.catalog.terms import resolve_term
from airegister.requirements.choices import CapabilityChoices
from airegister.requirements.models import DataClass, Region, closure

from .choices import ExpectationChoices, ResultChoices, RuleKindChoices
from .index import (
    SEVERITY_RANK,
    T_REGIONS,
    T_RETENTION,
    T_VALUE,
    CatalogIndex,
    ChannelInfo,
    ModelInfo,
    region_codes,
)
from .models import RequirementProfile, Rule

PASS, FAIL, UNKNOWN = ResultChoices.PASS, ResultChoices.FAIL, ResultChoices.UNKNOWN
NOT_OFFERED = ResultChoices.NOT_OFFERED
CAPABILITY = "capability"  # the kind of the rules a workload's required capabilities add


class WorkloadError(ValueError):
    """An unknown data class, region or capability; names the field, the bad value and the valid ones."""

    def __init__(self, field_name: str, label: str, value: str, valid: list[str]):
        self.field = field_name
        self.value = value
        self.valid = valid
        if valid:
            super().__init__(f"unknown {label} {value!r}; valid: {', '.join(valid)}")
        else:
            # An empty vocabulary: the built-in defaults were never loaded.
            super().__init__(
                f"unknown {label} {value!r}: no {label} is recorded yet; "
                "`airegister load-catalog` loads the default data classes and regions"
            )


@dataclass
class Workload:
    data_classes: list[DataClass] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    capabilities: list[str] = field(default_factory=list)
    class_ids: set[int] = field(default_factory=set)  # with every class they imply
    region_ids: set[int] = field(default_factory=set)  # with every region they lie within

    @property
    def is_empty(self) -> bool:
        return not (self.data_classes or self.regions or self.capabilities)

    def describe(self) -> str:
        parts = [", ".join(c.name for c in self.data_classes) or "Any data"]
        if self.regions:
            parts.append("data subjects in " + ", ".join(r.name for r in self.regions))
        if self.capabilities:
            parts.append("needs " + ", ".join(CapabilityChoices.label(c).lower() for c in self.capabilities))
        return " · ".join(parts)


def _pick(model, values, field_name, label, match):
    entries = list(model.objects.all())
    chosen = []
    for value in values:
        found = next((e for e in entries if match(e, str(value).strip().lower())), None)
        if found is None:
            raise WorkloadError(field_name, label, str(value), [e.slug for e in entries])
        if found not in chosen:
            chosen.append(found)
    return chosen


def build_workload(data_classes=(), regions=(), capabilities=()) -> Workload:
    """A workload from slugs (regions also by code, e.g. "EU"), case-insensitive; raises WorkloadError."""
    classes = _pick(DataClass, data_classes, "data_class", "data class", lambda e, v: e.slug == v)
    places = _pick(Region, regions, "region", "region", lambda e, v: v in (e.slug, e.code.lower()))
    needs = []
    for value in capabilities:
        if value not in CapabilityChoices.values():
            raise WorkloadError("capability", "capability", str(value), CapabilityChoices.values())
        if value not in needs:
            needs.append(value)
    return workload_of(classes, places, needs)


def workload_of(data_classes, regions, capabilities=(), parents=None) -> Workload:
    """`parents`: (data class parent map, region parent map), when the caller builds many workloads."""
    data_classes, regions = list(data_classes), list(regions)
    class_parents, region_parents = parents or (None, None)
    if data_classes and class_parents is None:
        class_parents = DataClass.objects.parent_map()
    if regions and region_parents is None:
        region_parents = Region.objects.parent_map()
    return Workload(
        data_classes=data_classes,
        regions=regions,
        capabilities=list(capabilities),
        class_ids=closure([c.pk for c in data_classes], class_parents) if data_classes else set(),
        region_ids=closure([r.pk for r in regions], region_parents) if regions else set(),
    )


# --- rules ------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class AppliedRule:
    """A rule as applied to one workload (its regions resolved), or a required capability."""

    key: str
    name: str
    kind: str
    description: str = ""
    trigger: str = ""
    attribute_id: int | None = None
    expected: str = ""
    fallback_attribute_id: int | None = None
    fallback_expected: str = ""
    fallback_reason: str = ""
    needed_regions: frozenset = frozenset()
    severity_rank: int = 0
    severity: str = ""
    statuses: frozenset = frozenset()
    capability: str = ""


def load_rules(profile: RequirementProfile) -> list[Rule]:
    return list(profile.rules.select_related("data_class", "region", "attribute", "fallback_attribute"))


def applicable_rules(rules: list[Rule], workload: Workload) -> list[AppliedRule]:
    applied = []
    workload_codes = frozenset(r.code.upper() for r in workload.regions)
    for rule in rules:
        if rule.data_class_id and rule.data_class_id not in workload.class_ids:
            continue
        if rule.region_id and rule.region_id not in workload.region_ids:
            continue
        needed = frozenset([rule.region.code.upper()]) if rule.region_id else workload_codes
        applied.append(
            AppliedRule(
                key=rule.key, name=rule.name, kind=rule.kind, description=rule.description,
                trigger=rule.trigger_label, attribute_id=rule.attribute_id, expected=rule.expected,
                fallback_attribute_id=rule.fallback_attribute_id, fallback_expected=rule.fallback_expected,
                fallback_reason=rule.fallback_reason, needed_regions=needed,
                severity_rank=SEVERITY_RANK.get(rule.severity, 0), severity=rule.severity,
                statuses=frozenset(rule.statuses or ()),
            )
        )
    for capability in workload.capabilities:
        label = CapabilityChoices.label(capability)
        applied.append(
            AppliedRule(
                key=f"capability-{capability}", name=label, kind=CAPABILITY, capability=capability,
                description=f"The workload needs {label.lower()}.", trigger="Required capability",
            )
        )
    return applied


# --- evaluation -------------------------------------------------------------------------------------------


class RuleResult:
    """One rule's result for one option, with what decided it: a term row, a flag, or a model field."""

    __slots__ = ("rule", "result", "term", "via_fallback", "flags", "model")

    def __init__(self, rule, result, term=None, via_fallback=False, flags=None, model=None):
        self.rule = rule
        self.result = result
        self.term = term
        self.via_fallback = via_fallback
        self.flags = flags
        self.model = model


def meets(term: tuple, expected: str, needed_regions: frozenset) -> str:
    value = term[T_VALUE]
    if expected == ExpectationChoices.YES:
        return PASS if value == TermValueChoices.YES else UNKNOWN if value == TermValueChoices.NOT_RECORDED else FAIL
    if expected == ExpectationChoices.NO:
        return PASS if value == TermValueChoices.NO else UNKNOWN if value == TermValueChoices.NOT_RECORDED else FAIL
    if expected == ExpectationChoices.REGION:
        if value == TermValueChoices.NO:
            return FAIL
        codes = region_codes(term[T_REGIONS])
        if not codes or not needed_regions:
            return UNKNOWN
        return PASS if needed_regions <= codes else FAIL
    if expected == ExpectationChoices.RETENTION_ZERO:
        retention = term[T_RETENTION]
        return UNKNOWN if not retention else PASS if retention == "zero" else FAIL
    return UNKNOWN


def evaluate_model_rule(index: CatalogIndex, rule: AppliedRule, model: ModelInfo) -> RuleResult:
    if rule.kind == RuleKindChoices.NO_ACTIVE_FLAG:
        hits = [f for f in index.active_flags(model) if f.severity_rank >= rule.severity_rank]
        return RuleResult(rule, FAIL if hits else PASS, flags=hits, model=model)
    if rule.kind == RuleKindChoices.LIFECYCLE:
        status = model.lifecycle_status
        return RuleResult(rule, UNKNOWN if not status else PASS if status in rule.statuses else FAIL, model=model)
    if rule.kind == CAPABILITY:
        modality, field_name = CapabilityChoices.split(rule.capability)
        recorded = getattr(model, field_name) or []
        return RuleResult(rule, UNKNOWN if not recorded else PASS if modality in recorded else FAIL, model=model)
    return RuleResult(rule, UNKNOWN, model=model)


class Option:
    """One model × channel and its results; `channel` None for a use case whose channel is not recorded.

    The verdict is "not offered" when no offer of the model on the channel is recorded (`listed` False) or the
    recorded offer has ended (`ended`: its lifecycle status and retirement date): the channel's terms are then
    no option for this model, whatever they say. Its rule results are still made, to show what they say; they
    rank not-offered options among themselves."""

    __slots__ = ("model", "channel", "results", "verdict", "fails", "unknowns", "listed", "ended")

    def __init__(
        self, model: ModelInfo, channel: ChannelInfo | None, results: list[RuleResult], listed: bool,
        ended: tuple | None = None,
    ):
        self.model = model
        self.channel = channel
        self.results = results
        self.listed = listed  # an offer of the model on the channel is recorded
        self.ended = ended  # … and it has ended: (lifecycle status, retirement date)
        fails = unknowns = 0
        for r in results:
            if r.result == FAIL:
                fails += 1
            elif r.result == UNKNOWN:
                unknowns += 1
        self.fails, self.unknowns = fails, unknowns
        if channel is not None and (not listed or ended is not None):
            self.verdict = NOT_OFFERED
        else:
            self.verdict = FAIL if fails else UNKNOWN if unknowns else PASS

    @property
    def offered(self) -> bool:
        """A recorded offer that has not ended (False with no channel: nothing to say)."""
        return self.listed and self.ended is None

    def sort_key(self):
        channel = self.channel
        return (
            ResultChoices.RANK[self.verdict], self.fails, self.unknowns, self.model.name.lower(),
            channel.weight if channel else -1, channel.name if channel else "",
        )

    def result_for(self, key: str) -> RuleResult | None:
        return next((r for r in self.results if r.rule.key == key), None)


class Evaluator:
    """Evaluates options for one workload's rules, sharing vendor-level results between models."""

    def __init__(self, index: CatalogIndex, rules: list[AppliedRule]):
        self.index = index
        self.rules = rules
        self.term_rules = [r for r in rules if r.kind == RuleKindChoices.DATA_TERM]
        self.model_rules = [r for r in rules if r.kind != RuleKindChoices.DATA_TERM]
        # Results are made term rules first; `_order` puts them back in the profile's order (None: already is).
        made = [r.key for r in self.term_rules + self.model_rules]
        order = [made.index(r.key) for r in rules]
        self._order = None if order == list(range(len(rules))) else order
        self._shared: dict[tuple, list[RuleResult]] = {}
        self._meets: dict[tuple, str] = {}  # (rule, value, regions, retention) → result: few distinct terms

    def _evaluate_terms(self, own, inherited, channel_id) -> list[RuleResult]:
        results, memo = [], self._meets
        for rule in self.term_rules:
            term = resolve_term(own, inherited, rule.attribute_id, channel_id)
            if term is None:
                result = UNKNOWN
            else:
                key = (rule.key, term[T_VALUE], term[T_REGIONS], term[T_RETENTION])
                result = memo.get(key)
                if result is None:
                    result = memo[key] = meets(term, rule.expected, rule.needed_regions)
            if result == UNKNOWN and rule.fallback_attribute_id and (term is None or term[T_VALUE] == "not-recorded"):
                # The fallback may settle an unrecorded fact in the rule's favour, never against it.
                other = resolve_term(own, inherited, rule.fallback_attribute_id, channel_id)
                if other is not None and meets(other, rule.fallback_expected, rule.needed_regions) == PASS:
                    results.append(RuleResult(rule, PASS, other, True))
                    continue
            results.append(RuleResult(rule, result, term))
        return results

    def term_results(self, model: ModelInfo, channel_id) -> list[RuleResult]:
        index = self.index
        own = index.model_terms.get(model.id)
        inherited = index.vendor_terms.get(model.vendor_id) if model.vendor_id is not None else None
        if own is None:
            key = (model.vendor_id, channel_id)
            shared = self._shared.get(key)
            if shared is None:
                shared = self._shared[key] = self._evaluate_terms(None, inherited, channel_id)
            return shared
        return self._evaluate_terms(own, inherited, channel_id)

    def _ordered(self, results: list[RuleResult]) -> list[RuleResult]:
        return results if self._order is None else [results[i] for i in self._order]

    def option(self, model: ModelInfo, channel: ChannelInfo | None) -> Option:
        channel_id = channel.id if channel else None
        results = self.term_results(model, channel_id) + [
            evaluate_model_rule(self.index, r, model) for r in self.model_rules
        ]
        listed = channel is not None and channel.id in self.index.available.get(model.id, ())
        ended = self.index.offer_ended(model.id, channel.id) if listed else None
        return Option(model, channel, self._ordered(results), listed, ended)

    def all_options(self, exclude_models=()) -> list[Option]:
        index, options, channels = self.index, [], self.index.channels
        for model in index.models.values():
            if model.id in exclude_models:
                continue
            model_results = [evaluate_model_rule(index, r, model) for r in self.model_rules]
            available = index.available.get(model.id, ())
            for channel_id in index.channels_of(model):
                results = self._ordered(self.term_results(model, channel_id) + model_results)
                listed = channel_id in available
                ended = index.offer_ended(model.id, channel_id) if listed else None
                options.append(Option(model, channels[channel_id], results, listed, ended))
        options.sort(key=Option.sort_key)
        return options


@dataclass
class CheckResult:
    workload: Workload
    profile: RequirementProfile | None
    version: int
    rules: list[AppliedRule]
    options: list[Option]
    index: CatalogIndex

    @property
    def counts(self) -> dict[str, int]:
        counts = {PASS: 0, UNKNOWN: 0, FAIL: 0, NOT_OFFERED: 0}
        for option in self.options:
            counts[option.verdict] += 1
        return counts


def resolve_profile(profile: RequirementProfile | None) -> RequirementProfile | None:
    return profile if profile is not None else RequirementProfile.objects.default()


@contextlib.contextmanager
def gc_paused():
    """Pause the cyclic garbage collector while a check builds its (acyclic) tuples and options: with hundreds
    of thousands of new objects it would otherwise rescan the whole heap again and again, and the check's time
    would grow faster than the catalog. Reference counting still frees everything as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def run_check(workload: Workload, profile: RequirementProfile | None = None, index: CatalogIndex | None = None):
    """Every model × channel, ranked. With no profile at all, only the required capabilities are checked."""
    profile = resolve_profile(profile)
    rules = applicable_rules(load_rules(profile) if profile else [], workload)
    version = profile.current_version if profile else 0
    with gc_paused():
        index = index or CatalogIndex.load()
        options = Evaluator(index, rules).all_options()
    return CheckResult(workload, profile, version, rules, options, index)


class UseCaseChecker:
    """Checks many use cases with one read of the catalog: the vocabulary, each profile's rules and one
    evaluator per distinct workload are shared, so the queries do not grow with the number of use cases.
    Use cases should come with their data classes and regions prefetched."""

    def __init__(self, index: CatalogIndex):
        self.index = index
        self.parents = (DataClass.objects.parent_map(), Region.objects.parent_map())
        self._profiles: dict = {}
        self._evaluators: dict = {}
        self._ranked: dict = {}

    def profile(self, use_case) -> tuple:
        """(profile, its rules, its version) of the use case; the default profile when it names none."""
        key = use_case.profile_id or 0
        if key not in self._profiles:
            profile = resolve_profile(use_case.profile if use_case.profile_id else None)
            rules = load_rules(profile) if profile else []
            self._profiles[key] = (profile, rules, profile.current_version if profile else 0)
        return self._profiles[key]

    def evaluator(self, use_case) -> tuple[Evaluator, tuple]:
        profile, rules, _ = self.profile(use_case)
        workload = workload_of(use_case.data_classes.all(), use_case.regions.all(), use_case.capabilities, self.parents)
        signature = (
            profile.pk if profile else None, frozenset(workload.class_ids), frozenset(workload.region_ids),
            tuple(workload.capabilities),
        )
        if signature not in self._evaluators:
            self._evaluators[signature] = Evaluator(self.index, applicable_rules(rules, workload))
        return self._evaluators[signature], signature

    def option(self, use_case) -> Option | None:
        """The use case's own model × channel now; None when no model is recorded."""
        model = self.index.models.get(use_case.model_id) if use_case.model_id else None
        if model is None:
            return None
        channel = self.index.channels.get(use_case.channel_id) if use_case.channel_id else None
        return self.evaluator(use_case)[0].option(model, channel)

    def ranked(self, use_case) -> list[Option]:
        """Every model × channel of the catalog for the use case's workload, ranked."""
        evaluator, signature = self.evaluator(use_case)
        if signature not in self._ranked:
            self._ranked[signature] = evaluator.all_options()
        return self._ranked[signature]
