"""`airegister extract PATH [--format json] [--known-names FILE]`: print the models a vendor document
describes, with their facts.

`airegister extract` itself runs `extraction.command.run` without setting Django up; this command is the same
reader for `manage.py extract` and `call_command("extract", …)`.
"""

import sys

from django.core.management.base import BaseCommand, CommandError

from airegister.extraction.command import HELP, USAGE, add_arguments, extract_json
from airegister.extraction.models import ExtractionError


class Command(BaseCommand):
    help = HELP
    # Reading a file needs no database: skip the system and migration checks.
    requires_system_checks = []
    requires_migrations_checks = False

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)

        def one_line_error(message):
            sys.stderr.write(f"CommandError: {message} (usage: {USAGE})\n")
            sys.exit(2)

        if getattr(parser, "called_from_command_line", False):
            parser.error = one_line_error
        return parser

    def add_arguments(self, parser):
        add_arguments(parser)

    def handle(self, *args, path, known_names=None, **options):
        try:
            output = extract_json(path, note=self.stderr.write, known_names_file=known_names)
        except ExtractionError as exc:
            raise CommandError(str(exc), returncode=2) from None
        self.stdout.write(output)
