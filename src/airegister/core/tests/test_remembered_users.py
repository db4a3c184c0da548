"""Users remembered per worker (core/auth.py): exact, because every write advances the change sequence."""

from django.db import connections

from ..auth import load_user
from ..choices import RoleChoices
from ..roles import assign_role

PAGE = "/changes/"  # any signed-in page showing the role in the top bar


def test_a_role_change_is_on_the_very_next_request(viewer, viewer_client):
    assert "· viewer" in viewer_client.get(PAGE).content.decode()
    assert "· viewer" in viewer_client.get(PAGE).content.decode()  # now remembered
    assign_role(viewer, RoleChoices.EDITOR)
    assert "· editor" in viewer_client.get(PAGE).content.decode()


def test_a_deactivated_user_is_signed_out_on_the_next_request(viewer, viewer_client):
    assert viewer_client.get(PAGE).status_code == 200
    assert viewer_client.get(PAGE).status_code == 200
    viewer.is_active = False
    viewer.save()
    assert viewer_client.get(PAGE).status_code == 302


def test_a_changed_password_ends_other_sessions_at_once(viewer, viewer_client):
    assert viewer_client.get(PAGE).status_code == 200
    viewer.set_password("a-new-password-long-enough")
    viewer.save()  # the session's hash no longer matches the user's
    assert viewer_client.get(PAGE).status_code == 302


def test_each_request_gets_its_own_copy(viewer):
    first = load_user(connections["default"], viewer.pk)
    first.cached_by_a_view = True  # what a request does to its user stays with that request
    second = load_user(connections["default"], viewer.pk)
    assert second is not first and second.username == "viewer" and not hasattr(second, "cached_by_a_view")
    assert second.role_group == RoleChoices.VIEWER and second.change_seq == first.change_seq
