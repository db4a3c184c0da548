from django.apps import apps

from airegister.core.models import CitedMixin
from airegister.core.views import ObjectHistoryView, ObjectListView, ObjectView

from .models import SourceDocument
from .tables import SourceDocumentTable

# Enough to show what a document supports without turning the page into an export.
FACTS_PER_TYPE = 100


def facts_citing(document) -> list[dict]:
    """The document's excerpts, each with the facts it supports (one query per record type).

    Several facts often rest on the same sentence (one "accessed through" line backs four channels), so the
    page shows each excerpt once, followed by what it supports.
    """
    by_excerpt: dict[str, list[dict]] = {}
    for model in apps.get_models():
        if not issubclass(model, CitedMixin):
            continue
        related = [f.name for f in model._meta.concrete_fields if f.many_to_one and f.name != "source"]
        for fact in model.objects.filter(source=document).select_related(*related)[:FACTS_PER_TYPE]:
            url, kind = fact_url(fact), model._meta.verbose_name
            # A record may cite one sentence per field (a model's release date, cutoffs, …) besides its own.
            for field, excerpt in (getattr(fact, "evidence", None) or {}).items():
                label = f"{kind}: {field.replace('_', ' ')}"
                by_excerpt.setdefault(excerpt.strip(), []).append({"fact": fact, "url": url, "kind": label})
            if fact.source_excerpt or not getattr(fact, "evidence", None):
                row = {"fact": fact, "url": url, "kind": kind}
                by_excerpt.setdefault(fact.source_excerpt.strip(), []).append(row)
    return [{"excerpt": excerpt, "rows": rows} for excerpt, rows in by_excerpt.items()]


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
