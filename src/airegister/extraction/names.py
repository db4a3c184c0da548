"""Model names: candidates found by shape (a name with a version or size), which of them the document
describes, and which described models a statement at a given position is about.

This module finds the candidates and merges their short forms; its mixins find more names by what the document
says of them (name_sources.py), its tables (name_tables.py), its labelled lists (name_lists.py) and its card as a
whole (name_card.py), tell which mentions introduce a model (name_strength.py), choose the described models
(name_choice.py) and scope a statement to them (name_scope.py).

A candidate's identity is its set of lower-case tokens, so "Claude 3.7 Sonnet" and "Claude Sonnet 3.7" are one
model; a candidate whose tokens are contained in exactly one other's is a short form of it ("Opus 4"), and one
contained in several is a family name ("Claude 4", "Llama 3.1").
"""

import bisect
import re
from collections import Counter, defaultdict

from .document import Document
from .links import letters
from .name_additions import NameAdditions
from .name_benchmarks import benchmark_keys
from .name_card import CardNames
from .name_cells import displayed_name
from .name_choice import NameChoice
from .name_digitless import DigitlessNames
from .name_downloads import (
    code_listed_models,
    downloaded_siblings,
    offered_spans,
    offered_weight_files,
    sectioned_weight_files,
    series_columns,
)
from .name_foreign import ForeignBases
from .name_known import KnownNames
from .name_lists import ListNames
from .name_orgs import OwnOrganisations
from .name_scope import NameScope
from .name_sections import SectionNames
from .name_shapes import (
    DISTINCT_WORDS,
    FORMAT_WORDS,
    GENERIC_SUFFIXES,
    IDENTIFIER_TAIL_RE,
    LEADING_STOP,
    NAME_RE,
    NOT_TIER,
    REPO_CELL_RE,
    VARIANTS,
    Candidate,
    KeyIndex,
    Mention,
    clean_name,
    marked_author,
    tokens,
)
from .name_sources import NameSources
from .name_spoken import SpokenIdentifiers, listed_tiers, tier_key
from .name_stems import cased_text, lower_title_stem, name_stems, without_hub_orgs
from .name_strength import NameStrength
from .name_table_rows import TableRowLinks
from .name_table_settings import TableRowSettings
from .name_tables import TableNames
from .name_titles import NameTitles
from .name_versions import pointer_aliases, version_checkpoints
from .segment import Segmenter
from .tables import find_tables
from .values import KNOWN_DEVELOPERS

VERSION_TOKEN_RE = re.compile(r"v?\d+(?:\.\d+)+")  # a dotted version as a name's token ('1.5', 'v2.1')
SHORTCODE_RE = re.compile(r":[a-z0-9_+\-]+:")
# 'LLaMA-2 Licence + X Extended Version', 'the Gemma-2 Terms of Use': the name of a licence, not of a model.
LICENCE_AFTER_RE = re.compile(r"[ \t]+(?:Community[ \t]+)?(?:Licen[cs]e|Terms[ \t]+of[ \t]+Use|Acceptable[ \t]+Use)\b")
ABBREVIATION_AFTER_RE = re.compile(r"[ \t]*\((?P<abbr>(?P<letters>[A-Z]{2,6})-?(?P<rest>[\w.]*))\)")
# 'StripedHyena-Nous-7B (SH-N 7B)': capitals of the name's parts, then its size.
CAPITALS_AFTER_RE = re.compile(r"[ \t]*\((?P<abbr>[A-Z]{1,4}(?:-[A-Z]{1,4})+[ \t-]?\d[\w.]*)\)")


