"""Size lists written inside one name ('Zorvak2-Code-1.5B/7B/40B-Chat'): one model per size, each the name with
that size in the list's place ('Zorvak2-Code-1.5B-Chat', 'Zorvak2-Code-7B-Chat', 'Zorvak2-Code-40B-Chat'); so too
with a space before the list ('本次开源Zorvak3 8B/13B系列模型': 'Zorvak3 8B', 'Zorvak3 13B'). Chinese or Japanese
words may stand glued before or after the name."""

import re

SLASHED_SIZES_RE = re.compile(r"(?<![A-Za-z0-9_.\-/])(?P<stem>[A-Z][A-Za-z0-9_.]*(?:-[A-Za-z][A-Za-z0-9_.]*)*)"
                              r"(?P<sep>[- ])(?P<sizes>\d+(?:\.\d+)?[BM](?:/\d+(?:\.\d+)?[BM])+)"
                              r"(?P<tail>(?:-[A-Za-z][A-Za-z0-9_.]*)*)(?![A-Za-z0-9_/])")


def slashed_names(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) for each size of each size list inside a name, at the written span of the whole."""
    found = []
    for m in SLASHED_SIZES_RE.finditer(text):
        tail = m.group("tail").rstrip(".")
        end = m.end() - (len(m.group("tail")) - len(tail))
        found += [(f"{m.group('stem')}{m.group('sep')}{size}{tail}", m.start(), end)
                  for size in m.group("sizes").split("/")]
    return found
