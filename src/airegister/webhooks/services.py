"""Webhook deliveries: queue an event for the endpoints that subscribe to it, sign it, send it, retry it.

A delivery is written in the transaction that made the change (the outbox: a rolled-back change leaves no
delivery) and sent once that transaction commits, then by `airegister deliver-webhooks` (cron) while it
keeps failing: after 1 minute, 5, 30, 2 hours and 12 hours; after the sixth failed attempt it is "failed".
Sending uses the monitor's fetch rules (sources/fetch.py): http/https only, no private or loopback target
unless its host is in AIREGISTER_FETCH_ALLOWED_HOSTS, timeouts.
"""

import hashlib
import hmac
import json
import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from airegister.core.events import Event
from airegister.sources.fetch import FetchError, FetchRefused, post

from .choices import TEST_EVENT, DeliveryStatusChoices
from .events import event_for, event_types_for
from .models import WebhookDelivery, WebhookEndpoint

BACKOFF = [timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2), timedelta(hours=12)]
# A sender claims a delivery for this long, so that the commit hook and cron never send it twice at once.
CLAIM = timedelta(minutes=5)
SIGNATURE_HEADER = "X-AIRegister-Signature"
TIMESTAMP_HEADER = "X-AIRegister-Timestamp"
EVENT_HEADER = "X-AIRegister-Event"
DELIVERY_HEADER = "X-AIRegister-Delivery"
USER_AGENT = "AI-Register-webhooks/0.1"


def payload_for(event: Event) -> dict:
    return {
        "event_type": event.event_type,
        "occurred_at": event.occurred_at.isoformat(),
        "object_type": event.object_type,
        "object_id": event.object_id,
        "name": event.name,
        "url": event.url_path,
        "site_url": settings.SITE_URL.rstrip("/") + event.url_path if event.url_path else "",
        "changes": event.changes,
        "data": event.data,
    }


def body_of(payload: dict) -> bytes:
    """The exact bytes sent (and signed): the same for every attempt of a delivery."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str).encode()


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def enabled_endpoints() -> list[WebhookEndpoint]:
    return list(WebhookEndpoint.objects.filter(enabled=True))


def subscribers(endpoints, event_type: str) -> list[WebhookEndpoint]:
    return [e for e in endpoints if e.subscribes_to(event_type)]


def queue_event(event: Event, endpoints=None) -> list[WebhookDelivery]:
    """A delivery per enabled endpoint subscribed to the event, sent when the current transaction commits."""
    wanted = subscribers(enabled_endpoints() if endpoints is None else endpoints, event.event_type)
    if not wanted:
        return []
    return queue(wanted, event.event_type, payload_for(event))


def queue_change_events(changes) -> int:
    """The deliveries the logged changes call for; one query for the endpoints, none when no change is an event."""
    candidates = [(change, types) for change in changes if (types := event_types_for(change))]
    if not candidates:
        return 0
    endpoints, queued = enabled_endpoints(), 0
    for change, types in candidates:
        for event_type in types:
            if subscribers(endpoints, event_type):
                queued += len(queue_event(event_for(change, event_type), endpoints))
    return queued


def queue(endpoints, event_type: str, payload: dict) -> list[WebhookDelivery]:
    now = timezone.now()
    deliveries = [
        WebhookDelivery.objects.create(
            endpoint=endpoint, event_type=event_type, payload=payload, next_attempt_at=now
        )
        for endpoint in endpoints
    ]
    if getattr(settings, "AIREGISTER_WEBHOOKS_SEND_ON_COMMIT", True):
        ids = [d.pk for d in deliveries]
        transaction.on_commit(lambda: [attempt(pk) for pk in ids])
    return deliveries


def send_test_event(endpoint: WebhookEndpoint, user_name: str = "") -> WebhookDelivery:
    """A `webhook.test` delivery to this endpoint (whatever it subscribes to), attempted now."""
    event = Event(
        event_type=TEST_EVENT, object_type="webhooks.webhookendpoint", object_id=endpoint.pk, name=endpoint.name,
        url_path=endpoint.get_absolute_url(), data={"actor": user_name or "system", "message": "Test event"},
    )
    with transaction.atomic():
        delivery = WebhookDelivery.objects.create(
            endpoint=endpoint, event_type=TEST_EVENT, payload=payload_for(event), next_attempt_at=timezone.now()
        )
    attempt(delivery.pk)
    delivery.refresh_from_db()
    return delivery


def claim(pk: int) -> WebhookDelivery | None:
    """The delivery, if it is due and no other sender has it; claimed for CLAIM."""
    now = timezone.now()
    claimed = WebhookDelivery.objects.due(now).filter(pk=pk).update(next_attempt_at=now + CLAIM)
    if not claimed:
        return None
    return WebhookDelivery.objects.select_related("endpoint").get(pk=pk)


def attempt(pk: int) -> WebhookDelivery | None:
    """Send one due delivery once; record the outcome and, on failure, when to try again."""
    delivery = claim(pk)
    if delivery is None:
        return None
    endpoint = delivery.endpoint
    body = body_of(delivery.payload)
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: signature(endpoint.secret, body),
        TIMESTAMP_HEADER: str(int(time.time())),
        EVENT_HEADER: delivery.event_type,
        DELIVERY_HEADER: str(delivery.pk),
    }
    now = timezone.now()
    delivery.attempts += 1
    delivery.last_attempt_at = now
    give_up = False
    try:
        code = post(endpoint.url, body, headers, user_agent=USER_AGENT)
    except FetchRefused as exc:
        code, error, give_up = None, str(exc), True  # the address stays refused however often it is retried
    except FetchError as exc:
        code, error = None, str(exc)
    else:
        error = "" if 200 <= code < 300 else f"the receiver answered HTTP {code}"
    delivery.last_response_code = code
    delivery.last_error = error[:500]
    if not error:
        delivery.status = DeliveryStatusChoices.DELIVERED
        delivery.delivered_at = now
        delivery.next_attempt_at = None
    elif give_up or delivery.attempts > len(BACKOFF):
        delivery.status = DeliveryStatusChoices.FAILED
        delivery.next_attempt_at = None
    else:
        delivery.next_attempt_at = now + BACKOFF[delivery.attempts - 1]
    delivery.save()
    return delivery


def deliver_due(progress=None, endpoint: WebhookEndpoint | None = None) -> dict:
    """Attempt every delivery that is due; counts by outcome. `progress(line)` hears each attempt."""
    due = WebhookDelivery.objects.due()
    if endpoint is not None:
        due = due.filter(endpoint=endpoint)
    counts = {"delivered": 0, "retrying": 0, "failed": 0}
    for pk in list(due.values_list("pk", flat=True)):
        delivery = attempt(pk)
        if delivery is None:
            continue  # another sender has it
        outcome = (
            "delivered" if delivery.status == DeliveryStatusChoices.DELIVERED
            else "failed" if delivery.status == DeliveryStatusChoices.FAILED else "retrying"
        )
        counts[outcome] += 1
        if progress is not None:
            detail = f" — {delivery.last_error}" if delivery.last_error else ""
            progress(f"{delivery.event_type} to {delivery.endpoint.name}: {outcome}{detail}")
    return counts


def summary(counts: dict) -> str:
    if not any(counts.values()):
        return ""
    return (
        f"Webhooks: {counts['delivered']} delivered, {counts['retrying']} to retry, {counts['failed']} failed."
    )
