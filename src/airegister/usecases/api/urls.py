from django.urls import path
from rest_framework.routers import DefaultRouter

from . import views

app_name = "usecases-api"
router = DefaultRouter()
router.register("use-cases", views.UseCaseViewSet, basename="use-case")
router.register("data-classes", views.DataClassViewSet, basename="data-class")
router.register("regions", views.RegionViewSet, basename="region")
urlpatterns = [
    path("continuity/", views.ContinuityView.as_view(), name="continuity"),
    *router.urls,
]
