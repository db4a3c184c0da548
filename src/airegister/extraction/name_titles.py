"""A document's title as the name of its model (a mixin of `names.ModelNames`): 'Model Card: Bark', 'OpenELM: An
Efficient Language Model Family…', a hub card titled by its repository's name (with its front matter, or copied
without it), a title whose subject is the model ('# X is an open source … model')."""

import re

from .links import letters, snippet_repositories
from .name_shapes import (
    CJK_TITLE_RE,
    FAMILY_HEADING_STOP,
    GROUP_OF_RE,
    MODEL_NOUN_RE,
    SECTION_WORDS,
    TITLE_NAME,
    TITLE_NAME_RE,
    Candidate,
    tokens,
)
from .name_stems import cased_text, without_hub_orgs

# A title said as a sentence ('Our 33B model is now in beta!') names nothing.
SENTENCE_TITLE_RE = re.compile(r"[!?]$|\b(?:is|are|was|were|our|we|now)\b", re.I)
# A hub card's title: 'Model Card for <its model>' (the hub template's), or the repository's name alone, an identifier
# with no spaces and a hyphen or an underscore in it ('bert-base-multilingual-uncased-sentiment').
CARD_FOR_RE = re.compile(r"model\s+card\s+(?:for|of)\s*:?\s*(?P<name>\S.{0,58}?)\s*", re.I)
HUB_CARD_KEYS = {"license", "license_name", "pipeline_tag", "base_model", "library_name", "tags", "datasets",
                 "language", "model-index", "model_index_names", "widget", "inference"}
DATASET_CARD_KEYS = {"task_categories", "size_categories", "dataset_info", "task_ids"}
CARD_ID_TITLE_RE = re.compile(r"(?P<name>[A-Za-z][\w.+]*(?:[-_][\w.+]+)+)")
SPELLED_TITLE_RE = re.compile(r"(?P<name>[A-Za-z][\w.+\-]*(?:[ \t]+[\w.+\-]+){1,5}?)(?:[ \t]+(?i:model|checkpoint))?")
# A repository's lower-case id of three words at least ('bert-base-multilingual-uncased-sentiment', 'opus-mt-zh-en').
LOWER_CARD_ID_RE = re.compile(r"(?P<name>[a-z][a-z0-9.+]*(?:[-_][a-z0-9.+]+){2,})")
LOST_CARD_OPENING_RE = re.compile(r"(?:this|the)\s+(?:is\s+an?\s+(?:[\w-]+\s+){0,4}?)?"
                                  r"(?:model|checkpoint|repository)\b", re.I)
# The Hugging Face card template's title left unfilled ('# Model Card for Model ID'): no name at all.
TEMPLATE_PLACEHOLDER_RE = re.compile(r"(?:Model\s+ID|\{\{\s*\w+\s*\}\}|<[\w\s-]+>|\[[\w\s-]+\])", re.I)


# A name ending in a word for a group of models ('X-Series', 'X Family').
GROUP_SUFFIX_RE = re.compile(r"[-\s](?:series|family|collection|suite)$", re.I)


