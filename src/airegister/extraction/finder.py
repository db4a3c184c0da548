"""What every field finder shares: the `Hit` a finder returns (a value, where it stands, the cue that introduced
it, how explicit the statement is) and the `Finder` it reads the document through."""


import re
from dataclasses import dataclass

from .document import Document
from .scan import Gated, lowered
from .segment import Segmenter
from .values import month_first_dots, parse_date

LABEL, PHRASE, WEAK = 3, 2, 1


@dataclass
class Hit:
    field: str
    value: object
    start: int
    end: int
    cue: int
    rank: int
    needs_scope: bool = False  # only when the statement names its model (or the document has one model)
    needs_name: bool = False  # only when the statement names its model, whatever the number of models
    doc_level: bool = False  # a fact about the document's publisher, whatever section it stands in
    excerpt: str | None = None  # set when the excerpt is not a span of the analysis text (front matter)
    row_excerpt: str | None = None  # a table cell's fact: its row's source line, preferred as the excerpt


class Finder:
    def __init__(self, doc: Document, seg: Segmenter):
        self.doc, self.seg, self.text = doc, seg, doc.text
        self.low = lowered(doc.text)
        self.month_first = month_first_dots(doc.text)  # its dotted dates put the month first ('07.14.2024')

    def date(self, match: re.Match) -> str | None:
        """A date as this document writes it (month first in its dotted dates, when one shows it)."""
        return parse_date(match, self.month_first)

    def scan(self, pattern: Gated):
        return pattern.finditer(self.text, self.low)

    def window(self, cue_end: int, label_sentences: int = 1, limit: int = 160) -> int:
        """End of a cue's window: its sentence, or the next one(s) when the cue is a bare label."""
        sentence = self.seg.at(cue_end - 1)
        end = sentence.end
        rest = self.text[cue_end:end]
        if not re.search(r"[A-Za-z0-9]", rest):
            for nxt in self.seg.following(cue_end - 1, label_sentences):
                end = nxt.end
        return min(end, cue_end + limit)

    def cued(self, cues: Gated, finders: dict, gap: int = 60, label_sentences: int = 1, is_cue=None) -> list[Hit]:
        """For each cue (a named group of `cues`), the first value its finder sees before the next cue; `is_cue`
        (optional) tells a real cue from a cue word inside a value ('… Community Model License' ending a line)."""
        hits = []
        matches = [m for m in self.scan(cues) if is_cue is None or is_cue(m)]
        for i, m in enumerate(matches):
            name = m.lastgroup
            if name not in finders:
                continue
            end = self.window(m.end(), label_sentences)
            if i + 1 < len(matches):
                end = min(end, matches[i + 1].start())
            field, find, rank = finders[name]
            found = find(self.text, m.end(), end)
            if found and found[1] - m.end() <= gap:
                value, start, stop = found
                hits.append(Hit(field, value, start, stop, m.start(), rank))
        return hits
