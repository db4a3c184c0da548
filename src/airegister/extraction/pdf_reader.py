"""PDF: the text of every page with pypdf, and the page's ruled tables as table rows with pdfplumber.

pypdf reads first, under decompression, page and text limits (PDF zip bombs), and refuses what it cannot read;
pdfplumber only looks again at a PDF pypdf has read within those limits, for the one thing pypdf cannot give:
which words sit in which cell of a table. A table's rows then reach the extractor as rows with a header (as a
Markdown or HTML table does), so a "Context length" column is a column, not a line of numbers; the page's text
lines that only repeat a row's cells are left out of the running text. A PDF pdfplumber cannot read keeps its
pypdf text.
"""

import io
import logging
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from .document import BULLET_RE, Document, DocumentBuilder, fold, wrap_width
from .models import ExtractionError
from .pdf_columns import unruled_tables

MAX_PDF_PAGES = 1000
MAX_PDF_STREAM_BYTES = 50 * 1024 * 1024  # one decompressed stream; a zip bomb trips it
MAX_TEXT_CHARS = 20_000_000
MAX_TABLE_PAGES = 200  # pages looked at for tables: layout analysis costs far more than text
HEADING_RATIO = 1.15  # a line set this much larger than the body is a heading
BOLD_HEADING_RATIO = 0.95  # a line set wholly in bold this large at least (the body's size) is one too
SENTENCE_END_RE = re.compile(r"[.!?,;]\s*$")  # a bold line ending so is a sentence set in bold, not a heading
HEADING_TEXT_RE = re.compile(r"[^\W\d_]")
MAX_HEADING_CHARS = 150
RULE_RE = re.compile(rb"\sl\s+S\b|\sre\s+[fFSB]\b|\sre\b")
MAX_RULE_SCAN = 2 * 1024 * 1024
MIN_GRID_RULES = 6  # a header and a row of two cells: 3 rules across, 3 down
MAX_LINKS = 2000  # link annotations read per page
RUNNING_FIGURES_RE = re.compile(r"\d+")  # a running header's page number, date and time change; its words do not
MAX_RUNNING_CHARS = 200
# A monospaced type (Courier, DejaVu Sans Mono, Consolas, Menlo, Source Code Pro): code in a PDF as in a page.
MONO_FONT_RE = re.compile(r"courier|mono|consol|menlo|code|typewriter|cmtt|lmtt|sftt", re.I)
# A line set further below the one above than the text's line pitch starts a block (the space between paragraphs);
# one set at the pitch goes on with it when the line above fills the width.
PARAGRAPH_GAP = 1.15
SAME_PITCH = 0.85
BOLD_FONT_RE = re.compile(r"bold|black|heavy|demi|semibd", re.I)
NUMBER_RE = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*\s*[%KMBTkmbt]?(?![\w.])")


@dataclass
class PageText:
    """One page as pypdf reads it: its text, and per line the type size and the baseline's height on the page
    (PDF coordinates, from the bottom) when pypdf's runs account for the text; empty lists when they do not."""

    text: str
    sizes: list[float] = field(default_factory=list)
    heights: list[float | None] = field(default_factory=list)
    ruled: bool = False  # the page draws enough straight lines to hold a ruled table
    links: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # line -> (label, address), in order
    code: set[int] = field(default_factory=set)  # lines set wholly in a monospaced font: code, as a code block
    bold: set[int] = field(default_factory=set)  # lines set wholly in a bold font
    furniture: set[int] = field(default_factory=set)  # running headers and footers repeated page after page
    lefts: dict[int, float] = field(default_factory=dict)  # line -> where its first words start across the page
    runs: dict[int, list[tuple[float, str]]] = field(default_factory=dict)  # line -> its runs: (x, text)


@dataclass
class PageTable:
    rows: list[list[str]]  # header row first
    top: float | None = None  # the table's box on the page, PDF coordinates
    bottom: float | None = None
    links: list[list[tuple[str, str]]] = field(default_factory=list)  # per row: its cells' links

    def holds(self, height: float | None) -> bool:
        # A baseline on or above the top rule is a line over the table, not in its first row.
        return height is not None and self.top is not None and self.bottom - 2 <= height < self.top


