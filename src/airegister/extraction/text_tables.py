"""Tables of a plain text written with '|' between cells or set in columns with spaces (a README's table saved as
text, a report's aligned columns): their rows as cells, as a tab-separated table's are (text_reader.py).

A pipe table is two rows or more of the same number of '|'-separated cells (two '|' on a line at least: 'Chinese |
English' alone is no table), its delimiter row ('|---|:---:|', '+----+----+') left out. A space-aligned table is
three lines or more whose cells, separated by two spaces or more, start at the same columns; a line of dashes under
its header is left out. Only lines are read: no cell's text is changed, every row's line stays its excerpt.
"""

import re
from itertools import accumulate
from typing import NamedTuple

PIPE_DELIMITER_RE = re.compile(r"\s*[|+]?(?:\s*:?[-=]{3,}:?\s*[|+])+\s*(?::?[-=]{3,}:?\s*)?$")
RULE_LINE_RE = re.compile(r"\s*[-=+| ]{3,}\s*$")  # a line of dashes (an ASCII table's rule, a header's underline)
CELL_GAP_RE = re.compile(r"\S(?: ?\S)*")  # a cell: words kept apart by single spaces, two or more end it
MIN_ALIGNED_ROWS = 3
MAX_STACKED_WIDTH = 8  # the columns of a table copied one cell per line, at most
STACKED_CELL = 60  # a cell of such a table: a name, a figure, a date; no sentence
STACKED_HEAD = 40
FIGURE_CELL_RE = re.compile(r"\s*[~<>$]?\d")  # a cell opening with a figure ('200K tokens', '$2.00', '~1 GB')
MAX_ALIGNED_SHIFT = 1  # a cell may start a column off in a hand-aligned text


class TextTable(NamedTuple):
    start: int  # the first line
    end: int  # past the last line
    rows: list[list[str]]  # header first
    sources: list[str]  # each row's line, as written


def pipe_tables(lines: list[str], taken: set[int]) -> list[TextTable]:
    out, i = [], 0
    while i < len(lines):
        width = _pipe_width(lines[i]) if i not in taken else 0
        j, rows, sources = i, [], []
        while width and j < len(lines) and j not in taken and (
                _pipe_width(lines[j]) == width or PIPE_DELIMITER_RE.match(lines[j]) or RULE_LINE_RE.match(lines[j])
                and "-" in lines[j]):
            if _pipe_width(lines[j]) == width and not PIPE_DELIMITER_RE.match(lines[j]):
                rows.append([cell.strip() for cell in _pipe_cells(lines[j])])
                sources.append(lines[j].strip())
            j += 1
        if width >= 2 and len(rows) >= 2:
            out.append(TextTable(i, j, rows, sources))
            i = j
        else:
            i += 1
    return out


def _pipe_cells(line: str) -> list[str]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") else line
    return line.split("|")


def _pipe_width(line: str) -> int:
    """How many cells a '|' row has (0: not a row: fewer than two '|', or a delimiter)."""
    if line.count("|") < 2 or PIPE_DELIMITER_RE.match(line):
        return 0
    return len(_pipe_cells(line))


def aligned_tables(lines: list[str], taken: set[int]) -> list[TextTable]:
    out, i = [], 0
    starts_of = [_cell_starts(line) for line in lines]  # each line's once, not once per run it may join
    while i < len(lines):
        starts = starts_of[i] if i not in taken else []
        j, rows, sources = i, [], []
        while len(starts) >= 2 and j < len(lines) and j not in taken and (
                _aligned(starts_of[j], starts) or j == i + 1 and RULE_LINE_RE.match(lines[j])):
            if not RULE_LINE_RE.match(lines[j]):
                rows.append([m.group(0) for m in CELL_GAP_RE.finditer(lines[j])])
                sources.append(lines[j].strip())
            j += 1
        if len(rows) >= MIN_ALIGNED_ROWS and not _labelled_lines(rows):
            out.append(TextTable(i, j, rows, sources))
            i = j
        elif len(rows) >= MIN_ALIGNED_ROWS:
            # a card's run of labelled lines ('License:   MIT') is no table from any of its lines either: skipped
            # whole, not read again from each (quadratic on a long file of 'Key:   value' lines)
            i = j
        else:
            i += 1
    return out


