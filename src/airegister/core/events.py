"""Register events: the one place where the register says "something happened" to whoever listens (webhooks).

Most events are derived from the change log: every logged change is announced by `changes_logged` (one
`record_change`, or a feed sync's bulk write), so no app needs to know who listens. Events that no record
change carries (a review falling due is a matter of the calendar) are announced with `emit_event`. Commands
that make events call `deliver_pending` at their end so that what they caused is sent (and earlier failures
retried) without waiting for cron. The listeners live in higher layers; this module imports none of them.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.dispatch import Signal
from django.utils import timezone

# The events apps emit themselves (the others are derived from the change log by the listeners).
FACT_CHANGED = "fact.changed"
REVIEW_DUE = "review.due"
REVIEW_OVERDUE = "review.overdue"

# sender=ObjectChange, changes=[ObjectChange, …]: written in the current transaction.
changes_logged = Signal()
# sender=None, event=Event.
event_emitted = Signal()
# sender=None, progress=callable(str) or None: receivers deliver what is due and return a one-line summary.
delivery_requested = Signal()


@dataclass
class Event:
    event_type: str
    object_type: str  # "catalog.aimodel"
    object_id: int | None
    name: str
    url_path: str = ""
    changes: list[dict] = field(default_factory=list)  # [{"field", "before", "after"}]
    occurred_at: datetime = field(default_factory=timezone.now)
    data: dict = field(default_factory=dict)  # anything else the event says (a review's due date, say)


def emit_event(event_type: str, obj, changes=None, **data) -> Event:
    """Announce an event about `obj` (a model instance) that no change-log entry carries."""
    url = obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else ""
    event = Event(
        event_type=event_type, object_type=obj._meta.label_lower, object_id=obj.pk, name=str(obj)[:200],
        url_path=url, changes=list(changes or []), data=data,
    )
    event_emitted.send(sender=None, event=event)
    return event


def deliver_pending(progress=None) -> list[str]:
    """Ask the listeners to send what is due now; their one-line summaries (none when nobody listens)."""
    return [summary for _receiver, summary in delivery_requested.send(sender=None, progress=progress) if summary]
