"""Forms of the assessment pages: start an assessment (a control and a subject), answer it, attach evidence."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError

from airegister.core.admin_base import ConcurrencyFormMixin

from .choices import QuestionKindChoices, RiskRatingChoices
from .evidence import check_evidence_file
from .models import SUBJECT_TYPES, Assessment, Control

ANSWER_PREFIX = "answer__"
EVIDENCE_PREFIX = "evidence__"
CONFIRM_PREFIX = "confirm__"
NOTE_PREFIX = "note__"


def subject_choices() -> list:
    """Every record an assessment may be about, grouped by kind: value "app.model:id"."""
    groups = []
    for (app_label, model), label in SUBJECT_TYPES.items():
        ct = ContentType.objects.get_by_natural_key(app_label, model)
        model_class = ct.model_class()
        if model_class is None:
            continue
        queryset = model_class.objects.all()
        if model == "modelavailability":
            queryset = queryset.select_related("model", "channel")
        groups.append((label, [(f"{app_label}.{model}:{obj.pk}", str(obj)) for obj in queryset]))
    return groups


def parse_subject(value: str):
    """(content type, id) of "app.model:id", or ValidationError."""
    type_part, _, pk = (value or "").partition(":")
    app_label, _, model = type_part.partition(".")
    if (app_label, model) not in SUBJECT_TYPES or not pk.isdigit():
        raise ValidationError("Choose a vendor, model, channel offer or use case.")
    ct = ContentType.objects.get_by_natural_key(app_label, model)
    if not ct.model_class().objects.filter(pk=int(pk)).exists():
        raise ValidationError("That record no longer exists.")
    return ct, int(pk)


class AssessmentStartForm(forms.Form):
    control = forms.ModelChoiceField(queryset=Control.objects.all(), to_field_name="slug", empty_label=None)
    subject = forms.ChoiceField(help_text="The vendor, model, channel offer or use case the control is applied to.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subject"].choices = [("", "—")] + subject_choices()

    def clean_subject(self):
        return parse_subject(self.cleaned_data["subject"])


class AssessmentForm(ConcurrencyFormMixin, forms.ModelForm):
    """The answers, risk rating and summary of an assessment; one field per question of its questionnaire."""

    change_message = forms.CharField(
        required=False, max_length=500, help_text="Optional: why you made this change. Kept in the history."
    )

    class Meta:
        model = Assessment
        fields = ["risk_rating", "summary"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["risk_rating"].choices = [("", "Not rated yet")] + RiskRatingChoices.choices()
        for q in self.instance.questionnaire:
            self.fields[ANSWER_PREFIX + q["id"]] = self.answer_field(q)
            if q["kind"] == QuestionKindChoices.EVIDENCE or q.get("evidence") == "optional":
                self.fields[EVIDENCE_PREFIX + q["id"]] = forms.FileField(
                    required=False, label="Attach a file" + (" (optional)" if q.get("evidence") else ""),
                    help_text="PDF, image, office document or text; 10 MB at most.",
                )
            if q.get("evidence") == "optional":
                self.fields[NOTE_PREFIX + q["id"]] = forms.CharField(
                    required=False, max_length=5000, label="Evidence note (optional)",
                    widget=forms.Textarea(attrs={"rows": 2}),
                )
                self.initial[NOTE_PREFIX + q["id"]] = self.instance.notes.get(q["id"], "")
            if q["id"] in self.instance.stale_questions:
                self.fields[CONFIRM_PREFIX + q["id"]] = forms.BooleanField(
                    required=False, label="I have seen the changed fact; keep this answer",
                )
            self.initial[ANSWER_PREFIX + q["id"]] = self.instance.answers.get(q["id"], "")

    def question_rows(self) -> list[dict]:
        """Per question, in order: the question as asked, its fields, and the fact that answers it (if any)."""
        rows = []
        for q in self.instance.questionnaire:
            qid = q["id"]
            rows.append({
                "question": q, "answer": self[ANSWER_PREFIX + qid],
                "evidence": self[EVIDENCE_PREFIX + qid] if EVIDENCE_PREFIX + qid in self.fields else None,
                "confirm": self[CONFIRM_PREFIX + qid] if CONFIRM_PREFIX + qid in self.fields else None,
                "note": self[NOTE_PREFIX + qid] if NOTE_PREFIX + qid in self.fields else None,
                "fact": self.instance.fact_rows.get(qid),
            })
        return rows

    @staticmethod
    def answer_field(q) -> forms.Field:
        label, kind = q["text"], q["kind"]
        if kind == QuestionKindChoices.YES_NO:
            choices = [("", "Not answered"), ("yes", "Yes"), ("no", "No")]
            return forms.ChoiceField(label=label, choices=choices, required=False, widget=forms.RadioSelect)
        if kind == QuestionKindChoices.CHOICE:
            choices = [("", "Not answered")] + [(c, c) for c in q.get("choices", [])]
            return forms.ChoiceField(label=label, choices=choices, required=False)
        help_text = "A note on the evidence (optional)." if kind == QuestionKindChoices.EVIDENCE else ""
        return forms.CharField(
            label=label, required=False, max_length=5000, help_text=help_text,
            widget=forms.Textarea(attrs={"rows": 2 if kind == QuestionKindChoices.EVIDENCE else 3}),
        )

    def has_changed(self):
        return super().has_changed() or any(name.startswith(EVIDENCE_PREFIX) for name in self.files)

    def clean(self):
        cleaned = super().clean()
        self.uploads = []
        for q in self.instance.questionnaire:
            upload = cleaned.get(EVIDENCE_PREFIX + q["id"])
            if upload:
                try:
                    sha256 = check_evidence_file(upload)
                except ValidationError as exc:
                    self.add_error(EVIDENCE_PREFIX + q["id"], exc)
                else:
                    self.uploads.append((q["id"], upload, sha256))
        return cleaned

    def save(self, commit=True):
        answers = dict(self.instance.answers)
        confirmed = []
        for qid, row in self.instance.fact_rows.items():
            new = (self.cleaned_data.get(ANSWER_PREFIX + qid) or "").strip()
            if row["stale"] and (self.cleaned_data.get(CONFIRM_PREFIX + qid) or new != answers.get(qid, "")):
                confirmed.append(qid)  # kept on purpose, or changed: the fact now is the one the answer rests on
        for q in self.instance.questionnaire:
            value = (self.cleaned_data.get(ANSWER_PREFIX + q["id"]) or "").strip()
            if value:
                answers[q["id"]] = value
            else:
                answers.pop(q["id"], None)
        self.instance.answers = answers
        notes = dict(self.instance.notes)
        for name, value in self.cleaned_data.items():
            if name.startswith(NOTE_PREFIX):
                qid = name[len(NOTE_PREFIX):]
                if (value or "").strip():
                    notes[qid] = value.strip()
                else:
                    notes.pop(qid, None)
        self.instance.notes = notes
        self.instance.confirm_facts(confirmed, self.user)
        return super().save(commit)
