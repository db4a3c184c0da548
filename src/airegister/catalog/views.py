from dataclasses import dataclass

from django.db.models import Count, F, Q

from airegister.core.views import ObjectHistoryView, ObjectListView, ObjectView, changes_for, changes_of_type

from .filtersets import AIModelFilterSet, ChannelFilterSet, VendorFilterSet, with_active_flag_count
from .models import AIModel, Channel, DataAttribute, DataTerm, ModelAvailability, SafetyDocument, UseRestriction, Vendor
from .tables import AIModelTable, ChannelTable, VendorTable
from .terms import resolve_term, split_terms


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


class AIModelListView(ObjectListView):
    queryset = AIModel.objects.select_related("vendor")
    filterset = AIModelFilterSet
    table = AIModelTable
    title = "Catalog"
    lead = (
        "Third-party AI models, their vendors, tiers and status. Open a model for its data handling, "
        "restrictions, safety documentation and the governance controls that apply."
    )

    def get_queryset(self, request):
        queryset = with_active_flag_count(self.queryset)
        # Models whose maker is not recorded come last, not first as NULLs sort on some databases.
        return queryset.order_by(F("vendor__name").asc(nulls_last=True), "name")


class AIModelHistoryView(ObjectHistoryView):
    queryset = AIModel.objects.select_related("vendor")

    def get_changes(self, obj):
        return model_history(obj)


class VendorListView(ObjectListView):
    queryset = Vendor.objects.annotate(model_count=Count("models"))
    filterset = VendorFilterSet
    table = VendorTable
    title = "Vendors"
    lead = "The makers of the models in the register, with their vendor-wide terms and certifications."


class VendorView(ObjectView):
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
            "restrictions": UseRestriction.objects.filter(vendor=obj, model__isnull=True),
            "safety_documents": SafetyDocument.objects.filter(vendor=obj, model__isnull=True).select_related("source"),
            "flags": obj.compliance_flags.select_related("model"),
        }


class VendorHistoryView(ObjectHistoryView):
    queryset = Vendor.objects.all()


class ChannelListView(ObjectListView):
    queryset = Channel.objects.annotate(model_count=Count("availabilities"))
    filterset = ChannelFilterSet
    table = ChannelTable
    title = "Channels"
    lead = (
        "The ways models are reached — vendor APIs, consumer apps, enterprise plans, cloud platforms. "
        "Data-handling terms differ by channel."
    )


class ChannelView(ObjectView):
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
