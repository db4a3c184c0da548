"""One schema per kind of catalog file; `additionalProperties: false` everywhere, so a typo is an error."""

import datetime
import json

from jsonschema import Draft202012Validator, FormatChecker

from airegister.catalog.choices import (
    AttributeDetailChoices,
    AttributeHeadlineChoices,
    ChannelKindChoices,
    CommitmentKindChoices,
    ContinuityKindChoices,
    FlagCategoryChoices,
    FlagSeverityChoices,
    FlagStatusChoices,
    LifecycleStatusChoices,
    ModalityChoices,
    RetentionChoices,
    TermValueChoices,
    TierChoices,
)
from airegister.core.models.features import PARTIAL_DATE_RE, validate_partial_date
from airegister.sources.choices import DocumentTypeChoices

SLUG = {"type": "string", "pattern": r"^[a-z0-9]+(?:-[a-z0-9]+)*$"}
TEXT = {"type": "string"}
NAME = {"type": "string", "minLength": 1}
URL = {"type": "string", "pattern": r"^https?://\S+$"}
DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "format": "date"}
PARTIAL_DATE = {"type": "string", "pattern": PARTIAL_DATE_RE.pattern, "format": "partial-date"}
WEIGHT = {"type": "integer", "minimum": 0, "maximum": 32767}
STRINGS = {"type": "array", "items": NAME, "uniqueItems": True}


def enum(choice_set) -> dict:
    return {"type": "string", "enum": choice_set.values()}


def obj(properties: dict, required: tuple = ()) -> dict:
    return {
        "type": "object",
        "properties": properties,
        "required": list(required),
        "additionalProperties": False,
    }


def listing(item: dict) -> dict:
    return {"type": "array", "items": item}


# Where a fact comes from (core.CitedMixin); `updated` overrides the file's date for one entry.
CITED = {"source": SLUG, "source_date": DATE, "excerpt": TEXT}
ENTRY = {**CITED, "updated": DATE}

DATA_TERM = obj(
    {
        **ENTRY,
        "attribute": SLUG,
        "channel": {"anyOf": [SLUG, {"type": "null"}]},  # absent or null: every channel of the vendor
        "value": enum(TermValueChoices),
        "retention": enum(RetentionChoices),
        "retention_days": {"type": "integer", "minimum": 0},
        "regions": STRINGS,
        "statement": TEXT,
    },
    required=("attribute",),
)
USE_RESTRICTION = obj({**ENTRY, "text": NAME, "weight": WEIGHT}, required=("text",))
SAFETY_DOCUMENT = obj({**ENTRY, "title": NAME, "url": URL, "summary": TEXT, "weight": WEIGHT}, required=("title",))
COMPLIANCE_FLAG = obj(
    {
        **ENTRY,
        "title": NAME,
        "category": enum(FlagCategoryChoices),
        "severity": enum(FlagSeverityChoices),
        "status": enum(FlagStatusChoices),
        "opened": DATE,
        "resolved": DATE,
        "description": TEXT,
    },
    required=("title", "category", "severity", "opened"),
)
# Facts a vendor holds for all its models, or a model holds for itself.
HELD_FACTS = {
    "data_terms": listing(DATA_TERM),
    "use_restrictions": listing(USE_RESTRICTION),
    "safety_documents": listing(SAFETY_DOCUMENT),
    "compliance_flags": listing(COMPLIANCE_FLAG),
}

ATTRIBUTES = obj(
    {
        "updated": DATE,
        "attributes": listing(
            obj(
                {
                    "slug": SLUG,
                    "name": NAME,
                    "description": TEXT,
                    "weight": WEIGHT,
                    "headline": enum(AttributeHeadlineChoices),
                    "detail": enum(AttributeDetailChoices),
                    "yes_label": NAME,
                    "no_label": NAME,
                    "statement_separator": {"type": "string", "minLength": 1, "maxLength": 5},
                },
                required=("slug", "name", "headline", "detail"),
            )
        ),
    },
    required=("updated", "attributes"),
)

SOURCE = obj(
    {
        "slug": SLUG,
        "updated": DATE,
        "title": NAME,
        "url": URL,
        "vendor": SLUG,
        "document_type": enum(DocumentTypeChoices),
        "published": PARTIAL_DATE,
        "description": TEXT,
    },
    required=("slug", "updated", "title"),
)

CHANNEL = obj(
    {
        "slug": SLUG,
        "updated": DATE,
        "name": NAME,
        "kind": enum(ChannelKindChoices),
        "operator": NAME,
        "url": URL,
        "description": TEXT,
        "aliases": STRINGS,
        "weight": WEIGHT,
    },
    required=("slug", "updated", "name", "kind", "operator"),
)

VENDOR = obj(
    {
        "slug": SLUG,
        "updated": DATE,
        "name": NAME,
        "website": URL,
        "trust_center_url": URL,
        "safety_page_url": URL,
        "description": TEXT,
        "is_third_party": {"type": "boolean"},
        "certifications": listing(
            obj(
                {
                    **ENTRY,
                    "name": NAME,
                    "scope": TEXT,
                    "issuer": TEXT,
                    "valid_until": DATE,
                    "evidence_url": URL,
                },
                required=("name",),
            )
        ),
        "safety_commitments": listing(
            obj(
                {
                    **ENTRY,
                    "slug": SLUG,
                    "kind": enum(CommitmentKindChoices),
                    "statement": NAME,
                    "weight": WEIGHT,
                },
                required=("slug", "kind", "statement", "source", "excerpt"),
            )
        ),
        **HELD_FACTS,
    },
    required=("slug", "updated", "name"),
)

