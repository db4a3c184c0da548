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
    path("assessments/", views.AssessmentListView.as_view(), name="assessment_list"),
    path("assessments/start/", views.AssessmentStartView.as_view(), name="assessment_start"),
    path("assessments/<int:slug>/", views.AssessmentView.as_view(), name="assessment"),
    path("assessments/<int:pk>/edit/", views.AssessmentEditView.as_view(), name="assessment_edit"),
    path("assessments/<int:pk>/sign-off/", views.AssessmentSignOffView.as_view(), name="assessment_sign_off"),
    path("assessments/<int:slug>/history/", views.AssessmentHistoryView.as_view(), name="assessment_history"),
    path("evidence/<int:pk>/download/", views.EvidenceDownloadView.as_view(), name="evidence_download"),
    path("reviews/", views.ReviewsDueView.as_view(), name="reviews_due"),
]
