"""A tiny PDF writer for tests: one Helvetica text line per `Tj`, uncompressed unless asked (so the fixture's
text is also readable in its bytes), with a correct cross-reference table."""

import zlib


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _placed(lines: list) -> list[str]:
    """Text lines and ruled tables (a list of rows of cells, drawn as a grid) placed down the page."""
    ops, y = [], 760
    for item in lines:
        if isinstance(item, str):
            ops.append(f"BT /F1 11 Tf 72 {y} Td ({_escape(item)}) Tj ET")
            y -= 14
            continue
        if isinstance(item, tuple) and item[0] == "space":  # ("space", points): room between paragraphs
            y -= item[1]
            continue
        if isinstance(item, tuple) and item[0] == "cells":  # ("cells", x, …, text, …): one line's runs, each at x
            for x, text in zip(item[1::2], item[2::2], strict=True):
                ops.append(f"BT /F1 11 Tf {x} {y} Td ({_escape(text)}) Tj ET")
            y -= 14
            continue
        if isinstance(item, tuple) and item[0] == "at":  # ("at", x, text): a line set further in (a nested item)
            ops.append(f"BT /F1 11 Tf {item[1]} {y} Td ({_escape(item[2])}) Tj ET")
            y -= 14
            continue
        if isinstance(item, tuple) and item[0] == "code":  # ("code", text): a line of code in Courier
            ops.append(f"BT /F3 10 Tf 72 {y} Td ({_escape(item[1])}) Tj ET")
            y -= 12
            continue
        if isinstance(item, tuple):  # ("heading", type size, text): a heading line in bold, larger type
            _kind, size, text = item
            y -= size - 11
            ops.append(f"BT /F2 {size} Tf 72 {y} Td ({_escape(text)}) Tj ET")
            y -= 14 + 4
            continue
        width, height = 130, 18
        top, columns = y + 12, max(len(row) for row in item)
        for r, row in enumerate(item):
            for c, cell in enumerate(row):
                ops.append(f"BT /F1 10 Tf {72 + c * width + 4} {top - (r + 1) * height + 5} Td ({_escape(cell)}) Tj ET")
        for r in range(len(item) + 1):
            ops.append(f"72 {top - r * height} m {72 + columns * width} {top - r * height} l S")
        for c in range(columns + 1):
            ops.append(f"{72 + c * width} {top} m {72 + c * width} {top - len(item) * height} l S")
        y = top - len(item) * height - 20
    return ops


def make_pdf(pages: list[list[str]], title: str | None = None, compress: bool = False,
             raw_stream: bytes | None = None, links: list[tuple] | None = None) -> bytes:
    """`pages` of text lines (a list of rows in place of a line: a ruled table; ("heading", size, text): a bold
    heading in larger type; ("code", text): a line in Courier; ("space", points): room left before the next line;
    ("at", x, text): a line starting `x` points across the page; ("cells", x, text, x, text, …): a line of runs,
    each at its place, as an unruled table's row is set); `links`: link annotations on the first page,
    (x0, y0, x1, y1, address); `raw_stream` replaces the first page's (Flate-compressed) content stream."""
    objects: list[bytes] = []
    kids = []
    font_id = 3 + 2 * len(pages)
    for i, lines in enumerate(pages):
        page_id, content_id = 3 + 2 * i, 4 + 2 * i
        kids.append(f"{page_id} 0 R")
        if any(isinstance(line, list | tuple) for line in lines):
            ops = _placed(lines)
        else:
            ops = ["BT", "/F1 11 Tf", "14 TL", "72 760 Td"]
            for line in lines:
                ops.append(f"({_escape(line)}) Tj T*")
            ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        extra = b""
        if raw_stream is not None and i == 0:
            stream, extra = raw_stream, b" /Filter /FlateDecode"
        elif compress:
            stream, extra = zlib.compress(stream), b" /Filter /FlateDecode"
        boxes = (links or []) if i == 0 else []
        annots = " ".join(f"<< /Type /Annot /Subtype /Link /Rect [{x0} {y0} {x1} {y1}] "
                          f"/A << /S /URI /URI ({url}) >> >>" for x0, y0, x1, y1, url in boxes)
        objects.append((page_id, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_id} 0 R "
                        f"/Annots [{annots}] /Resources << /Font << /F1 {font_id} 0 R /F2 {font_id + 1} 0 R "
                        f"/F3 {font_id + 2} 0 R >> >> >>"
                        .encode()))
        objects.append((content_id, b"<< /Length %d%s >>\nstream\n" % (len(stream), extra) + stream + b"\nendstream"))
    objects.append((1, b"<< /Type /Catalog /Pages 2 0 R >>"))
    objects.append((2, f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode()))
    for offset, base in enumerate(("Helvetica", "Helvetica-Bold", "Courier")):
        objects.append((font_id + offset, f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} "
                        f"/Encoding /WinAnsiEncoding >>".encode()))
    info_id = font_id + 3
    if title:
        objects.append((info_id, f"<< /Title ({_escape(title)}) >>".encode("latin-1")))
    return serialize(objects, info_id if title else None)


def serialize(objects: list[tuple[int, bytes]], info_id: int | None = None) -> bytes:
    """Numbered objects (1: the catalog) as a PDF file with a correct cross-reference table."""
    objects = sorted(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number, body in objects:
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    size = max(offsets) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets.get(number, 0)
    trailer = b"<< /Size %d /Root 1 0 R" % size + (b" /Info %d 0 R" % info_id if info_id else b"") + b" >>"
    out += b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
