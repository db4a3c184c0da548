"""Steps of `names.ModelNames` that read a card as a whole: its title and the words it names its models by, a hub
card's own model (a card titled by a sized name, '# MPT-7B', describes that model even where it goes on to list
models fine-tuned from it, 'MPT-7B-Chat'), which models its front matter is about, the base model a fine-tune
names, sections of credits, the model its usage snippets load, and the list items that speak of one model (a
nested item, '  * License: Apache 2.0', is about the model its parent item names)."""

import bisect
import re
from collections import Counter

from .links import FORMAT_SUFFIX_RE, HUB_SECTIONS, anagram, letters, repositories, snippet_repositories
from .name_shapes import (
    DEFINES_LOWER_RE,
    DEFINES_RE,
    FAMILY_HEADING_STOP,
    SECTION_WORDS,
    SIZE_TOKEN_RE,
    STOP_TITLE_WORDS,
    Candidate,
    tokens,
)

CREDIT_WORDS = (r"(?:acknowledge?ments?|credits|citations?|cite\b|references|related\s+(?:work|projects|repositories)|"
                r"thanks|special\s+thanks|friendly\s+links|resources|see\s+also|third[\s-]party\s+\w+|"
                r"community\s+(?:models|projects|contributions|resources|adapters))")
# ('Acknowledgement and Related Work': two such headings in one)
CREDITS_HEADING_RE = re.compile(rf"\W*{CREDIT_WORDS}(?:\s*(?:and|&|,)\s*{CREDIT_WORDS})*\W*$", re.I)

OPENING_DEFINES_RE = re.compile(r"\s+(?:is|was)\s+(?:a|an|our|the)\b")
# The Open LLM Leaderboard's section a hub appends to a card links the details of the card's own model's evaluation
# ('…/datasets/open-llm-leaderboard/details_Org__X-248m'): the repository it names is the card's.
LEADERBOARD_DETAILS_RE = re.compile(r"/datasets/open-llm-leaderboard[\w\-]*/details_([\w.\-]+?)__([\w.\-]+?)"
                                    r"(?:_public)?(?=[\s)\]\"'/#?]|$)")
# ... nor is a table of contents' heading ('# Contents' over links to the sections)
LEADERBOARD_HEADING_RE = re.compile(r"\bLeaderboard\b|^\W*(?:table\s+of\s+)?contents\W*$", re.I)
INDENT_RE = re.compile(r"[ \t]*")
TITLE_BASE_BEFORE_RE = re.compile(r"\W*(?:a\s+)?fine[\s-]?tuned\s+\Z", re.I)
# 'Fine-tuned [org/X](…) on English', 'a fine-tuned version of [X](…)': the link is the base the card's model was
# tuned from.
# (searched in the text from the sentence's start: 'We release the fine-tuned X-Chat' names no base)
TUNED_FROM_LINK_RE = re.compile(r"(?:\bfine[\s-]?tuned\s+version\s+of\s+(?:the\s+)?|^\W*fine[\s-]?tuned\s+)\Z",
                                re.I)
# 'fine-tune on top of [Mistral 7B]', 'fine-tuned from X', 'a model pruned from X', a card's 'Finetuned from model:
# X', 'trained by fine-tuning X': the model the document's own was made from, not one it describes ('based on' is
# not: a family's Chat model is based on its Base).
BASE_BEFORE_RE = re.compile(r"\b(?:(?:fine[\s-]?tun\w*|pruned|derived|distilled)"
                            r"(?:\s+(?:and|further|continually|continued|pre-?trained|trained))*\s+"
                            r"(?:on\s+top\s+of|from|upon|on)\s+(?:the\s+)?(?:(?:base\s+)?model\s*:\s*)?|"
                            r"by\s+fine[\s-]?tuning\s+)$", re.I)


