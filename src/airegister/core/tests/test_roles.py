"""Roles: viewer reads, editor edits the catalog, admin manages users (permissions and admin site)."""

import pytest
from django.contrib.auth.models import Group

from airegister.core.choices import RoleChoices
from airegister.core.roles import assign_role, role_of

pytestmark = pytest.mark.django_db


def test_the_role_groups_exist_after_migrate():
    # Created by the post_migrate hook while the test database was migrated, not by a fixture.
    assert set(Group.objects.values_list("name", flat=True)) >= {"viewer", "editor", "admin"}
    assert Group.objects.get(name="viewer").permissions.filter(codename="view_aimodel").exists()
    assert not Group.objects.get(name="viewer").permissions.filter(codename="change_aimodel").exists()


@pytest.mark.parametrize(
    "perm, for_viewer, for_editor, for_admin",
    [
        ("catalog.view_aimodel", True, True, True),
        ("catalog.change_aimodel", False, True, True),
        ("catalog.add_vendor", False, True, True),
        ("catalog.change_dataterm", False, True, True),
        ("catalog.delete_channel", False, True, True),
        ("governance.change_control", False, True, True),
        ("sources.add_sourcedocument", False, True, True),
        ("core.view_objectchange", True, True, True),
        # The change log is evidence: nobody edits it, not even an administrator.
        ("core.change_objectchange", False, False, False),
        ("core.delete_objectchange", False, False, False),
        ("auth.view_user", False, False, True),
        ("auth.change_user", False, False, True),
        ("auth.add_user", False, False, True),
    ],
)
def test_role_permissions(request, perm, for_viewer, for_editor, for_admin):
    users = {"viewer": for_viewer, "editor": for_editor, "admin": for_admin}
    for fixture, expected in users.items():
        user = request.getfixturevalue("admin_user" if fixture == "admin" else fixture)
        assert user.has_perm(perm) is expected, f"{fixture} {perm}"


def test_role_of_and_staff_access(viewer, editor, admin_user):
    assert [role_of(u) for u in (viewer, editor, admin_user)] == ["viewer", "editor", "admin"]
    # Editors and admins reach the admin site (back-office editing); viewers do not.
    assert (viewer.is_staff, editor.is_staff, admin_user.is_staff) == (False, True, True)


def test_assigning_a_role_replaces_the_previous_one(viewer):
    assign_role(viewer, RoleChoices.EDITOR)
    assign_role(viewer, RoleChoices.VIEWER)

    assert list(viewer.groups.values_list("name", flat=True)) == ["viewer"]
    assert not viewer.is_staff
    viewer = type(viewer).objects.get(pk=viewer.pk)  # fresh permission cache
    assert not viewer.has_perm("catalog.change_aimodel")


def test_an_unknown_role_is_refused_naming_the_valid_ones(viewer):
    with pytest.raises(ValueError, match="viewer, editor, admin"):
        assign_role(viewer, "owner")
    assert role_of(viewer) == "viewer"


def test_anonymous_users_have_no_role(client):
    from django.contrib.auth.models import AnonymousUser

    assert role_of(AnonymousUser()) == ""


def test_admin_site_user_management_is_for_admins_only(viewer_client, editor_client, admin_client):
    # A viewer is not staff: the admin site asks them to sign in as someone who is.
    assert viewer_client.get("/admin/auth/user/").status_code == 302
    assert editor_client.get("/admin/auth/user/").status_code == 403
    assert admin_client.get("/admin/auth/user/").status_code == 200


CHANNEL_FORM = {
    "name": "Example API",
    "slug": "example-api",
    "kind": "vendor-api",
    "operator": "Example Labs",
}


def test_editors_edit_catalog_records_in_the_admin_site(editor_client, viewer_client):
    from airegister.catalog.models import Channel
    from airegister.core.models import ObjectChange

    assert editor_client.get("/admin/catalog/channel/add/").status_code == 200
    response = editor_client.post(
        "/admin/catalog/channel/add/", {**CHANNEL_FORM, "weight": "100", "aliases": "[]"}
    )
    assert response.status_code == 302, response.content[:3000]

    channel = Channel.objects.get(slug="example-api")
    [change] = ObjectChange.objects.for_object(channel)
    assert (change.action, change.user_name) == ("create", "editor")
    # A viewer is not staff: the admin site sends them to sign in, and nothing is created.
    response = viewer_client.post(
        "/admin/catalog/channel/add/", {**CHANNEL_FORM, "slug": "other", "name": "Other"}
    )
    assert response.status_code == 302
    assert not Channel.objects.filter(slug="other").exists()
