"""`airegister extract PATH [--format json]`: print the models a vendor document describes, with their facts.

With the LLM reader on (AIREGISTER_LLM_BASE_URL, see extraction/llm.py) its account goes to stderr: how many
facts it proposed, kept and dropped (by reason), or why the endpoint could not be used (offline facts only).

Bad input (missing, empty, binary, truncated, oversized, wrongly encoded, malicious) exits with status 2 and
one line on stderr, nothing on stdout. An unexpected failure is reported the same way, never as a traceback.
"""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from airegister.extraction import ExtractionError, extract_path
from airegister.extraction.llm import account_line


class Command(BaseCommand):
    help = "Read a vendor document (HTML, Markdown, text or PDF) and print its models and facts as JSON."
    # Reading a file needs no database: skip the system and migration checks.
    requires_system_checks = []
    requires_migrations_checks = False

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)

        def one_line_error(message):
            # argparse prints the usage too; the contract is one line and status 2.
            sys.stderr.write(f"CommandError: {message} (usage: airegister extract PATH [--format json])\n")
            sys.exit(2)

        if getattr(parser, "called_from_command_line", False):
            parser.error = one_line_error
        return parser

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The document to read.")
        parser.add_argument("--format", choices=["json"], default="json", help="Output format (default: json).")

    def handle(self, *args, path: Path, **options):
        try:
            result = extract_path(path)
        except ExtractionError as exc:
            raise CommandError(str(exc), returncode=2) from None
        except RecursionError:
            raise CommandError(f"{path}: too deeply nested to read", returncode=2) from None
        except MemoryError:
            raise CommandError(f"{path}: too large to read in memory", returncode=2) from None
        except Exception as exc:  # noqa: BLE001 - the contract: one line and exit 2, never a traceback
            detail = " ".join(str(exc).split())[:160]
            raise CommandError(f"{path}: could not be read ({type(exc).__name__}: {detail})", returncode=2) from None
        if result.llm is not None:  # the optional LLM reader (extraction/llm.py): its account on stderr
            self.stderr.write(account_line(result.llm))
        self.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
