from django.apps import AppConfig


class RequirementsConfig(AppConfig):
    name = "airegister.requirements"
    label = "requirements"
    verbose_name = "Requirements"

    def ready(self):
        from . import signals  # noqa: F401  (profile versioning, default requirements after migrate)
