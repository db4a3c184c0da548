"""Steps of `ModelNames` that add the mentions, or drop the names, helper modules find: ids a sentence releases,
sizes listed inside one name, bare versions, a misspelt name, the page's subject when no rule found a model (a
mixin of `names.ModelNames`; it uses its candidates, mentions and document)."""

from .document import Spans
from .name_downloads import called_models, our_named_models, released_ids
from .name_shapes import Candidate, Mention, tokens
from .name_slashed import slashed_names
from .name_subject import document_subject, own_files_repository
from .name_typos import misspelt
from .name_versions import bare_versions


class NameAdditions:
    """Mention-adding steps of `ModelNames`."""

    def _drop_misspellings(self) -> None:
        """'Pymalion 6B is a … model' under '# Pygmalion 6B': a name misspelt is no model of its own (name_typos)."""
        if 2 <= len(self.described) <= 50:  # (compared in pairs: a page of hundreds of names has no room for typos)
            displays = {k: self.candidates[k].display for k in self.described}
            dropped = misspelt(displays, self.doc.source_text, self._title_text())
            self.described = [k for k in self.described if k not in dropped]

    def _subject_model(self, developer_words: set) -> None:
        """No rule found a model: the name the page is about, if one stands in its title, logo or own links and is
        repeated in its prose (name_subject.py)."""
        found = document_subject(self.doc, self.seg, self._title_text(), developer_words)
        if found is None:
            self._repository_model()
            return
        name, spans = found
        key = tokens(name)
        self.alias.setdefault(key, key)
        for start, end in spans:
            self._add_mention(key, name, start, end)
        self.mentions.sort(key=lambda x: x.start)
        self._starts = [m.start for m in self.mentions]
        self.described = [key]

    def _repository_model(self) -> None:
        """No rule and no subject found a model: a hub card showing its own files is its repository's model
        ('![Stheno](https://huggingface.co/org/L3-8B-Stheno-v3.2/resolve/main/Stheno.png)'), named as the
        repository is, wherever the text writes that name."""
        name = own_files_repository(self.doc)
        key = tokens(name) if name else None
        if not key:
            return
        self.alias.setdefault(key, key)
        if key not in self.candidates:
            self.candidates[key] = Candidate(key)
            self.candidates[key].names[name] += 1
        self.described = [key]

    def _released_ids(self) -> None:
        """'we have also released the RN101 model' (name_downloads.released_ids), 'our models X-Turbo and x-turbo'
        (name_downloads.our_named_models): each a model of the document."""
        taken = {(m.start, m.end) for m in self.mentions}
        added = False
        found = released_ids(self.doc.text, self.seg.sentences) + our_named_models(self.doc.text) \
            + called_models(self.doc.text)
        for start, end, name in found:
            if (start, end) not in taken:
                self._add_mention(tokens(name), name, start, end)
                added = True
            self._item_subjects.add((start, end))
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _slashed_sizes(self) -> None:
        """'X-Code-1.5B/7B-Chat': a mention of each size's model ('X-Code-1.5B-Chat', 'X-Code-7B-Chat') in place
        of the pieces the name finder cut the list into."""
        spans = slashed_names(self.doc.text)
        groups: dict[tuple, list] = {}
        for name, start, end in spans:
            groups.setdefault((start, end), []).append(tokens(name))
        self.slashed_groups = list(groups.values())
        if not spans:
            return
        inside = {(start, end) for _name, start, end in spans}
        self.mentions = [m for m in self.mentions if not any(s <= m.start < e for s, e in inside)]
        for name, start, end in spans:
            self._add_mention(tokens(name), name, start, end)
        self.mentions.sort(key=lambda x: x.start)

    def _bare_versions(self) -> None:
        """'We release version 1.5.0', 'v1.2.0 is here!' beside 'X Plan v1.5.0', 'X Plan v1.2.0': a mention of the one
        name ending in that version (`name_versions.bare_versions`)."""
        names = {self.alias.get(k, k): c.display for k, c in self.candidates.items() if self.alias.get(k, k) == k}
        found = bare_versions(self.doc.text, names, Spans([(m.start, m.end) for m in self.mentions]))
        for key, start, end in found:
            self.candidates[key].mentions.append((start, end))
            self.mentions.append(Mention(start, end, key))
        if found:
            self.mentions.sort(key=lambda x: x.start)
