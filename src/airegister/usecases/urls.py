from django.urls import path

from . import views

app_name = "usecases"
urlpatterns = [
    path("use-cases/", views.UseCaseListView.as_view(), name="usecase_list"),
    path("use-cases/add/", views.UseCaseFormView.as_view(), name="usecase_add"),
    path("use-cases/import/", views.UseCaseImportView.as_view(), name="usecase_import"),
    path("use-cases/<slug:slug>/", views.UseCaseView.as_view(), name="usecase"),
    path("use-cases/<slug:slug>/edit/", views.UseCaseFormView.as_view(), name="usecase_edit"),
    path("use-cases/<slug:slug>/delete/", views.UseCaseDeleteView.as_view(), name="usecase_delete"),
    path("use-cases/<slug:slug>/review/", views.UseCaseReviewView.as_view(), name="usecase_review"),
    path("use-cases/<slug:slug>/history/", views.UseCaseHistoryView.as_view(), name="usecase_history"),
    path("data-classes/", views.VocabularyView.as_view(), name="vocabulary"),
    path("continuity/", views.ContinuityView.as_view(), name="continuity"),
]
