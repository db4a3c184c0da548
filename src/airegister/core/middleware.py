from django.conf import settings
from django.contrib.auth.views import redirect_to_login

from .context import change_context

# Paths that must stay reachable without signing in (the login page itself, assets, the API which
# answers 401/403 in JSON itself, the admin which has its own login).
OPEN_PREFIXES = ("/login/", "/logout/", "/static/", "/api/", "/admin/", "/healthz")


class ReadAccessMiddleware:
    """Reading the register needs a signed-in user unless ANONYMOUS_READ (demo mode) is on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            not settings.ANONYMOUS_READ
            and not request.user.is_authenticated
            and not request.path.startswith(OPEN_PREFIXES)
        ):
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)


class ChangeContextMiddleware:
    """Every change made while serving a request is attributed to its user and grouped by request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with change_context(user=request.user):
            return self.get_response(request)
