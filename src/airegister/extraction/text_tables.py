"""Tables of a plain text written with '|' between cells or set in columns with spaces (a README's table saved as
text, a report's aligned columns): their rows as cells, as a tab-separated table's are (text_reader.py).

A pipe table is two rows or more of the same number of '|'-separated cells (two '|' on a line at least: 'Chinese |
English' alone is no table), its delimiter row ('|---|:---:|', '+----+----+') left out. A space-aligned table is
three lines or more whose cells, separated by two spaces or more, start at the same columns; a line of dashes under
its header is left out. Only lines are read: no cell's text is changed, every row's line stays its excerpt.
"""

import re
from typing import NamedTuple

PIPE_DELIMITER_RE = re.compile(r"\s*[|+]?(?:\s*:?[-=]{3,}:?\s*[|+])+\s*(?::?[-=]{3,}:?\s*)?$")
RULE_LINE_RE = re.compile(r"\s*[-=+| ]{3,}\s*$")  # a line of dashes (an ASCII table's rule, a header's underline)
CELL_GAP_RE = re.compile(r"\S(?: ?\S)*")  # a cell: words kept apart by single spaces, two or more end it
MIN_ALIGNED_ROWS = 3
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
