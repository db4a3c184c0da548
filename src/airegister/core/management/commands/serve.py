"""`airegister serve`: the production server, gunicorn with several worker processes."""

import os
import re
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ._oneline import OneLineErrorsMixin

BIND_RE = re.compile(r"^(?P<host>\[[0-9a-fA-F:]+\]|[\w.-]+):(?P<port>\d{1,5})$|^unix:/\S+$")
MAX_DEFAULT_WORKERS = 8
MAX_WORKERS = 64


def default_workers() -> int:
    """Gunicorn's rule of thumb (2 × cores + 1), capped: each worker holds its own database connections."""
    return min(2 * (os.cpu_count() or 1) + 1, MAX_DEFAULT_WORKERS)


def gunicorn_argv(bind: str, workers: int, timeout: int) -> list[str]:
    return [
        sys.executable, "-m", "gunicorn",
        "--bind", bind,
        "--workers", str(workers),
        "--timeout", str(timeout),
        # Preload the app and freeze its heap after the fork (see the module for why).
        "--config", "python:airegister.core.gunicorn_config",
        "--access-logfile", "-",
        "--error-logfile", "-",
        "airegister.wsgi:application",
    ]  # fmt: skip


class Command(OneLineErrorsMixin, BaseCommand):
    help = "Serve the register with gunicorn: several worker processes, access log on stdout."

    def add_arguments(self, parser):
        parser.add_argument(
            "--bind", default="127.0.0.1:8000", help="HOST:PORT or unix:/path (default %(default)s)"
        )
        parser.add_argument(
            "--workers",
            default=None,
            help=f"worker processes (default 2 × cores + 1, at most {MAX_DEFAULT_WORKERS})",
        )
        parser.add_argument("--timeout", default="60", help="seconds before a stuck worker is restarted")

    def handle(self, *args, bind, workers, timeout, **options):
        if not settings.DEBUG and not settings.DEMO_MODE and settings.SECRET_KEY.startswith("unset-"):
            raise CommandError(
                "SECRET_KEY is not set: export SECRET_KEY (a long random string) before serving, "
                "or AIREGISTER_DEMO=1 for a demo",
                returncode=2,
            )
        match = BIND_RE.match(bind)
        if not match or (match["port"] and not 0 < int(match["port"]) < 65536):
            raise CommandError(
                f"--bind {bind!r}: expected HOST:PORT (e.g. 127.0.0.1:8000) or unix:/path", returncode=2
            )
        workers = (
            default_workers() if workers is None else self.positive_int("--workers", workers, MAX_WORKERS)
        )
        timeout = self.positive_int("--timeout", timeout, 3600)

        # WhiteNoise warns in every worker when STATIC_ROOT is missing; assets come from the app folders.
        os.makedirs(settings.STATIC_ROOT, exist_ok=True)
        argv = gunicorn_argv(bind, workers, timeout)
        self.stdout.write(
            f"Serving AI Register on {bind} with {workers} workers (gunicorn); Ctrl-C stops it."
        )
        self.stdout.flush()
        # exec: gunicorn becomes this process, so signals from a terminal or a supervisor reach it directly.
        os.execv(sys.executable, argv)

    @staticmethod
    def positive_int(flag: str, value: str, maximum: int) -> int:
        if not value.isdigit() or not 1 <= int(value) <= maximum:
            raise CommandError(f"{flag} {value!r}: expected a whole number from 1 to {maximum}", returncode=2)
        return int(value)
