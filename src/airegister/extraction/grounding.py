"""The rules an LLM's proposed fact must pass before the register keeps it: the model proposes, the rules verify.

A proposal (model, field, value, excerpt) is kept only when
1. its excerpt is verbatim in the document (whitespace folded) and no longer than an extracted excerpt may be;
2. the register's own parsers read the same value from the excerpt: the value the model wrote is read with the
   field's value parser (values.py), and the same parser reads that value in the excerpt (a statement of four
   words or more; a number inside a date never counts), or the offline finders do (fields.py), or a table cell
   in the excerpt under a column that states the field does (tables.column_field and parse_cell);
3. the model's name, or its family (the name without a trailing size or variant word), stands in the excerpt,
   in the table row the excerpt stands in, or in a heading of the section it stands under; a family counts only
   where no other model of the document is named in full.
Anything else is dropped with the reason it failed (`DROP_REASONS`).
"""

import re
from dataclasses import dataclass

from .document import Document, fold
from .evidence import MAX_EXCERPT
from .field_developers import DEVELOPER_RE, FROM_RE, KNOWN_DEVELOPER_RE, trim_org
from .fields import LEVEL_RE, find_all
from .models import FACT_FIELDS
from .readers import read_text
from .segment import Segmenter
from .tables import column_field, parse_cell
from .values import (
    DATE_RE,
    HF_LICENSES,
    PARAM_VALUE_RE,
    SPDX_RE,
    SURFACE_RE,
    TOKEN_COUNT_RE,
    find_license,
    modalities,
    parse_date,
    parse_params,
    parse_tokens,
    plausible_size,
)

LIST_FIELDS = ("input_modalities", "output_modalities", "access_surfaces")
# The fields an LLM may propose: the extractor's single- and list-valued fields (not evaluations).
LLM_FIELDS = FACT_FIELDS
DROP_REASONS = {
    "malformed": "the answer was not the JSON the schema asks for",
    "unknown_field": "not a field the register reads",
    "excerpt_not_verbatim": "the excerpt is not verbatim in the document",
    "excerpt_too_long": f"the excerpt is longer than {MAX_EXCERPT} characters",
    "value_unreadable": "the register's parser reads no value from what the model wrote",
    "parser_disagrees": "the register's parser does not read that value from the excerpt",
    "model_not_in_excerpt": "the model's name stands neither in the excerpt, nor its row, nor its section",
    "model_not_in_document": "the model's name is not in the document",
    "not_a_model": "the name is a developer's, not a model's",
    "offline_value": "the offline reader already states this field (offline wins)",
    "duplicate": "the same field for the same model was already kept",
}
MIN_STATEMENT_WORDS = 4
VARIANT_WORDS = {"instruct", "chat", "base", "it", "preview", "latest", "mini", "nano", "small", "medium", "large",
                 "pro", "flash", "lite", "turbo", "max", "plus", "ultra", "tiny", "hf", "gguf"}


@dataclass
class Proposal:
    model: str
    field: str
    value: str
    excerpt: str


# -- the register's parsers, applied to a short text --------------------------------------------------------------
def read_values(field: str, text: str) -> list:
    """Every value the register's parsers read for `field` in `text` (normal forms, in order)."""
    if field in ("context_window", "parameters"):
        # A number inside a date ('March 2024') is a year, never a count.
        dates = [m.span() for m in DATE_RE.finditer(text)]
        pattern, parse = (TOKEN_COUNT_RE, parse_tokens) if field == "context_window" else (PARAM_VALUE_RE, parse_params)
        values = [parse(m) for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in dates)]
        return [v for v in values if v and (field == "context_window" or plausible_size(v))]
    if field in ("release_date", "knowledge_cutoff", "training_data_cutoff"):
        return [v for m in DATE_RE.finditer(text) if (v := parse_date(m))]
    if field == "license":
        found = [name for pattern, name in SPDX_RE if pattern.search(text)]
        first = find_license(text)
        found += [first[0]] if first else []
        found += [name for key, name in HF_LICENSES.items() if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text)]
        return list(dict.fromkeys(found))
    if field in ("input_modalities", "output_modalities"):
        return modalities(text)
    if field == "access_surfaces":
        return list(dict.fromkeys(_surface(m.group(0)) for m in SURFACE_RE.finditer(text)))
    if field == "safety_level":
        return [f"ASL-{m.group('n') or m.group('m')}" for m in LEVEL_RE.finditer(text)]
    if field == "developer":
        found = [m.group(1) for m in KNOWN_DEVELOPER_RE.finditer(text)]
        for pattern in (DEVELOPER_RE, FROM_RE):
            found += [org for m in pattern.finditer(text) if (org := trim_org(m.group("org")))]
        return list(dict.fromkeys(found))
    return []


