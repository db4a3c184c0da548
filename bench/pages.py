"""Benchmark: the read pages (catalog list, model profile, API profile) with the built-in catalog and with
2,000 generated models, in a throwaway SQLite database. Prints median milliseconds and SQL queries per page.

    .venv/bin/python bench/pages.py [--models 2000] [--repeat 20]

The number of queries must not grow with the catalog (tests pin it); the time may grow a little, and this
shows by how much. The catalog list's ratio is mostly the page itself: 5 rows built-in, 50 rows (a full
page) with the generated models.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def viewer_client():
    """A test client signed in as a viewer (the role most readers have), on a fresh user."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    from airegister.core.roles import assign_role

    user = get_user_model().objects.create_user("bench", password="bench-password-1")
    assign_role(user, "viewer")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def setup_django(var_dir: str) -> None:
    os.environ["AIREGISTER_TESTING"] = "1"
    os.environ["AIREGISTER_VAR_DIR"] = var_dir
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "airegister.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from airegister.catalog.loader import load_catalog

    load_catalog()


def generate(count: int) -> None:
    """Vendors with a term per attribute and channel, a restriction and a flag; models spread over them."""
    from airegister.catalog.generated import generate as generate_catalog

    generate_catalog(count)


def measure(client, url: str, repeat: int) -> tuple[float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    queries = 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured.captured_queries)
    return 1000 * statistics.median(times), queries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as var_dir:
        setup_django(var_dir)
        client = viewer_client()
        pages = [
            ("catalog list", "/models/"),
            ("catalog list, searched", "/models/?q=model+1&retiring_within=365&sort=retirement_date"),
            ("catalog list, data-term filters", "/models/?hipaa_baa=available&residency=eu"),
            ("API list, data-term filter", "/api/catalog/models/?hipaa_baa=available"),
            ("retirement timeline", "/retirements/"),
            ("compare", "/compare/?models=claude-3-7-sonnet,claude-opus-4"),
            ("profile: Claude 3.7 Sonnet", "/models/claude-3-7-sonnet/"),
            ("profile: Claude Opus 4", "/models/claude-opus-4/"),
            ("API profile", "/api/catalog/models/claude-3-7-sonnet/profile/"),
            ("model history", "/models/claude-3-7-sonnet/history/"),
        ]
        results = {}
        for label, size in (("built-in", 0), (f"+{args.models}", args.models)):
            if size:
                generate(size)
            for name, url in pages:
                results[(name, label)] = measure(client, url, args.repeat)
        sizes = ["built-in", f"+{args.models}"]
        print(f"{'page':32} " + " ".join(f"{s + ' ms':>14} {'queries':>8}" for s in sizes) + f" {'ratio':>7}")
        for name, _url in pages:
            cells = [results[(name, s)] for s in sizes]
            ratio = cells[1][0] / cells[0][0]
            print(f"{name:32} " + " ".join(f"{ms:14.1f} {q:8d}" for ms, q in cells) + f" {ratio:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
