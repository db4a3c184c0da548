from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.generic import View

from airegister.catalog.models import AIModel

from .bom import bom_json
from .dossier import build_dossier, get_profile_model
from .pdf import html_to_pdf

TEMPLATE = "reports/dossier.html"
CSS_TEMPLATE = "reports/dossier.css"


def dossier_of(slug):
    try:
        return build_dossier(get_profile_model(slug))
    except AIModel.DoesNotExist as exc:
        raise Http404(f"No model {slug!r}") from exc


def attachment(body, content_type, filename):
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


class DossierView(View):
    """The printable dossier: the page alone, no navigation, with a print stylesheet."""

    def get(self, request, slug):
        return render(request, TEMPLATE, {"dossier": dossier_of(slug), "for_pdf": False})


class DossierStylesheetView(View):
    """The dossier's stylesheet for the page: one file (a template, so the PDF can inline it) served as CSS."""

    def get(self, request):
        return HttpResponse(render_to_string(CSS_TEMPLATE), content_type="text/css; charset=utf-8")


class DossierPDFView(View):
    """The same page as a PDF, downloaded for the procurement file."""

    def get(self, request, slug):
        dossier = dossier_of(slug)
        html = render_to_string(TEMPLATE, {"dossier": dossier, "for_pdf": True}, request=request)
        return attachment(html_to_pdf(html), "application/pdf", f"{slug}-dossier.pdf")


class BOMView(View):
    """The AI inventory as a CycloneDX 1.6 ML-BOM, as `airegister bom` writes it."""

    def get(self, request):
        return attachment(bom_json(), "application/vnd.cyclonedx+json", "ai-inventory.cdx.json")
