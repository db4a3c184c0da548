"""The API as a whole: its root, its OpenAPI schema and the read-only change log."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from airegister.catalog.models import Vendor
from airegister.core.models import ObjectChange
from airegister.core.testing.api import APIViewTestCases, token_client


def test_schema_generates_without_warnings(tmp_path):
    """`airegister spectacular --fail-on-warn` fails on any warning or error of schema generation."""
    target = tmp_path / "schema.yml"
    call_command("spectacular", "--fail-on-warn", "--validate", "--file", str(target))
    text = target.read_text()
    assert "/api/catalog/models/{slug}/profile/" in text
    assert "FlagCategoryEnum" in text and "ControlCategoryEnum" in text


def test_schema_served_to_signed_in_users(viewer, settings):
    settings.ANONYMOUS_READ = False
    response = token_client(viewer).get(reverse("api-schema"), {"format": "json"})
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "AI Register API"


def test_root_lists_the_sections(viewer):
    client = token_client(viewer)
    data = client.get(reverse("api:root")).json()
    assert set(data) == {"core", "catalog", "governance", "sources", "usecases", "requirements", "webhooks", "schema"}
    for name, url in data.items():  # each address is a section the reader can open
        assert client.get(url).status_code == 200, name


@pytest.fixture
def changed_vendor(editor):
    client = token_client(editor)
    client.post(reverse("api:catalog-api:vendor-list"), {"name": "Example Labs", "slug": "example-labs"}, format="json")
    client.patch(
        reverse("api:catalog-api:vendor-detail", args=["example-labs"]), {"description": "Edited."}, format="json",
        headers={"X-Change-Message": "Fixed the description"},
    )
    return Vendor.objects.get(slug="example-labs")


def test_change_log_lists_api_writes_with_user_and_message(changed_vendor, viewer):
    url = reverse("api:core-api:objectchange-list")
    response = token_client(viewer).get(url, {"changed_object_id": changed_vendor.pk})
    changes = [c for c in response.json()["results"] if c["object_type"] == "catalog.vendor"]
    assert [c["action"] for c in changes] == ["update", "create"]
    update = changes[0]
    assert update["user_name"] == "editor"
    assert update["message"] == "Fixed the description"
    assert update["diff"] == [{"field": "description", "before": "", "after": "Edited."}]


def test_change_log_is_read_only(changed_vendor, editor):
    from airegister.core.models import ObjectChange

    client = token_client(editor)
    change = ObjectChange.objects.first()
    url = reverse("api:core-api:objectchange-detail", args=[change.pk])
    assert client.post(reverse("api:core-api:objectchange-list"), {}, format="json").status_code in (403, 405)
    assert client.patch(url, {"message": "rewritten"}, format="json").status_code in (403, 405)
    assert client.delete(url).status_code in (403, 405)
    change.refresh_from_db()
    assert change.message != "rewritten"


class TestObjectChangeAPI(APIViewTestCases.ReadOnlyAPIViewTestCase):
    """The change log is written by the register itself, never through the API."""

    model = ObjectChange
    basename = "core-api:objectchange"

    def create_objects(self):
        vendor = Vendor.objects.create(name="Example Labs", slug="example-labs")
        vendor.snapshot()
        vendor.description = "Edited."
        vendor.save()
        return list(ObjectChange.objects.order_by("pk"))
