"""`airegister unlock USERNAME`: lift a sign-in lockout (django-axes) before its cool-off ends."""

import logging

from axes.utils import reset
from django.core.management.base import BaseCommand, CommandError

from ._oneline import OneLineErrorsMixin

logger = logging.getLogger(__name__)


class Command(OneLineErrorsMixin, BaseCommand):
    help = "Lift the sign-in lockout of an account (ten wrong passwords lock it): its failed attempts are cleared."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        username = username.strip()
        if not username:
            raise CommandError("the username must not be empty", returncode=2)
        cleared = reset(username=username)
        if cleared:
            logger.warning("Sign-in lockout of %s lifted by `airegister unlock`", username)
            self.stdout.write(f"Unlocked {username}: its failed sign-in attempts are cleared.")
        else:
            self.stdout.write(f"{username} was not locked: no failed sign-in attempt is recorded.")
