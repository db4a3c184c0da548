from django.apps import AppConfig


class UseCasesConfig(AppConfig):
    name = "airegister.usecases"
    label = "usecases"
    verbose_name = "Use cases"
