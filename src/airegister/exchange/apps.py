from django.apps import AppConfig


class ExchangeConfig(AppConfig):
    name = "airegister.exchange"
    label = "exchange"
    verbose_name = "Export and import"
