"""Model names without a digit (a mixin of `names.ModelNames`): the name shapes in name_shapes.py want a digit, as
most model names carry a version or a size ('Zorvak-7B'), and a digitless capitalised word is as often a library,
a dataset, a method or a company. These steps read a digitless name as a model only where the document says it is
one: a family the title names followed by its size words ('Moonshine Tiny', 'Moonshine Base'); a title's name the
prose calls a model ('… Open-Set Detection Model Grounding DINO', 'our model, i.e. SaProt') or says it released as
a model ('# CogVideo && CogVideoX' over 'We have open-sourced CogVideo, the first … text-to-video model'); a
family's stem with a kind word listed beside a sibling where the document releases them ('X-Embedding and
X-Reranker'); the one identifier without a digit in a list of the document's model identifiers ('- sar_resnet31',
'- master')."""

import re

from .name_shapes import (
    ACTIVE_NEAR_RE,
    FAMILY_HEADING_STOP,
    LATIN_WORD,
    MODEL_NOUN_RE,
    RELEASE_CUE_RE,
    SIZE_LIST_RE,
    STOP_TITLE_WORDS,
    TITLE_NAME,
    TITLE_WORD,
    tokens,
)
from .name_sources import FAMILY_SIZE_WORDS
from .name_stems import NOT_STEMS, cased_text

# Tiers a vendor names a family's models by, beside its sizes ('Nova Micro', 'Nova Lite', 'Nova Pro'): two of them
# after the title's family name a family's models (not a plan: 'Pro users', 'Plus subscribers').
TIER_WORDS = r"Micro|Lite|Pro|Max|Plus|Ultra|Flash|Premier|Turbo"
PLAN_WORDS = r"(?:users?|subscribers?|plans?|subscriptions?|tiers?|customers?|accounts?|members?)\b"
# Canonical spelling of each size word, for a size read from a lower-case repository id ('zorvak/tiny').
SIZE_SPELLING = {w.lower(): w for w in FAMILY_SIZE_WORDS.split("|")}
# The word 'model' set before a name as its apposition: 'Detection Model X', 'our model, i.e. X', 'a model called X'.
# No colon ('Load any model: X supports …' names the tool that loads it).
# The document's own release of a model: 'We have open-sourced X', 'we release X', 'We are introducing X'.
WE_RELEASED = (r"\b[Ww]e[ \t]+(?:have[ \t]+|are[ \t]+)?(?:open-?sourc(?:ed?|ing)|releas(?:ed?|ing)|introduc(?:ed?|ing)|"
               r"launch(?:ed|ing)?)[ \t]+")
# What a hyphenated word after a family's stem names when it is no model: the family's tools, data or write-ups.
NOT_VARIANT_WORDS = {"tools", "tool", "code", "suite", "bench", "benchmark", "eval", "data", "dataset", "demo", "paper",
                     "report", "docs", "series", "family", "collection", "models", "kit", "toolkit", "hub", "api",
                     "app", "web", "studio", "cli", "sdk"}
# A list item that is a code identifier alone ('- crnn_vgg16_bn', '- master').
IDENTIFIER_ITEM_RE = re.compile(r"[a-z][a-z0-9]*(?:[_\-][a-z0-9]+)*")
# 'comes in 1B, 3B and 8B', 'is available in sizes of 7B and 13B', 'released in 2B and 9B parameter sizes'
SIZED_IN_RE = re.compile(r"\b(?i:comes?|available|offered|released|provided)[ \t]+in[ \t]+(?:(?:two|three|four|five|"
                         r"several|multiple)[ \t]+)?(?:(?:model[ \t]+)?(?:sizes?|variants|versions)[ \t]*(?::|of)?"
                         rf"[ \t]*|){SIZE_LIST_RE.pattern}")
# 'Zorvak Coder is composed of a series of code language models', 'Zorvak is a family of …': the sentence
# introducing a digitless family name.
FAMILY_INTRO_RE = re.compile(rf"(?:[Tt]he[ \t]+)?(?P<name>{TITLE_NAME})[ \t]+(?:is|are)[ \t]+(?:composed[ \t]+of|"
                             r"made[ \t]+up[ \t]+of|a|an|our)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:series|family|collection|"
                             r"suite)[ \t]+of\b")
CALLED_MODEL = r"\b(?:[Mm]odel|MODEL)(?:,?[ \t]+(?:i\.e\.|namely|called|named|dubbed),?)?[ \t]+"


