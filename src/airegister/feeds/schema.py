"""The fields each feed documents, and a small validator: an unknown field or a wrong type is a `FeedError`.

models.dev: the fields of its schema (`packages/core/src/schema.ts`) and contributor guide (lab files under `models/`,
provider files, provider model files with `base_model` / `base_model_omit`), plus the few price keys the
snapshot of 2026-07-02 holds beyond them (`cost.cache_input`, `cached_input`, `cached_write`, `citation`, `image`,
`request`). Lab files may not hold provider-only fields (`cost`, `status`, …), as the guide says.

LiteLLM: the fields of its own JSON schema (the `test_aaamodel_prices_and_context_window_json_is_valid` test, which
refuses any other field) in the version read; price fields (`…cost…`) are recognised by name, as the map adds
a price variant (`_batches`, `_flex`, `_above_272k_tokens`, …) almost every week; every other field is listed.
"""

import re
from typing import Any

DATE = re.compile(r"\d{4}-\d{2}(-\d{2})?")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MODALITIES = ("text", "audio", "image", "video", "pdf")
STATUSES = ("alpha", "beta", "deprecated")


class Spec:
    """A field's expected shape: `check(value)` returns None when it fits, else what is wrong."""

    def __init__(self, kind: str, *, items: "Spec | None" = None, fields: "dict[str, Spec] | None" = None,
                 choices: tuple = (), free: bool = False, alternatives: "tuple[Spec, ...]" = ()):
        self.kind = kind
        self.items = items
        self.fields = fields or {}
        self.choices = choices
        self.free = free  # a table whose keys are not fixed (request bodies, headers)
        self.alternatives = alternatives

    def describe(self) -> str:
        if self.kind == "list" and self.items is not None:
            return f"a list of {self.items.describe()}s"
        if self.kind == "oneof":
            return " or ".join(a.describe() for a in self.alternatives)
        return {"str": "string", "int": "whole number", "integer": "whole number", "number": "number",
                "bool": "boolean", "date": "date", "day": "date", "table": "table", "any": "value"}[self.kind]


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def check(spec: Spec, value: Any, path: str) -> tuple[str, str] | None:
    """(dotted path of the offending key, what is wrong) or None."""
    kind = spec.kind
    if kind == "any":
        return None
    if kind == "oneof":
        for alternative in spec.alternatives:
            if check(alternative, value, path) is None:
                return None
        return path, f"expected {spec.describe()}, found {_shown(value)}"
    if kind == "str":
        if not isinstance(value, str):
            return path, f"expected a string, found {_shown(value)}"
        if spec.choices and value not in spec.choices:
            return path, f"{value!r} is not one of {', '.join(spec.choices)}"
        return None
    if kind in ("date", "day"):
        pattern, form = (DATE, "YYYY-MM or YYYY-MM-DD") if kind == "date" else (DAY, "YYYY-MM-DD")
        if not isinstance(value, str) or not pattern.fullmatch(value):
            return path, f"expected a date ({form}), found {_shown(value)}"
        return None
    if kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            return path, f"expected a whole number, found {_shown(value)}"
        return None
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            return path, f"expected a whole number of at least 0, found {_shown(value)}"
        return None
    if kind == "number":
        if not _is_number(value):
            return path, f"expected a number, found {_shown(value)}"
        return None
    if kind == "bool":
        if not isinstance(value, bool):
            return path, f"expected true or false, found {_shown(value)}"
        return None
    if kind == "list":
        if not isinstance(value, list):
            return path, f"expected {spec.describe()}, found {_shown(value)}"
        if spec.items is not None:
            for i, item in enumerate(value):
                problem = check(spec.items, item, f"{path}[{i}]")
                if problem:
                    return problem
        return None
    if kind == "table":
        if not isinstance(value, dict):
            return path, f"expected a table, found {_shown(value)}"
        if spec.free:
            return None
        return check_table(spec.fields, value, path)
    raise AssertionError(kind)


def check_table(fields: dict[str, Spec], value: dict, path: str = "") -> tuple[str, str] | None:
    for key, item in value.items():
        sub = f"{path}.{key}" if path else key
        spec = fields.get(key)
        if spec is None:
            return sub, "unknown field"
        problem = check(spec, item, sub)
        if problem:
            return problem
    return None


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


STR, INT, NUM, BOOL, DATE_, ANY = Spec("str"), Spec("int"), Spec("number"), Spec("bool"), Spec("date"), Spec("any")


def _table(**fields: Spec) -> Spec:
    return Spec("table", fields=fields)


def _list(item: Spec) -> Spec:
    return Spec("list", items=item)


MODALITY_LIST = _list(Spec("str", choices=MODALITIES))

