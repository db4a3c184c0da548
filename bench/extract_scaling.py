"""Benchmark: does extraction stay linear as a document grows? ms per KB of made-up documents of each shape.

    .venv/bin/python bench/extract_scaling.py [--rows 100] [--steps 1,4,16] [--repeat 3] [--only md-table,sections]

`bench/extract.py` times the labelled documents, which are small (the largest a few hundred KB, most a few KB); a
step of the reader that looks at every row once per row stays hidden there. Here each shape is written with N, 4N
and 16N models (a vendor's model list grows; a catalogue page lists thousands of checkpoints) and the time per KB
printed for each: a linear extractor keeps that column flat, a quadratic one multiplies it by about four per step.
The 'growth' column is the last step's ms/KB over the first's (1.0 is linear; 4.0 quadratic over two steps of 4x).
The shapes are the ways vendors lay out a list of models:

    md-table     a Markdown table: 'Model | Parameters | Context length | License' rows
    html-table   the same rows as an HTML <table> in a page
    sections     a '## Name' section per model over 'Parameters: 7B' / 'Context length: 32K' list items
    list         one bulleted line per model ('- Zorvak-7B-Instruct: 7B parameters, 32K context')
    prose        one sentence per model ('Zorvak-7B-Instruct has 7 billion parameters …')
    text-table   tab-separated lines in a .txt page, as a browser copies a table
    run-together the text table's rows run together with no line breaks, as a page's text content is saved
                 (cells still apart by tabs, one row's last cell glued to the next row's first)
    json-config  a configuration file mapping model ids to their settings, one key per line (as LiteLLM's model map)
    pipe-text    a Markdown table saved as plain text ('| Zorvak-7B-Instruct | 7B | 32K |' lines in a .txt)
    key-value    a card's 'Name:      value' lines set in columns, in a .txt

Each model has a name of its own ('Zorvak-7B-Instruct', 'Zorvak-8B-Instruct', …), so the reader cannot fold them.
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from airegister.extraction.extract import extract_document  # noqa: E402
from airegister.extraction.readers import read_path  # noqa: E402

INTRO = ["# Zorvak models", "", "Zorvak Labs releases the Zorvak family under the Apache 2.0 license.", ""]


def facts(i: int) -> tuple[str, str, str]:
    """Model i's name, size and context window: every name distinct, the values varied."""
    return f"Zorvak-{i}B-Instruct", f"{i}B", f"{4 * (i % 8 + 1)}K"


def document(shape: str, n: int) -> tuple[str, str]:
    """(file suffix, text) of a document of `shape` listing n models."""
    models = [facts(i) for i in range(1, n + 1)]
    if shape == "md-table":
        rows = [f"| {name} | {size} | {ctx} | Apache-2.0 |" for name, size, ctx in models]
        return ".md", "\n".join(INTRO + ["| Model | Parameters | Context length | License |",
                                         "| --- | --- | --- | --- |", *rows]) + "\n"
    if shape == "html-table":
        rows = "".join(f"<tr><td>{name}</td><td>{size}</td><td>{ctx}</td></tr>\n" for name, size, ctx in models)
        return ".html", ("<html><head><title>Zorvak models</title></head><body><h1>Zorvak models</h1>"
                         "<p>Zorvak Labs releases the Zorvak family under the Apache 2.0 license.</p><table>"
                         "<tr><th>Model</th><th>Parameters</th><th>Context length</th></tr>\n"
                         f"{rows}</table></body></html>\n")
    if shape == "sections":
        lines = [line for name, size, ctx in models
                 for line in (f"## {name}", "", f"- Parameters: {size}", f"- Context length: {ctx}", "")]
        return ".md", "\n".join(INTRO + lines)
    if shape == "list":
        lines = [f"- {name}: {size} parameters, {ctx} context" for name, size, ctx in models]
        return ".md", "\n".join(INTRO + ["## Models", "", *lines]) + "\n"
    if shape == "prose":
        lines = [f"{name} has {size[:-1]} billion parameters and a context window of {ctx} tokens.\n"
                 for name, size, ctx in models]
        return ".md", "\n".join(INTRO + lines)
    if shape == "json-config":
        entries = {name.lower(): {"max_tokens": int(ctx[:-1]) * 1024, "parameters": size, "mode": "chat"}
                   for name, size, ctx in models}
        return ".json", json.dumps(entries, indent=4) + "\n"
    if shape == "pipe-text":
        rows = [f"| {name} | {size} | {ctx} |" for name, size, ctx in models]
        return ".txt", "\n".join(["Zorvak models", "", "| Model | Parameters | Context length |", *rows]) + "\n"
    if shape == "key-value":
        lines = [f"{name}:      {size} parameters, {ctx} context" for name, size, ctx in models]
        return ".txt", "\n".join(["Zorvak models", "", INTRO[2], "", *lines]) + "\n"
    rows = [f"{name}\t{size}\t{ctx}" for name, size, ctx in models]
    if shape == "text-table":
        return ".txt", "\n".join(["Zorvak models", "", INTRO[2], "", "Model\tParameters\tContext length", *rows]) + "\n"
    if shape == "run-together":
        return ".txt", "Zorvak models" + INTRO[2] + "Model\tParameters\tContext length" + "".join(
            f"{name}\t{size}\t{ctx}" for name, size, ctx in models) + "\n"
    raise ValueError(shape)


SHAPES = ("md-table", "html-table", "sections", "list", "prose", "text-table", "run-together", "json-config",
          "pipe-text", "key-value")


def timed(path: Path, repeat: int) -> tuple[float, int]:
    """(median milliseconds, models found) of extracting `path`, reading included."""
    times, found = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        doc, _data = read_path(path)
        found = len(extract_document(doc).models)
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times), found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100, help="models in the smallest document of each shape")
    parser.add_argument("--steps", default="1,4,16", help="multiples of --rows to time")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated shapes")
    args = parser.parse_args()
    shapes = [s for s in args.only.split(",") if s] or list(SHAPES)
    steps = [int(s) for s in args.steps.split(",")]
    print(f"{'shape':13} {'models':>7} {'KB':>7} {'ms':>9} {'ms/KB':>7} {'found':>6}")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm-up.md"  # the first extraction compiles the readers' patterns: not timed
        warm.write_text(document("md-table", 10)[1], encoding="utf-8")
        timed(warm, 1)
        for shape in shapes:
            per_kb = []
            for step in steps:
                suffix, text = document(shape, args.rows * step)
                path = Path(tmp) / f"{shape}-{step}{suffix}"
                path.write_text(text, encoding="utf-8")
                kb = len(text.encode("utf-8")) / 1024
                ms, found = timed(path, args.repeat)
                per_kb.append(ms / kb)
                print(f"{shape:13} {args.rows * step:7d} {kb:7.1f} {ms:9.1f} {ms / kb:7.2f} {found:6d}", flush=True)
            growth = per_kb[-1] / per_kb[0]
            worst = max(worst, max(per_kb))
            print(f"{shape:13} growth x{growth:.1f} in ms/KB from {args.rows * steps[0]} to {args.rows * steps[-1]} "
                  f"models")
    print(f"summary: slowest {worst:.2f} ms per KB over {len(shapes)} shapes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
