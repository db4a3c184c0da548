from django.contrib.auth import views as auth_views
from django.shortcuts import render


class LoginView(auth_views.LoginView):
    template_name = "core/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


def _error(request, status, title, message):
    return render(request, "core/error.html", {"status": status, "title": title, "message": message}, status=status)


def page_not_found(request, exception=None):
    return _error(request, 404, "Not found", "There is no such page in the register. It may have been renamed or removed.")


def permission_denied(request, exception=None):
    return _error(request, 403, "Not allowed", "Your role does not allow this. Ask an administrator for the editor role.")


def bad_request(request, exception=None):
    return _error(request, 400, "Bad request", "The request could not be understood.")


def server_error(request):
    return _error(request, 500, "Something went wrong", "The error has been logged. Nothing you entered was partly stored.")