def read_pdf(path: Path, data: bytes) -> Document:
    pages, title = _pypdf_pages(path, data)
    tables = _tables(data, [number for number, page in enumerate(pages) if _may_hold_a_table(page)])
    for number, page in enumerate(pages):
        ruled = tables.get(number, [])
        taken = {i for i in range(len(page.heights)) if any(t.holds(page.heights[i]) for t in ruled)} | page.code
        for first, last, rows in unruled_tables(page.runs, page.heights, taken):
            # the table's box: from the first row's baseline (a point over it) down to the last row's
            tables.setdefault(number, []).append(PageTable(rows, page.heights[first] + 1, page.heights[last]))
    levels = heading_levels(pages)
    mark_running_lines(pages)
    width = wrap_width([line for number, page in enumerate(pages) for i, line in enumerate(page.text.split("\n"))
                        if i not in page.code and not any(t.holds(_height(page, i)) for t in tables.get(number, []))])
    pitch = line_pitch(pages)
    indents = bullet_indents(pages)
    builder = DocumentBuilder()
    verbatim: list[str] = []
    for number, page in enumerate(pages):
        joined = _read_page(builder, page, tables.get(number, []), levels[number], width, line_starts(page, pitch),
                            indents)
        # Excerpts stay within one line of the PDF's text (a line is what a PDF stores as one run of text), or
        # within the lines the reader joined into one paragraph, as a Markdown paragraph's lines are.
        verbatim.append("".join(("\n" if i in joined else "\n\x00") + line if i else line
                                for i, line in enumerate(page.text.split("\n"))))
        folded = fold(page.text)
        for table in tables.get(number, []):
            # A row's excerpt is its cells in reading order, one line of the page as a reader sees it.
            verbatim.extend(s for s in _sources(table) if fold(s) not in folded)
    text = "\n".join(verbatim).replace("\x00", "")
    if not "".join(page.text for page in pages).strip():
        raise ExtractionError(f"{path}: has no extractable text (a scanned or image-only PDF?)")
    if title is None:
        first = next((line.strip() for line in text.split("\n") if line.strip()), "")
        title = first[:200] or None
    # A PDF sets each run of text where it stands: only a block that reads as run together is suspect
    # ('MetaVoice-1B' and 'LLaMA' are names, not two words).
    return builder.build("pdf", "\n\x00".join(verbatim), title, joins=builder.run_together_joins())


def mark_running_lines(pages: list[PageText]) -> None:
    """Lines a page repeats at its top or bottom, page after page, their figures aside ('12/2/26, 3:04 PM Models |
    Docs', 'https://docs.example.com/models 2/5', 'Page 3 of 9', a bare page number): a browser's or a report's
    running header and footer, not the document's text. Looked for among the first and the last two lines of each
    page, and only in a document of three pages or more, where most pages carry it."""
    if len(pages) < 3:
        return
    lines = [page.text.split("\n") for page in pages]
    spots: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for number, page_lines in enumerate(lines):
        filled = [i for i, line in enumerate(page_lines) if line.strip()]
        for place, i in [(k, i) for k, i in enumerate(filled[:2])] + [(-1 - k, i) for k, i in
                                                                      enumerate(reversed(filled[-2:]))]:
            shape = RUNNING_FIGURES_RE.sub("#", fold(page_lines[i]))
            spots.setdefault((place, shape), []).append((number, i))
    for (_place, shape), found in spots.items():
        if len({number for number, _i in found}) * 2 > len(pages) and len(shape) <= MAX_RUNNING_CHARS:
            for number, i in found:
                pages[number].furniture.add(i)


def _sources(table: PageTable) -> list[str]:
    return [" ".join(c for c in row if c) for row in table.rows]


def _height(page: PageText, number: int) -> float | None:
    return page.heights[number] if number < len(page.heights) else None


def line_pitch(pages: list[PageText]) -> float:
    """The distance between the baselines of two lines of a paragraph in the body's type: the commonest distance
    between two lines one after the other in that type (0 when no page tells)."""
    sizes: dict[float, int] = {}
    for page in pages:
        for size in page.sizes:
            sizes[round(size, 1)] = sizes.get(round(size, 1), 0) + 1
    body = max(sizes, key=sizes.get) if sizes else 0
    gaps: dict[float, int] = {}
    for page in pages:
        for i in range(1, min(len(page.heights), len(page.sizes))):
            above, here = page.heights[i - 1], page.heights[i]
            if above is not None and here is not None and above > here \
                    and round(page.sizes[i], 1) == body == round(page.sizes[i - 1], 1):
                gaps[round(above - here, 1)] = gaps.get(round(above - here, 1), 0) + 1
    return max(gaps, key=gaps.get) if gaps else 0.0


def bullet_indents(pages: list[PageText]) -> list[float]:
    """Where the document's bulleted lines start across the page, left to right: a list nested in another's item
    is set further in (the second indent is a nested list's)."""
    return sorted({round(page.lefts[i]) for page in pages for i, line in enumerate(page.text.split("\n"))
                   if i in page.lefts and BULLET_RE.match(line.strip())})


