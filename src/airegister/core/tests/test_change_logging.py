"""One change log for every record: create, update, delete and m2m edits, attributed; stale edits refused."""

import datetime

import pytest
from django.utils import timezone

from airegister.catalog.models import Certification, Channel, Vendor
from airegister.core.context import change_context
from airegister.core.models import ConcurrentEditError, ObjectChange
from airegister.governance.models import Control, Playbook

pytestmark = pytest.mark.django_db


def changes_of(obj):
    return list(ObjectChange.objects.for_object(obj).order_by("time", "pk"))


@pytest.fixture
def vendor():
    return Vendor.objects.create(name="Example Labs", slug="example-labs", website="https://example.com")


def test_create_writes_one_change_with_the_data_after(vendor):
    [change] = changes_of(vendor)

    assert change.action == "create"
    assert change.prechange_data is None
    assert change.postchange_data["name"] == "Example Labs"
    assert change.postchange_data["website"] == "https://example.com"
    # Bookkeeping stamps are not part of the logged data.
    assert "last_updated" not in change.postchange_data
    assert change.object_repr == "Example Labs"
    assert change.user_name == "system"


def test_update_writes_before_and_after_and_the_field_diff(vendor):
    vendor.website = "https://example.org"
    vendor.save()

    create, update = changes_of(vendor)
    assert update.action == "update"
    assert update.prechange_data["website"] == "https://example.com"
    assert update.postchange_data["website"] == "https://example.org"
    assert update.diff() == [
        {"field": "website", "before": "https://example.com", "after": "https://example.org"}
    ]


def test_a_save_that_changes_nothing_logs_nothing(vendor):
    vendor.save()
    Vendor.objects.get(pk=vendor.pk).save()

    assert len(changes_of(vendor)) == 1


def test_delete_writes_one_change_with_the_data_before(vendor):
    pk = vendor.pk
    vendor.delete()

    change = ObjectChange.objects.get(changed_object_id=pk, action="delete")
    assert change.prechange_data["name"] == "Example Labs"
    assert change.postchange_data is None
    assert ObjectChange.objects.filter(changed_object_id=pk).count() == 2


def test_a_channel_edit_is_logged_like_any_record():
    channel = Channel.objects.create(
        name="Example API", slug="example-api", kind="vendor-api", operator="Example"
    )
    channel.description = "The vendor's own API."
    channel.save()

    assert [c.action for c in changes_of(channel)] == ["create", "update"]
    assert changes_of(channel)[1].diff() == [
        {"field": "description", "before": "", "after": "The vendor's own API."}
    ]


def test_a_fact_change_also_lands_in_its_parent_history(vendor):
    cert = Certification.objects.create(vendor=vendor, name="ISO/IEC 27001")

    [fact_change] = changes_of(cert)
    assert fact_change in changes_of(vendor)
    assert fact_change.related_object == vendor


def test_user_message_and_request_id_come_from_the_change_context(vendor, editor):
    with change_context(user=editor, message="Checked the trust centre") as ctx:
        vendor.description = "Makes example models."
        vendor.save()
        Certification.objects.create(vendor=vendor, name="SOC 2 Type II")

    logged = ObjectChange.objects.filter(request_id=ctx.request_id)
    assert logged.count() == 2
    for change in logged:
        assert change.user == editor
        assert change.user_name == "editor"
        assert change.message == "Checked the trust centre"
    # Outside the context, changes are the system's, in a request of their own.
    vendor.description = "Changed again."
    vendor.save()
    last = changes_of(vendor)[-1]
    assert (last.user, last.user_name) == (None, "system")
    assert last.request_id != ctx.request_id


def test_the_user_name_outlives_the_account(vendor, editor):
    with change_context(user=editor):
        vendor.description = "x"
        vendor.save()
    editor.delete()

    last = changes_of(vendor)[-1]
    assert last.user is None
    assert last.user_name == "editor"


def test_many_to_many_change_is_logged_on_the_owner():
    control = Control.objects.create(name="Example control", slug="example-control", description="Do it.")
    playbook = Playbook.objects.create(question="How?", slug="how", summary="Like this.")

    playbook.related_controls.add(control)
    playbook.related_controls.remove(control)

    add, remove = changes_of(playbook)[1:]
    assert (add.action, add.prechange_data["related_controls"], add.postchange_data["related_controls"]) == (
        "update",
        [],
        [control.pk],
    )
    assert (remove.prechange_data["related_controls"], remove.postchange_data["related_controls"]) == (
        [control.pk],
        [],
    )
    # The control's own history is untouched: the field belongs to the playbook.
    assert len(changes_of(control)) == 1


def test_a_stale_edit_is_refused_and_changes_nothing(vendor):
    mine = Vendor.objects.get(pk=vendor.pk)
    loaded_at = mine.last_updated
    theirs = Vendor.objects.get(pk=vendor.pk)
    theirs.website = "https://theirs.example"
    theirs.save()
    logged_before = ObjectChange.objects.count()

    mine.website = "https://mine.example"
    with pytest.raises(ConcurrentEditError, match="changed by someone else"):
        mine.save(expected_last_updated=loaded_at)

    stored = Vendor.objects.get(pk=vendor.pk)
    assert stored.website == "https://theirs.example"
    assert stored.last_updated == theirs.last_updated
    assert ObjectChange.objects.count() == logged_before


def test_a_current_edit_with_the_expected_stamp_is_saved(vendor):
    mine = Vendor.objects.get(pk=vendor.pk)
    mine.website = "https://mine.example"
    mine.save(expected_last_updated=mine.last_updated)

    assert Vendor.objects.get(pk=vendor.pk).website == "https://mine.example"
    assert changes_of(vendor)[-1].postchange_data["website"] == "https://mine.example"


def test_saves_stamp_last_updated_unless_the_loader_preserves_timestamps(vendor):
    stated = datetime.datetime(2026, 6, 27, tzinfo=datetime.UTC)
    vendor.last_updated = stated
    vendor.description = "As the data file states."
    with change_context(user_name="load-catalog", preserve_timestamps=True):
        vendor.save()
    assert Vendor.objects.get(pk=vendor.pk).last_updated == stated

    before_edit = timezone.now()
    vendor.description = "Edited by hand."
    vendor.save()
    assert Vendor.objects.get(pk=vendor.pk).last_updated >= before_edit
