"""Records in plain text: a file that lists several models as `key: value` records, read as a table of them.

A models file (`models.yaml`'s '- name: X-7B' over '  context_length: 32768', a JSON list's '"name": "X-7B",'
over '"release_date": "2025-03-04",', a text file's 'Name: X-7B' over 'Parameters: 7B', a blank line before the
next) states each model's facts in its own record. Read as lines of prose the records run into each other, and
every fact is found near the first model's name; read as a table (a row per record, a column per key) each fact
goes to its own record's model, as a Markdown table's row does. Each row's excerpt is its record's lines.
"""

import json
import re

from .text_tables import TextTable

# 'name: X-7B', '- name: X-7B', '"name": "X-7B",', 'Context length: 32K' (a key of a few words, then a colon).
KEY_VALUE_RE = re.compile(r"^(?P<indent>[ \t]*(?:-[ \t]+)?)(?P<q>[\"']?)(?P<key>[A-Za-z][\w .()/-]{0,38}?)(?P=q)"
                          r"[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*$")
# The key a record names its model by: 'name', 'model', 'model_name', 'Model ID', 'id'.
NAME_KEY_RE = re.compile(r"^(?:model[ _-]?)?(?:name|id)$|^model$", re.I)
# What a YAML or JSON file writes between its records: brackets, a list's dash, nothing.
STRUCTURE_RE = re.compile(r"^[ \t]*[-\[\]{},]*[ \t]*$")
# A mapping's key that names a model: one word with a digit, a hyphen or a dot in it ('Zorvak-Lite', 'zorvak2'),
# not a settings group's ('defaults', 'limits').
MAPPED_NAME_RE = re.compile(r"[A-Za-z][\w+]*[\d.-][\w.+-]*")
MAX_NAME = 80  # a record's name is a name, not a sentence
MAX_SOURCE = 500  # a longer record is excerpted around each value, not whole


def record_tables(lines: list[str], taken: set[int]) -> list[TextTable]:
    """Each run of two records or more: the name key's lines (at one indent) each open a record, the `key: value`
    lines after it (at that indent or deeper, blank and bracket lines between) are its facts."""
    tables, i = [], 0
    while i < len(lines):
        table, after = _records_from(lines, i, taken)
        if table is not None:
            tables.append(table)
        # Past the lines read, table or not: a later start inside them would read the same run again (quadratic
        # on a long file of records that make no table, all of one name).
        i = max(after, i + 1)
    return tables


def _records_from(lines: list[str], i: int, taken: set[int]) -> tuple[TextTable | None, int]:
    """The records from line i as a table (None when they make none), and the line the reading stopped at."""
    if i not in taken and _object(lines[i]):
        return _object_lines(lines, i, taken)
    first = _pair(lines[i]) if i not in taken else None
    if not first:
        return None, i + 1
    column, name_key = first[0], first[1]
    # A mapping keyed by the models' names ('Zorvak-7B:' over '  parameters: 7B'): each name opens a record.
    keyed = not first[2] and MAPPED_NAME_RE.fullmatch(name_key) and i + 1 < len(lines) \
        and (_pair(lines[i + 1]) or (column, "", ""))[0] > column
    if not keyed and (not NAME_KEY_RE.match(name_key) or not _name_value(first[2])):
        return None, i + 1
    records: list[list[tuple[str, str]]] = []
    spans: list[list[int]] = []
    parents: list[tuple[int, str]] = []  # the keys open above a nested line ('license:' over '  name: MIT')
    j = i
    # A bracket line may be taken as code ('},'): between records it is the file's structure.
    while j < len(lines) and (j not in taken or STRUCTURE_RE.match(lines[j])):
        pair = _pair(lines[j])
        if pair is None:
            if not STRUCTURE_RE.match(lines[j]):
                break  # a line of prose ends the records
            j += 1
            continue
        at, key, value = pair
        if at < column:
            break  # a key of the level above ('other_section:'): the records' list has ended
        if keyed and at == column:
            if value or not MAPPED_NAME_RE.fullmatch(key):
                break
            records.append([("name", key)])
            spans.append([j, j + 1])
            j += 1
            continue
        if key == name_key and at == column and not keyed:
            if not _name_value(value):
                break
            records.append([])
            spans.append([j, j + 1])
        parents = [(c, k) for c, k in parents if c < at]
        if value:
            # A nested key reads under its parent's: 'license' for the licence's name, 'pricing input' for a price.
            nested = [k for _c, k in parents]
            key = " ".join(nested if NAME_KEY_RE.match(key) and nested else [*nested, key])
            records[-1].append((key, value))
        else:
            parents.append((at, key))
        spans[-1][1] = j + 1
        j += 1
    return _table(i, records, spans, "name" if keyed else name_key, lines), j


