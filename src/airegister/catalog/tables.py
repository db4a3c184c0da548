import django_tables2 as tables
from django.utils.html import format_html

from airegister.core.templatetags.register_ui import badge, partial_date

from .choices import ChannelKindChoices, LifecycleStatusChoices, TierChoices
from .models import AIModel, Channel, Vendor

NOT_RECORDED = format_html('<span class="not-recorded">{}</span>', "Not recorded")
NUMERIC = {"td": {"class": "num"}, "th": {"class": "num"}}


class ChoiceBadgeColumn(tables.Column):
    """A choice field shown as a badge coloured by its ChoiceSet."""

    def __init__(self, choice_set, *args, **kwargs):
        self.choice_set = choice_set
        super().__init__(*args, **kwargs)

    def render(self, record, bound_column):
        # django-tables2 hands `render` the display label of a choice field; the colour needs the stored value.
        value = bound_column.accessor.resolve(record)
        return badge(self.choice_set.label(value), self.choice_set.color(value))


class AIModelTable(tables.Table):
    name = tables.Column(linkify=True, verbose_name="Model")
    vendor = tables.Column(linkify=True, order_by=("vendor__name", "name"), default=NOT_RECORDED)
    tier = ChoiceBadgeColumn(TierChoices, default=NOT_RECORDED)
    release_date = tables.Column(verbose_name="Released", default=NOT_RECORDED)
    lifecycle_status = ChoiceBadgeColumn(LifecycleStatusChoices, verbose_name="Status", default=NOT_RECORDED)
    active_flag_count = tables.Column(verbose_name="Active flags", attrs=NUMERIC)

    class Meta:
        model = AIModel
        fields = ("name", "vendor", "tier", "release_date", "lifecycle_status", "active_flag_count")
        empty_text = "No model matches these filters."

    def render_release_date(self, value):
        return partial_date(value)

    def render_active_flag_count(self, value):
        return badge(value, "red") if value else format_html('<span class="faint">{}</span>', 0)


class VendorTable(tables.Table):
    name = tables.Column(linkify=True, verbose_name="Vendor")
    model_count = tables.Column(verbose_name="Models", attrs=NUMERIC)
    website = tables.URLColumn(default=NOT_RECORDED)
    trust_center_url = tables.URLColumn(verbose_name="Trust centre", default=NOT_RECORDED)

    class Meta:
        model = Vendor
        fields = ("name", "model_count", "website", "trust_center_url")
        empty_text = "No vendors recorded."


class ChannelTable(tables.Table):
    name = tables.Column(linkify=True, verbose_name="Channel")
    kind = ChoiceBadgeColumn(ChannelKindChoices)
    operator = tables.Column()
    model_count = tables.Column(verbose_name="Models", attrs=NUMERIC)

    class Meta:
        model = Channel
        fields = ("name", "kind", "operator", "model_count")
        empty_text = "No channels recorded."