# models/<lab>/<id>.toml
LAB_MODEL_FIELDS: dict[str, Spec] = {
    "name": STR,
    "description": STR,
    "family": STR,
    "release_date": DATE_,
    "last_updated": DATE_,
    "knowledge": DATE_,
    "attachment": BOOL,
    "reasoning": BOOL,
    "tool_call": BOOL,
    "structured_output": BOOL,
    "temperature": BOOL,
    "open_weights": BOOL,
    "license": STR,
    "limit": _table(context=INT, input=INT, output=INT),
    "modalities": _table(input=MODALITY_LIST, output=MODALITY_LIST),
    "links": _list(_table(label=STR, type=STR, url=STR)),
    "weights": _list(_table(label=STR, url=STR, quantization=STR)),
    "benchmarks": _list(_table(name=STR, score=NUM, metric=STR, source=STR, date=DATE_, dataset=STR, harness=STR,
                               variant=STR, version=STR)),
}

_COST_KEYS = ("input", "output", "reasoning", "cache_read", "cache_write", "input_audio", "output_audio",
              "per_minute", "cache_input", "cached_input", "cached_write", "citation", "image", "request")
COST = _table(**dict.fromkeys(_COST_KEYS, NUM))
COST_FIELDS = {
    **COST.fields,
    "context_over_200k": COST,
    "tiers": _list(_table(tier=_table(type=STR, size=INT), **{k: NUM for k in _COST_KEYS})),
}
FREE = Spec("table", free=True)

# providers/<p>/models/**.toml: a lab model's fields (as overrides) and the provider-only ones.
OFFER_FIELDS: dict[str, Spec] = {
    **LAB_MODEL_FIELDS,
    "base_model": STR,
    "base_model_omit": _list(STR),
    "cost": _table(**COST_FIELDS),
    "status": Spec("str", choices=STATUSES),
    "reasoning_options": _list(_table(type=STR, values=_list(STR), min=Spec("integer"), max=Spec("integer"))),
    "interleaved": Spec("oneof", alternatives=(BOOL, _table(field=STR))),
    "provider": _table(npm=STR, api=STR, shape=STR, body=FREE, headers=FREE),
    "experimental": _table(modes=Spec("table", free=True)),
}

# providers/<p>/provider.toml
PROVIDER_FIELDS: dict[str, Spec] = {
    "name": STR,
    "env": _list(STR),
    "npm": STR,
    "api": STR,
    "doc": STR,
}


# --- LiteLLM ------------------------------------------------------------------------------------------------------

LITELLM_PRICE = re.compile(r".*cost.*|.*_uplift_multiplier(_[a-z]+)?")
LITELLM_OBJECT_PRICES = ("guardrail_cost_per_unit", "search_context_cost_per_query")
LITELLM_FIELDS: dict[str, Spec] = {
    "litellm_provider": STR,
    "mode": STR,
    "max_input_tokens": NUM,
    "max_output_tokens": NUM,
    "max_tokens": NUM,
    "deprecation_date": Spec("day"),
    "deprecation_source": STR,
    "successor_model": STR,
    "alias_of": STR,
    "source": STR,
    "comment": STR,
    "metadata": FREE,
    "provider_specific_entry": FREE,
    "off_peak_pricing": FREE,
    "tiered_pricing": _list(FREE),
    "search_free_requests": FREE,
    "token_count_model": FREE,
    "rules": _list(ANY),
    "rpm": NUM,
    "rpd": NUM,
    "tpm": NUM,
    "output_vector_size": NUM,
    "prompt_cache_min_tokens": NUM,
    "token_count_framing": NUM,
    "token_count_responses_framing": NUM,
    "token_count_responses_tool_framing": NUM,
    "token_count_tool_framing": NUM,
    "token_count_tokenizer": STR,
    "audio_transcription_config": STR,
    "inference_geo": STR,
    "default_reasoning_effort": STR,
    "bedrock_output_config_effort_ceiling": STR,
    "vertex_ai_audio_api": STR,
    "web_search_billing_unit": STR,
    "reasoning_effort_levels": _list(STR),
    "reasoning_contexts": _list(ANY),
    "reasoning_modes": _list(ANY),
    "supported_audio_formats": _list(STR),
    "supported_endpoints": _list(STR),
    "supported_modalities": _list(STR),
    "supported_output_modalities": _list(STR),
    "supported_regions": _list(STR),
    "bedrock_converse_supports_strict_tools": BOOL,
    "gemini_audio_only_live": BOOL,
    "gemini_native_audio": BOOL,
    "thinking_always_on": BOOL,
    "thinking_on_by_default": BOOL,
    "use_openai_responses_path": BOOL,
    "uses_embed_content": BOOL,
}


def litellm_field(key: str) -> Spec | None:
    """The spec of a LiteLLM entry field: listed, a `supports_*` flag, or a price; None when unknown."""
    spec = LITELLM_FIELDS.get(key)
    if spec is not None:
        return spec
    if key.startswith("supports_"):
        return BOOL
    if key in LITELLM_OBJECT_PRICES:
        return FREE
    if LITELLM_PRICE.fullmatch(key):
        return NUM
    return None
