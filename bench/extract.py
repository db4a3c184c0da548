"""Benchmark: time per document of `extract` against a plain selectolax parse of the same document.

    .venv/bin/python bench/extract.py [--repeat N] [FILE ...]

Defaults to seed 002 (../shared/seeds) and the extractor's labelled fixtures: the fictional ones, the real
public model cards (fixtures/real) and the labelled corpus of vendor documents (fixtures/corpus). Each document
is read once; then the extraction (reading included: decoding, parsing, segmenting, all fields, evidence) and a
bare `LexborHTMLParser(text)` of the same text are each timed N times, and the medians compared. The parse is the
floor any HTML-based reader pays; the ratio says what the rest of the extractor costs on top of it. The summary
lines add the time per KB (smallest, largest and overall), which stays flat when the extractor scales linearly
with the document, and documents per second.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from selectolax.lexbor import LexborHTMLParser  # noqa: E402

from airegister.extraction.extract import extract_document  # noqa: E402
from airegister.extraction.readers import read_path  # noqa: E402

DEFAULT_DOCS = [
    ROOT.parent / "shared" / "seeds" / "002_24293406e07a3cde.txt",
    *sorted((ROOT / "src" / "airegister" / "extraction" / "tests" / "fixtures").rglob("*.*")),
]


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    suffixes = (".txt", ".md", ".mdx", ".html", ".pdf")
    docs = [p for p in (args.files or DEFAULT_DOCS) if p.exists() and p.suffix in suffixes
            and p.name not in ("README.md", "SOURCES.md")]
    print(f"{'document':44} {'format':8} {'bytes':>8} {'extract ms':>11} {'parse ms':>9} {'ratio':>7}")
    total_extract = total_parse = total_kb = 0.0
    per_kb, sized = [], []
    for path in docs:
        doc, data = read_path(path)
        text = data.decode("utf-8", "replace") if doc.format != "pdf" else data.decode("latin-1")

        def extract(path=path):
            document, _ = read_path(path)
            extract_document(document)

        extract_ms = median_ms(extract, args.repeat)
        parse_ms = median_ms(lambda text=text: LexborHTMLParser(text), args.repeat)
        total_extract += extract_ms
        total_parse += parse_ms
        per_kb.append(extract_ms / (len(data) / 1024))
        sized.append((len(data), extract_ms))
        total_kb += len(data) / 1024
        print(f"{path.name[:44]:44} {doc.format:8} {len(data):8d} {extract_ms:11.2f} {parse_ms:9.3f} "
              f"{extract_ms / parse_ms:7.0f}x")
    if docs:
        print(f"{'all documents':44} {'':8} {'':8} {total_extract:11.2f} {total_parse:9.3f} "
              f"{total_extract / total_parse:7.0f}x")
        print(f"summary: {len(docs)} documents, extract {total_extract:.1f} ms vs parse {total_parse:.2f} ms "
              f"(ratio {total_extract / total_parse:.0f}x); {min(per_kb):.2f}-{max(per_kb):.2f} ms per KB")
        # A document of a few hundred bytes costs the reader's fixed work (about a millisecond: the parse, the
        # finders' set-up), which no per-KB figure of it can meet; the slope is read on documents of 1 KB or more.
        large = [ms / (size / 1024) for size, ms in sized if size >= 1024]
        fixed = sorted(ms for size, ms in sized if size < 1024)
        if large:
            print(f"documents of 1 KB or more: {len(large)}, slowest {max(large):.2f} ms per KB; under 1 KB: "
                  f"{len(fixed)}, median {fixed[len(fixed) // 2] if fixed else 0:.2f} ms each")
        print(f"throughput: {total_kb:.0f} KB in {total_extract / 1000:.2f} s = {total_extract / total_kb:.2f} ms "
              f"per KB overall, {1000 * len(docs) / total_extract:.1f} documents per second (one process, reading "
              f"included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
