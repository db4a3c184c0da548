"""Excerpts that are verbatim in the document (whitespace folded): the evidence every extracted fact carries.

The analysis text of an HTML page differs from its source (tags, entities), so an excerpt is the sentence
around the fact when that sentence is verbatim, else the widest run of whole words around the value that is.
"""

import bisect
import re
from collections import defaultdict

from .document import Document, fold
from .segment import Segmenter

MAX_EXCERPT = 500
WORD_RE = re.compile(r"[^\W_]+")
INLINE_MARK_RE = re.compile(r"`+|\*\*|__")  # Markdown's inline marks a reader drops from the analysis text
# '[text](address)': a link, of which the reader keeps the text
LINK_MARK_RE = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
INDEX_FROM = 32 * 1024  # a source this long is searched through its words' index (same answers as a scan)


class Evidence:
    def __init__(self, doc: Document, seg: Segmenter):
        self.doc, self.seg = doc, seg
        self.folded = fold(doc.verbatim)
        self._cache: dict[str, bool] = {}
        self._words: SourceWords | None = None

    def verbatim(self, text: str) -> bool:
        folded = fold(text)
        if not folded:
            return False
        if folded not in self._cache:
            self._cache[folded] = self._in_source(folded)
        return self._cache[folded]

    def _in_source(self, folded: str) -> bool:
        """`folded in self.folded`, found from where the source's words stand (SourceWords) rather than by a scan of
        the whole source per question: a page of thousands of models asks for a dozen excerpts per model."""
        if len(self.folded) < INDEX_FROM:
            return folded in self.folded  # a short source is scanned faster than its words are indexed
        if self._words is None:
            self._words = SourceWords(self.folded)
        return self._words.holds(folded)

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
            return self._marked_line(start, end) or (self._tagged_run(core) if self.doc.format == "html" else None)
        lefts = [lo] + [m.end() for m in re.finditer(r"\s+", text[lo:start])]
        lefts = sorted({p if p == lo else lo + p for p in lefts} | {start})
        best_left = self._leftmost(lefts, end)
        rights = sorted({end} | {end + m.start() for m in re.finditer(r"\s+", text[end:hi])} | {hi})
        best_right = self._rightmost(best_left, rights)
        if best_left == start and best_right == end \
                and any(a <= start and end <= b for a, b, _url in self.doc.links_over(start, end)):
            # The value alone is verbatim, its words around it are not: the value is a link's text ('provided under
            # [AGPL-3.0](…/LICENSE) licenses'); the line as the source writes it shows what the value is said of.
            return self._marked_line(start, end) or fold(core)
        return fold(text[best_left:best_right])

    def _marked_line(self, start: int, end: int) -> str | None:
        """The source line that writes the value with inline markup between its words ('of `32768` tokens' for the
        text's 'of 32768 tokens'): the reader dropped the marks, so no run of the analysis text is verbatim; the
        line as the source writes it is (a Markdown block that knows its line only)."""
        block = self.doc.blocks[self.seg.at(start).block]
        if block.line is None:
            return None
        core = fold(self.doc.text[start:end])
        lines = self.doc.source_lines
        for index in range(block.line, min(block.line + 40, len(lines))):
            if core in self._unmarked(index):
                line = lines[index]
                return fold(line) if self.verbatim(line) and len(line) <= MAX_EXCERPT else None
        return None

    def _tagged_run(self, core: str) -> str | None:
        """The source's run writing the value's words with tags between them ('<span>128,000</span> context window'
        for the text's '128,000 context window'): no run of the analysis text is verbatim in an HTML page where
        inline tags part its words; the source's own run is, tags and all. (HTML pages only: in Markdown a run the
        reader could not place is one it did not read as a sentence, and a fact without an excerpt is dropped.)"""
        words = WORD_RE.findall(core)
        if not words or len(words) > 12:
            return None
        between = r"(?:[^\w<>]|<[^<>]{0,200}>){0,240}?"
        # ... tags inside a word too ('<b>128</b>K context window' for '128K context window')
        inside = r"(?:<[^<>]{0,200}>)*"
        pattern = between.join(inside.join(re.escape(c) for c in w) for w in words)
        m = re.search(rf"(?<![^\W_]){pattern}(?![^\W_])", self.folded)
        return m.group(0) if m and len(m.group(0)) <= MAX_EXCERPT else None

    def _unmarked(self, index: int) -> str:
        """Source line `index` without its inline marks, folded (each line read once: a table's every value asks)."""
        cache = self.__dict__.setdefault("_unmarked_lines", {})
        if index not in cache:
            cache[index] = fold(INLINE_MARK_RE.sub("", LINK_MARK_RE.sub(r"\1", self.doc.source_lines[index])))
        return cache[index]

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


class SourceWords:
    """A source's words (runs of letters and digits) and where each stands, to find a text in it without a scan.

    A word of the text with a non-word character on each side is a whole word of the source wherever the text
    stands there; the text's first word may be the end of a longer one, its last word the start of one."""

    def __init__(self, source: str):
        self.source = source
        self.at: dict[str, list[int]] = defaultdict(list)
        for m in WORD_RE.finditer(source):
            self.at[m.group()].append(m.start())
        self._by_start: list[str] | None = None  # the distinct words, sorted: those starting with a text
        self._by_end: list[str] | None = None  # the distinct words reversed, sorted: those ending with a text

    def holds(self, text: str) -> bool:
        words = list(WORD_RE.finditer(text))
        if not words:
            return text in self.source  # punctuation alone
        inner = [m for m in words if m.start() > 0 and m.end() < len(text)]
        if inner:
            word = min(inner, key=lambda m: len(self.at.get(m.group(), ())))
            return self._at_any(text, word.start(), self.at.get(word.group(), ()))
        first, last = words[0], words[-1]
        # Where the rarer of the two stands as a whole word, the text mostly stands too: looked at first ('2B | 8K'
        # of a table's row, by the two '2B' rather than a thousand '8K'); else every place either could start.
        whole = min((first, last), key=lambda m: len(self.at.get(m.group(), ())))
        if self._at_any(text, whole.start(), self.at.get(whole.group(), ())):
            return True
        if last.start() > 0:  # the last word follows a non-word character: it starts a word of the source
            return self._at_any(text, last.start(), self._starting_with(last.group()))
        if last.end() < len(text):  # one word, then punctuation: it ends a word of the source
            tail = len(first.group())
            return any(self.source.startswith(text, at + len(word) - tail)
                       for word in self._ending_with(first.group()) for at in self.at[word])
        # the text is one word, perhaps inside a longer one ('1B' in '11B')
        return self._at_any(text, 0, self.at.get(text, ())) or text in self.source

    def _at_any(self, text: str, offset: int, starts) -> bool:
        return any(at >= offset and self.source.startswith(text, at - offset) for at in starts)

    def _starting_with(self, prefix: str):
        if self._by_start is None:
            self._by_start = sorted(self.at)
        i = bisect.bisect_left(self._by_start, prefix)
        while i < len(self._by_start) and self._by_start[i].startswith(prefix):
            yield from self.at[self._by_start[i]]
            i += 1

    def _ending_with(self, suffix: str):
        if self._by_end is None:
            self._by_end = sorted(word[::-1] for word in self.at)
        reversed_suffix = suffix[::-1]
        i = bisect.bisect_left(self._by_end, reversed_suffix)
        while i < len(self._by_end) and self._by_end[i].startswith(reversed_suffix):
            yield self._by_end[i][::-1]
            i += 1
