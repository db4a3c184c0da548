from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission, DjangoModelPermissions


class RegisterPermission(BasePermission):
    """Reading: any signed-in user (or anyone, with ANONYMOUS_READ). Writing: the model permission of the role."""

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return settings.ANONYMOUS_READ or bool(request.user and request.user.is_authenticated)
        if not (request.user and request.user.is_authenticated):
            return False
        if getattr(view, "queryset", None) is None and not hasattr(view, "get_queryset"):
            return request.user.is_staff
        return DjangoModelPermissions().has_permission(request, view)
