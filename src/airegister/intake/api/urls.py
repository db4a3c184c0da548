from rest_framework.routers import DefaultRouter

from . import views

# Served under /api/sources/, named as before: the API speaks of sources; this app does the work on them.
app_name = "sources-api"
router = DefaultRouter()
router.register("documents", views.SourceDocumentViewSet, basename="document")
router.register("snapshots", views.SnapshotViewSet, basename="snapshot")
router.register("proposed-facts", views.ProposedFactViewSet, basename="proposed-fact")
router.register("fact-changes", views.FactChangeViewSet, basename="fact-change")
urlpatterns = router.urls
