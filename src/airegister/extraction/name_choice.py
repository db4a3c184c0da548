"""Which of the names found are the document's own models (a mixin of `names.ModelNames`): names met strongly
(name_strength.py) less competitors, credits and base models, widened by the lists and sizes they stand in; a family
offered in several sizes ('Granite 3.1 … 2B and 8B') becomes one model per size."""

import bisect
import re
from collections import Counter, defaultdict

from .hubs import HUBS
from .links import letters
from .name_shapes import (
    ACTIVE_NEAR_RE,
    COORDINATION_RE,
    DERIVED_FROM_BEFORE_RE,
    DISTINCT_WORDS,
    GENERIC_SUFFIXES,
    PRICE_RE,
    SIZE_LIST_RE,
    SIZE_TOKEN_RE,
    WORD_SIZE_LIST_RE,
    Candidate,
    tokens,
    written_sizes,
)
from .tables import DATA_HEADER_RE, DOWNLOAD_HEADER_RE, identifier_column, identifier_row, labelled_row
from .values import SIZE_RE, parse_size

# Between a name and the list of its sizes: 'X (2B, 6B)', 'X: 2B and 6B', 'X with 16B and 236B parameters'.
LIST_AFTER_NAME_RE = re.compile(r"[ \t]*[(:,]?[ \t]*(?:(?:with|in|at|of)[ \t]+)?")
# (a column headed 'Links' over a row's hub addresses: where to get it)
# The hubs that host many vendors' models: a page titled or opened by one ('# ModelScope', 'ModelScope is a new
# platform …', announcing checkpoints published there) names a place to get models, never a model of its own.
# ... written as one word or split at its capitals ('Model Scope: <https://modelscope.cn/…>' labels a download).
HUB_NAMES = {tokens(spelled) for name in [hub.name for hub in HUBS] + ["HuggingFace", "OpenRouter", "Ollama"]
             for spelled in (name, re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name))}


# The prose offering a model ('We also provide X', 'we additionally release the X', 'X is also available').
OFFERED_BEFORE_RE = re.compile(r"\b[Ww]e(?:'ve|[ \t]+have)?[ \t]+(?:also[ \t]+|additionally[ \t]+)?"
                               r"(?:provide[sd]?|offer(?:ed)?|release[sd]?|open-?sourced?|publish(?:ed)?)[ \t]+"
                               r"(?:the[ \t]+|an?[ \t]+)?"
                               # ... the words calling it a version ('an instruction-tuned version, X')
                               r"(?:(?:[\w\-]+[ \t]+){0,3}(?:version|variant|model|checkpoint|edition)s?[,:]?[ \t]+)?$")
OFFERED_AFTER_RE = re.compile(r"[ \t]+(?:is|are)[ \t]+(?:also[ \t]+)(?:now[ \t]+)?available\b")
WE_RELEASED_BEFORE_RE = re.compile(r"\b[Ww]e(?:'ve|[ \t]+have)?[ \t]+(?:also[ \t]+)?(?:released|open-?sourced)[ \t]+"
                                   r"(?:the[ \t]+|our[ \t]+)?$")


# 'Integrate new face detectors of ['RetinaFace', 'YOLOv5']', 'integrating X to support …': a component the project
# brought in from elsewhere (not 'our X', which is its own).
INTEGRATED_BEFORE_RE = re.compile(r"\bintegrat(?:e|es|ed|ing)\b(?:(?!\b(?:our|its|into|in|to)\b)[^.\n]){0,60}$", re.I)
# 'on' just before a name ('trained on X', 'EDM on X'), not 'based on' (a base model, read elsewhere).
ON_OBJECT_RE = re.compile(r"(?<!based)(?<!built)\s\bon[ \t]+(?:the[ \t]+)?$", re.I)


# A data set's page on a hub or a benchmark site.
DATA_PAGE_RE = re.compile(r"//(?:www\.)?(?:huggingface\.co|hf\.co|kaggle\.com|modelscope\.cn)/datasets/|"
                          r"paperswithcode\.com/dataset/|"
                          # ... or any site's page of its data sets ('https://hplt-project.org/datasets/v2.0')
                          r"^https?://[^/?#\s]+/(?:[^?#\s]*/)?datasets?/", re.I)
