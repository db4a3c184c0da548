"""The site frame (top bar, demo banner, sign-in, error pages), template helpers, and the change-log pages."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from airegister.catalog.models import Vendor
from airegister.core import views
from airegister.core.context import change_context
from airegister.core.models import ObjectChange
from airegister.core.templatetags.register_ui import partial_date
from airegister.core.testing.views import (
    ObjectViewTestCase,
    ViewTestCase,
    assert_shows,
    assert_site_404,
    visible_text,
)


@pytest.mark.parametrize(
    "value, shown",
    [("2025", "2025"), ("2025-05", "May 2025"), ("2025-02-24", "February 24, 2025"), ("2025-12-01", "December 1, 2025"),
     ("", "")],
)
def test_partial_date(value, shown):
    assert partial_date(value) == shown


def test_markdown_filter_renders_and_sanitises():
    html = Template("{% load register_ui %}{{ text|markdown }}").render(
        Context({"text": "**ok** <script>x()</script> <b onclick=1>b</b>"})
    )
    assert "<strong>ok</strong>" in html
    assert "<script" not in html and "<b " not in html and "&lt;script&gt;" in html


def test_visible_text_shows_only_the_summary_of_a_closed_details():
    html = (
        "<html><head><title>T</title></head><body><p>Top</p>"
        "<details><summary>Row</summary><table><tr><td>hidden cell</td></tr></table></details>"
        "<details open><summary>Open</summary><p>shown</p></details><script>var s;</script>"
        "Line<br>break</body></html>"
    )
    assert visible_text(html) == "Top Row Open shown Line break"


def test_assert_shows_fails_on_a_missing_text():
    with pytest.raises(AssertionError, match="Absent"):
        assert_shows("<p>Present</p>", "Present", "Absent")


# --- site frame -----------------------------------------------------------------------------------------------


def test_unknown_path_is_a_404_in_the_site_look(db, viewer_client, settings):
    settings.DEBUG = False
    assert_site_404(viewer_client.get("/no/such/page/"))


def test_server_error_page_is_in_the_site_look(db):
    request = RequestFactory().get("/")
    response = views.server_error(request)
    assert response.status_code == 500
    assert b"core/register.css" in response.content
    assert_shows(response, "Something went wrong", "Nothing you entered was partly stored.")


def test_top_bar_names_the_user_and_role(db, viewer_client):
    html = viewer_client.get("/models/").content.decode()
    text = visible_text(html)
    assert "viewer · viewer" in text and "Sign out" in text
    assert 'href="/admin/"' not in html  # the back office is for editors and admins


def test_staff_see_the_admin_link(db, editor_client):
    html = editor_client.get("/models/").content.decode()
    assert 'href="/admin/"' in html
    assert "editor · editor" in visible_text(html)


def test_demo_banner_only_in_demo_mode(db, client, settings, anon_read):
    settings.DEMO_MODE = False
    assert "Demo mode" not in visible_text(client.get("/models/"))
    settings.DEMO_MODE = True
    assert_shows(client.get("/models/"), "Demo mode — anyone can read. Sign in as editor / demo-editor to edit.")


def test_sign_in_and_out(db, client, viewer, user_password):
    page = client.get("/login/")
    assert page.status_code == 200 and b"core/register.css" in page.content
    bad = client.post("/login/", {"username": "viewer", "password": "wrong"})
    assert bad.status_code == 200 and "correct username and password" in visible_text(bad)
    good = client.post("/login/", {"username": "viewer", "password": user_password})
    assert good.status_code == 302 and good["Location"] == "/"
    assert client.get("/models/").status_code == 200
    confirm = client.get("/logout/")  # the top bar's link: a GET asks, it never signs out
    assert confirm.status_code == 200 and "Sign out of AI Register?" in visible_text(confirm)
    assert client.get("/models/").status_code == 200
    out = client.post("/logout/")
    assert out.status_code == 302 and out["Location"] == "/"
    assert client.get("/models/").status_code == 302  # signed out again: reading needs a sign-in
    assert client.get("/logout/")["Location"] == "/"  # nothing to confirm when no one is signed in


# --- change log -----------------------------------------------------------------------------------------------


def make_changes():
    with change_context(user_name="alice", message="first entry"):
        vendor = Vendor.objects.create(name="Acme AI", slug="acme")
    with change_context(user_name="bob", message="new website"):
        vendor.website = "https://acme.example.com"
        vendor.save()
    with change_context(user_name="bob", message="cleanup"):
        Vendor.objects.create(name="Gone Labs", slug="gone").delete()
    return ObjectChange.objects.get(message="new website")


class WithChanges:
    @pytest.fixture
    def data(self, db):
        return make_changes()


class TestChangeList(WithChanges, ViewTestCase):
    url = "/changes/"
    expected_texts = ("Changes", "Acme AI", "Gone Labs", "alice", "bob", "new website", "Deleted")


class TestChange(WithChanges, ObjectViewTestCase):
    url = "/changes/{data.pk}/"
    unknown_url = "/changes/999999/"
    expected_texts = ("Acme AI", "Updated", "by bob", "new website", "website", "https://acme.example.com")


def change_rows(client, query) -> set[str]:
    text = visible_text(client.get("/changes/" + query))
    return {m for m in ("first entry", "new website", "cleanup") if m in text}


def test_change_list_filters(db, viewer_client):
    make_changes()
    assert change_rows(viewer_client, "?user=bob") == {"new website", "cleanup"}
    assert change_rows(viewer_client, "?action=delete") == {"cleanup"}
    assert change_rows(viewer_client, "?action=create&user=alice") == {"first entry"}
    assert change_rows(viewer_client, "?object_type=catalog.vendor") == {"first entry", "new website", "cleanup"}
    assert change_rows(viewer_client, "?object_type=governance.control") == set()
    assert change_rows(viewer_client, "?q=gone") == {"cleanup"}


def test_change_page_shows_before_and_after(db, viewer_client):
    change = make_changes()
    html = viewer_client.get(change.get_absolute_url()).content.decode()
    assert '<td class="before"></td><td class="after">https://acme.example.com</td>' in html
    assert 'href="/vendors/acme/"' in html  # the record the change belongs to


def test_change_actions_are_coloured(db, viewer_client):
    make_changes()
    html = viewer_client.get("/changes/").content.decode()
    assert '<span class="badge badge-red">Deleted</span>' in html
    assert '<span class="badge badge-green">Created</span>' in html
    assert '<span class="badge badge-blue">Updated</span>' in html
