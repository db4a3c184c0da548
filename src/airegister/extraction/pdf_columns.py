"""A PDF's tables drawn without rules: lines whose runs of text start at the same places across the page.

A PDF generator sets each cell of a table as a run of text of its own at the cell's place; with no rules drawn,
pdfplumber's grid finder sees no table, and pypdf's text gives each row as one line of words. Three lines or more
one after another, each with runs starting at the same two places or more across the page (within a point or two),
are such a table's rows: each run goes to the column it starts in. A list whose bullets or numbers are runs of their
own ('•' at one place, the item's words at the next), or whose items' links happen to start at one place, is no
table: its first column's cells all open with a list mark.
"""

import re

MIN_ROWS = 3
ALIGN = 2.0  # points: cells of one column start this close to each other
LIST_MARK_RE = re.compile(r"(?:[•·▪◦●‣–*-]|\d{1,3}[.)]|[a-z][.)])(?:\s|$)")


def unruled_tables(runs: dict[int, list[tuple[float, str]]], heights: list, taken: set[int]) -> list[tuple]:
    """(first line, last line, rows of cells) for each run of lines set in aligned columns; `runs`: line -> its
    runs of text as (where it starts across the page, text), in order; `taken`: lines another table holds."""
    out, i, count = [], 0, len(heights)
    while i < count:
        columns = _starts(runs.get(i, [])) if i not in taken else []
        j = i
        while len(columns) >= 2 and j + 1 < count and j + 1 not in taken and heights[j + 1] is not None:
            shared = [x for x in columns if any(abs(x - y) <= ALIGN for y in _starts(runs.get(j + 1, [])))]
            if len(shared) < 2 or shared[0] != columns[0]:
                break
            columns, j = shared, j + 1
        rows = [_cells(runs.get(k, []), columns) for k in range(i, j + 1)] if len(columns) >= 2 else []
        if len(rows) >= MIN_ROWS and not all(LIST_MARK_RE.match(row[0]) for row in rows if row[0]) \
                and all(sum(bool(c) for c in row) >= 2 for row in rows):
            out.append((i, j, rows))
            i = j + 1
        else:
            i += 1
    return out


def _starts(line_runs: list[tuple[float, str]]) -> list[float]:
    return [x for x, text in line_runs if text.strip()]


def _cells(line_runs: list[tuple[float, str]], columns: list[float]) -> list[str]:
    """The line's runs gathered by the column each starts in (a run before the first column joins the first)."""
    cells = [""] * len(columns)
    for x, text in line_runs:
        k = max((n for n, start in enumerate(columns) if start - ALIGN <= x), default=0)
        cells[k] = f"{cells[k]} {text.strip()}".strip() if text.strip() else cells[k]
    return cells
