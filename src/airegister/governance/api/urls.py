from rest_framework.routers import DefaultRouter

from . import views

app_name = "governance-api"
router = DefaultRouter()
router.register("controls", views.ControlViewSet, basename="control")
router.register("playbooks", views.PlaybookViewSet, basename="playbook")
urlpatterns = router.urls
