"""Editing the catalog in the admin site: change log, change messages, stale forms refused.

The acceptance test of issue 2: an editor edits a channel's term in the admin; the text and the "Updated"
date of every model inheriting it change, and the change shows in each model's history.
"""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format

from airegister.core.testing.admin import admin_form_data
from airegister.core.testing.api import changes_of

from ..models import AIModel, Channel, DataTerm, UseRestriction, Vendor

INHERITING = ["claude-3-7-sonnet", "claude-opus-4", "claude-sonnet-4"]
# Test data only: it never reaches the built-in catalog files.
EDITED = "Edited in the admin acceptance test"


def today_text() -> str:
    return date_format(timezone.localdate(), "F j, Y")


def bedrock_hipaa_term():
    return DataTerm.objects.get(
        vendor__slug="anthropic", model=None, channel__slug="aws-bedrock", attribute__slug="hipaa-baa"
    )


def change_url(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def test_editing_a_vendor_term_on_a_channel_updates_every_inheriting_model(catalog, editor_client, viewer_client):
    # The three models recorded as offered on Bedrock; the Claude models added from Anthropic's own model pages
    # are recorded on the Anthropic API only.
    anthropic = set(AIModel.objects.filter(vendor__slug="anthropic").values_list("slug", flat=True))
    assert anthropic == {*INHERITING, "claude-opus-4-5", "claude-sonnet-4-5", "claude-haiku-4-5"}
    for slug in INHERITING:
        page = viewer_client.get(reverse("profiles:model", args=[slug])).content.decode()
        assert EDITED not in page
    # The latest fact the profile shows was read on December 1, 2026 (the vendor pages).
    seed_page = viewer_client.get(reverse("profiles:model", args=["claude-3-7-sonnet"])).content.decode()
    assert "Updated December 1, 2026" in seed_page

    term = bedrock_hipaa_term()
    before = term.statement
    url = change_url(term)
    data = admin_form_data(editor_client.get(url))
    data.update(statement=EDITED, change_message="HIPAA wording checked")
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    term.refresh_from_db()
    assert term.statement == EDITED
    change = changes_of(term, "update").get()
    assert (change.user_name, change.message) == ("editor", "HIPAA wording checked")
    assert change.related_object == Vendor.objects.get(slug="anthropic")
    assert change.diff() == [{"field": "statement", "before": before, "after": EDITED}]

    for slug in INHERITING:
        page = viewer_client.get(reverse("profiles:model", args=[slug])).content.decode()
        assert EDITED in page, slug
        assert f"Updated {today_text()}" in page, slug
        history = viewer_client.get(reverse("catalog:model_history", args=[slug])).content.decode()
        assert "HIPAA wording checked" in history, slug
        assert str(term) in history


def test_renaming_a_channel_updates_every_model_using_it(catalog, editor_client, viewer_client):
    channel = Channel.objects.get(slug="aws-bedrock")
    url = change_url(channel)
    data = admin_form_data(editor_client.get(url))
    data["name"] = "AWS Bedrock (renamed in test)"
    assert editor_client.post(url, data).status_code == 302
    for slug in INHERITING:
        page = viewer_client.get(reverse("profiles:model", args=[slug])).content.decode()
        assert "AWS Bedrock (renamed in test)" in page
        assert f"Updated {today_text()}" in page
        history = viewer_client.get(reverse("catalog:model_history", args=[slug])).content.decode()
        assert "AWS Bedrock (renamed in test)" in history


def test_stale_admin_form_is_refused(catalog, editor_client, editor, django_user_model):
    term = bedrock_hipaa_term()
    url = change_url(term)
    data = admin_form_data(editor_client.get(url))  # the editor opens the form …

    colleague = Client()
    colleague.force_login(editor)
    theirs = admin_form_data(colleague.get(url))
    theirs["statement"] = "A colleague's edit"
    assert colleague.post(url, theirs).status_code == 302  # … a colleague saves first …

    data["statement"] = EDITED
    response = editor_client.post(url, data)  # … and the editor's save is refused
    assert response.status_code == 200
    assert "changed by someone else since you opened it" in response.content.decode()
    term.refresh_from_db()
    assert term.statement == "A colleague's edit"
    assert changes_of(term, "update").count() == 1


def test_stale_inline_row_is_refused(catalog, editor_client):
    vendor = Vendor.objects.get(slug="anthropic")
    url = change_url(vendor)
    data = admin_form_data(editor_client.get(url))
    term = bedrock_hipaa_term()
    row = next(k.removesuffix("-id") for k, v in data.items() if k.endswith("-id") and v == str(term.pk))
    term.statement = "Saved elsewhere meanwhile"
    term.save()

    data[f"{row}-statement"] = EDITED
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "changed by someone else since you opened it" in response.content.decode()
    term.refresh_from_db()
    assert term.statement == "Saved elsewhere meanwhile"


def test_unchanged_save_keeps_the_updated_date(catalog, editor_client):
    term = bedrock_hipaa_term()
    before = term.last_updated
    url = change_url(term)
    assert editor_client.post(url, admin_form_data(editor_client.get(url))).status_code == 302
    term.refresh_from_db()
    assert term.last_updated == before
    assert not changes_of(term, "update").exists()


def test_editor_adds_a_model_term_inline_which_overrides_the_vendors(catalog, editor_client, viewer_client):
    model = AIModel.objects.get(slug="claude-opus-4")
    url = change_url(model)
    data = admin_form_data(editor_client.get(url))
    prefix = "data_terms"
    assert data[f"{prefix}-TOTAL_FORMS"] == "0"
    hipaa = bedrock_hipaa_term()
    data.update({
        f"{prefix}-TOTAL_FORMS": "1",
        f"{prefix}-0-attribute": str(hipaa.attribute_id),
        f"{prefix}-0-channel": str(hipaa.channel_id),
        f"{prefix}-0-value": "not-recorded",
        f"{prefix}-0-statement": EDITED,
        f"{prefix}-0-regions": "[]",
        "change_message": "Model-level override",
    })
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    own = DataTerm.objects.get(model=model)
    assert own.vendor.slug == "anthropic"
    assert changes_of(own, "create").get().message == "Model-level override"
    assert EDITED in viewer_client.get(reverse("profiles:model", args=["claude-opus-4"])).content.decode()
    assert EDITED not in viewer_client.get(reverse("profiles:model", args=["claude-sonnet-4"])).content.decode()

    # The same override again: refused by the form, not by the database.
    data[f"{prefix}-TOTAL_FORMS"] = "1"
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert DataTerm.objects.filter(model=model).count() == 1


def test_editor_adds_a_vendor_which_is_logged(db, editor_client):
    url = reverse("admin:catalog_vendor_add")
    data = admin_form_data(editor_client.get(url))
    data.update(name="Example Labs", slug="example-labs", change_message="New vendor")
    assert editor_client.post(url, data).status_code == 302
    vendor = Vendor.objects.get(slug="example-labs")
    change = changes_of(vendor, "create").get()
    assert (change.action, change.user_name, change.message) == ("create", "editor", "New vendor")


def test_deletion_in_the_admin_is_logged(catalog, editor_client):
    term = bedrock_hipaa_term()
    url = reverse("admin:catalog_dataterm_delete", args=[term.pk])
    assert editor_client.post(url, {"post": "yes"}).status_code == 302
    change = changes_of(term, "delete").get()
    assert change.user_name == "editor"


@pytest.mark.parametrize("path", ["admin:index", "admin:catalog_vendor_changelist"])
def test_viewers_and_anonymous_cannot_reach_the_admin(catalog, viewer_client, path):
    for client in (viewer_client, Client()):
        response = client.get(reverse(path))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_viewer_cannot_post_an_edit(catalog, viewer_client):
    term = bedrock_hipaa_term()
    response = viewer_client.post(change_url(term), {"statement": EDITED})
    assert response.status_code == 302
    term.refresh_from_db()
    assert term.statement != EDITED


def test_editor_cannot_manage_users_but_admin_can(db, editor_client, admin_user):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    admin_client = Client()
    admin_client.force_login(admin_user)
    assert admin_client.get(reverse("admin:auth_user_changelist")).status_code == 200


def test_every_catalog_admin_page_renders(catalog, editor_client):
    for model in (Vendor, AIModel, Channel, DataTerm):
        obj = model.objects.first()
        assert editor_client.get(reverse(f"admin:catalog_{model._meta.model_name}_changelist")).status_code == 200
        page = editor_client.get(change_url(obj))
        assert page.status_code == 200
        assert 'name="change_message"' in page.content.decode()
        assert 'name="_last_updated"' in page.content.decode()


def test_view_on_site_goes_to_the_register_page(catalog, editor_client):
    """A fact without a page of its own links to the page of the vendor or model holding it."""
    restriction = UseRestriction.objects.filter(vendor__slug="anthropic", model=None).first()
    page = editor_client.get(change_url(restriction)).content.decode()
    assert f'href="{reverse("catalog:vendor", args=["anthropic"])}" class="viewsitelink"' in page
    model = AIModel.objects.get(slug="claude-opus-4")
    page = editor_client.get(change_url(model)).content.decode()
    assert f'href="{reverse("profiles:model", args=["claude-opus-4"])}" class="viewsitelink"' in page
