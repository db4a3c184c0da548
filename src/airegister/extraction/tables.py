"""Tables as structures: the row blocks of one table grouped, which column names the rows' models, whether the
table compares scores (a benchmark table) or lists models, and which field a column states.

The readers (Markdown pipe tables, HTML tables, HTML tables inside Markdown) give every row block its cells and
the table's header; a table here is a run of consecutive row blocks under one header.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .document import Document
from .header_synonyms import in_english
from .hubs import HUB_HEADER_RE, file_host_of_address
from .links import repository
from .values import (
    DATE_RE,
    MODALITY_RE,
    PARAM_VALUE_RE,
    TOKEN_COUNT_RE,
    find_license,
    license_name_cell,
    modalities,
    parse_date,
    parse_params,
    parse_size,
    parse_tokens,
    plausible_size,
)

# A column naming each row's model: 'Model', 'Checkpoint name', 'Variant', 'Hugging Face ID', 'Repository'.
# ('Deprecated model', 'Legacy models', 'Retired model name': a deprecations page's own models, with their dates)
NAME_HEADER_RE = re.compile(r"^(?:(?:(?:deprecated|legacy|retired|retiring|shut\s*down)\s+)?"
                            r"(?:model|checkpoint|variant|version)s?(?:[\s_-]+(?:name|id|variant|version|family|url|links?|"
                            r"repo(?:sitory)?|checkpoints?))?|names?|(?:hf|hugging\s*face|hub|modelscope)\s+(?:model\s+)?"
                            r"(?:id|repo(?:sitory)?|name)|repo(?:sitory)?(?:\s+(?:id|name))?)s?"
                            r"(?:\s*\([^()]{1,30}\))?$", re.I)  # ('Model (Cityscapes)': what the row was tested on)
# The words of a column telling where each row's model is downloaded from ('Download', 'Weights', 'Checkpoints',
# 'Links'): one list for the column read as places (field_surfaces, the whole header) and as what a table offers.
DOWNLOAD_WORDS = r"download(?:s|\s+links?)?|links?|weights?|checkpoints?|ckpts?"
DOWNLOAD_HEADER_RE = re.compile(rf"\b(?:{DOWNLOAD_WORDS})\b", re.I)
# ... or how it is loaded ('Config Path', 'Config'): a column giving each row what loads its model.
LOADING_HEADER_RE = re.compile(rf"\b(?:{DOWNLOAD_WORDS}|config(?:uration)?s?(?:\s+(?:path|file|url))?)\b", re.I)
# A cell that is a score (45.3, 67%, -), not a fact: a table of such columns compares models on benchmarks.
SCORE = r"(?:[-–—~≈<>]?\s*\d{1,4}(?:\.\d+)?\s*%?(?:\s*[±(][^)]*\)?)?|[-–—]|n/?a)"
SCORE_CELL_RE = re.compile(rf"^\s*(?:{SCORE}(?:\s*[|/,;]?\s+{SCORE})*|/)?\s*$", re.I)
SCORE_HEADER_RE = re.compile(r"\b(?:score|performance|accuracy|acc|wer|cer|bleu|rouge|pass@\d|win\s*rate|elo|f1|"
                             r"exact\s*match|em)\b|\b(?:acc|top)[-@]?[15]\b|[↑↓]|shot", re.I)  # ('Acc1', 'Top-5')
# A column of an API's models table stating a limit or a price ('Max output tokens', 'Output tokens', 'Input price
# per 1M tokens', 'RPM'): figures that describe how a model is offered, not results (a throughput, 'tokens/s', is one).
OFFER_HEADER_RE = re.compile(r"\b(?:max(?:imum)?|output|input|completion|prompt)\b.*\btokens?\b(?!\s*(?:/|per)\s*s)"
                             r"|\bpric(?:e|es|ing)\b|\bcosts?\b|[$€¥£]|\bper\s+(?:1\s?[MK]\b|million|thousand)"
                             r"|\b[RT]P[MD]\b|\brate\s+limits?\b", re.I)
VERSION_HEADER_RE = re.compile(r"^\W*(?:model\s+|api\s+)?(?:versions?|revisions?|releases?)\W*$", re.I)  # '24.11'
# A short label that reads as a model's name: letters and a digit (a version or a size), no sentence.
MODEL_LABEL_RE = re.compile(r"^(?=[^ ]*[A-Za-z])(?=.*\d)[A-Za-z0-9][\w.\-/]*(?:[ \t][\w.\-/()]+){0,4}$")
# A column headed only as identifiers ('ID', 'Identifier') names each row's model when its cells are short
# identifiers, one word each, often quoted or code-marked ("'chunk'", '`frame-fast`'): what a program loads it by.
# 'ID', 'Model ID', 'API ID', 'API model name', 'Model code': the identifiers a program calls models by
ID_HEADER_RE = re.compile(r"^(?:(?:api|model)\s+)?(?:ids?|identifiers?)$|^api\s+(?:model\s+)?(?:names?|codes?)$"
                          r"|^model\s+codes?$", re.I)
IDENTIFIER_CELL_RE = re.compile(r"^['\"‘“`]?([A-Za-z][\w.\-/+:]{0,59}?)['\"’”`]?$")
# A header naming only a model hub ('HuggingFace', '🤗 Hugging Face', 'ModelScope'): a download table's columns,
# each cell the row's model on that hub.
BARE_SIZE_RE = re.compile(r"^\s*(?:\d+(?:\.\d+)?\s*[BMTbmt]|tiny|small|base|medium|(?:x{0,2}|extra[- ]?)large|"
                          r"x?x?[sl]|huge|mini|nano)\s*$",
                          re.I)
# A family's name and a size word ('PVT-Tiny', 'ViT-Large', 'Grebe Base'), each cell of a column naming its rows.
TIERED_LABEL_RE = re.compile(r"^[A-Z][\w.]*[- ](?:Tiny|Mini|Small|Base|Medium|Large|XL|XXL|Huge|Nano)$")

CONTINUATION_RE = re.compile(r"[ \t]*\|[ \t]*\|")  # a pipe row whose first cell is empty
ROW_NUMBER_RE = re.compile(r"^\s*#?\d{1,3}\.?\s*$")
MAX_LEADING_COLUMNS = 2  # columns that number or group rows before the name column

UP_TO_ASIDE = r"\s*\(\s*up\s+to\s*\)"  # 'Training Data (up to)': how recent the training data is
# Column headers that state one field, tried in order; a column maps only when most of its cells parse.
FIELD_HEADERS = (
    # ('Content Length': a models table's misspelt 'Context Length', as a well-known card's table writes it)
    ("context_window", re.compile(r"context|^\W*content\s+length\W*$|max(?:imum)?\s*(?:input\s+)?tokens|"
                                  r"seq(?:uence)?\.?\s*(?:len|length)|"
                                  r"max(?:imum)?\s+length|window|"
                                  r"^\W*text\s+length\W*$", re.I)),  # (a vision-language model's 'Text length')
    ("parameters", re.compile(r"^#?\s*(?:total\s+)?param(?:eter)?s?\.?(?:\s*\(.*\))?$|"  # ('#Param.')
                              r"^(?:model\s+)?size(?:\s*\((?:[MB]|millions?|billions?)\))?$|"
                              r"^#\s*params|^(?:n|num)[_\s]?params?$|^params?\b|^parameters?\b|^total\s+param|"
                              r"^#\s*[A-Za-z][\w-]*\s+param(?:eter)?s?\b", re.I)),  # ('# EAGLE Parameters')
    # Cut-offs before release dates: 'Knowledge cutoff date' is a cut-off. 'Data cut-off' is the training data's
    # cut-off (labelling conventions); 'knowledge cutoff' alone is knowledge.
    # ... or 'Training data' over 'Up to Dec 2023' (an API's models table): how recent the training data is
    ("training_data_cutoff", re.compile(r"^(?:(?:pre-?)?training\s+)?data\s*cut-?\s*off|data\s+freshness|"
                                        rf"^\W*training\s+data(?:{UP_TO_ASIDE})?\W*$", re.I)),
    ("knowledge_cutoff", re.compile(r"knowledge\s*cut-?\s*off|cut-?\s*off", re.I)),
    # A date column is the release only when it says so or says nothing else ('Date'); a shutdown, deprecation or
    # last-updated date is not when the model came out.
    ("release_date", re.compile(r"^(?!.*(?:deprecat|shut\s*down|retire|sunset|end[\s-]of[\s-]life|discontinu|updat|"
                                r"legacy|paper|training|trained|expir|removal))(?:.*(?:release|launch)|\W*(?:model\s+)?"
                                r"dates?\W*$)", re.I)),
    ("license", re.compile(r"^licen[cs]e", re.I)),
    ("input_modalities", re.compile(r"^inputs?(?:\s+modalit(?:y|ies))?$|^input\s+types?$", re.I)),
    ("output_modalities", re.compile(r"^outputs?(?:\s+modalit(?:y|ies))?$|^output\s+types?$", re.I)),
)
FIELD_HEADER = dict(FIELD_HEADERS)  # a field's header pattern by the field's name
ARCHITECTURE_HEADER_RE = re.compile(r"^\W*(?:n_|num_|#\s*)?(?:layers?|heads?|d_?model|d_?head|d_?ffn|ffn|hidden|"
                                    r"dim(?:ension)?s?|vocab\w*|lr|learning\s+rate|batch|bs|experts?|activ\w*|tokens?|seq\w*|"
                                    r"embedding)(?![^\W_])", re.I)  # a config key's word ends at '_' ('hidden_size')
# A table of training or fine-tuning settings: its 'Max sequence length' is a setting of the run, not the model's
# context window. (A pooling strategy is how an embedding model is used, not how it was trained.)
TRAINING_HEADER_RE = re.compile(r"batch|learning\s*rate|\blr\b|epochs?|steps|gpus?|hardware|(?<!pooling\s)strateg|lora|"
                                r"warm-?up", re.I)
NOT_FIELD_HEADER_RE = re.compile(r"activ|attention\s+window|output\s+tokens|max\s+output|generation|embedding|hidden|"
                                 rf"vocab|layer|training(?!\s+data(?:\s*cut|{UP_TO_ASIDE}|\W*$))|tokens?\s+(?:trained|seen)|"
                                 r"batch", re.I)


@dataclass
class Table:
    header: tuple
    blocks: list[int] = field(default_factory=list)  # indices into doc.blocks
    name_col: int | None = None
    scores: bool = False  # a benchmark table: its columns are scores
    name_counts: Counter = field(default_factory=Counter)  # how often each name cell stands in its column
    section_of: dict = field(default_factory=dict)  # row block -> the section row above it ('**Audio models**')
    transposed: bool = False  # its models are its column headers, its facts its rows (`is_transposed`)
    zoo: bool = False  # each row links its own weights, its first column names them (`weights_zoo`)

    def column(self, doc: Document, j: int) -> list[str]:
        cells = [doc.blocks[i].cells for i in self.blocks]
        return [c[j] for c in cells if j < len(c)]


def cell_start(doc: Document, block, header: tuple, j: int) -> int | None:
    """Where cell `j` of a row block starts in the analysis text (rows read 'heading: cell | …'), or None."""
    cell = block.cells[j].strip()
    row = doc.text[block.start:block.end]
    head = header[j] if j < len(header) else ""
    at = row.find(f"{head}: {cell}") if head else -1
    at = at + len(head) + 2 if at >= 0 else row.find(cell)
    return block.start + at if at >= 0 else None


def find_tables(doc: Document) -> tuple[list[Table], dict[int, Table]]:
    """Tables of the document and the table each row block belongs to (worked out once per document)."""
    cached = doc.__dict__.get("_tables")
    if cached is None:
        cached = doc.__dict__["_tables"] = _find_tables(doc)
    return cached


def _continues_model(doc: Document, table: Table, index: int) -> bool:
    """A row continuing the one above with its name and its size left empty ('|  |  | Decoder | 6 |' under
    '| X-base | 124M | Encoder | 6 |'): another part of the same model, not another model of the name's family (a
    continuation row with a size of its own is one: '|  | 3B |' under '| X 3.2 | 1B |')."""
    block = doc.blocks[index]
    if table.name_col != 0 or not CONTINUATION_RE.match(block.source):
        return False
    sizes = [j for j, head in enumerate(table.header) if FIELD_HEADER["parameters"].search(
        in_english(head.strip().replace("_", " ")))]
    written = re.split(r"(?<!\\)\|", block.source.strip().strip("|"))
    return bool(sizes) and all(j < len(written) and not written[j].strip() for j in sizes)


def _find_tables(doc: Document) -> tuple[list[Table], dict[int, Table]]:
    tables: list[Table] = []
    of_block: dict[int, Table] = {}
    previous = None
    for i, block in enumerate(doc.blocks):
        if block.kind != "row":
            if block.kind != "column":
                previous = None
            continue
        if previous is None or previous.header != block.header or not block.header and \
                len(block.cells) != len(doc.blocks[previous.blocks[-1]].cells):
            previous = Table(block.header)
            tables.append(previous)
        previous.blocks.append(i)
        of_block[i] = previous
    for table in tables:
        table.transposed = is_transposed(doc, table)
        table.zoo = weights_zoo(doc, table)  # once per table: the name column and each row's name ask it
        table.name_col = name_column(doc, table)
        table.scores = is_score_table(doc, table)
        if table.name_col is not None:
            # A row repeated whole ('| `x-qe-da` | [🔗](…/x-qe-da.tar.gz) |' twice) lists its model once, not a label
            # shared by several rows ('Base', 'Base').
            # A row continuing the one above ('|  | Decoder | 6 |' under '| X-base | Encoder | 6 |') repeats its name
            # cell as a reader sees it; the name stands once in the column as written.
            # A name linking its own file in each of its rows ('[x_forward](…/x_forward.zip) | 1c1cb03' and again with
            # another file and commit) lists its model's checkpoints again, not a group of others; columns before it
            # still tell its rows apart ('| PubLayNet | [x_3x](…) |', '| HJDataset | [x_3x](…) |').
            rows = dict.fromkeys(tuple(c.strip() for c in doc.blocks[i].cells[:table.name_col + 1])
                                 if _name_links(doc, table, i) else tuple(c.strip() for c in doc.blocks[i].cells)
                                 for i in table.blocks if not _continues_model(doc, table, i))
            table.name_counts = Counter(r[table.name_col] for r in rows if table.name_col < len(r))
        section = None
        for i in table.blocks:
            cells = doc.blocks[i].cells
            if len(cells) >= 3 and cells[0] and not any(c.strip() for c in cells[1:]):
                section = i  # a row of one label over the rows below it: a sub-heading of the table
            elif section is not None:
                table.section_of[i] = section
    return tables, of_block


def _name_links(doc: Document, table: Table, index: int) -> bool:
    """The row's name cell is one link's text ('| [x_forward](…/x_forward.zip) |')."""
    block = doc.blocks[index]
    if table.name_col >= len(block.cells) or not block.cells[table.name_col].strip():
        return False
    start = cell_start(doc, block, block.header, table.name_col)
    if start is None:
        return False
    cell = block.cells[table.name_col].strip()
    return any(a <= start and start + len(cell) <= b for a, b, _url in doc.links_over(start, start + len(cell)))


def labelled_row(block) -> bool:
    """A row whose first cell is a label that is not a size ('| GLIDE | Diff | 5.0B |'): the row is about what that
    label names (a method or model compared), not an unnamed size of the document's family ('| 7B | 32 | 4K |') nor
    a fact of a key-value table ('| Parameters | 7B |')."""
    first = block.cells[0].strip() if block.cells else ""
    return bool(re.search(r"[A-Za-z]{2}", first)) and not BARE_SIZE_RE.match(first) and column_field(first) is None


def compared_fact(doc: Document, block, pos: int) -> bool:
    """`pos` stands in a fact column ('#Params') of a row labelled by something else than a size or a fact: the row
    states the facts of what its label names ('| GLIDE | Diff | 5.0B |'). A key-value table ('| n_parameters |
    6.7B |' under 'Hyperparameter | Value') states its facts by its rows' labels, not by its columns."""
    if not labelled_row(block):
        return False
    starts = [(cell_start(doc, block, block.header, j), j) for j in range(1, len(block.cells))
              if block.cells[j].strip()]
    j = max((j for start, j in starts if start is not None and start <= pos), default=None)
    return j is not None and j < len(block.header) and column_field(block.header[j]) is not None


def is_name_header(head: str) -> bool:
    """The header of a column naming each row's model ('Model', 'Checkpoint name', '模型')."""
    return bool(NAME_HEADER_RE.match(in_english(head).strip()))


# A column naming each row's data: a training corpus, a test set, a benchmark ('Data', 'Dataset', 'Test set').
DATA_HEADER_RE = re.compile(r"^(?:(?:training|evaluation|test|eval)\s+)?(?:data(?:\s*sets?)?|corpus|corpora|"
                            r"test\s*sets?|benchmarks?)$", re.I)
# A column naming each row's place of service: a cloud region, a zone, an endpoint ('| Region | Endpoint |' over
# '| EU1 (Europe) | `eu1.api.…` |'): where the models run, not models.
PLACE_HEADER_RE = re.compile(r"^(?:(?:cloud|aws|azure|gcp|service|api|deployment)\s+)?(?:regions?|zones?|"
                             r"locations?|data\s*cent(?:er|re)s?|endpoints?|clusters?|countr(?:y|ies))$", re.I)
# A column naming what runs or holds each row's files ('| Framework | Download |' over '| PyTorch | [x.pth](…) |',
# '| Format |' over '| ONNX |'): one model's downloads per runtime, not a model per row.
RUNTIME_HEADER_RE = re.compile(r"^(?:(?:inference\s+)?(?:frameworks?|runtimes?|backends?|engines?)|"
                               r"(?:model\s+|file\s+)?formats?|platforms?)$", re.I)


# A column naming what each row's model was made from ('Base Model', 'Foundation model', 'Fine-tuned from'): the
# row's model is another, named by its own link or a later column, never by this one. ('Base' alone heads the base
# variants of a grid of models: '| Base | Chat |'.)
BASE_HEADER_RE = re.compile(r"^\W*(?:(?:base|foundation|parent|teacher|original)\s*(?:models?|llms?|checkpoints?)|"
                            r"(?:based|built|initiali[sz]ed|fine-?tuned|trained|distilled|merged)\s+(?:on|from|upon))"
                            r"\W*$", re.I)


def name_column(doc: Document, table: Table) -> int | None:
    """The column naming each row's model: headed so ('Model', 'Name'), else the first column of model labels or
    of a family's sizes ('tiny', 'base', '70M'), after any columns that only number the rows ('#') or group them
    (a label repeated over several rows: 'Base', 'Base', 'Chat', 'Chat'). A table with its models in columns has
    none, whatever its corner cell says ('Model')."""
    if table.transposed:
        return None
    version = None
    for j, head in enumerate(table.header):
        if is_name_header(head) or identifier_column(doc, table, j):
            if not VERSION_HEADER_RE.match(head):
                return j
            # '| Version | Name | Purpose |' over '| v1.0 | x-tiny | … |': the column of names, not of the versions
            version = j if version is None else version
    if version is not None:
        return version
    # '| Network | Type | Framework |', '| Architecture | # Parameters |': a zoo's column of its networks, when no
    # column is headed as the models' ('| Version | Architecture |': the versions are the models)
    # (the first column: '| Method | Arch. |' names methods, each on an architecture)
    if table.header and NETWORK_HEADER_RE.match(in_english(table.header[0]).strip()):
        return 0
    found = _unheaded_name_column(doc, table)
    return found if found is not None else _linked_ids_column(doc, table)


def _linked_ids_column(doc: Document, table: Table) -> int | None:
    """A column whose cells are links written as the repository they reach ('| Source |' over
    '[x-large-xlsr-53-egyptian](https://huggingface.co/org/x-large-xlsr-53-egyptian)'), two thirds of its filled
    cells at least: each row's model, whatever the column is headed."""
    rows = [doc.blocks[i] for i in table.blocks]
    for j in range(len(table.header)):
        filled = [r for r in rows if j < len(r.cells) and r.cells[j].strip()]
        named = 0
        for row in filled:
            start = cell_start(doc, row, row.header, j)
            cell = row.cells[j].strip()
            named += start is not None and any(
                (repo := repository(url)) and repo[1].lower() == cell.lower()
                for _s, _e, url in doc.links_over(start, start + len(cell)))
        if len(filled) >= 2 and named * 3 >= len(filled) * 2:
            return j
    return None


NETWORK_HEADER_RE = re.compile(r"^(?:networks?|architectures?|arch\.?)$", re.I)


VERSION_HEADER_RE = re.compile(r"^\W*versions?\W*$", re.I)


def _unheaded_name_column(doc: Document, table: Table) -> int | None:
    """The name column of a table whose headers name none: a hub column's, else the first column of labels."""
    if hub_headed(table):
        # '| HuggingFace | ModelScope |' over '| 🤗 [X-Chat](…) | [X-Chat](…) |': every column names the row's model
        cells = [re.sub(r"^\W+", "", c) for c in table.column(doc, 0) if c.strip()]
        if len(cells) >= 2 and sum(bool(MODEL_LABEL_RE.match(c)) and len(c) <= 60 for c in cells) * 3 >= len(cells) * 2:
            return 0
    if empty_corner_names(doc, table) or table.zoo:
        return 0
    width = max((len(doc.blocks[i].cells) for i in table.blocks), default=0)
    for j in range(min(width - 1, MAX_LEADING_COLUMNS + 1)):
        head = in_english(table.header[j]).strip() if j < len(table.header) else ""
        if DATA_HEADER_RE.match(head) or PLACE_HEADER_RE.match(head) or RUNTIME_HEADER_RE.match(head):
            return None  # '| Data | URL |' over '| X test set | [download](…) |': data sets offered, not models
        if BASE_HEADER_RE.match(head):
            continue  # '| Base Model | HF |' over '| Llama2 7b | [Link](…/org/x_7b) |': the base, not the row's model
        cells = [c for c in table.column(doc, j) if c]
        if len(cells) >= 2 and sum(bool(MODEL_LABEL_RE.match(c)) and len(c) <= 60 for c in cells) * 3 >= len(cells) * 2:
            return j
        if len(cells) >= 2 and sum(bool(BARE_SIZE_RE.match(c)) for c in cells) * 3 >= len(cells) * 2:
            return j  # a family's sizes: each row one model of the family
        if len(cells) >= 2 and all(TIERED_LABEL_RE.match(c) for c in cells) and len(set(cells)) == len(cells):
            return j  # 'PVT-Tiny', 'PVT-Small', …: a family's sizes written with its name
        if not (all(ROW_NUMBER_RE.match(c) for c in cells) or len(set(cells)) * 2 <= len(cells)):
            return None
    return None


# A column of each row's own weights ('Download', 'Weights', 'Checkpoint'), not of its paper or code.
WEIGHTS_HEADER_RE = re.compile(r"^\W*(?:downloads?|weights?|checkpoints?|ckpts?|models?)(?:\s+(?:links?|files?))?\W*$",
                               re.I)
LANGUAGE_HEADER_RE = re.compile(r"^(?:languages?|lang)$", re.I)
DATA_LINK_RE = re.compile(r"/datasets/|\.(?:txt|csv|jsonl?|tsv|parquet)(?:\?|$)", re.I)
ZOO_NAME_RE = re.compile(r"^(?=.{2,40}$)[A-Za-z][\w.+]*(?:-[\w.+]+)*$")
# ... and a name linking its own weights file, which may hold a few words ('MobileNetV3-Large 0.75').
LINKED_ZOO_NAME_RE = re.compile(r"^(?=.{2,40}$)[A-Za-z][\w.+]*(?:-[\w.+]+)*(?:[ \t][\w.+]+(?:-[\w.+]+)*){0,3}$")


def weights_zoo(doc: Document, table: Table) -> bool:
    """'| Method | EPE | Params | Download |' over '| StereoNet-AA | 1.08 | 0.53M | [model](…) |', '| AANet+ | … |': a
    zoo whose rows each link their own weights, its first column one short name per row, versioned or not."""
    heads = [j for j, head in enumerate(table.header) if j and WEIGHTS_HEADER_RE.match(in_english(head))]
    rows = [doc.blocks[i] for i in table.blocks]
    first = in_english(table.header[0]).strip() if table.header else ""
    if RUNTIME_HEADER_RE.match(first):
        return False
    if len(rows) >= 2 and not DATA_HEADER_RE.match(first) \
            and sum(_links_own_weights(doc, r) for r in rows) * 3 >= len(rows) * 2:
        return True  # its names are links to their weights files, whatever its columns are headed
    if not heads or len(rows) < 2 or DATA_HEADER_RE.match(first) or LANGUAGE_HEADER_RE.match(first):
        return False
    if any(DATA_LINK_RE.search(url) for r in rows for _s, _e, url in doc.links_over(r.start, r.end)):
        return False  # '| Assamese | [Download](…/as.txt) |', '[🤗](…/datasets/org/x-hard)': data, not weights
    firsts = [r.cells[0].strip() for r in rows if r.cells]
    if len(set(firsts)) < len(firsts) or sum(bool(ZOO_NAME_RE.match(c)) for c in firsts) * 3 < len(firsts) * 2:
        return False
    linked = sum(any(doc.links_over(r.start, r.end)) and heads[0] < len(r.cells) and r.cells[heads[0]].strip() != ""
                 for r in rows)
    return linked * 3 >= len(rows) * 2


# Extensions of files of weights: PyTorch, Torch7, TensorFlow, Caffe, MXNet, Paddle, ONNX, safetensors, GGUF …
WEIGHTS_EXTENSIONS = r"(?:pt|pth|t7|ckpt|safetensors|bin|gguf|onnx|h5|pb|caffemodel|params|pdparams|tflite|mlmodel)"
WEIGHTS_URL_RE = re.compile(rf"\.{WEIGHTS_EXTENSIONS}(?:\.zip)?(?:[?#].*)?$", re.I)


def _links_own_weights(doc: Document, row) -> bool:
    """A row whose first cell is a short name linking a weights file ('| [TResNet_M](…/tresnet_m_COCO_224.pth) |')."""
    cell = row.cells[0].strip() if row.cells else ""
    if not LINKED_ZOO_NAME_RE.match(cell):
        return False
    start = cell_start(doc, row, row.header, 0)
    # ('| [Face Frontalization](https://drive.google.com/file/d/…) | pSp trained with … |': a file on a host of files)
    return start is not None and any(WEIGHTS_URL_RE.search(url) or file_host_of_address(url)
                                     for _s, _e, url in doc.links_over(start, start + len(row.cells[0])))


# A short label in title case ('Dunlin Sage', 'Dunlin Sage Mini'): a name of a tier, not a sentence.
TITLE_LABEL_RE = re.compile(r"^[A-Z][\w.\-]*(?:[ \t][A-Z0-9][\w.\-]*){0,3}$")


def empty_corner_names(doc: Document, table: Table) -> bool:
    """An empty first header over names in title case, beside a column of a model's facts ('| | Context | Input |'
    over '| Dunlin Sage | 256K | $2.00 |', an API's pricing table with each name a row heading): the rows are
    models, named with or without a version."""
    if not table.header or table.header[0].strip() or len(table.header) < 2:
        return False
    if not any(column_field(head) for head in table.header[1:]):
        return False
    cells = [c.strip() for c in table.column(doc, 0)]
    return len(cells) >= 2 and all(TITLE_LABEL_RE.match(c) for c in cells) and len(set(cells)) == len(cells)


def hub_headed(table: Table) -> bool:
    """Every column of the table is headed by a model hub's name alone ('| HuggingFace | ModelScope |')."""
    heads = [h for h in table.header if h.strip()]
    return bool(heads) and all(HUB_HEADER_RE.match(h.strip()) for h in heads)


def identifier_column(doc: Document, table: Table, j: int) -> bool:
    """Column `j` is headed 'ID' (or 'Identifier') and at least two thirds of its cells, two or more, are short
    identifiers with a letter ("'chunk'", 'frame-fast'): names a program loads models by, not row numbers."""
    if j >= len(table.header) or not ID_HEADER_RE.match(in_english(table.header[j]).strip()):
        return False
    cells = [c.strip() for c in table.column(doc, j) if c.strip()]
    return len(cells) >= 2 and sum(bool(IDENTIFIER_CELL_RE.match(c)) for c in cells) * 3 >= len(cells) * 2


def is_score_table(doc: Document, table: Table) -> bool:
    """Most columns other than the name column hold scores: models compared on benchmarks, not listed."""
    columns = _fact_columns(doc, table)
    return bool(columns) and len(score_columns(doc, table)) * 2 > len(columns)


def _fact_columns(doc: Document, table: Table) -> list[int]:
    width = max((len(doc.blocks[i].cells) for i in table.blocks), default=0)
    # Columns before the name column label groups of rows (a benchmark's name over a rowspan), not facts.
    return [j for j in range(width) if table.name_col is None or j > table.name_col]


# A table of a model's settings read as key and value ('Hyperparameter | Value', 'Model config | Value'): its
# figures describe the model, they are not results.
SETTINGS_KEY_HEADER_RE = re.compile(r"^\W*(?:hyper-?parameters?|model\s+config(?:uration)?|config(?:uration)?|"
                                    r"settings?|parameter)\W*$", re.I)


def score_columns(doc: Document, table: Table) -> list[int]:
    """The columns of a table that hold scores (by their header, or most cells being figures of a result)."""
    if len(table.header) == 2 and SETTINGS_KEY_HEADER_RE.match(table.header[0]):
        return []
    out = []
    for j in _fact_columns(doc, table):
        head = table.header[j] if j < len(table.header) else ""
        if SCORE_HEADER_RE.search(head):
            out.append(j)
            continue
        if ARCHITECTURE_HEADER_RE.search(head) or column_field(head) or OFFER_HEADER_RE.search(head) \
                or VERSION_HEADER_RE.match(head):
            continue  # 'Layers', 'd_model', 'Parameters', 'Max output tokens', 'Version': figures that describe a model
        cells = [c for c in table.column(doc, j) if c.strip()]
        if len(cells) >= 3 and len({c.strip() for c in cells}) == 1:
            continue  # one figure down every row ('Downsamples | 7', '7', '7'): a setting the models share
        if cells and sum(bool(SCORE_CELL_RE.match(c)) for c in cells) * 3 >= len(cells) * 2:
            out.append(j)
    return out


@lru_cache(maxsize=1 << 16)  # asked per row and per name: pure, and the same text recurs
def column_field(head: str) -> str | None:
    head = in_english(head.strip().replace("_", " "))  # a config key ('model_max_length') read as its words
    if not head or NOT_FIELD_HEADER_RE.search(head):
        return None
    for name, pattern in FIELD_HEADERS:
        if pattern.search(head):
            return name
    return None


# -- fields from columns ------------------------------------------------------------------------------------------
# A context column's length in bases or base pairs ('8kb', '131 kb', '1Mb', '12 kbp'); a lower-case 'b', so that a
# size in bytes ('8 KB', '1 MB') is not read as one.
BASES_CELL_RE = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[kKM])bp?")


