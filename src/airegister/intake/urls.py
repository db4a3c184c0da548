from django.urls import path

from . import views

# The pages are about sources (documents, snapshots, proposals), so their names stay in the "sources"
# namespace (`sources:snapshot`) and their templates under templates/sources/; this app is the work done on them.
app_name = "sources"
urlpatterns = [
    path("sources/", views.SourceDocumentListView.as_view(), name="sourcedocument_list"),
    path("sources/<slug:slug>/", views.SourceDocumentView.as_view(), name="sourcedocument"),
    path("sources/<slug:slug>/history/", views.SourceDocumentHistoryView.as_view(), name="sourcedocument_history"),
    path(
        "sources/<slug:slug>/changes/", views.ChangesView.as_view(), {"kind": "source"}, name="sourcedocument_changes"
    ),
    path("sources/<slug:slug>/snapshots/<int:number>/", views.SnapshotView.as_view(), name="snapshot"),
    path(
        "sources/<slug:slug>/snapshots/<int:number>/accept-model/", views.AcceptModelView.as_view(),
        name="snapshot_accept_model",
    ),
    path(
        "sources/<slug:slug>/snapshots/<int:number>/link-model/", views.LinkModelView.as_view(),
        name="snapshot_link_model",
    ),
    path(
        "sources/<slug:slug>/snapshots/<int:number>/new-model/", views.NewModelView.as_view(),
        name="snapshot_new_model",
    ),
    path("proposed-facts/", views.ProposedFactListView.as_view(), name="proposedfact_list"),
    path(
        "proposed-facts/<int:pk>/accept/", views.ProposedFactDecisionView.as_view(action="accept"),
        name="proposedfact_accept",
    ),
    path(
        "proposed-facts/<int:pk>/reject/", views.ProposedFactDecisionView.as_view(action="reject"),
        name="proposedfact_reject",
    ),
    # A model's "What changed": the differences its sources' snapshots showed (linked from the profile).
    path("models/<slug:slug>/changes/", views.ChangesView.as_view(), {"kind": "model"}, name="model_changes"),
]
