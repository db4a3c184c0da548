"""Model names read from tables (a mixin of `names.ModelNames`): a table's name column, a column of bare sizes
that takes its family from the nearest heading ('tiny' under '## Whisper'), one family's rows that differ by size,
and the columns that name more models of a row."""

import bisect
import re
from collections import Counter

from .document import Spans
from .header_synonyms import in_english
from .name_cells import displayed_name
from .name_shapes import (
    ASIDE_RE,
    FAMILY_HEADING_STOP,
    FILE_NAME_RE,
    LISTED_NAME_RE,
    NA_RE,
    OWN_WORDS,
    PRICE_RE,
    SHORT_LABEL_RE,
    TABLE_NAME_RE,
    VARIANT_HEADER_RE,
    tokens,
    without_org,
)
from .table_values import column_values
from .tables import (
    BARE_SIZE_RE,
    IDENTIFIER_CELL_RE,
    KIND_OF_MODEL_HEADER_RE,
    LOADING_HEADER_RE,
    cell_start,
    column_field,
    empty_corner_names,
    identifier_column,
    is_name_header,
    score_columns,
    sizes_header,
)
from .values import FILE_SIZE, SIZE_RE

# A bare version in a table's name column, a footnote's mark after it ('v1.3.0 [4]', '2.1*').
BARE_VERSION_CELL_RE = re.compile(r"^(?P<v>v?\d+(?:\.\d+){1,3})(?:[ \t]*(?:\[\d{1,2}\]|[*†‡]+))?$")
# A checkpoint's identifier in snake case with a size among its parts ('x2_40b', 'x2_7b_base'): what a loader is
# given, a model's name as the code spells it.
SNAKE_SIZED_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*_\d+(?:\.\d+)?[bmt](?:_[a-z0-9]+)*$")

# What a name cell adds, after a space, to the name its shapes read at its start ('YOLOv8n' of 'YOLOv8n human'): a
# word of the name written with a space for its hyphen, so the cell is the name.
# ... or a tier after a spaced dash ('Quartz Text G1' of 'Quartz Text G1 - Express'), or a width multiplier
# ('MobileNetV3-Large' of 'MobileNetV3-Large 0.75').
SPACED_TAIL_RE = re.compile(r"(?:(?:[ \t]+[-–])?[ \t][A-Za-z0-9][\w.+]*(?:-[\w.+]+)*){1,3}")
# A file's size in a cell ('75 MiB', '~1.5 GB'): a download's, not a model's parameters.
FILE_SIZE_CELL_RE = re.compile(rf"^\s*~?{FILE_SIZE}\s*$")
SPACED_NAME_RE = re.compile(r"^(?=.{2,60}$)[A-Z][\w.+]*(?:[ \t][\w.+]+){1,4}$")


# A grid of one family's checkpoints: rows of sizes ('7B', '7B-Plus'), columns headed by its builds ('X-hf',
# 'X-instruct-hf'), a download word in each cell whose checkpoint exists ('Link', 'Coming soon' where none does).
GRID_SIZE_RE = re.compile(r"\d+(?:\.\d+)?[BMK](?:-[A-Za-z]\w*)?")
GRID_BUILD_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z][\w.]*)+")
DOWNLOAD_WORD_RE = re.compile(r"(?:link|download|weights|hf|hugging\s*face|modelscope|\U0001F917)", re.I)


# The header of a column naming each row's family, beside a column of its variants or sizes.
FAMILY_HEADER_RE = re.compile(r"^\W*(?:model\s+)?(?:family|series)\W*$", re.I)
FAMILY_VARIANT_HEADER_RE = re.compile(r"^\W*(?:variant|version|edition|tier|size|type|name)s?\W*$", re.I)
VARIANT_CELL_RE = re.compile(r"^[A-Za-z0-9][\w.\-/]{0,30}$")  # '7B', '7B-Instruct', 'mini', '7/4'



