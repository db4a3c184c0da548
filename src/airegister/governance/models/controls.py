from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from airegister.catalog.choices import LifecycleStatusChoices, TierChoices
from airegister.core.models import ChangeLoggedModel

from ..choices import ApplicabilityChoices, ControlCategoryChoices, QuestionKindChoices
from .frameworks import FrameworkClause

URN_PREFIX = "urn:airegister:control:"


def validate_questionnaire(questions) -> None:
    """A control's questions: a list of {id, text, kind, choices (for kind choice), help}, ids unique."""
    if not isinstance(questions, list):
        raise ValidationError("Give a list of questions.")
    seen = set()
    for n, question in enumerate(questions, start=1):
        if not isinstance(question, dict) or not question.get("id") or not question.get("text"):
            raise ValidationError(f"Question {n} needs an id and a text.")
        if question["id"] in seen:
            raise ValidationError(f"Question {n}: the id {question['id']!r} is used twice.")
        seen.add(question["id"])
        kind = question.get("kind")
        if kind not in QuestionKindChoices.values():
            raise ValidationError(
                f"Question {n}: unknown kind {kind!r}; valid: {', '.join(QuestionKindChoices.values())}."
            )
        choices = question.get("choices")
        if kind == QuestionKindChoices.CHOICE and not (isinstance(choices, list) and len(choices) >= 2):
            raise ValidationError(f"Question {n}: a choice question needs at least two choices.")


class ApplicabilityMixin(models.Model):
    """A record that applies to the models its rule selects (controls, playbook guides)."""

    applies_to = models.CharField(
        max_length=20, choices=ApplicabilityChoices.choices(), default=ApplicabilityChoices.THIRD_PARTY
    )
    applies_value = models.CharField(
        max_length=200, blank=True, help_text="For tier, vendor or status rules: the value(s), comma-separated."
    )

    class Meta:
        abstract = True

    @property
    def applies_values(self) -> list[str]:
        return [v.strip() for v in self.applies_value.split(",") if v.strip()]

    def clean(self):
        super().clean()
        rule = self.applies_to
        if rule in ApplicabilityChoices.NEEDS_VALUE and not self.applies_values:
            raise ValidationError({"applies_value": "This rule needs a value."})
        valid = {
            ApplicabilityChoices.TIER: TierChoices.values(),
            ApplicabilityChoices.LIFECYCLE_STATUS: LifecycleStatusChoices.values(),
        }.get(rule)
        if valid is not None:
            bad = [v for v in self.applies_values if v not in valid]
            if bad:
                message = f"Unknown value(s) {', '.join(bad)}; valid: {', '.join(valid)}."
                raise ValidationError({"applies_value": message})

    def applies_to_model(self, model, has_active_flag: bool) -> bool:
        rule = self.applies_to
        if rule == ApplicabilityChoices.ALL_MODELS:
            return True
        if rule == ApplicabilityChoices.THIRD_PARTY:
            # A model whose maker is not recorded is still not ours.
            return model.vendor is None or model.vendor.is_third_party
        if rule == ApplicabilityChoices.TIER:
            return model.tier in self.applies_values
        if rule == ApplicabilityChoices.VENDOR:
            return model.vendor is not None and model.vendor.slug in self.applies_values
        if rule == ApplicabilityChoices.LIFECYCLE_STATUS:
            return model.lifecycle_status in self.applies_values
        if rule == ApplicabilityChoices.HAS_ACTIVE_FLAG:
            return has_active_flag
        return False

    @property
    def applicability_text(self) -> str:
        label = ApplicabilityChoices.label(self.applies_to)
        if self.applies_to in ApplicabilityChoices.NEEDS_VALUE:
            return label.replace("…", ", ".join(self.applies_values))
        return label


class Control(ApplicabilityMixin, ChangeLoggedModel):
    """A governance control from the control library: run as assessments, at an interval set by their risk."""

    urn = models.CharField(
        max_length=200, unique=True, blank=True, help_text="Stable identifier: urn:airegister:control:<slug>."
    )
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    version = models.PositiveIntegerField(default=1, help_text="Version of the library file it was loaded from.")
    ref_id = models.CharField(max_length=30, blank=True, help_text="Short reference, e.g. TPR-01.")
    category = models.CharField(max_length=30, choices=ControlCategoryChoices.choices(), blank=True)
    description = models.TextField()
    objective = models.TextField(blank=True)
    questionnaire = models.JSONField(
        default=list, blank=True, validators=[validate_questionnaire],
        help_text='[{"id": "security-review", "text": "…?", "kind": "yes-no"}, …]; kinds: yes-no, text, choice '
        "(with choices), evidence.",
    )
    clauses = models.ManyToManyField(
        FrameworkClause, blank=True, related_name="controls", help_text="The framework clauses this control serves."
    )
    weight = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["weight", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.urn and self.slug:
            self.urn = URN_PREFIX + self.slug
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("governance:control", args=[self.slug])

    def clean(self):
        if not self.urn and self.slug:
            self.urn = URN_PREFIX + self.slug
        super().clean()

    @property
    def questions(self) -> list[dict]:
        """The questionnaire, each question with its kind in words."""
        return [{**q, "kind_label": QuestionKindChoices.label(q.get("kind"))} for q in self.questionnaire]


class Playbook(ApplicabilityMixin, ChangeLoggedModel):
    """A playbook guide: a question governance teams ask, a summary and steps (Markdown)."""

    question = models.CharField(max_length=300, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    summary = models.TextField()
    steps = models.TextField(blank=True, help_text="Markdown; rendered sanitised.")
    related_controls = models.ManyToManyField(Control, blank=True, related_name="playbooks")
    framework_references = models.ManyToManyField(
        FrameworkClause, blank=True, related_name="playbooks", help_text="Framework clauses the guide helps meet."
    )
    weight = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["weight", "question"]
        verbose_name = "playbook guide"

    def __str__(self):
        return self.question

    def get_absolute_url(self):
        return reverse("governance:playbook", args=[self.slug])
