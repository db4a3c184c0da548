from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from airegister.core import views as core_views
from airegister.dashboard import views as dashboard_views

handler404 = "airegister.core.views.page_not_found"
handler403 = "airegister.core.views.permission_denied"
handler400 = "airegister.core.views.bad_request"
handler500 = "airegister.core.views.server_error"

admin.site.site_header = "AI Register administration"
admin.site.site_title = "AI Register"
admin.site.index_title = "Catalog back office"

urlpatterns = [
    # The start page: the dashboard for signed-in users, the catalog otherwise (the catalog stays at /models/).
    path("", dashboard_views.home, name="home"),
    path("", include("airegister.core.urls")),
    path("", include("airegister.profiles.urls")),
    path("", include("airegister.catalog.urls")),
    path("", include("airegister.governance.urls")),
    path("", include("airegister.intake.urls")),
    path("", include("airegister.usecases.urls")),
    path("", include("airegister.requirements.urls")),
    path("", include("airegister.dashboard.urls")),
    path("", include("airegister.reports.urls")),
    path("", include("airegister.webhooks.urls")),
    path("login/", core_views.LoginView.as_view(), name="login"),
    path("logout/", core_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("api/", include("airegister.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", core_views.APIDocsView.as_view(), name="api-docs"),
]
