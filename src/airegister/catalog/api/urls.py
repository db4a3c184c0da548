from rest_framework.routers import DefaultRouter

from . import views

app_name = "catalog-api"
router = DefaultRouter()
router.register("vendors", views.VendorViewSet, basename="vendor")
router.register("models", views.AIModelViewSet, basename="model")
router.register("channels", views.ChannelViewSet, basename="channel")
router.register("attributes", views.DataAttributeViewSet, basename="attribute")
router.register("terms", views.DataTermViewSet, basename="term")
router.register("certifications", views.CertificationViewSet, basename="certification")
router.register("use-restrictions", views.UseRestrictionViewSet, basename="use-restriction")
router.register("safety-documents", views.SafetyDocumentViewSet, basename="safety-document")
router.register("safety-evaluations", views.SafetyEvaluationViewSet, basename="safety-evaluation")
router.register("flags", views.ComplianceFlagViewSet, basename="flag")
router.register("availability", views.ModelAvailabilityViewSet, basename="availability")
router.register("continuity-links", views.ContinuityLinkViewSet, basename="continuity-link")
urlpatterns = router.urls
