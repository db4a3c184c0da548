from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "airegister.webhooks"
    label = "webhooks"
    verbose_name = "Webhooks"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers of core's event signals)