# A size column or row whose label gives the unit ('#Params (M)', 'params<br><sup>(M)</sup>', 'Size (B)',
# 'Params / M', 'Parameters (in millions)'): its cells are bare numbers in that unit ('2.6', '13.1').
# ('# Params (M) (img + txt)': an aside on what the figure counts may follow the unit)
LABEL_UNIT_RE = re.compile(r"(?:\(\s*(?:in\s+)?|/\s*|\[\s*)(?P<unit>[MB]|millions?|billions?)\s*[)\]]?"
                           r"(?:\s*(?:<br\s*/?>\s*)?\([^()]{1,30}\))?\s*$", re.I)
BARE_NUMBER_RE = re.compile(r"\d{1,4}(?:\.\d+)?")


def label_unit(label: str) -> int | None:
    """The multiplier a size column's label states ('#Params (M)' -> 10**6), or None."""
    m = LABEL_UNIT_RE.search(label.strip())
    return None if m is None else 10**6 if m.group("unit")[0] in "Mm" else 10**9


def column_size(value: int | None) -> bool:
    """A size a column of sizes may give: a small vision or speech model's too ('0.53M' under 'Params'), which a
    count in prose would not be read as (values.plausible_size)."""
    return value is not None and 10**5 <= value <= 10**13


def parse_cell(field_name: str, cell: str, label: str = ""):
    """The cell's value for `field_name` when the cell states just that value (with the existing parsers); `label`
    is its column's header (or its row's label in a transposed table), which may give a size's unit."""
    cell = cell.strip()
    if not cell or len(cell) > 80:
        return None
    if field_name == "context_window":
        m = TOKEN_COUNT_RE.match(cell)
        if m and re.fullmatch(r"[\s(]*(?:tokens?)?[)\s]*", cell[m.end():]):
            return parse_tokens(m)
        bases = BASES_CELL_RE.fullmatch(cell)  # a sequence model's context in bases ('8kb', '1Mb'): read literally
        return round(float(bases.group("num")) * (1000 if bases.group("unit") in "kK" else 10**6)) if bases else None
    if field_name == "parameters":
        unit = label_unit(label)
        # '11.4 + 42.4' under '# Params (M) (img + txt)': the model's parts, its total their sum
        parts = cell.strip("*").split("+")
        parts = [p.strip() for p in parts] if len(parts) > 1 else parts
        if unit and all(BARE_NUMBER_RE.fullmatch(p) for p in parts):
            value = round(sum(float(p) for p in parts) * unit)
            return value if column_size(value) else None
        m = PARAM_VALUE_RE.match(cell)
        if m and not re.match(r"\s*(?:\(?\s*activ|tokens?)", cell[m.end():], re.I):
            value = parse_params(m)
            return value if column_size(value) else None
        return None
    if field_name in ("release_date", "knowledge_cutoff", "training_data_cutoff"):
        m = DATE_RE.search(cell)
        return parse_date(m) if m and len(cell) <= 40 else None
    if field_name == "license":
        found = find_license(cell)
        if found:
            return found[0]
        # Under a 'License' header, a short capitalised name is the licence's own ('Tern Research', 'Tern')
        return license_name_cell(cell) if FIELD_HEADER["license"].search(label.strip()) else None
    if field_name in ("input_modalities", "output_modalities"):
        rest = MODALITY_RE.sub("", cell)
        found = modalities(cell)
        return found if found and re.fullmatch(r"[\s,&/+;|]*(?:and[\s,&/+;|]*)*", rest) else None
    return None


