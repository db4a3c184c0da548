from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("models/<slug:slug>/dossier/", views.DossierView.as_view(), name="dossier"),
    path("models/<slug:slug>/dossier.pdf", views.DossierPDFView.as_view(), name="dossier_pdf"),
    path("reports/dossier.css", views.DossierStylesheetView.as_view(), name="dossier_css"),
    path("reports/ai-inventory.cdx.json", views.BOMView.as_view(), name="bom"),
]
