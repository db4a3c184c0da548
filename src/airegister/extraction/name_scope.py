"""Which described models a statement at a given position is about (a mixin of `names.ModelNames`): the
model its table row or column, list item, sentence or section names, a size it speaks of ('the 13B model'), or
the whole document when it names none."""

import re

from .name_choice import HUB_NAMES
from .name_shapes import (
    ALL_MODELS_RE,
    CHANGE_TO_RE,
    COORDINATION_RE,
    DERIVED_FROM_BEFORE_RE,
    FOR_SIZE_AFTER_RE,
    SIZE_REFERENCE_RE,
    SIZE_TOKEN_RE,
    Mention,
    tokens,
)
from .values import LICENSE_FOR_MODEL_RE, SIZE_RE, parse_size

# 'Polyglot-ko 12.8B 기반 X-12.8B-v2 공개', 'a Llama-2-based X-7B': the name a model is built on, not the subject.
BASE_AFTER_RE = re.compile(r"[ \t]*(?:기반|ベース|-based\b)")
PLURAL_AFTER_RE = re.compile(r"\s*(?:models|family|series|variants|lineup|line-up)\b|"
                             r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:models|weights|checkpoints)\b")

# '[X-8K](…) are 7B parameter models with 8k context', '[X](…), [Y](…) are 7B models': a plural statement after
# linked names (a list of them, or one standing for its line) is about every model of each.
LINKED_PLURAL_AFTER_RE = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)[\w.\-]+(?:\s[\w.\-]+){0,2}?)*"
                                    r"\s+(?:are|were)\s+(?:[\w.\-]*\w\s+){0,6}?(?:models|LLMs|checkpoints)\b")


# 'Both Gannet-Coder models', 'All Tern Pro models', 'the Gannet-Coder models': a family named as a subject.
FAMILY_SUBJECT_RE = re.compile(r"\b(?i:both|all|the|these|our)[ \t]+(?:(?i:of[ \t]+the)[ \t]+)?"
                               r"(?P<family>[A-Z][\w.\-]*(?:[ \t][A-Z][\w.\-]*)?|[a-z][a-z0-9]*-[\w.\-]+)[ \t]+"
                               r"(?:models|variants|checkpoints)\b")
# 'X11 models are provided under AGPL-3.0 and Enterprise licenses': a family's models given a licence.
FAMILY_LICENCE_RE = re.compile(r"(?<![\w.\-])(?P<family>[A-Z][\w.\-]*)[ \t]+models[ \t]+(?:are|is)[ \t]"
                               r"(?:[^.\n]|\.(?=\S)){0,80}?\b(?i:licen[cs])")
# 'It advances …', 'It can …': a sentence whose subject is the model the sentence before it named.
# ('The current version supports image-to-video generation', 'This model can …': the model just named, too)
PRONOUN_SUBJECT_RE = re.compile(r"\s*(?:It|(?:The|This)\s+(?:current\s+|new\s+|latest\s+)?(?:version|model|release))"
                                r"\s+(?:also\s+)?(?:can|supports?|advances?|achieves?|outperforms?|handles?|"
                                r"accepts?|extends?|improves?|enables?)\b")
# A model still to come ('The text-to-video model is on the way', '… coming soon', '… will be released'): not yet
# one the document offers.
FUTURE_RE = re.compile(r"\b(?:(?:is|are)\s+on\s+(?:the|its|their)\s+way|coming\s+soon|will\s+be\s+(?:released|"
                       r"open[\s-]?sourced|available|published))\b", re.I)
# The verb of a list item bringing out a model ('We release version 1.5.0', 'We are launching X').
ITEM_RELEASE_RE = re.compile(r"\b(?:release[sd]?|releasing|launch(?:ed|es|ing)?|introduc\w+|present\w*|"
                             r"open[\s-]?sourc\w+|unveil\w*|announc\w+)\b", re.I)
# A name standing as an object: 'features of X', 'better than X', 'over X'.
OBJECT_BEFORE_RE = re.compile(r"\b(?:of|than|over|from|with|to|like)\s+(?:the\s+)?\Z")


# Chinese clauses: a comma, a semicolon or a full stop ends one; a comparison word makes its names yardsticks.
CLAUSE_MARKS = "，；。,;"
CJK_COMPARED_RE = re.compile(r"对比|對比|相比|比较|比較")


