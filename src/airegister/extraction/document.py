"""The reader's output: a document as one analysis string cut into blocks (headings, paragraphs, items, rows)."""

import bisect
import html
import re
from dataclasses import dataclass, field, replace
from functools import cached_property

WS_RE = re.compile(r"\s+")
# Chinese, Japanese and Korean letters: word characters to `\w`, yet a Latin name glued to them ends there
# ('EmotiVoice是一个…', 'KoBART-base를 …'), as these scripts write no space between words.
CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK_LETTERS}]")
LIST_START_RE = re.compile(r"(?:[-*•·–]|\d{1,3}(?:\.\d{1,3})*[.)]?)\s|#")
NUMBERED_ITEM_RE = re.compile(r"\d{1,3}(?:\.\d{1,3})*[.)]\s")  # '2. Install', '1.2) Setup': an item, not a wrap
BARE_URL_RE = re.compile(r"\bhttps?://[^\s<>()\[\]{}\"'|]+[^\s<>()\[\]{}\"'|.,;:!?]")
# Words of a line that ran into the next block's: a sentence into the next ('speakers.We have'), a lower-case word
# into a capitalised one ('200K tokensMax output', 'modelsMPT-7B'), a size into a word ('1BCodeGen2-3.7B'); a name's
# capitals stand inside it ('MetaVoice', 'LLaMA', 'iPhone').
RUN_TOGETHER_RE = re.compile(r"(?<![\w.])[a-z]{2,}[.!?:][A-Z][a-z]+\b|(?<![\w.])[a-z]{3,}[A-Z]|\d[KMBT][A-Z][a-z]{2,}")
# A block of a text or a PDF longer than this may be a page's blocks run together with no break between them.
RUN_TOGETHER_CHARS = 1000
BULLET_RE = re.compile(r"[•·▪◦●‣–-]\s+(?=\S)")
# A line wrapped at a width stops where the next word would not fit: it and that word come near the width. The
# width is where the longer lines of prose stop (this share of them stop within it), with slack for a proportional
# type, whose lines hold more narrow letters than wide ones.
WRAP_SHARE = 0.9
WRAP_SLACK = 0.8
WRAPPED_SHARE = 0.4  # a wrapped text's lines of prose mostly come near its width (its paragraphs' last lines do not)
UNWRAPPED = 1 << 30  # the width of a text whose lines are not wrapped: no line fills it
ROW_NUMBER_HEAD_RE = re.compile(r"^\W*(?:#|no\.?|n[or]|num(?:ber)?|index|idx|rank)?\W*$", re.I)


def wrap_width(lines: list[str], copied: bool = False) -> int:
    """The width a text's lines of prose (three words or more) were wrapped at: where the longer lines stop. With
    `copied` (a text, which may be a page copied block by block), a text whose lines do not crowd near that width
    was not wrapped at all: each of its lines is a block (UNWRAPPED)."""
    lengths = sorted(len(line.strip()) for line in lines if len(line.split()) >= 3)
    if len(lengths) < 2:
        return 0
    width = lengths[int(len(lengths) * WRAP_SHARE) - 1]
    if copied and sum(n >= width * WRAP_SLACK for n in lengths) < len(lengths) * WRAPPED_SHARE:
        return UNWRAPPED
    return width


GOES_ON_RE = re.compile(r"(?:and|or|but|nor|which|that|whose)[ \t]+\S")  # a wrapped sentence's next line


def fills(line: str, following: str, width: int) -> bool:
    """Whether `line` stops where a text wrapped at `width` breaks: `following`'s first word would not fit after
    it. Every line may be wrapped when the width is unknown (0)."""
    words = following.split()
    return not width or len(line.strip()) + 1 + len(words[0] if words else "") > width * WRAP_SLACK


def fold(text: str) -> str:
    """Whitespace folded to single spaces, as the scorer and a reader compare excerpts."""
    return WS_RE.sub(" ", text).strip()


@dataclass
class Block:
    """One block of the analysis text: `text[start:end]` of the document."""

    kind: str  # heading | text | item | row | label
    start: int
    end: int
    level: int = 0  # heading level 1-6
    cells: tuple = ()  # table row: its cells
    header: tuple = ()  # table row: the table's column headings
    source: str = ""  # table row: its line in the source when it has one (a Markdown pipe row), the row's excerpt
    line: int | None = None  # where the block starts in the source file (0-based line), when the reader knows
    depth: int = 0  # a list item: how deep its list is nested (1: a top-level list), when the reader has no line


