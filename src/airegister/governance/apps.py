from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "airegister.governance"
    label = "governance"
    verbose_name = "Governance"
