"""Check results in words and as JSON: for every rule, the fact behind its result, its excerpt, and a reason.

The JSON form of an option (API and CLI):
    {"model": slug, "channel": slug, "verdict": "pass|fail|unknown|no-offer",
     "offer": {"status": "offered|not-recorded|ended", "reason": …} or null (no channel),
     "rules": [{"rule": key, "name": …, "result": …, "fact": {…} or null, "excerpt": str or null, "reason": …}]}
"""

from airegister.catalog.choices import FlagSeverityChoices, LifecycleStatusChoices, TermValueChoices
from airegister.requirements.choices import CapabilityChoices

from .choices import ExpectationChoices, ResultChoices, RuleKindChoices
from .engine import CAPABILITY, FAIL, PASS, UNKNOWN, CheckResult, Option, RuleResult, gc_paused
from .index import (
    T_ATTRIBUTE,
    T_CHANNEL,
    T_EXCERPT,
    T_ID,
    T_MODEL,
    T_REGIONS,
    T_RETENTION,
    T_SOURCE,
    T_STATEMENT,
    T_VALUE,
    CatalogIndex,
    region_codes,
)

# ChoiceSet.label() rebuilds its list on every call; a check describes hundreds of thousands of results.
TERM_VALUE_LABELS = dict(TermValueChoices.choices())
LIFECYCLE_LABELS = dict(LifecycleStatusChoices.choices())
SEVERITY_LABELS = dict(FlagSeverityChoices.choices())


def value_label(attribute, value: str) -> str:
    """As DataAttribute.value_label: the attribute's own words for yes and no ("Available")."""
    if attribute is not None and value == TermValueChoices.YES:
        return attribute.yes_label
    if attribute is not None and value == TermValueChoices.NO:
        return attribute.no_label
    return TERM_VALUE_LABELS.get(value, value)


def lifecycle_label(value: str) -> str:
    return LIFECYCLE_LABELS.get(value, value) if value else "Not recorded"


def term_fact(index: CatalogIndex, term: tuple, sources: dict) -> dict:
    attribute = index.attributes.get(term[T_ATTRIBUTE])
    channel = index.channels.get(term[T_CHANNEL]) if term[T_CHANNEL] else None
    source = sources.get(term[T_SOURCE]) if term[T_SOURCE] else None
    return {
        "term_id": term[T_ID],
        "attribute": attribute.slug if attribute else None,
        "attribute_name": attribute.name if attribute else "",
        "value": term[T_VALUE],
        "value_label": value_label(attribute, term[T_VALUE]),
        "statement": term[T_STATEMENT],
        "channel": channel.slug if channel else None,
        "channel_name": channel.name if channel else "All channels",
        "inherited": term[T_MODEL] is None,
        "regions": sorted(region_codes(term[T_REGIONS])),
        "retention": term[T_RETENTION],
        "source": {"title": source[0], "url": source[1]} if source else None,
    }


def _term_reason(index: CatalogIndex, result: RuleResult, option: Option) -> str:
    rule, term = result.rule, result.term
    attribute = index.attributes.get(rule.attribute_id)
    where = option.channel.name if option.channel else "any channel (the use case's channel is not recorded)"
    if term is None:
        return f"Not recorded: no “{attribute.name if attribute else rule.attribute_id}” term on {where}."
    fact_attribute = index.attributes.get(term[T_ATTRIBUTE])
    label = value_label(fact_attribute, term[T_VALUE])
    scope = index.channels[term[T_CHANNEL]].name if term[T_CHANNEL] else "all channels"
    holder = "the vendor's term" if term[T_MODEL] is None else "the model's own term"
    said = f"{fact_attribute.name if fact_attribute else ''}: {label} on {scope} ({holder})"
    if term[T_STATEMENT]:
        said += f" — “{term[T_STATEMENT]}”"
    if result.via_fallback:
        return f"Not recorded for this attribute; {said}. {rule.fallback_reason}".strip()
    if result.result == UNKNOWN and term[T_VALUE] == TermValueChoices.NOT_RECORDED:
        return f"Recorded as not known: {said}."
    if rule.expected == ExpectationChoices.REGION:
        codes = ", ".join(sorted(region_codes(term[T_REGIONS]))) or "none stated"
        needed = ", ".join(sorted(rule.needed_regions)) or "the workload's regions"
        if result.result == UNKNOWN:
            return f"{said}; no regions recorded, so {needed} is not known."
        verb = "covers" if result.result == PASS else "does not cover"
        return f"{said}; regions {codes} {verb} {needed}."
    if result.result == FAIL and term[T_VALUE] == TermValueChoices.CONDITIONAL:
        return f"{said}. Conditional: it holds only under conditions, so the requirement is not met as recorded."
    return f"{said}."


def _flag_reason(result: RuleResult) -> str:
    severity = SEVERITY_LABELS.get(result.rule.severity, result.rule.severity).lower()
    if result.result == PASS:
        return f"No active compliance flag of {severity} severity or worse (computed from the recorded flags)."
    titles = "; ".join(f"{f.title} ({SEVERITY_LABELS.get(f.severity, f.severity).lower()})" for f in result.flags)
    return f"Active compliance flag: {titles}."


