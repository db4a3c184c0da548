"""Benchmark and round-trip check: export → import into a new database → export, on the built-in catalog with
generated models and both catalog feeds synced, in throwaway SQLite databases. Prints seconds per step, the
records exported, and whether the two exports are byte-identical (exit 1 if not).

    .venv/bin/python bench/exchange.py [--models 2000] [--data ../shared/data] [--no-feeds]
"""

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "airegister.cli"]


def populate(var_dir: str, models: int, data: Path | None) -> None:
    """In this process: migrate, built-in catalog, generated models, then the feeds (as bench/sync.py does)."""
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "bench"))
    from pages import generate, setup_django

    setup_django(var_dir)
    generate(models)
    if data:
        from airegister.intake.sync import sync_litellm, sync_models_dev

        sync_models_dev(data / "models-dev")
        sync_litellm(data / "litellm" / "model_prices_and_context_window.json")


def run(var_dir: str, *args: str) -> float:
    env = {**os.environ, "AIREGISTER_TESTING": "1", "AIREGISTER_VAR_DIR": var_dir}
    env.pop("DATABASE_URL", None)
    start = time.perf_counter()
    subprocess.run([*CLI, *args], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def same_tree(a: Path, b: Path) -> bool:
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    if files_a != files_b:
        return False
    _match, mismatch, errors = filecmp.cmpfiles(a, b, [str(p) for p in files_a], shallow=False)
    return not mismatch and not errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=2000)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--no-feeds", action="store_true")
    parser.add_argument("--populate", help=argparse.SUPPRESS)  # the child process that fills the first database
    args = parser.parse_args()
    data = None if args.no_feeds else Path(args.data)
    if args.populate:
        populate(args.populate, args.models, data)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        first_var, second_var = f"{tmp}/first-var", f"{tmp}/second-var"
        os.makedirs(first_var), os.makedirs(second_var)
        feeds = ["--no-feeds"] if args.no_feeds else ["--data", args.data]
        subprocess.run(
            [sys.executable, __file__, "--populate", first_var, "--models", str(args.models), *feeds], check=True
        )
        first, second = Path(tmp, "first"), Path(tmp, "second")
        steps = {"export": run(first_var, "export", str(first))}
        run(second_var, "migrate", "-v0")
        steps["import"] = run(second_var, "import", str(first))
        steps["export again"] = run(second_var, "export", str(second))
        records = sum(1 for p in first.rglob("*.yaml")) - 1
        identical = same_tree(first, second)
    for step, seconds in steps.items():
        print(f"{step:14} {seconds:8.2f} s")
    print(f"records        {records:8d}")
    print(f"byte-identical {'yes' if identical else 'NO':>8}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
