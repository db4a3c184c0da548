from django.urls import path

from . import views

app_name = "catalog"
urlpatterns = [
    path("", views.AIModelListView.as_view(), name="home"),
    path("models/", views.AIModelListView.as_view(), name="model_list"),
    path("models/<slug:slug>/history/", views.AIModelHistoryView.as_view(), name="model_history"),
    path("retirements/", views.RetirementTimelineView.as_view(), name="retirements"),
    path("vendors/", views.VendorListView.as_view(), name="vendor_list"),
    path("vendors/<slug:slug>/", views.VendorView.as_view(), name="vendor"),
    path("vendors/<slug:slug>/transparency/", views.VendorTransparencyView.as_view(), name="vendor_transparency"),
    path("vendors/<slug:slug>/history/", views.VendorHistoryView.as_view(), name="vendor_history"),
    path("channels/", views.ChannelListView.as_view(), name="channel_list"),
    path("channels/<slug:slug>/", views.ChannelView.as_view(), name="channel"),
    path("channels/<slug:slug>/history/", views.ChannelHistoryView.as_view(), name="channel_history"),
]
