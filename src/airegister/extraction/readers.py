"""Readers: a file's bytes to a `Document`, one reader per format (HTML, Markdown, plain text, PDF).

Markdown's structure comes from markdown-it-py's block parser (markdown_reader.py), its YAML front matter is read
here; every format ends in the same `Document` of headed blocks, items and table rows.
"""

import re
from pathlib import Path

import yaml

from .decode import decode, read_bytes, sniff_format
from .document import Document, DocumentBuilder, fold
from .html_reader import read_html
from .markdown_reader import read_blocks
from .models import ExtractionError
from .pdf_reader import read_pdf
from .rst_reader import read_rst
from .text_reader import add_text
from .text_runs import unrun

FRONT_MATTER_RE = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# A card copied without its opening fence ('language: en⏎license: bsd⏎datasets:⏎- x⏎---'): lines of a hub card's keys,
# each with its indented or listed continuation lines, closed by the fence.
CARD_KEYS = r"language|license|license_name|license_link|tags|datasets|pipeline_tag|library_name|base_model|widget|" \
    r"model-index|model_index|inference|thumbnail|metrics|model_name|co2_eq_emissions"
UNFENCED_FRONT_MATTER_RE = re.compile(rf"\A\ufeff?((?:{CARD_KEYS})[ \t]*:.*\n(?:(?:[ \t]+|-[ \t]).*\n|"
                                      r"[A-Za-z_][\w-]*[ \t]*:.*\n)*?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")


def read_path(path: Path) -> tuple[Document, bytes]:
    data = read_bytes(path)
    fmt = sniff_format(path, data)
    if fmt == "pdf":
        return read_pdf(path, data), data
    text = decode(path, data, fmt)
    try:
        doc = {"html": read_html_document, "markdown": read_markdown, "rst": read_restructured,
               "text": read_text}[fmt](text)
    except ExtractionError as exc:
        raise ExtractionError(f"{path}: {exc}") from None
    if not doc.blocks:
        raise ExtractionError(f"{path}: has no readable text")
    return doc, data


def read_html_document(text: str) -> Document:
    builder, title = read_html(text)
    return builder.build("html", text, title)


def read_restructured(text: str) -> Document:
    """reStructuredText by docutils' parser; a document it cannot parse is read as lines of text."""
    return read_rst(text) or read_text(text, "rst")


def read_text(text: str, fmt: str = "text", verbatim: str | None = None, title: str | None = None) -> Document:
    """The lines' structure (headings, tab-separated tables, list items) read by text_reader.py; a wrapped
    paragraph's lines are joined."""
    builder = DocumentBuilder()
    # A page's text saved with no break between its blocks: its lines put back first (text_runs.py).
    lines = unrun(text)
    if lines is not None:
        verbatim, text = text if verbatim is None else verbatim, lines
    add_text(builder, text, verbatim or text, unwrapped=lines is not None)
    if title is None:
        first = next((line.strip() for line in text.split("\n") if line.strip()), "")
        title = first[:200] or None
    # A text with a line run together is a page's text saved without its layout: its words may run together
    # anywhere (None: every lower/upper join is suspect). Otherwise every block stood on a line of its own.
    return builder.build(fmt, text if verbatim is None else verbatim, title,
                         joins=None if builder.run_together_joins() else [])


def front_matter(text: str) -> tuple[dict, dict, int]:
    """YAML front matter as scalars (and lists of scalars) only; anchors and aliases refused (billion laughs)."""
    match = FRONT_MATTER_RE.match(text) or UNFENCED_FRONT_MATTER_RE.match(text)
    if not match or len(match.group(1)) > 256 * 1024:
        return {}, {}, 0
    try:
        data = yaml.load(match.group(1), Loader=NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError:
        return {}, {}, 0
    if not isinstance(data, dict):
        return {}, {}, 0
    meta, lines = {}, {}
    # A Hugging Face card's `model-index` names the model its results are for ('- name: X-7B-Instruct').
    # Older cards write `model_index:` and a single entry rather than a list of them.
    index = data.get("model-index", data.get("model_index"))
    entries = [index] if isinstance(index, dict) else index if isinstance(index, list) else []
    names = [e["name"] for e in entries if isinstance(e, dict) and isinstance(e.get("name"), str)]
    if names:
        meta["model_index_names"] = names
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


NAME_TITLE_RE = re.compile(r"[\w.+\-]+(?:[ \t]+[\w.+\-()]+){0,4}")
H1_LINE_RE = re.compile(r"(?m)^[ \t]{0,3}#[ \t]+\S|^[^\n]*\S[^\n]*\n[ \t]{0,3}=+[ \t]*$")


def read_markdown(text: str) -> Document:
    meta, meta_lines, offset = front_matter(text)
    builder = DocumentBuilder()
    title = meta.get("title")
    if isinstance(title, str) and NAME_TITLE_RE.fullmatch(title.strip()) and not H1_LINE_RE.search(text[offset:]):
        # A docs site renders its page's front-matter title as the page's heading ('title: Zorvak Mini' over a body
        # that opens at '## Description'): a title that names something titles the page as a '# Zorvak Mini' line
        # would. A post's headline ('How Long Can … Context Length?') stays out: its sections are headed in the body.
        builder.add("heading", title, 1, line=0)
    for key in ("description", "summary"):
        # A docs page's front-matter description is its first statement ("Liquid's LFM text models range…").
        value = meta.get(key)
        if isinstance(value, str) and fold(value) and fold(value) in fold(text[:offset]):
            builder.add("text", value)
    read_blocks(text[offset:], builder, text.count("\n", 0, offset))
    title = meta.get("title") or meta.get("model_name")
    if not isinstance(title, str):
        first = next((b for b in builder.blocks if b.kind == "heading"), None)
        title = "".join(builder.parts)[first.start:first.end] if first else None
    return builder.build("markdown", text, title, meta, meta_lines)


