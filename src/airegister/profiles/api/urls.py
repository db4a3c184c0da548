from django.urls import path

from . import views

app_name = "profiles-api"
# Under /api/catalog/ (see airegister/api_urls.py): the profile is read as a model's, beside its record.
urlpatterns = [
    path("models/<slug:slug>/profile/", views.ModelProfileView.as_view(), name="model-profile"),
]
