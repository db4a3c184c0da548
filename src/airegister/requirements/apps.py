from django.apps import AppConfig


class RequirementsConfig(AppConfig):
    name = "airegister.requirements"
    label = "requirements"
    verbose_name = "Requirements"
    # Loaded by `airegister load-catalog` after the catalog: the default data classes, regions and profile.
    builtin_content = "airegister.requirements.loader.load_builtin"

    def ready(self):
        from . import signals  # noqa: F401  (profile versioning, default requirements after migrate)
