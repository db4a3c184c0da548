from django.urls import path

from . import views

app_name = "requirements"
urlpatterns = [
    path("check/", views.CheckView.as_view(), name="check"),
    path("requirements/", views.RequirementProfileListView.as_view(), name="profile_list"),
    path("requirements/<slug:slug>/", views.RequirementProfileView.as_view(), name="profile"),
    path("requirements/<slug:slug>/history/", views.RequirementProfileHistoryView.as_view(), name="profile_history"),
    path(
        "requirements/<slug:slug>/versions/<int:number>/", views.ProfileVersionView.as_view(), name="profile_version"
    ),
]
