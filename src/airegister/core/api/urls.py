from rest_framework.routers import DefaultRouter

from . import views

app_name = "core-api"
router = DefaultRouter()
router.register("changes", views.ObjectChangeViewSet)
urlpatterns = router.urls
