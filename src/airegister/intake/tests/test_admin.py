"""Source documents in the admin."""

from django.urls import reverse

from airegister.core.testing.admin import admin_form_data
from airegister.core.testing.api import changes_of
from airegister.sources.models import SourceDocument


def test_editor_adds_a_source_document(db, editor_client):
    url = reverse("admin:sources_sourcedocument_add")
    data = admin_form_data(editor_client.get(url))
    data.update(title="Fictional card", slug="fictional-card", url="https://example.test/card", published="2025-05")
    assert editor_client.post(url, data).status_code == 302
    document = SourceDocument.objects.get(slug="fictional-card")
    assert changes_of(document, "create").get().user_name == "editor"


def test_bad_partial_date_is_a_form_error(db, editor_client):
    url = reverse("admin:sources_sourcedocument_add")
    data = admin_form_data(editor_client.get(url))
    data.update(title="Fictional", slug="fictional", published="May 2025")
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert not SourceDocument.objects.exists()


def test_a_watched_location_typed_in_the_admin_must_be_an_http_url(db, editor_client):
    url = reverse("admin:sources_sourcedocument_add")
    data = admin_form_data(editor_client.get(url))
    data.update(title="Fictional", slug="fictional", watch="/etc/passwd")
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "Give an http or https URL" in response.content.decode()
    assert not SourceDocument.objects.exists()
    data.update(watch="https://example.test/card")
    assert editor_client.post(url, data).status_code == 302
    assert SourceDocument.objects.get().watch == "https://example.test/card"


def test_snapshots_and_proposed_facts_are_read_only_in_the_admin(db, editor_client):
    assert editor_client.get(reverse("admin:sources_snapshot_changelist")).status_code == 200
    assert editor_client.get(reverse("admin:intake_proposedfact_changelist")).status_code == 200
    assert editor_client.get(reverse("admin:sources_snapshot_add")).status_code == 403
