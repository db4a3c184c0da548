"""Render a Markdown document as a PDF the way a vendor's exported page or report looks (for `name_robustness.py`'s
`as-pdf` perturbation): headings in a larger bold font, paragraphs and list items (bulleted or numbered) wrapped to
the page's width, tables drawn as ruled grids (their cells placed in the grid, as PDF generators do), code in a
monospaced font, links and emphasis reduced to their text. Standard Type 1 fonts with WinAnsi encoding: characters
outside Windows-1252 become '?', so a non-Latin document loses text, the same in every run.

Written for measurement only; the product's tests use src/airegister/extraction/tests/pdfgen.py.
"""

import html
import re
import textwrap

from markdown_it import MarkdownIt
from pdfminer.fontmetrics import FONT_METRICS

from airegister.extraction.tests.pdfgen import serialize  # the file's objects and cross-reference table

PAGE_HEIGHT, MARGIN = 792, 72
HEADING_SIZES = {1: 20, 2: 16, 3: 14, 4: 12, 5: 11, 6: 11}
BODY, CODE, CELL = 10, 9, 9
CHAR_WIDTH = 0.52  # Helvetica's mean glyph width, in ems: enough to wrap lines inside the page
WIDTHS = FONT_METRICS["Helvetica"][1]  # glyph widths in thousandths of an em: where each run of a line starts
TAG_RE = re.compile(r"<[^>]*>")
TITLED_COMPONENT_RE = re.compile(r"<[A-Z]\w*\b[^>]*?\btitle=\"([^\"]+)\"[^>]*>")  # '<Card title="X-7B" href=…>'
HTML_HEADING_RE = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.S | re.I)
FRONT_MATTER_RE = re.compile(r"\A---\r?\n.*?\r?\n---\r?\n", re.S)


def _escape(text: str) -> str:
    text = text.encode("cp1252", errors="replace").decode("cp1252")
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _inline(token) -> tuple[str, list[tuple[str, str]]]:
    """An inline token's text as a reader sees it (emphasis reduced to its words, images dropped) and its links as
    (label, address) pairs, which the page keeps as link annotations over the label."""
    out, links, href, label = [], [], None, []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
            label.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
            label.append(" ")
        elif child.type == "link_open":
            href, label = child.attrs.get("href"), []
        elif child.type == "link_close" and href:
            words = re.sub(r"\s+", " ", "".join(label)).strip()
            if words and href.startswith(("http://", "https://")):
                links.append((words, href))
            href = None
    return re.sub(r"\s+", " ", "".join(out)).strip(), links


def _inline_text(token) -> str:
    return _inline(token)[0]


def _width(text: str, size: float) -> float:
    return sum(WIDTHS.get(ch, 556) for ch in text) * size / 1000


