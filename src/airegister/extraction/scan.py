"""Fast whole-document scans: a complex pattern is tried only where one of its start words stands.

Python's `re` tries a pattern of many optional alternatives at every position of the text, so a dozen cue
patterns over a long page cost far more than reading it. Each scanned pattern here comes with the words any of
its matches must start with; one cheap look-ahead scan of the (ASCII-)lower-cased text finds those positions and
the full pattern is matched only there. The matches are exactly those of `pattern.finditer` (a test checks it
on every fixture), as long as the words cover every way a match can begin.
"""

import re

ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lowered(text: str) -> str:
    """Lower-cased with the same length and offsets as `text` (str.lower() may change the length)."""
    return text.translate(ASCII_LOWER)


class Gated:
    def __init__(self, pattern: re.Pattern, starts: str):
        self.pattern = pattern
        # Zero-width, so overlapping start words ('update' / 'date') are all found.
        self.gate = re.compile(f"(?=(?:{starts}))")

    def finditer(self, text: str, low: str | None = None, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        low = lowered(text) if low is None else low
        resume = start
        for g in self.gate.finditer(low, start, end):
            pos = g.start()
            if pos < resume:
                continue
            m = self.pattern.match(text, pos, end)
            if m:
                yield m
                resume = m.end() if m.end() > pos else pos + 1
