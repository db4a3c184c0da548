import django_tables2 as tables
from django.utils.html import format_html

from airegister.catalog.choices import FlagSeverityChoices
from airegister.catalog.tables import ChoiceBadgeColumn
from airegister.core.templatetags.register_ui import badge, partial_date
from airegister.sources.choices import DocumentTypeChoices, ProposedFactStatusChoices, SourceStatusChoices
from airegister.sources.models import SourceDocument

from .choices import FoundByChoices
from .models import FactChange, ProposedFact

NOT_CHECKED = format_html('<span class="not-recorded">{}</span>', "Not watched")


class SourceDocumentTable(tables.Table):
    title = tables.Column(linkify=True, verbose_name="Document")
    vendor = tables.Column(linkify=True, default="—")
    document_type = ChoiceBadgeColumn(DocumentTypeChoices, verbose_name="Type")
    published = tables.Column(default="Not recorded")
    # empty_values=(): rendered for a document never checked too ("Not yet" or "Not watched").
    status = tables.Column(verbose_name="Last check", order_by=("last_checked",), empty_values=())

    class Meta:
        model = SourceDocument
        fields = ("title", "vendor", "document_type", "published", "status")
        empty_text = "No source documents recorded."

    def render_published(self, value):
        return partial_date(value)

    def render_status(self, record):
        if not record.status:
            return NOT_CHECKED if not record.location else format_html('<span class="faint">{}</span>', "Not yet")
        when = record.last_checked.strftime("%b %-d, %Y %H:%M") if record.last_checked else ""
        return format_html(
            "{} <span class=\"faint small\">{}</span>",
            badge(SourceStatusChoices.label(record.status), SourceStatusChoices.color(record.status)), when,
        )


class ProposedFactTable(tables.Table):
    snapshot = tables.Column(
        linkify=True, verbose_name="Snapshot", order_by=("snapshot__document__title", "snapshot__number")
    )
    model_name = tables.Column(verbose_name="Model")
    field = tables.Column(verbose_name="Fact", order_by=("field", "key"))
    value = tables.Column(verbose_name="Proposed value", orderable=False)
    status = ChoiceBadgeColumn(ProposedFactStatusChoices)
    created = tables.DateTimeColumn(verbose_name="Read", format="M j, Y")

    class Meta:
        model = ProposedFact
        fields = ("snapshot", "model_name", "field", "value", "status", "created")
        empty_text = "No proposed facts match these filters."

    def render_model_name(self, record, value):
        if record.model_id:
            return format_html('<a href="{}">{}</a>', record.model.get_absolute_url(), record.model.name)
        return format_html('{} <span class="faint small">(not in the register)</span>', value)

    def render_field(self, record):
        return record.label

    def render_value(self, record):
        if record.llm_only:  # found only by the optional LLM reader: the reviewer should know
            return format_html("{} {}", record.value_text, badge(FoundByChoices.label(record.found_by),
                                                                FoundByChoices.color(record.found_by)))
        return record.value_text


class FactChangeTable(tables.Table):
    detected = tables.DateTimeColumn(verbose_name="Detected", format="M j, Y H:i")
    document = tables.Column(linkify=True, verbose_name="Source")
    model_name = tables.Column(verbose_name="Model")
    label = tables.Column(verbose_name="What changed", orderable=False)
    severity = tables.Column(verbose_name="Materiality")

    class Meta:
        model = FactChange
        fields = ("detected", "document", "model_name", "label", "severity")
        empty_text = "No change recorded."

    def render_label(self, record):
        return record.sentence

    def render_severity(self, value):
        return badge(FlagSeverityChoices.label(value), FlagSeverityChoices.color(value))
