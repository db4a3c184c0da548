from django.urls import path
from rest_framework.routers import DefaultRouter

from . import views

app_name = "requirements-api"
router = DefaultRouter()
router.register("profiles", views.RequirementProfileViewSet, basename="profile")
router.register("rules", views.RuleViewSet, basename="rule")
router.register("versions", views.ProfileVersionViewSet, basename="version")
urlpatterns = [
    path("check/", views.CheckView.as_view(), name="check"),
    *router.urls,
]