def blocks_of(markdown: str) -> list[tuple]:
    """('heading', level, text) | ('para', indent, text) | ('code', lines) | ('table', rows), in reading order."""
    body = FRONT_MATTER_RE.sub("", markdown, count=1)
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(body)
    out, depth, i, numbers = [], 0, 0, []
    while i < len(tokens):
        token = tokens[i]
        if token.type == "heading_open":
            out.append(("heading", int(token.tag[1]), *_inline(tokens[i + 1])))
            i += 3
            continue
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
            # an ordered list's items are numbered as a browser draws them ('1. ', '2. '), a bullet list's bulleted
            numbers.append(int(token.attrs.get("start") or 1) if token.type == "ordered_list_open" else None)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            numbers.pop()
        elif token.type == "inline" and tokens[i - 1].type == "paragraph_open":
            text, links = _inline(token)
            in_item = depth and tokens[i - 2].type == "list_item_open"
            mark = ""
            if in_item:
                mark = "\u2022 " if numbers[-1] is None else f"{numbers[-1]}. "
                numbers[-1] = None if numbers[-1] is None else numbers[-1] + 1
            out.append(("para", depth, mark + text, links))
        elif token.type == "html_block":
            # An HTML block (a centred title, a badge row) is drawn as the words it shows; a titled component of a
            # docs page ('<Card title="X-7B">' in MDX) shows its title over its text, as the rendered page does.
            # An HTML heading ('<h1>X-7B</h1>' in a centred '<div>') is drawn as a heading, as a browser shows it.
            pieces = HTML_HEADING_RE.split(token.content)  # text, level, heading, text, level, heading, …, text
            for h in range(0, len(pieces), 3):
                if h:
                    words = re.sub(r"\s+", " ", html.unescape(TAG_RE.sub(" ", pieces[h - 1]))).strip()
                    if words:
                        out.append(("heading", int(pieces[h - 2]), words, []))
                parts = TITLED_COMPONENT_RE.split(pieces[h])  # text, title, text, title, …, text
                for k, part in enumerate(parts):
                    if k % 2:
                        out.append(("heading", 4, html.unescape(part), []))
                        continue
                    words = re.sub(r"\s+", " ", html.unescape(TAG_RE.sub(" ", part))).strip()
                    if words:
                        out.append(("para", depth, words, []))
        elif token.type in ("fence", "code_block"):
            out.append(("code", token.content.rstrip("\n").split("\n")))
        elif token.type == "table_open":
            rows, row = [], None
            while tokens[i].type != "table_close":
                if tokens[i].type == "tr_open":
                    row = []
                elif tokens[i].type == "inline":
                    row.append(_inline(tokens[i]))
                elif tokens[i].type == "tr_close":
                    rows.append(row)
                i += 1
            out.append(("table", rows))
        i += 1
    return out


class _Pages:
    def __init__(self, width: int):
        self.width, self.pages, self.ops, self.annots, self.y = width, [], [], [], PAGE_HEIGHT - MARGIN

    def need(self, height: float) -> None:
        if self.y - height < MARGIN:
            self.pages.append((self.ops, self.annots))
            self.ops, self.annots, self.y = [], [], PAGE_HEIGHT - MARGIN

    def run(self, text: str, font: str, size: float, x: float, y: float, links=()) -> None:
        """One line of text at (x, y): each link's label its own run, with a link annotation over it."""
        cursor, pieces = 0, []
        for label, url in links:
            at = text.find(label, cursor)
            if at < 0:
                continue
            pieces += [(text[cursor:at], None), (label, url)]
            cursor = at + len(label)
        pieces.append((text[cursor:], None))
        for piece, url in pieces:
            if not piece:
                continue
            self.ops.append(f"BT /{font} {size} Tf {x:.1f} {y:.1f} Td ({_escape(piece)}) Tj ET")
            width = _width(piece, size)
            if url:
                self.annots.append((x, y - 2, x + width, y + size, url))
            x += width

    def line(self, text: str, font: str, size: int, x: float = MARGIN, gap: float = 1.3, links=()) -> None:
        self.need(size * gap)
        self.y -= size * gap
        self.run(text, font, size, x, self.y, links)

    def table(self, rows: list[list[tuple[str, list]]]) -> None:
        columns = max(len(r) for r in rows)
        widths = [max(_width(r[c][0], CELL) if c < len(r) else 0 for r in rows) + 10 for c in range(columns)]
        height = CELL * 2
        for start in range(0, len(rows), 30):  # a long table continues on the next page, its header repeated
            chunk = rows[start:start + 30] if start == 0 else [rows[0], *rows[start:start + 30]]
            self.need(height * len(chunk) + 10)
            top = self.y - 4
            for r, row in enumerate(chunk):
                x = MARGIN
                for c in range(columns):
                    cell, links = row[c] if c < len(row) else ("", [])
                    if cell:
                        self.run(cell, "F1", CELL, x + 4, top - (r + 1) * height + 5, links)
                    x += widths[c]
            for r in range(len(chunk) + 1):
                self.ops.append(f"{MARGIN} {top - r * height:.1f} m {MARGIN + sum(widths):.1f} "
                                f"{top - r * height:.1f} l S")
            x = MARGIN
            for c in range(columns + 1):
                self.ops.append(f"{x:.1f} {top:.1f} m {x:.1f} {top - len(chunk) * height:.1f} l S")
                x += widths[c] if c < columns else 0
            self.y = top - len(chunk) * height - 8

    def done(self) -> list[tuple[list[str], list]]:
        if self.ops:
            self.pages.append((self.ops, self.annots))
        return self.pages or [([], [])]


