from django.urls import path

from . import views

app_name = "profiles"
urlpatterns = [
    path("compare/", views.CompareView.as_view(), name="compare"),
    path("models/<slug:slug>/", views.AIModelView.as_view(), name="model"),
]
