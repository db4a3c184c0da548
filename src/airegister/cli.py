"""The `airegister` command: Django's manage.py, with our commands spelt with hyphens (load-catalog)."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    if len(argv) > 1 and argv[1] == "extract":
        # Reading a document needs no database: skip Django's start-up (most of a short run's time).
        from airegister.extraction.command import run

        sys.exit(run(argv[2:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "airegister.settings")
    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
    argv[0] = "airegister"
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
