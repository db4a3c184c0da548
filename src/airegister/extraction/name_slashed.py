"""Size lists written inside one name ('Zorvak2-Code-1.5B/7B/40B-Chat'): one model per size, each the name with
that size in the list's place ('Zorvak2-Code-1.5B-Chat', 'Zorvak2-Code-7B-Chat', 'Zorvak2-Code-40B-Chat'); so too
with a space before the list ('本次开源Zorvak3 8B/13B系列模型': 'Zorvak3 8B', 'Zorvak3 13B'). Chinese or Japanese
words may stand glued before or after the name. A list in braces after a stem names one model per item
('X-SDM-{Base, Small, Tiny}': 'X-SDM-Base', 'X-SDM-Small', 'X-SDM-Tiny'), and a second braced list after 'and' takes
the same stem ('… and {Base-2M, Small-2M}')."""

import re

SLASHED_SIZES_RE = re.compile(r"(?<![A-Za-z0-9_.\-/])(?P<stem>[A-Z][A-Za-z0-9_.]*(?:-[A-Za-z][A-Za-z0-9_.]*)*)"
                              r"(?P<sep>[- ])(?P<sizes>\d+(?:\.\d+)?[BM](?:/\d+(?:\.\d+)?[BM])+)"
                              r"(?P<tail>(?:-[A-Za-z][A-Za-z0-9_.]*)*)(?![A-Za-z0-9_/])")


ITEMS = r"(?P<items>[A-Za-z0-9][\w.\-]*(?:[ \t]*,[ \t]*[A-Za-z0-9][\w.\-]*)+)"
BRACED_RE = re.compile(r"(?<![A-Za-z0-9_.\-/])(?P<stem>[A-Z][A-Za-z0-9_.]*(?:-[A-Za-z0-9][A-Za-z0-9_.]*)*-)"
                       rf"\{{{ITEMS}\}}")
MORE_BRACED_RE = re.compile(rf"[ \t]*(?:,|and|&)[ \t]*\{{{ITEMS}\}}")


def braced_names(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) for each item of a braced list after a stem, at the written span of the stem and list."""
    found = []
    for m in BRACED_RE.finditer(text):
        found += [(f"{m.group('stem')}{item.strip()}", m.start(), m.end()) for item in m.group("items").split(",")]
        more = MORE_BRACED_RE.match(text, m.end())
        if more:
            found += [(f"{m.group('stem')}{item.strip()}", more.start("items") - 1, more.end())
                      for item in more.group("items").split(",")]
    return found


def slashed_names(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) for each size of each size list inside a name, at the written span of the whole."""
    found = []
    for m in SLASHED_SIZES_RE.finditer(text):
        tail = m.group("tail").rstrip(".")
        end = m.end() - (len(m.group("tail")) - len(tail))
        found += [(f"{m.group('stem')}{m.group('sep')}{size}{tail}", m.start(), end)
                  for size in m.group("sizes").split("/")]
    return found + braced_names(text)
