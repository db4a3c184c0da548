"""`airegister deliver-webhooks [--endpoint NAME]`: send the webhook deliveries that are due (for cron, every minute).

New events are sent as soon as their change commits; this command retries the failures whose back-off has
passed and catches up on anything a crashed process left. On a terminal, each attempt is a line. Exit
status 2 for a usage error (an unknown endpoint).
"""

import sys

from django.core.management.base import BaseCommand, CommandError

from airegister.core.management.commands._oneline import OneLineErrorsMixin
from airegister.webhooks.models import WebhookEndpoint
from airegister.webhooks.services import deliver_due, summary


class Command(OneLineErrorsMixin, BaseCommand):
    help = "Send every webhook delivery that is due: new events not sent yet, and failures whose retry time came."

    def add_arguments(self, parser):
        parser.add_argument("--endpoint", help="Only this endpoint's deliveries (by name).")

    def handle(self, *args, endpoint=None, **options):
        target = None
        if endpoint is not None:
            target = WebhookEndpoint.objects.filter(name=endpoint).first()
            if target is None:
                names = ", ".join(WebhookEndpoint.objects.values_list("name", flat=True)) or "none yet"
                raise CommandError(f"no webhook endpoint named {endpoint!r} (endpoints: {names})", returncode=2)
        verbose = options.get("verbosity", 1) > 1 or sys.stdout.isatty()
        counts = deliver_due(progress=self.stdout.write if verbose else None, endpoint=target)
        self.stdout.write(summary(counts) or "No webhook delivery is due.")
