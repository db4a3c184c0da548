"""`airegister createuser USERNAME --role ROLE`: an account with one of the register's roles."""

import getpass
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from airegister.core.choices import RoleChoices
from airegister.core.roles import assign_role

from ._oneline import OneLineErrorsMixin


def fail(message: str):
    return CommandError(message, returncode=2)


class Command(OneLineErrorsMixin, BaseCommand):
    stealth_options = ("stdin",)  # tests pass a file instead of the real standard input
    help = "Create a user with a role: viewer (reads), editor (edits the catalog) or admin (manages users)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, help=f"one of {', '.join(RoleChoices.values())}")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--password-stdin",
            action="store_true",
            help="read the password from the first line of standard input",
        )

    def handle(self, *args, username, role, email, password_stdin, **options):
        if role not in RoleChoices.values():
            raise fail(f"unknown role {role!r}; valid roles: {', '.join(RoleChoices.values())}")
        User = get_user_model()
        username = username.strip()
        if not username:
            raise fail("the username must not be empty")
        if User.objects.filter(username=username).exists():
            raise fail(f"user {username!r} already exists; change its role in the admin site (/admin/)")
        password = self.read_password(password_stdin, options.get("stdin") or sys.stdin)
        user = User(username=username, email=email)
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise fail("password refused: " + " ".join(exc.messages)) from exc
        with transaction.atomic():
            user.set_password(password)
            user.save()
            assign_role(user, role)
        self.stdout.write(f"Created user {username} with role {role}.")

    def read_password(self, from_stdin: bool, stdin) -> str:
        if from_stdin:
            password = stdin.readline().rstrip("\r\n")
        elif stdin.isatty():
            password = getpass.getpass("Password: ")
            if getpass.getpass("Password (again): ") != password:
                raise fail("the two passwords differ")
        else:
            raise fail("no terminal to ask for a password: pass --password-stdin and pipe it in")
        if not password:
            raise fail("the password must not be empty")
        return password
