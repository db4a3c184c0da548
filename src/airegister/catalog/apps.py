from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "airegister.catalog"
    label = "catalog"
    verbose_name = "Catalog"