def read_proposed(field: str, value: str):
    """The model's value read with the same parser: a normal form, a list for list fields, or None."""
    value = (value or "").strip()
    if not value:
        return None
    if field in LIST_FIELDS:
        items = []
        for part in re.split(r"\s*(?:[,;/|+&]|\band\b)\s*", value):
            read = read_values(field, part)
            if not read:
                return None  # every item must read: a list with one unreadable item is not the register's list
            items += [v for v in read if v not in items]
        return items or None
    if field == "developer":
        known = read_values("developer", value)
        return known[0] if known else " ".join(value.split())
    read = read_values(field, value)
    return read[0] if read else None


def same(field: str, a, b) -> bool:
    if field == "developer" or field == "access_surfaces":
        return _key(str(a)) == _key(str(b))
    return a == b


def offline_values(field: str, text: str) -> list:
    """The values the offline reader's own finders (cues and all) read for `field` in `text` alone."""
    doc = read_text(text)
    if not doc.blocks:
        return []
    found = []
    for hit in find_all(doc, Segmenter(doc)):
        if hit.field == field:
            found += hit.value if isinstance(hit.value, list) else [hit.value]
    return found


def _agrees(field: str, value, found: list) -> bool:
    if field in LIST_FIELDS:
        return all(any(same(field, item, f) for f in found) for item in value)
    return any(same(field, value, f) for f in found)


def _surface(text: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(text.split()), flags=re.I)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


# -- names ------------------------------------------------------------------------------------------------------
def tokens(text: str) -> list[str]:
    """Words as names compare: lower case, letters and numbers apart ('GPT-4o' and 'gpt 4o' are alike)."""
    return re.findall(r"[a-z]+|\d+(?:\.\d+)*", text.lower())


def contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def family(name: str) -> list[str]:
    """The name without trailing size or variant words: 'Llama 3.1 8B Instruct' -> 'llama 3.1'."""
    words = tokens(name)
    while len(words) > 1:
        if words[-1] in VARIANT_WORDS:
            words = words[:-1]
        elif len(words) > 2 and _is_size(words[-2:]):
            words = words[:-2]
        else:
            break
    return words


def _is_size(pair: list[str]) -> bool:
    return len(pair) == 2 and pair[0][:1].isdigit() and pair[1] in ("b", "m", "k")


def name_stands(name: str, texts: list[str], others: list[str] = ()) -> bool:
    """The name stands in one of the texts; or its family does, in a text that names none of `others` (the
    document's other models) in full: 'Kestrel 2 has …' is about Kestrel 2, not Kestrel 2 Mini."""
    whole, fam = tokens(name), family(name)
    rivals = [t for o in others if (t := tokens(o)) and t != whole]
    for text in texts:
        words = tokens(text)
        if contains(words, whole):
            return True
        if fam != whole and _specific(fam) and contains(words, fam) and not any(contains(words, r) for r in rivals):
            return True
    return False


def _specific(words: list[str]) -> bool:
    """A family name that is more than one common word: 'llama 3.1', 'orca 2', 'qwen'; not 'model' or 'the'."""
    return len("".join(words)) >= 3 and words[0] not in ("the", "model", "models", "a", "an", "ai")


