"""`airegister extract PATH [--format json]`, the one implementation both entry points use.

Reading a file needs neither Django nor a database, so `airegister extract` runs this directly (`run`), without
setting Django up: a scorer or a script that reads a hundred documents pays the start-up of the extractor alone.
The Django management command (`manage.py extract`) calls the same `extract_json`.

With the LLM reader on (AIREGISTER_LLM_BASE_URL, see llm.py) its account goes to stderr: how many facts it
proposed, kept and dropped (by reason), or why the endpoint could not be used (offline facts only).

Bad input (missing, empty, binary, truncated, oversized, wrongly encoded, malicious) exits with status 2 and one
line on stderr, nothing on stdout. An unexpected failure is reported the same way, never as a traceback.
"""

import argparse
import json
import sys
from pathlib import Path

from .extract import extract_path
from .llm import account_line
from .models import ExtractionError

USAGE = "airegister extract PATH [--format json] [--known-names FILE]"
HELP = "Read a vendor document (HTML, Markdown, text or PDF) and print its models and facts as JSON."


def known_names_from(path: Path | None) -> list[str]:
    """The names in a file of known model names, one per line ('#' opens a comment); ExtractionError if unreadable."""
    if path is None:
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ExtractionError(f"{path}: the known-names file cannot be read ({type(exc).__name__})") from None
    names = (line.split("#", 1)[0].strip() for line in lines)
    return [name for name in names if name]


def extract_json(path: Path, note=None, known_names_file: Path | None = None) -> str:
    """The contract's JSON for `path`; every failure becomes an `ExtractionError` with one line that says why.
    With the optional LLM reader on (llm.py), `note` (default: stderr) gets one line: what it kept and dropped.
    `known_names_file`: names the register knows (one per line), which help recognise the document's models."""
    known = known_names_from(known_names_file)
    try:
        result = extract_path(path, known)
    except ExtractionError:
        raise
    except RecursionError:
        raise ExtractionError(f"{path}: too deeply nested to read") from None
    except MemoryError:
        raise ExtractionError(f"{path}: too large to read in memory") from None
    except Exception as exc:  # noqa: BLE001 - the contract: one line and exit 2, never a traceback
        detail = " ".join(str(exc).split())[:160]
        raise ExtractionError(f"{path}: could not be read ({type(exc).__name__}: {detail})") from None
    if result.llm is not None:
        (note or (lambda line: sys.stderr.write(line + "\n")))(account_line(result.llm))
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        # argparse prints the usage too; the contract is one line and status 2.
        sys.stderr.write(f"CommandError: {message} (usage: {USAGE})\n")
        sys.exit(2)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="The document to read.")
    parser.add_argument("--format", choices=["json"], default="json", help="Output format (default: json).")
    parser.add_argument("--known-names", type=Path, default=None, metavar="FILE",
                        help="A file of model names the register knows, one per line: a name written where the "
                             "document introduces its models is recognised as one of them.")


def run(argv: list[str]) -> int:
    """`airegister extract …` without Django: parse, extract, print; 2 and one line on stderr for bad input."""
    parser = _Parser(prog="airegister extract", description=HELP)
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        output = extract_json(args.path, known_names_file=args.known_names)
    except ExtractionError as exc:
        sys.stderr.write(f"CommandError: {exc}\n")
        return 2
    sys.stdout.write(output + "\n")
    return 0
