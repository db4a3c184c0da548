from django.urls import path

from . import views

app_name = "webhooks"
urlpatterns = [
    path("webhooks/", views.EndpointListView.as_view(), name="endpoint_list"),
    path("webhooks/add/", views.EndpointEditView.as_view(), name="endpoint_add"),
    path("webhooks/<int:pk>/", views.EndpointView.as_view(), name="endpoint"),
    path("webhooks/<int:pk>/edit/", views.EndpointEditView.as_view(), name="endpoint_edit"),
    path("webhooks/<int:pk>/test/", views.SendTestEventView.as_view(), name="endpoint_test"),
]
