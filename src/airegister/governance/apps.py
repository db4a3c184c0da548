from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "airegister.governance"
    label = "governance"
    verbose_name = "Governance"

    def ready(self):
        from .catalog_files import register

        register()  # controls and playbooks load with `airegister load-catalog`
        from . import signals  # noqa: F401  (a material fact change re-opens reviews)
