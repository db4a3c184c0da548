from django.apps import apps

from airegister.core.models import CitedMixin
from airegister.core.views import ObjectHistoryView, ObjectListView, ObjectView

from .models import SourceDocument
from .tables import SourceDocumentTable

# Enough to show what a document supports without turning the page into an export.
FACTS_PER_TYPE = 100


def facts_citing(document) -> list[dict]:
    """Every fact that names `document` as its source, grouped by record type (one query per type)."""
    groups = []
    for model in apps.get_models():
        if not issubclass(model, CitedMixin):
            continue
        related = [f.name for f in model._meta.concrete_fields if f.many_to_one and f.name != "source"]
        facts = list(model.objects.filter(source=document).select_related(*related)[:FACTS_PER_TYPE])
        if facts:
            rows = [{"fact": fact, "url": fact_url(fact)} for fact in facts]
            groups.append({"name": model._meta.verbose_name_plural.capitalize(), "rows": rows})
    return groups


def fact_url(fact) -> str:
    """The page that shows the fact: its own, or that of the record it belongs to (a model, a vendor)."""
    for record in (fact, fact.get_changelog_parent()):
        if record is not None and hasattr(record, "get_absolute_url"):
            return record.get_absolute_url()
    return ""


class SourceDocumentListView(ObjectListView):
    queryset = SourceDocument.objects.select_related("vendor")
    table = SourceDocumentTable
    title = "Sources"
    lead = "The documents the register's facts are taken from; each fact keeps its excerpt."


class SourceDocumentView(ObjectView):
    queryset = SourceDocument.objects.select_related("vendor")
    template_name = "sources/sourcedocument.html"

    def get_extra_context(self, request, obj):
        return {"fact_groups": facts_citing(obj)}


class SourceDocumentHistoryView(ObjectHistoryView):
    queryset = SourceDocument.objects.all()
