from airegister.core import events
from airegister.core.choices import ChoiceSet


class EventTypeChoices(ChoiceSet):
    """What an endpoint may subscribe to. The values are the `event_type` of the payload."""

    FLAG_OPENED = "flag.opened"
    FLAG_RESOLVED = "flag.resolved"
    FACT_CHANGED = events.FACT_CHANGED
    REVIEW_DUE = events.REVIEW_DUE
    REVIEW_OVERDUE = events.REVIEW_OVERDUE
    LIFECYCLE_CHANGED = "model.lifecycle_changed"
    CHOICES = [
        (FLAG_OPENED, "Compliance flag opened", "orange"),
        (FLAG_RESOLVED, "Compliance flag resolved", "green"),
        (FACT_CHANGED, "Fact changed by monitor or a feed", "blue"),
        (REVIEW_DUE, "Review due soon", "yellow"),
        (REVIEW_OVERDUE, "Review overdue", "red"),
        (LIFECYCLE_CHANGED, "Model lifecycle status or retirement date changed", "purple"),
    ]


# Sent by "Send test event" whatever the endpoint subscribes to; not a subscription choice.
TEST_EVENT = "webhook.test"


class DeliveryStatusChoices(ChoiceSet):
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"
    CHOICES = [
        (PENDING, "Pending", "blue"),
        (DELIVERED, "Delivered", "green"),
        (FAILED, "Failed", "red"),
    ]
