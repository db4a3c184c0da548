"""Readers: a file's bytes to a `Document`, one reader per format (HTML, Markdown, plain text, PDF).

Markdown is read line by line (headings, lists, pipe tables, embedded HTML tables, YAML front matter) rather
than rendered: a line reader is linear on any input, where a full renderer can be driven quadratic by
pathological emphasis or brackets.
"""

import html
import re
from pathlib import Path

import yaml

from .decode import decode, read_bytes, sniff_format
from .document import Document, DocumentBuilder, fold
from .html_reader import read_html
from .models import ExtractionError
from .pdf_reader import read_pdf

FRONT_MATTER_RE = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
ATX_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
ITEM_RE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$")
RULE_RE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
DELIM_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
QUOTE_RE = re.compile(r"^\s{0,3}>\s?")
IMAGE_RE = re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)")
LINK_URL_RE = re.compile(r"\[([^\]\n]{1,500})\]\(\s*<?([^)\s>]{1,2000})")
LINK_RE = re.compile(r"\[([^\]\n]{0,500})\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,200}\])")
AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^>\s]{1,2000})>")
TAG_RE = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
BOLD_LABEL_RE = re.compile(r"^\s*(?:\*\*|__)([^*_\n]{2,60}?)(?:\*\*|__)\s*(?=\S)")
COMPONENT_TITLE_RE = re.compile(r'^\s*<[A-Z][A-Za-z]{1,30}\b[^<>]{0,300}?\btitle="([^"<>]{1,120})"[^<>]{0,300}>\s*$')
EMPHASIS_RE = re.compile(r"\*\*|__|(?<![\w*\\])[*_](?=\S)|(?<=\S)(?<!\\)[*_](?![\w*])|`+")


def read_path(path: Path) -> tuple[Document, bytes]:
    data = read_bytes(path)
    fmt = sniff_format(path, data)
    if fmt == "pdf":
        return read_pdf(path, data), data
    text = decode(path, data, fmt)
    try:
        doc = {"html": read_html_document, "markdown": read_markdown, "text": read_text}[fmt](text)
    except ExtractionError as exc:
        raise ExtractionError(f"{path}: {exc}") from None
    if not doc.blocks:
        raise ExtractionError(f"{path}: has no readable text")
    return doc, data


def read_html_document(text: str) -> Document:
    builder, title = read_html(text)
    return builder.build("html", text, title)


def read_text(text: str, fmt: str = "text", verbatim: str | None = None, title: str | None = None) -> Document:
    """Every non-empty line is a block; the analysis text is the source itself, so excerpts stay verbatim."""
    builder = DocumentBuilder()
    builder.add_lines(text)
    if title is None:
        first = next((line.strip() for line in text.split("\n") if line.strip()), "")
        title = first[:200] or None
    return builder.build(fmt, text if verbatim is None else verbatim, title)


