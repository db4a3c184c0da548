"""Cached read pages (core/pagecache.py): exact invalidation by the change sequence, per-role bodies, per-user bits."""

import re

from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.management import call_command
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory

from airegister.catalog.models import AIModel, Vendor
from airegister.requirements.testing import builtin  # noqa: F401  (fixture)

from ..choices import RoleChoices
from ..models import ChangeSequence
from ..pagecache import PageCacheMiddleware
from ..roles import assign_role
from ..testing.api import token_client

PROFILE = "/models/claude-opus-4/"
PAGES = [PROFILE, "/models/", "/models/?q=claude", "/vendors/anthropic/", "/vendors/", "/channels/aws-bedrock/",
         "/channels/", "/compare/?models=claude-opus-4,claude-sonnet-4"]  # fmt: skip
CHECK = "/check/?data_classes=phi&regions=eu"
CSRF_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def cache_state(response) -> str:
    return response.headers.get("X-Page-Cache", "none")


def warm(client, url):
    first = client.get(url)
    second = client.get(url)
    assert first.status_code == second.status_code == 200, url
    assert (cache_state(first), cache_state(second)) == ("miss", "hit"), url
    return second


def test_read_pages_are_served_from_the_cache_until_anything_changes(catalog, viewer_client):
    for url in PAGES:  # one test for all (loading the catalog is the slow part)
        warm(viewer_client, url)
    # A change anywhere in the register (here: a vendor most pages do not even show) is seen at once.
    Vendor.objects.filter(slug="cohere").update(description="Changed elsewhere.")
    for url in PAGES:
        assert cache_state(viewer_client.get(url)) == "miss", url


def test_a_change_through_the_api_is_on_the_very_next_profile_page(catalog, viewer_client, editor):
    assert "Opus Cached-Page Marker" not in warm(viewer_client, PROFILE).content.decode()
    response = token_client(editor).patch(
        "/api/catalog/models/claude-opus-4/", {"name": "Opus Cached-Page Marker"}, format="json"
    )
    assert response.status_code == 200, response.content
    after = viewer_client.get(PROFILE)
    assert cache_state(after) == "miss"
    assert "Opus Cached-Page Marker" in after.content.decode()


def test_a_change_through_the_orm_bypassing_the_change_log_is_on_the_next_list_page(catalog, viewer_client):
    assert "Renamed By Update" not in warm(viewer_client, "/models/").content.decode()
    AIModel.objects.filter(slug="claude-opus-4").update(name="Renamed By Update")  # no signal, no log entry
    assert "Renamed By Update" in viewer_client.get("/models/").content.decode()


