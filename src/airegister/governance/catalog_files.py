"""Governance's kinds of catalog file — controls (`controls/<slug>.yaml`) and playbook guides
(`playbooks/<slug>.yaml`) — registered with the catalog loader, which loads them after the catalog's own
files, in the same transaction. The catalog never imports this app; this app plugs into it.
"""

from airegister.catalog.loader import register_file_kind
from airegister.catalog.schema.definitions import DATE, NAME, SLUG, TEXT, WEIGHT, enum, listing, obj

from .choices import ApplicabilityChoices, ControlCategoryChoices
from .models import Control, Playbook

APPLICABILITY = {"applies_to": enum(ApplicabilityChoices), "applies_value": TEXT}

CONTROL = obj(
    {
        "slug": SLUG,
        "updated": DATE,
        "name": NAME,
        "ref_id": TEXT,
        "category": enum(ControlCategoryChoices),
        "description": NAME,
        "objective": TEXT,
        "review_interval_days": {"type": "integer", "minimum": 1},
        "framework_mappings": listing(
            obj({"framework": NAME, "clause": NAME}, required=("framework", "clause"))
        ),
        "weight": WEIGHT,
        **APPLICABILITY,
    },
    required=("slug", "updated", "name", "description"),
)

PLAYBOOK = obj(
    {
        "slug": SLUG,
        "updated": DATE,
        "question": NAME,
        "summary": NAME,
        "steps": TEXT,
        "related_controls": {"type": "array", "items": SLUG, "uniqueItems": True},
        "weight": WEIGHT,
        **APPLICABILITY,
    },
    required=("slug", "updated", "question", "summary"),
)

CONTROL_KEYS = (
    "name", "ref_id", "category", "description", "objective", "review_interval_days", "framework_mappings",
    "weight", "applies_to", "applies_value",
)
PLAYBOOK_KEYS = ("question", "summary", "steps", "weight", "applies_to", "applies_value")


def write_control(writer, doc) -> None:
    writer.record(doc, (), Control, CONTROL_KEYS)


def write_playbook(writer, doc) -> None:
    controls = [
        writer.ref(doc, ("related_controls", i), Control, slug).pk
        for i, slug in enumerate(doc.data.get("related_controls", []))
    ]
    values = writer.values(doc.data, Playbook, PLAYBOOK_KEYS)
    lookup = {"slug": doc.data["slug"]}
    writer.upsert(doc, (), Playbook, lookup, values, doc.stamp(), m2m={"related_controls": controls})


def register() -> None:
    # Controls first: playbooks name the controls they relate to.
    register_file_kind("control", "controls/<slug>.yaml", CONTROL, write_control)
    register_file_kind("playbook", "playbooks/<slug>.yaml", PLAYBOOK, write_playbook)
