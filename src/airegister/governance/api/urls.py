from rest_framework.routers import DefaultRouter

from . import views

app_name = "governance-api"
router = DefaultRouter()
router.register("frameworks", views.FrameworkViewSet, basename="framework")
router.register("framework-clauses", views.FrameworkClauseViewSet, basename="frameworkclause")
router.register("assessments", views.AssessmentViewSet, basename="assessment")
router.register("controls", views.ControlViewSet, basename="control")
router.register("playbooks", views.PlaybookViewSet, basename="playbook")
urlpatterns = router.urls
