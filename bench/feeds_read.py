"""Benchmark: reading the catalog feeds (models.dev and LiteLLM's model map), before any database write.

    .venv/bin/python bench/feeds_read.py [--repeat N] [--models-dev PATH] [--litellm FILE]

Defaults to the snapshots in ../shared/data. Each feed is read N times (files, parsing, validation, key lines,
inheritance, matching, citations); the table prints the files and records read and the median wall and CPU
seconds. The budget for a whole sync, database writes included, is well under a minute on a 2-core machine; the
reading share should stay within a few seconds.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from airegister.feeds import read_litellm, read_models_dev  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def timed(fn, repeat: int):
    walls, cpus = [], []
    result = None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return result, statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--models-dev", type=Path, default=DATA / "models-dev")
    parser.add_argument("--litellm", type=Path, default=DATA / "litellm" / "model_prices_and_context_window.json")
    args = parser.parse_args()

    models_dev, md_wall, md_cpu = timed(lambda: read_models_dev(args.models_dev), args.repeat)
    litellm, ll_wall, ll_cpu = timed(lambda: read_litellm(args.litellm), args.repeat)
    md_records = len(models_dev.labs) + len(models_dev.models) + len(models_dev.channels) + len(models_dev.offers)
    md_values = sum(sum(1 for _ in m.facts()) + len(m.benchmarks) for m in models_dev.models.values()) + sum(
        sum(1 for _ in o.facts()) + len(o.prices) for o in models_dev.offers)
    ll_values = sum(sum(1 for _ in e.facts()) + len(e.capabilities) for e in litellm.entries.values())

    print(f"{'feed':12} {'files':>6} {'records':>8} {'cited values':>13} {'wall s':>7} {'cpu s':>6}")
    print(f"{'models.dev':12} {models_dev.files:6d} {md_records:8d} {md_values:13d} {md_wall:7.2f} {md_cpu:6.2f}")
    print(f"{'litellm':12} {1:6d} {len(litellm.entries):8d} {ll_values:13d} {ll_wall:7.2f} {ll_cpu:6.2f}")
    print(f"{'both':12} {models_dev.files + 1:6d} {md_records + len(litellm.entries):8d} "
          f"{md_values + ll_values:13d} {md_wall + ll_wall:7.2f} {md_cpu + ll_cpu:6.2f}")
    print(f"summary: models.dev {len(models_dev.labs)} labs, {len(models_dev.models)} models, "
          f"{len(models_dev.channels)} channels, {len(models_dev.offers)} offers ({len(models_dev.unmatched)} "
          f"unmatched); litellm {len(litellm.entries)} entries, {len(litellm.deprecations)} with a deprecation date; "
          f"median of {args.repeat}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
