"""Assessments: a control applied to a subject (a vendor, a model, a channel offer or a use case), with its
questionnaire answers, evidence files, risk rating, assessor, reviewer sign-off, and the next review it schedules.

The subject is a generic relation, so this app names no app above it (use cases live in a higher layer); which
record types may be assessed is the list SUBJECT_TYPES.
"""

import datetime
import difflib
import os
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from airegister.core.models import ChangeLoggedModel

from .. import facts as fact_rules
from ..choices import AssessmentStatusChoices, DueStateChoices, QuestionKindChoices, RiskRatingChoices
from .controls import Control

# (app label, model name) of the records an assessment may be about, with how a person names each kind.
SUBJECT_TYPES = {
    ("catalog", "vendor"): "Vendor",
    ("catalog", "aimodel"): "Model",
    ("catalog", "modelavailability"): "Channel offer",
    ("usecases", "usecase"): "Use case",
}
DUE_SOON_DAYS = 30


def subject_type_q() -> models.Q:
    q = models.Q(pk__in=[])
    for app_label, model in SUBJECT_TYPES:
        q |= models.Q(app_label=app_label, model=model)
    return q


class ReviewInterval(ChangeLoggedModel):
    """How long an assessment of a given risk rating stays valid before its next review (admin-editable)."""

    risk_rating = models.CharField(max_length=10, choices=RiskRatingChoices.choices(), unique=True)
    days = models.PositiveIntegerField(help_text="Days from completion to the next review.")

    class Meta:
        ordering = ["days"]
        verbose_name = "review interval"

    def __str__(self):
        return f"{RiskRatingChoices.label(self.risk_rating)} risk: every {self.days} days"

    @classmethod
    def days_for(cls, risk_rating: str) -> int:
        days = cls.objects.filter(risk_rating=risk_rating).values_list("days", flat=True).first()
        return days if days is not None else RiskRatingChoices.DEFAULT_DAYS[risk_rating]


class AssessmentQuerySet(models.QuerySet):
    def scheduled(self):
        """The current review of each control and subject: done, with a next due date, not yet superseded."""
        return self.filter(status__in=AssessmentStatusChoices.DONE, next_due__isnull=False, superseded=False)

    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.scheduled().filter(next_due__lt=today)

    def due_soon(self, today=None, days=DUE_SOON_DAYS):
        today = today or timezone.localdate()
        return self.scheduled().filter(next_due__gte=today, next_due__lte=today + datetime.timedelta(days=days))

    def of_subject(self, obj):
        return self.filter(subject_type=ContentType.objects.get_for_model(obj), subject_id=obj.pk)


