"""A models table's identifier spoken without its snapshot's date (a mixin of `names.ModelNames`): a vendor's models
page lists 'command-a-03-2025' in its name column and writes 'Command A' in its prose and headings ('## Command A' over
the model's own facts). The spoken name is found by no shape (no digit), so the identifier lends it one: its words
without the date or snapshot number, written capitalised, are that row's model where no other row's identifier
speaks the same words and no name of the document is spelled so already."""

import re

from .name_shapes import tokens

# A snapshot's date on an identifier: '-03-2025', '-2024-08-06', '-20241022', or '-latest'; not a bare number, which
# is as often a size or a resolution ('-2048', '-384').
SNAPSHOT_TAIL_RE = re.compile(r"-(?:(?:0[1-9]|1[0-2])-20\d\d|20\d\d-\d\d(?:-\d\d)?|20\d{6}|latest)$")
IDENTIFIER_RE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9.+]+)+")


class SpokenIdentifiers:
    """A step of `ModelNames`; it uses its candidates, mentions, row names and document."""

    def _spoken_identifiers(self) -> None:
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
            for m in re.finditer(rf"(?<![\w\-.])(?i:{pattern})(?![\w\-+]|\.\w)", self.doc.text):
                if m.group(0)[0].isupper() and not any(o.start < m.end() and m.start() < o.end for o in self.mentions):
                    self._add_mention(keys[0], m.group(0), m.start(), m.end())
                    added = True
        if added:
            self.mentions.sort(key=lambda x: x.start)