class ModelNames(NameAdditions, NameSources, OwnOrganisations, NameTitles, DigitlessNames, TableNames, TableRowLinks,
                 TableRowSettings, SectionNames, ListNames, CardNames, NameChoice, NameStrength, NameScope, KnownNames,
                 ForeignBases, SpokenIdentifiers):
    """Finds the models a document describes and maps positions in it to them."""

    def __init__(self, doc: Document, seg: Segmenter, developer: str | None = None):
        self.doc, self.seg = doc, seg
        self.developer = developer
        self._listing: dict[int, bool] = {}  # id(table) -> whether it lists models with their facts
        self._versioned: dict[int, bool] = {}  # id(table) -> whether its name column gives bare versions
        self._linked: set[tuple[int, int]] = set()  # spans of mentions that link to the document's own repository
        # mention span -> the document's own repository it links to (links.Repository)
        self.hubs: dict[tuple[int, int], object] = {}
        dev_words = {w.lower() for d in KNOWN_DEVELOPERS for w in d.split() if len(w) > 2}
        dev_words |= {w.lower() for w in (developer or "").split() if len(w) > 2}
        dev_words -= {"mistral", "ai", "labs", "research", "cloud"}
        self._lists = None
        self._credit_headings: list[tuple[int, bool]] | None = None  # (heading start, heads a section of credits)
        self._heading = False
        self._fact_headers: dict[tuple, bool] = {}
        self._named_levels: Counter | None = None
        self._root_index: dict | None = None
        tables, of_block = find_tables(doc)
        self._table_at = {doc.blocks[i].start: t for i, t in of_block.items()}
        self._table_components: dict[int, set[str]] = {}  # a table (by its first row) -> repositories its rows share
        self._heading_names: dict[frozenset, set[int]] | None = None  # names making whole headings -> their levels
        self._squashed: str | None = None  # the text lower-cased without separators, for spelling-blind looks
        self._score_columns: dict[int, bool] = {}  # id(table) -> whether it has a column of results
        self._column_models: dict[int, dict] = {}  # id(table) -> its columns' models, told by a row of sizes
        self._pair_counts: dict[tuple, Counter] = {}  # (id(table), column) -> counts of (its cell, name cell) pairs
        self._families: dict[int, str | None] = {}  # heading start -> the family it names, if any
        # tuned variants ('X-9B-it') of a table row's model ('X-9B'), named apart from it: models of their own
        self.tuned_variants: set[frozenset] = set()
        self.joined_bases: dict[frozenset, frozenset] = {}  # 'Mistral 7B' -> 'OpenHermes 2.5 Mistral 7B' it ends
        self._listed_alone: set[frozenset] = set()  # versionless names listed beside their versioned sibling
        self.introduced: str | None = None  # the versionless name the document introduces as a model, if any
        self.introduced_family: str | None = None  # the name it introduces as a family ('X is a family of models')
        self._size_families: set[frozenset] = set()  # introduced names a table of bare sizes makes families
        self._table_named: list[str] = []  # the names read from models tables' name cells (name_tables.py)
        self._qualified_bases: dict[int, Counter] = {}  # id(table) -> how often each name stands qualified in it
        self._all_name_cells: Counter | None = None  # every table's name cells, counted (name_table_settings.py)
        self._title_org_cache: dict[int, set[str]] = {}  # id(table) -> its rows' organisations that are the document's
        self.row_names: set[frozenset] = set()  # the names of models tables' rows, however they were found
        # families released in listed sizes, in document order (name_sources.py)
        self.released_families: list[frozenset] = []
        self._first_other: int | None = None  # where a model beside the introduced one is first named (name_scope.py)
        self.slashed_groups: list[list[frozenset]] = []  # the models of each size list written inside a name
        self._cell_subjects: set[int] = set()  # ids of the mentions read from a table cell: their row's subject
        self._item_subjects: set[tuple[int, int]] = set()  # spans of the labels of a list of models (name_lists.py)
        self._link_aliases: dict[frozenset, frozenset] = {}  # a link text's name -> the name its repository spells
        self.candidates: dict[frozenset, Candidate] = {}
        self.mentions: list[Mention] = []
        first = self._first_heading()
        # A name the title writes in lower case is found as if capitalised (name_stems.py).
        self._hub_free = without_hub_orgs(doc.text)  # 'quillon/Zorvak-7B' read as 'Zorvak-7B' (name_stems.py)
        if first:
            # A title that is a repository id in lower case ('# quillon/zorvak-172b-exp2', as hub cards are titled)
            # names its model after the organisation's slash, as a table's name cell does.
            title = doc.text[first.start:first.end]
            org = REPO_CELL_RE.match(title.strip())
            if org:
                at = first.start + len(title) - len(title.lstrip())
                self._hub_free = self._hub_free[:at] + "\n" * org.end() + self._hub_free[at + org.end():]
        title = self._hub_free[first.start:first.end] if first else ""
        self.lower_stem = lower_title_stem(title)
        # The document's own stems, written in lower case ('zorvak-0.4' under '# Zorvak'), read as capitalised.
        openings = [self._hub_free[s.start:s.end].lstrip("\n") for s in seg.sentences[:40] if not s.heading]
        stems = name_stems(title, openings)
        raw_matches = list(NAME_RE.finditer(cased_text(self._hub_free, stems)))
        tiers = Counter(tier_key(m.group(0)) for m in raw_matches if m.group("tier"))
        tiers_listed = listed_tiers(raw_matches, seg)
        cleaned = {}  # a name recurs many times on a page: each spelling is cleaned once
        for match in raw_matches:
            end = match.end()
            tier = match.group("tier")
            after = doc.text[match.end():match.end() + 20]
            if tier and (tier.lower() in NOT_TIER
                         or tiers[tier_key(match.group(0))] < 2 and not re.fullmatch(VARIANTS, tier)
                         and tier_key(match.group(0)) not in tiers_listed
                         or re.match(r"[ \t]+[Ll]anguage[ \t]+[Mm]odel", after)):
                end = match.start("tier")  # a tier word counts only when the longer name recurs
            begin = match.start()
            if begin and doc.text[begin - 1].islower() and "/" in doc.text[max(0, begin - 200):begin].split()[-1]:
                # Text run together starts a name at a capital ('modelsZorvak-7B'); a word of an address does not
                # ('huggingface.co/org/ZorvakLM-7B' names no 'LM-7B').
                continue
            last = seg.sentences[seg.index_at(end - 1)]
            if last.start > begin:  # run-together text: the name starts where its sentence does
                begin = last.start
            raw = doc.text[begin:end].rstrip()
            if IDENTIFIER_TAIL_RE.match(doc.text, begin + len(raw)) or marked_author(doc.text, begin, begin + len(raw)):
                continue  # 'cerebras-gpt-dense-111m-sp_final.mdl': a file's name; 'Yiyuan Zhang1,2*': an author
            if raw not in cleaned:
                # ('Corvid Embedding corvid-embedding-001': a name and the identifier spelling it, one name)
                cleaned[raw] = displayed_name(self._with_maker(raw, clean_name(raw, dev_words)) or "") or None
            name = cleaned[raw]
            if not name:
                continue
            start = begin + raw.find(name.split()[0])
            key = tokens(name)
            self._add_mention(key, name, start, start + len(name))
        self._slashed_sizes()
        self._title_name()
        self._model_called_title()
        self._defined_title_model()
        self._released_title_names()
        self._sized_title_family()
        self._introduced_name(dev_words)
        self._indexed_names()
        self._table_names(tables)
        self._weight_file_rows(tables)
        self._table_names_elsewhere()
        self._fact_section_names()
        self._transposed_names(tables)
        self._grid_names(tables)
        self._depth_grid_names(tables)
        self._labelled_items()
        self._downloaded_archives()
        self._checkpoint_items()
        self._named_release()
        self._updated_versions()
        self._sized_names()
        self._released_families()
        self._item_subjects |= offered_spans(doc.text, self.mentions)  # 'download our pretrained A B C model'
        self._released_ids()
        self._digitless_siblings()
        self._family_size_names()
        self._listed_stem_variants()
        self._listed_identifiers()
        self._spoken_identifiers()
        self._elided_mentions()
        self._tier_words_alone()
        self._linked_repositories()
        self._model_page_links()
        self._offered_names()
        self._merge_short_forms()
        self._bare_versions()
        # ':european_castle: Model Zoo': an emoji's shortcode, between colons, names nothing; nor does a benchmark
        benchmarks = benchmark_keys(doc)
        self.mentions = [m for m in self.mentions if m.key not in benchmarks
                         and not SHORTCODE_RE.fullmatch(doc.text, max(0, m.start - 1), m.end + 1)
                         and not LICENCE_AFTER_RE.match(doc.text, m.end)]
        self._starts = [m.start for m in self.mentions]  # mentions are in document order
        self.described: list[frozenset] = []
        self.siblings: set[frozenset] = set()
        self.members: dict[frozenset, list[frozenset]] = {}
        self.sizes: dict[frozenset, int] = {}
        self.foreign: set[frozenset] = set()  # others' well-known models the document builds on (name_foreign.py)
        self.card_model: frozenset | None = None  # a hub card's own model, titled by it, beside models made from it
        self._choose()
        self._drop_famous_bases()
        if not self.described or self._untitled() or self._named_in_title_only():
            self._loaded_model()
        self._card_titled_only()
        self._drop_misspellings()
        if not self.described:
            self._subject_model(dev_words)
        # Checkpoints named only in the download code beside the document's models ('X-300M-25Hz'), or in a code
        # block listing the valid model names ('RepVGG-A0, RepVGG-B1g2, …')
        displays = [self.candidates[k].display for k in self.described]
        listed = code_listed_models(doc.verbatim, displays) + sectioned_weight_files(doc.verbatim, displays)
        listed += [s for s in offered_weight_files(doc.verbatim, displays) if s not in listed]
        listed += series_columns([t.header for t in tables if t.scores], displays)
        for name in downloaded_siblings(doc.verbatim, doc.text, displays) + listed:
            key = tokens(name)
            if key not in self.candidates:
                self.candidates[key] = Candidate(key)
                self.candidates[key].names[name] += 1
                self.described.append(key)
            elif name in listed and key not in self.described:
                self.described.append(key)  # named in passing by the prose too ('tested with RepVGG-B1')

    def _with_maker(self, raw: str, name: str | None) -> str | None:
        """'Glendrax Swift 2' keeps the word of the page's own maker when the text never writes 'Swift 2' without it:
        the maker's name is the family's stem there ('Meta Llama 3' is still read as 'Llama 3': another maker's, or
        standing alone too)."""
        if not name or not self.developer:
            return name
        before = raw[:raw.rfind(name)].split()
        own = self.__dict__.setdefault("_own_maker_words", {w.lower() for w in re.findall(r"\w+", self.developer)})
        if not before or before[-1].lower() not in own or before[-1].lower() in LEADING_STOP \
                or not before[-1][0].isupper():
            return name
        alone = re.compile(rf"(?<![\w.\-])(?<!{re.escape(before[-1])} ){re.escape(name)}(?![\w\-])", re.I)
        return name if alone.search(self.doc.text) else f"{before[-1]} {name}"

    def _add_mention(self, key: frozenset, name: str, start: int, end: int) -> Mention:
        """`name`, written at start:end, is a mention of the candidate `key` (made when new); the caller keeps
        `self.mentions` in document order."""
        cand = self.candidates.setdefault(key, Candidate(key))
        cand.names[name] += 1
        cand.mentions.append((start, end))
        mention = Mention(start, end, key)
        self.mentions.append(mention)
        return mention

    def _merge_short_forms(self) -> None:
        keys = sorted(self.candidates, key=len)
        self.alias: dict[frozenset, frozenset] = {k: k for k in keys}
        # Names that head rows of their own in a table of facts ('DeepSeek-V3' and 'DeepSeek-V3-Base') are two models.
        rows = {m.key for m in self.mentions if self._fact_row_subject(m)}
        # So do names labelling items of a list of models ('### X Chat 20B' and '### X Chat 20B SFT', name_lists.py).
        rows |= {m.key for m in self.mentions if (m.start, m.end) in self._item_subjects}
        # ... and names each making a heading of their own ('### X-7B' … '### X-7B-Instruct'): a section per model.
        rows |= self.headed_siblings()
        # A row's name is not short for a conversion of it named elsewhere ('X-Chat' of a download table beside
        # '[X-Chat-GGUF](…)' in a news line): the row is the model, the conversion another download.
        # Two names each linking to a repository of its own are two models ('x-v2-moe', 'x-v2-moe-unsupervised').
        linked = self._own_linked_keys()
        defined = self._title_defined_key()
        headed = self._headed_repositories()
        index = KeyIndex(keys)
        for key in keys:
            supersets = index.supersets(key)
            if key == defined:
                continue  # '# Openjourney is an open source … model': the card's model, not short for 'Openjourney v4'
            longer = {self._root(o) for o in supersets}
            if len(longer) == 1 and key in rows and self._tuned_apart(key, next(iter(longer))):
                self.tuned_variants.add(next(iter(longer)))
                continue
            if len(longer) == 1 and (not self._differs_by_size(key, next(iter(longer)))
                                     or headed.get(key) == next(iter(longer))) \
                    and not any(re.fullmatch(r"\d+k", t) for t in next(iter(longer)) - key) \
                    and not self._listed_siblings(key, next(iter(longer))) \
                    and not (key in rows and any(o in rows for o in supersets)) \
                    and key not in self._listed_alone \
                    and not (key in linked and next(iter(longer)) in linked) \
                    and not (key in rows and (next(iter(longer)) - key) & FORMAT_WORDS) \
                    and not self._point_release(key, next(iter(longer))) \
                    and not self._joins_two_names(key, next(iter(longer))) \
                    and not self._versioned_elsewhere(key, next(iter(longer))) \
                    and not (next(iter(longer)) - key) & DISTINCT_WORDS:
                target = next(iter(longer))
                self.alias[key] = target
                into = self.candidates[target]
                into.names.update(self.candidates[key].names)
                into.mentions += self.candidates[key].mentions
        for key, target in version_checkpoints(keys).items():
            if self.alias[key] == key and self.alias[target] == target:  # 'CosyVoice 2.0' is 'CosyVoice2-0.5B'
                self.alias[key] = target
                self.candidates[target].mentions += self.candidates[key].mentions
        for key, target in [*self._abbreviated().items(), *self._link_aliases.items(), *self._same_letters().items(),
                            *self._row_repository_aliases().items(), *pointer_aliases(keys).items()]:
            if self.alias[key] == key and self.alias[target] == target:
                self.alias[key] = target
                self.candidates[target].mentions += self.candidates[key].mentions
        for m in self.mentions:
            m.key = self._root(m.key)

    def heading_names(self) -> dict[frozenset, set[int]]:
        """Names written as a whole heading ('### X-7B-Instruct', '## 🚀 X-7B:'), bar marks and punctuation, with the
        levels of those headings; not the document's title ('# KoBART' over its 'KoBART-base' names the family)."""
        if self._heading_names is None:
            out: dict[frozenset, set[int]] = defaultdict(set)
            first = self._first_heading()
            for m in self.mentions:
                block = self.doc.blocks[self.seg.at(m.start).block]
                if block.kind == "heading" and not (first and block.start <= first.start < block.end) and not \
                        re.sub(r"[\W_]+", "", self.doc.text[block.start:m.start] + self.doc.text[m.end:block.end]):
                    out[m.key].add(block.level)
            self._heading_names = dict(out)
        return self._heading_names

    def headed_siblings(self) -> set[frozenset]:
        """Names heading sections of their own beside sections of longer names at the same level ('### X-7B',
        '### X-7B-Instruct', '### X-7B-Code'), and those longer names: a section per model, the shorter one a model, not
        their family (a family's heading stands a level above its members', '## X 3' over '### X 3 8B')."""
        headed = self.heading_names()
        pairs = [(key, other) for key, levels in headed.items() for other, other_levels in headed.items()
                 if key < other and levels & other_levels]
        return {key for pair in pairs for key in pair}

    def _versioned_elsewhere(self, short: frozenset, long: frozenset) -> bool:
        """'## Glendrax Pro' over its own facts and 'Glendrax 1.5 Pro will be retired' under another heading: a name
        heading a section of its own is not short for a longer name adding a dotted version that is never written in
        that section (the page's current model beside an older version of it)."""
        if not any(VERSION_TOKEN_RE.fullmatch(t) for t in long - short):
            return False
        by_key = self.__dict__.get("_mentions_by_key")
        if by_key is None:  # (asked per pair of names: the mentions grouped by name once)
            by_key = self.__dict__["_mentions_by_key"] = defaultdict(list)
            for m in self.mentions:
                by_key[m.key].append(m)
        sections = set()
        for m in by_key.get(short, ()):
            block = self.doc.blocks[self.seg.at(m.start).block]
            if block.kind == "heading" \
                    and not re.sub(r"[\W_]+", "", self.doc.text[block.start:m.start] + self.doc.text[m.end:block.end]):
                sections.add(block.start)  # the name alone makes the heading
        if not sections:
            return False
        return not any(h.start in sections for m in by_key.get(long, ()) for h in self.doc.headings_over(m.start))

    def _joins_two_names(self, short: frozenset, long: frozenset) -> bool:
        """'OpenHermes 2.5 Mistral 7B' joins two versioned names the document gives apart, a fine-tune's and its
        base model's ('OpenHermes 2.5', 'Mistral 7B'): neither is short for it."""
        rest = long - short
        if rest not in self.candidates or not all(any(c.isdigit() for t in part for c in t) for part in (short, rest)):
            return False
        # ... written one after the other: 'X-Polyglot-12.8B-v2' is not 'Polyglot 12.8B' joined to 'X v2'
        if any(letters(name) == letters(a) + letters(b) for name in self.candidates[long].names
               for a in self.candidates[rest].names for b in self.candidates[short].names):
            self.joined_bases[short] = long
            return True
        return False

    def _same_letters(self) -> dict[frozenset, frozenset]:
        """An API id and the prose's name of one model, spelling the same letters and digits in the same order but
        split into words differently ('kestrel-pro3' heading a docs section, 'Kestrel Pro 3' in its prose;
        'german-gpt2' of a download table, 'German GPT-2'): the prose's key -> the id's, which keeps its spelling.
        Two names both written as prose ('SenseVoiceSmall', 'SenseVoice-Small') are left as they are."""
        by_letters: dict[str, set[frozenset]] = defaultdict(set)
        for key in sorted(self.candidates, key=sorted):
            if self.alias[key] == key:
                for name in self.candidates[key].names:
                    by_letters[letters(name)].add(key)
        out = {}
        for spelled, keys in by_letters.items():
            if len(keys) != 2 or len(spelled) < 4:
                continue
            ids = [k for k in keys if all(n.islower() and " " not in n for n in self.candidates[k].names)]
            prose = [k for k in keys if not any(n.islower() for n in self.candidates[k].names)]
            if len(ids) == 1 and len(prose) == 1 and len(ids[0]) != len(prose[0]):
                out[prose[0]] = ids[0]
        return out

    def _headed_repositories(self) -> dict[frozenset, frozenset]:
        """'### KULLM v2' over 'Repo: [https://huggingface.co/org/kullm-polyglot-12.8b-v2](…)': a section headed by a
        name that links one repository of the document's own, which spells a longer name of it, is that model (not
        a family of its sizes): short name -> the repository's name."""
        heads = self.doc.heading_blocks
        head_of: dict[tuple[int, int], int] = {}
        for i, b in enumerate(heads):
            head_of.setdefault((b.start, b.end), i)
        section_end = [len(self.doc.text)] * len(heads)  # where the next heading of its level or higher starts
        waiting: list[int] = []
        for i in reversed(range(len(heads))):
            while waiting and heads[waiting[-1]].level > heads[i].level:
                waiting.pop()
            if waiting:
                section_end[i] = heads[waiting[-1]].start
            waiting.append(i)
        hubbed = sorted((r.start, r.end, r.key) for r in self.mentions if (r.start, r.end) in self.hubs)
        hub_starts = [start for start, _end, _key in hubbed]
        out: dict[frozenset, set] = defaultdict(set)
        for m in self.mentions:
            i = head_of.get((m.start, m.end))
            if i is None:
                continue
            first = bisect.bisect_right(hub_starts, heads[i].end)
            last = bisect.bisect_left(hub_starts, section_end[i])
            out[m.key] |= {key for _start, _end, key in hubbed[first:last]}
        return {k: next(iter(v)) for k, v in out.items() if len(v) == 1 and k < next(iter(v))}

    def _abbreviated(self) -> dict[frozenset, frozenset]:
        """'Segmind Stable Diffusion 1B (SSD-1B)': a long form defining its abbreviation (the initials of its words,
        then its size) is the model the document calls by the abbreviation."""
        out = {}
        for m in self.mentions:
            short = ABBREVIATION_AFTER_RE.match(self.doc.text, m.end) \
                or CAPITALS_AFTER_RE.match(self.doc.text, m.end)  # (at the name's end: no copy of the rest)
            if not short or m.key in out:
                continue
            target = tokens(short.group("abbr"))
            if target == m.key or target not in self.candidates:
                continue
            if short.re is CAPITALS_AFTER_RE and self._capitals_of(m, short):
                # one model, called by whichever form the page writes more
                long_more = len(self.candidates[m.key].mentions) >= len(self.candidates[target].mentions)
                out.update({target: m.key} if long_more else {m.key: target})
                continue
            line_start = self.doc.text.rfind("\n", 0, m.start) + 1
            words = re.findall(r"(?<![\w.\-])[A-Za-z][\w.\-]*", self.doc.text[line_start:m.end])  # not sizes
            letters = short.group("letters")
            if len(words) >= len(letters) and "".join(w[0] for w in words[-len(letters):]) == letters:
                out[m.key] = target
        return out

    def _capitals_of(self, m, short) -> bool:
        """The abbreviation spells the capitals of the name's words and parts, and its size ('StripedHyena-Nous-7B'
        is 'SH-N 7B')."""
        name = self.doc.text[m.start:m.end]
        abbr = short.group("abbr")
        size = re.compile(r"\d+(?:\.\d+)?[BMKbmk]\b")
        caps = re.sub(r"[^A-Z]", "", size.sub("", abbr))
        return len(caps) >= 2 and caps == re.sub(r"[^A-Z]", "", size.sub("", name)) \
            and size.findall(abbr) == size.findall(name)

    def _tuned_apart(self, short: frozenset, long: frozenset) -> bool:
        """A row of a table of facts ('| Tanager-9B | 9.2B |') beside its tuned variant named only elsewhere
        ('Instruction-tuned variants (Tanager-9B-it …) are also available'): two models, unless the variant titles
        the document (a card of 'X-9B-it' writes its table's row short)."""
        if not (long - short) <= GENERIC_SUFFIXES:
            return False
        first = self._first_heading()
        titles = [(first.start, first.end)] if first is not None else []
        return not any(m.key == long and any(a <= m.start < b for a, b in titles) for m in self.mentions) \
            and not (self.doc.title and tokens(self.doc.title) >= long)

    def _listed_siblings(self, short: frozenset, long: frozenset) -> bool:
        """'X-7B | X-7B-Instruct' or 'X-7B and X-7B-Chat' in one block: a base model and its tuned sibling."""
        if not (long - short) <= GENERIC_SUFFIXES:
            return False
        heads = {}  # item block -> the name heading it ('- X-8k: …', '- X-8k-Instruct: …')
        for m in self.mentions:
            block = self.doc.blocks[self.seg.at(m.start).block]
            if block.kind == "item" and block.start == m.start and m.key in (short, long):
                heads[self.seg.at(m.start).block] = m.key
        for index, key in heads.items():
            if key == short and any(heads.get(j) == long for j in (index - 1, index + 1)):
                return True  # neighbouring items of one list, each headed by one of the two names
        blocks = defaultdict(set)
        for m in self.mentions:
            if m.key in (short, long):
                blocks[self.seg.at(m.start).block].add(m.key)
        return any(len(keys) == 2 for keys in blocks.values())

    def _drop_mentions(self, spans: list[tuple[int, int]]) -> None:
        """Forget the mentions at `spans` (a longer reading of the same text replaces them)."""
        gone = set(spans)
        for m in [m for m in self.mentions if (m.start, m.end) in gone]:
            cand = self.candidates.get(m.key)
            if cand is not None and (m.start, m.end) in cand.mentions:
                cand.mentions.remove((m.start, m.end))
                if not cand.mentions:
                    del self.candidates[m.key]
        self.mentions = [m for m in self.mentions if (m.start, m.end) not in gone]

    def linked_repositories(self):
        """(model key, links.Repository) for each mention that links to one of the document's own repositories."""
        for m in self.mentions:
            repo = self.hubs.get((m.start, m.end))
            if repo is not None:
                yield self._root(m.key), repo

    def _root(self, key: frozenset) -> frozenset:
        while self.alias.get(key, key) != key:
            key = self.alias[key]
        return key

    def _point_release(self, short: frozenset, long: frozenset) -> bool:
        """'X 0.4.1' is a point release after 'X 0.4', not its long form: its key adds only the version's last
        number ('0.4.1' reads as the words '0.4' and '1')."""
        extra = long - short
        if not extra or not all(t.isdigit() for t in extra):
            return False
        pattern = re.compile(r"(?<![\d.])(?:" + "|".join(re.escape(t) for t in short if re.fullmatch(r"\d+\.\d+", t))
                             + r")\.(?:" + "|".join(re.escape(t) for t in extra) + r")(?![\d.])")
        return any(re.fullmatch(r"\d+\.\d+", t) for t in short) \
            and any(pattern.search(name) for name in self.candidates[long].names)

    @staticmethod
    def _differs_by_size(short: frozenset, long: frozenset) -> bool:
        """'Llama 3.1' is the family of 'Llama 3.1 8B', not a short form of it, even when only one size is named."""
        return any(re.fullmatch(r"\d+(?:\.\d+)?[bmt]", t) for t in long - short)

    def is_family(self, key: frozenset) -> bool:
        return bool(self.family_members(key))

    def family_members(self, key: frozenset) -> list[frozenset]:
        """Names extending this one, when it reads as a family: several of them, or sizes of it."""
        if self._root_index is None:  # token -> root names holding it, so a lookup is not a scan of every name
            index = defaultdict(set)
            for k in self.candidates:
                root = self._root(k)
                for t in root:
                    index[t].add(root)
            self._root_index = index
        if not key:
            return []
        smallest = min((self._root_index.get(t, set()) for t in key), key=len)
        supersets = [k for k in smallest if key < k]
        if len(supersets) >= 2 or any(self._differs_by_size(key, k) for k in supersets):
            return supersets
        return []

    def names(self) -> list[str]:
        return [self.candidates[k].display for k in self.described]

    def _described_lookup(self) -> tuple[KeyIndex, set]:
        """The described models indexed by token, and as a set, rebuilt only when `described` changes (it is
        appended to or replaced while the models are chosen): resolving a mention is asked per table row and per
        fact, so a scan of every described model there is quadratic on a page of thousands of models."""
        stamp = (id(self.described), len(self.described))
        if getattr(self, "_lookup_stamp", None) != stamp:
            self._lookup, self._lookup_stamp = (KeyIndex(self.described), set(self.described)), stamp
            self._spellings = None
        return self._lookup

    def described_set(self) -> set[frozenset]:
        return self._described_lookup()[1]

    def _described_supersets(self, key: frozenset, strict: bool) -> list[frozenset]:
        return self._described_lookup()[0].supersets(key, strict)

    def described_spellings(self) -> set[str]:
        """Every described model's names in lower-case letters and digits only ('x-base-cased' -> 'xbasecased')."""
        self._described_lookup()
        if self._spellings is None:
            self._spellings = {letters(n) for k in self.described for n in self.candidates[k].names}
        return self._spellings

    def resolve(self, key: frozenset, near: str = "", plural: bool = False) -> list[frozenset]:
        """Described models a mentioned name stands for: itself, or a family's members (narrowed by a size);
        'Strato-5 models' stands for the whole family even when Strato-5 is also a model."""
        key = self._root(key)
        if key in self.foreign:
            return []  # 'Llama 3' where the document builds on it: its facts are not its derivatives'
        if plural:
            family = self._described_supersets(key, strict=False)
            if family:
                return family
        if key in self.described_set():
            return [key]
        members = self._described_supersets(key, strict=True)
        if members and near:
            near_tokens = tokens(near)
            sized = [d for d in members if (d - key) <= near_tokens]
            if sized:
                return sized
        return members

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        first, last = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]
