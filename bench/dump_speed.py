"""Speed of reading pages saved as run-together text (issue 9): the development half's Markdown documents written
as `bench/name_robustness.py`'s as-dump perturbation (a page's text content with no break between blocks, table
cells tab-separated, rows glued end to start), each read by `airegister extract`'s reader, and the slowest of them
repeated 1, 4 and 16 times to show the cost stays linear in the page's size.

    .venv/bin/python bench/dump_speed.py [--top 10]

Prints a table (milliseconds per KB, slowest first) and the growth table. No document of the blind half is read.
"""

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

import name_robustness as robustness  # noqa: E402  (the as-dump perturbation, the corpus path)

from airegister.extraction.extract import extract_path  # noqa: E402


def timed(path: Path) -> float:
    start = time.perf_counter()
    extract_path(path)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    corpus = ROOT / "src/airegister/extraction/tests/fixtures/corpus"
    work = Path(tempfile.mkdtemp())
    rows = []
    for entry in json.loads((corpus / "labels-dev.json").read_text(encoding="utf-8")):
        doc = corpus / entry["doc"]
        if doc.suffix not in robustness.MARKDOWN:
            continue
        text, _ = robustness.perturb("as-dump", doc.read_text(encoding="utf-8"), entry["models"], True)
        path = work / f"{doc.stem}.txt"
        path.write_text(text, encoding="utf-8")
        kb = len(text.encode("utf-8")) / 1024
        rows.append((timed(path) / kb, kb, entry["doc"], text))
    rows.sort(reverse=True)
    print(f"{'document (as-dump)':58} {'KB':>7} {'ms/KB':>8}")
    for per_kb, kb, name, _ in rows[:args.top]:
        print(f"{name[:58]:58} {kb:7.1f} {per_kb:8.2f}")
    total_kb = sum(r[1] for r in rows)
    total_ms = sum(r[0] * r[1] for r in rows)
    print(f"{len(rows)} documents, {total_kb:.0f} KB in {total_ms / 1000:.2f} s = {total_ms / total_kb:.2f} ms per KB")
    print(f"\n{'slowest page repeated':24} {'KB':>7} {'ms':>9} {'ms/KB':>8}")
    for times in (1, 4, 16):
        text = rows[0][3] * times
        path = work / f"repeated-{times}.txt"
        path.write_text(text, encoding="utf-8")
        kb = len(text.encode("utf-8")) / 1024
        ms = timed(path)
        print(f"{'x' + str(times):24} {kb:7.1f} {ms:9.1f} {ms / kb:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
