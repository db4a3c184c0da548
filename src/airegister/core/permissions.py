"""Who may edit use cases and requirements: by role, as the UI, the API and the admin site all ask it.

Use cases are our own records, edited by editors and administrators. Data classes, regions and requirement
profiles are policy: administrators only. Reading follows the register's rule (signed in, or anonymous
reading switched on). Roles are checked rather than per-model permissions, which `core.roles` grants only
for the catalog apps.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from rest_framework.permissions import SAFE_METHODS, BasePermission

from airegister.core.choices import RoleChoices
from airegister.core.roles import role_of

USE_CASE_EDITORS = (RoleChoices.EDITOR, RoleChoices.ADMIN)
POLICY_EDITORS = (RoleChoices.ADMIN,)


def has_role(user, roles) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and (user.is_superuser or role_of(user) in roles)


def can_edit_use_cases(user) -> bool:
    return has_role(user, USE_CASE_EDITORS)


def can_edit_policy(user) -> bool:
    return has_role(user, POLICY_EDITORS)


class RoleRequiredMixin:
    """For views that change records: 403 (in the site's look) unless the user has one of `edit_roles`."""

    edit_roles = USE_CASE_EDITORS

    def dispatch(self, request, *args, **kwargs):
        if not has_role(request.user, self.edit_roles):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class RolePermission(BasePermission):
    """API: reading as everywhere in the register; writing for the view's `edit_roles`."""

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS or getattr(view, "read_only_post", False):
            return settings.ANONYMOUS_READ or bool(request.user and request.user.is_authenticated)
        return has_role(request.user, getattr(view, "edit_roles", USE_CASE_EDITORS))


class RoleAdminMixin:
    """Admin site: view for any staff user, add/change/delete for `edit_roles`."""

    edit_roles = POLICY_EDITORS

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_staff

    def has_add_permission(self, request, *args):
        return has_role(request.user, self.edit_roles)

    def has_change_permission(self, request, obj=None):
        return has_role(request.user, self.edit_roles)

    def has_delete_permission(self, request, obj=None):
        return has_role(request.user, self.edit_roles)
