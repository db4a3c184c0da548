from django.apps import AppConfig


class SourcesConfig(AppConfig):
    name = "airegister.sources"
    label = "sources"
    verbose_name = "Sources"