MODEL_FACT_FIELDS = (
    "family", "version_label", "tier", "release_date", "lifecycle_status", "announcement_date",
    "deprecation_date", "retirement_date", "availability_summary", "capability_notes", "input_modalities",
    "output_modalities", "knowledge_cutoff", "training_data_cutoff", "context_window", "parameters", "license",
    "safety_level", "output_limit", "open_weights", "capabilities",
)  # fmt: skip

OFFER_FACT_FIELDS = (
    "channel_model_id", "lifecycle_status", "deprecation_date", "retirement_date", "context_window", "output_limit",
)  # fmt: skip

MODEL = obj(
    {
        **CITED,
        "slug": SLUG,
        "updated": DATE,
        "name": NAME,
        "vendor": {"anyOf": [SLUG, {"type": "null"}]},  # null: no source names the maker
        "family": TEXT,
        "version_label": TEXT,
        "tier": enum(TierChoices),
        "release_date": PARTIAL_DATE,
        "lifecycle_status": enum(LifecycleStatusChoices),
        "announcement_date": DATE,
        "deprecation_date": DATE,
        "retirement_date": DATE,
        "availability_summary": TEXT,
        "capability_notes": TEXT,
        "input_modalities": {"type": "array", "items": enum(ModalityChoices), "uniqueItems": True},
        "output_modalities": {"type": "array", "items": enum(ModalityChoices), "uniqueItems": True},
        "knowledge_cutoff": PARTIAL_DATE,
        "training_data_cutoff": PARTIAL_DATE,
        "context_window": {"type": "integer", "minimum": 1},
        "parameters": {"type": "integer", "minimum": 1},
        "output_limit": {"type": "integer", "minimum": 1},
        "open_weights": {"type": "boolean"},
        "capabilities": STRINGS,
        "license": TEXT,
        "safety_level": TEXT,
        "enterprise_guidance": TEXT,
        "aliases": STRINGS,
        # Per-field excerpts of `source`: {release_date: "...", knowledge_cutoff: "..."}.
        "evidence": {
            "type": "object",
            "propertyNames": {"enum": list(MODEL_FACT_FIELDS)},
            "additionalProperties": TEXT,
        },
        "availability": listing(
            obj(
                {
                    **ENTRY,
                    "channel": SLUG,
                    "note": TEXT,
                    "channel_model_id": TEXT,
                    "lifecycle_status": enum(LifecycleStatusChoices),
                    "deprecation_date": DATE,
                    "retirement_date": DATE,
                    "context_window": {"type": "integer", "minimum": 1},
                    "output_limit": {"type": "integer", "minimum": 1},
                    "evidence": {
                        "type": "object",
                        "propertyNames": {"enum": list(OFFER_FACT_FIELDS)},
                        "additionalProperties": TEXT,
                    },
                },
                required=("channel",),
            )
        ),
        # This model is the successor / recommended continuity option for the models listed.
        "continuity_for": listing(
            {
                "anyOf": [
                    SLUG,
                    obj(
                        {**ENTRY, "model": SLUG, "kind": enum(ContinuityKindChoices), "rationale": TEXT},
                        required=("model",),
                    ),
                ]
            }
        ),
        "safety_evaluations": listing(
            obj(
                {
                    **ENTRY,
                    "name": NAME,
                    "value": {"type": "number"},
                    "unit": TEXT,
                    "margin": {"type": "number", "minimum": 0},
                    "condition": TEXT,
                },
                required=("name", "value"),
            )
        ),
        **HELD_FACTS,
    },
    required=("slug", "updated", "name"),
)

SCHEMAS = {
    "attributes": ATTRIBUTES,
    "source": SOURCE,
    "channel": CHANNEL,
    "vendor": VENDOR,
    "model": MODEL,
}


def _titled(kind: str, schema: dict) -> dict:
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"AI Register catalog file: {kind}"
    return schema


for _kind, _schema in SCHEMAS.items():
    _titled(_kind, _schema)

# Where each kind of file lives under the catalog folder ("*" is one path segment, the file's slug).
FILE_KINDS = {
    "attributes": "attributes.yaml",
    "source": "sources/<slug>.yaml",
    "channel": "channels/<slug>.yaml",
    "vendor": "vendors/<slug>.yaml",
    "model": "models/<vendor-slug or _unattributed>/<slug>.yaml",
}

_FORMATS = FormatChecker()  # a fresh checker: the extra format must not leak into jsonschema's global one


@_FORMATS.checks("partial-date", raises=Exception)
def _is_partial_date(value) -> bool:
    if isinstance(value, str):
        validate_partial_date(value)
    return True


@_FORMATS.checks("date", raises=ValueError)
def _is_date(value) -> bool:
    if isinstance(value, str):
        datetime.date.fromisoformat(value)
    return True


_VALIDATORS = {kind: Draft202012Validator(schema, format_checker=_FORMATS) for kind, schema in SCHEMAS.items()}


def register_schema(kind: str, place: str, schema: dict) -> None:
    """Another app's kind of catalog file (e.g. governance's controls, at `controls/<slug>.yaml`)."""
    SCHEMAS[kind] = _titled(kind, schema)
    FILE_KINDS[kind] = place
    _VALIDATORS[kind] = Draft202012Validator(schema, format_checker=_FORMATS)


def validator_for(kind: str) -> Draft202012Validator:
    return _VALIDATORS[kind]


def schema_json(kind: str) -> str:
    return json.dumps(SCHEMAS[kind], indent=2)
