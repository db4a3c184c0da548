"""Governance's kinds of catalog file — the framework library: framework references
(`frameworks/<slug>.yaml`), controls (`controls/<slug>.yaml`) and playbook guides (`playbooks/<slug>.yaml`) —
registered with the catalog loader, which loads them after the catalog's own files, in the same transaction.
The catalog never imports this app; this app plugs into it.

Every framework, clause and control has a stable URN; records are matched by it (or by slug), so a newer
version of a file updates them in place and the assessments made against an older version keep their control.
"""

from airegister.catalog.choices import TermValueChoices
from airegister.catalog.loader import register_file_kind
from airegister.catalog.models import DataAttribute
from airegister.catalog.schema.definitions import DATE, NAME, SLUG, TEXT, URL, WEIGHT, enum, listing, obj

from .choices import ApplicabilityChoices, ControlCategoryChoices, QuestionKindChoices
from .facts import FOR_EACH
from .models import Assessment, Control, Framework, FrameworkClause, Playbook

APPLICABILITY = {"applies_to": enum(ApplicabilityChoices), "applies_value": TEXT}
VERSION = {"type": "integer", "minimum": 1}


def urn(kind: str) -> dict:
    return {"type": "string", "pattern": rf"^urn:airegister:{kind}:[a-z0-9][a-z0-9.:-]*$"}


FRAMEWORK = obj(
    {
        "slug": SLUG,
        "urn": urn("framework"),
        "updated": DATE,
        "version": VERSION,
        "name": NAME,
        "edition": TEXT,
        "publisher": TEXT,
        "url": URL,
        "licence": TEXT,
        "attribution": TEXT,
        "description": TEXT,
        "weight": WEIGHT,
        "groups": listing(obj({"ref_id": NAME, "name": NAME}, required=("ref_id", "name"))),
        "clauses": listing(
            obj({"ref_id": NAME, "urn": urn("clause"), "group": TEXT, "title": TEXT}, required=("ref_id", "urn"))
        ),
    },
    required=("slug", "urn", "updated", "version", "name", "clauses"),
)

QUESTION = obj(
    {
        "id": SLUG,
        "kind": enum(QuestionKindChoices),
        "text": NAME,
        "help": TEXT,
        "choices": {"type": "array", "items": NAME, "minItems": 2, "uniqueItems": True},
        # The recorded fact that answers the question: a data-handling attribute, and which answer each of its
        # values gives (yes/no questions default to yes -> yes, no -> no; text questions take the statement).
        "answered_by": obj(
            {"attribute": SLUG, "answers": {"type": "object", "additionalProperties": NAME}}, required=("attribute",)
        ),
        # Asked once per record of the subject: per safety commitment of the vendor (see governance.facts).
        "for_each": {"enum": list(FOR_EACH)},
    },
    required=("id", "kind", "text"),
)

CONTROL = obj(
    {
        "slug": SLUG,
        "urn": urn("control"),
        "version": VERSION,
        "updated": DATE,
        "name": NAME,
        "ref_id": TEXT,
        "category": enum(ControlCategoryChoices),
        "description": NAME,
        "objective": TEXT,
        "clauses": {"type": "array", "items": urn("clause"), "uniqueItems": True},
        "questionnaire": listing(QUESTION),
        "weight": WEIGHT,
        **APPLICABILITY,
    },
    required=("slug", "urn", "version", "updated", "name", "description"),
)

PLAYBOOK = obj(
    {
        "slug": SLUG,
        "updated": DATE,
        "question": NAME,
        "summary": NAME,
        "steps": TEXT,
        "related_controls": {"type": "array", "items": SLUG, "uniqueItems": True},
        "framework_references": {"type": "array", "items": urn("clause"), "uniqueItems": True},
        "weight": WEIGHT,
        **APPLICABILITY,
    },
    required=("slug", "updated", "question", "summary"),
)

