"""Model names: candidates found by shape (a name with a version or size), which of them the document
describes, and which described models a statement at a given position is about.

A candidate's identity is its set of lower-case tokens, so "Claude 3.7 Sonnet" and "Claude Sonnet 3.7" are one
model; a candidate whose tokens are contained in exactly one other's is a short form of it ("Opus 4"), and one
contained in several is a family name ("Claude 4", "Llama 3.1").
"""


import bisect
import re
from collections import Counter, defaultdict

from .document import Document
from .name_card import CardNames
from .name_card_titles import CardTitles
from .name_downloads import offered_spans
from .name_lists import ListNames
from .name_shapes import (
    ACTIVE_NEAR_RE,
    ALL_MODELS_RE,
    CARD_AFTER_RE,
    CHANGE_TO_RE,
    COMPARATIVE_RE,
    COORDINATION_RE,
    DISTINCT_WORDS,
    FACT_CUE_RE,
    FACT_HEADER_RE,
    FAMILY_SIZES_RE,
    FOR_SIZE_AFTER_RE,
    GENERIC_SUFFIXES,
    IDENTIFIER_TAIL_RE,
    NAME_RE,
    NOT_TIER,
    REFERENCE_RE,
    SIZE_LIST_RE,
    SIZE_TOKEN_RE,
    STRONG_AFTER_RE,
    STRONG_BEFORE_RE,
    VARIANTS,
    Candidate,
    Mention,
    cell_key,
    clean_name,
    tokens,
)
from .name_sources import NameSources
from .name_stems import cased_text, lower_title_stem
from .name_tables import TableNames
from .name_versions import version_checkpoints
from .segment import Segmenter
from .tables import find_tables, is_name_header, labelled_row
from .values import KNOWN_DEVELOPERS, SIZE_RE, parse_size

PLURAL_AFTER_RE = re.compile(r"\s*(?:models|family|series|variants|lineup|line-up)\b|"
                             r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:models|weights|checkpoints)\b")


DOWNLOAD_HEADER_RE = re.compile(r"\b(?:download|weights|checkpoints?)\b", re.I)


