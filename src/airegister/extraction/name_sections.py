"""Models named by the headings of sibling sections that state their facts ('### Lynx-S' over '- Parameters: 1.3B',
'**Nimbus Pro**' over '- Context window: 256K'), whatever the names' shape: a vendor's tiers often carry no version
and no size ('Pro', 'Swift', 'Large'), so no shape finds them, but a run of sections laid out alike, each stating a
model's facts, lists models as a table's rows do."""

import re
from collections import defaultdict

from .document import Spans
from .name_shapes import SECTION_WORDS, tokens

# A heading that reads as a model's name: a capitalised word and up to three more, each capitalised or a number (no
# sentence: 'Fine-Tuning with LoRA' is none).
SECTION_NAME_RE = re.compile(r"[A-Z][\w.+]*(?:[ \t-][A-Z0-9][\w.+]*){0,3}")
# ... or a model's API id, in lower case with a digit ('### kestrel-pro3', '### kestrel-mini-2-0825'), as docs pages
# head each model's section; a status after it in parentheses ('kestrel-pro3 (Deprecated)') is no part of it.
SECTION_ID_RE = re.compile(r"(?=[a-z0-9.-]*\d)[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+")
STATUS_AFTER_RE = re.compile(r"[ \t]*\([^()\n]{1,24}\)$")
# A fact of a model stated with its value on one line ('Context window: 256K', 'Parameters: 1.3B').
# (or on the line under its label alone: a definition list's '<dt>Released</dt><dd>January 9, 2025</dd>')
STATED_FACT_RE = re.compile(r"(?:context|parameters|params|knowledge|cut-?off|release\w*|licen[cs]e)\b[^\n]{0,40}?"
                            r"(?:\d|:\s*[A-Z])|^(?:context(?:\s+(?:window|length))?|parameters|params|"
                            r"(?:knowledge\s+)?cut-?off|released|release\s+date|licen[cs]e)[ \t]*:?[ \t]*\n"
                            r"[^\n]{0,40}?\d",
                            re.I | re.M)
FACT_LOOK = 600  # characters of a section read for its facts
# Words that open headings of topics, not a family's name ('Long Context Capability', 'Advanced Usage').
COMMON_WORDS = {"long", "short", "fast", "small", "large", "general", "standard", "advanced", "basic", "key", "main",
                "other", "more", "new", "multi", "single", "full", "open", "our", "your", "model", "models", "chat",
                "base", "function", "tool", "text", "image", "audio", "video", "code", "context", "safety", "fine",
                "pre", "post", "quick", "getting", "step"}


class SectionNames:
    """The section-reading step of `ModelNames`; it uses its mentions, segmenter and document."""

    def _fact_section_names(self) -> None:
        sentences = self.seg.sentences
        first = self._first_heading()
        runs: dict[tuple, list[int]] = defaultdict(list)  # (parent heading, level) -> the headings under it
        for i, sentence in enumerate(sentences):
            if sentence.heading and sentence.level > 1 and sentence is not first:
                runs[(self.seg.heading_before(i, below=sentence.level), sentence.level)].append(i)
        taken = Spans([(m.start, m.end) for m in self.mentions])
        added = False
        for run in runs.values():
            # One family's tiers share its name ('Lynx-S', 'Lynx-M' beside '## Function Calling'); topics do not.
            families: dict[str, list[tuple[int, str]]] = defaultdict(list)
            for i in run:
                name = self._section_name(i)
                if name:
                    families[re.split(r"[ \t-]", name, maxsplit=1)[0]].append((i, name))
            listed = []
            for family, members in families.items():
                if len(members) < 2 or family.lower() in SECTION_WORDS | COMMON_WORDS:
                    continue
                stated = [i for i, _name in members if self._states_fact(i)]
                if len(stated) * 3 < len(members) * 2:
                    continue
                listed += members
            if listed:
                # Beside a family's tiers, a sibling of another family laid out alike and stating a fact of its own
                # ('### Stratus Embed' over 'Context window 8K tokens' after '### Cirrus 2 Flash', '### Cirrus 2
                # Pro' on a pricing page) is another of the vendor's models.
                listed += [(i, name) for family, members in families.items() if len(members) == 1
                           and family.lower() not in SECTION_WORDS | COMMON_WORDS
                           for i, name in members if self._states_fact(i)]
                for i, name in listed:
                    start = self.doc.text.find(name, sentences[i].start, sentences[i].end)
                    if start < 0 or taken.overlapping(start, start + len(name)):
                        continue  # found by its shape already
                    self._add_mention(tokens(name), name, start, start + len(name))
                    added = True
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _section_name(self, index: int) -> str | None:
        text = self._alone(self.seg.sentences[index])
        words = re.findall(r"[a-z]+", text.lower())
        if len(text) > 40 or all(w in SECTION_WORDS for w in words):
            return None
        if SECTION_NAME_RE.fullmatch(text):
            return text
        api_id = STATUS_AFTER_RE.sub("", text)
        return api_id if SECTION_ID_RE.fullmatch(api_id) else None

    def _states_fact(self, index: int) -> bool:
        return bool(STATED_FACT_RE.search(self.doc.text, self.seg.sentences[index].end, self._section_end(index)))

    def _section_end(self, index: int) -> int:
        end = self.seg.section_end(index, self.seg.sentences[index].level)
        return min(end, self.seg.sentences[index].end + FACT_LOOK)