def test_a_change_in_the_admin_is_on_the_next_vendor_list(catalog, viewer_client, editor_client):
    vendor = Vendor.objects.create(name="Short-Lived Labs", slug="short-lived-labs")
    assert "Short-Lived Labs" in warm(viewer_client, "/vendors/").content.decode()
    response = editor_client.post(f"/admin/catalog/vendor/{vendor.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    after = viewer_client.get("/vendors/")
    assert cache_state(after) == "miss"
    assert "Short-Lived Labs" not in after.content.decode()


def test_the_check_page_follows_changes_too(builtin, viewer_client):  # noqa: F811
    warm(viewer_client, CHECK)
    AIModel.objects.filter(slug="claude-3-7-sonnet").update(name="Sonnet Renamed")
    response = viewer_client.get(CHECK)
    assert cache_state(response) == "miss"
    assert "Sonnet Renamed" in response.content.decode()


def test_a_command_that_bulk_loads_advances_the_sequence(db):
    before = ChangeSequence.current()
    call_command("load_catalog", verbosity=0)
    loaded = ChangeSequence.current()
    assert loaded > before
    Vendor.objects.bulk_create([Vendor(name="Bulk Labs", slug="bulk-labs")])  # bulk: no signals at all
    assert ChangeSequence.current() > loaded


def test_a_many_to_many_add_alone_advances_the_sequence(db, django_user_model):
    # SQLite writes it as 'INSERT OR IGNORE INTO', PostgreSQL as 'INSERT … ON CONFLICT DO NOTHING'.
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(username="m2m-only")
    group = Group.objects.create(name="Readers of m2m")
    before = ChangeSequence.current()
    user.groups.add(group)
    assert ChangeSequence.current() > before


def test_two_roles_each_see_their_own_version(catalog, viewer_client, editor_client):
    viewer_page = warm(viewer_client, PROFILE).content.decode()
    editor_page = warm(editor_client, PROFILE).content.decode()
    # Editors are staff: their top bar links to the admin site; a viewer's never does.
    assert ">Admin</a>" in editor_page
    assert ">Admin</a>" not in viewer_page
    assert "· viewer" in viewer_page and "· editor" in editor_page


def test_a_cached_page_carries_the_readers_own_name_and_no_csrf_token(catalog, viewer, django_user_model):
    other = django_user_model.objects.create_user(username="second-viewer")
    assign_role(other, RoleChoices.VIEWER)
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.force_login(viewer)
    second.force_login(other)
    first_page = warm(first, PROFILE).content.decode()
    second_page = second.get(PROFILE)
    assert cache_state(second_page) == "hit"  # the same role shares the stored body...
    second_html = second_page.content.decode()
    # ...but each reader sees their own name, never the other's.
    assert '<span class="viewer-name">second-viewer</span>' in second_html
    assert '<span class="viewer-name">viewer</span>' not in second_html
    assert '<span class="viewer-name">viewer</span>' in first_page
    assert "\x00" not in second_html
    # No session's token is in a shared page: signing out is a link to a confirmation form with the reader's own.
    assert CSRF_RE.search(second_html) is None and 'href="/logout/"' in second_html
    confirm = second.get("/logout/").content.decode()
    assert second.post("/logout/", {"csrfmiddlewaretoken": CSRF_RE.search(confirm)[1]}).status_code == 302
    assert second.get(PROFILE).status_code == 302  # signed out: reading needs a sign-in again
    assert first.get(PROFILE).status_code == 200  # the other reader is still signed in


def test_a_page_that_used_a_csrf_token_is_never_stored(catalog, viewer):
    request = RequestFactory().get(PROFILE)
    request.user = viewer

    def view_with_a_form(request):
        return HttpResponse(f'<form method="post"><input value="{get_token(request)}"></form>')

    middleware = PageCacheMiddleware(view_with_a_form)
    first = middleware(request)
    again = RequestFactory().get(PROFILE)
    again.user = viewer
    assert first.status_code == 200 and cache_state(middleware(again)) == "none"


def test_a_page_with_pending_messages_is_not_served_from_the_cache(catalog, viewer_client):
    warm(viewer_client, PROFILE)
    storage = CookieStorage(RequestFactory().get("/"))
    viewer_client.cookies["messages"] = storage._encode([Message(constants.SUCCESS, "Saved.")])
    assert cache_state(viewer_client.get(PROFILE)) == "none"


def test_post_is_never_answered_from_the_cache(catalog, editor):
    client = token_client(editor)
    assert client.get("/api/catalog/models/").status_code == 200
    response = client.post("/api/catalog/models/", {"name": "Posted Model", "slug": "posted-model",
                                                    "vendor": "anthropic"}, format="json")  # fmt: skip
    assert response.status_code == 201, response.content
    assert "posted-model" in str(client.get("/api/catalog/models/?q=Posted").json())


def test_the_api_profile_follows_changes(catalog, editor):
    client = token_client(editor)
    url = "/api/catalog/models/claude-opus-4/profile/"
    assert client.get(url).json() == client.get(url).json()
    AIModel.objects.filter(slug="claude-opus-4").update(name="API Marker Name")
    assert client.get(url).json()["model"]["name"] == "API Marker Name"


def test_a_warm_cached_page_costs_one_query(catalog, viewer_client, django_assert_num_queries):
    warm(viewer_client, PROFILE)
    # The signed-in user, their role and the change sequence, read together (core/auth.py).
    with django_assert_num_queries(1):
        assert cache_state(viewer_client.get(PROFILE)) == "hit"


def test_anonymous_readers_get_their_own_version(catalog, viewer_client, anon_read):
    warm(viewer_client, PROFILE)
    anonymous = Client().get(PROFILE)
    assert cache_state(anonymous) == "miss"
    assert "Sign in" in anonymous.content.decode()


def test_the_cache_can_be_switched_off(catalog, viewer_client, settings):
    settings.PAGE_CACHE_ENABLED = False
    assert cache_state(viewer_client.get(PROFILE)) == cache_state(viewer_client.get(PROFILE)) == "none"
