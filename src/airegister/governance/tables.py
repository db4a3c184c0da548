import django_tables2 as tables

from airegister.catalog.tables import ChoiceBadgeColumn

from .choices import AssessmentStatusChoices, ControlCategoryChoices, RiskRatingChoices
from .models import Assessment, Control, Framework, Playbook


class ControlTable(tables.Table):
    ref_id = tables.Column(verbose_name="Ref", default="—")
    name = tables.Column(linkify=True, verbose_name="Control")
    category = ChoiceBadgeColumn(ControlCategoryChoices, default="Not recorded")
    clause_count = tables.Column(verbose_name="Framework clauses", orderable=False)
    applies_to = tables.Column(accessor="applicability_text", verbose_name="Applies to", orderable=False)

    class Meta:
        model = Control
        fields = ("ref_id", "name", "category", "clause_count", "applies_to")
        empty_text = "No controls recorded."


class PlaybookTable(tables.Table):
    question = tables.Column(linkify=True, verbose_name="Guide")
    summary = tables.Column(orderable=False)
    applies_to = tables.Column(accessor="applicability_text", verbose_name="Applies to", orderable=False)

    class Meta:
        model = Playbook
        fields = ("question", "summary", "applies_to")
        empty_text = "No playbook guides recorded."


class FrameworkTable(tables.Table):
    name = tables.Column(linkify=True, verbose_name="Framework")
    edition = tables.Column(default="—")
    publisher = tables.Column(default="Not recorded")
    clause_count = tables.Column(verbose_name="Clauses", orderable=False)
    covered = tables.TemplateColumn(
        template_name="governance/includes/coverage_cell.html", verbose_name="Served by a control", orderable=False
    )

    class Meta:
        model = Framework
        fields = ("name", "edition", "publisher", "clause_count", "covered")
        empty_text = "No framework references loaded. Run `airegister load-catalog`."


class AssessmentTable(tables.Table):
    id = tables.Column(linkify=True, verbose_name="#")
    control = tables.Column(linkify=True, accessor="control__name", verbose_name="Control")
    subject_name = tables.TemplateColumn(
        template_name="governance/includes/subject_cell.html", verbose_name="Subject", order_by=("subject_name",)
    )
    status = ChoiceBadgeColumn(AssessmentStatusChoices)
    risk_rating = ChoiceBadgeColumn(RiskRatingChoices, default="Not rated")
    next_due = tables.TemplateColumn(
        template_name="governance/includes/due_cell.html", verbose_name="Next review", order_by=("next_due",)
    )

    class Meta:
        model = Assessment
        fields = ("id", "control", "subject_name", "status", "risk_rating", "next_due")
        empty_text = "No assessments recorded."