# A column header that reads as a model's name: letters and a digit ('X-7B'), or a hyphenated word ('X-Chat').
MODEL_HEADER_RE = re.compile(r"^(?=.{2,60}$)(?:(?=.*[A-Za-z])(?=.*\d)[\w.\-/ ]+|[A-Za-z][\w.]*(?:-[\w.]+)+)$")
# A row labelled by a part of the models' shape in words ('Number of Attention Heads', 'MoE Hidden Dimension').
# ... or of its training set-up ('per-device batch size', 'learning rate', 'weight decay'): settings, not results.
SHAPE_LABEL_RE = re.compile(r"\b(?:layers|(?:attention|kv)\s+heads|hidden\s+(?:dimension|size)|experts|"
                            r"vocabulary\s+size|batch\s+size|learning\s+rate|warm-?up|weigh?th?\s+decay|epochs|"
                            r"dropout|training\s+(?:steps|time))\b", re.I)
KIND_OF_MODEL_HEADER_RE = re.compile(r"^(?=.{2,40}$)(?:[A-Z][\w-]*\s+){1,3}[Mm]odels?$")


def sizes_header(table: Table) -> bool:
    """A header labelled as the models' size and naming them by it ('| Parameters | 2B | 9B | 27B |'), as a technical
    report's table of the sizes' design choices is headed."""
    heads = [h.strip() for h in table.header[1:]]
    return bool(table.header) and column_field(table.header[0]) == "parameters" and len(heads) >= 2 \
        and all(parse_size(h) and plausible_size(parse_size(h)) for h in heads)