def line_starts(page: PageText, pitch: float) -> dict[int, bool]:
    """Line number -> True for a line that starts a block (set further below the line above than the pitch), False
    for one set at the pitch under the line above (which it may go on from); lines the page does not place are
    left out, for the text's own signs to tell."""
    out: dict[int, bool] = {}
    for i in range(1, len(page.heights)):
        above, here = page.heights[i - 1], page.heights[i]
        if pitch and above is not None and here is not None and above > here:
            if above - here > pitch * PARAGRAPH_GAP:
                out[i] = True
            elif above - here >= pitch * SAME_PITCH:
                out[i] = False
    return out


def _read_page(builder: DocumentBuilder, page: PageText, tables: list[PageTable], levels: dict[int, int],
               width: int = 0, starts: dict[int, bool] | None = None, indents: list[float] = ()) -> set[int]:
    """The page's lines in reading order, each table's rows where the table stands (the lines inside its box, or
    that only repeat a row's cells, left out), headings where the type says so, paragraphs where the lines' spacing
    and the `width` they are wrapped at say so (`starts`: `line_starts`), a list item's depth where its bullet's
    indent among the document's `indents` says so. Returns the page's lines joined to the line above them."""
    row_lines = {fold(source) for table in tables for source in _sources(table)}
    chunk: list[str] = []
    numbers: list[int] = []  # each chunk line's number on the page (-1: a break put in)
    joined: set[int] = set()
    headings: dict[int, int] = {}
    links: dict[int, list] = {}
    breaks: dict[int, bool] = {}
    depths: dict[int, int] = {}
    placed: set[int] = set()
    starts = starts or {}

    def flush() -> None:
        wrapped = builder.add_lines("\n".join(chunk), dict(headings), dict(links), width, dict(breaks), dict(depths))
        joined.update(numbers[i] for i in wrapped if numbers[i - 1] == numbers[i] - 1)
        chunk.clear()
        numbers.clear()
        depths.clear()
        headings.clear()
        links.clear()
        breaks.clear()

    def place(index: int) -> None:
        flush()
        table = tables[index]
        builder.add_table(table.rows[1:], table.rows[0], _sources(table)[1:], table.links[1:] or None)
        placed.add(index)

    for number, line in enumerate(page.text.split("\n")):
        height = _height(page, number)
        inside = next((i for i, table in enumerate(tables) if table.holds(height)), None)
        if inside is not None:
            if inside not in placed:
                place(inside)
            continue
        if fold(line) in row_lines:
            continue
        if number in page.code or number in page.furniture:
            # code is skipped as a Markdown code block is, a running header or footer as a page's chrome is;
            # either ends the paragraph it follows
            chunk.append("")
            numbers.append(-1)
            continue
        if number in levels:
            headings[len(chunk)] = levels[number]
        if number in page.links:
            links[len(chunk)] = page.links[number]
        if number in starts:
            breaks[len(chunk)] = starts[number]
        if number in page.lefts and round(page.lefts[number]) in indents:
            depths[len(chunk)] = indents.index(round(page.lefts[number])) + 1
        chunk.append(line)
        numbers.append(number)
    flush()
    for index in range(len(tables)):
        if index not in placed:
            place(index)
    return joined


def _pypdf_pages(path: Path, data: bytes) -> tuple[list[PageText], str | None]:
    import pypdf
    from pypdf.errors import LimitReachedError, PyPdfError

    if b"%%EOF" not in data[-2048:]:
        raise ExtractionError(f"{path}: is truncated (the PDF has no end-of-file marker)")
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    limits = dict(
        zlib_maximum_output_length=MAX_PDF_STREAM_BYTES,
        lzw_maximum_output_length=MAX_PDF_STREAM_BYTES,
        run_length_maximum_output_length=MAX_PDF_STREAM_BYTES,
        brotli_maximum_output_length=MAX_PDF_STREAM_BYTES,
        jbig2dec_binary=None,
    )
    try:
        with warnings.catch_warnings(), pypdf.apply_configuration(**limits):
            warnings.simplefilter("ignore")
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise ExtractionError(f"{path}: is an encrypted PDF")
            if len(reader.pages) > MAX_PDF_PAGES:
                raise ExtractionError(f"{path}: has {len(reader.pages)} pages, over the {MAX_PDF_PAGES}-page limit")
            pages, total = [], 0
            for page in reader.pages:
                text = _page_text(page)
                total += len(text.text)
                if total > MAX_TEXT_CHARS:
                    raise ExtractionError(f"{path}: expands to over {MAX_TEXT_CHARS} characters of text")
                pages.append(text)
            title = (reader.metadata or {}).get("/Title") if reader.metadata is not None else None
    except ExtractionError:
        raise
    except LimitReachedError:
        raise ExtractionError(f"{path}: a PDF stream expands past the decompression limit (a zip bomb?)") from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError,
            AssertionError, ZeroDivisionError, OverflowError, NotImplementedError, MemoryError) as exc:
        first = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise ExtractionError(f"{path}: is not a readable PDF ({first})") from None
    title = str(title).strip() if isinstance(title, str) and title.strip() else None
    return pages, title


