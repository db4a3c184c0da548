"""Whether a mention of a name introduces one of the document's own models (a mixin of `names.ModelNames`): a
title, a heading of its own, a row heading a table of facts, a link to the document's own repository, or prose
that releases it ('we release X'); and whether it stands in a table of results or compares another model."""

import bisect
import re
from collections import Counter

from .hubs import file_host_of_address
from .links import letters, repository
from .name_downloads import MODELS_NAMED, NAME_JOIN
from .name_sections import SECTION_ID_RE, STATUS_AFTER_RE
from .name_shapes import (
    APPOSITIVE_MODEL_RE,
    CARD_AFTER_RE,
    COMPARATIVE_RE,
    COORDINATION_RE,
    DERIVED_FROM_BEFORE_RE,
    FACT_CUE_RE,
    FACT_HEADER_RE,
    FAMILY_SIZES_RE,
    REFERENCE_RE,
    RELEASED_BEFORE_RE,
    STRONG_AFTER_RE,
    STRONG_BEFORE_RE,
    YARDSTICK_AFTER_RE,
    Mention,
    cell_key,
    cell_keys,
    tokens,
)
from .tables import DOWNLOAD_HEADER_RE, FIELD_HEADER, NETWORK_HEADER_RE, SCORE_CELL_RE, column_field, is_name_header

# A heading over the document's own released models ('Released Models', 'Model Zoo', 'Pretrained checkpoints').
RELEASED_HEADING_RE = re.compile(r"\b(?:released|our|available|pre-?trained|open[- ]?sourced?)\s+(?:models?|"
                                 r"checkpoints?|weights)\b|\bmodel\s+(?:zoo|checkpoints?|weights|releases?)\b", re.I)
# Models a sentence names, the names listed so far between the verb and this one ('The new models, called X-120B and
# X-20B').
NAMED_MODELS_BEFORE_RE = re.compile(rf"{MODELS_NAMED}(?:[\w.\-]+{NAME_JOIN})*$")
# A size cell: a count of parameters ('17.8M', '1.3B').
SIZE_CELL_RE = re.compile(r"^\s*~?\d+(?:\.\d+)?\s*[KMBT]\b", re.I)
# The address of a weights file ('…/download/v8.4.0/x11n.pt', '…/blob/main/x_2b.pth'), or of one in an archive
# ('x.pth.zip').
WEIGHTS_FILE_RE = re.compile(r"\.(?:pt|pth|ckpt|safetensors|onnx|bin|h5|tflite)(?:\.(?:zip|tar\.gz|tgz|gz))?"
                             r"(?:\?\S*)?$", re.I)
# A download cell of weights not yet given ('[Coming Soon](TBD)', 'TBA', 'to be released').
# A label naming the architecture a model is built on ('**Network Architecture:** X-4', '- Architecture: X-4'): the
# name after it is a design, not a model the document releases.
ARCHITECTURE_LABEL_RE = re.compile(r"(?:^|\n)[ \t]*(?:[-*+\u2022][ \t]*)?(?:\*\*|__)?[ \t]*"
                                   r"(?:(?:network|model|base)[ \t]+)?architecture(?:[ \t]+type)?[ \t]*(?:\*\*|__)?"
                                   r"[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*\Z", re.I)
UNRELEASED_CELL_RE = re.compile(r"\b(?:coming\s+soon|tb[ad]|to\s+be\s+(?:released|announced)|soon)\b", re.I)


ORG_ROW_RE = re.compile(r"([A-Za-z][\w.\-]{2,38})/([\w.\-]+)$")  # a row named by a repository id


# A model's work, said right after the name opening a sentence ('… transcribes speech into text', 'generates images
# from text prompts')
DOES_MODALITY_AFTER_RE = re.compile(r"[ \t]+(?:transcribes|generates|converts|synthesi[sz]es|translates|produces)[ \t]+"
                                    r"(?:[\w-]+[ \t]+){0,2}?(?:text|speech|audio|images?|videos?|music)\b")
# What a released tool does, said after its name: it supports (fine-tuning, training, serving) models.
TOOL_RELEASE_AFTER_RE = re.compile(r"\bsupports?\s+(?:\w+\s+){0,2}?(?:fine-?tun\w*|train\w*|serv\w*|inference|"
                                   r"models?\s+like|new\s+models)", re.I)


