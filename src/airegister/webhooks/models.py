"""Where register events are sent (endpoints) and what was sent to them (the delivery log, also the outbox)."""

import hashlib

from django.core.exceptions import ValidationError
from django.core.validators import MinLengthValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from airegister.core.models import ChangeLoggedModel
from airegister.sources.fetch import FetchError, FetchRefused, check_url, resolve

from .choices import DeliveryStatusChoices, EventTypeChoices

MIN_SECRET_LENGTH = 16


def url_problem(url: str) -> str | None:
    """Why the register would refuse to post to `url` (the monitor's rules), or None. A host that does not
    resolve now is accepted: it may be set up later, and each delivery checks again."""
    try:
        _scheme, host, port, _path = check_url(url)
        resolve(url, host, port)
    except FetchRefused as exc:
        return str(exc).replace("refused to fetch", "the register will not post to")
    except FetchError:  # unresolvable now; checked again at each delivery
        return None
    return None


class WebhookEndpoint(ChangeLoggedModel):
    name = models.CharField(max_length=100, unique=True)
    url = models.URLField(max_length=500, verbose_name="URL", help_text="Where events are POSTed (http or https).")
    secret = models.CharField(
        max_length=200,
        validators=[MinLengthValidator(
            MIN_SECRET_LENGTH,
            f"Use at least {MIN_SECRET_LENGTH} characters: the secret is all that proves an event is ours.",
        )],
        help_text="Shared with the receiver, which checks each body's HMAC-SHA256 signature with it."
    )
    event_types = models.JSONField(default=list, blank=True, help_text="The event types sent to this endpoint.")
    enabled = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "webhook endpoint"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("webhooks:endpoint", args=[self.pk])

    def clean(self):
        super().clean()
        errors = {}
        if self.url:
            problem = url_problem(self.url)
            if problem:
                errors["url"] = problem
        unknown = [t for t in (self.event_types or []) if t not in EventTypeChoices.values()]
        if not isinstance(self.event_types, list) or unknown:
            errors["event_types"] = (
                f"Unknown event type(s): {', '.join(map(str, unknown)) or self.event_types!r}; "
                f"valid: {', '.join(EventTypeChoices.values())}."
            )
        if errors:
            raise ValidationError(errors)

    def serialize_object(self) -> dict:
        # The change log is readable by every signed-in user: it shows that the secret changed, never the secret.
        data = super().serialize_object()
        data["secret"] = "sha256:" + hashlib.sha256(self.secret.encode()).hexdigest()[:12] if self.secret else ""
        return data

    def subscribes_to(self, event_type: str) -> bool:
        return event_type in (self.event_types or [])


class WebhookDeliveryQuerySet(models.QuerySet):
    def due(self, now=None):
        return self.filter(
            status=DeliveryStatusChoices.PENDING, next_attempt_at__lte=now or timezone.now()
        ).order_by("next_attempt_at", "pk")


class WebhookDelivery(models.Model):
    """One event for one endpoint: written in the transaction of the change (a rolled-back change sends
    nothing), sent after commit, retried with back-off. Bookkeeping, so not itself change-logged."""

    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    event_type = models.CharField(max_length=50, db_index=True)
    payload = models.JSONField()
    status = models.CharField(
        max_length=10, choices=DeliveryStatusChoices.choices(), default=DeliveryStatusChoices.PENDING, db_index=True
    )
    attempts = models.PositiveIntegerField(default=0)
    created = models.DateTimeField(default=timezone.now, editable=False)
    next_attempt_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_response_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    objects = WebhookDeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = "webhook delivery"
        verbose_name_plural = "webhook deliveries"

    def __str__(self):
        return f"{self.event_type} to {self.endpoint} ({self.status})"
