from rest_framework.routers import DefaultRouter

from . import views

app_name = "webhooks-api"
router = DefaultRouter()
router.register("endpoints", views.WebhookEndpointViewSet, basename="endpoint")
router.register("deliveries", views.WebhookDeliveryViewSet, basename="delivery")
urlpatterns = router.urls
