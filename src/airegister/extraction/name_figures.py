"""Figures a model's name carries (its size 'X-7B', its context tag 'X-1M'), and when a figure the document states
stands against them."""

import re

from .finder import Hit
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
