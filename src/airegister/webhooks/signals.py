"""The webhooks app listens to core's event signals; no other app knows it exists."""

from django.dispatch import receiver

from airegister.core.events import changes_logged, delivery_requested, event_emitted

from .services import deliver_due, queue_change_events, queue_event, summary


@receiver(changes_logged)
def queue_logged_changes(sender, changes, **kwargs):
    queue_change_events(changes)


@receiver(event_emitted)
def queue_emitted_event(sender, event, **kwargs):
    queue_event(event)


@receiver(delivery_requested)
def deliver_requested(sender, progress=None, **kwargs):
    return summary(deliver_due(progress))
