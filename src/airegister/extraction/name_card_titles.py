"""A document's title and the words it names its models by, a hub model card's own model, and the list items that
speak of one model (a mixin of `names.ModelNames`): a card titled by a sized name ('# MPT-7B') describes that model
even where it goes on to list models fine-tuned from it ('MPT-7B-Chat'), and a nested list item ('  * License:
Apache 2.0') is about the model its parent item names."""

import re
from collections import Counter

from .name_shapes import DEFINES_RE, FAMILY_HEADING_STOP, SIZE_TOKEN_RE, STOP_TITLE_WORDS, tokens

INDENT_RE = re.compile(r"[ \t]*")
# 'fine-tune on top of [Mistral 7B]', 'fine-tuned from X', 'a model pruned from X': the model the
# document's own was made from, not one it describes ('based on' is not: a family's Chat model is based on its Base).
BASE_BEFORE_RE = re.compile(r"\b(?:fine[\s-]?tun\w*|pruned|derived|distilled)"
                            r"(?:\s+(?:and|further|continually|continued|pre-?trained|trained))*\s+"
                            r"(?:on\s+top\s+of|from|upon|on)\s+(?:the\s+)?$", re.I)


class CardTitles:
    """Steps of `ModelNames` that read a card's title and its list structure."""

    def _first_heading(self):
        if self._heading is False:  # looked up once: it was a scan of every sentence per mention
            self._heading = next((s for s in self.seg.sentences if s.heading and s.level <= 6), None)
        return self._heading

    def _title_level(self) -> int:
        """The level the document's title stands at: its highest headings' ('## Bark' on a page with no '#')."""
        if not hasattr(self, "_top_level"):
            self._top_level = min((b.level for b in self.doc.blocks if b.kind == "heading" and b.level), default=1)
        return max(1, self._top_level)

    def _title_stems(self) -> set[str]:
        first = self._first_heading()
        if first is None:
            return set()
        words = re.findall(r"[a-z]+", self.doc.text[first.start:first.end].lower())
        return {w for w in words if len(w) > 2} - FAMILY_HEADING_STOP - STOP_TITLE_WORDS

    def _titled(self, counts: Counter) -> list[frozenset]:
        """Names carrying the document's title word ('xGen-7B' under '# XGen'): a page's model named once."""
        first = self._first_heading()
        if first is None:
            return []
        title = {t for t in tokens(self.doc.text[first.start:first.end]) if len(t) > 2 and not t.isdigit()}
        title -= FAMILY_HEADING_STOP
        return [k for k in counts if title & {t for t in k for t in (t, t.split("-")[0])}][:12]

    def _titles_card(self, key: frozenset) -> bool:
        """A sized name that is the whole first heading of a hub model card (a card with YAML front matter) is
        the card's own model, even when the card lists models made from it: every longer name extends the title
        at its end ('MPT-7B-Chat' after '# MPT-7B'). A README titled so may head a family ('Nanbeige-16B'), and a
        title that only shortens the names ('# AMD-135m' over 'AMD-Llama-135m') is not a model of its own."""
        first = self._first_heading()
        if first is None or not self.doc.meta or not any(SIZE_TOKEN_RE.fullmatch(t) for t in key):
            return False
        title = self.doc.text[first.start:first.end].strip(" :")
        if not any(m.start >= first.start and m.end <= first.end and self.doc.text[m.start:m.end] == title
                   for m in self.mentions if m.key == key):
            return False
        longer = self.family_members(key)
        return bool(longer) and all(
            any(name.lower().startswith(title.lower()) for name in self.candidates[k].names) for k in longer)

    def _title_defined_key(self) -> frozenset | None:
        """The name a card's first heading defines ('# Openjourney is an open source … model'): the card's model."""
        first = self._first_heading()
        match = first and DEFINES_RE.match(self.doc.text[first.start:first.end])
        return tokens(match.group("name")) if match else None

    def _base_of(self, m) -> bool:
        """The mention names a model the document's own was made from ('fine-tuned from X'), outside its title."""
        first = self._first_heading()
        if first is not None and first.start <= m.start < first.end:
            return False
        sentence = self.seg.at(m.start)
        return bool(BASE_BEFORE_RE.search(self.doc.text, max(sentence.start, m.start - 60), m.start))

    def _parent_item_models(self, index: int) -> list[frozenset]:
        """The described models named at the head of the list item that a nested item (`index`) stands under
        ('* [X-7B-Chat](…): …' over '  * License: …'); [] when the item is not nested or its parent names none."""
        blocks = self.doc.blocks
        indent = self._item_indent(blocks[index])
        if indent is None or indent == 0:
            return []
        for i in range(index - 1, -1, -1):
            block = blocks[i]
            if block.kind != "item":
                return []
            parent_indent = self._item_indent(block)
            if parent_indent is None or parent_indent >= indent:
                continue
            head = self.mentions_in(block.start, block.end)
            if head and head[0].start == block.start:
                return self.resolve(head[0].key)
            return []
        return []

    def _item_indent(self, block) -> int | None:
        """How far a list item's source line is indented (None when the reader does not know its line)."""
        if block.line is None:
            return None
        if not hasattr(self, "_source_lines"):
            self._source_lines = self.doc.verbatim.splitlines()
        if block.line >= len(self._source_lines):
            return None
        return len(INDENT_RE.match(self._source_lines[block.line]).group(0).expandtabs(4))
