"""The three roles, as Django groups with permissions: viewer reads, editor edits the catalog, admin manages users.

Any signed-in user may read; the groups grant what more they may do. Editors and admins are staff so that
they reach the admin site, where back-office editing happens.
"""

from django.contrib.auth.models import Group, Permission

from .choices import RoleChoices

# Apps whose records editors maintain.
CATALOG_APPS = ["catalog", "governance", "sources", "intake"]
EDIT_ACTIONS = ["view", "add", "change", "delete"]


def _permissions(app_labels, actions):
    perms = Permission.objects.filter(content_type__app_label__in=app_labels).select_related("content_type")
    return [p for p in perms if p.codename.split("_", 1)[0] in actions]


def role_permissions(role: str):
    if role == RoleChoices.VIEWER:
        return _permissions(CATALOG_APPS + ["core"], ["view"])
    if role == RoleChoices.EDITOR:
        return _permissions(CATALOG_APPS, EDIT_ACTIONS) + _permissions(["core"], ["view"])
    if role == RoleChoices.ADMIN:
        return (
            _permissions(CATALOG_APPS, EDIT_ACTIONS)
            + _permissions(["core"], ["view"])
            + _permissions(["auth"], EDIT_ACTIONS)
            + [p for p in _permissions(["core"], ["view", "delete"]) if p.codename.endswith("_apitoken")]
            # Sign-in lockouts (django-axes): seen in the admin, lifted by deleting the account's attempts.
            + _permissions(["axes"], ["view", "delete"])
        )
    raise ValueError(f"unknown role {role!r}; valid roles: {', '.join(RoleChoices.values())}")


def sync_role_groups():
    for role in RoleChoices.values():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set(role_permissions(role))


def assign_role(user, role: str):
    """Give `user` exactly one role; editors and admins get admin-site access."""
    if role not in RoleChoices.values():
        raise ValueError(f"unknown role {role!r}; valid roles: {', '.join(RoleChoices.values())}")
    sync_role_groups()
    user.groups.set([Group.objects.get(name=role)])
    user.is_staff = role in (RoleChoices.EDITOR, RoleChoices.ADMIN)
    user.save()


def role_of(user) -> str:
    if not getattr(user, "is_authenticated", False):
        return ""
    if user.is_superuser:
        return RoleChoices.ADMIN
    if hasattr(user, "role_group"):  # loaded with the user by core.auth.RoleAwareBackend
        return user.role_group or RoleChoices.VIEWER
    names = {g.name for g in user.groups.all()}
    for role in (RoleChoices.ADMIN, RoleChoices.EDITOR, RoleChoices.VIEWER):
        if role in names:
            return role
    return RoleChoices.VIEWER
