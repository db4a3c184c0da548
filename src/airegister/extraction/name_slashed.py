"""Size lists written inside one name ('Zorvak2-Code-1.5B/7B/40B-Chat'): one model per size, each the name with
that size in the list's place ('Zorvak2-Code-1.5B-Chat', 'Zorvak2-Code-7B-Chat', 'Zorvak2-Code-40B-Chat')."""

import re

SLASHED_SIZES_RE = re.compile(r"(?<![\w.\-/])(?P<stem>[A-Z][\w.]*(?:-[A-Za-z][\w.]*)*)-"
                              r"(?P<sizes>\d+(?:\.\d+)?[BM](?:/\d+(?:\.\d+)?[BM])+)"
                              r"(?P<tail>(?:-[A-Za-z][\w.]*)*)(?![\w/])")


def slashed_names(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) for each size of each size list inside a name, at the written span of the whole."""
    found = []
    for m in SLASHED_SIZES_RE.finditer(text):
        tail = m.group("tail").rstrip(".")
        end = m.end() - (len(m.group("tail")) - len(tail))
        found += [(f"{m.group('stem')}-{size}{tail}", m.start(), end) for size in m.group("sizes").split("/")]
    return found