# The header of a column of the identifiers an API calls each row's model by ('API Endpoints', 'API model string',
# 'Model ID'), beside the name column.
API_NAME_HEADER_RE = re.compile(r"\bapi\b|\bendpoints?\b|\bmodel\s+(?:ids?|strings?|codes?|names?)\b|\bidentifiers?\b|"
                                r"^\W*ids?\W*$", re.I)



# A weights file named in a cell ('c2i_B_256.pt', '[vq_ds8_c2i.pt](…)'): its stem, an identifier, names the checkpoint.
WEIGHTS_FILE_RE = re.compile(r"(?<![\w./-])(?P<stem>[A-Za-z][\w.+-]*?[\d_-][\w.+-]*?)"
                             r"\.(?:pt|pth|ckpt|safetensors|bin|gguf|onnx|h5|pkl|npz|tar|zip)(?![\w.])")


# In a models table's name column, an id of two words joined by an underscore names a model too ('mot17_half').
TABLE_SNAKE_ID_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[a-zA-Z0-9]+)+")  # ('RealESRGAN_x4plus')
# A quantisation type ('Q4_K_M', 'IQ3_XS', 'fp16', 'int8'): a row of a table of one model's quantised files.
QUANT_TYPE_RE = re.compile(r"I?Q\d(?:_[A-Z0-9]+)*|(?:fp|bf|f)(?:16|32)|u?int[48]|nf4|q\d_\d", re.I)
# A name cell qualified in parentheses ('HorNet-T (7x7)', 'HorNet-T (GF)'): when rows share the name and differ by
# the qualifier, it tells the checkpoints apart and is part of each one's name; otherwise it is an aside.
QUALIFIED_CELL_RE = re.compile(r"(?P<base>[^()]+?)[ \t]+\((?P<qualifier>[\w.+\-x =]{1,16})\)[*†]?")




