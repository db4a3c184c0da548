"""Webhooks end to end: register events reach a real HTTP receiver on 127.0.0.1, signed; failures are retried
with back-off and shown; private targets are refused; a rolled-back change sends nothing."""

import datetime
import hashlib
import hmac
import json

import pytest
from django.db import transaction
from django.utils import timezone

from airegister.catalog.models import AIModel, ComplianceFlag
from airegister.core.events import REVIEW_OVERDUE, emit_event
from airegister.core.testing.views import assert_shows
from airegister.governance.tests import test_assessments as governance
from airegister.intake import accept
from airegister.sources.models import SourceDocument
from airegister.webhooks.models import WebhookDelivery, WebhookEndpoint
from airegister.webhooks.services import BACKOFF, deliver_due

from .conftest import edit, run

SECRET = "a-long-shared-secret-for-tests"


def endpoint_for(receiver, *event_types, name="GRC", url=None) -> WebhookEndpoint:
    return WebhookEndpoint.objects.create(
        name=name, url=url or receiver.url(), secret=SECRET, event_types=list(event_types)
    )


def verified(request) -> dict:
    """The event, after checking its signature as a receiver does (docs/webhooks.md)."""
    expected = "sha256=" + hmac.new(SECRET.encode(), request["body"], hashlib.sha256).hexdigest()
    assert hmac.compare_digest(request["headers"]["X-AIRegister-Signature"], expected)
    assert request["headers"]["X-AIRegister-Timestamp"].isdigit()
    assert request["headers"]["Content-Type"] == "application/json"
    return json.loads(request["body"])


@pytest.fixture
def watched(catalog, seed_copy, editor):
    """A local copy of seed 002 ingested, and Claude Opus 4's facts from it accepted (as in test_monitor)."""
    run("ingest", str(seed_copy))
    document = SourceDocument.objects.get(watch=str(seed_copy))
    accept.accept_all(document.snapshots.get(), AIModel.objects.get(slug="claude-opus-4"), editor)
    return document


def test_monitor_change_reaches_the_endpoint_signed(watched, seed_copy, receiver, allow_local):
    endpoint_for(receiver, "flag.opened", "fact.changed")
    edit(seed_copy, "training data cutoff date of March 2025", "training data cutoff date of June 2025")
    output = run("monitor", source=watched.slug)
    assert "Webhooks: 4 delivered, 0 to retry, 0 failed." in output
    events = [verified(r) for r in receiver.received]
    assert [r["headers"]["X-AIRegister-Event"] for r in receiver.received] == [e["event_type"] for e in events]
    by_type = {}
    for event in events:
        by_type.setdefault(event["event_type"], []).append(event)
    assert sorted(by_type) == ["fact.changed", "flag.opened"]
    opus = next(e for e in by_type["fact.changed"] if e["name"] == "Claude Opus 4")
    assert opus["object_type"] == "catalog.aimodel" and opus["url"] == "/models/claude-opus-4/"
    assert opus["changes"] == [{"field": "training data cutoff", "before": "2025-03", "after": "2025-06"}]
    assert opus["data"]["actor"] == "monitor"
    flag = ComplianceFlag.objects.get(model__slug="claude-opus-4", category="source-change")
    opened = next(e for e in by_type["flag.opened"] if e["object_id"] == flag.pk)
    assert opened["object_type"] == "catalog.complianceflag" and opened["name"] == flag.title
    assert opened["url"] == "/models/claude-opus-4/"  # a flag's page is its model's
    assert datetime.datetime.fromisoformat(opened["occurred_at"]).tzinfo is not None
    assert all(d.status == "delivered" and d.attempts == 1 for d in WebhookDelivery.objects.all())


def test_resolving_a_flag_and_a_lifecycle_change_are_events(catalog, receiver, allow_local,
                                                             django_capture_on_commit_callbacks):
    endpoint_for(receiver, "flag.resolved", "model.lifecycle_changed")
    model = AIModel.objects.get(slug="claude-opus-4")
    flag = ComplianceFlag.objects.create(
        vendor=model.vendor, model=model, title="Terms changed", category="source-change", severity="low",
        opened=datetime.date(2026, 11, 1),
    )
    with django_capture_on_commit_callbacks(execute=True):
        flag.status, flag.resolved = "resolved", datetime.date(2026, 12, 1)
        flag.save()
        model.retirement_date = datetime.date(2027, 6, 30)
        model.save()
    # Sent after commit, each once: no flag.opened (not subscribed), the resolution and the retirement date.
    events = [verified(r) for r in receiver.received]
    assert [e["event_type"] for e in events] == ["flag.resolved", "model.lifecycle_changed"]
    assert {"field": "status", "before": "active", "after": "resolved"} in events[0]["changes"]
    assert events[1]["changes"] == [{"field": "retirement_date", "before": None, "after": "2027-06-30"}]


def test_an_overdue_review_is_an_event(catalog, editor, receiver, allow_local, settings, tmp_path, mailoutbox):
    from airegister.governance.reminders import send_reminders

    settings.VAR_DIR = tmp_path
    editor.email = "editor@example.com"
    editor.save()
    endpoint_for(receiver, "review.overdue", "review.due")
    assessment = governance.make_assessment(editor)
    assessment.complete(editor, today=governance.TODAY)
    send_reminders(today=governance.TODAY + datetime.timedelta(days=91))
    assert deliver_due() == {"delivered": 1, "retrying": 0, "failed": 0}
    [event] = [verified(r) for r in receiver.received]
    assert event["event_type"] == "review.overdue" and event["object_id"] == assessment.pk
    assert event["data"]["due"] == "2027-03-01" and event["url"] == f"/assessments/{assessment.pk}/"


