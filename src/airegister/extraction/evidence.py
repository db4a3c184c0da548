"""Excerpts that are verbatim in the document (whitespace folded): the evidence every extracted fact carries.

The analysis text of an HTML page differs from its source (tags, entities), so an excerpt is the sentence
around the fact when that sentence is verbatim, else the widest run of whole words around the value that is.
"""

import re

from .document import Document, fold
from .segment import Segmenter

MAX_EXCERPT = 500


class Evidence:
    def __init__(self, doc: Document, seg: Segmenter):
        self.doc, self.seg = doc, seg
        self.folded = fold(doc.verbatim)
        self._cache: dict[str, bool] = {}

    def verbatim(self, text: str) -> bool:
        folded = fold(text)
        if not folded:
            return False
        if folded not in self._cache:
            self._cache[folded] = folded in self.folded
        return self._cache[folded]

    def excerpt(self, start: int, end: int, cue: int | None = None) -> str | None:
        """The sentence(s) from the cue to the value, or the widest verbatim words around the value."""
        text = self.doc.text
        first = min(start, cue) if cue is not None else start
        lo, hi = self.seg.at(first).start, self.seg.at(max(end - 1, start)).end
        if hi - lo > MAX_EXCERPT:
            lo, hi = max(lo, first - 200), min(hi, end + 200)
            lo, hi = self._word_start(lo, first), self._word_end(hi, end)
        whole = text[lo:hi]
        if self.verbatim(whole):
            return fold(whole)
        if "\n" in whole and self.verbatim(whole.replace("\n", "")):
            return fold(whole.replace("\n", ""))  # blocks a page's text ran together ('Release dateMay 2025')
        if cue is not None and cue < start and self.verbatim(text[cue:end]):
            start = cue
        core = text[start:end]
        if not self.verbatim(core):
            return None
        lefts = [lo] + [m.end() for m in re.finditer(r"\s+", text[lo:start])]
        lefts = sorted({p if p == lo else lo + p for p in lefts} | {start})
        best_left = self._leftmost(lefts, end)
        rights = sorted({end} | {end + m.start() for m in re.finditer(r"\s+", text[end:hi])} | {hi})
        best_right = self._rightmost(best_left, rights)
        return fold(text[best_left:best_right])

    def _leftmost(self, lefts: list[int], end: int) -> int:
        # Monotone: if text[b:end] is verbatim, so is every shorter run ending at `end`.
        lo, hi = 0, len(lefts) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.verbatim(self.doc.text[lefts[mid]:end]):
                hi = mid
            else:
                lo = mid + 1
        return lefts[lo]

    def _rightmost(self, left: int, rights: list[int]) -> int:
        lo, hi = 0, len(rights) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.verbatim(self.doc.text[left:rights[mid]]):
                lo = mid
            else:
                hi = mid - 1
        return rights[lo]

    def _word_start(self, pos: int, limit: int) -> int:
        match = re.search(r"\s", self.doc.text[pos:limit])
        return pos + match.end() if match else pos

    def _word_end(self, pos: int, limit: int) -> int:
        segment = self.doc.text[limit:pos]
        spaces = [m.start() for m in re.finditer(r"\s", segment)]
        return limit + spaces[-1] if spaces else pos

    def sentence_of(self, pos: int) -> str | None:
        sentence = self.seg.at(pos)
        return self.excerpt(sentence.start, sentence.end)
