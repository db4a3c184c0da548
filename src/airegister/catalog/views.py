import datetime
from dataclasses import dataclass

from django.core.paginator import EmptyPage
from django.db.models import Count, F, Q
from django.shortcuts import render
from django.utils import timezone
from django.views.generic import View

from airegister.core import charts
from airegister.core.export import csv_response, wants_csv
from airegister.core.pagecache import CachedPageMixin
from airegister.core.views import (
    PAGE_SIZE,
    ObjectHistoryView,
    ObjectListView,
    ObjectView,
    changes_for,
    changes_of_type,
    use_checkboxes,
)
from airegister.core.views import paginate as core_paginate

from .filtersets import AIModelFilterSet, ChannelFilterSet, VendorFilterSet, with_list_columns
from .models import AIModel, Channel, DataAttribute, DataTerm, ModelAvailability, SafetyDocument, UseRestriction, Vendor
from .tables import AIModelTable, ChannelTable, MatchingChannelsColumn, VendorTable
from .term_queries import describe_matches
from .terms import resolve_term, split_terms
from .timeline import WINDOW_DAYS, build_timeline, ending_dates
from .transparency import vendor_transparency


def model_history(model: AIModel):
    """The changes behind a model's profile, newest first: the model and its own facts, its vendor and the
    vendor's facts (which the model inherits), and the channels its availability and terms are on."""
    channels = Channel.objects.filter(
        Q(availabilities__model=model)
        | Q(data_terms__model=model)
        | Q(data_terms__vendor_id=model.vendor_id, data_terms__model__isnull=True)
    ).values_list("pk", flat=True)
    return changes_for(model, model.vendor, extra=changes_of_type(Channel, channels))


@dataclass
class MatrixRow:
    attribute: DataAttribute
    cells: list  # one DataTerm or None per column


def term_matrix(terms, attributes):
    """Attributes × channels: the columns are the channels the terms are on ("All channels" first)."""
    columns, seen = [], set()
    for term in sorted(terms, key=lambda t: (t.channel_id is not None, t.channel.weight if t.channel_id else 0)):
        if term.channel_id not in seen:
            seen.add(term.channel_id)
            columns.append(term.channel)
    lookup = {(t.attribute_id, t.channel_id): t for t in terms}
    rows = [
        MatrixRow(attribute, [lookup.get((attribute.pk, c.pk if c else None)) for c in columns])
        for attribute in attributes
    ]
    return columns, [row for row in rows if any(row.cells)]


PER_PAGE_CHOICES = (25, 50, 100, 200)
TIMELINE_ROWS = 100  # rows of the timeline's table per page
@dataclass
class ModelTermRow:
    model: AIModel
    attribute: DataAttribute
    cells: list  # per column: the term that applies to the model there (its own or the vendor's), or None


def model_term_rows(terms, attributes):
    """For each model with terms of its own, each attribute it has one for: the term that applies on every
    channel any of the vendor's terms name ("All channels" first), resolved as everywhere (`resolve_term`)."""
    columns, seen = [None], {None}
    for term in sorted(terms, key=lambda t: (t.channel_id is not None, t.channel.weight if t.channel_id else 0)):
        if term.channel_id not in seen:
            seen.add(term.channel_id)
            columns.append(term.channel)
    by_model = {}
    for term in terms:
        if term.model_id:
            by_model.setdefault(term.model_id, (term.model, []))[1].append(term)
    _own, inherited = split_terms(terms, None)
    rows = []
    for model, own_terms in sorted(by_model.values(), key=lambda entry: entry[0].name):
        own = split_terms(own_terms, model.pk)[0]
        for attribute in attributes:
            if any(key[0] == attribute.pk for key in own):
                cells = [resolve_term(own, inherited, attribute.pk, c.pk if c else None) for c in columns]
                rows.append(ModelTermRow(model, attribute, cells))
    return columns, rows