# 'the [HPLT 2.0 data release]', 'the X-2 dataset': a name of data, said by the noun after it.
DATA_AFTER_RE = re.compile(r"\]?[ \t]+(?:data[ \t]+release|data[ \t]*sets?|corpus|corpora)\b", re.I)
# A list a sentence introduces as data ('benchmarks: X, Y and Z', 'datasets such as X'), up to the name.
DATA_LIST_BEFORE_RE = re.compile(r"\b(?:benchmarks?|datasets?|data\s+sets?|corpora)\s*"
                                 r"(?::|,?\s+(?:such\s+as|including|like))"
                                 r"\s*(?:[^.;:\n]{0,60}?,\s*|[^.;:\n]{0,60}?\s+and\s+)?$", re.I)


def _sizes_of(key: frozenset, base: frozenset) -> bool:
    """`key` is `base` with sizes added ('Llama-2-7b' of 'Llama 2')."""
    return base < key and all(SIZE_TOKEN_RE.fullmatch(t) for t in key - base)


# ... read by column ('gr5-small | dataset: x/clean_it | …'): the label of the data row before the cell's name
DATA_LABEL_BEFORE_RE = re.compile(r"(?:^|\|)\s*`?(?:data(?:\s*sets?)?|corpus|training\s+data)`?\s*:\s*[`'\"]?"
                                  r"(?:[\w.\-]+/)?$", re.I)


# ... but not the column's own model heading each of its cells ('gr5-large (this one): x/clean_it')
COLUMN_HEAD_AFTER_RE = re.compile(r"\s*(?:\([^()\n]{0,30}\))?\s*:")