class Assessment(ChangeLoggedModel):
    control = models.ForeignKey(Control, on_delete=models.PROTECT, related_name="assessments")
    # The control as it was when the assessment started: a newer library version never rewrites it.
    control_version = models.PositiveIntegerField(default=1)
    questionnaire = models.JSONField(default=list, blank=True, editable=False)
    subject_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, related_name="+", limit_choices_to=subject_type_q
    )
    subject_id = models.PositiveBigIntegerField()
    subject = GenericForeignKey("subject_type", "subject_id")
    subject_name = models.CharField(max_length=300, blank=True, editable=False, help_text="As it was named.")
    status = models.CharField(
        max_length=20, choices=AssessmentStatusChoices.choices(), default=AssessmentStatusChoices.DRAFT
    )
    answers = models.JSONField(default=dict, blank=True, help_text='{"question-id": "answer", …}')
    risk_rating = models.CharField(max_length=10, choices=RiskRatingChoices.choices(), blank=True)
    summary = models.TextField(blank=True, help_text="The assessor's conclusion.")
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assessments_made", null=True, blank=True
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assessments_reviewed", null=True,
        blank=True,
    )
    signed_off_at = models.DateTimeField(null=True, blank=True)
    completed_on = models.DateField(null=True, blank=True)
    next_due = models.DateField(null=True, blank=True, db_index=True)
    # Set when a later assessment of the same control and subject is completed: its schedule replaces this one's.
    superseded = models.BooleanField(default=False)
    # A material change of the subject's facts since completion re-opens the review early (due at once).
    reopened_on = models.DateField(null=True, blank=True)
    reopened_by = models.ForeignKey(
        "core.ObjectChange", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text="The change of the subject's facts that re-opened the review.",
    )
    reopened_by_snapshot = models.ForeignKey(
        "sources.Snapshot", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text="The new reading of a commitment's source page that re-opened the review.",
    )
    # The recorded facts that filled answers in, as they were then: {"question-id": {"fact": {…} or null,
    # "answer": "yes", "confirmed_by": "…"}} (see governance.facts).
    facts = models.JSONField(default=dict, blank=True, editable=False)
    # Optional evidence notes of questions that take a verdict and optional evidence (a safety commitment's).
    notes = models.JSONField(default=dict, blank=True, help_text='{"question-id": "note"}')

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        ordering = ["-last_updated"]
        indexes = [models.Index(fields=["subject_type", "subject_id"], name="governance_assessment_subject")]

    def __str__(self):
        return f"{self.control.name if self.control_id else 'Assessment'} of {self.subject_name or 'a record'}"

    def save(self, *args, **kwargs):
        if self.subject_type_id and self.subject_id and not self.subject_name:
            subject = self.subject
            self.subject_name = str(subject) if subject is not None else ""
        if self._state.adding and self.control_id and not self.questionnaire:
            self.questionnaire = fact_rules.expand_questionnaire(list(self.control.questionnaire), self.subject)
            self.control_version = self.control.version
            self.prefill()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("governance:assessment", args=[self.pk])

    def clean(self):
        super().clean()
        if self.subject_type_id:
            key = (self.subject_type.app_label, self.subject_type.model)
            if key not in SUBJECT_TYPES:
                message = "Assessments are of vendors, models, channel offers and use cases."
                raise ValidationError({"subject_type": message})
            if self.subject_id and self.subject is None:
                raise ValidationError({"subject_id": "No such record."})
        if self.reviewer_id and self.reviewer_id == self.assessor_id:
            raise ValidationError({"reviewer": "The reviewer who signs off must be someone other than the assessor."})
        if self.status in AssessmentStatusChoices.DONE:
            errors = self.completion_errors()
            if errors:
                raise ValidationError({"__all__": errors})

    # --- questions and answers --------------------------------------------------------------------------

    @property
    def subject_kind(self) -> str:
        return SUBJECT_TYPES.get((self.subject_type.app_label, self.subject_type.model), "Record")

    @cached_property
    def evidence_by_question(self) -> dict:
        grouped = {}
        for evidence in self.evidence.all():
            grouped.setdefault(evidence.question_id, []).append(evidence)
        return grouped

    @property
    def questions(self) -> list[dict]:
        """The questions as asked (the control's questionnaire when the assessment started), with the answers."""
        rows = []
        for q in self.questionnaire:
            answer = self.answers.get(q["id"], "")
            evidence = self.evidence_by_question.get(q["id"], [])
            rows.append({**q, "answer": answer, "evidence": evidence, "answered": bool(answer or evidence),
                         "kind_label": QuestionKindChoices.label(q["kind"]), "fact": self.fact_rows.get(q["id"]),
                         "note": self.notes.get(q["id"], "")})
        return rows

    # --- facts that answer questions (governance.facts) --------------------------------------------------

    @property
    def reads_facts(self) -> bool:
        return any("answered_by" in q for q in self.questionnaire)

    @cached_property
    def fact_rows(self) -> dict:
        if not self.reads_facts:
            return {}
        return fact_rules.fact_rows(self.questionnaire, self.facts, fact_rules.lookup_for(self.subject))

    @property
    def stale_questions(self) -> list[str]:
        return [qid for qid, row in self.fact_rows.items() if row["stale"]]

    def prefill(self) -> bool:
        """Fill in, from the recorded facts, each unanswered question a fact answers that no fact has filled in
        yet. True if anything was filled in (the caller saves)."""
        if not self.reads_facts:
            return False
        lookup = fact_rules.lookup_for(self.subject)
        changed = False
        for q in self.questionnaire:
            if "answered_by" not in q or q["id"] in self.facts or self.answers.get(q["id"]):
                continue
            fact = fact_rules.fact_of(lookup.term(q["answered_by"]["attribute"]))
            if fact is None:
                continue  # not recorded: nothing to fill in
            answer = fact_rules.answer_from(q, fact)
            self.facts = {**self.facts, q["id"]: {"fact": fact, "answer": answer}}
            if answer:
                self.answers = {**self.answers, q["id"]: answer}
            changed = True
        self.__dict__.pop("fact_rows", None)
        return changed

    def confirm_facts(self, question_ids, user=None) -> None:
        """The assessor has seen the changed fact and kept or changed the answer: the fact now is the one kept."""
        rows = self.fact_rows
        kept = dict(self.facts)
        for qid in question_ids:
            if qid in rows and rows[qid]["stale"]:
                kept[qid] = {"fact": rows[qid]["now"], "answer": self.answers.get(qid, ""),
                             "confirmed_by": getattr(user, "username", "") or ""}
        self.facts = kept
        self.__dict__.pop("fact_rows", None)

    @staticmethod
    def answer_error(question: dict, value) -> str | None:
        kind = question["kind"]
        if kind == QuestionKindChoices.YES_NO and value not in ("", "yes", "no"):
            return "Answer yes or no."
        if kind == QuestionKindChoices.CHOICE and value not in ("", *question.get("choices", [])):
            return f"Choose one of: {', '.join(question.get('choices', []))}."
        if not isinstance(value, str):
            return "Give the answer as text."
        return None

    def completion_errors(self) -> list[str]:
        errors = []
        if not self.risk_rating:
            errors.append("Give a risk rating before completing the assessment.")
        missing = [q["id"] for q in self.questions if not q["answered"]]
        if missing:
            errors.append(f"Answer every question before completing it (unanswered: {', '.join(missing)}).")
        stale = self.stale_questions
        if stale:
            errors.append(
                f"The recorded fact behind an answer has changed: confirm or change it ({', '.join(stale)})."
            )
        return errors

    # --- the review cycle -------------------------------------------------------------------------------

    def complete(self, user, today=None, expected_last_updated=None):
        """Mark the assessment done and schedule its next review by its risk rating's interval."""
        today = today or timezone.localdate()
        errors = self.completion_errors()
        if errors:
            raise ValidationError(errors)
        self.status = AssessmentStatusChoices.COMPLETED
        self.completed_on = today
        self.assessor = self.assessor or user
        self.next_due = today + datetime.timedelta(days=ReviewInterval.days_for(self.risk_rating))
        self.full_clean()
        with transaction.atomic():
            self.save(expected_last_updated=expected_last_updated)
            earlier = Assessment.objects.filter(
                control_id=self.control_id, subject_type_id=self.subject_type_id, subject_id=self.subject_id,
                superseded=False, status__in=AssessmentStatusChoices.DONE,
            ).exclude(pk=self.pk)
            for older in earlier:
                older.superseded = True
                older.save()

    def sign_off(self, user, expected_last_updated=None):
        if self.status != AssessmentStatusChoices.COMPLETED:
            raise ValidationError("Only a completed assessment can be signed off.")
        if user.pk == self.assessor_id:
            raise ValidationError("The reviewer who signs off must be someone other than the assessor.")
        self.reviewer = user
        self.signed_off_at = timezone.now()
        self.status = AssessmentStatusChoices.SIGNED_OFF
        self.save(expected_last_updated=expected_last_updated)

    def reopen(self, change, today=None, snapshot=None):
        """A fact of the subject changed (`change`), or a commitment's source page was read anew (`snapshot`):
        the review is due now, and what caused it is kept."""
        today = today or timezone.localdate()
        self.reopened_on = today
        self.reopened_by = change
        self.reopened_by_snapshot = snapshot
        self.next_due = min(self.next_due, today) if self.next_due else today
        self.save()

    @property
    def reopening_diff(self) -> list[tuple[str, object, object]]:
        """(field, before, after) of the change that re-opened the review."""
        change = self.reopened_by
        if change is None:
            return []
        before, after = change.prechange_data or {}, change.postchange_data or {}
        keys = sorted(set(before) | set(after))
        return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]

    @property
    def reopening_page_diff(self) -> list[str]:
        """The lines of a commitment's source page that the reading which re-opened the review removed (-) or
        added (+), against the reading before it (at most 40)."""
        snapshot = self.reopened_by_snapshot
        if snapshot is None:
            return []
        before = snapshot.document.snapshots.filter(number__lt=snapshot.number).order_by("-number").first()
        old = before.text.splitlines() if before else []
        lines = [
            line for line in difflib.unified_diff(old, snapshot.text.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))
        ]
        return lines[:40]

    def due_state(self, today=None) -> str:
        if not self.next_due or self.superseded:
            return ""
        today = today or timezone.localdate()
        if self.next_due < today:
            return DueStateChoices.OVERDUE
        if self.next_due <= today + datetime.timedelta(days=DUE_SOON_DAYS):
            return DueStateChoices.DUE_SOON
        return DueStateChoices.SCHEDULED