class ModelNames(NameSources, TableNames, ListNames, CardNames, CardTitles):
    """Finds the models a document describes and maps positions in it to them."""

    def __init__(self, doc: Document, seg: Segmenter, developer: str | None = None):
        self.doc, self.seg = doc, seg
        self.developer = developer
        self._listing: dict[int, bool] = {}  # id(table) -> whether it lists models with their facts
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
        self._squashed: str | None = None  # the text lower-cased without separators, for spelling-blind looks
        self._score_columns: dict[int, bool] = {}  # id(table) -> whether it has a column of results
        self._families: dict[int, str | None] = {}  # heading start -> the family it names, if any
        self._listed_alone: set[frozenset] = set()  # versionless names listed beside their versioned sibling
        self.introduced: str | None = None  # the versionless name the document introduces as a model, if any
        self._size_families: set[frozenset] = set()  # introduced names a table of bare sizes makes families
        self._cell_subjects: set[int] = set()  # ids of the mentions read from a table cell: their row's subject
        self._item_subjects: set[tuple[int, int]] = set()  # spans of the labels of a list of models (name_lists.py)
        self.candidates: dict[frozenset, Candidate] = {}
        self.mentions: list[Mention] = []
        first = self._first_heading()
        # A name the title writes in lower case is found as if capitalised (name_stems.py).
        self.lower_stem = lower_title_stem(doc.text[first.start:first.end]) if first else None
        raw_matches = list(NAME_RE.finditer(cased_text(doc.text, self.lower_stem)))
        tiers = Counter(m.group(0) for m in raw_matches if m.group("tier"))
        for match in raw_matches:
            end = match.end()
            tier = match.group("tier")
            after = doc.text[match.end():match.end() + 20]
            if tier and (tier.lower() in NOT_TIER or tiers[match.group(0)] < 2 and not re.fullmatch(VARIANTS, tier)
                         or re.match(r"[ \t]+[Ll]anguage[ \t]+[Mm]odel", after)):
                end = match.start("tier")  # a tier word counts only when the longer name recurs
            begin = match.start()
            last = seg.sentences[seg.index_at(end - 1)]
            if last.start > begin:  # run-together text: the name starts where its sentence does
                begin = last.start
            raw = doc.text[begin:end].rstrip()
            if IDENTIFIER_TAIL_RE.match(doc.text, begin + len(raw)):
                continue  # 'cerebras-gpt-dense-111m-sp_final.mdl': part of a file name or code identifier
            name = clean_name(raw, dev_words)
            if not name:
                continue
            start = begin + raw.find(name.split()[0])
            key = tokens(name)
            cand = self.candidates.setdefault(key, Candidate(key))
            cand.names[name] += 1
            cand.mentions.append((start, start + len(name)))
            self.mentions.append(Mention(start, start + len(name), key))
        self._title_name()
        self._introduced_name(dev_words)
        self._indexed_names()
        self._table_names(tables)
        self._labelled_items()
        self._item_subjects |= offered_spans(doc.text, self.mentions)  # 'download our pretrained A B C model'
        self._digitless_siblings()
        self._elided_mentions()
        self._linked_repositories()
        self._merge_short_forms()
        self._starts = [m.start for m in self.mentions]  # mentions are in document order
        self.described: list[frozenset] = []
        self.siblings: set[frozenset] = set()
        self.members: dict[frozenset, list[frozenset]] = {}
        self.sizes: dict[frozenset, int] = {}
        self.card_model: frozenset | None = None  # a hub card's own model, titled by it, beside models made from it
        self._choose()
        if not self.described:
            self._loaded_model()

    def _merge_short_forms(self) -> None:
        keys = sorted(self.candidates, key=len)
        self.alias: dict[frozenset, frozenset] = {k: k for k in keys}
        # Names that head rows of their own in a table of facts ('DeepSeek-V3' and 'DeepSeek-V3-Base') are two models.
        rows = {m.key for m in self.mentions if self._fact_row_subject(m)}
        # Two names each linking to a repository of its own are two models ('x-v2-moe', 'x-v2-moe-unsupervised').
        linked = self._own_linked_keys()
        defined = self._title_defined_key()
        for key in keys:
            supersets = [o for o in keys if key < o]
            if key == defined:
                continue  # '# Openjourney is an open source … model': the card's model, not short for 'Openjourney v4'
            longer = {self._root(o) for o in supersets}
            if len(longer) == 1 and not self._differs_by_size(key, next(iter(longer))) \
                    and not any(re.fullmatch(r"\d+k", t) for t in next(iter(longer)) - key) \
                    and not self._listed_siblings(key, next(iter(longer))) \
                    and not (key in rows and any(o in rows for o in supersets)) \
                    and key not in self._listed_alone \
                    and not (key in linked and next(iter(longer)) in linked) \
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
        for m in self.mentions:
            m.key = self._root(m.key)

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

    # -- which models the document describes -----------------------------------------------------------------
    def _choose(self) -> None:
        strong: list[frozenset] = []
        rows: dict[frozenset, set[int]] = defaultdict(set)  # a key strong only as a table row -> its tables
        prose: set[frozenset] = set()
        for m in self.mentions:
            if self._is_strong(m):
                if m.key not in strong:
                    strong.append(m.key)
                block = self.doc.blocks[self.seg.at(m.start).block]
                if block.kind == "row":
                    rows[m.key].add(id(self._table_at.get(block.start)))
                else:
                    prose.add(m.key)
        # A name linking to a repository of the document's own organisation on a hub.
        linked = self._own_linked_keys()
        strong = [k for k in strong if not self._competitor(k, rows, prose, linked)]
        # Names met only in a section of credits ('Acknowledgements: Bert-VITS2') are other people's work.
        credited = {m.key for m in self.mentions} - {m.key for m in self.mentions if not self._in_credits(m.start)}
        strong = [k for k in strong if k not in credited]
        counts = Counter(m.key for m in self.mentions if not self._comparative(m) and not self._in_score_table(m)
                         and m.key not in credited)
        chosen = list(strong)
        if not chosen and counts:
            top = counts.most_common(1)[0][1]
            chosen = [k for k, c in counts.most_common() if c >= max(2, 0.5 * top)][:12]
        if not chosen and counts:
            chosen = self._titled(counts)
        chosen += self._listed_with(chosen)
        # A versionless name listed beside a chosen sibling ('Command R, Command R 08-2024') is chosen with it.
        chosen += [k for k in self._listed_alone if k not in chosen and any(k < c for c in chosen) and self._sibling(k)]
        described: list[frozenset] = []
        # A name linking to a repository of its own is a model even when longer names extend it ('X-7b-hf' beside
        # 'X-7b-instruct-hf' and 'X-7b-NVE-hf'), not a family of them.
        self.siblings |= linked
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
        self.described = [k for k in self.described if not self._base_model(k)]

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
        return rows[key] <= tables_with_own and not all(self._offers_downloads(t) for t in rows[key])

    def _offers_downloads(self, table_id: int) -> bool:
        """A table with a download column and no results ('Model | Download Link | Paper') lists what the document
        offers, whatever each row's name starts with ('emnlp20-comet-rank' beside 'wmt21-comet-da')."""
        table = next((t for t in self._table_at.values() if id(t) == table_id), None)
        return table is not None and not self._has_results(table) \
            and any(DOWNLOAD_HEADER_RE.search(head) for head in table.header)

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
            if block.kind == "row" and block.header and self._row_subject(block, m):
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

    def _fact_row_subject(self, m: Mention) -> bool:
        block = self.doc.blocks[self.seg.at(m.start).block]
        if block.kind != "row" or not block.header:
            return False
        facts = self._fact_headers.get(block.header)
        if facts is None:  # one look per table, not one per mention
            facts = self._fact_headers[block.header] = any(FACT_HEADER_RE.search(h) for h in block.header)
        table = self._table_at.get(block.start)
        if table is not None and table.scores and table.name_col is not None:
            return False  # a benchmark table: the models it compares need not be the document's
        if not facts:  # a table listing models (a name column, not a table of benchmark scores)
            facts = table is not None and table.name_col is not None and not table.scores \
                and table.name_col < len(block.cells) and table.name_counts[block.cells[table.name_col]] == 1
        return facts and self._row_subject(block, m)

    def _row_subject(self, block, m: Mention) -> bool:
        if id(m) in self._cell_subjects:
            return True
        table = self._table_at.get(block.start)
        if table is not None and table.name_col is not None and table.name_col < len(block.cells) \
                and cell_key(block.cells[table.name_col]) == self._raw_key(m) \
                and table.name_counts[block.cells[table.name_col]] == 1:
            return True  # a name spread over several rows (a rowspan) heads a group, not a row
        return any(is_name_header(head) and cell_key(cell) == self._raw_key(m)
                   for head, cell in zip(block.header, block.cells, strict=False))

    def _expand(self, key: frozenset, counts: Counter) -> list[frozenset]:
        members = [k for k in self.family_members(key) if counts[k] or self.candidates[k].strong]
        sized = [k for k in members if self._differs_by_size(key, k)]
        sizes = [] if any(SIZE_TOKEN_RE.fullmatch(t) for t in key) else self._size_list(key)
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
            self._lists = [m for m in SIZE_LIST_RE.finditer(self.doc.text)
                           if not ACTIVE_NEAR_RE.match(self.doc.text, m.end(), m.end() + 40)
                           and not self._in_score_table_at(m.start())]
        lists = self._lists
        own = [m for m in lists if self.seg.index_at(m.start()) in own_sentences]
        if not own:  # a list in a sentence naming another family ('the X1 models (2B, 6B)') is that family's
            lists = [m for m in lists if not self._names_family(m.start())]
        for match in own or lists:
            for size in re.findall(SIZE_RE, match.group(0)):
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

    def in_results_row(self, pos: int) -> bool:
        """`pos` stands in a row of a table with a column of results (benchmarks, comparisons)."""
        block = self.doc.blocks[self.seg.at(pos).block]
        table = self._table_at.get(block.start) if block.kind == "row" else None
        return table is not None and self._has_results(table)

    def _in_score_table(self, m: Mention) -> bool:
        return self._in_score_table_at(m.start)

    def _in_score_table_at(self, pos: int) -> bool:
        table = self._table_at.get(self.doc.blocks[self.seg.at(pos).block].start)
        return table is not None and table.scores

    def _name_headings(self) -> dict:
        """Per heading level, how many headings are a model's name alone (looked up once per document)."""
        if self._named_levels is None:
            self._named_levels = Counter()
            for m in self.mentions:
                sentence = self.seg.at(m.start)
                if sentence.heading and sentence.level <= 6 \
                        and self.doc.text[sentence.start:sentence.end].strip(" :") == self.doc.text[m.start:m.end]:
                    self._named_levels[sentence.level] += 1
        return self._named_levels

    def _names_family(self, pos: int) -> bool:
        sentence = self.seg.at(pos)
        return any(self._plural(m) for m in self.mentions_in(sentence.start, pos))

    def _is_strong(self, m: Mention) -> bool:
        text = self.doc.text
        if (m.start, m.end) in self._linked and not self._comparative(m):
            return True  # a link to the document's own repository of it
        if FAMILY_SIZES_RE.match(text, m.end) or (m.start, m.end) in self._item_subjects:
            return True  # 'the X models (2B, 6B, 16B)': a family released in sizes; a list of models' label
        sentence = self.seg.at(m.start)
        block = self.doc.blocks[sentence.block]
        if block.kind == "heading" and (block.level <= 1 or sentence is self._first_heading()):
            return True
        first = self.seg.sentences[0] if self.seg.sentences else None
        if first is not None and sentence is first and first.end - first.start <= 160:
            return True  # the document's title line
        if self._fact_row_subject(m):
            return True
        if sentence.heading and sentence.level <= 6 and self._name_headings().get(sentence.level, 0) >= 2 \
                and text[sentence.start:sentence.end].strip(" :") == text[m.start:m.end]:
            return True  # one of several sections headed by a model's name alone
        if text[sentence.start:sentence.end].strip(" :") == text[m.start:m.end] \
                and FACT_CUE_RE.search(text, m.end, m.end + 400):
            return True  # a name standing alone over facts: a section per model
        before = text[max(sentence.start, m.start - 60):m.start]
        group_end = self._group_end(m)
        after = text[group_end:min(sentence.end, group_end + 60)]
        if REFERENCE_RE.search(before):
            return False  # 'see the Llama 3.1 Model Card': another document
        if STRONG_AFTER_RE.match(after):
            return bool(not CARD_AFTER_RE.match(after) or sentence.block < 3)
        return bool(STRONG_BEFORE_RE.search(before))

    def _raw_key(self, m: Mention) -> frozenset:
        return tokens(self.doc.text[m.start:m.end])

    def _group_end(self, m: Mention) -> int:
        """End of the coordinated group of names this mention starts or belongs to ('A and B are…')."""
        end = m.end
        for other in self.mentions[bisect.bisect_left(self._starts, m.end):]:
            if COORDINATION_RE.match(self.doc.text[end:other.start]):
                end = other.end
            else:
                break
        return end

    def _comparative(self, m: Mention) -> bool:
        return bool(COMPARATIVE_RE.search(self.doc.text[max(0, m.start - 30):m.start])) or self._base_of(m)

    # -- which described models a statement is about ---------------------------------------------------------
    def names(self) -> list[str]:
        return [self.candidates[k].display for k in self.described]

    def resolve(self, key: frozenset, near: str = "", plural: bool = False) -> list[frozenset]:
        """Described models a mentioned name stands for: itself, or a family's members (narrowed by a size);
        'Strato-5 models' stands for the whole family even when Strato-5 is also a model."""
        key = self._root(key)
        if plural:
            family = [d for d in self.described if key <= d]
            if family:
                return family
        if key in self.described:
            return [key]
        members = [d for d in self.described if key < d]
        if members and near:
            near_tokens = tokens(near)
            sized = [d for d in members if (d - key) <= near_tokens]
            if sized:
                return sized
        return members

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        first, last = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def scope(self, pos: int, anchor: int | None = None) -> tuple[list[frozenset], bool]:
        """The described models a value at `pos` belongs to ([] when it is about another model), and whether
        the statement names them (True) or speaks for the whole document (False)."""
        anchor = pos if anchor is None else anchor
        sentence = self.seg.at(anchor)
        block = self.doc.blocks[sentence.block]
        span_start, span_end = sentence.start, sentence.end
        if block.kind == "column":
            # A comparison table read by column: the column's heading names its model.
            row_text = self.doc.text[block.start:block.end]
            title_end = block.start + max(row_text.find(" | "), 0)
            keys = {m.key for m in self.mentions_in(block.start, title_end)}
            found = [d for k in keys for d in self.resolve(k, row_text)]
            return (list(dict.fromkeys(found)), True) if keys else (list(self.described), False)
        if block.kind == "row":
            span_start, span_end = block.start, block.end
            row_text = self.doc.text[block.start:block.end]
            subjects = [m for m in self.mentions_in(block.start, block.end) if self._row_subject(block, m)]
            if subjects:  # the row's own model, even when another is named in its description
                found = [d for m in subjects for d in self.resolve(m.key, row_text)]
                return list(dict.fromkeys(found)), True
            if not self.mentions_in(block.start, block.end):
                sizes = [d for d in self.described if self.sizes.get(d) and self._size_in(d, row_text)]
                if sizes:
                    return sizes, True
        if block.kind == "item":
            # '- [X-8k-Instruct](…): built by finetuning X-8k … License: Y': an item headed by a name is about it.
            head = self.mentions_in(block.start, block.end)
            if head and head[0].start == block.start and self.seg.at(pos).block == sentence.block:
                found = self.resolve(head[0].key)
                if len(found) == 1:
                    return found, True
            found = self._parent_item_models(sentence.block)
            if len(found) == 1:  # '  * License: Apache 2.0' nested under '* [X-7B-Chat](…): …': X-7B-Chat's
                return found, True
        for_size = FOR_SIZE_AFTER_RE.match(self.doc.text, pos, self.seg.at(pos).end)
        if for_size:  # '… December 2023 for the 70B': the model of that size
            size = parse_size(for_size.group(1))
            sized = [d for d in self.described if self._size_of(d) == size]
            if sized:
                return sized, True
        mentions = self.mentions_in(span_start, span_end)
        # '32K context (128K for X)': a name in a parenthesis after the value is an exception to it, not its subject.
        mentions = [m for m in mentions if not self._aside(pos, m)]
        groups = self._groups(mentions)
        if not groups:
            sized = self._sized_reference(span_start, span_end)
            if sized:
                return sized, True
            found = self._section_models(anchor)
            if found:
                return found, True
            return self._section_listed(anchor) or list(self.described), False
        text = self.doc.text
        chosen = None
        for group in groups:
            if group[0].start >= pos and re.match(r"^[^.;()]{0,14}?\b(?:for|by|of)\s+(?:the\s+|our\s+)?"
                                                  r"(?:[a-z]+\s+){0,2}$", text[pos:group[0].start]):
                chosen = group
                break
        if chosen is None:
            before = [g for g in groups if g[-1].end <= pos]
            # 'X-Plus … compared to X and its release date is …': a name compared with is not the subject.
            before = [g for g in before if not self._comparative(g[0])] or before
            chosen = before[-1] if before else groups[0]
            if len(before) > 1 and CHANGE_TO_RE.search(text, before[-1][-1].end, pos):
                chosen = before[0]  # 'X extends the context of Y from 4K to 128K': the new value is X's
        sentence_text = text[span_start:span_end]
        found = [d for m in chosen for d in self.resolve(m.key, sentence_text, self._plural(m))]
        # A family's name speaks for all its models, no more precisely than the document as a whole.
        specific = any(self._root(m.key) in found and not self._plural(m) for m in chosen) or len(found) == 1
        return list(dict.fromkeys(found)), specific

    def _aside(self, pos: int, m: Mention) -> bool:
        opening = self.doc.text.rfind("(", pos, m.start)
        return m.start > pos and opening >= 0 and ")" not in self.doc.text[opening:m.start]

    def _section_models(self, pos: int) -> list[frozenset]:
        """Models named by the heading of the section `pos` stands in: a real heading, or a line that is just a
        model's name; a heading naming no model ends the search."""
        i = self.seg.index_at(pos)
        here = self.seg.sentences[i]
        if ALL_MODELS_RE.search(self.doc.text[here.start:here.end]):
            return []  # 'Both models output text': the whole document's models
        for sentence in reversed(self.seg.sentences[max(0, i - 40):i + 1]):
            if not sentence.heading:
                continue
            text = self.doc.text[sentence.start:sentence.end]
            mentions = self.mentions_in(sentence.start, sentence.end)
            standalone = mentions and text.strip(" :") == self.doc.text[mentions[0].start:mentions[0].end]
            if mentions and (sentence.level <= 6 or standalone):
                found = [d for m in mentions for d in self.resolve(m.key, text, self._plural(m))]
                if found:
                    return list(dict.fromkeys(found))
            if sentence.level <= 6:
                return []
        return []

    def _section_listed(self, pos: int) -> list[frozenset]:
        """The described models a section names, when it names some but not all: a statement naming none under
        '## UniTE Models:' ('we made the checkpoint available in the Hub … You can access both models here: - A - B')
        is about A and B only."""
        i = self.seg.index_at(pos)
        here = self.seg.sentences[i]
        if re.search(r"\bmodels\b", self.doc.text[here.start:here.end], re.I):
            return []  # 'This repository provides language models developed by X': the document's models
        heading = next((s for s in reversed(self.seg.sentences[:i + 1]) if s.heading and s.level <= 6), None)
        if heading is None:
            return []
        end = next((s.start for s in self.seg.sentences[i + 1:] if s.heading and s.level <= heading.level),
                   len(self.doc.text))
        # The document's title name speaks for the document ('InternLM-7B contains a base and a chat model').
        first = self._first_heading()
        titled = {m.key for m in self.mentions_in(first.start, first.end)} if first is not None else set()
        found = list(dict.fromkeys(d for m in self.mentions_in(heading.start, end) if m.key not in titled
                                   for d in self.resolve(m.key) if d in self.described))
        return found if len(found) < len(self.described) else []

    def _plural(self, m: Mention) -> bool:
        """'X models', 'the X family', "X's code and model weights": every model of the name, not one."""
        return bool(PLURAL_AFTER_RE.match(self.doc.text, m.end, m.end + 60))

    def _size_of(self, key: frozenset) -> int | None:
        if key in self.sizes:
            return self.sizes[key]
        found = [parse_size(t.upper()) for t in key if SIZE_TOKEN_RE.fullmatch(t)]
        return found[0] if len(found) == 1 else None

    def _size_in(self, key: frozenset, text: str) -> bool:
        return any(parse_size(s) == self.sizes[key] for s in re.findall(SIZE_RE, text))

    def _groups(self, mentions: list[Mention]) -> list[list[Mention]]:
        groups: list[list[Mention]] = []
        for m in mentions:
            if groups and COORDINATION_RE.match(self.doc.text[groups[-1][-1].end:m.start]):
                groups[-1].append(m)
            else:
                groups.append([m])
        return groups


def group_by_key(mentions: list[Mention]) -> dict:
    out = defaultdict(list)
    for m in mentions:
        out[m.key].append(m)
    return out