def _page_text(page) -> PageText:
    """The page's text as pypdf extracts it, with each line's type size (its largest run) and baseline height
    when the runs pypdf reports add up to its text (else none: no line is sized by guess)."""
    runs: list[tuple[str, float, float, float, bool, bool]] = []

    def visit(text, cm, tm, font, size):
        scale = abs(tm[0] * cm[0]) or abs(tm[3] * cm[3]) or 1.0
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        height = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        runs.append((text, float(size or 0) * scale, x, height, _monospaced(font), _bold(font)))

    text = page.extract_text(visitor_text=visit) or ""
    ruled = _ruled(page)
    if "".join(run[0] for run in runs) != text:
        return PageText(text, ruled=ruled)
    sizes, heights, placed = [], [], []  # placed: (line, text, x, height) of each run with words
    code: set[int] = set()
    bold: set[int] = set()
    size_here, height_here, mono_here, bold_here = 0.0, None, None, None
    for run, size, x, height, mono, heavy in runs:
        pieces = run.split("\n")
        for i, piece in enumerate(pieces):
            if piece.strip():
                size_here = max(size_here, size)
                height_here = height if height_here is None else height_here
                mono_here = mono if mono_here is None else mono_here and mono
                bold_here = heavy if bold_here is None else bold_here and heavy
                placed.append((len(sizes), piece, x, height))
            if i < len(pieces) - 1:
                if mono_here:
                    code.add(len(sizes))
                if bold_here:
                    bold.add(len(sizes))
                sizes.append(size_here)
                heights.append(height_here)
                size_here, height_here, mono_here, bold_here = 0.0, None, None, None
    if mono_here:
        code.add(len(sizes))
    if bold_here:
        bold.add(len(sizes))
    sizes.append(size_here)
    heights.append(height_here)
    lefts: dict[int, float] = {}
    line_runs: dict[int, list[tuple[float, str]]] = {}
    for line, piece, x, _height in placed:
        lefts.setdefault(line, x)
        line_runs.setdefault(line, []).append((x, piece))
    return PageText(text, sizes, heights, ruled, _line_links(page, placed), code, lefts=lefts, runs=line_runs,
                    bold=bold)


def _font_name(font) -> str:
    """A run's font's name (pypdf's font dictionary), '' when it has none."""
    try:
        return str(font.get("/BaseFont", "")) if font is not None else ""
    except Exception:  # noqa: BLE001 - a malformed font dictionary names no type
        return ""


def _bold(font) -> bool:
    """Whether a run's font is a bold type ('Helvetica-Bold', 'Arial,Bold', 'Inter-SemiBold', 'Roboto-Black')."""
    return bool(BOLD_FONT_RE.search(_font_name(font)))


def _monospaced(font) -> bool:
    """Whether a run's font is a monospaced type."""
    return bool(MONO_FONT_RE.search(_font_name(font)))


def _link_boxes(page) -> list[tuple[float, float, float, float, str]]:
    """The page's link annotations that open a web address: (x0, y0, x1, y1, address)."""
    boxes = []
    try:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            action = annot.get("/A")
            action = action.get_object() if action is not None else None
            uri = action.get("/URI") if action is not None else None
            rect = annot.get("/Rect")
            if annot.get("/Subtype") == "/Link" and isinstance(uri, str) and rect is not None and len(rect) == 4:
                x0, y0, x1, y1 = (float(v) for v in rect)
                boxes.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), uri))
    except Exception:  # noqa: BLE001 - a malformed annotation list holds no link we can use
        return []
    return boxes[:MAX_LINKS]


def _line_links(page, placed: list[tuple[int, str, float, float]]) -> dict[int, list[tuple[str, str]]]:
    """Line number -> the links on it: a link annotation's label is the runs of text that start inside its box."""
    out: dict[int, list[tuple[str, str]]] = {}
    for x0, y0, x1, y1, uri in _link_boxes(page):
        inside = [(line, piece) for line, piece, x, height in placed
                  if height is not None and y0 - 1 <= height <= y1 + 1 and x0 - 1 <= x < x1 - 0.5]
        if inside:
            line = inside[0][0]
            label = fold("".join(piece for at, piece in inside if at == line))
            if label:
                out.setdefault(line, []).append((label, uri))
    return out


