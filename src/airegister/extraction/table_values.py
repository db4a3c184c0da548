"""Facts read from tables by their columns and rows: a table with its models in columns (each row's first cell names
the field), a two-column table of settings ('Hyperparameter | Value'), a models table's columns of facts, a column of
licences whatever its header says, and a pipe table's header line (the excerpt of a fact its header states)."""

import re

from .document import Document
from .tables import TRAINING_HEADER_RE, Table, column_field, find_tables, parse_cell
from .values import NOT_STATED_CELL_RE, is_license, plausible_size

# A column or row of both modalities, each cell 'input → output' ('Text, image → Text', 'Audio -> Text', 'text to
# speech'): both fields read from it.
MODALITIES_HEADER_RE = re.compile(r"^\W*(?:modalit(?:y|ies)|input\s*(?:→|->|/)\s*output|i\s*/\s*o)\W*$", re.I)
MODALITY_ARROW_RE = re.compile(r"\s*(?:→|->|⟶|⇒|=>|-?\bto\b-?)\s*", re.I)


def modality_pair(cell: str) -> tuple[list[str], list[str]] | None:
    """(input, output) modalities of a cell written 'input → output', or None."""
    parts = MODALITY_ARROW_RE.split(cell.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    given, made = parse_cell("input_modalities", parts[0], ""), parse_cell("output_modalities", parts[1], "")
    return (given, made) if given and made else None


def transposed_values(doc: Document, table: Table) -> list[tuple[str, int, int, object]]:
    """(field, block index, column, value) for every cell of a table with its models in columns, the row's first
    cell naming the field and the cell parsing as that field's type; a table of training settings states no
    context window."""
    if not table.transposed:
        return []
    labels = [doc.blocks[i].cells[0] for i in table.blocks if doc.blocks[i].cells]
    training = any(TRAINING_HEADER_RE.search(label) for label in labels)
    out = []
    for i in table.blocks:
        cells = doc.blocks[i].cells
        name = column_field(cells[0]) if cells else None
        if cells and name is None and MODALITIES_HEADER_RE.match(cells[0]):
            out += _modality_pairs([(i, j, cells[j]) for j in range(1, min(len(cells), len(table.header)))])
            continue
        if name is None or name == "context_window" and training:
            continue
        for j in range(1, min(len(cells), len(table.header))):
            # A header repeated over columns ('Cerebras-GPT', 'Cerebras-GPT') is a family, not the cell's one model.
            head = table.header[j]
            value = parse_cell(name, cells[j], cells[0]) if head.strip() and table.header.count(head) == 1 else None
            if value:
                out.append((name, i, j, value))
    return out


# -- facts from a two-column table of settings ('Hyperparameter | Value', 'Parameter | Value') --------------------
KEY_VALUE_HEADER_RE = re.compile(r"^\W*(?:hyper-?parameters?|parameters?|attributes?|property|properties|specs?|"
                                 r"specifications?|fields?|settings?|keys?|items?|details?|features?)\W*$", re.I)
KEY_SYNONYMS = {"ctx": "context length", "n ctx": "context length", "seq len": "context length",
                "params": "parameters", "n params": "parameters"}


def key_value_rows(doc: Document, table: Table) -> list[tuple[str, int, object]]:
    """(field, block index, value) for the rows of a settings table whose key names a field ('n_ctx | 2,048',
    '\\(n_{parameters}\\) | 6,166,502,400') and whose value parses as that field's type."""
    # (or a table of a card's details whose header the reader dropped, 'Attribute | Value': document.key_value_rows)
    if not (len(table.header) == 2 and KEY_VALUE_HEADER_RE.match(table.header[0]) or not table.header):
        return []
    out = []
    for i in table.blocks:
        cells = doc.blocks[i].cells
        if len(cells) != 2:
            continue
        key = re.sub(r"[\\(){}$_]+", " ", cells[0]).strip().lower()
        key = re.sub(r"^(?:n|num|number\s+of)\s+", "", key)
        key = KEY_SYNONYMS.get(key, key)
        name = column_field(key)
        value = parse_cell(name, cells[1], cells[0]) if name else None
        if name == "parameters" and value is None:
            m = re.fullmatch(r"\s*(\d{1,3}(?:,\d{3}){2,})\s*", cells[1])  # '6,166,502,400'
            value = int(m.group(1).replace(",", "")) if m else None
            value = value if value and plausible_size(value) else None
        if value:
            out.append((name, i, value))
    return out


# A results table may give each row's size beside its scores ('Architecture | # params | FUNSD'): a fact of the
# rows that are the document's own models (the extractor drops the rows of others' models).
SCORE_TABLE_FIELDS = {"parameters"}


CONTEXT_SAID_RE = re.compile(r"\bcont(?:ext|ent)\s+(?:length|window)\b", re.I)
DATE_FIELDS = {"release_date", "knowledge_cutoff", "training_data_cutoff"}
YEAR_ONLY_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def column_values(doc: Document, table: Table) -> list[tuple[str, int, int, object]]:
    """(field, block index, column, value) for every cell of a column whose header names a field and most of
    whose cells parse as that field's type."""
    out = []
    if table.name_col is None:
        return out
    # (the name column's header says what the rows are: '🤗 HF (lora weight)' names adapters, not a setting)
    training = any(TRAINING_HEADER_RE.search(h) for j, h in enumerate(table.header) if j != table.name_col)
    for j, head in enumerate(table.header):
        if j == table.name_col:
            continue
        name = column_field(head) or ("license" if is_license_column(doc, table, j) else None)
        if name is None and MODALITIES_HEADER_RE.match(head) and not table.scores:
            cells = [(i, j, doc.blocks[i].cells[j]) for i in table.blocks if j < len(doc.blocks[i].cells)]
            out += _modality_pairs([c for c in cells if c[2].strip()])
            continue
        if name is None or name == "context_window" and training and not CONTEXT_SAID_RE.search(head):
            continue  # ('Seq len' beside 'LR': the length a run trained at; 'Context Length' is the model's still)
        if table.scores and name not in SCORE_TABLE_FIELDS:
            continue
        parsed = []
        for i in table.blocks:
            cells = doc.blocks[i].cells
            cell = cells[j] if j < len(cells) else ""
            if cell.strip() and not NOT_STATED_CELL_RE.fullmatch(cell.strip()):  # ('N/A', '-': says nothing)
                parsed.append((i, parse_cell(name, cell, head)))
        good = [(i, v) for i, v in parsed if v]
        # ('Early 2023' under 'Training data' beside 'Up to Aug 2024': a date of the column's type, too rough to keep)
        rough = sum(1 for i, v in parsed if not v and name in DATE_FIELDS
                    and YEAR_ONLY_RE.search(doc.blocks[i].cells[j] if j < len(doc.blocks[i].cells) else ""))
        if parsed and (len(good) + rough) * 3 >= len(parsed) * 2 and good:
            out += [(name, i, j, v) for i, v in good]
    return out


def _modality_pairs(cells: list[tuple[int, int, str]]) -> list[tuple[str, int, int, object]]:
    """Both modalities of each cell of a 'Modalities' column or row ('Text, image → Text'), when most of its cells
    read so."""
    pairs = [(i, j, modality_pair(cell)) for i, j, cell in cells]
    good = [(i, j, pair) for i, j, pair in pairs if pair]
    if not good or len(good) * 3 < len(pairs) * 2:
        return []
    return [(field, i, j, value) for i, j, pair in good
            for field, value in zip(("input_modalities", "output_modalities"), pair, strict=True)]


def is_license_column(doc: Document, table: Table, j: int) -> bool:
    """A column whose cells are licences whatever its header says ('Weight availability: Apache 2.0')."""
    cells = _filled_cells(doc, table, j)
    if len(cells) == 1 and is_license(cells[0]) and j < len(table.header):
        # One licence in a short table ('Premier models': one of three offers its weights), under the header a
        # longer table of the page gives a column of licences: the page's column of licences in each of its tables.
        return any(other is not table and _licences_under(doc, other, table.header[j])
                   for other in find_tables(doc)[0])
    return _licences_under(doc, table, None, cells)


def _licences_under(doc: Document, table: Table, head: str | None, cells: list[str] | None = None) -> bool:
    """Two cells at least, two thirds of them licences: of `cells`, or of the column `head` heads in `table`."""
    if cells is None:
        if head is None or head not in table.header:
            return False
        cells = _filled_cells(doc, table, table.header.index(head))
    return len(cells) >= 2 and sum(map(is_license, cells)) * 3 >= len(cells) * 2


def _filled_cells(doc: Document, table: Table, j: int) -> list[str]:
    """Column `j`'s cells that hold a word or a figure (not empty, not a dash or a mark alone)."""
    return [c for c in table.column(doc, j) if c.strip() and not re.fullmatch(r"\W*", c)]


HEADER_DELIMITER_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def header_source(doc: Document, table: Table) -> str | None:
    """The source line of a pipe table's header row (the line above its delimiter), or None (an HTML table)."""
    first = doc.blocks[table.blocks[0]].source if table.blocks else None
    at = doc.source_text.find(first) if first else -1
    lines = doc.source_text[:max(at, 0)].rstrip("\n").split("\n")
    if at < 0 or len(lines) < 2 or not HEADER_DELIMITER_RE.match(lines[-1]) \
            or not all(h.strip() in lines[-2] for h in table.header):
        return None
    return lines[-2].strip()