class NameChoice:
    """The choosing step of `ModelNames`; it uses its candidates, mentions and document."""

    def _choose(self) -> None:
        strong: list[frozenset] = []
        rows: dict[frozenset, set[int]] = defaultdict(set)  # a key strong only as a table row -> its tables
        prose: set[frozenset] = set()
        weighted: set[frozenset] = set()  # keys of rows linking their own weights files
        for m in self.mentions:
            if self._is_strong(m):
                if m.key not in strong:
                    strong.append(m.key)
                block = self.doc.blocks[self.seg.at(m.start).block]
                if block.kind == "row":
                    rows[m.key].add(id(self._table_at.get(block.start)))
                    if self._offers_weights(block):
                        weighted.add(m.key)
                elif (group := self._section_group(m)) is not None and not self._priced_section(m):
                    rows[m.key].add(group)  # sibling sections, one per model, read as a table's rows
                else:
                    prose.add(m.key)
        # A name linking to a repository of the document's own organisation on a hub.
        linked = self._own_linked_keys()
        # (a row linking its own weights files, '[91.4%](…/cct7-3x1.pth.zip)', is no competitor: others' models are
        # compared, not offered)
        strong = [k for k in strong if k in weighted or not self._competitor(k, rows, prose, linked)]
        # Names met only in a section of credits ('Acknowledgements: Bert-VITS2') are other people's work.
        # So are the components it integrates ('Integrate new face detectors of YOLOv5'), met nowhere else.
        credited = {m.key for m in self.mentions} - {m.key for m in self.mentions if not self._in_credits(m.start)
                                                     and not self._integrated(m)}
        not_own = credited | HUB_NAMES | self._data_names()  # nor is a hub's name (HUB_NAMES) a model, nor data
        strong = [k for k in strong if k not in not_own]
        strong += self._offered_siblings(strong, not_own)
        counts = Counter(m.key for m in self.mentions if not self._comparative(m) and not self._in_score_table(m)
                         and m.key not in not_own and not self._object_of_on(m))
        chosen = list(strong)
        if not chosen and counts:
            top = counts.most_common(1)[0][1]
            chosen = [k for k, c in counts.most_common() if c >= max(2, 0.5 * top)][:12]
        if not chosen and counts:
            chosen = self._titled(counts)
        chosen += self._listed_with(chosen)
        # 'We released the X Deep, reasoning enhanced language models, including 2.4B, 7.8B, and 32B': a family the
        # document releases in sizes (its members are made from the size list below)
        chosen += [k for k in self.released_families if k not in chosen and k not in not_own]
        # 'X-1.5B/7B/72B-Chat' beside a chosen 'X-72B-Chat': the list's other sizes are models of the same kind.
        # Each is one model, whatever longer names extend it ('X-72B' beside 'X-72B-Chat').
        slashed = [[self.alias.get(k, k) for k in group] for group in self.slashed_groups]
        slashed = [k for group in slashed if any(k in chosen for k in group) for k in group if k not in not_own]
        chosen += [k for k in dict.fromkeys(slashed) if k not in chosen]
        # A table row's tuned variant named apart ('Tanager-9B-it' beside the row 'Tanager-9B') is chosen with it.
        chosen += [k for k in self.tuned_variants
                   if k not in chosen and k not in not_own and any(c < k for c in chosen)]
        # A versionless name listed beside a chosen sibling ('Command R, Command R 08-2024') is chosen with it.
        chosen += [k for k in self._listed_alone if k not in chosen and any(k < c for c in chosen) and self._sibling(k)]
        described: list[frozenset] = []
        # A name linking to a repository of its own is a model even when longer names extend it ('X-7b-hf' beside
        # 'X-7b-instruct-hf' and 'X-7b-NVE-hf'), not a family of them.
        self.siblings |= linked | set(slashed)
        # So is a models table's row name ('corvid-4' over the rows of its dated snapshots 'corvid-4-2024-11-20').
        self.siblings |= self.row_names
        # ... and a name heading a section beside its longer names' sections ('### X-7B', '### X-7B-Instruct').
        self.siblings |= self.headed_siblings()
        for key in chosen:
            if self.is_family(key) and self._titles_card(key):
                self.siblings.add(key)  # kept beside the longer names below
                self.card_model = key
            if self.is_family(key) and (key in linked or self._concrete(key) or self._sibling(key)
                                        or key in self.siblings):
                described.append(key)  # 'Strato-5, Strato-5 mini and Strato-5 nano': a model, not a family
            for model in self._expand(key, counts):
                if model not in described:
                    described.append(model)
        # A family whose members are also described is not a model of its own; a name with a size and a variant
        # word ('ChemLLM-7B-Chat' beside 'ChemLLM-7B-Chat-1.5-DPO') is a model whatever extends it.
        self.described = [k for k in described if k in self.siblings or self._concrete(k)
                          or not (self.is_family(k) and any(k < o for o in described))]
        self.described = [k for k in self.described if not self._base_model(k) and not self._only_made_from(k)]
        # (the names written only as a base, looked up once: few, where a page has thousands of names)
        bases = [b for b in self.candidates if b not in self.row_names and self._written_as_base(b)]
        self.described = [k for k in self.described if not self._size_of_base(k, bases)]
        described = set(self.described)
        self.described = [k for k in self.described if not self._heads_others_table(k, described)]
        self.described = [k for k in self.described if not self._only_inside_longer(k)]
        self.described = [k for k in self.described if not self._results_name_of_versioned(k)]
        # The base model a fine-tune's name ends in ('Mistral 7B' of 'OpenHermes 2.5 Mistral 7B') is not described
        # beside it.
        self.described = [k for k in self.described if self.joined_bases.get(k) not in self.described]

    def _offered_siblings(self, strong: list[frozenset], not_own: set) -> list[frozenset]:
        """'X-7B is … We also provide X-7B-Instruct, fine-tuned for chat', 'X-7B-Chat is also available': a tuned
        sibling of a model the document introduces (its name and a variant word), which the prose offers, is a model
        too. Only such siblings: a name the prose merely offers may be anyone's."""
        found = []
        for m in self.mentions:
            k = m.key
            if k in strong or k in found or k in not_own or self._comparative(m) or not any(
                    s < k and (k - s) <= GENERIC_SUFFIXES for s in strong):
                continue
            sentence = self.seg.at(m.start)
            if OFFERED_BEFORE_RE.search(self.doc.text, max(sentence.start, m.start - 80), m.start) \
                    or OFFERED_AFTER_RE.match(self.doc.text, m.end, sentence.end):
                found.append(k)
        return found

    def _results_name_of_versioned(self, key: frozenset) -> bool:
        """'| **JoyMed 8B** | 78.20 | …' in results tables beside the released 'JoyMed-8B-v1.0': the one model that
        name and a version make, written without its version where its scores are shown, not a model of its own."""
        mentions = self.candidates[key].mentions
        # (the score tables first: most names stand elsewhere, and the look over every described name is dearer)
        if not mentions or not all(self._in_score_table_at(start) for start, _end in mentions):
            return False
        versioned = [d for d in self.described if key < d and all(re.fullmatch(r"v?\d+(?:\.\d+)*", t) for t in d - key)]
        return len(versioned) == 1

    def _integrated(self, m) -> bool:
        return bool(INTEGRATED_BEFORE_RE.search(self.doc.text, self.seg.at(m.start).start, m.start))

    def _only_made_from(self, key: frozenset) -> bool:
        """'# Model for Speech Emotion Recognition based on Wav2vec 2.0': a name the document only ever writes as
        what its model was made from is that model's base, not a model of the document (unless it is of the
        document's own family)."""
        mentions = self.candidates[key].mentions
        if not mentions or key in self.row_names:
            return False
        # ... not a base of the document's own family ('based on the Zorvak 16B Base model' beside 'Zorvak 16B Chat')
        stem = self._stem(key)
        if stem and any(k != key and self._stem(k) == stem for k in self.described):
            return False
        return self._written_as_base(key)

    def _written_as_base(self, key: frozenset) -> bool:
        """Every mention of the name says what something was made from ('based on X', 'fine-tuned from X')."""
        mentions = self.candidates[key].mentions
        return bool(mentions) and all(DERIVED_FROM_BEFORE_RE.search(self.doc.text, self.seg.at(start).start, start)
                                      for start, _end in mentions)

    def _heads_others_table(self, key: frozenset, described: set) -> bool:
        """'## Scene Flow' or '## KITTI 2015' over a table whose rows are two or more other models of the document
        ('| StereoNet-AA | 1.08 | 0.53M | [model](…) |'), the name written nowhere else: what the section's models
        were trained or tested on, a heading over them, not a model."""
        mentions = self.candidates[key].mentions
        if not mentions or key in self.row_names:
            return False
        for start, _end in mentions:
            sentence = self.seg.at(start)
            if not sentence.heading:
                return False
            rows = [b for b in self._section_blocks(sentence.block) if b.kind == "row"]
            named = {m.key for b in rows for m in self.mentions_in(b.start, b.end)} & described
            if len(named - {key}) < 2:
                return False
        return True

    def _section_blocks(self, heading: int) -> list:
        """The blocks under heading block `heading`, up to the next heading of its level or above."""
        level = self.doc.blocks[heading].level or 1
        out = []
        for block in self.doc.blocks[heading + 1:]:
            if block.kind == "heading" and (block.level or 1) <= level:
                break
            out.append(block)
        return out

    def _data_names(self) -> set[frozenset]:
        """Names every mention of which is a data set's or a benchmark's: linking to a data set's page
        ('[CommonVoice17-EN](https://huggingface.co/datasets/…)'), or listed after 'benchmarks:' or 'datasets:'
        ('… on several machine translation benchmarks: FLORES-200, WMT-23, and WMT-24')."""
        data_links = [(a, b) for a, b, url in self.doc.links if DATA_PAGE_RE.search(url)]
        as_data: dict[frozenset, list[bool | None]] = defaultdict(list)
        for m in self.mentions:
            linked = any(a <= m.start and m.end <= b for a, b in data_links)
            sentence = self.seg.at(m.start)
            # (the noun after a name said whole: 'the BC5CDR corpus' names data, not 'en_ner_bc5cdr_md' it is read as)
            listed = DATA_LIST_BEFORE_RE.search(self.doc.text, max(sentence.start, m.start - 80), m.start) \
                or DATA_AFTER_RE.match(self.doc.text, m.end) \
                and letters(self.doc.text[m.start:m.end]) == letters(self.candidates[m.key].display)
            block = self.doc.blocks[sentence.block]
            kind = block.kind
            # ('| `dataset` | `x/clean_it` | `oscar/dedup_it` |': a row of the data each column's model was trained on)
            data_row = kind == "row" and block.cells and DATA_HEADER_RE.match(block.cells[0].strip(" `*_")) \
                and m.start >= block.start + len(block.cells[0]) \
                and not COLUMN_HEAD_AFTER_RE.match(self.doc.text, m.end) \
                or kind == "column" and DATA_LABEL_BEFORE_RE.search(self.doc.text, max(block.start, m.start - 40),
                                                                      m.start)
            # (elsewhere only a heading or a table's cell: '#### WMT-23' over its results)
            as_data[m.key].append(True if linked or listed or data_row else None if kind in ("heading", "row")
                                  else False)
        return {key for key, flags in as_data.items() if True in flags and False not in flags}

    def _size_of_base(self, key: frozenset, bases: list[frozenset]) -> bool:
        """'Latxa is based on Llama 2' … 'Llama-2-7b: https://…': a size of a family the document writes only as what
        its models were made from is a base to download, not a model of the document (unless the document's own
        models are of that family too)."""
        if key in self.row_names:
            return False
        bases = [b for b in bases if _sizes_of(key, b)]
        stem = self._stem(key)
        return bool(bases) and not any(k != key and self._stem(k) == stem and not any(_sizes_of(k, b) for b in bases)
                                       for k in self.described)

    def _only_inside_longer(self, key: frozenset) -> bool:
        """'Japanese DeBERTa V2' written only as the start of 'Japanese DeBERTa V2 base' (the title, the opening
        sentence): a shorter reading of the longer described name, never a name standing alone, is no model."""
        if key in self.siblings or key in self.row_names:
            return False
        described = set(self.described)
        own = [(start, end) for start, end in self.candidates[key].mentions]
        if not own:
            return False
        for start, end in own:
            # the mentions starting at most 80 characters before this one (mentions are in document order)
            low = bisect.bisect_left(self._starts, start - 80)
            high = bisect.bisect_right(self._starts, start)
            if not any(m.key in described and key < m.key and m.start <= start and end <= m.end
                       for m in self.mentions[low:high]):
                return False
        return True

    def _object_of_on(self, m) -> bool:
        """'experiments on ImageNet-64, LSUN Bedroom-256, and LSUN Cat-256', '- EDM on ImageNet-64: [edm_….pt]': a
        name after 'on' (alone or in a group that 'on' opens) is what a model was trained or tested on, a data set
        or a benchmark; counted, it would make the data sets the page's models where no name stands out."""
        text = self.doc.text
        start = m.start
        at = bisect.bisect_left(self._starts, start)
        while at > 0 and self.mentions[at - 1].end <= start \
                and COORDINATION_RE.match(text[self.mentions[at - 1].end:start]):
            at -= 1
            start = self.mentions[at].start
        return bool(ON_OBJECT_RE.search(text, max(0, start - 40), start))

    @staticmethod
    def _concrete(key: frozenset) -> bool:
        """A name with a size and a variant word ('ChemLLM-7B-Chat') is one model, whatever longer names extend it
        ('ChemLLM-7B-Chat-1.5-DPO'); a family's name has neither ('Llama 3.1')."""
        return bool(key & GENERIC_SUFFIXES) and any(SIZE_TOKEN_RE.fullmatch(t) for t in key)

    def _listed_with(self, chosen: list[frozenset]) -> list[frozenset]:
        """Names heading the items of a list in which a chosen name heads another ('- X-8k: …', '- X-8k-Instruct:
        …'): the list enumerates the document's models. Only names of the chosen one's line (same stem)."""
        heads: dict[int, frozenset] = {}
        for m in self.mentions:
            block = self.doc.blocks[self.seg.at(m.start).block]
            if block.kind == "item" and block.start == m.start:
                heads[self.seg.at(m.start).block] = m.key
        stems = {self._stem(k) for k in chosen}
        found, lists = [], []
        for index in sorted(heads):
            if lists and index == lists[-1][-1] + 1:
                lists[-1].append(index)
            else:
                lists.append([index])
        for run in lists:
            keys = [heads[i] for i in run]
            if any(k in chosen for k in keys):
                found += [k for k in keys if k not in chosen and k not in found and self._stem(k) in stems]
        return found

    def _competitor(self, key: frozenset, rows: dict, prose: set, linked: set) -> bool:
        """A model another vendor makes, in a table beside the document's own ('MPT-30B-chat' in LongChat's
        comparison): the document introduces its own models in prose or its title; a row whose name shares no
        stem with them, in a table where a row does, is a model compared, not described."""
        if key in prose or key not in rows or key in linked:
            return False  # a row linking to a repository of the document's own organisation is its own model
        own = {self._stem(k) for k in prose} | self._title_stems()
        if not own or self._stem(key) in own:
            return False
        tables_with_own = {t for k, ts in rows.items() if self._stem(k) in own for t in ts}
        return rows[key] <= tables_with_own and not all(self._offers_downloads(t) or self._loads_by_id(t)
                                                        for t in rows[key])

    def _section_group(self, m) -> tuple | None:
        """The run of sibling sections (or definition lines) `m` heads alone ('### Zorvak-7B' over its facts, beside
        '### GPT-4' under one heading): they list models as a table's rows do, so a competitor among them is told
        apart the same way. None for a mention that is neither a whole heading below the title nor a whole label."""
        sentence = self.seg.at(m.start)
        block = self.doc.blocks[sentence.block]
        if block.kind == "label" and self.doc.text[block.start:block.end].strip() == self.doc.text[m.start:m.end]:
            # '**X-7B**: Size 7B; …' lines one under another: each a row of one list of models
            first = sentence.block
            blocks = self.doc.blocks
            while first >= 2 and blocks[first - 2].kind == "label" and blocks[first - 1].kind == "text":
                first -= 2
            return ("definitions", first)
        if block.kind != "heading" or not sentence.heading or sentence.level <= 1 \
                or sentence is self._first_heading() or self._alone(sentence) != self.doc.text[m.start:m.end]:
            return None
        parent = self.seg.heading_before(self.seg.index_at(m.start), below=sentence.level)
        return ("section", self.seg.sentences[parent].start if parent is not None else -1, sentence.level)

    def _priced_section(self, m) -> bool:
        """The section `m` heads prices it ('### Stratus Embed' over 'Input $0.02'): the page sells the model, as a
        vendor's pricing page sells its own (others' models are compared, not priced)."""
        index = self.seg.index_at(m.start)
        end = self.seg.section_end(index, self.seg.sentences[index].level)
        return bool(PRICE_RE.search(self.doc.text, self.seg.sentences[index].end, min(end, m.end + 600)))

    def _offers_downloads(self, table_id) -> bool:
        """A table with a download column and no results ('Model | Download Link | Paper') lists what the document
        offers, whatever each row's name starts with ('emnlp20-comet-rank' beside 'wmt21-comet-da')."""
        table = self._table_of(table_id)
        return table is not None and not self._has_results(table) \
            and any(DOWNLOAD_HEADER_RE.search(head) for head in table.header)

    def _loads_by_id(self, table_id) -> bool:
        """A table whose name column is headed 'ID' ("| 'chunk' | Chunking |"), or a row of which gives each column's
        identifier ('| Model | `precise` | `swift` |'): the identifiers a program loads the document's own models by,
        never another vendor's models compared."""
        table = self._table_of(table_id)
        if table is not None and table.transposed:  # '| Model | `precise` | `swift` |': each column's identifier
            return identifier_row(table, [self.doc.blocks[i].cells for i in table.blocks])
        return table is not None and table.name_col is not None \
            and identifier_column(self.doc, table, table.name_col)

    def _table_of(self, table_id):
        """The table `id(table)` names (rows[…] keep tables by their ids), or None."""
        return next((t for t in self._table_at.values() if id(t) == table_id), None)

    def _own_linked_keys(self) -> set[frozenset]:
        return {m.key for m in self.mentions if (m.start, m.end) in self._linked} - self._size_families

    def _stem(self, key: frozenset) -> str:
        """A name's leading word, letters only: 'longchat' for LongChat-13B-16K, 'mpt' for MPT-30B-chat."""
        m = re.match(r"[a-z]+", self.candidates[key].display.lower())
        return m.group(0) if m else ""

    def _sibling(self, key: frozenset) -> bool:
        """A family-like name that stands beside its longer names (in a list, or as a table row of its own)."""
        for m in self.mentions:
            if m.key != key:
                continue
            block = self.doc.blocks[self.seg.at(m.start).block]
            # (not a family's name read in a cell that a longer name holds: '| Zorvak 3 | Mini |' is 'Zorvak 3 Mini')
            if block.kind == "row" and block.header and self._row_subject(block, m) and not any(
                    o.start == m.start and o.end == m.end and key < o.key for o in self.mentions_in(m.start, m.end)):
                self.siblings.add(key)
                return True
            sentence = self.seg.at(m.start)
            for group in self._groups(self.mentions_in(sentence.start, sentence.end)):
                if m in group and any(key < other.key for other in group):
                    self.siblings.add(key)
                    return True
            if block.kind == "item" and block.start == m.start and self._listed_item_sibling(key, sentence.block):
                self.siblings.add(key)
                return True
            # A label of a list of models whose longer names label other entries of it ('wsj-0-18-left3words'
            # beside 'wsj-0-18-left3words-distsim', name_lists.py): each entry is a model of its own.
            if (m.start, m.end) in self._item_subjects and any(
                    key < other.key and (other.start, other.end) in self._item_subjects for other in self.mentions):
                self.siblings.add(key)
                return True
        return False

    def _listed_item_sibling(self, key: frozenset, index: int) -> bool:
        """'- X-v1' and '- X-v1-ablated' as items of one list: each item names a model of its own."""
        blocks = self.doc.blocks
        first = last = index
        while first > 0 and blocks[first - 1].kind == "item":
            first -= 1
        while last + 1 < len(blocks) and blocks[last + 1].kind == "item":
            last += 1
        for i in range(first, last + 1):
            head = self.mentions_in(blocks[i].start, blocks[i].end)
            if i != index and head and head[0].start == blocks[i].start and key < head[0].key:
                return True
        return False

    def _expand(self, key: frozenset, counts: Counter) -> list[frozenset]:
        members = [k for k in self.family_members(key) if counts[k] or self.candidates[k].strong]
        sized = [k for k in members if self._differs_by_size(key, k)]
        sizes = [] if any(SIZE_TOKEN_RE.fullmatch(t) for t in key) else self._size_list(key)
        if len(sizes) >= 2 and sum(self._row_sized(k) for k in members) >= 2:
            # Its models are rows of a table, each with its size ('| X-Lite | 16B |', '| X-Base | 236B |'): the
            # family's sizes are theirs, not models of their own.
            sizes = []
        if len(sizes) >= 2 and len(sized) >= len(sizes):
            # Every size has its own named checkpoint ('X-1B', 'X-3.7B' under 'in 1B, 3B'): the names are the models.
            sizes = []
        if len(sizes) >= 2:
            # 'Granite 3.1 … 2B and 8B … 1B and 3B': one model per size the family is offered in; a longer name
            # with one of those sizes ('Granite-3.1-8B-Instruct') is that size's checkpoint, not another model.
            expanded = [self._size_model(key, size_text) for size_text in sizes]
            for member in sized:
                size_tokens = [t for t in member - key if SIZE_TOKEN_RE.fullmatch(t)]
                size = parse_size(size_tokens[0]) if size_tokens else None
                target = next((e for e in expanded if size is not None and size == self.sizes[e]), None)
                if target is not None and target != member and not (member - target) & DISTINCT_WORDS:
                    self._alias_into(member, target)
            self.members[key] = expanded
            return expanded
        if members and (not sized or len(sized) == len(members)):
            return sorted(members, key=lambda k: self.candidates[k].mentions[0][0])
        if sized:
            return sorted(sized, key=lambda k: self.candidates[k].mentions[0][0])
        return [key]

    def _size_model(self, key: frozenset, size_text: str) -> frozenset:
        self._root_index = None
        name = f"{self.candidates[key].display} {size_text}"
        new_key = tokens(name)
        cand = self.candidates.setdefault(new_key, Candidate(new_key))
        cand.names[name] += 1
        self.sizes[new_key] = parse_size(size_text)
        self.alias.setdefault(new_key, new_key)
        return new_key

    def _alias_into(self, member: frozenset, target: frozenset) -> None:
        self._root_index = None
        self.alias[member] = target
        self.candidates[target].mentions += self.candidates[member].mentions
        for m in self.mentions:
            if m.key == member:
                m.key = target

    def _size_list(self, key: frozenset) -> list[str]:
        """Sizes a family is offered in: '8B, 70B and 405B' (in a sentence naming the family, else anywhere),
        or a table column of sizes in rows that name no model. A mixture's active counts ('with 400M and 800M
        activated parameters') are not sizes."""
        found: list[str] = []
        own_sentences = {self.seg.index_at(start) for start, _end in self.candidates[key].mentions}
        if self._lists is None:  # one scan per document, not one per family
            matches = [*SIZE_LIST_RE.finditer(self.doc.text), *WORD_SIZE_LIST_RE.finditer(self.doc.text)]
            # (not a list glued to a name by a hyphen, 'Llama-2-7B/13B/70B-chat': that name's sizes)
            self._lists = [m for m in sorted(matches, key=lambda m: m.start())
                           if self.doc.text[m.start() - 1:m.start()] not in ("-", "_")
                           and not ACTIVE_NEAR_RE.match(self.doc.text, m.end(), m.end() + 40)
                           and not self._in_score_table_at(m.start())]
        lists = self._lists
        own = [m for m in lists if self.seg.index_at(m.start()) in own_sentences or self._we_released(m.start())]
        if self._row_sized(key):
            return []  # a table row states its one size ('| X-Lite | 16B |'): a model, not a family of sizes
        if not own:  # a list in a sentence naming another family ('the X1 models (2B, 6B)') is that family's
            lists = [m for m in lists if not self._names_family(m.start(), m.end())]
            # ... and a list no sentence of the family gives is the document's family's, the one its title names:
            # not each family a table of others' families names ('| Vicuna | [7B](…) |' beside 'Llama 3.1 … 405B')
            if self._stem(key) not in self._title_stems():
                lists = []
        for match in own or lists:
            for size in re.findall(SIZE_RE, match.group(0)) or written_sizes(match.group(0)):
                if size.upper() not in (f.upper() for f in found):
                    found.append(size)
        for block in self.doc.blocks:
            table = self._table_at.get(block.start)
            if table is not None and self._has_results(table):
                continue  # a benchmark table's parameter column sizes the models compared, not this family
            if block.kind == "row" and block.header and not self.mentions_in(block.start, block.end) \
                    and not labelled_row(block):
                for head, cell in zip(block.header, block.cells, strict=False):
                    if re.search(r"param|size", head, re.I) and not re.search(r"activ", head, re.I) \
                            and re.fullmatch(rf"\s*{SIZE_RE}\s*", cell):
                        if cell.strip().upper() not in (f.upper() for f in found):
                            found.append(cell.strip())
        return found

    def _we_released(self, pos: int) -> bool:
        """The size list at `pos` follows 'we (have also) released' in its sentence: the document's own sizes
        ('We have also released 124 million, 355 million, and 774 million parameter models')."""
        sentence = self.seg.at(pos)
        return bool(WE_RELEASED_BEFORE_RE.search(self.doc.text, sentence.start, pos)) \
            and not self.mentions_in(sentence.start, pos)

    def _names_family(self, pos: int, end: int | None = None) -> bool:
        """The size list at `pos` is a named family's: 'the X1 models (2B, 6B)', 'X (0.6B/1.7B)' or 'X with 16B and
        236B parameters' (the list right after the name it sizes), or 'X 7B/67B Base' (the list inside a name)."""
        sentence = self.seg.at(pos)
        text = self.doc.text
        # ('X v2 70B, 109B, and 405B': the list's first size read into the name before it)
        return any(self._plural(m) or end is not None and m.start <= pos and end <= m.end
                   or m.start < pos < m.end and self._sized_other_name(m)
                   or 0 <= pos - m.end <= 3 or pos >= m.end and LIST_AFTER_NAME_RE.fullmatch(text, m.end, pos)
                   for m in self.mentions_in(sentence.start, sentence.end) if m.start <= pos)

    def _sized_other_name(self, m) -> bool:
        """`m` is a name of the document with a size added ('Cogito v2 70B' of 'Cogito v2'), not a word before one
        ('Sparse 1B')."""
        rest = frozenset(t for t in m.key if not SIZE_TOKEN_RE.fullmatch(t))
        return rest != m.key and rest in self.candidates

    def _row_sized(self, key: frozenset) -> bool:
        """A row of a table names the model and gives its size in a size column ('| X-Lite-Base | 16B | 2.4B |'
        under '| Model | #Total Params | #Active Params |'): one model of one size."""
        for start, _end in self.candidates[key].mentions:
            block = self.doc.blocks[self.seg.at(start).block]
            if block.kind != "row" or not block.header or not block.cells or tokens(block.cells[0]) != key:
                continue
            for head, cell in zip(block.header, block.cells, strict=False):
                if re.search(r"param|size", head, re.I) and re.fullmatch(rf"\s*{SIZE_RE}\s*", cell):
                    return True
        return False