# -- where an excerpt stands ------------------------------------------------------------------------------------
class Grounds:
    """The document as the rules see it: its folded source, and each block's text, row and section headings."""

    def __init__(self, doc: Document, names: list[str] = ()):
        self.doc, self.names = doc, list(names)  # the models the offline reader found
        self.folded = fold(doc.verbatim)
        self.folded_lower = self.folded.lower()
        self.doc_words = tokens(doc.text + " " + doc.verbatim[:200000])
        self._blocks = [(b, fold(doc.block_text(b)), fold(b.source)) for b in doc.blocks]

    def verbatim(self, excerpt: str) -> bool:
        folded = fold(excerpt)
        return bool(folded) and folded in self.folded

    def context(self, excerpt: str) -> list[str]:
        """The excerpt's rows and the headings of the sections it stands under (every place it stands)."""
        folded = fold(excerpt)
        out = []
        headings: dict[int, str] = {}
        for block, text, source in self._blocks:
            if block.kind == "heading":
                headings = {lvl: h for lvl, h in headings.items() if lvl < block.level}
                headings[block.level] = text
                continue
            if folded in text or (source and folded in source) or (len(text) >= 20 and text in folded):
                if block.kind == "row":
                    out += [text, source]
                out += list(headings.values())
        if self.doc.title:
            out.append(self.doc.title)
        return out

    def row_values(self, field: str, excerpt: str) -> list:
        """Values of the rows the excerpt stands in, read from a cell under a column that states `field`, when
        that cell is in the excerpt (`tables.column_field` and `tables.parse_cell`, as the offline reader)."""
        folded, found = fold(excerpt), []
        for block, text, source in self._blocks:
            if block.kind != "row" or not (folded in text or (source and folded in source) or
                                           (source and source in folded)):
                continue
            for head, cell in zip(block.header, block.cells, strict=False):
                if cell and fold(cell) in folded and column_field(head) == field:
                    value = parse_cell(field, cell, head)
                    found += value if isinstance(value, list) else [value] if value else []
        return found

    def parser_agrees(self, field: str, value, excerpt: str) -> bool:
        """The value parsers read it from the excerpt: as a value of the field's type (values.py), as the offline
        finders read it (cues and all), or from a table cell in the excerpt under a column stating the field."""
        # The value parser alone only over a statement: a bare '32K' could be any count ('of what?').
        typed = read_values if len(excerpt.split()) >= MIN_STATEMENT_WORDS else None
        return any(_agrees(field, value, found(field, excerpt)) for found in (
            typed, offline_values, self.row_values) if found)

    def in_document(self, name: str) -> bool:
        return contains(self.doc_words, tokens(name))

    def spelling(self, name: str) -> str:
        """The name as the document writes it (case-insensitive, whitespace folded), else as given."""
        folded = fold(name)
        at = self.folded_lower.find(folded.lower())
        return self.folded[at:at + len(folded)] if at >= 0 else folded


def check(proposal: Proposal, grounds: Grounds) -> tuple[str | None, object]:
    """(None, the value read) when the proposal passes the rules, else (the reason it is dropped, None)."""
    if proposal.field not in LLM_FIELDS:
        return "unknown_field", None
    excerpt = fold(proposal.excerpt)
    if len(excerpt) > MAX_EXCERPT:
        return "excerpt_too_long", None
    if not grounds.verbatim(excerpt):
        return "excerpt_not_verbatim", None
    value = read_proposed(proposal.field, proposal.value)
    if value in (None, "", []):
        return "value_unreadable", None
    if not grounds.parser_agrees(proposal.field, value, excerpt):
        return "parser_disagrees", None
    if not name_stands(proposal.model, [excerpt, *grounds.context(excerpt)], grounds.names):
        return "model_not_in_excerpt", None
    return None, value
