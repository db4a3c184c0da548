"""Recorded facts that answer an assessment's questions, and the questions asked per safety commitment.

A question of a control may name the fact that answers it (`answered_by: {attribute: hipaa-baa}` in the control's
file). Which data term applies to the subject is the catalog's one rule (`catalog.profile.term_lookup`, resolved
by `catalog.terms.resolve_term`): a vendor and a model are answered by an all-channel term, a channel offer (and a
use case naming a model and a channel) by the term for that channel. The fact is kept on the assessment as it was
when it filled the answer in, with its citation, so the page can tell when the register's fact has since changed.

A question with `for_each: safety-commitment` is asked once per safety commitment of the vendor assessed.
"""

from airegister.catalog.models import AIModel, ModelAvailability, SafetyCommitment, Vendor
from airegister.catalog.profile import NOT_RECORDED, TermLookup, term_lookup

FOR_EACH = {"safety-commitment": "each of the vendor's published safety commitments"}
COMMITMENT_CHOICES = ["Honoured", "Not honoured", "Cannot tell"]
DEFAULT_YES_NO = {"yes": "yes", "no": "no"}


def subject_scope(subject) -> tuple:
    """(vendor id, model id, channel id) whose facts answer for the subject; a use case through the model and
    channel it names (read as attributes: the use case app is above this one)."""
    if isinstance(subject, Vendor):
        return subject.pk, None, None
    if isinstance(subject, AIModel):
        return subject.vendor_id, subject.pk, None
    if isinstance(subject, ModelAvailability):
        return subject.model.vendor_id, subject.model_id, subject.channel_id
    model = getattr(subject, "model", None)
    if isinstance(model, AIModel):
        return model.vendor_id, model.pk, getattr(subject, "channel_id", None)
    return None, None, None


def lookup_for(subject) -> TermLookup:
    return term_lookup(*subject_scope(subject))


def citation(record) -> dict:
    """What the page shows of a cited record's source: link, the document's own date, the date cited, excerpt."""
    source = record.source
    return {
        "source": source.title if source else "",
        "source_url": source.url if source else "",
        "source_page": source.get_absolute_url() if source else "",
        "published": source.published if source else "",
        "source_date": record.source_date.isoformat() if record.source_date else "",
        "excerpt": record.source_excerpt,
    }


def fact_of(term) -> dict | None:
    """A data term as an assessment keeps it (None: not recorded)."""
    if term is None:
        return None
    return {
        "term": term.pk,
        "attribute": term.attribute.name,
        "holder": str(term.model or term.vendor),
        "channel": term.channel.name if term.channel_id else "All channels",
        "value": term.value,
        "value_label": term.attribute.value_label(term.value),
        "statement": term.statement,
        **citation(term),
    }


def fingerprint(fact: dict | None):
    """What makes two readings of a fact the same fact: the record, its value, statement, source and excerpt."""
    if fact is None:
        return None
    return (fact["term"], fact["value"], fact["statement"], fact["source_url"], fact["excerpt"])


def answer_from(question: dict, fact: dict | None) -> str:
    """The answer the fact gives to the question ("" when it gives none by itself)."""
    if fact is None:
        return ""
    mapping = question["answered_by"].get("answers")
    if mapping is None and question["kind"] == "yes-no":
        mapping = DEFAULT_YES_NO
    if mapping is not None:
        return mapping.get(fact["value"], "")
    if question["kind"] == "text":
        return fact["statement"] or fact["value_label"]
    return ""


def expand_questionnaire(questionnaire: list[dict], subject) -> list[dict]:
    """The questions as asked of this subject: a `for_each: safety-commitment` question becomes one question per
    commitment of the vendor (honoured / not honoured / cannot tell, with optional evidence), each carrying the
    commitment's statement and citation."""
    asked = []
    for question in questionnaire:
        if question.get("for_each") != "safety-commitment":
            asked.append(question)
            continue
        vendor_id = subject_scope(subject)[0]
        commitments = SafetyCommitment.objects.filter(vendor_id=vendor_id).select_related("source")
        for commitment in commitments:
            asked.append({
                "id": f"{question['id']}--{commitment.slug}", "kind": "choice", "choices": COMMITMENT_CHOICES,
                "text": commitment.statement, "evidence": "optional",
                "commitment": {"slug": commitment.slug, "kind": commitment.get_kind_display(),
                               "source_slug": commitment.source.slug if commitment.source else "",
                               **citation(commitment)},
            })
    return asked


def fact_rows(questionnaire: list[dict], kept: dict, lookup: TermLookup) -> dict:
    """Per question a fact answers: the fact kept when it filled the answer in, the fact now, and whether the
    answer is stale (the fact changed since, and the assessor has not confirmed or changed the answer)."""
    rows = {}
    for question in questionnaire:
        if "answered_by" not in question:
            continue
        now = fact_of(lookup.term(question["answered_by"]["attribute"]))
        entry = kept.get(question["id"])
        recorded = entry["fact"] if entry else None
        rows[question["id"]] = {
            "prefilled": bool(entry), "recorded": recorded, "now": now,
            "answer": entry["answer"] if entry else "",
            "stale": bool(entry) and fingerprint(recorded) != fingerprint(now),
            "not_recorded": NOT_RECORDED if now is None else "",
        }
    return rows
