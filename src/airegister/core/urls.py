from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    path("changes/", views.ObjectChangeListView.as_view(), name="objectchange_list"),
    path("changes/<int:pk>/", views.ObjectChangeView.as_view(), name="objectchange"),
]
