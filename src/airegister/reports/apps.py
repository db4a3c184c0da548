from django.apps import AppConfig


class ReportsConfig(AppConfig):
    """Reports and exports built from the whole register: the model dossier (HTML and PDF) and the ML-BOM."""

    name = "airegister.reports"
    label = "reports"
    verbose_name = "Reports"
