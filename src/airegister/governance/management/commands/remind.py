from django.core.management.base import BaseCommand

from airegister.core.events import deliver_pending
from airegister.core.management.commands._oneline import OneLineErrorsMixin
from airegister.governance.reminders import send_reminders


class Command(OneLineErrorsMixin, BaseCommand):
    help = (
        "Email a reminder for each assessment whose review is overdue or due within 30 days; each reminder is "
        "sent once (safe to run from cron, and from several machines at once)."
    )

    def handle(self, *args, **options):
        sent, skipped = send_reminders()
        self.stdout.write(f"Sent {sent} reminder(s).")
        if skipped:
            self.stdout.write(f"{skipped} review(s) due with no recipient: the assessor has no email address and "
                              "REVIEW_REMINDER_RECIPIENTS is not set.")
        for line in deliver_pending():
            self.stdout.write(line)
