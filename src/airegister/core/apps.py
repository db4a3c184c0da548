from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "airegister.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from . import sequence, signals  # noqa: F401  (connects change logging and role set-up)

        sequence.connect()
