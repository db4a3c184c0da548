from django.urls import path

from . import views

app_name = "profiles"
urlpatterns = [
    path("models/<slug:slug>/", views.AIModelView.as_view(), name="model"),
]
