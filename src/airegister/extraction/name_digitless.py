"""Model names without a digit (a mixin of `names.ModelNames`): the name shapes in name_shapes.py want a digit, as
most model names carry a version or a size ('Zorvak-7B'), and a digitless capitalised word is as often a library,
a dataset, a method or a company. These steps read a digitless name as a model only where the document says it is
one: a family the title names followed by its size words ('Moonshine Tiny', 'Moonshine Base'); a title's name the
prose calls a model ('… Open-Set Detection Model Grounding DINO', 'our model, i.e. SaProt') or says it released as
a model ('# CogVideo && CogVideoX' over 'We have open-sourced CogVideo, the first … text-to-video model')."""

import re

from .name_shapes import FAMILY_HEADING_STOP, LATIN_WORD, MODEL_NOUN_RE, STOP_TITLE_WORDS, TITLE_NAME, tokens
from .name_sources import FAMILY_SIZE_WORDS
from .name_stems import NOT_STEMS, cased_text

# Canonical spelling of each size word, for a size read from a lower-case repository id ('zorvak/tiny').
SIZE_SPELLING = {w.lower(): w for w in FAMILY_SIZE_WORDS.split("|")}
# The word 'model' set before a name as its apposition: 'Detection Model X', 'our model, i.e. X', 'a model called X'.
# No colon ('Load any model: X supports …' names the tool that loads it).
# The document's own release of a model: 'We have open-sourced X', 'we release X', 'We are introducing X'.
WE_RELEASED = (r"\b[Ww]e[ \t]+(?:have[ \t]+|are[ \t]+)?(?:open-?sourc(?:ed?|ing)|releas(?:ed?|ing)|introduc(?:ed?|ing)|"
               r"launch(?:ed|ing)?)[ \t]+")
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
        # ... a capitalised word, or one in capitals ('# ZORVAK - Portuguese BERT' over 'ZORVAK Base', 'ZORVAK Large')
        family = re.match(r"(?:[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{3,})(?![\w.\-])", title)
        if not family or family.group(0).lower() in NOT_STEMS:
            return
        stem = family.group(0)
        found = [(m.start(), m.end(), self.doc.text[m.start():m.end()]) for m in re.finditer(
            rf"(?<![\w.\-/]){re.escape(stem)}[ \t-](?P<size>{FAMILY_SIZE_WORDS})(?![\w.\-])", text)]
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

    def _mention_everywhere(self, name: str) -> None:
        """Every whole-word occurrence of `name` is a mention of its model."""
        key = tokens(name)
        for m in re.finditer(rf"(?<!{LATIN_WORD}|[.\-]){re.escape(name)}(?!{LATIN_WORD}|-|\.\w)", self.doc.text):
            self._add_mention(key, name, m.start(), m.end())
        self.mentions.sort(key=lambda x: x.start)
