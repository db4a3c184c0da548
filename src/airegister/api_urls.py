"""The REST API root: each app contributes its router's routes."""

from django.urls import include, path

from airegister.core.api.views import APIRootView

app_name = "api"
urlpatterns = [
    path("", APIRootView.as_view(), name="root"),
    path("core/", include("airegister.core.api.urls")),
    path("catalog/", include("airegister.profiles.api.urls")),
    path("catalog/", include("airegister.catalog.api.urls")),
    path("governance/", include("airegister.governance.api.urls")),
    path("sources/", include("airegister.intake.api.urls")),
    path("usecases/", include("airegister.usecases.api.urls")),
    path("requirements/", include("airegister.requirements.api.urls")),
    path("webhooks/", include("airegister.webhooks.api.urls")),
]