def due_now(delivery):
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())


def test_a_failing_endpoint_is_retried_with_back_off_then_given_up(db, receiver, allow_local, admin_user,
                                                                   django_capture_on_commit_callbacks):
    endpoint = endpoint_for(receiver, REVIEW_OVERDUE)
    receiver.answer(*[500] * 6)
    with django_capture_on_commit_callbacks(execute=True):
        emit_event(REVIEW_OVERDUE, endpoint)  # any record will do as the subject
    delivery = WebhookDelivery.objects.get()
    schedule = []
    for _ in BACKOFF:
        assert (delivery.status, delivery.last_response_code) == ("pending", 500)
        assert delivery.last_error == "the receiver answered HTTP 500"
        schedule.append(delivery.next_attempt_at - delivery.last_attempt_at)
        assert deliver_due() == {"delivered": 0, "retrying": 0, "failed": 0}  # not due yet
        due_now(delivery)
        deliver_due()
        delivery.refresh_from_db()
    assert schedule == BACKOFF == [datetime.timedelta(minutes=m) for m in (1, 5, 30, 120, 720)]
    assert (delivery.status, delivery.attempts, delivery.next_attempt_at) == ("failed", 6, None)
    assert len(receiver.received) == 6
    # The same body (and signature) every time: the receiver can tell a retry by X-AIRegister-Delivery.
    assert len({r["body"] for r in receiver.received}) == 1
    assert {r["headers"]["X-AIRegister-Delivery"] for r in receiver.received} == {str(delivery.pk)}

    client = governance.logged_in_client(admin_user)
    assert_shows(client.get(endpoint.get_absolute_url()), "review.overdue", "Failed", "500",
                 "the receiver answered HTTP 500")
    assert_shows(client.get("/webhooks/"), "GRC", "0 0 1")


def test_a_refused_connection_is_retried_and_shown(db, receiver, allow_local, admin_user):
    closed = receiver.url().rsplit(":", 1)[0] + ":9/hook"  # the discard port: nothing listens on loopback
    endpoint = endpoint_for(receiver, REVIEW_OVERDUE, url=closed)
    emit_event(REVIEW_OVERDUE, endpoint)
    assert deliver_due() == {"delivered": 0, "retrying": 1, "failed": 0}
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "pending" and delivery.last_response_code is None
    assert delivery.last_error.startswith(f"could not post to {closed}:")
    assert_shows(governance.logged_in_client(admin_user).get(endpoint.get_absolute_url()), "could not post to")


def test_a_private_target_not_allowed_is_refused(db, receiver):
    # Stored behind the form's back (or allowed once, then no longer): each delivery checks again.
    endpoint = endpoint_for(receiver, REVIEW_OVERDUE)
    emit_event(REVIEW_OVERDUE, endpoint)
    assert deliver_due() == {"delivered": 0, "retrying": 0, "failed": 1}
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed" and receiver.received == []
    assert "127.0.0.1 is a loopback address" in delivery.last_error
    assert "AIREGISTER_FETCH_ALLOWED_HOSTS" in delivery.last_error


def test_a_rolled_back_change_sends_nothing(catalog, receiver, allow_local, django_capture_on_commit_callbacks):
    endpoint_for(receiver, "flag.opened")
    model = AIModel.objects.get(slug="claude-opus-4")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        with transaction.atomic():
            ComplianceFlag.objects.create(
                vendor=model.vendor, model=model, title="Never happened", category="source-change",
                severity="low", opened=datetime.date(2026, 12, 1),
            )
            assert WebhookDelivery.objects.count() == 1  # written with the change …
            raise RuntimeError("the change fails")
    assert WebhookDelivery.objects.count() == 0  # … and rolled back with it
    assert deliver_due() == {"delivered": 0, "retrying": 0, "failed": 0}
    assert receiver.received == []


def test_disabled_and_unsubscribed_endpoints_hear_nothing(db, receiver, allow_local):
    endpoint_for(receiver, "flag.opened", name="flags only")
    disabled = endpoint_for(receiver, REVIEW_OVERDUE, name="off")
    WebhookEndpoint.objects.filter(pk=disabled.pk).update(enabled=False)
    emit_event(REVIEW_OVERDUE, disabled)
    assert WebhookDelivery.objects.count() == 0


def test_a_feed_update_is_a_fact_changed_event(catalog, receiver, allow_local):
    from airegister.core.context import change_context
    from airegister.intake.sync.common import SYNC_USER

    endpoint_for(receiver, "fact.changed")
    model = AIModel.objects.get(slug="claude-opus-4")
    with change_context(user_name=SYNC_USER, message="Sync models.dev 2026-12-01"):
        model.context_window = 400_000
        model.save()
    with change_context(user_name="editor"):  # an editor's edit is not a source's fact
        model.context_window = 500_000
        model.save()
    assert deliver_due()["delivered"] == 1
    [event] = [verified(r) for r in receiver.received]
    assert event["event_type"] == "fact.changed" and event["data"]["actor"] == "sync"
    assert [c["field"] for c in event["changes"]] == ["context_window"]
    assert event["changes"][0]["after"] == 400000


def test_changes_that_are_no_event_cost_no_query(catalog, receiver, allow_local):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    endpoint_for(receiver, "flag.opened")
    model = AIModel.objects.get(slug="claude-opus-4")
    with CaptureQueriesContext(connection) as queries:
        model.context_window = 123_456  # an editor's edit: no event
        model.save()
    assert not [q["sql"] for q in queries if "webhooks_" in q["sql"]]
    assert WebhookDelivery.objects.count() == 0