def _cell_links(row, texts: list[str], hyperlinks: list[dict]) -> list[tuple[str, str]]:
    """A table row's links: (cell text, address) for each cell a link annotation's centre falls in."""
    out = []
    for cell, text in zip(row.cells, texts, strict=False):
        if cell is None or not text:
            continue
        x0, top, x1, bottom = cell
        for link in hyperlinks:
            uri = link.get("uri")
            cx, cy = (link["x0"] + link["x1"]) / 2, (link["top"] + link["bottom"]) / 2
            if isinstance(uri, str) and x0 <= cx <= x1 and top <= cy <= bottom:
                out.append((text, uri))
                break
    return out


def _ruled(page) -> bool:
    """Whether the page strokes as many straight segments or rectangles as the smallest ruled table's grid does
    (a header and a row of two cells: three rules across, three down), worth pdfplumber's layout analysis even
    when its cells hold words rather than figures."""
    try:
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
    except Exception:  # noqa: BLE001 - a content stream pypdf cannot decode again holds no grid we can use
        return False
    return len(RULE_RE.findall(data[:MAX_RULE_SCAN])) >= MIN_GRID_RULES


def heading_levels(pages: list[PageText]) -> list[dict[int, int]]:
    """Per page, line number -> heading level for the lines set in a type larger than the body's (the size most
    of the document's characters are set in): the largest such size is level 1, the next level 2, and so on.
    A line set wholly in a bold type at the body's size or a little larger is a heading below those ('**Models**', an
    exported page's smallest headings). A heading is a short line with a letter in it; a page whose sizes are
    unknown has none."""
    weight: dict[float, int] = {}
    for page in pages:
        for line, size in zip(page.text.split("\n"), page.sizes, strict=False):
            weight[round(size, 1)] = weight.get(round(size, 1), 0) + len(line.strip())
    if not weight:
        return [{} for _ in pages]
    body = max(weight, key=weight.get)
    larger = sorted((s for s in weight if s >= body * HEADING_RATIO), reverse=True)
    rank = {size: min(6, i + 1) for i, size in enumerate(larger)}
    levels = []
    for page in pages:
        found = {}
        for number, (line, size) in enumerate(zip(page.text.split("\n"), page.sizes, strict=False)):
            level = rank.get(round(size, 1)) or (min(6, len(larger) + 1) if number in page.bold
                                                  and size >= body * BOLD_HEADING_RATIO
                                                  and not SENTENCE_END_RE.search(line) else None)
            if level and HEADING_TEXT_RE.search(line) and len(line.strip()) <= MAX_HEADING_CHARS:
                found[number] = level
        levels.append(found)
    return levels


def _may_hold_a_table(page: PageText) -> bool:
    """A ruled grid, or three lines of two or more figures each: worth a layout analysis (which costs ten times
    the text)."""
    return page.ruled or sum(len(NUMBER_RE.findall(line)) >= 2 for line in page.text.split("\n")) >= 3


def _tables(data: bytes, numbers: list[int]) -> dict[int, list[PageTable]]:
    """Page number -> its ruled tables (rows of cell texts, header first, and the table's box), for the pages
    given; {} when pdfplumber cannot read the file (pypdf's text stands alone then)."""
    if not numbers:
        return {}
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a dependency; an install without it still reads text
        return {}
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    found: dict[int, list[PageTable]] = {}
    try:
        with warnings.catch_warnings(), pdfplumber.open(io.BytesIO(data)) as pdf:
            warnings.simplefilter("ignore")
            for number in numbers[:MAX_TABLE_PAGES]:
                page = pdf.pages[number]
                hyperlinks = page.hyperlinks
                for table in page.find_tables():
                    cells = [[fold(cell or "") for cell in row] for row in table.extract()]
                    links = [_cell_links(row, texts, hyperlinks) for row, texts in zip(table.rows, cells, strict=False)]
                    kept = [i for i, row in enumerate(cells) if any(row)]
                    rows, links = [cells[i] for i in kept], [links[i] for i in kept]
                    if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                        _x0, top, _x1, bottom = table.bbox
                        box = (page.height - bottom, page.height - top) if page.bbox[1] == 0 else (None, None)
                        found.setdefault(number, []).append(PageTable(rows, box[1], box[0], links))
                page.close()
    except Exception:  # noqa: BLE001 - layout analysis is an extra: any failure leaves the text as read
        return {}
    return found
