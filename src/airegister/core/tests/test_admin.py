"""The change log in the admin is read-only."""

from django.urls import reverse

from airegister.catalog.models import Vendor
from airegister.core.models import ObjectChange


def test_change_log_is_viewable_but_not_editable(db, editor_client):
    Vendor.objects.create(name="Example Labs", slug="example-labs")
    change = ObjectChange.objects.get()
    assert editor_client.get(reverse("admin:core_objectchange_changelist")).status_code == 200
    assert editor_client.get(reverse("admin:core_objectchange_change", args=[change.pk])).status_code == 200
    assert editor_client.get(reverse("admin:core_objectchange_add")).status_code == 403
    response = editor_client.post(reverse("admin:core_objectchange_delete", args=[change.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert ObjectChange.objects.filter(pk=change.pk).exists()
