"""Steps of `names.ModelNames` that read a card as a whole: which models its front matter is about, the base model
a fine-tune names, sections of credits, and statements about the models of one size."""

import bisect
import re
from collections import Counter

from .links import FORMAT_SUFFIX_RE, HUB_SECTIONS, anagram, letters, repositories
from .name_shapes import SIZE_REFERENCE_RE, Candidate, tokens
from .values import SIZE_RE, parse_size

CREDITS_HEADING_RE = re.compile(r"\W*(?:acknowledge?ments?|credits|citations?|cite\b|references|related\s+"
                                r"(?:work|projects|repositories)|thanks|special\s+thanks|friendly\s+links)\W*$", re.I)

# A usage snippet loading a repository ('from_pretrained("org/X-70B")', 'model_id = "org/X-70B"'): code is never a
# source of facts, but where the prose names no model, the repository a card loads is the card's model.
SNIPPET_REPO_RE = re.compile(r"""(?:from_pretrained|model_id|model_name|model_path|repo_id|--model)\s*[=(:]?\s*\(?\s*"""
                             r"""["']([\w.\-]{2,96})/([\w.\-]{2,96})["']""")


class CardNames:
    """Card-level steps of `ModelNames`; they use its candidates, mentions, described models and document."""

    def _sized_reference(self, start: int, end: int) -> list[frozenset]:
        """'The 13B model was released on …': a sentence naming no model but a size speaks of the described
        models of that size, not of the whole family."""
        sizes = {parse_size(s) for m in SIZE_REFERENCE_RE.finditer(self.doc.text, start, end)
                 for s in re.findall(SIZE_RE, m.group(1))}
        return [d for d in self.described if sizes and self._size_of(d) in sizes]

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
        bases = self.doc.meta.get("base_model") or []
        bases = [bases] if isinstance(bases, str) else bases
        spelled = anagram(" ".join(key))
        own = {letters(repo.org) for _key, repo in self.linked_repositories()} | {letters(self.developer or "")}
        own.discard("")
        if not any(isinstance(b, str) and "/" in b and spelled in (anagram(b.rsplit("/", 1)[-1]),
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
        for org, name in SNIPPET_REPO_RE.findall(self.doc.verbatim):
            found[(org.lower(), FORMAT_SUFFIX_RE.sub("", name))] += 1
        for repo in repositories(self.doc.links, self.doc.text):
            found[(repo.org.lower(), repo.name)] += 1
        # A name without a version counts when the card's title spells out its words: 'Deformable DETR model trained
        # on DocLayNet' titles the card that loads 'Aryn/deformable-detr-DocLayNet'.
        # So does any name on a hub's model card (a card with front matter is about one model): 'opus-mt-zh-en'.
        title = tokens(self.doc.title or "")
        found = Counter({k: c for k, c in found.items() if k[0] not in HUB_SECTIONS
                         and (re.search(r"\d", k[1]) or tokens(k[1]) <= title or self.doc.meta)})
        if not found:
            return
        (_org, name), count = found.most_common(1)[0]
        if count < 2 or len(found) > 1 and found.most_common(2)[1][1] == count:
            return
        key = tokens(name)
        cand = self.candidates.setdefault(key, Candidate(key))
        cand.names[name] += 1
        self.described = [key]
