"""Score the extractor on one half of the labelled corpus (issue 9) with the shared scorer, in one process.

    .venv/bin/python bench/corpus_score.py dev [-v] [--set g] [--no-alternatives]
    .venv/bin/python bench/corpus_score.py blind [--set g]

The shared scorer (../shared/extraction/score.py) runs `airegister extract` once per document; starting Django
for each of 130 documents takes minutes, so this wrapper keeps the scorer's pairing and arithmetic and swaps only
its `run_extract` for an in-process call to the same function the command uses (`extract_path(...).to_dict()`).

`-v` (every wrong, missing or extra field) is refused for the blind half: the blind half is scored only to report
its closing lines (corpus README, "The split"), so nobody reads its per-field results by accident; for the same
reason the blind half prints only the scorer's closing summary lines, not its per-field table. Both halves end with
the count of invented values (the issue's 'no invented facts': a value of a paired model where the label is null and
no alternative allows one); values of extracted models no label pairs with count against precision, not there.
"""

import argparse
import contextlib
import io
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "src/airegister/extraction/tests/fixtures/corpus"
SHARED = ROOT.parent / "shared/extraction"

sys.path.insert(0, str(CORPUS))
sys.path.insert(0, str(SHARED))

import score  # noqa: E402  (the shared scorer)
import split  # noqa: E402  (the fixed split rule)

from airegister.extraction.extract import extract_path  # noqa: E402


def run_extract(cmd: str, path: Path) -> tuple:
    started = time.perf_counter()
    try:
        out = extract_path(path).to_dict()
    except Exception as exc:  # reported by the scorer as a failed document, as a non-zero exit would be
        return None, time.perf_counter() - started, [f"{type(exc).__name__}: {exc}"]
    return out, time.perf_counter() - started, None


def set_letters(spec: str) -> list[str]:
    """'u' -> ['u']; 'za' -> ['za'] (a set named by two letters); 'a-t' -> the sets a to t (the half as it stood
    before later sets were labelled); 'uvw' -> ['u', 'v', 'w']; 'za,zb' -> ['za', 'zb']."""
    if "," in spec:
        return [name for part in spec.split(",") for name in set_letters(part)]
    if (CORPUS / f"labels-{spec}.json").exists():
        return [spec]
    if len(spec) == 3 and spec[1] == "-":
        return [chr(c) for c in range(ord(spec[0]), ord(spec[2]) + 1)]
    return list(spec)


def half_files(half: str, letter: str | None, tmp: Path) -> tuple[Path, Path]:
    """Labels and alternatives of one half (optionally of one set), written where the scorer can read them."""
    with contextlib.redirect_stdout(io.StringIO()):
        split.main()
    labels = json.loads((CORPUS / f"labels-{half}.json").read_text(encoding="utf-8"))
    alternatives = json.loads((CORPUS / f"alternatives-{half}.json").read_text(encoding="utf-8"))
    if letter:
        chosen = {e["doc"] for one in set_letters(letter)
                  for e in json.loads((CORPUS / f"labels-{one}.json").read_text(encoding="utf-8"))}
        labels = [e for e in labels if e["doc"] in chosen]
    labels_path, alternatives_path = tmp / f"labels-{half}.json", tmp / f"alternatives-{half}.json"
    labels_path.write_text(json.dumps(labels), encoding="utf-8")
    alternatives_path.write_text(json.dumps(alternatives), encoding="utf-8")
    return labels_path, alternatives_path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("half", choices=("dev", "blind"))
    parser.add_argument("--set", dest="letter", help="sets only: a letter (labels-<letter>.json), letters ('uvw') "
                        "or a range ('a-t')")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--no-alternatives", action="store_true")
    args = parser.parse_args()
    if args.verbose and args.half == "blind":
        parser.error("-v is not offered for the blind half: it is scored only to report its summary")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        labels, alternatives = half_files(args.half, args.letter, Path(tmp))
        argv = ["score.py", "--labels", str(labels), "--docs", str(CORPUS)]
        if not args.no_alternatives:
            argv += ["--alternatives", str(alternatives)]
        if args.verbose:
            argv.append("-v")
        score.run_extract = run_extract
        # Run verbose always, to count invented values (the 'no invented facts': a value where the label is
        # null and no alternative allows one); the verbose lines are printed only when asked for, never for blind.
        sys.argv = [*argv, "-v"] if not args.verbose else argv
        captured = io.StringIO()
        with contextlib.redirect_stdout(captured):
            status = score.main()
        lines = captured.getvalue().rstrip().splitlines()
        invented = sum(line.startswith("  extra ") for line in lines)
        shown = lines if args.verbose else [line for line in lines if not line.startswith("  ")]
        print("\n".join(shown if args.half == "dev" else shown[-3:]))
        print(f"invented values (a value where the label is null and no alternative allows one): {invented}")
        return status


if __name__ == "__main__":
    sys.exit(main())
