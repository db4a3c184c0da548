from django.urls import path

from . import views

app_name = "sources"
urlpatterns = [
    path("sources/", views.SourceDocumentListView.as_view(), name="sourcedocument_list"),
    path("sources/<slug:slug>/", views.SourceDocumentView.as_view(), name="sourcedocument"),
    path("sources/<slug:slug>/history/", views.SourceDocumentHistoryView.as_view(), name="sourcedocument_history"),
]
