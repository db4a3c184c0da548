from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "airegister.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from . import signals  # noqa: F401  (connects change logging and role set-up)