class AIModelListView(CachedPageMixin, ObjectListView):
    """The catalog: every filter a query parameter (a bad value is named on the page, never a 500), sortable,
    paginated, with tick boxes for the compare page. A fixed number of queries whatever the catalog's size."""

    queryset = AIModel.objects.select_related("vendor")
    filterset = AIModelFilterSet
    table = AIModelTable
    template_name = "catalog/model_list.html"
    title = "Catalog"
    lead = (
        "Third-party AI models, their vendors, tiers and status. Open a model for its data handling, "
        "restrictions, safety documentation and the governance controls that apply; tick two to four to compare them."
    )

    def get_queryset(self, request):
        queryset = with_list_columns(self.queryset)
        # Models whose maker is not recorded come last, not first as NULLs sort on some databases.
        return queryset.order_by(F("vendor__name").asc(nulls_last=True), "name")

    def get(self, request):
        problems = []
        filterset = self.filterset(request.GET, queryset=self.get_queryset(request), request=request)
        use_checkboxes(filterset.form)
        if filterset.is_valid():
            queryset = filterset.qs
        else:
            queryset = filterset.queryset.none()
            problems += [
                f"{getattr(filterset.form.fields.get(name), 'label', None) or name}: {' '.join(errors)}"
                for name, errors in filterset.form.errors.items()
            ]
        matched_on = MatchingChannelsColumn() if filterset.term_matches is not None else None
        table = self.table(queryset, extra_columns=[("matching_channels", matched_on)] if matched_on else ())
        sortable = {name for name, column in table.columns.items() if column.orderable}
        sort = [s.strip() for value in request.GET.getlist("sort") for s in value.split(",") if s.strip()]
        unknown = [s for s in sort if s.removeprefix("-") not in sortable]
        if unknown:
            problems.append(f"Cannot sort by “{', '.join(unknown)}”; sort by one of {', '.join(sorted(sortable))}.")
        per_page = request.GET.get("per_page", "")
        if per_page and per_page not in {str(n) for n in PER_PAGE_CHOICES}:
            problems.append(f"Per page: give one of {', '.join(str(n) for n in PER_PAGE_CHOICES)}.")
            per_page = ""
        if sort and not unknown:
            table.order_by = ",".join(sort)
        if wants_csv(request):
            return csv_response(table, "models")
        paginate(table, request.GET.get("page", ""), int(per_page or PAGE_SIZE))
        if matched_on is not None:
            matched_on.described = describe_matches(
                {row.record.pk: filterset.term_matches[row.record.pk] for row in table.page.object_list}
            )
        table.request = request
        context = {
            "table": table, "filterset": filterset, "title": self.title, "lead": self.lead, "problems": problems,
            "filters_refused": bool(filterset.form.errors), "per_page_choices": PER_PAGE_CHOICES,
            "retiring": retiring_summary(),
        }
        return render(request, self.template_name, context)


def paginate(table, page: str, per_page: int):
    """The table's page `page` (the first for anything but a whole number, the last past the end)."""
    try:
        number = max(int(page), 1)
    except ValueError:
        number = 1
    try:
        table.paginate(per_page=per_page, page=number)
    except EmptyPage:
        table.page = table.paginator.page(table.paginator.num_pages)


def retiring_summary(days: int = WINDOW_DAYS):
    """The catalog list's compact picture: how many models and offers retire in each month of the next `days`."""
    start = timezone.localdate()
    dates = ending_dates(start, days)
    months: dict = {}
    day = start.replace(day=1)
    while day <= start + datetime.timedelta(days=days):
        months[day] = [0, 0]
        day = (day + datetime.timedelta(days=32)).replace(day=1)
    for day, own in dates:
        months[day.replace(day=1)][0 if own else 1] += 1
    columns = [
        (month, [("models retiring", models, "red"), ("offers retiring", offers, "orange")])
        for month, (models, offers) in months.items()
    ]
    label = f"Retirements of models and offers per month, next {days} days: {len(dates)}"
    return {"count": len(dates), "days": days, "chart": charts.month_columns(columns, label, width=640)}