# ('X's training code', 'X, a benchmark for …': the thing released is the name's, or the name is not a model's)
NOT_MODEL_RELEASED_AFTER_RE = re.compile(r"[*_]{0,2}(?:['’]s)?[ \t]*(?:,[ \t]*(?:an?|the|our)[ \t]+(?:new[ \t]+)?)?"
                                         r"(?:datasets?|data|benchmarks?|papers?|(?:technical[ \t]+)?"
                                         r"reports?|code|codebase|demos?|apps?|toolkit|library|framework|"
                                         r"leaderboard|space|eval\w*|training[ \t]+(?:code|data|set))\b", re.I)


class NameStrength:
    """Mention-reading steps of `ModelNames`; they use its candidates, mentions and document."""

    def _is_strong(self, m: Mention) -> bool:
        text = self.doc.text
        if YARDSTICK_AFTER_RE.match(text, m.end):
            return False  # 'A GPT-4V Level … LLM': the level the model reaches, not its name
        if self._after_architecture_label(m):
            return False  # '**Network Architecture:** X-4': the design the model is built on
        if (m.start, m.end) in self._linked and not self._comparative(m):
            return True  # a link to the document's own repository of it
        if FAMILY_SIZES_RE.match(text, m.end) or (m.start, m.end) in self._item_subjects:
            return True  # 'the X models (2B, 6B, 16B)': a family released in sizes; a list of models' label
        sentence = self.seg.at(m.start)
        block = self.doc.blocks[sentence.block]
        if block.kind == "heading" and self._heading_aside(m, sentence):
            return False  # '## X (Korean GPT-2)': what the title's model is, in parentheses after its name
        if block.kind == "heading" and self._base_of(m):
            return False  # '# Fine-tuned XLSR-53 large model for …': the title's base, not the card's model
        if block.kind == "heading" and (block.level <= 1 or sentence is self._first_heading()):
            # ('# X miniSmaller, faster version of X', '# X-7B: a fine-tune based on Y': the title's model, not Y;
            # '# X-v1.0 on COYO-100M and CC15M': what it was trained on)
            return not DERIVED_FROM_BEFORE_RE.search(text, sentence.start, m.start) and not self._object_of_on(m)
        first = self.seg.sentences[0] if self.seg.sentences else None
        if first is not None and sentence is first and first.end - first.start <= 160:
            # the document's title line, but not a model its subtitle derives the title's from ('X miniSmaller, faster
            # version of X', a page's text copied with its title run into the subtitle)
            return not DERIVED_FROM_BEFORE_RE.search(text, first.start, m.start)
        if self._fact_row_subject(m):
            return True
        if sentence.heading and sentence.level <= 6 and self._name_headings().get(sentence.level, 0) >= 2 \
                and self._alone(sentence) == text[m.start:m.end]:
            return True  # one of several sections headed by a model's name alone
        if self._alone(sentence) == text[m.start:m.end] \
                and FACT_CUE_RE.search(text, m.end, m.end + 400):
            return True  # a name standing alone over facts: a section per model
        before = text[max(sentence.start, m.start - 60):m.start]
        group_end = self._group_end(m)
        after = text[group_end:min(sentence.end, group_end + 60)]
        if REFERENCE_RE.search(before):
            return False  # 'see the Llama 3.1 Model Card': another document
        if not re.search(r"\w", text[sentence.start:m.start]) and APPOSITIVE_MODEL_RE.match(text, group_end):
            return True  # 'X-7B-Chat, the first open-source model for …': the sentence's subject, described
        if not re.search(r"\w", text[sentence.start:m.start]) and DOES_MODALITY_AFTER_RE.match(text, group_end):
            return True  # 'X Scribe v1 transcribes speech into text': the sentence's subject, doing a model's work
        if STRONG_AFTER_RE.match(after):
            return bool(not CARD_AFTER_RE.match(after) or sentence.block < 3)
        if NAMED_MODELS_BEFORE_RE.search(before):
            return True  # 'The new models, called X-120B and X-20B, …': models the sentence names
        if STRONG_BEFORE_RE.search(before):
            # ('We released X v0.3.0 … It now supports new models like …': a tool's release, what it trains or runs)
            # ('We released X-200k dataset', '… the X paper': a release of something else the name names)
            return not TOOL_RELEASE_AFTER_RE.search(text, group_end, min(len(text), group_end + 200)) \
                and not NOT_MODEL_RELEASED_AFTER_RE.match(text, group_end)
        return bool(RELEASED_BEFORE_RE.search(text, max(sentence.start, m.start - 200), m.start)) \
            and not COMPARATIVE_RE.search(before)

    def _after_architecture_label(self, m: Mention) -> bool:
        """`m` opens the value of an architecture label, on its line or as the text after a label block."""
        text = self.doc.text
        index = self.seg.at(m.start).block
        table = self._table_at.get(self.doc.blocks[index].start)
        if table is not None and table.name_col is not None and table.name_col < len(table.header) \
                and NETWORK_HEADER_RE.match(table.header[table.name_col].strip()):
            return False  # '| Architecture | # Parameters |' over the rows of a zoo: the column of its models' names
        line_start = text.rfind("\n", 0, m.start) + 1
        if ARCHITECTURE_LABEL_RE.search(text, max(0, line_start - 1), m.start):
            return True
        block = self.doc.blocks[index]
        return index > 0 and block.start == m.start and self.doc.blocks[index - 1].kind == "label" \
            and bool(ARCHITECTURE_LABEL_RE.search(self.doc.block_text(self.doc.blocks[index - 1])))

    def _heading_aside(self, m: Mention, sentence) -> bool:
        """`m` stands inside parentheses that follow another name of the same heading, with words of their own
        ('X (한국어 GPT-2) Ver 2.0', 'X-7B (a Y-2 fine-tune)'): a description of that name (its architecture, its
        base), not a model. A name alone in them is the other's short form ('Stable Diffusion 1B (SSD-1B)')."""
        text = self.doc.text
        before = text[sentence.start:m.start]
        opened = before.rfind("(")
        closed = text.find(")", m.end, sentence.end)
        if opened < 0 or before.rfind(")") > opened or closed < 0 \
                or not re.search(r"\w", before[opened + 1:] + text[m.end:closed]):
            return False
        return any(sentence.start <= o.start and o.end <= sentence.start + opened and o.key != m.key
                   for o in self.mentions)

    def _fact_row_subject(self, m: Mention) -> bool:
        block = self.doc.blocks[self.seg.at(m.start).block]
        if block.kind != "row" or not block.header:
            return False
        facts = self._fact_headers.get(block.header)
        if facts is None:  # one look per table, not one per mention
            facts = self._fact_headers[block.header] = any(FACT_HEADER_RE.search(h) for h in block.header)
        table = self._table_at.get(block.start)
        if table is not None and table.scores and table.name_col is not None:
            # a benchmark table: the models it compares need not be the document's; a row giving its own weights
            # to download ('| X-2B | 1024 | 0.69 | [x_2b.pth](…) |') is one of the document's models beside its scores
            # ... and so is a row of the title's family stating its size ('| X2-lm | 17.8M | 0.61 |' under '## X2')
            return (self._offers_weights(block) or self._sized_title_row(block, self.doc.text[m.start:m.end])
                    or self._title_org_row(table, block)) \
                and self._row_subject(block, m)
        if not facts:  # a table listing models (a name column, not a table of benchmark scores)
            facts = table is not None and table.name_col is not None and not table.scores \
                and table.name_col < len(block.cells) and (table.name_counts[block.cells[table.name_col]] == 1
                                                           or id(m) in self._cell_subjects)  # a name the row makes
        return facts and self._row_subject(block, m)

    def _offers_weights(self, block) -> bool:
        """The row's cell under a download column ('HF weights', 'Checkpoint', 'Download') links to its files; not
        'Coming soon', a dash, or a score. (Asked of a row once per mention: answered once per row.)"""
        cache = self.__dict__.setdefault("_offering_rows", {})
        if block.start not in cache:
            cache[block.start] = self._row_offers_weights(block)
        return cache[block.start]

    def _row_offers_weights(self, block) -> bool:
        links = self.doc.links_over(block.start, block.end)
        if any(WEIGHTS_FILE_RE.search(url) or file_host_of_address(url) for _s, _e, url in links):
            # '| [X-n](…/releases/download/v8/x-n.pt) | 640 | 39.5 |': its name links to its weights; '| X-S |
            # [78.8](https://drive.google.com/file/d/…) |': its score links to the checkpoint that scored it
            return True
        if not links:
            return False
        if self._under_released_heading(block.start) and self._links_table_org(block, links):
            # '## Released Models' over '| X 7B RRHF | [org/X-7B-RRHF](…) | 11.6 |': its repository, on the
            # organisation most of the table's rows link to (not a baseline's: '| LLaVA-1.5 | [liuhaotian/…](…) |')
            return True
        return any(DOWNLOAD_HEADER_RE.search(head) and cell.strip() and not SCORE_CELL_RE.match(cell)
                   and not UNRELEASED_CELL_RE.search(cell)
                   for head, cell in zip(block.header, block.cells, strict=False))

    def _links_table_org(self, block, links) -> bool:
        """The row links a hub repository of the organisation most of its table's rows link to."""
        table = self._table_at.get(block.start)
        if table is None:
            return False
        majors = self.__dict__.setdefault("_major_orgs", {})
        if id(table) not in majors:
            rows = [self.doc.blocks[i] for i in table.blocks]
            counts = Counter(org for r in rows for org in _repository_orgs(self.doc.links_over(r.start, r.end)))
            top = counts.most_common(1)
            majors[id(table)] = top[0][0] if top and top[0][1] * 2 >= len(rows) else None
        return majors[id(table)] in _repository_orgs(links)

    def _under_released_heading(self, pos: int) -> bool:
        """`pos` stands under a heading of the document's released models ('## Released Models' over '### v0.1',
        '## Model Zoo', '## Pretrained checkpoints'), at any level above it."""
        return any(RELEASED_HEADING_RE.search(self.doc.text, b.start, b.end) for b in self.doc.headings_over(pos))

    def _sized_title_row(self, block, name: str) -> bool:
        """The row's name extends the document's title, a name alone ('ERes2NetV2-lm' under '## ERes2Net'), and its
        size column states a count; or it extends it by a separator ('PIDNet-S' under '# PIDNet', 'ResNeSt-50'
        under '# ResNeSt'): a member of the family the document is about. (Not one sharing a word of it:
        'GPT2-chitchat' in the results of '# GPT-Chinese' is another project's model.)"""
        # (the title's name before its subtitle: '# PIDNet: A Real-time Semantic Segmentation Network')
        title = re.split(r"\s*[:：–—]\s*|\s+-\s+", self._title_text(), maxsplit=1)[0]
        title = re.sub(r"\s+(?:description|overview|introduction)$", "", title, flags=re.I)  # '## X Description'
        if not re.fullmatch(r"[A-Za-z][\w.\-]{2,40}", title) or not name.lower().startswith(title.lower()):
            return False
        if re.fullmatch(r"[-_ ][\w.\-]{1,24}", name[len(title):]) and not re.search(r"\d", title):
            return True
        return any(FIELD_HEADER["parameters"].search(head.strip()) and SIZE_CELL_RE.search(cell)
                   for head, cell in zip(block.header, block.cells, strict=False))

    def _title_org_row(self, table, block) -> bool:
        """The row's name is a repository id of the organisation the document's title names ('cross-encoder/ms-marco-
        MiniLM-L-6-v2' in the results of '# Cross-Encoder for MS Marco'): one of the document's own models, beside
        other organisations' models compared with them."""
        cell = block.cells[table.name_col].strip(" *`") if table.name_col < len(block.cells) else ""
        org = ORG_ROW_RE.match(cell)
        return bool(org) and org.group(1) in self._title_orgs(table)

    def _title_orgs(self, table) -> set[str]:
        """The organisations (as the table spells them) whose rows are the document's: any its title names, and the
        one whose row in the table is the title's model ('OrdalieTech/Solon-embeddings-base-0.1' beside
        'OrdalieTech/Solon-embeddings-large-0.1' under '# Solon Embeddings — large 0.1'). Read once per table, not
        once per row."""
        found = self._title_org_cache.get(id(table))
        if found is None:
            title = re.split(r"\s*[:：–—]\s*|\s+-\s+", self._title_text(), maxsplit=1)[0]
            words = re.findall(r"[\w\-]+", title)
            named = {letters(" ".join(words[:n])) for n in (1, 2, 3) if len(words) >= n}
            stem = letters(title)
            found = set()
            for row in table.column(self.doc, table.name_col):
                own = ORG_ROW_RE.match(row.strip(" *`"))
                if own and (letters(own.group(1)) in named
                            or len(stem) >= 4 and letters(own.group(2)).startswith(stem)):
                    found.add(own.group(1))
            self._title_org_cache[id(table)] = found
        return found

    def _row_subject(self, block, m: Mention) -> bool:
        if id(m) in self._cell_subjects:
            return True
        table = self._table_at.get(block.start)
        if table is not None and table.name_col is not None and table.name_col < len(block.cells) \
                and self._raw_key(m) in cell_keys(block.cells[table.name_col]) \
                and table.name_counts[block.cells[table.name_col]] == 1:
            return True  # a name spread over several rows (a rowspan) heads a group, not a row
        return any(is_name_header(head) and cell_key(cell) == self._raw_key(m)
                   for head, cell in zip(block.header, block.cells, strict=False))

    def _name_headings(self) -> dict:
        """Per heading level, how many headings are a model's name alone (looked up once per document)."""
        if self._named_levels is None:
            self._named_levels = Counter()
            for m in self.mentions:
                sentence = self.seg.at(m.start)
                if sentence.heading and sentence.level <= 6 \
                        and self._alone(sentence) == self.doc.text[m.start:m.end]:
                    self._named_levels[sentence.level] += 1
        return self._named_levels

    def _alone(self, sentence) -> str:
        """A sentence's text as a name standing alone would be: no colon, no hub organisation ('### org/X-7B'), no
        status in parentheses after an id ('### x-pro3 (Deprecated)')."""
        text = self._hub_free[sentence.start:sentence.end].strip(" :\n")
        bare = STATUS_AFTER_RE.sub("", text)
        return bare if bare != text and SECTION_ID_RE.fullmatch(bare) else text

    def _raw_key(self, m: Mention) -> frozenset:
        return tokens(self.doc.text[m.start:m.end])

    def _group_end(self, m: Mention) -> int:
        """End of the coordinated group of names this mention starts or belongs to ('A and B are…')."""
        end = m.end
        for k in range(bisect.bisect_left(self._starts, m.end), len(self.mentions)):  # (no copy of the rest)
            other = self.mentions[k]
            if COORDINATION_RE.match(self.doc.text[end:other.start]):
                end = other.end
            else:
                break
        return end

    def _comparative(self, m: Mention) -> bool:
        """The mention is compared with, a yardstick, or a base (asked of each mention several times: answered once)."""
        cache = self.__dict__.setdefault("_comparatives", {})
        if (m.start, m.end, m.key) not in cache:
            cache[(m.start, m.end, m.key)] = bool(COMPARATIVE_RE.search(self.doc.text[max(0, m.start - 30):m.start])) \
                or bool(YARDSTICK_AFTER_RE.match(self.doc.text, m.end)) or self._base_of(m)
        return cache[(m.start, m.end, m.key)]

    def in_results_row(self, pos: int) -> bool:
        """`pos` stands in a row of a table with a column of results (benchmarks, comparisons)."""
        block = self.doc.blocks[self.seg.at(pos).block]
        table = self._table_at.get(block.start) if block.kind == "row" else None
        return table is not None and self._has_results(table)

    def in_others_row(self, pos: int) -> bool:
        """`pos` stands in a row of a table of several things, one per row (three columns or more, two rows or more),
        whose first cell names something no rule found a model of ('| tiny | 39 M | 4K |' below the models of a
        page that names none so): the row's figures are that thing's, not every model's. Not a row of facts headed by
        its field ('| Parameters | 7B | 70B |'), not a transposed table's (its models are its columns)."""
        block = self.doc.blocks[self.seg.at(pos).block]
        table = self._table_at.get(block.start) if block.kind == "row" else None
        if table is None or table.transposed or len(table.header) < 3 or len(table.blocks) < 2 or not block.cells:
            return False
        first = block.cells[0].strip(" *_`")
        return bool(re.search(r"[A-Za-z]", first)) and column_field(first) is None \
            and not self.mentions_in(block.start, block.end)

    def _in_score_table(self, m: Mention) -> bool:
        return self._in_score_table_at(m.start)

    def _in_score_table_at(self, pos: int) -> bool:
        table = self._table_at.get(self.doc.blocks[self.seg.at(pos).block].start)
        return table is not None and table.scores


def _repository_orgs(links) -> set[str]:
    """The organisations of the hub repositories `links` point to, in lower case."""
    return {found[0].lower() for _s, _e, url in links if (found := repository(url))}
