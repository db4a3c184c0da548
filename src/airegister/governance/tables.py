import django_tables2 as tables

from airegister.catalog.tables import ChoiceBadgeColumn

from .choices import ControlCategoryChoices
from .models import Control, Playbook


class ControlTable(tables.Table):
    ref_id = tables.Column(verbose_name="Ref", default="—")
    name = tables.Column(linkify=True, verbose_name="Control")
    category = ChoiceBadgeColumn(ControlCategoryChoices, default="Not recorded")
    review_interval_days = tables.Column(verbose_name="Interval", default="Not recorded")
    applies_to = tables.Column(accessor="applicability_text", verbose_name="Applies to", orderable=False)

    class Meta:
        model = Control
        fields = ("ref_id", "name", "category", "review_interval_days", "applies_to")
        empty_text = "No controls recorded."

    def render_review_interval_days(self, value):
        return f"Every {value} days"


class PlaybookTable(tables.Table):
    question = tables.Column(linkify=True, verbose_name="Guide")
    summary = tables.Column(orderable=False)
    applies_to = tables.Column(accessor="applicability_text", verbose_name="Applies to", orderable=False)

    class Meta:
        model = Playbook
        fields = ("question", "summary", "applies_to")
        empty_text = "No playbook guides recorded."
