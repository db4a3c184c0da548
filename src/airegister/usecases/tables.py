import django_tables2 as tables
from django.utils.html import format_html

from airegister.catalog.tables import NOT_RECORDED, ChoiceBadgeColumn
from airegister.requirements.templatetags.checks import verdict_badge

from .choices import UseCaseStatusChoices
from .models import UseCase


class UseCaseTable(tables.Table):
    """Rows are use cases carrying `live` (services.LiveResult): the check result now, not a stored one."""

    name = tables.Column(linkify=True, verbose_name="Use case")
    owner = tables.Column()
    status = ChoiceBadgeColumn(UseCaseStatusChoices)
    model = tables.Column(linkify=True, default=NOT_RECORDED, order_by=("model__name",))
    channel = tables.Column(default=NOT_RECORDED, order_by=("channel__name",))
    data = tables.Column(empty_values=(), orderable=False, verbose_name="Data")
    verdict = tables.Column(empty_values=(), orderable=False, verbose_name="Check now")

    class Meta:
        model = UseCase
        fields = ("name", "owner", "status", "model", "channel", "data", "verdict")
        empty_text = "No use case recorded."

    def render_data(self, record):
        names = [c.name for c in record.data_classes.all()] + [r.code for r in record.regions.all()]
        return ", ".join(names) if names else format_html('<span class="faint">{}</span>', "—")

    def render_verdict(self, record):
        live = getattr(record, "live", None)
        if live is None or live.option is None:
            return format_html('<span class="not-recorded">{}</span>', "No model recorded")
        badge_html = verdict_badge(live.verdict)
        if live.changed_since_review:
            return format_html('{} <span class="small muted">(was {})</span>', badge_html, record.reviewed_verdict)
        return badge_html
