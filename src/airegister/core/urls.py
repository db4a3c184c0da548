from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    # Normally answered by HealthCheckMiddleware before URL resolution; named here for reverse().
    path("health/", views.health, name="health"),
    path("changes/", views.ObjectChangeListView.as_view(), name="objectchange_list"),
    path("changes/<int:pk>/", views.ObjectChangeView.as_view(), name="objectchange"),
]
