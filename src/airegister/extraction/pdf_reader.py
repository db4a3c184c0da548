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
from pathlib import Path

from .document import Document, DocumentBuilder, fold
from .models import ExtractionError

MAX_PDF_PAGES = 1000
MAX_PDF_STREAM_BYTES = 50 * 1024 * 1024  # one decompressed stream; a zip bomb trips it
MAX_TEXT_CHARS = 20_000_000
MAX_TABLE_PAGES = 200  # pages looked at for tables: layout analysis costs far more than text
NUMBER_RE = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*\s*[%KMBTkmbt]?(?![\w.])")


def read_pdf(path: Path, data: bytes) -> Document:
    pages, title = _pypdf_pages(path, data)
    tables = _tables(data, [number for number, text in enumerate(pages) if _may_hold_a_table(text)])
    builder = DocumentBuilder()
    verbatim: list[str] = []
    for number, text in enumerate(pages):
        rows_here = tables.get(number, [])
        row_lines = {fold(" ".join(c for c in row if c)) for table in rows_here for row in table}
        kept = [line for line in text.split("\n") if fold(line) not in row_lines]
        builder.add_lines("\n".join(kept))
        verbatim.append(text)
        for table in rows_here:
            sources = [" ".join(c for c in row if c) for row in table]
            builder.add_table(table[1:], table[0], sources[1:])
            # A row's excerpt is its cells in reading order, one line of the page as a reader sees it.
            verbatim.extend(s for s in sources if fold(s) not in fold(text))
    text = "\n".join(verbatim)
    if not "".join(pages).strip():
        raise ExtractionError(f"{path}: has no extractable text (a scanned or image-only PDF?)")
    if title is None:
        first = next((line.strip() for line in text.split("\n") if line.strip()), "")
        title = first[:200] or None
    # Excerpts stay within one line of the PDF's text: a line is what a PDF stores as one run of text.
    return builder.build("pdf", text.replace("\n", "\n\x00"), title)


def _pypdf_pages(path: Path, data: bytes) -> tuple[list[str], str | None]:
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
                text = page.extract_text() or ""
                total += len(text)
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


def _may_hold_a_table(text: str) -> bool:
    """Three lines of two or more figures each: worth a layout analysis (which costs ten times the text)."""
    return sum(len(NUMBER_RE.findall(line)) >= 2 for line in text.split("\n")) >= 3


def _tables(data: bytes, numbers: list[int]) -> dict[int, list[list[list[str]]]]:
    """Page number -> its ruled tables, each a list of rows of cell texts (header first), for the pages given;
    {} when pdfplumber cannot read the file (pypdf's text stands alone then)."""
    if not numbers:
        return {}
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a dependency; an install without it still reads text
        return {}
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    found: dict[int, list[list[list[str]]]] = {}
    try:
        with warnings.catch_warnings(), pdfplumber.open(io.BytesIO(data)) as pdf:
            warnings.simplefilter("ignore")
            for number in numbers[:MAX_TABLE_PAGES]:
                page = pdf.pages[number]
                for table in page.extract_tables():
                    rows = [[fold(cell or "") for cell in row] for row in table]
                    rows = [row for row in rows if any(row)]
                    if len(rows) >= 3 and max(len(r) for r in rows) >= 2:
                        found.setdefault(number, []).append(rows)
                page.close()
    except Exception:  # noqa: BLE001 - layout analysis is an extra: any failure leaves the text as read
        return {}
    return found