class DigitlessNames:
    """Steps of `ModelNames` that find names without a digit; they use its candidates, mentions and document."""

    def _family_size_names(self) -> None:
        """'Moonshine Base is 400MB, Moonshine Tiny 190MB', 'BERTimbau-Large | BERTimbau-Base': the family the title
        names, followed by a capitalised size word, names one size of it even without a digit, when the document
        names two sizes of it at least (a family of sizes, not a word that happens to follow)."""
        title, text = self._title_text(), self.doc.text
        if self.lower_stem:  # a family its title writes in lower case ('# zorvak', 'zorvak Base'): read as capitalised
            title, text = cased_text(title, self.lower_stem, 1), cased_text(text, self.lower_stem)
        # ... a capitalised word, or one in capitals ('# ZORVAK - Portuguese BERT' over 'ZORVAK Base', 'ZORVAK Large'),
        # or two ('# Amazon Nova foundation models' over 'Amazon Nova Micro', 'Amazon Nova Lite', 'Amazon Nova Pro')
        word = r"(?:[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{3,})"
        family = re.match(rf"{word}(?:[ \t]+{word})?(?![\w.\-])", title)
        if not family or family.group(0).split()[0].lower() in NOT_STEMS:
            return
        for stem in dict.fromkeys([family.group(0), family.group(0).split()[0]]):
            found = [(m.start(), m.end(), self.doc.text[m.start():m.end()]) for m in re.finditer(
                rf"(?<![\w.\-/]){re.escape(stem)}[ \t-](?P<size>{FAMILY_SIZE_WORDS}|{TIER_WORDS})(?![\w.\-])"
                rf"(?![ \t]+{PLAN_WORDS})", text)]
            if len({tokens(name) for _s, _e, name in found}) >= 2:
                break
        sizes = {tokens(name) for _s, _e, name in found}
        # ... or the sizes' repository ids, written in lower case in code ('`zorvak/tiny` and `zorvak/base` are the
        # available models'): the same models, named as the family and the size word.
        for m in re.finditer(rf"(?<![\w.\-/]){re.escape(stem)}/(?P<size>{FAMILY_SIZE_WORDS})(?![\w.\-/])", text,
                             re.I):
            name = f"{stem} {SIZE_SPELLING.get(m.group('size').lower(), m.group('size'))}"
            found.append((m.start(), m.end(), name))
            sizes.add(tokens(name))
        # ... or a size word alone after the family's other size in one sentence ('Zorvak Base is 400MB, while Tiny
        # is 190MB'): the family elided, as in 'Corvid 3 Raven, Rook and Jay'.
        for start, end, name in list(found):
            if " " not in name and "-" not in name:
                continue
            sentence = self.seg.at(start)
            for m in re.finditer(rf"(?:,|\b(?:and|or|while|whereas|versus|vs\.?))[ \t]+(?P<size>{FAMILY_SIZE_WORDS})"
                                 # ... standing alone: 'while Tiny is …', not 'while Large files are …'
                                 r"(?=[ \t]+(?:is|was|has|takes|needs|uses|weighs|at|with)\b|[ \t]*[,.;:()]|\s*$)",
                                 self.doc.text[end:sentence.end]):
                elided = f"{stem} {m.group('size')}"
                if tokens(elided) != tokens(name):
                    found.append((end + m.start("size"), end + m.end("size"), elided))
                    sizes.add(tokens(elided))
        if len(sizes) < 2:
            return
        for start, end, name in found:
            self._add_mention(tokens(name), name, start, end)
        self.mentions.sort(key=lambda x: x.start)

    def _model_called_title(self) -> None:
        """'# Grounding Zorvak' over '… Open-Set Detection Model Grounding Zorvak', '# Zorvak: Protein Language
        Modeling with …' over 'our model, i.e. Zorvak': a title's name (the whole title, or its part before a colon)
        without a digit, which the prose calls a model by apposition, is the document's model. A title naming a
        library or a method is not set after the word 'model' so."""
        first = self._first_heading()
        if first is None or first.level > self._title_level():
            return
        match = re.match(rf"({TITLE_NAME})[ \t]*(?::|$)", self._title_text())
        name = match and match.group(1)
        if not name or name.lower() in FAMILY_HEADING_STOP or name.lower() in STOP_TITLE_WORDS \
                or any(tokens(name) <= k for k in self.candidates):
            return
        if not re.search(rf"{CALLED_MODEL}{re.escape(name)}(?!{LATIN_WORD}|-|\.\w)", self.doc.text[first.end:]):
            return
        self._mention_everywhere(name)

    def _defined_title_model(self) -> None:
        """'# Corvid Titan Text Premier' over 'Corvid Titan Text Premier is an advanced, high-performance large language
        model from Corvid.': a vendor's page for one model, titled by its name alone (up to five capitalised words,
        no digit) and opening with a sentence saying that name is a model, is about that model."""
        first = self._first_heading()
        if first is None or first.level > self._title_level():
            return
        name = self._title_text().strip()
        if not re.fullmatch(rf"{TITLE_WORD}(?:[ \t]+{TITLE_WORD}){{1,4}}", name) or re.search(r"\d", name) \
                or tokens(name) in self.candidates or name.lower() in FAMILY_HEADING_STOP \
                or any(w.lower() in STOP_TITLE_WORDS | FAMILY_HEADING_STOP for w in name.split()):
            return
        defines = re.compile(rf"{re.escape(name)}[ \t]+(?:is|was)[ \t]+(?:an?|the|our)[ \t]")
        opening = [s for s in self.seg.sentences if not s.heading and s.start > first.start][:3]
        if any(defines.match(self.doc.text, s.start, s.end) and MODEL_NOUN_RE.search(self.doc.text, s.start, s.end)
               for s in opening):
            self._mention_everywhere(name)

    def _released_title_names(self) -> None:
        """'# Zorvak && ZorvakX' over 'We have open-sourced Zorvak, the first open-sourced text-to-video model': a
        digitless name of the title the document says it released, in a sentence calling it a model, is one of its
        models beside the versioned ones (a method or a library the title names is not released as a model)."""
        first = self._first_heading()
        if first is None or first.level > self._title_level():
            return
        for name in re.split(r"[ \t]*(?:&&?|\+|/|,|\band\b)[ \t]*", self._title_text()):
            if not re.fullmatch(TITLE_NAME, name) or re.search(r"\d", name) or tokens(name) in self.candidates \
                    or name.lower() in FAMILY_HEADING_STOP or name.lower() in STOP_TITLE_WORDS:
                continue
            released = re.compile(rf"{WE_RELEASED}[*_]*{re.escape(name)}(?!{LATIN_WORD}|-|\.\w)")
            for sentence in self.seg.sentences:
                m = not sentence.heading and released.search(self.doc.text, sentence.start, sentence.end)
                if m and MODEL_NOUN_RE.search(self.doc.text, m.end(), sentence.end):
                    self._mention_everywhere(name)
                    break

    def _sized_title_family(self) -> None:
        """'# Zorvak' over 'Zorvak is available in 1B, 3B and 8B sizes', 'The Zorvak family of models comes in 1.3B,
        6.7B and 30B parameter versions': a digitless name of the title that a sentence opens with and sizes, two
        sizes at least, in that sentence, is a family of sizes; its sizes are its models (name_choice._expand)."""
        first = self._first_heading()
        match = first is not None and first.level <= self._title_level() \
            and re.match(rf"({TITLE_NAME})[ \t]*(?::|$)", self._title_text())
        name = match and match.group(1)
        if self._digitless_family(name):
            opens = re.compile(rf"(?:[Tt]he[ \t]+)?{re.escape(name)}(?![\w.\-])(?P<rest>[^;]*)")
            for sentence in self.seg.sentences:
                m = not sentence.heading and opens.match(self.doc.text, sentence.start, sentence.end)
                sized = m and SIZED_IN_RE.search(m.group("rest"))
                if sized and not ACTIVE_NEAR_RE.match(m.group("rest"), sized.end()):
                    self._mention_everywhere(name)
                    return
        self._introduced_sized_family()

    def _digitless_family(self, name: str | None) -> bool:
        return bool(name) and not re.search(r"\d", name) and tokens(name) not in self.candidates \
            and name.lower() not in FAMILY_HEADING_STOP and name.lower() not in STOP_TITLE_WORDS

    def _introduced_sized_family(self) -> None:
        """'Zorvak Coder is composed of a series of code language models …' opening the document, then 'Offered in
        model sizes of 1B, 5.7B, 6.7B and 33B' in a sentence naming no model: the family the document introduces is
        offered in those sizes, whatever its title (a README's first heading may be '1. Introduction of …')."""
        opening = [s for s in self.seg.sentences[:60] if not s.heading]
        intro = next((m for s in opening[:6] if (m := FAMILY_INTRO_RE.match(self.doc.text, s.start, s.end))), None)
        name = intro and intro.group("name")
        if not self._digitless_family(name):
            return
        for sentence in opening:
            sized = SIZED_IN_RE.search(self.doc.text, sentence.start, sentence.end)
            if sized and not any(sentence.start <= m.start < sentence.end for m in self.mentions) \
                    and not ACTIVE_NEAR_RE.match(self.doc.text, sized.end(), sentence.end):
                self._mention_everywhere(name)
                return

    def _listed_stem_variants(self) -> None:
        """'We release our suite. … Zorvak-Embedding and Zorvak-Reranker achieve …', 'We provide Zorvak and
        Zorvak-PDB': two names listed together, both the stem of one of the document's names (the letters before its
        version, 'Zorvak' of 'Zorvak3-4B'), one or both with a capitalised word after a hyphen, in a paragraph or an
        item that releases or provides models, are models of that family without a digit. A word naming the
        family's tools or data ('Zorvak-Bench', 'Zorvak-Data') is no model."""
        stems = set()
        for cand in sorted(self.candidates.values(), key=lambda c: -len(c.mentions))[:12]:
            m = re.match(r"[A-Z][A-Za-z]{2,}(?=\d|-|$)", cand.display)
            if m and m.group(0).lower() not in NOT_STEMS:
                stems.add(m.group(0))
        added = False
        for stem in stems:
            one = rf"{re.escape(stem)}(?:-[A-Z][A-Za-z]*)?"
            pair = re.compile(rf"(?<![\w.\-/])(?P<a>{one})[ \t]*(?:,|\band\b|&)[ \t]*(?P<b>{one})(?![\w.\-/])")
            for m in pair.finditer(self.doc.text):
                names = [m.group("a"), m.group("b")]
                words = [n.split("-", 1)[1].lower() for n in names if "-" in n]
                if not words or names[0] == names[1] or any(w in NOT_VARIANT_WORDS for w in words):
                    continue
                if len(words) < 2 and tokens(stem) not in self.candidates:
                    continue  # 'Zorvak and Zorvak-Chat': the bare stem a model only where the document names it so
                if any(name.lower() != other.lower() and re.match(rf"{re.escape(name)}[-_ ]\w", other, re.I)
                       for name in names if "-" in name for c in self.candidates.values() for other in c.names):
                    continue  # 'Zorvak-BERT and Zorvak-RoBERTa' over 'Zorvak-BERT-base': families of sized models
                block = self.doc.blocks[self.seg.at(m.start()).block]
                if block.kind == "heading" or not RELEASE_CUE_RE.search(self.doc.text, block.start, block.end):
                    continue
                for group in ("a", "b"):
                    span = (m.start(group), m.end(group))
                    self._add_mention(tokens(m.group(group)), m.group(group), *span)
                    self._item_subjects.add(span)
                    added = True
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _listed_identifiers(self) -> None:
        """'The following architectures are supported: - crnn_vgg16_bn - sar_resnet31 - master': a list of bare code
        identifiers, two thirds of them or more names found by their shape (with a digit), lists models; its other
        identifiers are models too where a table gives them a row (their size), as it does the others."""
        runs: list[list] = []
        for index, block in enumerate(self.doc.blocks):
            if block.kind == "item":
                if runs and runs[-1][-1][0] == index - 1:
                    runs[-1].append((index, block))
                else:
                    runs.append([(index, block)])
        added = False
        for run in runs:
            items = [self.doc.text[b.start:b.end].strip() for _i, b in run]
            if len(items) < 3 or not all(IDENTIFIER_ITEM_RE.fullmatch(item) for item in items):
                continue
            known = [item for item in items if tokens(item) in self.candidates]
            if len(known) * 3 < len(items) * 2 or len(known) == len(items):
                continue
            for item in items:
                if item in known or re.search(r"\d", item) or len(item) < 3:
                    continue
                found = list(re.finditer(rf"(?<![\w.\-/]){re.escape(item)}(?![\w\-/]|\.\w)", self.doc.text))
                if not any(self.doc.blocks[self.seg.at(m.start()).block].kind == "row" for m in found):
                    continue  # a plain word ('- overview') unless a table gives it a row of its own, as its siblings
                key = tokens(item)
                for m in found:
                    self._add_mention(key, item, m.start(), m.end())
                    if self.seg.at(m.start()).block in {i for i, _b in run}:
                        self._item_subjects.add((m.start(), m.end()))
                    added = True
        if added:
            self.mentions.sort(key=lambda x: x.start)