class TableNames:
    """Table-reading steps of `ModelNames`; they use its candidates, mentions and document."""

    def _table_names(self, tables) -> None:
        """The name column of a table listing models names models even without a version ('Seed-X-Instruct')."""
        ordered = sorted(self.mentions, key=lambda m: (m.start, m.end))
        existing = [(m.start, m.end) for m in ordered]
        starts = [a for a, _b in existing]
        keys = [m.key for m in ordered]
        dropped: list[tuple[int, int]] = []  # mentions read inside a name cell: the cell's name replaces them
        added = False
        for table in tables:
            if table.name_col is None:
                continue
            sizes = self._size_column(table)
            # once per table, not once per row (a name may repeat in another table: one per data set)
            repeated = max(table.name_counts.values(), default=0) > 1 \
                or any(self._name_cell_counts()[name.strip()] > 1 for name in table.name_counts)
            for index in table.blocks:
                block = self.doc.blocks[index]
                name_cell = block.cells[table.name_col] if table.name_col < len(block.cells) else ""
                if table.scores and not self._offers_weights(block) and not self._sized_title_row(block, name_cell) \
                        and not self._title_org_row(table, block):
                    continue  # a table of results names the models it compares, save a row giving its own weights
                    # or a row of the document's own family by its size ('| TUNiB-Electra-ko-small | 14M | 81.29 |')
                cells = block.cells
                others = [c for j, c in enumerate(cells) if j != table.name_col and c.strip()]
                if table.name_col >= len(cells) or not others:
                    continue  # a section row ('Audio models'), not a model
                # ('x-tiny (🤗📄)': the icons of the row's links after the name are no part of it)
                # ('SSD MobileNet v1 FP32 *': a footnote's mark after a space is no part of it either)
                cell = displayed_name(without_org(re.sub(r"\s*\(\W*\)\s*$|\s+[*†‡]+\s*$", "", cells[table.name_col])))
                ident = self._identifier_name(table, cell)
                cell = ident or cell
                checkpoint = self._linked_checkpoint_id(table, block, cells[table.name_col])
                if checkpoint:
                    # '| CLIP-B/16 | 68.31 | [clip_b16_grit1m_8xe](…drive…) |' in each of three tables, one per
                    # training set: the row's checkpoint is named by its download's identifier
                    self._add_table_name(block, table, checkpoint[0], checkpoint[1])
                    added = True
                    continue
                version = BARE_VERSION_CELL_RE.match(cell)
                if version and self._version_column(table):
                    # '| v1.3.0 [4] | Skiparse 3D |' under the title 'X Plan': the family's model of that version
                    family = self._table_family(block.start)
                    if family and table.name_counts[cells[table.name_col]] == 1:
                        self._add_table_name(block, table, table.name_col, f"{family} {version.group('v')}")
                        added = True
                    continue
                family = self._table_family(block.start) if sizes and SHORT_LABEL_RE.match(cell) else None
                family = (self._family_cell(table, cells) if VARIANT_CELL_RE.match(cell) else None) or family
                if family and table.name_counts[cells[table.name_col]] == 1:
                    self._add_table_name(block, table, table.name_col, f"{family} {cell}")
                    for j in self._variant_columns(table):
                        # 'English-only model: tiny.en' beside 'Size: tiny': another model of the row's size
                        variant = cells[j].strip() if j < len(cells) else ""
                        if SHORT_LABEL_RE.match(variant) and variant != cell:
                            self._add_table_name(block, table, j, f"{family} {variant}")
                    added = True
                    continue
                sized = self._family_size_name(table, block, cell) or (
                    self._grouped_name(table, block, cell) if repeated else None)
                if sized:
                    # 'Cerebras-GPT | 111M', 'Cerebras-GPT | 256M': one family over rows that differ by size.
                    self._add_table_name(block, table, table.name_col, sized)
                    added = True
                    continue
                cell, shape = self._qualified_name(table, cell)
                if QUANT_TYPE_RE.fullmatch(cell):
                    continue  # '| Q4_K_M | 8.8G |': a quantisation of the model the table sizes, not a model
                if not (ident or TABLE_NAME_RE.match(shape) or TABLE_SNAKE_ID_RE.fullmatch(cell)
                        or (self._lists_models(table) or table.zoo) and LISTED_NAME_RE.match(cell)
                        or self._spaced_extension(cell)) \
                        or FILE_NAME_RE.search(cell) or table.name_counts[cells[table.name_col]] != 1:
                    continue
                start = cell_start(self.doc, block, table.header, table.name_col)
                if start is None:
                    continue
                raw = cells[table.name_col].strip()
                # the name after its organisation's id, or inside its quotes
                start += len(raw) - len(cell) if raw.endswith(cell) else max(raw.find(cell), 0) if ident else 0
                end = start + len(cell)
                key = tokens(cell)
                if key:
                    self.row_names.add(key)
                    self._row_identifiers(table, block, key, existing, starts, keys)
                i = bisect.bisect_left(starts, start)
                if i > 0 and existing[i - 1][1] > start or i < len(starts) and starts[i] == start \
                        and not SPACED_TAIL_RE.fullmatch(cell, existing[i][1] - start) \
                        and not _cut_in_word(cell, existing[i][1] - start):
                    continue  # a name found by its shape already stands there
                overlapping = existing[i:bisect.bisect_left(starts, end)]
                if any(b > end for _a, b in overlapping):
                    continue
                dropped += overlapping  # 'BERT-350M' read inside 'X2.5-ColBERT-350M': the cell is the name
                if not key:
                    continue
                self._add_mention(key, cell, start, start + len(cell))
                self._table_named.append(cell)
                added = True
        self._drop_mentions(dropped)
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _qualified_name(self, table, cell: str) -> tuple[str, str]:
        """A name cell's name when a qualifier in parentheses follows it: the whole cell when the table tells rows
        apart by their qualifiers ('HorNet-T (7x7)' beside 'HorNet-T (GF)'), else the name before it; and the part
        whose shape says whether it is a model's name."""
        qualified = QUALIFIED_CELL_RE.fullmatch(cell)
        if not qualified or not TABLE_NAME_RE.match(qualified.group("base")):
            return cell, cell
        base = qualified.group("base")
        if id(table) not in self._qualified_bases:
            self._qualified_bases[id(table)] = Counter(
                m.group("base") for c in table.column(self.doc, table.name_col)
                if (m := QUALIFIED_CELL_RE.fullmatch(c.strip())))
        counts = self._qualified_bases[id(table)]
        # ('PointNeXt-S (C=64)' below a row 'PointNeXt-S': the qualifier tells it from the unqualified row)
        beside_bare = table.name_counts[base] > 0
        return (cell if counts[base] > 1 or max(counts.values(), default=0) > 1 or beside_bare else base), base

    def _family_cell(self, table, cells) -> str | None:
        """The family a row's variant belongs to, from a column before the name column headed so ('| Family |
        Variant |' over '| Zorvak | 7B-Instruct |'), when the cell is a capitalised word or two."""
        for j in range(min(table.name_col, len(cells))):
            head = table.header[j] if j < len(table.header) else ""
            cell = cells[j].strip()
            if FAMILY_HEADER_RE.match(head) and re.fullmatch(r"[A-Z][\w.\-]*(?: [\w.\-]+)?", cell):
                return cell
        return None

    def _table_names_elsewhere(self) -> None:
        """A name a models table gives that no shape finds ('Tern Pro', 'Nimbus Ultra': no version, no size) is a
        mention wherever the text writes it whole, so a card or a section titled by it speaks of that model."""
        taken = Spans([(m.start, m.end) for m in self.mentions])
        added = False
        for name in dict.fromkeys(self._table_named):
            if re.search(r"\d", name) or not re.fullmatch(r"[A-Z][\w.+]*(?:[ \t-][A-Z][\w.+]*){1,3}|"
                                                         r"[a-z][a-z]+(?:-[a-z]+){1,4}", name):
                continue  # a name with a version or a size is found by its shape; a lone word, or words in lower
                # case ('Text to semantic tokens'), may be any words; an identifier joined by hyphens
                # ('zorvak-lite-global', an API's model id) is no run of words
            for m in re.finditer(rf"(?<![\w.\-]){re.escape(name)}(?![\w\-]|\.\w)", self.doc.text):
                if taken.overlapping(m.start(), m.end()):
                    continue  # inside or across a mention already read there
                self._add_mention(tokens(name), name, m.start(), m.end())
                added = True
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _row_identifiers(self, table, block, key: frozenset, existing, starts, keys) -> None:
        """'| Pixel | … | `pixel-12b-2409` |' under 'Model | … | API Endpoints': the identifier an API calls the row's
        model by, spelling its name, is another name of that model, not a model of its own; so is the snapshot the
        name cell points to ('corvid-4o ↳ corvid-4o-2024-08-06')."""
        for j, head in enumerate(table.header):
            if j >= len(block.cells) or j != table.name_col and not API_NAME_HEADER_RE.search(in_english(head)):
                continue
            start = cell_start(self.doc, block, table.header, j)
            if start is None:
                continue
            end = start + len(block.cells[j])
            for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
                if existing[i][1] <= end and keys[i] > key:
                    self._link_aliases.setdefault(keys[i], key)

    def _identifier_name(self, table, cell: str) -> str | None:
        """The identifier of a name cell of a column headed 'ID' ("'chunk'": 'chunk'), without its quotes."""
        if not identifier_column(self.doc, table, table.name_col):
            return None
        match = IDENTIFIER_CELL_RE.match(cell.strip())
        return match.group(1) if match else None

    def _grid_names(self, tables) -> None:
        """A grid of a family's checkpoints ('| Model | X-hf | X-instruct-hf |' over '| 7B | Link | Link |'): each
        download word names the column's build at the row's size, the size after the family's stem
        ('X-7B-instruct-hf'), as such checkpoints are named; a page that lost the links still lists them."""
        for table in tables:
            rows = [self.doc.blocks[i] for i in table.blocks]
            heads = [h.strip() for h in table.header]
            if table.scores or len(heads) < 2 or len(rows) < 2 \
                    or not all(r.cells and GRID_SIZE_RE.fullmatch(r.cells[0].strip()) for r in rows) \
                    or not all(GRID_BUILD_RE.fullmatch(h) for h in heads[1:]) \
                    or len({h.split("-")[0] for h in heads[1:]}) != 1:
                continue
            for block in rows:
                size = block.cells[0].strip()
                for j in range(1, min(len(heads), len(block.cells))):
                    if DOWNLOAD_WORD_RE.fullmatch(block.cells[j].strip()):
                        stem, build = heads[j].split("-", 1)
                        self._add_table_name(block, table, j, f"{stem}-{size}-{build}")
        self.mentions.sort(key=lambda x: x.start)

    def _spaced_extension(self, cell: str) -> bool:
        """A name cell written with spaces for hyphens that extends a name the document gives ('Seed X PPO' beside
        'Seed-X'): read as its hyphenated spelling would be ('Seed-X-PPO')."""
        if not SPACED_NAME_RE.match(cell):
            return False
        key = tokens(cell)
        words = cell.lower().split()
        return any(k < key and tokens(" ".join(words[:len(k)])) == k for k in self.candidates)

    def _transposed_names(self, tables) -> None:
        """The column headers of a table with its models in columns ('| | X-Chat | X-Large |' over '| Context window
        | 32K | 128K |') name models even without a version; each row repeats them over its cells ('X-Chat: 32K'),
        and each of those is a mention heading the row's fact for that model."""
        existing = {(m.start, m.end) for m in self.mentions}
        for table in tables:
            if not table.transposed:  # judged by its rows: its columns of figures are no scores
                continue
            for index in table.blocks:
                block = self.doc.blocks[index]
                for j in range(1, min(len(block.cells), len(table.header))):
                    head = table.header[j].strip()
                    bare = ASIDE_RE.sub("", head)  # ('`x-large` (this one)': the card's own model)
                    start = cell_start(self.doc, block, table.header, j) if block.cells[j].strip() else None
                    if start is None or not (TABLE_NAME_RE.match(bare) or LISTED_NAME_RE.match(bare)
                                             or sizes_header(table) and BARE_SIZE_RE.match(bare)) \
                            or KIND_OF_MODEL_HEADER_RE.match(head) \
                            or FILE_NAME_RE.search(head) or self.doc.text[start - len(head) - 2:start] != f"{head}: " \
                            or table.header.count(table.header[j]) > 1:  # one family over columns of sizes
                        continue
                    name = bare
                    if BARE_SIZE_RE.match(bare):  # '| | Small | Large |' under '## RITA': 'RITA Small'
                        family = self._table_family(block.start)
                        if not family:
                            continue
                        name = f"{family} {bare}"
                    span = (start - len(head) - 2, start - len(head) - 2 + len(bare))
                    self._item_subjects.add(span)
                    if span not in existing and tokens(name):
                        self._add_mention(tokens(name), name, *span)
        self.mentions.sort(key=lambda x: x.start)

    def _lists_models(self, table) -> bool:
        """A table headed 'Model' whose other columns state facts (a context window, a licence, a date) and no
        results: every row is a model, named with or without a version ('Codestrel', 'Pixkestrel Large')."""
        if id(table) not in self._listing:
            head = table.header[table.name_col] if table.name_col < len(table.header) else ""
            # (a column of the identifiers an API calls them by lists them as surely: '| Tern Pro | `tern-pro-…` |')
            self._listing[id(table)] = bool((is_name_header(head) or empty_corner_names(self.doc, table))
                                            and not self._has_results(table)
                                            and (column_values(self.doc, table) or self._named_like_models(table)
                                                 or self._file_size_column(table) or self._loading_column(table)
                                                 or self._price_column(table)
                                                 or any(identifier_column(self.doc, table, j)
                                                        for j in range(len(table.header)) if j != table.name_col)))
        return self._listing[id(table)]

    def _weight_file_rows(self, tables) -> None:
        """'Pipit-B | 111M | … | [c2i_B_256.pt](…)' and 'Pipit-B | 111M | … | [c2i_B_384.pt](…)': rows whose
        first cells repeat, each offering a weights file of its own in a column headed so ('weight', 'checkpoint',
        'download'), are one model each, named by the file's stem; a row pointing to another's file ('above'): none."""
        added = False
        for table in tables:
            if table.scores or not table.blocks:
                continue
            rows = [self.doc.blocks[i] for i in table.blocks]
            firsts = Counter(r.cells[0].strip() for r in rows if r.cells)
            if max(firsts.values(), default=0) < 2 or table.name_col not in (None, 0) \
                    and max(table.name_counts.values(), default=0) < 2:
                continue  # names of their own tell the rows apart
            for j, head in enumerate(table.header):
                if j == 0 or not LOADING_HEADER_RE.search(in_english(head)):
                    continue
                files = [(r, WEIGHTS_FILE_RE.search(r.cells[j])) if j < len(r.cells) else (r, None) for r in rows]
                stems = Counter(m.group("stem") for _r, m in files if m)
                if len(stems) < 2 or max(stems.values()) > 1:
                    continue
                for row, m in files:
                    start = cell_start(self.doc, row, table.header, j) if m else None
                    if start is None:
                        continue
                    at = start + m.start("stem")
                    self._cell_subjects.add(id(self._add_mention(tokens(m.group("stem")), m.group("stem"), at,
                                                                 at + len(m.group("stem")))))
                    added = True
                break
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _loading_column(self, table) -> bool:
        """A column giving each row what loads it ('Config Path | lp://PubLayNet/…/config', 'Download | [link](…)'),
        filled in most rows: the rows are models to load, each named by its label whatever its shape."""
        for j, head in enumerate(table.header):
            if j == table.name_col or not LOADING_HEADER_RE.search(in_english(head)):
                continue
            cells = table.column(self.doc, j)
            if len(cells) >= 2 and sum(bool(c.strip()) for c in cells) * 3 >= len(cells) * 2:
                return True
        return False

    def _file_size_column(self, table) -> bool:
        """A column of download sizes ('Disk | 75 MiB', '1.5 GiB'): the rows are files of models to download, each
        named by its label whatever its shape ('tiny', 'tiny.en', or a word the extractor has never seen)."""
        return self._column_where(table, lambda c: FILE_SIZE_CELL_RE.match(c))

    def _price_column(self, table) -> bool:
        """A column of prices ('$0.27/hr'): a pricing page's table, each row a model it sells ('Universal', 'Nano')."""
        return self._column_where(table, lambda c: PRICE_RE.match(c.strip()))

    def _column_where(self, table, test) -> bool:
        """Some column besides the name column has two cells or more, two thirds of them passing `test`."""
        for j in range(len(table.header)):
            if j == table.name_col:
                continue
            cells = [c for c in table.column(self.doc, j) if c.strip()]
            if len(cells) >= 2 and sum(bool(test(c)) for c in cells) * 3 >= len(cells) * 2:
                return True
        return False

    def _named_like_models(self, table) -> bool:
        """A column headed 'Model' whose cells are mostly shaped as model names, versioned ('large-v2') or led by a
        size word ('tiny', 'tiny.en', 'base.en'), each once: a list of models even when its other columns give
        only file sizes or hashes, so its remaining labels ('turbo') are models too."""
        return self._shaped_as_models([without_org(c) for c in table.column(self.doc, table.name_col) if c.strip()])

    def _shaped_as_models(self, labels: list[str]) -> bool:
        """Three labels or more, each once, two thirds of them shaped as model names (versioned, or led by or ending
        in a size word): a table's name column or a list's labels that name models whatever facts stand beside."""
        if len(labels) < 3 or len(set(labels)) < len(labels):
            return False
        shaped = sum(bool(TABLE_NAME_RE.match(c) or BARE_SIZE_RE.match(re.split(r"[.\-]", c, maxsplit=1)[0])
                          or self._ends_in_size_word(c) or SNAKE_SIZED_RE.match(c)) for c in labels)
        return shaped * 3 >= len(labels) * 2

    @staticmethod
    def _ends_in_size_word(cell: str) -> bool:
        """A name written in words that ends in its size word ('KLUE RoBERTa small', 'Moonshine Tiny'), as a name
        written with spaces for its hyphens reads ('X-RoBERTa-small'): shaped as a model's name though it has no
        digit."""
        words = cell.split()
        return 2 <= len(words) <= 4 and bool(LISTED_NAME_RE.match(cell)) and bool(BARE_SIZE_RE.match(words[-1])) \
            and words[0][0].isupper()

    def _table_family(self, pos: int) -> str | None:
        """The family a table of bare sizes belongs to: the nearest heading that names one ('## Whisper' over
        'tiny'), else the document's title ('Model Card: Whisper'), else the name it introduces ('Whisper is a
        speech recognition model'). A family's name recurs in its document; a heading such as 'Model Details' or
        'Available models and languages' names none."""
        for start, title in self.seg.headings_before(pos):
            if start not in self._families:  # one look per heading, not one per table row
                self._families[start] = None
                # 'RITA: a Study on Scaling…', 'Model Card: Whisper': either side of a colon may be the name.
                for part in [title, *title.split(":", 1)] if ":" in title else [title]:
                    words = [w for w in re.findall(r"[\w.\-]+", part) if w.lower() not in FAMILY_HEADING_STOP]
                    family = " ".join(words) if 1 <= len(words) <= 3 and self._capitalised(words[0]) else None
                    if family and self._recurs(family):
                        self._families[start] = family
                        break
            if self._families[start]:
                self._size_families.add(tokens(self._families[start]))  # the family of its sizes, not a model
                return self._families[start]
        # No heading names it (a page without a title): the name the document introduces, then a family of sizes
        family = self.introduced if self.introduced and self._recurs(self.introduced) else self.introduced_family
        if not family or not self._recurs(family):
            return None
        self._size_families.add(tokens(family))
        return family

    def _add_table_name(self, block, table, j: int, name: str) -> None:
        """A model named by a cell of a table row (the cell may give only its size, the name its family's)."""
        cell = block.cells[j].strip()
        start = cell_start(self.doc, block, table.header, j)
        if start is None:
            return
        key = tokens(name)
        mention = self._add_mention(key, name, start, start + len(cell))
        self._cell_subjects.add(id(mention))

    def _family_size_name(self, table, block, cell: str) -> str | None:
        """'Family 111M' for a row whose name cell repeats down the table beside a size column."""
        cells = block.cells
        cell = ASIDE_RE.sub("", cell)  # 'Orion-2 (text only)'
        # A table of results compares sizes of models, the document's own or not; only a row linking its weights
        # names its own model, by a type beside its family ('| CCT | 7/3x1 | 94.7% | [93.6%](…/cct7.pth.zip) |'),
        # not by a size column (a size beside a sized name, 'X-Tiny | 5M', is a fact of X-Tiny)
        results = self._has_results(table)
        if results and not self._offers_weights(block) or cell.lower() in OWN_WORDS:
            return None
        if table.name_counts[cells[table.name_col]] < 2 or not self._capitalised(cell) or len(cell) > 40 \
                or re.search(rf"(?<![\w.]){SIZE_RE}(?![\w.])", cell):
            return None
        j = table.name_col + 1
        if j < len(cells) and j < len(table.header) and FAMILY_VARIANT_HEADER_RE.match(table.header[j]):
            # '| Zorvak 3 | Mini |' under '| Model | Variant |': the family's variant names the row's model
            variant = cells[j].strip()
            if VARIANT_CELL_RE.match(variant) and not (results and re.fullmatch(SIZE_RE, variant)):
                return f"{cell} {variant}"
        if results:
            return None
        for j, head in enumerate(table.header):
            if j != table.name_col and j < len(cells) and column_field(head) == "parameters":
                size = re.match(rf"\s*({SIZE_RE})\b", cells[j])
                if size:
                    return f"{cell} {size.group(1).replace(' ', '')}"
        return None

    def _capitalised(self, word: str) -> bool:
        """A name starts with a capital, or with the stem its document's title writes in lower case, or carries a
        capital inside it ('xLSTM', 'zorvak-RoBERTa'): a plain word ('sizes', 'the') has none."""
        return word[:1].isupper() or bool(self.lower_stem) and word.startswith(self.lower_stem) \
            or any(c.isupper() for c in word)

    def _recurs(self, family: str) -> bool:
        """A family's name recurs in its document: as written, or (a name with a hyphen or an inner capital,
        'XLM-RoBERTa Longformer') spelt as a repository id ('xlm-roberta-longformer-base')."""
        if len(re.findall(rf"(?<![\w-]){re.escape(family)}(?![\w-])", self.doc.text)) >= 2:
            return True
        if not re.search(r"-|[a-z][A-Z]|[A-Z]{2}", family):
            return False
        if self._squashed is None:
            self._squashed = re.sub(r"[^a-z0-9]", "", self.doc.text.lower())
        return self._squashed.count(re.sub(r"[^a-z0-9]", "", family.lower())) >= 2

    def _has_results(self, table) -> bool:
        """A table with a column of results compares sizes of models, the document's own or not."""
        if id(table) not in self._score_columns:
            self._score_columns[id(table)] = table.scores or bool(score_columns(self.doc, table))
        return self._score_columns[id(table)]

    def _version_column(self, table) -> bool:
        """The name column gives bare versions ('v1.5.0', 'v1.3.0 [4]'), the family is named elsewhere."""
        if id(table) not in self._versioned:  # one look per table, not one per row
            cells = [c.strip() for c in table.column(self.doc, table.name_col) if c.strip()]
            versions = sum(bool(BARE_VERSION_CELL_RE.match(c)) for c in cells)
            self._versioned[id(table)] = len(cells) >= 2 and versions * 3 >= len(cells) * 2
        return self._versioned[id(table)]

    def _size_column(self, table) -> bool:
        """The name column gives sizes ('tiny', 'base', '70M'), the family is named elsewhere."""
        cells = [c.strip() for c in table.column(self.doc, table.name_col) if c.strip()]
        # a size with its variant after a dot ('tiny.en', 'base.cn.streaming') is a size of the family too
        sized = sum(bool(BARE_SIZE_RE.match(c.split(".", 1)[0])) for c in cells)
        return len(cells) >= 2 and sized * 3 >= len(cells) * 2

    def _variant_columns(self, table) -> list[int]:
        """Columns headed as models ('English-only model', 'Multilingual model') whose cells are identifiers."""
        out = []
        for j, head in enumerate(table.header):
            if j == table.name_col or not VARIANT_HEADER_RE.search(head):
                continue
            cells = [c.strip() for c in table.column(self.doc, j) if c.strip() and not NA_RE.match(c)]
            if len(cells) >= 2 and sum(bool(SHORT_LABEL_RE.match(c)) for c in cells) * 3 >= len(cells) * 2:
                out.append(j)
        return out


def _cut_in_word(cell: str, at: int) -> bool:
    """A name read at the cell's start ends inside one of its words ('X 7B Sim' of 'X 7B SimPO'): the cell is the
    name."""
    return 0 < at < len(cell) and cell[at - 1].isalnum() and cell[at].isalnum()
