"""Names the register already knows (its catalogue's models and their aliases, of the document's vendor) help the
reader recognise the models of a document: a known name written where a page introduces its own models (a heading,
a row's first cell, a list item's head, a label, the title) is one of the document's models even when its shape
alone would not say so ('Command R', 'Mistral Large': names without a digit). Never from a table of results or a
comparison, where other makers' models stand; never a name already found (or a family of one found)."""

import re
from collections.abc import Iterable

from .name_shapes import Candidate, Mention, tokens

MIN_LETTERS = 3
# Where a known name is written as a model's own: a heading, a table row, a list item, a bold label (names.py's
# blocks), or the document's first line.
OWN_KINDS = {"heading", "row", "item", "label"}


def known_pattern(name: str) -> re.Pattern | None:
    """`name` as the text may write it: any case, its words joined by spaces, hyphens or underscores
    ('Command R+' as 'command-r+'); None for a name too short to be told from a word."""
    parts = re.findall(r"[A-Za-z0-9]+|[+.]", name)
    if sum(len(p) for p in parts if p.isalnum()) < MIN_LETTERS:
        return None
    body = ""
    for part in parts:
        if part in "+.":
            body += re.escape(part)
        else:
            body += (r"[\s_-]?" if body and body[-1] not in ".+" else "") + re.escape(part)
    return re.compile(rf"(?<![\w.+-]){body}(?![\w+]|[.-]\w)", re.I)


class KnownNames:
    """The known-names step of `ModelNames` (a mixin): run after the models are chosen, with the register's names."""

    def recognise_known(self, known: Iterable[str]) -> list[frozenset]:
        """Add to `self.described` the known names the document writes as its own models; returns the keys added."""
        text = self.doc.text
        added: list[frozenset] = []
        found = set(self.described)
        for name in sorted({n.strip() for n in known if n and n.strip()}, key=len, reverse=True):
            pattern = known_pattern(name)
            key = tokens(name)
            if pattern is None or not key or any(key <= d or d <= key for d in found):
                continue  # found already, as itself, a longer form, or a family of it
            mentions = [Mention(m.start(), m.end(), key) for m in pattern.finditer(text)]
            if not any(self._written_as_own(m) for m in mentions):
                continue
            cand = self.candidates.setdefault(key, Candidate(key))
            for m in mentions:
                cand.names[text[m.start:m.end]] += 1
                cand.mentions.append((m.start, m.end))
            self.mentions.extend(mentions)
            added.append(key)
            found.add(key)
        if added:
            self.mentions.sort(key=lambda m: m.start)
            self._starts = [m.start for m in self.mentions]  # (as names.py keeps it: mentions in document order)
            self.described = [*self.described, *added]
        return added

    def _written_as_own(self, m: Mention) -> bool:
        """`m` stands where a page introduces its own model, outside results and comparisons."""
        if self._comparative(m) or self._in_score_table(m):
            return False
        sentence = self.seg.at(m.start)
        if sentence.block == 0 and sentence.start == m.start:
            return True  # the document's first line
        block = self.doc.blocks[sentence.block]
        return block.kind in OWN_KINDS and block.start == m.start
