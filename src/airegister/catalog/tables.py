import django_tables2 as tables
from django.db.models import Case, F, When
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

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


def short_partial_date(value) -> str:
    """ "2025-02-24" → "Feb 24, 2025", "2025-05" → "May 2025", "2025" → "2025" (a list column is narrow)."""
    text = partial_date(value)
    month = text.split(" ", 1)[0]
    return text.replace(month, month[:3], 1) if month.isalpha() and len(month) > 3 else text


class CompareColumn(tables.Column):
    """A tick box per model for the compare form above the table (`form=` ties it to that form)."""

    def __init__(self, form_id="compare-form", **kwargs):
        self.form_id = form_id
        kwargs.setdefault("verbose_name", format_html('<span class="visually-hidden">{}</span>', "Compare"))
        # A control of the page, not data: never in the CSV export.
        kwargs.setdefault("exclude_from_export", True)
        super().__init__(accessor="slug", orderable=False, empty_values=(), **kwargs)

    def render(self, record):
        return format_html(
            '<input type="checkbox" name="models" value="{}" form="{}" aria-label="Compare {}">',
            record.slug, self.form_id, record.name,
        )


class MatchingChannelsColumn(tables.Column):
    """The channels where a model's data-handling terms answer the list's term filters (`term_queries`); its
    `described` ({model id: [{"name", "terms", …}]}) is filled once the page's models are known."""

    def __init__(self, **kwargs):
        self.described: dict = {}
        super().__init__(accessor="pk", orderable=False, empty_values=(), verbose_name="Matched on", **kwargs)

    def render(self, record):
        return format_html_join(
            mark_safe("<br>"), '<span title="{}">{}</span>{}',
            ((_term_summary(entry), entry["name"], _conditional(entry)) for entry in self.described.get(record.pk, ())),
        )


def _conditional(entry):
    """A conditional term is an option with strings attached: said next to the channel, not only on hover."""
    if any(term["value"] == "conditional" for term in entry["terms"]):
        return format_html(' <span class="small faint">{}</span>', "(conditional)")
    return ""


def _term_summary(entry) -> str:
    return "; ".join(
        f"{term['attribute']}: {term['value']}" + (f" ({', '.join(term['regions'])})" if term["regions"] else "")
        + (" — the vendor's term" if term["inherited"] else "")
        for term in entry["terms"]
    )


class AIModelTable(tables.Table):
    compare = CompareColumn(attrs={"td": {"class": "tick"}, "th": {"class": "tick"}})
    name = tables.Column(verbose_name="Model")
    vendor = tables.Column(linkify=True, order_by=("vendor__name", "name"), default=NOT_RECORDED)
    release_date = tables.Column(verbose_name="Released", default=NOT_RECORDED, attrs={"td": {"class": "nowrap"}})
    lifecycle_status = ChoiceBadgeColumn(LifecycleStatusChoices, verbose_name="Status", default=NOT_RECORDED)
    retirement_date = tables.Column(verbose_name="Retires", default=NOT_RECORDED, empty_values=())
    offer_count = tables.Column(verbose_name="Offers", attrs=NUMERIC)
    active_flag_count = tables.Column(verbose_name="Flags", attrs=NUMERIC)

    class Meta:
        model = AIModel
        fields = (
            "compare", "name", "vendor", "release_date", "lifecycle_status", "retirement_date",
            "offer_count", "active_flag_count",
        )
        empty_text = "No model matches these filters."
        attrs = {"class": "model-table"}

    def render_name(self, record, value):
        """The name, with its family and tier under it (the tier is a filter; a column of its own would crowd)."""
        tier = badge(TierChoices.label(record.tier), TierChoices.color(record.tier)) if record.tier else ""
        family = format_html("{}", record.family) if record.family else ""
        under = format_html('<div class="small faint">{} {}</div>', family, tier) if (family or tier) else ""
        return format_html('<a class="model-name" href="{}">{}</a>{}', record.get_absolute_url(), value, under)

    def value_name(self, value):
        # The export's cell: the name alone (the family and tier under it on the page are layout).
        return value

    def render_release_date(self, value):
        return short_partial_date(value)

    def order_retirement_date(self, queryset, is_descending):
        """By the date the column shows (the earlier of the model's and its next offer's), unknown dates last."""
        own, offer = F("retirement_date"), F("next_offer_retirement")
        ends = Case(
            When(retirement_date__isnull=True, then=offer),
            When(next_offer_retirement__isnull=True, then=own),
            When(retirement_date__lte=offer, then=own),
            default=offer,
        )
        ordered = ends.desc(nulls_last=True) if is_descending else ends.asc(nulls_last=True)
        return queryset.order_by(ordered, "name"), True

    def render_retirement_date(self, record):
        """The model's own retirement date, or its next offer's (from today on) when that comes first, marked."""
        own, offer = record.retirement_date, getattr(record, "next_offer_retirement", None)
        if own and (not offer or own <= offer):
            past = format_html(' <span class="faint">{}</span>', "(past)") if own < timezone.localdate() else ""
            return format_html('<span class="nowrap">{}{}</span>', own.isoformat(), past)
        if offer:
            return format_html(
                '<span class="nowrap" title="The first of its offers to retire">{} <span class="faint">(offer)</span>'
                "</span>",
                offer.isoformat(),
            )
        return NOT_RECORDED

    def render_offer_count(self, value):
        return value if value else format_html('<span class="faint">{}</span>', 0)

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