def _wrapped(text: str, chars: int, links: list) -> list[tuple[str, list]]:
    """The paragraph's lines, each with the links whose label it holds (a label split by the wrap is dropped)."""
    out, pending = [], list(links)
    for line in textwrap.wrap(text, chars) or [""]:
        here = []
        while pending and pending[0][0] in line:
            here.append(pending.pop(0))
        out.append((line, here))
    return out


def render(markdown: str, title: str | None = None) -> bytes:
    blocks = blocks_of(markdown)
    widest = max((sum(max(_width(r[c][0], CELL) if c < len(r) else 0 for r in b[1]) + 10
                       for c in range(max(len(r) for r in b[1])))
                   for b in blocks if b[0] == "table" and b[1]), default=0)
    width = int(max(612, widest + 2 * MARGIN))  # a wide table gets a wide page, as a landscape page would
    pages = _Pages(width)
    chars = int((width - 2 * MARGIN) / (BODY * CHAR_WIDTH))
    for block in blocks:
        if block[0] == "heading":
            pages.y -= 6
            pages.line(block[2], "F2", HEADING_SIZES[block[1]], links=block[3])
        elif block[0] == "para":
            indent = 14 * block[1]
            for text, links in _wrapped(block[2], chars - block[1] * 3, block[3]):
                pages.line(text, "F1", BODY, MARGIN + indent, links=links)
            pages.y -= 4
        elif block[0] == "code":
            for text in block[1]:
                pages.line(text[:chars], "F3", CODE)
            pages.y -= 4
        elif block[0] == "table" and block[1]:
            pages.table(block[1])
    return _pdf(pages.done(), width, title)


def _pdf(pages: list[tuple[list[str], list]], width: int, title: str | None) -> bytes:
    fonts = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Courier"}
    first_font = 3 + 2 * len(pages)
    font_refs = " ".join(f"/{name} {first_font + i} 0 R" for i, name in enumerate(fonts))
    objects, kids = [], []
    for i, (ops, annots) in enumerate(pages):
        page_id, content_id = 3 + 2 * i, 4 + 2 * i
        kids.append(f"{page_id} 0 R")
        stream = "\n".join(ops).encode("cp1252")
        links = " ".join(f"<< /Type /Annot /Subtype /Link /Rect [{x0:.1f} {y0:.1f} {x1:.1f} {y1:.1f}] /Border [0 0 0] "
                         f"/A << /S /URI /URI ({_escape(url)}) >> >>" for x0, y0, x1, y1, url in annots)
        objects.append((page_id, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {PAGE_HEIGHT}] "
                        f"/Contents {content_id} 0 R /Annots [{links}] "
                        f"/Resources << /Font << {font_refs} >> >> >>".encode("cp1252", errors="replace")))
        objects.append((content_id, b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"))
    objects.append((1, b"<< /Type /Catalog /Pages 2 0 R >>"))
    objects.append((2, f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode()))
    for i, base in enumerate(fonts.values()):
        objects.append((first_font + i, f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} "
                        f"/Encoding /WinAnsiEncoding >>".encode()))
    info_id = first_font + len(fonts)
    if title:
        objects.append((info_id, f"<< /Title ({_escape(title)}) >>".encode("latin-1")))
    return serialize(objects, info_id if title else None)