def _object_lines(lines: list[str], i: int, taken: set[int]) -> tuple[TextTable | None, int]:
    """Records written one JSON object a line ('{"name": "X-7B", "context_window": 8192},'), as JSON Lines and
    compact lists are, while each names its model by the first one's key."""
    records, spans, j = [], [], i
    while j < len(lines) and j not in taken:
        found = _object(lines[j])
        if found is None and not STRUCTURE_RE.match(lines[j]) or found and records and found[0][0] != records[0][0][0]:
            break
        if found:
            records.append(found)
            spans.append([j, j + 1])
        j += 1
    return _table(i, records, spans, records[0][0][0], lines), j


def _object(line: str) -> list[tuple[str, str]] | None:
    """A line's JSON object as (key, value) pairs, its name key first; None unless it names a model."""
    line = line.strip().rstrip(",")
    if not (line.startswith("{") and line.endswith("}")):
        return None
    try:
        data = json.loads(line)
    except ValueError:
        return None
    pairs = [(str(k), str(v)) for k, v in data.items() if isinstance(v, str | int | float) and not isinstance(v, bool)]
    named = next((p for p in pairs if NAME_KEY_RE.match(p[0]) and _name_value(p[1])), None)
    return [named, *(p for p in pairs if p is not named)] if named else None


def _table(i: int, records: list, spans: list, name_key: str, lines: list[str]) -> TextTable | None:
    if len(records) < 2 or any(len(r) < 2 for r in records) \
            or len({r[0][1].lower() for r in records}) < len(records):
        return None  # one record states its facts for one model whatever reads them; two of a name are no list
    header: list[str] = []
    for record in records:
        header += [k for k, _v in record if k not in header and not (k == name_key and header)]
    rows = [[_label(k) for k in header]]
    for record in records:
        values = {}
        for key, value in record:
            values.setdefault(key, value)  # a nested 'name' ('license:' over '  name: MIT') is not the model's
        rows.append([values.get(k, "") for k in header])
    sources = [""]
    for start, end in spans:
        source = " ".join(line.strip() for line in lines[start:end] if line.strip())
        sources.append(source if len(source) <= MAX_SOURCE else "")
    return TextTable(i, spans[-1][1], rows, sources)


def _pair(line: str) -> tuple[int, str, str] | None:
    """(the key's column, the key, its value, unquoted) of a `key: value` line; None for any other line."""
    m = KEY_VALUE_RE.match(line)
    if not m or "://" in m.group("key"):
        return None
    value = (m.group("value") or "").rstrip(",").strip()
    if value[:1] in "\"'" and value[-1:] == value[:1] and len(value) >= 2:
        try:
            value = json.loads(value) if value[0] == '"' else value[1:-1]
        except ValueError:
            value = value[1:-1]
    if value in ("{", "["):
        value = ""  # a nested object or list opens: its keys follow on their own lines
    return len(m.group("indent")), m.group("key").strip(), str(value).strip()


def _name_value(value: str) -> bool:
    return bool(value) and len(value) <= MAX_NAME and not re.search(r"[.!?]\s", value)


def _label(key: str) -> str:
    """A key as a table header reads: 'context_length' -> 'context length'."""
    return re.sub(r"[_\s]+", " ", key).strip()
