from django.conf import settings
from django.contrib.auth.views import redirect_to_login

from .context import change_context

HEALTH_PATH = "/health/"
# Paths that must stay reachable without signing in (the login page itself, assets, the API which
# answers 401/403 in JSON itself, the admin which has its own login, the health check).
OPEN_PREFIXES = ("/login/", "/logout/", "/static/", "/api/", "/admin/", "/health/")


class HealthCheckMiddleware:
    """Answers `/health/` first of all: before the ALLOWED_HOSTS check, sessions, sign-in and CSRF.

    Load balancers and orchestrators probe the server by its IP address (a Host header ALLOWED_HOSTS does not
    list) and send no cookies; the answer names no host and holds nothing private, so the host check is skipped
    for this one path. Every other path is untouched.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_PATH:
            from .views import health

            return health(request)
        return self.get_response(request)


class ReadAccessMiddleware:
    """Reading the register needs a signed-in user unless ANONYMOUS_READ (demo mode) is on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            not settings.ANONYMOUS_READ
            and not request.path.startswith(OPEN_PREFIXES)
            and not request.user.is_authenticated
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