class NameTitles:
    """Title-reading steps of `ModelNames`; they use its candidates, mentions and document."""

    def _title_name(self) -> None:
        """A name without a version that titles its card: 'Model Card: Bark', 'OpenELM: An Efficient Language
        Model Family…', 'Zonos Model Card'. Its every mention is a mention of that model."""
        first = next((b for b in self.doc.blocks if b.kind == "heading"), None)
        if first is None or first.level > self._title_level():
            return
        # '# suno/Bark Model Card'; an emoji or a symbol before the name decorates the title ('# 🐱 Zorvak Model Card')
        title = re.sub(r"^[^\w\[(]+", "", without_hub_orgs(self.doc.text[first.start:first.end]).strip())
        # A title naming its model in lower case ('# zorvak VAD') is read as if capitalised, its name as written.
        cased = cased_text(title, self.lower_stem, 1)
        match = TITLE_NAME_RE.match(cased)
        glued = CJK_TITLE_RE.match(title)  # 'X易魔声 😊: 多音色提示控制TTS': X, named again in Chinese, a TTS model
        name = match and next(title[match.start(i):match.end(i)] for i, g in enumerate(match.groups(), 1) if g) \
            or glued and MODEL_NOUN_RE.search(glued.group("rest")) and glued.group("name") \
            or self._subject_title(title, cased) or self._hub_card_title(title)
        if not name or name.lower() in FAMILY_HEADING_STOP or any(tokens(name) <= k for k in self.candidates) \
                or TEMPLATE_PLACEHOLDER_RE.fullmatch(name) or GROUP_SUFFIX_RE.search(name):
            return  # ('# X-Series: Unified … Models' titles a group of models, not one)
        self.candidates.setdefault(tokens(name), Candidate(tokens(name)))  # the title's name, even unmentioned
        self._mention_everywhere(name, re.I)

    def _lost_card_title(self, title: str) -> str | None:
        m = LOWER_CARD_ID_RE.fullmatch(title)
        first = next((b for b in self.doc.blocks if b.kind == "heading"), None)
        after = next((s for s in self.seg.sentences if first is not None and s.start >= first.end), None)
        if not m or after is None or after.heading or not LOST_CARD_OPENING_RE.match(self.doc.text, after.start,
                                                                                      after.end):
            return None
        loaded = {name.lower() for _org, name in snippet_repositories(self.doc.source_text)}
        return m.group("name") if not loaded or m.group("name").lower() in loaded else None

    def _hub_card_title(self, title: str) -> str | None:
        """A hub's model card (front matter above it) titled by its repository's name ('# bert-base-multilingual-
        uncased-sentiment') or 'Model Card for' a name of any shape ('CLIP ViT-H/14 - LAION-2B'): its model."""
        if not HUB_CARD_KEYS & set(self.doc.meta):
            # a docs site's front matter ('title', 'slug') makes no hub card; a card whose front matter was lost
            # (its text copied, a PDF) is one still when its title is a repository's lower-case id of several
            # words and the sentence under it speaks of a model ('This is a … model finetuned for …')
            return self._lost_card_title(title)
        m = CARD_FOR_RE.fullmatch(title)
        if m:
            return m.group("name").strip()
        m = CARD_ID_TITLE_RE.fullmatch(title)
        loaded = {name.lower() for _org, name in snippet_repositories(self.doc.source_text)}
        # '# BridgeTower large-itm-mlm-itc model' over 'from_pretrained("BridgeTower/bridgetower-large-itm-mlm-itc")':
        # a title spelling out, in words, a repository its snippets load names that repository's model.
        spelled = SPELLED_TITLE_RE.fullmatch(title)
        if spelled and letters(spelled.group("name")) in {letters(name) for name in loaded}:
            return spelled.group("name")
        # ... unless its snippets load another repository ('### fra-deu' over 'from_pretrained("org/opus-mt-fr-de")':
        # the title names the language pair, the repository the model)
        return m.group("name") if m and (not loaded or m.group("name").lower() in loaded) else None

    def _card_titled_only(self) -> None:
        """A hub's model card (front matter above it) is about one model: where nothing else names it, not even a
        repository its snippets load, its title does ('# German Sentiment Classification with Bert')."""
        first = self._first_heading()
        if self.described or first is None or first.level > 1 or not HUB_CARD_KEYS & set(self.doc.meta) \
                or DATASET_CARD_KEYS & set(self.doc.meta):
            return  # (a data set's card, 'task_categories', 'size_categories', describes no model)
        title = self.doc.text[first.start:first.end].strip(" #:")
        if not 3 <= len(title) <= 80 or TEMPLATE_PLACEHOLDER_RE.search(title) or "\n" in title \
                or set(re.findall(r"[a-z]+", title.lower())) <= SECTION_WORDS | {"model", "card"} \
                or SENTENCE_TITLE_RE.search(title):
            return  # ('# Our 33B model is now in beta!': news said in a sentence, not a name)
        key = tokens(title)
        if not key:
            return
        self._add_mention(key, title, first.start + self.doc.text[first.start:first.end].find(title),
                          first.start + self.doc.text[first.start:first.end].find(title) + len(title))
        self.mentions.sort(key=lambda x: x.start)
        self.described = [key]

    def _subject_title(self, title: str, cased: str) -> str | None:
        """A title that is a bare name ('# Silero VAD') which the prose then opens sentences with, as their subject
        ('Silero VAD has excellent results', 'Silero VAD was trained on …'): the document's model."""
        if not re.fullmatch(TITLE_NAME, cased) or title.lower() in FAMILY_HEADING_STOP:
            return None
        # read without a hub organisation ('org/Silero VAD has …', its organisation blanked to line breaks)
        opens = re.compile(rf"\n*{re.escape(title)}(?=[ \t]+(?:[a-z]+|[-–—:])[ \t])")
        openings = [m for s in self.seg.sentences[:200]
                    if not s.heading and (m := opens.match(self._hub_free, s.start))]
        if any(GROUP_OF_RE.match(self._hub_free, m.end()) for m in openings):
            return None  # 'Dirge is a collection of foundation models': a family, its models named elsewhere
        return title if len(openings) >= 2 else None