class CardNames:
    """Card-level steps of `ModelNames`; they use its candidates, mentions, described models and document."""

    def _first_heading(self):
        if self._heading is False:  # looked up once: it was a scan of every sentence per mention
            # (the Open LLM Leaderboard's section a hub appends to a card without a title is no title, nor a
            # table of contents)
            self._heading = next((s for s in self.seg.sentences if s.heading and s.level <= 6
                                  and not LEADERBOARD_HEADING_RE.search(self.doc.text, s.start, s.end)), None)
        return self._heading

    def _title_text(self) -> str:
        """The first heading's text, a hub id's organisation left out ('# mosaicml/MPT-7B' titles MPT-7B)."""
        first = self._first_heading()
        return self._hub_free[first.start:first.end].strip() if first else ""

    def _title_level(self) -> int:
        """The level the document's title stands at: its highest headings' ('## Bark' on a page with no '#')."""
        if not hasattr(self, "_top_level"):
            self._top_level = min((b.level for b in self.doc.blocks if b.kind == "heading" and b.level), default=1)
        return max(1, self._top_level)

    def _title_stems(self) -> set[str]:
        first = self._first_heading()
        if first is None:
            return set()
        words = re.findall(r"[a-z]+", self._title_text().lower())
        return {w for w in words if len(w) > 2} - FAMILY_HEADING_STOP - STOP_TITLE_WORDS

    def _titled(self, counts: Counter) -> list[frozenset]:
        """Names carrying the document's title word ('xGen-7B' under '# XGen'): a page's model named once."""
        first = self._first_heading()
        if first is None:
            return []
        title = {t for t in tokens(self._title_text()) if len(t) > 2 and not t.isdigit()}
        title -= FAMILY_HEADING_STOP
        return [k for k in counts if title & {t for t in k for t in (t, t.split("-")[0])}][:12]

    def _titles_card(self, key: frozenset) -> bool:
        """A sized name that is the whole first heading of a hub model card (a card with YAML front matter) is
        the card's own model, even when the card lists models made from it: every longer name extends the title
        at its end ('MPT-7B-Chat' after '# MPT-7B'). A README titled so may head a family ('Nanbeige-16B'), and a
        title that only shortens the names ('# AMD-135m' over 'AMD-Llama-135m') is not a model of its own."""
        first = self._first_heading()
        if not any(SIZE_TOKEN_RE.fullmatch(t) for t in key) or not (self.doc.meta or self._defined_under_title(key)):
            return False
        title = self._title_text().strip(" :") if first else ""
        if not any(first and m.start >= first.start and m.end <= first.end and self.doc.text[m.start:m.end] == title
                   for m in self.mentions if m.key == key):
            title = self._opening_definition(key)  # a card without its title: its opening sentence defines it
            if not title:
                return False
        longer = self.family_members(key)
        return bool(longer) and all(
            any(name.lower().startswith(title.lower()) for name in self.candidates[k].names) for k in longer)

    def _defined_under_title(self, key: frozenset) -> bool:
        """The sentence right under the first heading opens with the name `key` and defines it ('# MPT-7B' over
        'MPT-7B is a decoder-style transformer …'): a card whose front matter was lost (a page, a PDF, copied
        text) still introduces its own model, where a family's README goes on to its members."""
        first = self._first_heading()
        after = next((s for s in self.seg.sentences if s.start >= first.end), None) if first else None
        if after is None or after.heading:
            return False
        text = self.doc.text[after.start:after.end]
        begin = after.start + len(text) - len(text.lstrip())
        m = next((m for m in self.mentions if m.key == key and m.start == begin), None)
        return m is not None and bool(OPENING_DEFINES_RE.match(self.doc.text, m.end))

    def _opening_definition(self, key: frozenset) -> str:
        """The name `key` as the document's opening sentence defines it ('MPT-7B is a decoder-style transformer …'),
        when that sentence is prose standing before any heading (a page whose title is in its head or a banner)."""
        opening = self.seg.sentences[0] if self.seg.sentences else None
        if opening is None or opening.heading or self.doc.blocks[opening.block].kind != "text":
            return ""
        begin = opening.start + len(self.doc.text[opening.start:opening.end]) \
            - len(self.doc.text[opening.start:opening.end].lstrip())
        m = next((m for m in self.mentions if m.key == key and m.start == begin), None)
        if m is None or not OPENING_DEFINES_RE.match(self.doc.text, m.end):
            return ""
        return self.doc.text[m.start:m.end]

    def _title_defined_key(self) -> frozenset | None:
        """The name a card's first heading defines ('# Openjourney is an open source … model'): the card's model."""
        first = self._first_heading()
        title = self._title_text()
        # ... written in lower case when its stem is the title's ('# zorvak is an open source … model')
        match = first and (DEFINES_RE.match(title) or self.lower_stem and DEFINES_LOWER_RE.match(title))
        return tokens(match.group("name")) if match else None

    def _base_of(self, m) -> bool:
        """The mention names a model the document's own was made from ('fine-tuned from X'), outside its title."""
        first = self._first_heading()
        if first is not None and first.start <= m.start < first.end:
            # '# Fine-tuned XLSR-53 large model for speech recognition': a title naming its model as a fine-tune
            # of X names the base X; the card's model is then the repository it loads.
            return bool(TITLE_BASE_BEFORE_RE.match(self.doc.text, first.start, m.start))
        sentence = self.seg.at(m.start)
        return bool(BASE_BEFORE_RE.search(self.doc.text, max(sentence.start, m.start - 60), m.start)
                    or TUNED_FROM_LINK_RE.search(self.doc.text[sentence.start:m.start]))

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
        """How far a list item's source line is indented; an HTML item's list depth (the reader knows no line)."""
        if block.line is None:
            return block.depth - 1 if block.depth else None
        if block.line >= len(self.doc.source_lines):
            return None
        return len(INDENT_RE.match(self.doc.source_lines[block.line]).group(0).expandtabs(4))

    def card_models(self) -> list[frozenset]:
        """The described models a card's front matter is about: the ones its title or its `model-index` names (the
        card's own repository), not every sibling its text lists; all of them when neither names one."""
        found = []
        first = self._first_heading()
        if first is not None and first.level <= self._title_level():
            title = self.doc.text[first.start:first.end]
            if re.search(r"\b(?:models|collection|family|series|suite)\b", title, re.I):
                return list(self.described)  # 'X: A Collection of … Models': the card is about all of them
            found += [d for m in self.mentions_in(first.start, first.end) for d in self.resolve(m.key, title)]
        for name in self.doc.meta.get("model_index_names", []):
            key = tokens(name.rsplit("/", 1)[-1])
            found += [d for d in self.described if d == key or anagram(" ".join(d)) == anagram(" ".join(key))]
        found = list(dict.fromkeys(found))
        return found or list(self.described)

    def family_titled(self) -> bool:
        """The card's title is the family name every described model carries ('# Prism-Reranker' over
        'Prism-Qwen3.5-Reranker-2B', …): the card and its front matter are about all of them, whichever one its
        usage snippet loads."""
        words = set(re.findall(r"[a-z0-9]+", self._title_text().lower())) - STOP_TITLE_WORDS - FAMILY_HEADING_STOP
        return len(self.described) > 1 and bool(words) and all(
            words <= set(re.findall(r"[a-z0-9]+", " ".join(key))) for key in self.described)

    def _in_credits(self, pos: int) -> bool:
        """`pos` stands in a section of acknowledgements, citations, references or related projects."""
        if self._credit_headings is None:
            self._credit_headings = [(s.start, bool(CREDITS_HEADING_RE.match(self.doc.text, s.start, s.end)))
                                     for s in self.seg.sentences if s.heading and s.level <= 6]
        i = bisect.bisect_right(self._credit_headings, (pos, True)) - 1
        return i >= 0 and self._credit_headings[i][1]

    def _base_model(self, key: frozenset) -> bool:
        """The model a card's front matter says it was tuned from (`base_model: org/X-7B`) is another maker's model,
        not the card's, unless the card's title names it or its line (same stem), or the base is on the card's own
        organisation ('SmolLM2-135M' under 'SmolLM2-135M-Instruct' is the vendor's own base)."""
        if self._stem(key) in self._title_stems():
            return False
        bases = self.doc.base_models
        if not bases:
            return False  # (no base named: asked per model, so the organisations below are not gathered for nothing)
        spelled = anagram(" ".join(key))
        own = {letters(repo.org) for _key, repo in self.linked_repositories()} | {letters(self.developer or "")}
        own.discard("")
        if not any("/" in b and spelled in (anagram(b.rsplit("/", 1)[-1]),
                                                                    anagram(" ".join(tokens(b.rsplit("/", 1)[-1]))))
                   and not any(o in letters(b.split("/", 1)[0]) or letters(b.split("/", 1)[0]) in o for o in own)
                   for b in bases):
            return False
        first = self._first_heading()
        return first is None or not any(m.key == key for m in self.mentions_in(first.start, first.end))

    def _loaded_model(self) -> None:
        """When the document's prose names no model of its own, the one repository its links and usage snippets
        load again and again (twice at least, one organisation's) is the card's model."""
        found = Counter()
        bases = {b.lower() for b in self.doc.base_models}
        for org, name in [*snippet_repositories(self.doc.source_text),
                          *LEADERBOARD_DETAILS_RE.findall(self.doc.source_text)]:
            if f"{org}/{name}".lower() in bases:
                continue  # a LoRA's card loads the base it was tuned from (`base_model:`), then loads itself
            found[(org.lower(), FORMAT_SUFFIX_RE.sub("", name))] += 1
        for repo in repositories(self.doc.links, self.doc.text):
            before = self.doc.text[self.seg.at(repo.start).start:repo.start]
            if BASE_BEFORE_RE.search(before[-60:]) or TUNED_FROM_LINK_RE.search(before):
                continue  # the base it was tuned from, linked: not the card's own repository
            found[(repo.org.lower(), repo.name)] += 1
        # A name without a version counts when the card's title spells out its words: 'Deformable DETR model trained
        # on DocLayNet' titles the card that loads 'Aryn/deformable-detr-DocLayNet'.
        # So does any name on a hub's model card (a card with front matter is about one model): 'opus-mt-zh-en'.
        # On a page without a title, so does a name its prose writes ('The release of OpenELM models …').
        title = tokens(self.doc.title or "")
        untitled = self._untitled()
        found = Counter({k: c for k, c in found.items() if k[0] not in HUB_SECTIONS
                         and (re.search(r"\d", k[1]) or tokens(k[1]) <= title or self.doc.meta
                              or untitled and self._written(k[1]))})
        if not found:
            return
        (_org, name), count = found.most_common(1)[0]
        # Once is enough on a hub's card (front matter) that loads no other repository: its one usage snippet.
        if count < (1 if self.doc.meta and len(found) == 1 else 2) \
                or len(found) > 1 and found.most_common(2)[1][1] == count:
            return
        key = tokens(name)
        if self.described and not self._named_in_title_only():
            # beside the models the prose names: the loaded one only if the prose names it too
            if key not in self.described and key in self.candidates and self.candidates[key].mentions \
                    and not self._base_model(key):
                self.described.append(key)
            return
        cand = self.candidates.setdefault(key, Candidate(key))
        cand.names[name] += 1
        self.described = [key]

    def _named_in_title_only(self) -> bool:
        """The one model found is named only inside the card's title, in a parenthesis ('# X medium model (B6-3x2-3x2
        without decoder)'): a shape of the model, not its name; the repository the card loads names it."""
        first = self._first_heading()
        if not self.doc.meta or len(self.described) != 1 or first is None:
            return False
        spans = self.candidates[self.described[0]].mentions
        return bool(spans) and all(first.start <= a and b <= first.end and self.doc.text.rfind("(", first.start, a) >= 0
                                   for a, b in spans)

    def _untitled(self) -> bool:
        """The page has no title of its own: no heading, or a first heading that is a section's ('## Authors')."""
        first = self._first_heading()
        text = self.doc.text[first.start:first.end] if first else ""
        return set(re.findall(r"[a-z]+", text.lower())) <= SECTION_WORDS

    def _written(self, name: str) -> bool:
        return bool(re.search(rf"(?<![\w.\-/]){re.escape(name)}(?![\w\-])", self.doc.text))