class EvidenceStorage(FileSystemStorage):
    """Evidence files live under the var dir (`<VAR_DIR>/evidence/`), outside the static files and any URL the
    server maps: they are read only by the download view. The folder follows the setting when it changes."""

    @property
    def base_location(self):
        return str(Path(settings.VAR_DIR) / "evidence")

    @property
    def location(self):
        return os.path.abspath(self.base_location)


def evidence_storage():
    return EvidenceStorage()


def evidence_path(instance, filename) -> str:
    return f"{instance.assessment_id}/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


class Evidence(ChangeLoggedModel):
    """A file attached to an assessment (to one of its questions, or to the whole)."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="evidence")
    question_id = models.CharField(max_length=100, blank=True)
    file = models.FileField(storage=evidence_storage, upload_to=evidence_path, max_length=300)
    name = models.CharField(max_length=255, help_text="The file's name as uploaded.")
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, related_name="+", null=True, blank=True
    )

    class Meta:
        ordering = ["created"]
        verbose_name_plural = "evidence"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("governance:evidence_download", args=[self.pk])

    def get_changelog_parent(self):
        return self.assessment


class Reminder(models.Model):
    """A review reminder that was sent: one per assessment, kind (due soon / overdue) and due date, enforced by
    the database, so `airegister remind` run again, or on several machines at once, never sends it twice."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=20, choices=DueStateChoices.choices())
    due = models.DateField()
    recipients = models.TextField(blank=True)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(fields=["assessment", "kind", "due"], name="governance_reminder_once"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} reminder for {self.assessment}"
