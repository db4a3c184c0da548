"""`airegister token create USER [--name N] [--expires DAYS]`, `token list`, `token revoke ID|NAME`.

`create` prints the new token alone on stdout (so `T=$(airegister token create alice)` works) and never again:
only its SHA-512 digest is stored.
"""

import sys

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from airegister.core.context import change_context
from airegister.core.models import APIToken
from airegister.core.tokens import create_token, find_tokens, revoke_token

from ._oneline import OneLineErrorsMixin

COMMAND_USER = "token command"  # who the change log names for tokens made or revoked here


def fail(message: str):
    return CommandError(message, returncode=2)


def when(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else "-"


class Command(OneLineErrorsMixin, BaseCommand):
    help = "Create, list and revoke API tokens (stored hashed; shown once, when created)."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="{create,list,revoke}")
        create = actions.add_parser("create", help="a new token for USER, printed once on stdout")
        create.add_argument("user")
        create.add_argument("--name", default="", help="what will hold the token (default: “token N”)")
        create.add_argument("--expires", type=int, metavar="DAYS", help="expire after DAYS days (default: never)")
        actions.add_parser("list", help="every token: id, user, name, created, last used, expiry")
        revoke = actions.add_parser("revoke", help="revoke a token by its id or name")
        revoke.add_argument("token", metavar="ID|NAME")
        self._subparsers = actions

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        for sub in self._subparsers.choices.values():
            sub.error = parser.error  # one line on stderr, exit 2, as for the command's own options
        return parser

    def handle(self, *args, action, **options):
        getattr(self, f"handle_{action}")(**options)

    def handle_create(self, user, name, expires, **options):
        try:
            owner = get_user_model().objects.get(username=user)
        except get_user_model().DoesNotExist:
            raise fail(f"no user named {user!r}") from None
        try:
            with change_context(user_name=COMMAND_USER):
                token, raw = create_token(owner, name, expires)
        except ValidationError as exc:
            raise fail(" ".join(exc.messages)) from exc
        self.stdout.write(raw)
        username = owner.get_username()
        sys.stderr.write(f"Created token {token.pk} “{token.name}” for {username}; it is not shown again.\n")

    def handle_list(self, **options):
        rows = [("ID", "USER", "NAME", "CREATED", "LAST USED", "EXPIRES")]
        for token in APIToken.objects.select_related("user"):
            expiry = when(token.expiry) + (" (expired)" if token.is_expired else "")
            username = token.user.get_username()
            rows.append((str(token.pk), username, token.name, when(token.created), when(token.last_used), expiry))
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        for row in rows:
            self.stdout.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)).rstrip())

    def handle_revoke(self, token, **options):
        matches = list(find_tokens(token).select_related("user"))
        if not matches:
            raise fail(f"no token with the id or name {token!r} (see airegister token list)")
        if len(matches) > 1:
            raise fail(f"{len(matches)} tokens are named {token!r}; revoke one by its id (see airegister token list)")
        found = matches[0]
        pk = found.pk
        with change_context(user_name=COMMAND_USER):
            revoke_token(found)
        self.stdout.write(f"Revoked token {pk} “{found.name}” of {found.user.get_username()}.")
