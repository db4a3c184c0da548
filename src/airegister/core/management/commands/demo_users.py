"""`airegister demo-users`: the demo's sign-in accounts (editor, viewer), created or reset idempotently."""

from axes.utils import reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from airegister.core.choices import RoleChoices
from airegister.core.roles import assign_role

from ._oneline import OneLineErrorsMixin

# Published passwords: these accounts exist only in demo mode, never on a real deployment.
DEMO_USERS = [
    ("editor", RoleChoices.EDITOR, "demo-editor", "edits the catalog; back office at /admin/"),
    ("viewer", RoleChoices.VIEWER, "demo-viewer", "reads the register"),
]


class Command(OneLineErrorsMixin, BaseCommand):
    help = "Create (or reset) the demo accounts editor/demo-editor and viewer/demo-viewer. Demo mode only."

    def add_arguments(self, parser):
        parser.add_argument(
            "--url", default="http://127.0.0.1:8000", help="where the demo is served (for the hint)"
        )

    def handle(self, *args, url, **options):
        if not settings.DEMO_MODE:
            raise CommandError(
                "demo-users only runs in demo mode (AIREGISTER_DEMO=1): its passwords are public",
                returncode=2,
            )
        User = get_user_model()
        with transaction.atomic():
            for username, role, password, _what in DEMO_USERS:
                user, _ = User.objects.get_or_create(username=username)
                user.set_password(password)  # reset, so the printed password always works
                user.is_active = True
                assign_role(user, role)  # saves the user
                reset(username=username)  # and lift any sign-in lockout, for the same reason
        login_url = url.rstrip("/") + "/login/"
        for username, role, password, what in DEMO_USERS:
            self.stdout.write(f"Sign in at {login_url} as {username} / {password} ({role}: {what})")