def front_matter(text: str) -> tuple[dict, dict, int]:
    """YAML front matter as scalars (and lists of scalars) only; anchors and aliases refused (billion laughs)."""
    match = FRONT_MATTER_RE.match(text)
    if not match or len(match.group(1)) > 256 * 1024:
        return {}, {}, 0
    try:
        data = yaml.load(match.group(1), Loader=NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError:
        return {}, {}, 0
    if not isinstance(data, dict):
        return {}, {}, 0
    meta, lines = {}, {}
    for key, value in data.items():
        if isinstance(value, list):
            value = [v for v in value if isinstance(v, str | int | float)]
        elif not isinstance(value, str | int | float) or isinstance(value, bool):
            continue
        meta[str(key)] = value
        line = re.search(rf"(?m)^{re.escape(str(key))}\s*:.*$", match.group(1))
        if line:
            lines[str(key)] = line.group(0).strip()
    return meta, lines, match.end()


class NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("aliases are not allowed in front matter")
        return super().compose_node(parent, index)


def inline(text: str) -> str:
    """Markdown inline markup to plain text: images dropped, links to their text, emphasis and tags removed."""
    text = IMAGE_RE.sub("", text)
    text = LINK_RE.sub(r"\1", text)
    text = AUTOLINK_RE.sub(r"\1", text)
    text = TAG_RE.sub("", text)
    text = EMPHASIS_RE.sub("", text)
    return html.unescape(text.replace("\\", ""))


def links_of(text: str) -> list[tuple[str, str]]:
    """A line's Markdown links as (their text as read, their address)."""
    text = IMAGE_RE.sub("", text)
    return [(inline(m.group(1)), m.group(2)) for m in LINK_URL_RE.finditer(text)]


def read_markdown(text: str) -> Document:
    meta, meta_lines, offset = front_matter(text)
    builder = DocumentBuilder()
    for key in ("description", "summary"):
        # A docs page's front-matter description is its first statement ("Liquid's LFM text models range…").
        value = meta.get(key)
        if isinstance(value, str) and fold(value) and fold(value) in fold(text[:offset]):
            builder.add("text", value)
    lines = text[offset:].split("\n")
    paragraph: list[str] = []
    kind = "text"

    def flush():
        nonlocal kind
        if paragraph:
            text = " ".join(paragraph)
            label = BOLD_LABEL_RE.match(text)
            if label and kind == "text":
                # '**Model developers** Meta': a bold lead-in is a label of its own, so the words after it
                # ('Meta', 'Llama 3 is…') start a new statement instead of running into a name or a value.
                builder.add("label", inline(label.group(1)), links=links_of(label.group(1)))
                text = text[label.end():]
            # A list item keeps its source line (links and all): the excerpt of a fact read from the item.
            builder.add(kind, inline(text), source=text if kind == "item" else "", links=links_of(text))
            paragraph.clear()
        kind = "text"

    i = 0
    while i < len(lines):
        line = QUOTE_RE.sub("", lines[i])
        stripped = line.strip()
        fence = FENCE_RE.match(line)
        if fence:
            flush()
            # Code samples (usage snippets, configs) are not statements about the model: skipped.
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(fence.group(1)):
                i += 1
            i += 1
            continue
        if not stripped or RULE_RE.match(line):
            flush()
            i += 1
            continue
        if re.match(r"<table\b", stripped, re.I):
            flush()
            end = i
            while end < len(lines) and not re.search(r"</table\s*>", lines[end], re.I):
                end += 1
            read_html("\n".join(lines[i:end + 1]), builder)
            i = end + 1
            continue
        titled = COMPONENT_TITLE_RE.match(line)
        if titled:
            # MDX components ('<Card title="X-7B">'): a titled card heads its own small section.
            flush()
            builder.add("heading", html.unescape(titled.group(1)), 4)
            i += 1
            continue
        heading = ATX_RE.match(line)
        if heading:
            flush()
            builder.add("heading", inline(heading.group(2)), len(heading.group(1)), links=links_of(heading.group(2)))
            i += 1
            continue
        if len(paragraph) == 1 and kind == "text" and SETEXT_RE.match(line):
            builder.add("heading", inline(paragraph.pop()), 1 if stripped[0] == "=" else 2)
            i += 1
            continue
        if "|" in line and i + 1 < len(lines) and DELIM_RE.match(lines[i + 1]) and "-" in lines[i + 1]:
            flush()
            i = pipe_table(lines, i, builder)
            continue
        item = ITEM_RE.match(line)
        if item:
            flush()
            kind = "item"
            paragraph.append(item.group(1))
            i += 1
            continue
        paragraph.append(stripped)
        i += 1
    flush()
    title = meta.get("title") or meta.get("model_name")
    if not isinstance(title, str):
        first = next((b for b in builder.blocks if b.kind == "heading"), None)
        title = "".join(builder.parts)[first.start:first.end] if first else None
    return builder.build("markdown", text, title, meta, meta_lines)


def pipe_cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [inline(c.strip()) for c in re.split(r"(?<!\\)\|", line)]


def pipe_table(lines: list[str], i: int, builder: DocumentBuilder) -> int:
    header = pipe_cells(lines[i])
    rows, sources = [], []
    i += 2
    while i < len(lines) and "|" in lines[i] and lines[i].strip():
        row = pipe_cells(lines[i])
        if rows and row and not row[0] and any(row):
            # A row with an empty first cell continues the one above (Markdown has no rowspan): its empty
            # cells repeat the cells above, as a reader sees them.
            above = rows[-1]
            row = [c or (above[j] if j < len(above) else "") for j, c in enumerate(row)]
        rows.append(row)
        sources.append(lines[i])
        i += 1
    builder.add_table(rows, header, sources, [links_of(source) for source in sources])
    return i
