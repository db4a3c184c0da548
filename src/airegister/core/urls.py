from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    # Normally answered by HealthCheckMiddleware before URL resolution; named here for reverse().
    path("health/", views.health, name="health"),
    path("changes/", views.ObjectChangeListView.as_view(), name="objectchange_list"),
    path("account/tokens/", views.APITokenView.as_view(), name="token_list"),
    path("account/tokens/<int:pk>/revoke/", views.APITokenRevokeView.as_view(), name="token_revoke"),
    path("changes/<int:pk>/", views.ObjectChangeView.as_view(), name="objectchange"),
]
