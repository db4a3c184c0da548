"""The models a dated news line releases as a family and a list of its sizes ('2027.01.05: We release the Zorvak
Deep, reasoning models, including 3B, 9.5B, and 40B'): each described model named the family and one of them."""

import re

from .links import letters
from .values import parse_size

SIZE = r"\d+(?:\.\d+)?[ \t]*[BM]"
SIZES = rf"{SIZE}(?:(?:[ \t]*[,，、][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){SIZE})+"
# ... or its sizes in parentheses after its name ('Released **X-2 (7B, 13B)** models', '发布 **X-2 (7B、13B)** 模型')
RELEASED_SIZES_RE = re.compile(
    r"(?:\b(?:[Rr]elease[sd]?|[Ii]ntroduce[sd]?|[Oo]pen-sourced?|[Ll]aunch(?:e[sd])?)|开源|開源|发布|發布|推出|开放|"
    r"開放|新增)[ \t]+(?:the[ \t]+|our[ \t]+)?[*_]{0,2}"
    r"(?P<name>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,2})(?:[^.;:()]{0,80}?\b(?:including|in|with)[ \t]+"
    rf"(?P<sizes>{SIZES})(?!\w|\.\d)|[ \t]*[(（](?P<listed>{SIZES})[)）])")


def released_sizes(text: str, start: int, end: int, displays: dict) -> list:
    """Keys of `displays` (key -> display name) that the release statement in text[start:end] names."""
    found = []
    for m in RELEASED_SIZES_RE.finditer(text, start, end):
        stem = letters(m.group("name"))
        listed = m.group("sizes") or m.group("listed")
        sizes = {parse_size(s.replace(" ", "").upper()) for s in re.findall(SIZE, listed)}
        for key, display in displays.items():
            size = re.fullmatch(r"(.*?)[\s_-]*(\d+(?:\.\d+)?)([BMbm])", display)
            if size and letters(size.group(1)) == stem and parse_size(size.group(2) + size.group(3).upper()) in sizes:
                found.append(key)
    return found
