from rest_framework.routers import DefaultRouter

from . import views

app_name = "sources-api"
router = DefaultRouter()
router.register("documents", views.SourceDocumentViewSet, basename="document")
urlpatterns = router.urls
