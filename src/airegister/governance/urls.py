from django.urls import path

from . import views

app_name = "governance"
urlpatterns = [
    path("controls/", views.ControlListView.as_view(), name="control_list"),
    path("controls/<slug:slug>/", views.ControlView.as_view(), name="control"),
    path("controls/<slug:slug>/history/", views.ControlHistoryView.as_view(), name="control_history"),
    path("playbooks/", views.PlaybookListView.as_view(), name="playbook_list"),
    path("playbooks/<slug:slug>/", views.PlaybookView.as_view(), name="playbook"),
    path("playbooks/<slug:slug>/history/", views.PlaybookHistoryView.as_view(), name="playbook_history"),
    path("frameworks/", views.FrameworkListView.as_view(), name="framework_list"),
    path("frameworks/<slug:slug>/", views.FrameworkView.as_view(), name="framework"),
    path("frameworks/<slug:slug>/history/", views.FrameworkHistoryView.as_view(), name="framework_history"),
]