def stacked_tables(lines: list[str], taken: set[int], verbatim: str = "") -> list[TextTable]:
    """A table copied one cell per line, as a page's text content reads once its blocks are put on lines of their
    own ('Model', 'Context window', 'Max output' over 'Zorvak 3 Opus', '200K tokens', '4,096 tokens', then 'Zorvak 3
    Sonnet', …): three short header lines or more with no figure, then rows of as many lines, each opening with a
    name (a letter first), the same kind of cell in each column down the rows (a figure first, a word with digits,
    words), a column of figures at least, two rows at least. (Two columns are labels and values, 'Release date' over
    'May 2025': no table.) Each row's source is its lines as `verbatim` writes them (run together,
    or one per line)."""
    out, i = [], 0
    # (a header's line: short, no figure; three in a row at least, looked at once per line, not once per width)
    head = [bool(line.strip()) and len(line.strip()) <= STACKED_HEAD and not re.search(r"\d", line) for line in lines]
    # ... and a figure in the rows' first lines after them (counted once: how many lines open with a figure so far)
    figures = list(accumulate((bool(FIGURE_CELL_RE.match(line)) for line in lines), initial=0))
    while i < len(lines):
        if i + 2 >= len(lines) or not (head[i] and head[i + 1] and head[i + 2]) \
                or figures[min(len(lines), i + 3 + 2 * MAX_STACKED_WIDTH)] == figures[i + 3]:
            i += 1
            continue
        found = max(((len(rows), width, rows) for width in range(3, MAX_STACKED_WIDTH + 1)
                     if (rows := _stacked_rows(lines, taken, head, i, width))), default=None, key=lambda f: f[:2])
        if found is None:
            i += 1
            continue
        _count, width, rows = found
        end = i + width * (1 + len(rows))
        sources = [_stacked_source(lines[i + width * k:i + width * (k + 1)], verbatim) for k in range(1 + len(rows))]
        out.append(TextTable(i, end, [[c.strip() for c in lines[i:i + width]], *rows], sources))
        i = end
    return out


def _stacked_rows(lines: list[str], taken: set[int], header_like: list[bool], i: int, width: int) -> list[list[str]]:
    """The rows under `width` header lines from line `i` (each header-like, as `stacked_tables` judged), or []."""
    if i + width > len(lines) or any(j in taken or not header_like[j] for j in range(i, i + width)):
        return []
    head = [line.strip() for line in lines[i:i + width]]
    rows, kinds = [], None
    at = i + width
    while at + width <= len(lines) and not any(j in taken for j in range(at, at + width)):
        cells = [line.strip() for line in lines[at:at + width]]
        if not all(cell and len(cell) <= STACKED_CELL for cell in cells) or not re.match(r"[A-Za-z]", cells[0]) \
                or cells[0] in head:
            break
        shape = tuple("n" if FIGURE_CELL_RE.match(c) else "d" if re.search(r"\d", c) else "t" for c in cells[1:])
        if kinds is None and "n" not in shape or kinds is not None and shape != kinds:
            break
        kinds = shape
        rows.append(cells)
        at += width
    return rows if len(rows) >= 2 else []


def _stacked_source(cells: list[str], verbatim: str) -> str:
    """A stacked row's lines as the source writes them: run together where the page's text ran them together."""
    joined = "".join(cell.strip() for cell in cells)
    return joined if joined in verbatim else "\n".join(cell.strip() for cell in cells)


def _labelled_lines(rows: list[list[str]]) -> bool:
    """Lines each a label and its value with the values lined up ('Organization:   Sandpiper', 'License:   MIT'):
    a card's list of facts, each line its own statement, not a table headed by its first line."""
    return all(len(row) == 2 and row[0].endswith(":") for row in rows)


def _cell_starts(line: str) -> list[int]:
    """Where each cell of a line starts; [] for a line with a tab or '|' (another table's) or one cell only."""
    if "\t" in line or "|" in line:
        return []
    return [m.start() for m in CELL_GAP_RE.finditer(line)]


def _aligned(starts: list[int], columns: list[int]) -> bool:
    return len(starts) == len(columns) and all(abs(a - b) <= MAX_ALIGNED_SHIFT for a, b in zip(starts, columns,
                                                                                              strict=True))
