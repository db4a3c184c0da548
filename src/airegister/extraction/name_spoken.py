"""Models spoken of by a shorter name than the one the document lists them by (a mixin of `names.ModelNames`).

A vendor's models page lists 'command-a-03-2025' in its name column and writes 'Command A' in its prose and headings
('## Command A' over the model's own facts). The spoken name is found by no shape (no digit), so the identifier lends
it one: its words without the snapshot's date, written capitalised, are that row's model where no other row's
identifier speaks the same words and no name of the document is spelled so already.

An announcement lists a family's tiers once in full ('Corvid 3 Wren, Corvid 3 Kite, and Corvid 3 Eagle') and then
says 'Eagle and Kite are available today': a tier word standing alone is its model's name where the family has two
tiers at least and the word is no other name's head, no plan's ('Pro subscribers') and no common word in the text.
"""

import bisect
import re
from collections import defaultdict

from .name_digitless import PLAN_WORDS
from .name_shapes import NOT_TIER, Mention, tokens
from .segment import Segmenter

LOWER_WORD_RE = re.compile(r"(?<![\w\-])[a-z][a-z0-9]*(?![\w\-])")  # a word written in lower case
# A name's word just before ('Corvid 3 ', 'X-2 '), not a sentence's end ('… our API. Wren will …')
NAME_WORD_BEFORE_RE = re.compile(r"(?<![\w.\-])[A-Z0-9][\w\-]*(?:\.\w+)*[ \t]+$")
# A snapshot's date on an identifier: '-03-2025', '-2024-08-06', '-20241022', or '-latest'; not a bare number, which
# is as often a size or a resolution ('-2048', '-384').
SNAPSHOT_TAIL_RE = re.compile(r"-(?:(?:0[1-9]|1[0-2])-20\d\d|20\d\d-\d\d(?:-\d\d)?|20\d{6}|latest)$")
IDENTIFIER_RE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9.+]+)+")


def listed_tiers(matches: list[re.Match], seg: Segmenter) -> set[str]:
    """Tiered names listed beside a sibling of another tier in one sentence ('… three models: Corvid 3 Wren, Corvid 3
    Kite, and Corvid 3 Eagle'): each tier word is part of its name, though the whole name is written once.
    `tier_key` names are 'Stem … Version Tier'."""
    by_base: dict[tuple, set[str]] = defaultdict(set)
    by_stem: dict[str, set[str]] = defaultdict(set)  # a family's stem -> its tiered names anywhere in the text
    for m in matches:
        if m.group("tier") and m.group("tier").lower() not in NOT_TIER:
            base = tier_key(m.group(0)[:m.start("tier") - m.start()].rstrip())
            by_base[(seg.index_at(m.start()), base)].add(tier_key(m.group(0)))
            by_stem[" ".join(base.split()[:-1])].add(tier_key(m.group(0)))
    listed = {key for keys in by_base.values() if len(keys) >= 2 for key in keys}
    # ... or a family named by versions and tiers both ('Corvid 3.5 Verse', 'Corvid 3.5 Brisk', 'Corvid 3.7 Verse' in
    # a page's release notes): two tiers and two versions of one stem, each tier word part of its name
    # (tier words the text never writes in lower case: 'Project' and 'Performance' of section titles are common words)
    lower_words: set[str] | None = None  # the text's words in lower case, read once and only when needed
    for stem, keys in by_stem.items():
        if not stem or len({k.split()[-2] for k in keys}) < 2 or len({k.split()[-1] for k in keys}) < 2:
            continue
        if lower_words is None:
            lower_words = set(LOWER_WORD_RE.findall(seg.doc.text))
        keys = {k for k in keys if k.split()[-1].lower() not in lower_words}
        if len({k.split()[-2] for k in keys}) >= 2 and len({k.split()[-1] for k in keys}) >= 2:
            listed |= keys
    return listed


def tier_key(name: str) -> str:
    """A tiered name from the word its version follows ('Zorvak 3 Super' of 'Acme Zorvak 3 Super' and 'Use Zorvak 3
    Super'): the words a sentence puts before it (a maker, a verb) do not make it another name."""
    words = name.split()
    first = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), 1)
    return " ".join(words[max(0, first - 1):])