class RetirementTimelineView(View):
    """Which models and offers end when over the next twelve months: a picture and the same dates as a table."""

    def get(self, request):
        group = request.GET.get("group", "model")
        if group not in ("model", "channel"):
            group = "model"
        timeline = build_timeline(group=group)
        rows = [
            (lane.label, [
                (e.day, f"{e.model.name} — {e.where}" if group == "model" else e.model.name,
                 *(("red", "diamond") if e.channel is None else ("orange",)))
                for e in lane.endings
            ])
            for lane in timeline.shown
        ]
        description = "; ".join(
            f"{lane.label}: " + ", ".join(f"{e.where if group == 'model' else e.model.name} {e.day.isoformat()}"
                                          for e in lane.endings)
            for lane in timeline.shown
        )
        chart = charts.lanes(
            rows, timeline.start, timeline.days,
            f"Retirements by {group} from {timeline.start.isoformat()} to {timeline.end.isoformat()}",
            description, chart_id="retirements",
        ) if rows else ""
        page = core_paginate(request, timeline.endings, per_page=TIMELINE_ROWS)
        context = {"timeline": timeline, "chart": chart, "group": group, "window": WINDOW_DAYS, "page": page}
        return render(request, "catalog/retirements.html", context)


class AIModelHistoryView(ObjectHistoryView):
    queryset = AIModel.objects.select_related("vendor")

    def get_changes(self, obj):
        return model_history(obj)


class VendorListView(CachedPageMixin, ObjectListView):
    queryset = Vendor.objects.annotate(model_count=Count("models"))
    filterset = VendorFilterSet
    table = VendorTable
    title = "Vendors"
    lead = "The makers of the models in the register, with their vendor-wide terms and certifications."


class VendorView(CachedPageMixin, ObjectView):
    queryset = Vendor.objects.all()
    template_name = "catalog/vendor.html"

    def get_extra_context(self, request, obj):
        terms = list(DataTerm.objects.filter(vendor=obj).select_related("channel", "attribute", "model", "source"))
        vendor_terms = [t for t in terms if not t.model_id]
        attributes = list(DataAttribute.objects.all())
        columns, rows = term_matrix(vendor_terms, attributes)
        model_columns, model_rows = model_term_rows(terms, attributes)
        return {
            "models": obj.models.all(),
            "columns": columns,
            "rows": rows,
            "model_columns": model_columns,
            "model_rows": model_rows,
            "certifications": obj.certifications.select_related("source"),
            "commitments": obj.safety_commitments.select_related("source"),
            "restrictions": UseRestriction.objects.filter(vendor=obj, model__isnull=True),
            "safety_documents": SafetyDocument.objects.filter(vendor=obj, model__isnull=True).select_related("source"),
            "flags": obj.compliance_flags.select_related("model"),
            "transparency": vendor_transparency(obj),
        }


class VendorTransparencyView(ObjectView):
    """Every FMTI indicator for one vendor: FMTI's verdict, and the register's cited facts or "Not recorded"."""

    queryset = Vendor.objects.all()
    template_name = "catalog/vendor_transparency.html"

    def get_extra_context(self, request, obj):
        return {"transparency": vendor_transparency(obj)}


class VendorHistoryView(ObjectHistoryView):
    queryset = Vendor.objects.all()


class ChannelListView(CachedPageMixin, ObjectListView):
    queryset = Channel.objects.annotate(model_count=Count("availabilities"))
    filterset = ChannelFilterSet
    table = ChannelTable
    title = "Channels"
    lead = (
        "The ways models are reached — vendor APIs, consumer apps, enterprise plans, cloud platforms. "
        "Data-handling terms differ by channel."
    )


class ChannelView(CachedPageMixin, ObjectView):
    queryset = Channel.objects.all()
    template_name = "catalog/channel.html"

    def get_extra_context(self, request, obj):
        terms = DataTerm.objects.filter(channel=obj).select_related("vendor", "model", "attribute", "source")
        by_holder = {}
        for term in terms.order_by("vendor__name", "model__name", "attribute__weight"):
            by_holder.setdefault((term.vendor, term.model), []).append(term)
        return {
            "term_groups": [{"vendor": v, "model": m, "terms": ts} for (v, m), ts in by_holder.items()],
            "availabilities": ModelAvailability.objects.filter(channel=obj).select_related("model__vendor"),
        }


class ChannelHistoryView(ObjectHistoryView):
    queryset = Channel.objects.all()