def _outermost(mentions: list) -> list:
    """The mentions no longer mention holds (one pass over them by start, longest first)."""
    inside, reach, span = set(), -1, None
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.end <= reach and (m.start, m.end) != span:
            inside.add(id(m))
        elif m.end > reach:
            reach, span = m.end, (m.start, m.end)
    return [m for m in mentions if id(m) not in inside]


class NameScope:
    """The scoping steps of `ModelNames`; they use its described models, mentions and document."""

    def scope(self, pos: int, anchor: int | None = None) -> tuple[list[frozenset], bool]:
        """The described models a value at `pos` belongs to ([] when it is about another model), and whether
        the statement names them (True) or speaks for the whole document (False)."""
        anchor = pos if anchor is None else anchor
        sentence = self.seg.at(anchor)
        block = self.doc.blocks[sentence.block]
        span_start, span_end = sentence.start, sentence.end
        if block.kind == "column":
            # A comparison table read by column: the column's heading names its model.
            row_text = self.doc.text[block.start:block.end]
            title_end = block.start + max(row_text.find(" | "), 0)
            keys = {m.key for m in self.mentions_in(block.start, title_end)}
            if keys:
                # ('| Fin-X (7B) | Fin-X-Pro (32B) |': 'Fin-X' stands for no model another column names exactly)
                titled = self._column_titles(sentence.block)
                found = [d for k in keys for d in self.resolve(k, row_text) if not (k < d and d in titled)]
                return list(dict.fromkeys(found)), True
            # A column headed by a fact ('Context | X-Large: 128k | X-Small: 8k'): each value is its row's model's,
            # the name before it; a row naming none of the document's models ('Y-9B: 4k') gives no one its value.
            item_start = max(self.doc.text.rfind(" | ", block.start, pos) + 3, title_end)
            named = [d for m in self.mentions_in(item_start, pos) for d in self.resolve(m.key)]
            return list(dict.fromkeys(named)), True
        if block.kind == "row":
            span_start, span_end = block.start, block.end
            row_text = self.doc.text[block.start:block.end]
            subjects = [m for m in self.mentions_in(block.start, block.end) if self._row_subject(block, m)]
            if subjects:  # the row's own model, even when another is named in its description
                found = [d for m in subjects for d in self.resolve(m.key, row_text)]
                return list(dict.fromkeys(found)), True
            linked = self._linked_row_model(block)
            if linked:
                return linked, True
            if not self.mentions_in(block.start, block.end):
                by_column = self._columns_by_size(block)
                column = self.doc.text.count(" | ", block.start, pos) if by_column else None
                if column in by_column:
                    # '| Context Length | 16K | 32K |' under '| Architecture | Large MoE Model | Small MoE Model |',
                    # beside '| Total Parameters | 21B | 4B |': the column of X-21B's size is X-21B's
                    return ([by_column[column]] if by_column[column] else []), True
                sizes = [d for d in self.described if self.sizes.get(d) and self._size_in(d, row_text)]
                if len({self.sizes[d] for d in sizes}) > 1:
                    # '| Parameters | 2B | 9B | 27B |' over '| Layers | 26 | 42 | 46 |': a row across the sizes'
                    # columns, its values each column's (read by column), none of them every size's
                    return [], True
                if sizes:
                    return sizes, True
        if block.kind == "item":
            # '- **X Base**: `org/x_base` *(CC BY NC 4.0)*': a value in parentheses right after a name is that name's
            before = [m for m in self.mentions_in(block.start, pos) if re.fullmatch(r"[\s*_`]*\(?[\s*_]*",
                                                                                    self.doc.text[m.end:pos])]
            if before:
                found = self.resolve(before[-1].key)
                if len(found) == 1:
                    return found, True
            # '- [X-8k-Instruct](…): built by finetuning X-8k … License: Y': an item headed by a name is about it.
            head = self.mentions_in(block.start, block.end)
            if head and head[0].start == block.start and self.seg.at(pos).block == sentence.block:
                found = self.resolve(head[0].key)
                if len(found) == 1:
                    return found, True
            found = self._parent_item_models(sentence.block)
            if len(found) == 1:  # '  * License: Apache 2.0' nested under '* [X-7B-Chat](…): …': X-7B-Chat's
                return found, True
            found = self._item_subject(block, sentence)
            if found:  # '* [2025.06.06] We release X v1.5.0! … using an 8B-scale model': the item's one model
                return found, True
        if block.kind == "text" and sentence.block > 0 and self.doc.text[block.start:block.end].startswith(":"):
            # '**X-7B**: Size 7B; Context 4K': a definition line's facts are its bold label's model.
            label = self.doc.blocks[sentence.block - 1]
            head = self.mentions_in(label.start, label.end) if label.kind == "label" else []
            if len(head) == 1 and self.doc.text[label.start:label.end].strip() == self._text_of(head[0]):
                found = self.resolve(head[0].key)
                if len(found) == 1:
                    return found, True
        licensed = LICENSE_FOR_MODEL_RE.match(self.doc.text, pos)
        if licensed:  # 'Community License for Tern Models': every model of the family it is named for
            found = [d for m in self.mentions_in(licensed.start("family"), licensed.end("family"))
                     for d in self.resolve(m.key, plural=True)]
            if found:
                return list(dict.fromkeys(found)), len(set(found)) == 1
        for_size = FOR_SIZE_AFTER_RE.match(self.doc.text, pos, self.seg.at(pos).end)
        if for_size:  # '… December 2023 for the 70B': the model of that size
            size = parse_size(for_size.group(1))
            sized = [d for d in self.described if self._size_of(d) == size]
            if sized:
                return sized, True
        if block.kind in ("text", "item") and self._in_credits(anchor) and not self._own_licence_note(span_start,
                                                                                                  span_end):
            return [], False  # 'Acknowledgement and Related Work: X is a powerful text-to-video model based on our Y'
        # ('Huggingface: <https://huggingface.co/org/X-7B>': a hub's name labels where the model is, it is no model)
        mentions = [m for m in self.mentions_in(span_start, span_end) if m.key not in HUB_NAMES]
        # ('Zephyr-2' read inside 'Zephyr-2 Lite': the longer name is the one the sentence says)
        mentions = _outermost(mentions)
        previous = self._pronoun_subject(sentence, mentions)
        if previous:  # '[date] We open-source [X 2.6]. It advances features of X 2.5, and can …': X 2.6 can
            return previous, True
        # '32K context (128K for X)': a name in a parenthesis after the value is an exception to it, not its subject.
        mentions = [m for m in mentions if not self._aside(pos, m)]
        mentions = [m for m in mentions if not self._compared_in_clause(m, span_start, span_end)] or mentions
        mentions = [m for m in mentions if not BASE_AFTER_RE.match(self.doc.text, m.end)] or mentions
        # 'A multimodal variant of X 70B that accepts images': what the subject was made from, not the subject (the
        # section's model, when the sentence names no other)
        mentions = [m for m in mentions
                    if not DERIVED_FROM_BEFORE_RE.search(self.doc.text, max(span_start, m.start - 40), m.start)]
        groups = self._groups(mentions)
        if not groups:
            family = self._family_subject(span_start, span_end)
            if family:
                return family, True
            sized = self._sized_reference(span_start, span_end)
            if sized:
                return sized, True
            found = self._section_models(anchor)
            if found:
                return found, True
            if FUTURE_RE.search(self.doc.text, span_start, span_end):
                return [], False  # a model still to come: none of the document's yet
            introduced = self._introduced_subject(span_start)
            if introduced:
                return introduced, False
            return self._section_listed(anchor) or list(self.described), False
        text = self.doc.text
        chosen = None
        for group in groups:
            if group[0].start >= pos and re.match(r"^[^.;()]{0,14}?\b(?:for|by|of)\s+(?:the\s+|our\s+)?"
                                                  r"(?:[a-z]+\s+){0,2}$", text[pos:group[0].start]):
                chosen = group
                break
        if chosen is None:
            before = [g for g in groups if g[-1].end <= pos]
            # 'X-Plus … compared to X and its release date is …': a name compared with is not the subject.
            before = [g for g in before if not self._comparative(g[0])] or before
            chosen = before[-1] if before else groups[0]
            if len(before) > 1 and CHANGE_TO_RE.search(text, before[-1][-1].end, pos):
                chosen = before[0]  # 'X extends the context of Y from 4K to 128K': the new value is X's
        sentence_text = text[span_start:span_end]
        found = [d for m in chosen for d in self.resolve(m.key, sentence_text, self._plural(m))]
        # A family's name speaks for all its models, no more precisely than the document as a whole.
        specific = any(self._root(m.key) in found and not self._plural(m) for m in chosen) or len(found) == 1
        return list(dict.fromkeys(found)), specific

    def _column_titles(self, index: int) -> set[frozenset]:
        """The names heading the columns of the table a column block at `index` belongs to (its neighbours), worked
        out once per table: every value of every column asks."""
        cache = self.__dict__.setdefault("_column_title_sets", {})
        if index not in cache:
            blocks, first, last = self.doc.blocks, index, index
            while first > 0 and blocks[first - 1].kind == "column":
                first -= 1
            while last + 1 < len(blocks) and blocks[last + 1].kind == "column":
                last += 1
            keys = set()
            for block in blocks[first:last + 1]:
                cut = self.doc.text.find(" | ", block.start, block.end)
                keys |= {m.key for m in self.mentions_in(block.start, cut if cut >= 0 else block.end)}
            cache.update(dict.fromkeys(range(first, last + 1), keys))
        return cache[index]

    def _linked_row_model(self, block) -> list[frozenset]:
        """A row whose name cell names no model of the document but whose links all reach one of its models'
        repositories ('| X-ViT-Tiny | 5M | [Available](…/org/x-vit-tiny-patch16-160) |'): that model is the row's."""
        linked = {d for m in self.mentions_in(block.start, block.end) if (m.start, m.end) in self.hubs
                  for d in self.resolve(m.key)}
        return list(linked) if len(linked) == 1 else []

    def _item_subject(self, block, sentence) -> list[frozenset]:
        """A later sentence of a list item that names no model speaks of the one model its first sentence names
        (a news line: '[date] We release version 1.5.0, our most powerful model! … using an 8B-scale model'); []
        when the first sentence names none or several, or this is the first sentence."""
        first = self.seg.sentences[self.seg.index_at(block.start)]
        if first is sentence or first.block != sentence.block or self.mentions_in(sentence.start, sentence.end):
            return []
        named = self.mentions_in(first.start, first.end)
        # ... the model the item brings out ('We release X', 'launching X'), not one a change note touches
        if not named or not ITEM_RELEASE_RE.search(self.doc.text, first.start, named[0].start):
            return []
        found = self.resolve(named[0].key)
        return found if len(found) == 1 else []

    def _pronoun_subject(self, sentence, mentions) -> list[frozenset]:
        """A sentence whose subject is 'It' and which names models only after a preposition ('It advances features
        of X 2.5') speaks of the model the sentence before it, in the same block, names first ('We open-source X
        2.6'); [] otherwise."""
        text = self.doc.text
        if not PRONOUN_SUBJECT_RE.match(text, sentence.start) or \
                any(not OBJECT_BEFORE_RE.search(text, max(sentence.start, m.start - 12), m.start) for m in mentions):
            return []
        i = self.seg.sentences.index(sentence)
        before = self.seg.sentences[i - 1] if i > 0 else None
        if before is None or before.block != sentence.block:
            return []
        named = self.mentions_in(before.start, before.end)
        found = self.resolve(named[0].key) if named else []
        return found if len(found) == 1 else []

    def _family_subject(self, start: int, end: int) -> list[frozenset]:
        """The described models a sentence naming none speaks of by their family's name ('Both Gannet-Coder models
        are released under …' beside 'Gannet-Coder-7B', 'Gannet-Coder-34B' and 'Gannet-Speech-1'): those whose name
        starts with it, when they are some of the document's models but not all."""
        m = FAMILY_SUBJECT_RE.search(self.doc.text, start, end)
        if m is None:
            return []
        family = m.group("family").lower()
        found = [d for d in self.described if re.match(re.escape(family) + r"(?:[\s\-_.]|$)",
                                                        self.candidates[d].display.lower())]
        return found if 0 < len(found) < len(self.described) else []

    def _introduced_subject(self, start: int) -> list[frozenset]:
        """The model the document introduces ('We introduce X, a … model') as the subject of a sentence naming none,
        stated before any other of its models is named (news of earlier releases, a table of older ones come after)."""
        if not self.introduced or len(self.described) < 2:
            return []
        key = self._root(tokens(self.introduced))
        if key not in self.described_set():
            return []
        if self._first_other is None:  # where another of the document's models (or their family) is first named
            self._first_other = next((m.start for m in self.mentions if self._root(m.key) != key
                                      and any(d != key for d in self.resolve(m.key))), len(self.doc.text))
        introduced_at = min((a for a, _b in self.candidates[key].mentions), default=None)
        if introduced_at is None or start < introduced_at:
            return []
        return [key] if start < self._first_other else []

    def _own_licence_note(self, start: int, end: int) -> bool:
        """A sentence giving the licence of the document's own models by their family's name, as a citations
        section may ('Citations: … X11 models are provided under AGPL-3.0 and Enterprise licenses')."""
        m = FAMILY_LICENCE_RE.search(self.doc.text, start, end)
        if m is None:
            return False
        family = m.group("family").lower()
        return any(re.match(re.escape(family) + r"(?:[\s\-_.]|[a-z]?$|[a-z]?-)", self.candidates[d].display.lower())
                   for d in self.described)

    def _aside(self, pos: int, m: Mention) -> bool:
        opening = self.doc.text.rfind("(", pos, m.start)
        return m.start > pos and opening >= 0 and ")" not in self.doc.text[opening:m.start]

    def _compared_in_clause(self, m: Mention, start: int, end: int) -> bool:
        """`m` stands in a clause that compares with it ('新增了…模型X与Y，与Z进行对比分析': Z is the yardstick)."""
        text = self.doc.text
        opening = max(text.rfind(c, start, m.start) for c in CLAUSE_MARKS) + 1 or start
        closing = min((i for i in (text.find(c, m.end, end) for c in CLAUSE_MARKS) if i >= 0), default=end)
        return bool(CJK_COMPARED_RE.search(text, opening, closing))

    def _section_models(self, pos: int) -> list[frozenset]:
        """Models named by the heading of the section `pos` stands in: a real heading, or a line that is just a
        model's name; a heading naming no model ends the search."""
        i = self.seg.index_at(pos)
        here = self.seg.sentences[i]
        if ALL_MODELS_RE.search(self.doc.text[here.start:here.end]):
            return []  # 'Both models output text': the whole document's models
        for sentence in reversed(self.seg.sentences[max(0, i - 40):i + 1]):
            if not sentence.heading:
                continue
            text = self.doc.text[sentence.start:sentence.end]
            mentions = self.mentions_in(sentence.start, sentence.end)
            standalone = mentions and self._alone(sentence) == self.doc.text[mentions[0].start:mentions[0].end]
            if mentions and (sentence.level <= 6 or standalone):
                found = [d for m in mentions for d in self.resolve(m.key, text, self._plural(m))]
                if found:
                    return list(dict.fromkeys(found))
            if sentence.level <= 6:
                return []
        return []

    def _section_listed(self, pos: int) -> list[frozenset]:
        """The described models a section names, when it names some but not all: a statement naming none under
        '## UniTE Models:' ('we made the checkpoint available in the Hub … You can access both models here: - A - B')
        is about A and B only."""
        i = self.seg.index_at(pos)
        here = self.seg.sentences[i]
        if re.search(r"\bmodels\b", self.doc.text[here.start:here.end], re.I):
            return []  # 'This repository provides language models developed by X': the document's models
        found = i if here.heading and here.level <= 6 else self.seg.heading_before(i, below=7)
        if found is None:
            return []
        heading = self.seg.sentences[found]
        end = self.seg.section_end(i, heading.level)
        # The document's title name speaks for the document ('InternLM-7B contains a base and a chat model').
        first = self._first_heading()
        titled = {m.key for m in self.mentions_in(first.start, first.end)} if first is not None else set()
        found = list(dict.fromkeys(d for m in self.mentions_in(heading.start, end) if m.key not in titled
                                   for d in self.resolve(m.key) if d in self.described))
        if any(self._described_supersets(d, strict=True) for d in found):
            return []  # so does a name the others extend ('the CodeShell model' beside CodeShell-7B-Chat)
        return found if len(found) < len(self.described) else []

    def _plural(self, m: Mention) -> bool:
        """'X models', 'the X family', "X's code and model weights": every model of the name, not one."""
        if PLURAL_AFTER_RE.match(self.doc.text, m.end, m.end + 60):
            return True
        return bool(LINKED_PLURAL_AFTER_RE.match(self.doc.text, m.end, self.seg.at(m.start).end)) \
            and any(start <= m.start and m.end <= end for start, end, _url in self.doc.links_over(m.start, m.end))

    def _size_of(self, key: frozenset) -> int | None:
        if key in self.sizes:
            return self.sizes[key]
        found = [parse_size(t.upper()) for t in key if SIZE_TOKEN_RE.fullmatch(t)]
        return found[0] if len(found) == 1 else None

    def _columns_by_size(self, block) -> dict[int, frozenset]:
        """Of a table whose columns are models its header does not name ('Large MoE Model'), the model of each
        column: the one described model whose name carries the size a row of sizes gives that column ('| Total
        Parameters | 21B | 4B |' beside X-21B-A3B and X-4B-A0.6B). Worked out once per table."""
        table = self._table_at.get(block.start)
        if table is None:
            return {}
        cache = self._column_models
        if id(table) not in cache:
            cache[id(table)] = {}
            named = {}
            for key in self.described:
                size = self._size_of(key)
                if size and size >= 10**6:
                    named.setdefault(size, []).append(key)
            for index in table.blocks:
                cells = self.doc.blocks[index].cells
                values = [parse_size(c.strip().upper()) if re.fullmatch(SIZE_RE, c.strip()) else None
                          for c in cells[1:]]
                keys = [named.get(v, []) for v in values]
                if len(values) >= 2 and all(len(k) == 1 for k in keys) and len({k[0] for k in keys}) == len(keys):
                    cache[id(table)] = {j + 1: k[0] for j, k in enumerate(keys)}
                    break
            if not cache[id(table)] and table.transposed:
                cache[id(table)] = self._header_sizes(table.header, named)
        return cache[id(table)]

    @staticmethod
    def _header_sizes(header: list[str], named: dict) -> dict[int, frozenset | None]:
        """'| Model | 2B Dense | 8B Dense | 1B MoE |' over a card of X-8B-Instruct: a header of the family's sizes,
        of which the described models take the columns of their own sizes; the other columns are the family's
        other members, no described model's (None)."""
        sizes = [parse_size(m.group(1).upper()) if (m := re.match(rf"\W*({SIZE_RE})(?:[ \t]+[A-Za-z-]+){{0,2}}\W*$",
                                                                 cell.strip())) else None for cell in header[1:]]
        keys = [named.get(v, []) if v else [] for v in sizes]
        if sum(v is not None for v in sizes) < 2 or not any(len(k) == 1 for k in keys) \
                or any(len(k) > 1 for k in keys):
            return {}
        return {j + 1: (k[0] if k else None) for j, k in enumerate(keys) if sizes[j] is not None}

    def _size_in(self, key: frozenset, text: str) -> bool:
        return any(parse_size(s) == self.sizes[key] for s in re.findall(SIZE_RE, text))

    def _groups(self, mentions: list[Mention]) -> list[list[Mention]]:
        groups: list[list[Mention]] = []
        for m in mentions:
            if groups and COORDINATION_RE.match(self.doc.text[groups[-1][-1].end:m.start]):
                groups[-1].append(m)
            else:
                groups.append([m])
        return groups

    def _sized_reference(self, start: int, end: int) -> list[frozenset]:
        """'The 13B model was released on …': a sentence naming no model but a size speaks of the described
        models of that size, not of the whole family."""
        text = self.doc.text
        # ... outside parentheses: '32K tokens (128K for the 12B models)' is said of all, the 12B ones excepted
        sizes = {parse_size(s) for m in SIZE_REFERENCE_RE.finditer(text, start, end)
                 if text.count("(", start, m.start()) <= text.count(")", start, m.start())
                 for s in re.findall(SIZE_RE, m.group(1))}
        return [d for d in self.described if self._size_of(d) in sizes] if sizes else []

    def _text_of(self, m: Mention) -> str:
        return self.doc.text[m.start:m.end]
