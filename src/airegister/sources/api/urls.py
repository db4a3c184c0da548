from rest_framework.routers import DefaultRouter

app_name = "sources-api"
router = DefaultRouter()
urlpatterns = router.urls
