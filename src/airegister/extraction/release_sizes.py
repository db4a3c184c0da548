"""The models a dated news line releases as a family and a list of its sizes ('2027.01.05: We release the Zorvak
Deep, reasoning models, including 3B, 9.5B, and 40B'): each described model named the family and one of them."""

import re

from .links import letters
from .values import parse_size

SIZE = r"\d+(?:\.\d+)?[ \t]*[BM]"
RELEASED_SIZES_RE = re.compile(
    r"\b(?:[Rr]elease[sd]?|[Ii]ntroduce[sd]?|[Oo]pen-sourced?|[Ll]aunch(?:e[sd])?)[ \t]+(?:the[ \t]+|our[ \t]+)?"
    r"(?P<name>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,2})[^.;:()]{0,80}?\b(?:including|in|with)[ \t]+"
    rf"(?P<sizes>{SIZE}(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){SIZE})+)(?!\w|\.\d)")


def released_sizes(text: str, start: int, end: int, displays: dict) -> list:
    """Keys of `displays` (key -> display name) that the release statement in text[start:end] names."""
    found = []
    for m in RELEASED_SIZES_RE.finditer(text, start, end):
        stem = letters(m.group("name"))
        sizes = {parse_size(s.replace(" ", "").upper()) for s in re.findall(SIZE, m.group("sizes"))}
        for key, display in displays.items():
            size = re.fullmatch(r"(.*?)[\s_-]*(\d+(?:\.\d+)?)([BMbm])", display)
            if size and letters(size.group(1)) == stem and parse_size(size.group(2) + size.group(3).upper()) in sizes:
                found.append(key)
    return found
