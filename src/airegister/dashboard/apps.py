from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "airegister.dashboard"
    label = "dashboard"
    verbose_name = "Dashboard"
