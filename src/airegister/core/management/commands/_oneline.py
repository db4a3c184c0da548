"""Shared by our commands (Django skips modules starting with "_" when it looks for commands)."""

import sys


class OneLineErrorsMixin:
    """Usage errors (a missing or malformed option) as one line on stderr and exit status 2, like every other
    refusal of bad input, instead of argparse's usage block."""

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        if getattr(parser, "called_from_command_line", False):

            def one_line_error(message):
                sys.stderr.write(f"CommandError: {message} (see airegister {subcommand} --help)\n")
                sys.exit(2)

            parser.error = one_line_error
        return parser