@dataclass
class Document:
    format: str
    text: str  # the analysis text: blocks separated by newlines
    blocks: list[Block]
    verbatim: str  # what excerpts must be verbatim in: the decoded source (a PDF's extracted text)
    title: str | None = None
    meta: dict = field(default_factory=dict)  # YAML front matter (scalars and lists of scalars only)
    meta_lines: dict = field(default_factory=dict)  # front-matter key -> its source line, the excerpt for it
    # Where a link stands in the analysis text and where it points: (start, end, url), in document order. A
    # download link's address often names the model its text only sizes ('[7B](https://hf.co/org/x-7b-v1.3)').
    links: list = field(default_factory=list)
    # Where two pieces of an HTML page's text written by different elements meet with no space between and read
    # as two words run together ('<span>Parameters</span><span>Context</span>'): the only places a page's text can
    # run together. None when the reader cannot tell (text dumped from a PDF), so every such spot is suspect.
    joins: list | None = None

    @cached_property
    def source_lines(self) -> list[str]:
        """The source's lines as a block's `line` numbers them (the readers split at newlines only): split once."""
        return self.verbatim.split("\n")

    @property
    def source_text(self) -> str:
        """The source as its author wrote it, for patterns over code the reader skips ('from_pretrained("org/X")'):
        an HTML page's entities read ('&quot;' is '"')."""
        return html.unescape(self.verbatim) if self.format == "html" else self.verbatim

    @property
    def base_models(self) -> list[str]:
        """The models a hub card's front matter says its model was made from (`base_model:`, one or a list)."""
        bases = self.meta.get("base_model") or []
        return [b for b in ([bases] if isinstance(bases, str) else bases) if isinstance(b, str)]

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]

    def links_from(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The links that start at `start` or after, before `end`."""
        return self._link_spans().starting_in(start, end)

    @cached_property
    def heading_blocks(self) -> list[Block]:
        """The document's headings, in order (gathered once: a page may ask of thousands of positions)."""
        return [b for b in self.blocks if b.kind == "heading"]

    def headings_over(self, pos: int) -> list[Block]:
        """The headings `pos` stands under, the nearest first, each of a higher level than the one before ('###
        v0.1', then '## Released Models', then '# X')."""
        found, level = [], 99
        before = bisect.bisect_left(self.heading_blocks, pos, key=lambda b: b.start)
        for block in reversed(self.heading_blocks[:before]):
            if (block.level or 0) < level:
                found.append(block)
                level = block.level or 0
        return found

    def links_over(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The links that share a character with `start:end` (`links_over(p, p + 1)`: the links around `p`)."""
        return self._link_spans().overlapping(start, end)

    def _link_spans(self) -> "Spans":
        # built once the document is read, so that a question per row, item or name is not a scan of every link
        if getattr(self, "_spans", None) is None or self._spans.size != len(self.links):
            self._spans = Spans(self.links)
        return self._spans


class Spans:
    """(start, end, …) tuples sorted by start, with the furthest end so far, to find those in or over a range
    without a scan of all of them (links may nest: '[![badge](img)](page)')."""

    def __init__(self, spans: list[tuple]):
        self.size = len(spans)
        self.spans = sorted(spans, key=lambda span: span[0])
        self.starts = [span[0] for span in self.spans]
        self.reach, furthest = [], -1
        for span in self.spans:
            furthest = max(furthest, span[1])
            self.reach.append(furthest)

    def starting_in(self, start: int, end: int) -> list[tuple]:
        return self.spans[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def overlapping(self, start: int, end: int) -> list[tuple]:
        i = bisect.bisect_left(self.starts, end)  # every span before i starts before `end`
        found = []
        while i > 0 and self.reach[i - 1] > start:  # some span up to i - 1 still ends after `start`
            i -= 1
            if self.spans[i][1] > start:
                found.append(self.spans[i])
        return found[::-1]


class DocumentBuilder:
    """Collects blocks into one analysis string; each block starts on its own line."""

    def __init__(self):
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.links: list[tuple[int, int, str]] = []
        self.joins: list[int] = []
        self.length = 0

    def add(self, kind: str, text: str, level: int = 0, cells: tuple = (), header: tuple = (),
            source: str = "", links=(), line: int | None = None, joins=(), depth: int = 0,
            header_links=()) -> None:
        """`links`: the block's links as (text, url) pairs in reading order, placed where their text stands;
        `header_links`: a table's header's links, placed in its first row (which writes out its headings);
        `joins`: offsets in `text` where two elements' texts run together (see `Document.joins`)."""
        joins = [len(WS_RE.sub(" ", text[:at]).lstrip()) for at in joins]
        text = fold(text)
        if not text:
            return
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        self.blocks.append(Block(kind, self.length, self.length + len(text), level, cells, header, source, line,
                                 depth))
        self.joins += [self.length + at for at in joins if 0 < at < len(text)]
        placed = []
        for pairs in (links, header_links):
            cursor = 0
            for label, url in pairs:
                label = fold(label)
                at = text.find(label, cursor) if label else -1
                if at >= 0 and not any(s < self.length + at + len(label) and self.length + at < e
                                       for s, e, _url in placed):
                    placed.append((self.length + at, self.length + at + len(label), url))
                    cursor = at + len(label)
        # An address written out in the text is a link named by itself (a PDF, a text file, a bare URL on a page).
        for m in BARE_URL_RE.finditer(text):
            start, end = self.length + m.start(), self.length + m.end()
            if not any(s < end and start < e for s, e, _url in placed):
                placed.append((start, end, m.group(0)))
        self.links.extend(sorted(placed))
        self.parts.append(text)
        self.length += len(text)

    def add_lines(self, text: str, headings: dict[int, int] | None = None,
                  links: dict[int, list] | None = None, width: int = 0,
                  starts: dict[int, bool] | None = None, depths: dict[int, int] | None = None) -> set[int]:
        """Lines of plain text as blocks, a line wrapped mid-sentence (PDFs, plain-text notes) joined to its
        paragraph or list item: a line that fills the `width` the text is wrapped at (`wrap_width`; 0: any line).
        `headings`: line number -> heading level, for the lines a reader knows are headings (a PDF's lines set in a
        larger type); a line opening with a bullet starts a list item then. `links`: line number -> its links as
        (label, address) pairs. `starts`: line number -> whether the line starts a block (True) or is set close
        under the line above (False), for a reader that knows where lines stand (a PDF): a line close under one that
        fills the width goes on with it whatever its first letter or the other's stop. `depths`: a bulleted line
        -> how deep its list is nested (1: a top-level list), for a reader that sees the bullets' indents.
        Returns the numbers of the lines joined to the line before them."""
        joined: set[int] = set()
        paragraph: list[str] = []
        paragraph_links: list = []
        kind, depth = "text", 0
        for number, line in enumerate(text.split("\n")):
            stripped = line.strip()
            level = headings.get(number) if headings else None
            here = links.get(number, []) if links else []
            bullet = BULLET_RE.match(stripped)
            placed = starts.get(number) if starts else None
            # (a line opening with 'and', 'or', 'which' … under a line with no stop goes on with it, filled or not:
            # 'available through the X API, Amazon Bedrock⏎and Google Cloud Vertex AI.')
            goes_on = bool(paragraph and GOES_ON_RE.match(stripped)) and paragraph[-1][-1] not in ".!?:;"
            if placed is False and paragraph and stripped and not level and not bullet \
                    and not NUMBERED_ITEM_RE.match(stripped) and (fills(paragraph[-1], stripped, width) or goes_on):
                paragraph.append(stripped)
                paragraph_links.extend(here)
                joined.add(number)
                continue
            wrapped = placed is None and bool(paragraph and stripped) and not level and (
                stripped[0].islower() or len(paragraph[-1]) > 60 and not LIST_START_RE.match(stripped))
            if wrapped and len(paragraph[-1]) > 40 and paragraph[-1][-1] not in ".!?:;" \
                    and (fills(paragraph[-1], stripped, width) or goes_on):
                paragraph.append(stripped)
                paragraph_links.extend(here)
                joined.add(number)
                continue
            self.add(kind, " ".join(paragraph), links=paragraph_links, depth=depth)
            depth = 0
            if level:
                self.add("heading", stripped, level, links=here)
                paragraph, paragraph_links, kind = [], [], "text"
            elif (bullet or NUMBERED_ITEM_RE.match(stripped)) and headings is not None:
                # a bulleted or numbered line ('• License: MIT', '2. Install the package') opens a list item
                mark = bullet or NUMBERED_ITEM_RE.match(stripped)
                paragraph, paragraph_links, kind = [stripped[mark.end():]], list(here), "item"
                depth = depths.get(number, 0) if depths else 0
            else:
                paragraph, paragraph_links, kind = ([stripped] if stripped else []), list(here), "text"
        self.add(kind, " ".join(paragraph), links=paragraph_links, depth=depth)
        return joined

    def add_table(self, rows: list[list[str]], header: list[str] | None, sources: list[str] | None = None,
                  links: list | None = None, line: int | None = None, header_links=()) -> None:
        """Rows as `heading: cell | heading: cell`; a table of models in columns also as one record per column.
        `links`: per row, its links as (text, url) pairs; `header_links`: the header's ('| | [X-7B](…) |'),
        placed where the first row writes its headings out."""
        header = header or []
        rows, header = without_row_numbers(rows, header)
        rows, header = key_value_rows(rows, header)
        groups = side_by_side(header)
        if groups > 1:
            # '| Base | Weights | Params | Base | Weights | Params |': one table laid out in `groups` side by side;
            # each row is as many rows, each with the row's source line as its excerpt.
            width = len(header) // groups
            index = [i for i, _row in enumerate(rows) for _g in range(groups)]
            rows = [row[g * width:(g + 1) * width] for row in rows for g in range(groups)]
            header = header[:width]
            sources = [sources[i] if sources and i < len(sources) else "" for i in index] if sources else sources
            links = [links[i] if links and i < len(links) else () for i in index] if links else links
        width = max((len(r) for r in rows), default=0)
        for index, row in enumerate(rows):
            cells = [fold(c) for c in row]
            if not any(cells):
                continue
            if header:
                parts = [f"{h}: {c}" if h and c and h != c else c for h, c in zip_longest(header, cells) if c]
            elif len(cells) == 2 and cells[0] and cells[1]:
                parts = [f"{cells[0]}: {cells[1]}"]
            else:
                parts = [c for c in cells if c]
            source = sources[index].strip() if sources and index < len(sources) else ""
            row_links = links[index] if links and index < len(links) else ()
            self.add("row", " | ".join(parts), cells=tuple(cells), header=tuple(header), source=source,
                     links=row_links, line=None if line is None else line + 2 + index, header_links=header_links)
            header_links = ()
        named = [h for h in header[1:] if re.search(r"[A-Za-z].*\d|\d.*[A-Za-z]", h)]
        if header and width >= 3 and len(rows) >= 2 and len(named) * 2 >= len(header) - 1:
            # A comparison table (attributes in rows, models in columns): read each column as a record too.
            for j in range(1, width):
                title = header[j] if j < len(header) else ""
                items = [f"{r[0]}: {r[j]}" for r in rows if j < len(r) and r[0] and r[j]]
                if title and items:
                    self.add("column", " | ".join([title, *items]))

    def build(self, fmt: str, verbatim: str, title: str | None = None, meta=None, meta_lines=None,
              joins: list | None = None) -> Document:
        """`joins`: where words may run together, for a reader that knows (an HTML page's are collected here)."""
        return Document(fmt, "".join(self.parts), self.blocks, verbatim, title, meta or {}, meta_lines or {},
                        self.links, self.joins if fmt == "html" else joins)

    def run_together_joins(self, longer_than: int = RUN_TOGETHER_CHARS) -> list[int]:
        """The lower/upper joins (segment.JOIN) of the blocks whose words look run together: a block longer than
        `longer_than` characters, or one where a word runs into the next (RUN_TOGETHER_RE), as a page's text saved
        without its layout does ('Release dateMay 2025'). Elsewhere a capital inside a word is a name's
        ('MetaVoice-1B', 'LLaMA'), for a reader that reads lines (plain text, a PDF)."""
        from .segment import JOIN

        text = "".join(self.parts)
        return [m.start() for b in self.blocks
                if b.end - b.start > longer_than or RUN_TOGETHER_RE.search(text, b.start, b.end)
                for m in JOIN.finditer(text, b.start, b.end) if m.start() > b.start]


def side_by_side(header: list[str]) -> int:
    """How many copies of one table's columns its header lays side by side ('| Model | Params | Model | Params |':
    2); 1 when it repeats none. Two columns a copy at least, so that '| X | X |' is no layout."""
    names = [re.sub(r"\W+", " ", h).strip().lower() for h in header]
    for groups in (2, 3, 4):
        width = len(names) // groups
        if width >= 2 and width * groups == len(names) and any(names[:width]) \
                and all(names[g * width:(g + 1) * width] == names[:width] for g in range(1, groups)):
            return groups
    return 1


def zip_longest(header: list[str], cells: list[str]):
    for i, cell in enumerate(cells):
        yield (header[i] if i < len(header) else ""), cell


# The labels of a card's details ('Developed by', 'Parameters', 'License'): a two-column table of them is a list of
# details, each row 'label: value', whatever its header row says.
DETAIL_KEY_RE = re.compile(r"^\W*(?:model\s+)?(?:developed\s+by|developers?|organi[sz]ation|model\s+type|type|"
                           r"architecture|param(?:eter)?s?(?:\s+count)?|(?:model\s+)?size|context(?:\s+(?:length|"
                           r"window|size))?|max(?:imum)?\s+\w+(?:\s+\w+)?|licen[cs]e|release(?:\s+date)?|released|"
                           r"inputs?|outputs?|languages?(?:\(s\))?|supported\s+languages|training\s+data(?:\s+cut-?off)?|"
                           r"(?:knowledge|data)\s+cut-?off|cut-?off|version|finetuned\s+from|fine-tuned\s+from|"
                           r"base\s+model|model\s+name|name|modalit(?:y|ies)|vocab(?:ulary)?(?:\s+size)?|"
                           r"layers|hidden\s+size|precision|tokens|paper|repository|website|contact|status)\W*$", re.I)
# A header over such a list that names no detail: 'Attribute | Value', 'Property | Description', 'Key | Details'.
DETAIL_HEADER_RE = re.compile(r"^\W*(?:attributes?|propert(?:y|ies)|keys?|fields?|items?|details?|specs?|"
                              r"specifications?|features?|values?|descriptions?|info(?:rmation)?|)\W*$", re.I)


def key_value_rows(rows: list[list[str]], header: list[str]) -> tuple[list[list[str]], list[str]]:
    """A two-column table whose first column labels a card's details ('| Developed by | Finch AI |' over
    '| Parameters | 8B |'): its rows read 'label: value', its header row one of them when it is a detail too, not
    a heading to write before every cell ('Developed by: Parameters')."""
    if len(header) != 2 or any(len(r) > 2 for r in rows) or len(rows) < 2:
        return rows, header
    keys = [r[0] for r in rows if r and r[0].strip()]
    if len(keys) < 2 or sum(bool(DETAIL_KEY_RE.match(fold(k))) for k in keys) * 3 < len(keys) * 2:
        return rows, header
    first, second = fold(header[0]), fold(header[1])
    if DETAIL_KEY_RE.match(first) and second and not DETAIL_HEADER_RE.match(second):
        return [list(header), *rows], []  # the header row is the first detail
    if DETAIL_HEADER_RE.match(first) and DETAIL_HEADER_RE.match(second):
        return rows, []
    return rows, header


def without_row_numbers(rows: list[list[str]], header: list[str]) -> tuple[list[list[str]], list[str]]:
    """A first column that only numbers the rows ('#' over 1, 2, 3, …) left out: the rows read as they would
    without it (the name is the first cell, a label row is a label alone)."""
    firsts = [r[0].strip().rstrip(".") for r in rows if r and any(c.strip() for c in r)]
    width = max((len(r) for r in rows), default=0)
    if width < 3 or len(firsts) < 2 or not ROW_NUMBER_HEAD_RE.match(header[0] if header else "") \
            or not all(f.isdigit() for f in firsts) \
            or [int(f) for f in firsts] != list(range(int(firsts[0]), int(firsts[0]) + len(firsts))):
        return rows, header
    return [r[1:] for r in rows], header[1:]


# A heading over another maker's card copied below the document's own ('# Base Model', '# Original model card:
# Meta's Llama 2 7B', '## Original README'): a fine-tune's or a conversion's card keeps its base model's card after
# its own, whose models, dates and makers are the base's.
APPENDED_CARD_RE = re.compile(r"\W*(?:(?:the\s+)?(?:original|base|upstream|source)\s+(?:model(?:['’]s)?\s*)?"
                              r"(?:model\s+)?(?:card|readme|model|description)\b|model\s+card\s+of\s+the\s+"
                              r"(?:base|original)\s+model\b)", re.I)


def without_appended_card(doc: Document) -> Document:
    """`doc` up to a heading, at the level of its title or above, over another model's card appended to its own
    (the text, blocks and links before it; the verbatim source stays whole). The document unchanged otherwise."""
    headings = [b for b in doc.blocks if b.kind == "heading"]
    if len(headings) < 2:
        return doc
    top = headings[0].level
    for block in headings[1:]:
        if block.level <= top and APPENDED_CARD_RE.match(doc.text, block.start, block.end) \
                and block.start > headings[0].end:
            cut = block.start
            return replace(doc, text=doc.text[:cut], blocks=[b for b in doc.blocks if b.end <= cut],
                           links=[link for link in doc.links if link[1] <= cut],
                           joins=None if doc.joins is None else [j for j in doc.joins if j < cut])
    return doc

