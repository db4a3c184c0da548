"""Continuity planning: which use cases a model at risk affects, and where to move them.

A model is at risk when it is withdrawn, retired or deprecated, retires within N days (or already has), or
carries an active compliance flag (its own or its vendor's). For every live use case on such a model the
options are: first its successor / continuity links (ContinuityLink: the successor before "recommended
continuity option"), each on the channels where it passes the use case's requirements — or, when it passes
nowhere, on its best channel, so the recommendation is always visible with its verdict — then every other
model × channel that passes. Each option lists what it gains and loses against the current model × channel:
rule by rule, then capability by capability (modalities, context window, safety level, availability).
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from airegister.catalog.choices import ContinuityKindChoices, LifecycleStatusChoices
from airegister.catalog.models import ContinuityLink
from airegister.requirements.choices import ResultChoices
from airegister.requirements.engine import PASS, Option, UseCaseChecker
from airegister.requirements.index import CatalogIndex, ModelInfo

from .choices import UseCaseStatusChoices
from .models import UseCase

DEFAULT_DAYS = 90
RISKY_STATUSES = {
    LifecycleStatusChoices.WITHDRAWN: "Withdrawn",
    LifecycleStatusChoices.RETIRED: "Retired",
    LifecycleStatusChoices.DEPRECATED: "Deprecated",
}
# Lower is better, for "availability" gains and losses.
STATUS_RANK = {"active": 0, "legacy": 1, "deprecated": 2, "retired": 3, "withdrawn": 3}


@dataclass
class Risk:
    kind: str  # a lifecycle status, "retiring" or "flag"
    label: str
    colour: str
    date: datetime.date | None = None


def risks_of(index: CatalogIndex, model: ModelInfo, days: int, today: datetime.date) -> list[Risk]:
    risks = []
    status = model.lifecycle_status
    if status in RISKY_STATUSES:
        risks.append(Risk(status, RISKY_STATUSES[status], LifecycleStatusChoices.color(status)))
    retirement = model.retirement_date
    if retirement and retirement <= today + datetime.timedelta(days=days) and status != "retired":
        when = "retired" if retirement < today else f"retires in {(retirement - today).days} days"
        day = f"{retirement:%b} {retirement.day}, {retirement.year}"
        risks.append(Risk("retiring", f"{when.capitalize()} ({day})", "orange", retirement))
    for flag in index.active_flags(model):
        risks.append(Risk("flag", f"Active {flag.severity} flag: {flag.title}", "red", flag.opened))
    return risks


def models_at_risk(index: CatalogIndex, days: int = DEFAULT_DAYS, today=None) -> dict[int, list[Risk]]:
    today = today or timezone.localdate()
    found = {}
    for model in index.models.values():
        risks = risks_of(index, model, days, today)
        if risks:
            found[model.id] = risks
    return found


@dataclass
class Comparison:
    gains: list[str] = field(default_factory=list)
    losses: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # changes that are neither, and what cannot be compared


def _set_change(label: str, before: list, after: list, names: tuple[str, str], out: Comparison):
    if not before and not after:
        out.notes.append(f"{label}: not recorded for either model.")
    elif not before or not after:
        missing = names[0] if not before else names[1]
        out.notes.append(f"{label}: not recorded for {missing}.")
    else:
        out.gains += [f"{label}: {m}" for m in after if m not in before]
        out.losses += [f"{label}: {m}" for m in before if m not in after]


def compare(current: Option, candidate: Option) -> Comparison:
    out = Comparison()
    before = {r.rule.key: r for r in current.results}
    for result in candidate.results:
        old = before.get(result.rule.key)
        if old is None or old.result == result.result:
            continue
        change = f"{result.rule.name}: {old.result} → {result.result}"
        rank = ResultChoices.RANK
        (out.gains if rank[result.result] < rank[old.result] else out.losses).append(change)
    cur, new = current.model, candidate.model
    names = (cur.name, new.name)
    if cur.id != new.id:
        _set_change("Input", cur.input_modalities, new.input_modalities, names, out)
        _set_change("Output", cur.output_modalities, new.output_modalities, names, out)
        if cur.context_window and new.context_window:
            if new.context_window != cur.context_window:
                text = f"Context window: {cur.context_window:,} → {new.context_window:,} tokens"
                (out.gains if new.context_window > cur.context_window else out.losses).append(text)
        else:
            missing = " or ".join(n for n, m in zip(names, (cur, new), strict=True) if not m.context_window)
            out.notes.append(f"Context window: not recorded for {missing}.")
        if cur.safety_level and new.safety_level:
            if cur.safety_level != new.safety_level:
                out.notes.append(f"Deployment safety level: {cur.safety_level} → {new.safety_level}.")
        elif cur.safety_level or new.safety_level:
            out.notes.append(f"Deployment safety level: not recorded for {names[0] if new.safety_level else names[1]}.")
        old_rank, new_rank = STATUS_RANK.get(cur.lifecycle_status), STATUS_RANK.get(new.lifecycle_status)
        if old_rank is not None and new_rank is not None and old_rank != new_rank:
            text = (
                f"Lifecycle: {LifecycleStatusChoices.label(cur.lifecycle_status)} → "
                f"{LifecycleStatusChoices.label(new.lifecycle_status)}"
            )
            (out.gains if new_rank < old_rank else out.losses).append(text)
        elif new_rank is None:
            out.notes.append(f"Lifecycle status: not recorded for {new.name}.")
    if candidate.channel is not None:
        if candidate.listed and not current.listed:
            out.gains.append(f"Listed as available on {candidate.channel.name}")
        elif not candidate.listed:
            out.notes.append(
                f"{new.name} is not listed as available on {candidate.channel.name}; the channel is checked "
                "because the vendor's terms cover it. Confirm availability."
            )
    return out


@dataclass
class PlanOption:
    option: Option
    comparison: Comparison
    link: ContinuityLink | None = None  # set for the successor / continuity options


@dataclass
class UseCasePlan:
    use_case: UseCase
    current: Option
    options: list[PlanOption]

    @property
    def recommended(self) -> PlanOption | None:
        return self.options[0] if self.options else None


@dataclass
class AtRiskModel:
    model: ModelInfo
    risks: list[Risk]
    plans: list[UseCasePlan]


def plan_for(use_case: UseCase, checker: UseCaseChecker, links: list[ContinuityLink], limit: int | None = None):
    """The use case's current option and where to move it (see the module's docstring for the order)."""
    current = checker.option(use_case)
    ranked = checker.ranked(use_case)
    options, seen = [], {(use_case.model_id, use_case.channel_id)}
    ordered = sorted(links, key=lambda link: link.kind != ContinuityKindChoices.SUCCESSOR)
    for link in ordered:
        if link.to_model_id not in checker.index.models:
            continue
        mine = [o for o in ranked if o.model.id == link.to_model_id]
        chosen = [o for o in mine if o.verdict == PASS] or mine[:1]
        chosen.sort(key=lambda o: not o.listed)  # channels the model is listed on first (the sort is stable)
        for option in chosen:
            seen.add((option.model.id, option.channel.id))
            options.append(PlanOption(option, compare(current, option), link))
    for option in ranked:
        if option.verdict != PASS or option.model.id == use_case.model_id:
            continue
        if (option.model.id, option.channel.id) in seen:
            continue
        seen.add((option.model.id, option.channel.id))
        options.append(PlanOption(option, compare(current, option)))
        if limit is not None and len(options) >= limit:
            break
    return UseCasePlan(use_case, current, options)


def plan_continuity(days: int = DEFAULT_DAYS, index: CatalogIndex | None = None, today=None,
                    limit: int | None = None) -> list[AtRiskModel]:
    """Every model at risk with the live use cases it affects, each with its continuity options."""
    index = index or CatalogIndex.load()
    at_risk = models_at_risk(index, days, today)
    if not at_risk:
        return []
    use_cases = (
        UseCase.objects.filter(model_id__in=list(at_risk), status__in=UseCaseStatusChoices.LIVE)
        .select_related("profile", "model", "channel")
        .prefetch_related("data_classes", "regions")
    )
    links: dict[int, list[ContinuityLink]] = {}
    for link in ContinuityLink.objects.filter(from_model_id__in=list(at_risk)).select_related("to_model"):
        links.setdefault(link.from_model_id, []).append(link)
    plans: dict[int, list[UseCasePlan]] = {}
    checker = UseCaseChecker(index)
    for use_case in use_cases:
        plan = plan_for(use_case, checker, links.get(use_case.model_id, []), limit)
        plans.setdefault(use_case.model_id, []).append(plan)
    result = [AtRiskModel(index.models[mid], risks, plans.get(mid, [])) for mid, risks in at_risk.items()]
    # Models with affected use cases first, then by name.
    result.sort(key=lambda m: (not m.plans, m.model.name.lower()))
    return result
