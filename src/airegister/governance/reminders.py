"""Review reminders by email (Django's email backend: the console in development): one message per assessment
whose review is overdue or due within 30 days, sent once per due date and kind, however often and on however
many machines `airegister remind` runs."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from airegister.core.events import REVIEW_DUE, REVIEW_OVERDUE, emit_event

from .choices import DueStateChoices
from .models import Assessment, Reminder


def recipients_for(assessment) -> list[str]:
    if assessment.assessor is not None and assessment.assessor.email:
        return [assessment.assessor.email]
    return list(getattr(settings, "REVIEW_REMINDER_RECIPIENTS", []))


def message_for(assessment, kind: str) -> tuple[str, str]:
    overdue = kind == DueStateChoices.OVERDUE
    state, due = ("is overdue", "was due") if overdue else ("is due soon", "is due")
    subject = f"Review {state}: {assessment.control.name} of {assessment.subject_name}"
    body = (
        f"The review of {assessment.subject_kind.lower()} “{assessment.subject_name}” against the control "
        f"“{assessment.control.name}” {state}: it {due} on {assessment.next_due:%B %-d, %Y} "
        f"(last completed {assessment.completed_on:%B %-d, %Y}, "
        f"risk rated {assessment.get_risk_rating_display()}).\n\n"
        f"Start the next assessment from {settings.SITE_URL.rstrip('/')}{assessment.get_absolute_url()}\n"
    )
    return subject, body


def send_reminders(today=None) -> tuple[int, int]:
    """Send the reminders not sent yet; returns (sent, skipped for want of a recipient)."""
    today = today or timezone.localdate()
    reviews = Assessment.objects.select_related("control", "subject_type", "assessor")
    due = [(a, DueStateChoices.OVERDUE) for a in reviews.overdue(today)]
    due += [(a, DueStateChoices.DUE_SOON) for a in reviews.due_soon(today)]
    sent = skipped = 0
    for assessment, kind in due:
        to = recipients_for(assessment)
        if not to:
            skipped += 1
            continue
        try:
            with transaction.atomic():
                # The row first: a second run (or another machine) finds it, or waits on it and then fails the
                # unique constraint; if sending fails, the row is rolled back and the next run tries again.
                Reminder.objects.create(
                    assessment=assessment, kind=kind, due=assessment.next_due, recipients=", ".join(to)
                )
                subject, body = message_for(assessment, kind)
                send_mail(subject, body, None, to)
                emit_event(
                    REVIEW_OVERDUE if kind == DueStateChoices.OVERDUE else REVIEW_DUE, assessment,
                    due=assessment.next_due.isoformat(), control=assessment.control.name,
                    subject=assessment.subject_name, recipients=to,
                )
        except IntegrityError:
            continue  # already sent
        sent += 1
    return sent, skipped