FRAMEWORK_KEYS = (
    "urn", "name", "edition", "version", "publisher", "url", "licence", "attribution", "description", "groups",
    "weight",
)
CLAUSE_KEYS = ("ref_id", "title", "group")
CONTROL_KEYS = (
    "urn", "version", "name", "ref_id", "category", "description", "objective", "questionnaire", "weight",
    "applies_to", "applies_value",
)
PLAYBOOK_KEYS = ("question", "summary", "steps", "weight", "applies_to", "applies_value")


def write_framework(writer, doc) -> None:
    framework = writer.record(doc, (), Framework, FRAMEWORK_KEYS)
    kept = []
    for i, item in enumerate(doc.data["clauses"]):
        path = ("clauses", i)
        values = {**writer.values(item, FrameworkClause, CLAUSE_KEYS, weight=i), "framework_id": framework.pk}
        clause = writer.upsert(doc, path, FrameworkClause, {"urn": item["urn"]}, values, doc.stamp(item))
        kept.append(clause.pk)
    # A clause a newer version of the file no longer has is removed (with its links to controls); assessments
    # refer to controls, not to clauses, so none is lost.
    for gone in FrameworkClause.objects.filter(framework=framework).exclude(pk__in=kept):
        gone.delete()


def clause_pks(doc, key) -> list[int]:
    pks = []
    for i, clause_urn in enumerate(doc.data.get(key, [])):
        clause = FrameworkClause.objects.filter(urn=clause_urn).values_list("pk", flat=True).first()
        if clause is None:
            raise doc.error((key, i), f"unknown framework clause {clause_urn!r}")
        pks.append(clause)
    return pks


def check_answered_by(doc) -> None:
    """The attribute a question reads must exist, and each answer it maps a value to must be a valid answer."""
    for i, question in enumerate(doc.data.get("questionnaire", [])):
        answered_by = question.get("answered_by")
        if not answered_by:
            continue
        path = ("questionnaire", i, "answered_by")
        if not DataAttribute.objects.filter(slug=answered_by["attribute"]).exists():
            raise doc.error(path + ("attribute",), f"unknown data attribute {answered_by['attribute']!r}")
        for value, answer in answered_by.get("answers", {}).items():
            if value not in TermValueChoices.values():
                raise doc.error(path + ("answers", value), f"{value!r} is not a term value")
            error = Assessment.answer_error(question, answer)
            if error:
                raise doc.error(path + ("answers", value), error)


def write_control(writer, doc) -> None:
    clauses = clause_pks(doc, "clauses")
    check_answered_by(doc)
    if doc.data["urn"] != f"urn:airegister:control:{doc.data['slug']}":
        raise doc.error(("urn",), f"must be urn:airegister:control:{doc.data['slug']} (the slug is part of it)")
    values = writer.values(doc.data, Control, CONTROL_KEYS)
    lookup = {"slug": doc.data["slug"]}
    control = writer.upsert(doc, (), Control, lookup, values, doc.stamp(), m2m={"clauses": clauses})
    writer.by_slug.setdefault(Control, {})[control.slug] = control


def write_playbook(writer, doc) -> None:
    controls = [
        writer.ref(doc, ("related_controls", i), Control, slug).pk
        for i, slug in enumerate(doc.data.get("related_controls", []))
    ]
    values = writer.values(doc.data, Playbook, PLAYBOOK_KEYS)
    lookup = {"slug": doc.data["slug"]}
    m2m = {"related_controls": controls, "framework_references": clause_pks(doc, "framework_references")}
    writer.upsert(doc, (), Playbook, lookup, values, doc.stamp(), m2m=m2m)


def register() -> None:
    # Frameworks first (controls name their clauses), then controls (playbooks name the controls they relate to).
    register_file_kind("framework", "frameworks/<slug>.yaml", FRAMEWORK, write_framework)
    register_file_kind("control", "controls/<slug>.yaml", CONTROL, write_control)
    # Playbook guides are Markdown: front matter for the fields, the body for the steps.
    register_file_kind("playbook", "playbooks/<slug>.md", PLAYBOOK, write_playbook, body_key="steps")
