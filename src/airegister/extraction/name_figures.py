"""Figures a model's name carries (its size 'X-7B', its context tag 'X-1M'), when a figure the document states
stands against them, and the sizes the text writes outside names that may confirm a name's size (extract.py)."""

import bisect
import re
from collections import defaultdict

from .finder import Hit
from .links import letters
from .name_shapes import WORD_SIZE_ITEM_RE, WORD_SIZE_LIST_RE, word_size
from .values import SIZE_RE, parse_size


def name_size(names, key: frozenset, contexts: frozenset = frozenset()) -> int | None:
    """The size a model's name carries ('X-7B', 'lfm2-700m'); not a context length the document states as one
    ('LWM-Text-1M' over a 'Context Size' of '1M')."""
    if key in names.sizes:
        return names.sizes[key]
    for token in names.candidates[key].display.replace("-", " ").split():
        size = parse_size(token.upper())  # an API id writes its size in lower case ('lfm2-700m')
        if size and size >= 10**6 and not (size in contexts and token.lower() in key and size in context_tags(key)):
            return size
    return None


def context_tags(key: frozenset) -> set[int]:
    """Context lengths a name carries as a tag ('-1M', '-200K', '-32k'): thousands, or a few million."""
    tags = set()
    for token in key:
        m = re.fullmatch(r"(\d+)([km])", token)
        if m and (m.group(2) == "k" or int(m.group(1)) <= 10):
            tags.add(int(m.group(1)) * (1000 if m.group(2) == "k" else 1_000_000))
    return tags


def size_of_base_in_row(hit: Hit, size: int, name: str) -> bool:
    """A table row's other cell names a model of `size` that is not `name` ('Vicuna 7B' beside 'EAGLE-Vicuna-7B')."""
    if not hit.row_excerpt:
        return False
    head = re.split(r"[-\s/]", name.rsplit("/", 1)[-1])[0].lower()
    for cell in hit.row_excerpt.split("|"):
        sizes = [parse_size(s) for s in re.findall(SIZE_RE, cell)]
        if size in sizes and head not in cell.lower():
            return True
    return False


SIZE_CLASS_BEFORE_RE = re.compile(r"\b(?:among|than|against|versus|vs\.?|other|all)\b[^.;:\n]{0,50}$", re.I)


def sizes_outside_names(doc, names) -> dict[int, list[re.Match]]:
    """The sizes the text writes outside every name, by value, in document order: read once, asked per model."""
    spans = sorted((m.start, m.end) for m in names.mentions)
    starts = [a for a, _b in spans]
    found: dict[int, list[re.Match]] = defaultdict(list)
    # Hyphens of every kind join a size to a name ('InternVL2‑1B' with a non-breaking hyphen, as web pages write it).
    for m in re.finditer(rf"(?<![\w./\-\u2010\u2011]){SIZE_RE}(?![-\u2010\u2011]\w)", doc.text):
        if re.match(r"i?B\b", doc.text[m.end():m.end() + 3]):
            continue  # 'around 522MB' of data: a size in bytes, no count of parameters
        i = bisect.bisect_right(starts, m.start()) - 1
        if not (i >= 0 and spans[i][1] >= m.end()):  # not inside a name
            found[parse_size(m.group(0))].append(m)
    # ... and sizes written in words in a list of them ('124 million, 355 million, and 774 million parameter models')
    for listed in WORD_SIZE_LIST_RE.finditer(doc.text):
        for m in WORD_SIZE_ITEM_RE.finditer(doc.text, listed.start(), listed.end()):
            found[parse_size(word_size(m))].append(m)
    return found


def sized_in_others_sentence(names, key: frozenset, pos: int, described: list[str]) -> bool:
    """The sentence of the size at `pos` names the document's models or families, none of `key`'s stem (its leading
    letters). `described`: the letters of the document's models' names, read once by the caller."""
    index = names.seg.index_at(pos)
    sentence = names.seg.sentences[index]
    text = names.seg.doc.text

    def stems_in(start: int, end: int) -> set[str]:
        # names of the document's models or of their families, written as names or as words ('UltraLM is a
        # series …'); not others ('INT-8' beside 'YuLan-Chat')
        named = [names.candidates[m.key].display for m in names.mentions_in(start, end) if m.key in names.candidates]
        named += re.findall(r"(?<![\w\-])[A-Z][A-Za-z0-9\-]{2,}", text[start:end])
        return {_letters_stem(name) for name in named
                if len(letters(name)) >= 3 and any(d.startswith(letters(name)) for d in described)}

    stems = stems_in(sentence.start, sentence.end)
    previous = names.seg.sentences[index - 1] if index else None
    if not stems and previous is not None and previous.block == sentence.block:
        stems = stems_in(previous.start, previous.end)  # ('UltraLM is a series … we have released the 13B version')
    return bool(stems) and _letters_stem(names.candidates[key].display) not in stems


def _letters_stem(name: str) -> str:
    found = re.match(r"[a-z]+", name.rsplit("/", 1)[-1].lower())
    return found.group(0) if found else ""
