"""Benchmark: the requirement check against a raw read of every data-term row, at 1k and 10k models.

    .venv/bin/python bench/check.py [--repeat N] [--sizes 1000,10000]

A throwaway SQLite database (deleted afterwards) gets the built-in catalog and default requirements, one more
channel (six in all), and generated models: each on all six channels, with its own term for every channel and
attribute (36 term rows per model, values varied), under 50 vendors that hold vendor-level terms too. Then,
for each size, the medians of:

- raw read: `SELECT * FROM catalog_dataterm`, every row fetched (the floor any check must pay);
- check: `run_check(PHI + EU)` — read models, channels, availability, terms and flags, evaluate every model ×
  channel on every applicable rule, rank;
- json: the check plus turning every option into the API's JSON (for information; not in the ratios).

It prints both ratios the issue sets targets for: check ÷ raw read (≤ 3) and t(10k) ÷ t(1k) (≤ 11).
"""

import argparse
import gc
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TARGET_RATIO, TARGET_SCALING = 3.0, 11.0
VALUES = ["yes", "yes", "yes", "no", "conditional", "not-recorded"]


def setup_django(workdir: Path):
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ.setdefault("AIREGISTER_TESTING", "1")
    os.environ["DJANGO_SETTINGS_MODULE"] = "airegister.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from airegister.catalog.loader import load_catalog
    from airegister.requirements.loader import load_requirements

    load_catalog()
    load_requirements()


def generate(start: int, stop: int, rng: random.Random):
    """Models start..stop-1, each on every channel with its own term for every channel and attribute."""
    from django.db import connection
    from django.utils import timezone

    from airegister.catalog.models import AIModel, Channel, DataAttribute, DataTerm, Vendor

    if not Channel.objects.filter(slug="bench-cloud").exists():
        Channel.objects.create(name="Bench Cloud", slug="bench-cloud", kind="cloud-platform", operator="Bench")
    channels = list(Channel.objects.all())
    attributes = list(DataAttribute.objects.all())
    vendors = list(Vendor.objects.filter(slug__startswith="bench-vendor-"))
    if not vendors:
        vendors = Vendor.objects.bulk_create(
            Vendor(name=f"Bench Vendor {i}", slug=f"bench-vendor-{i}") for i in range(50)
        )
        DataTerm.objects.bulk_create(
            DataTerm(vendor=v, channel=c, attribute=a, value=rng.choice(VALUES), regions=["EU"], statement="Vendor")
            for v in vendors for c in channels for a in attributes
        )
    models = AIModel.objects.bulk_create(
        (
            AIModel(vendor=vendors[i % len(vendors)], name=f"Bench Model {i:05}", slug=f"bench-model-{i:05}",
                    lifecycle_status=rng.choice(["active", "active", "active", "deprecated"]),
                    input_modalities=["text"], output_modalities=["text"])
            for i in range(start, stop)
        ),
        batch_size=2000,
    )
    # Rows straight into SQLite: instantiating 360,000 model objects would take most of the benchmark's time.
    stamp = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO catalog_modelavailability (model_id, channel_id, note, source_excerpt, channel_model_id,"
            " lifecycle_status, evidence, evidence_sources, created, last_updated)"
            " VALUES (%s, %s, '', '', '', '', '{}', '{}', %s, %s)",
            [(m.pk, c.pk, stamp, stamp) for m in models for c in channels],
        )
        cursor.executemany(
            "INSERT INTO catalog_dataterm (vendor_id, model_id, channel_id, attribute_id, value, retention,"
            " retention_days, regions, statement, source_excerpt, created, last_updated)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [
                (
                    m.vendor_id, m.pk, c.pk, a.pk, rng.choice(VALUES),
                    rng.choice(["", "zero", "days"]) if a.slug == "default-retention" else "", 30,
                    json.dumps(rng.choice([["EU"], ["US"], ["EU", "US"], []])), f"{m.name} on {c.name}",
                    "Generated for the benchmark.", stamp, stamp,
                )
                for m in models for c in channels for a in attributes
            ],
        )


def median_s(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(repeat: int) -> dict:
    from django.db import connection

    from airegister.catalog.models import AIModel, DataTerm
    from airegister.requirements.engine import build_workload, run_check
    from airegister.requirements.facts import check_json

    workload = build_workload(["phi"], ["eu"])

    def raw_read():
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM catalog_dataterm")
            cursor.fetchall()

    options = len(run_check(workload).options)  # also warms the caches: every timing below is of a warm run
    gc.collect()  # the generator's garbage is not the check's to collect
    return {
        "models": AIModel.objects.count(),
        "terms": DataTerm.objects.count(),
        "options": options,
        "raw": median_s(raw_read, repeat),
        "check": median_s(lambda: run_check(workload), repeat),
        "json": median_s(lambda: check_json(run_check(workload)), max(1, repeat // 2)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--sizes", default="1000,10000", help="Two model counts, comma-separated.")
    args = parser.parse_args()
    small, large = (int(s) for s in args.sizes.split(","))
    workdir = Path(tempfile.mkdtemp(prefix="airegister-bench-"))
    try:
        setup_django(workdir)
        from django.db import transaction

        rng = random.Random(4)
        rows = []
        made = 0
        for size in (small, large):
            started = time.perf_counter()
            with transaction.atomic():  # one commit, not one per row
                generate(made, size, rng)
            made = size
            print(f"generated {size} models in {time.perf_counter() - started:.1f} s", file=sys.stderr)
            rows.append((size, measure(args.repeat)))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"{'generated':>9} {'models':>7} {'term rows':>10} {'options':>8} {'raw read s':>11} {'check s':>8} "
          f"{'check+json s':>13} {'check/raw':>10}")
    for size, m in rows:
        print(f"{size:9d} {m['models']:7d} {m['terms']:10d} {m['options']:8d} {m['raw']:11.3f} {m['check']:8.3f} "
              f"{m['json']:13.3f} {m['check'] / m['raw']:10.2f}")
    (_, s), (_, big) = rows
    ratio = big["check"] / big["raw"]
    scaling = big["check"] / s["check"]
    print()
    print(f"check ÷ raw read ({large} models): {ratio:.2f}  (target ≤ {TARGET_RATIO:g}) "
          f"{'OK' if ratio <= TARGET_RATIO else 'OVER TARGET'}")
    print(f"t({large}) ÷ t({small}) (check): {scaling:.2f}  (target ≤ {TARGET_SCALING:g}) "
          f"{'OK' if scaling <= TARGET_SCALING else 'OVER TARGET'}")
    return 0 if ratio <= TARGET_RATIO and scaling <= TARGET_SCALING else 1


if __name__ == "__main__":
    sys.exit(main())