def describe(index: CatalogIndex, result: RuleResult, option: Option, sources: dict) -> dict:
    """One rule's result as the API, CLI and pages show it."""
    rule = result.rule
    fact, excerpt = None, None
    if rule.kind == RuleKindChoices.DATA_TERM:
        reason = _term_reason(index, result, option)
        if result.term is not None:
            fact = term_fact(index, result.term, sources)
            fact["via_fallback"] = result.via_fallback
            excerpt = result.term[T_EXCERPT] or None
    elif rule.kind == RuleKindChoices.NO_ACTIVE_FLAG:
        reason = _flag_reason(result)
        fact = {
            "active_flags": [
                {"title": f.title, "severity": f.severity, "inherited": f.model_id is None, "opened": str(f.opened)}
                for f in result.flags or ()
            ]
        }
        excerpt = next((f.excerpt for f in result.flags or () if f.excerpt), None)
    elif rule.kind == RuleKindChoices.LIFECYCLE:
        model = option.model
        status = lifecycle_label(model.lifecycle_status)
        if result.result == UNKNOWN:
            reason = "Lifecycle status not recorded."
        elif result.result == PASS:
            reason = f"Lifecycle status: {status} (allowed)."
        else:
            allowed = ", ".join(lifecycle_label(s) for s in sorted(rule.statuses))
            reason = f"Lifecycle status: {status} (allowed: {allowed})."
        fact = {"lifecycle_status": model.lifecycle_status or None}
        excerpt = (model.evidence or {}).get("lifecycle_status") or None
    elif rule.kind == CAPABILITY:
        modality, field_name = CapabilityChoices.split(rule.capability)
        recorded = getattr(option.model, field_name) or []
        direction = "input" if field_name.startswith("input") else "output"
        reason = (
            f"{direction.capitalize()} modalities not recorded."
            if result.result == UNKNOWN
            else f"{direction.capitalize()} modalities: {', '.join(recorded)}."
        )
        fact = {field_name: list(recorded)}
        excerpt = (option.model.evidence or {}).get(field_name) or None
    else:  # pragma: no cover - every kind is handled above
        reason = ""
    return {
        "rule": rule.key,
        "name": rule.name,
        "result": result.result,
        "fact": fact,
        "excerpt": excerpt,
        "reason": reason,
    }


OFFERED, NO_OFFER, OFFER_ENDED = "offered", "not-recorded", "ended"


def describe_offer(index: CatalogIndex, option: Option) -> dict | None:
    """Whether the model is offered on the option's channel, in words (None: no channel to speak of)."""
    channel = option.channel
    if channel is None:
        return None
    model = option.model.name
    if not option.listed:
        holder = index.vendors.get(option.model.vendor_id) or "the vendor"
        return {
            "status": NO_OFFER,
            "lifecycle_status": None,
            "retirement_date": None,
            "reason": (
                f"Not offered: no offer of {model} on {channel.name} is recorded. The channel is checked only "
                f"because {holder}'s terms cover it; the rules say what those terms would give."
            ),
        }
    if option.ended is not None:
        status, retirement = option.ended
        parts = []
        if status:
            parts.append(f"its status there is {lifecycle_label(status).lower()}")
        if retirement is not None and retirement <= index.today:
            parts.append(f"it was retired there on {retirement.isoformat()}")
        return {
            "status": OFFER_ENDED,
            "lifecycle_status": status or None,
            "retirement_date": retirement.isoformat() if retirement else None,
            "reason": f"Not offered: the offer of {model} on {channel.name} has ended ({'; '.join(parts)}).",
        }
    return {
        "status": OFFERED,
        "lifecycle_status": None,
        "retirement_date": None,
        "reason": f"Offered: an offer of {model} on {channel.name} is recorded.",
    }


def sources_for(index: CatalogIndex, options) -> dict:
    ids = {r.term[T_SOURCE] for o in options for r in o.results if r.term is not None and r.term[T_SOURCE]}
    return index.source_titles(ids)


def option_json(index: CatalogIndex, option: Option, sources: dict | None = None, cache: dict | None = None) -> dict:
    """`cache`: descriptions already made, for results shared between options (models inheriting their
    vendor's terms share them per channel)."""
    if sources is None:
        sources = sources_for(index, [option])
    cache = {} if cache is None else cache
    channel_id = option.channel.id if option.channel else None
    rules = []
    for result in option.results:
        # A term rule's words name the channel; a model rule's (flags, lifecycle) do not.
        key = (id(result), channel_id if result.rule.kind == RuleKindChoices.DATA_TERM else None)
        described = cache.get(key)
        if described is None:
            described = cache[key] = describe(index, result, option, sources)
        rules.append(described)
    model, channel = option.model, option.channel
    return {
        "model": model.slug,
        "model_name": model.name,
        "vendor": index.vendors.get(model.vendor_id) if model.vendor_id else None,
        "channel": channel.slug if channel else None,
        "channel_name": channel.name if channel else None,
        "listed_availability": option.listed,
        "offer": describe_offer(index, option),
        "verdict": option.verdict,
        "rules": rules,
    }


def check_json(check: CheckResult) -> list[dict]:
    sources, cache = sources_for(check.index, check.options), {}
    with gc_paused():
        return [option_json(check.index, option, sources, cache) for option in check.options]


def verdict_symbol(value: str) -> str:
    return ResultChoices.symbol(value)