class SpokenIdentifiers:
    """Steps of `ModelNames`; they use its candidates, mentions, row names and document."""

    def _spoken_identifiers(self) -> None:
        """Mentions of a models table's dated identifier where the text speaks its words without the date."""
        spoken: dict[str, list[frozenset]] = {}
        for key in self.row_names:
            name = self.candidates[key].display if key in self.candidates else ""
            tail = SNAPSHOT_TAIL_RE.search(name)
            if not IDENTIFIER_RE.fullmatch(name) or not tail:
                continue
            words = name[:tail.start()].split("-")
            if len(words) < 2 or not any(len(w) >= 3 and w.isalpha() for w in words):
                continue
            spoken.setdefault(" ".join(words), []).append(key)
        added = False
        for words, keys in spoken.items():
            if len(keys) != 1 or tokens(words) in self.candidates:
                continue  # two snapshots speak the same words ('x-large-2407', 'x-large-2411'): neither is named so
            pattern = r"[ \t]+".join(re.escape(w) for w in words.split())
            taken = _Spans(self.mentions)
            for m in re.finditer(rf"(?<![\w\-.])(?i:{pattern})(?![\w\-+]|\.\w)", self.doc.text):
                if m.group(0)[0].isupper() and not taken.overlaps(m.start(), m.end()):
                    self._add_mention(keys[0], m.group(0), m.start(), m.end())
                    added = True
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _tier_words_alone(self) -> None:
        """Mentions of a family's tiered model where the text writes its tier word alone."""
        tiers: dict[str, set[frozenset]] = {}
        for key, cand in self.candidates.items():
            words = cand.display.split()
            if len(words) >= 3 and re.fullmatch(r"[A-Z][a-z]{2,}", words[-1]) and any(c.isdigit() for c in words[-2]):
                tiers.setdefault(words[-1], set()).add(key)
        stems = {" ".join(self.candidates[k].display.split()[:-1]) for keys in tiers.values() for k in keys}
        if len(tiers) < 2 or len(stems) != 1:
            return  # one family's tiers only: two families ('X 3 Pro', 'Y 2 Pro') make a tier word ambiguous
        stem = stems.pop()
        taken = _Spans(self.mentions)
        added = []
        for word, keys in tiers.items():
            if len(keys) != 1 or re.search(rf"(?<![\w.\-]){word.lower()}(?![\w\-])", self.doc.text):
                continue  # a word the text also writes in lower case is a common word ('Flash' beside 'flash')
            found = list(re.finditer(rf"(?<![\w.\-]){word}(?![\w\-])", self.doc.text))
            after_names = [m for m in found if NAME_WORD_BEFORE_RE.search(self.doc.text, max(0, m.start() - 40),
                                                                          m.start())]
            if any(not self.doc.text[max(0, m.start() - 80):m.start()].endswith(f"{stem} ") for m in after_names):
                continue  # the word after another name too ('Corvid 2 Kite'): whose it is, alone, is not told
            key = next(iter(keys))
            for m in found:
                after = self.doc.text[m.end():m.end() + 30]
                if m in after_names or re.match(rf"[ \t]+(?:\d|[A-Z]|{PLAN_WORDS})", after):
                    continue  # inside a longer name ('Corvid 3 Eagle', 'Eagle Vision') or a plan ('Eagle users')
                if taken.overlaps(m.start(), m.end()):
                    continue
                added.append(Mention(m.start(), m.end(), key))
                self.candidates[key].mentions.append((m.start(), m.end()))
        self.mentions = sorted(self.mentions + added, key=lambda x: x.start)


class _Spans:
    """The mentions' spans, to ask whether a span overlaps one without a scan of them all (a page may hold
    thousands)."""

    def __init__(self, mentions):
        spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [a for a, _b in spans]
        self.ends = [b for _a, b in spans]
        # the furthest end among the spans starting at or before each one
        self.reach = []
        for b in self.ends:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # spans starting before `end`
        return i > 0 and self.reach[i - 1] > start
