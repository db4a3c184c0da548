"""From a path to bytes and from bytes to text: size cap, binary sniffing, format and encoding detection.

Every refusal is an `ExtractionError` with one line naming what is wrong, so the CLI can exit 2 with it.
"""

import codecs
import os
import re
from pathlib import Path

from .models import ExtractionError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_BYTES_ENV = "AIREGISTER_EXTRACT_MAX_BYTES"
FORMATS = ("html", "markdown", "text", "pdf")

# Signatures of common binary files: naming the kind makes the error message useful.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX and the like are ZIP archives)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"wOFF", "a web font"),
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_EXTENSIONS = {".md", ".markdown", ".mdown", ".mkd", ".mdx"}
TEXT_EXTENSIONS = {".txt", ".text"}
RST_EXTENSIONS = {".rst", ".rest"}
CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.I)
XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_\-.]{1,40})["']""")
HTML_START_RE = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def max_bytes() -> int:
    """The size cap: AIREGISTER_EXTRACT_MAX_BYTES (bytes, or with a K/M/G suffix), default 20 MB."""
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kmg]?)i?b?", raw, re.I)
    if not match or float(match.group(1)) <= 0:
        raise ExtractionError(f"{MAX_BYTES_ENV} must be a positive size in bytes (e.g. 20000000 or 20MB), not {raw!r}")
    scale = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[match.group(2).lower()]
    return int(float(match.group(1)) * scale)


def human_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, refusing what is missing, unreadable, empty or over the cap."""
    limit = max_bytes() if limit is None else limit
    try:
        if path.is_dir():
            raise ExtractionError(f"{path}: is a directory, not a document")
        size = path.stat().st_size
        if size > limit:
            raise ExtractionError(
                f"{path}: is {human_size(size)}, over the {human_size(limit)} limit (set {MAX_BYTES_ENV} to change it)"
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # pipes and devices report no size: read one byte past the cap
    except FileNotFoundError:
        raise ExtractionError(f"{path}: no such file") from None
    except PermissionError:
        raise ExtractionError(f"{path}: cannot be read (permission denied)") from None
    except OSError as exc:
        raise ExtractionError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise ExtractionError(f"{path}: is over the {human_size(limit)} limit (set {MAX_BYTES_ENV} to change it)")
    if not data.strip():
        raise ExtractionError(f"{path}: is empty")
    return data


def binary_kind(data: bytes) -> str | None:
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    return None


def sniff_format(path: Path, data: bytes) -> str:
    """pdf by signature; otherwise by extension; otherwise by content (an HTML start, YAML front matter)."""
    if data.lstrip()[:5] == b"%PDF-" or b"%PDF-" in data[:1024] and not _looks_textual(data[:1024]):
        return "pdf"
    kind = binary_kind(data)
    if kind:
        raise ExtractionError(f"{path}: is {kind}, not an HTML, Markdown, text or PDF document")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        raise ExtractionError(f"{path}: is named .pdf but is not a PDF (no %PDF- header)")
    if suffix in HTML_EXTENSIONS:
        return "html"
    if suffix in MARKDOWN_EXTENSIONS:
        return "markdown"
    if suffix in RST_EXTENSIONS:
        return "rst"
    head = data[:2048].decode("utf-8", "ignore")
    if HTML_START_RE.match(head):
        return "html"
    if suffix not in TEXT_EXTENSIONS and re.match(r"^\ufeff?---[ \t]*\r?\n", head):
        return "markdown"
    return "text"


def _looks_textual(chunk: bytes) -> bool:
    return b"\x00" not in chunk and chunk.count(b"\n") > 3


def decode(path: Path, data: bytes, fmt: str) -> str:
    """Bytes to text: BOM, then a declared charset (HTML meta, XML), then strict UTF-8. Never guesses silently."""
    encoding, body = _bom(data)
    if encoding is None and b"\x00" in data[:4096]:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise ExtractionError(f"{path}: looks binary (it contains NUL bytes), not a text document")
    declared = None
    if encoding is None and fmt in ("html", "text", "markdown", "rst"):
        declared = _declared_charset(path, data[:4096])
        encoding = declared
    encoding = encoding or "utf-8"
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ExtractionError(_decode_error(path, exc, encoding, declared)) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ExtractionError(f"{path}: is empty")
    controls = len(CONTROL_RE.findall(text[:65536]))
    if controls > max(8, len(text[:65536]) // 100):
        raise ExtractionError(f"{path}: looks binary ({controls} control characters), not a text document")
    if fmt == "html":
        _check_html_complete(path, text)
    return text


def _bom(data: bytes) -> tuple[str | None, bytes]:
    for bom, name in BOMS:
        if data.startswith(bom):
            return name, data[len(bom):]
    return None, data


def _utf16_without_bom(data: bytes) -> str | None:
    """ASCII-heavy UTF-16 puts a NUL in every other byte; anything else with NULs is binary."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if len(sample) >= 8 and odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if len(sample) >= 8 and even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _declared_charset(path: Path, head: bytes) -> str | None:
    match = CHARSET_RE.search(head) or XML_ENCODING_RE.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").strip().lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        raise ExtractionError(f"{path}: declares an unknown character encoding {name!r}") from None
    # Browsers read these labels as windows-1252 (WHATWG Encoding): so do we.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _decode_error(path: Path, exc: UnicodeDecodeError, encoding: str, declared: str | None) -> str:
    byte = exc.object[exc.start:exc.start + 1].hex().upper()
    if exc.reason == "unexpected end of data" and exc.end >= len(exc.object) - 1:
        return f"{path}: is truncated (it ends in the middle of a {encoding} character)"
    if declared:
        return f"{path}: is not valid {declared} as it declares (byte 0x{byte} at offset {exc.start})"
    return f"{path}: is not valid {encoding} (byte 0x{byte} at offset {exc.start}) and declares no other encoding"


def _check_html_complete(path: Path, text: str) -> None:
    """A download cut short ends inside a tag or a comment; a complete page never does."""
    tail = text[-4096:]
    last_open, last_close = tail.rfind("<"), tail.rfind(">")
    if last_open > last_close and re.match(r"<[A-Za-z!/?]", tail[last_open:last_open + 2]):
        raise ExtractionError(f"{path}: is truncated (it ends inside an HTML tag)")
    if text.rfind("<!--") > text.rfind("-->"):
        raise ExtractionError(f"{path}: is truncated (it ends inside an HTML comment)")