def is_transposed(doc: Document, table: Table) -> bool:
    """A table with the models as its column headers and the facts as its rows ('| | X-7B | X-70B |' over
    '| Context window | 32K | 128K |'), as vendors' docs pages compare their own models: two model headers at
    least, most of them so (a bare size, 'Small', counts), and a row whose first cell names a field."""
    heads = [h.strip() for h in table.header[1:] if h.strip()]
    # ('| Architecture | Large MoE Model | Small MoE Model |': columns headed as models of a kind count as models)
    named = sum(bool(MODEL_HEADER_RE.match(h) or BARE_SIZE_RE.match(h) or KIND_OF_MODEL_HEADER_RE.match(h))
                for h in heads)
    rows = [doc.blocks[i].cells for i in table.blocks if doc.blocks[i].cells]
    fields = sum(bool(column_field(cells[0])) for cells in rows)
    # An empty corner over rows mostly labelled by fields ('Size', 'Context') heads its columns with the models
    # whatever their names look like ('| | openchat | opencoderplus |'); an API's rows of identifiers and limits
    # ('API model name', 'Max output tokens', 'Price') describe its models as surely.
    specs = sum(bool(column_field(cells[0]) or OFFER_HEADER_RE.search(cells[0])
                     or ID_HEADER_RE.match(in_english(cells[0]).strip())) for cells in rows)
    corner = bool(table.header) and not table.header[0].strip() and fields and specs * 2 >= len(rows)
    if sizes_header(table) and not any(SCORE_HEADER_RE.search(h) for h in table.header):
        return True  # '| Parameters | 2B | 9B | 27B |' over the sizes' design: each column one size of the family
    if not table.header or column_field(table.header[0]) or any(SCORE_HEADER_RE.search(h) for h in table.header):
        return False
    if identifier_row(table, rows):
        return True
    if len(heads) < 2 or named * 3 < len(heads) * 2 and not corner:
        return False
    shaped = [bool(ARCHITECTURE_HEADER_RE.search(cells[0]) or SHAPE_LABEL_RE.search(cells[0])) for cells in rows]
    shape = sum(s and not column_field(cells[0]) for s, cells in zip(shaped, rows, strict=True))
    scores = sum(all(SCORE_CELL_RE.match(c) for c in cells[1:] if c.strip()) and not column_field(cells[0]) and not s
                 for s, cells in zip(shaped, rows, strict=True))
    # Rows of facts and of the models' shape ('Layers', 'd_model') outnumber rows of results ('MMLU', 'loss'): a
    # table comparing models on benchmarks names the models it compares, not the document's ...
    # ... unless a row offers each column's weights ('HF weights | x_d16.pth | x_d20.pth'): a zoo of its own models,
    # their results beside them.
    offered = any(DOWNLOAD_HEADER_RE.search(cells[0]) and all(c.strip() for c in cells[1:len(table.header)])
                  for cells in rows if len(cells) >= len(table.header))
    return fields >= 1 and (scores < fields + shape or offered)


def identifier_row(table: Table, rows: list[list[str]]) -> bool:
    """A row giving each column's model by the identifier a program calls it ('| Model | `precise` | `lumen-2` |'
    under '| Capability | Precise | Lumen 2 |', a docs page comparing its models on capabilities, not figures): the
    columns are models whatever their headers look like. Each identifier starts with its header's first word, so
    a row of settings ('| Model | yes | no |') or of another table's names says nothing."""
    width = len(table.header)
    heads = [h.strip() for h in table.header[1:]]
    if width < 3 or not all(heads) or len(set(heads)) < len(heads) or any(map(is_name_header, table.header)):
        return False
    for cells in rows:
        if len(cells) < width or not (is_name_header(cells[0]) or ID_HEADER_RE.match(in_english(cells[0]).strip())):
            continue
        ids = [c.strip().strip("`'\"") for c in cells[1:width]]
        if len(set(ids)) == len(ids) and all(
                IDENTIFIER_CELL_RE.match(i) and re.match(re.escape(h.split()[0].lower()) + r"(?![a-z])", i.lower())
                for i, h in zip(ids, heads, strict=True)):
            return True
    return False
