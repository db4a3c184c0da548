"""Markdown to blocks with markdown-it-py: the parser gives the document's structure (headings, paragraphs, list
items, tables, code, HTML blocks, each with its source lines); the text of each block is read from its source.

Only markdown-it-py's block rules run. Inline markup (emphasis, links, images, tags) is reduced to text by the
linear patterns in `inline`, so no input can drive a parse quadratic; links keep their addresses (`links_of`).
Pipe tables are split into cells from their source lines, so a row keeps every cell even when it has more than
the header (GitHub drops them) and a row whose first cell is empty continues the one above.
"""

import html
import re

from markdown_it import MarkdownIt

from .document import CJK_RE, DocumentBuilder
from .html_reader import read_html

PARSER = MarkdownIt("commonmark", {"html": True, "maxNesting": 40}).enable("table").disable("inline")

IMAGE_RE = re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)")
LINK_URL_RE = re.compile(r"\[([^\]\n]{1,500})\]\(\s*<?([^)\s>]{1,2000})")
LINK_RE = re.compile(r"\[([^\]\n]{0,500})\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,200}\])")
AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^>\s]{1,2000})>")
TAG_RE = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
# A tag that breaks a line ('Corvid 2.0 Flash<br>`corvid-2.0-flash`' in a table cell): the words either side are two.
# ... and so does a subscript ('GPT<sub>Novel</sub>' is 'GPT Novel', the archive 'GPT_Novel.zip').
BREAK_TAG_RE = re.compile(r"<(?:br|hr|/p|/div|/li|sub)\b[^<>]{0,200}>", re.I)
BOLD_LINE_RE = re.compile(r"^\s*(?:\*\*|__)(?P<title>[^*_\n]{2,80}?)(?:\*\*|__)\s*$")
BOLD_LABEL_RE = re.compile(r"^\s*(?:\*\*|__)([^*_\n]{2,60}?)(?:\*\*|__)\s*(?=\S)")
COMPONENT_TITLE_RE = re.compile(r'^\s*<[A-Z][A-Za-z]{1,30}\b[^<>]{0,300}?\btitle="([^"<>]{1,120})"[^<>]{0,300}>\s*$')
EMPHASIS_RE = re.compile(r"\*{3}|_{3}|\*\*|__|`+")
# A single '*' or '_' emphasises only in pairs ('*tiny*'); one alone is a mark of the text ('X-B*', a variant's star)
SINGLE_EMPHASIS_RE = re.compile(r"(?<![\w*\\])([*_])(?=\S)(.+?)(?<=\S)(?<!\\)\1(?![\w*])")
DELIM_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
QUOTE_RE = re.compile(r"^\s{0,3}>\s?")


# A footnote's mark ('Albacore Prime[^1]', '[^note]'), not its definition ('[^1]: …'): no words of the text.
FOOTNOTE_MARK_RE = re.compile(r"\[\^[^\]\s]{1,30}\](?!:)")


# Kramdown's extensions (GitHub Pages): '{::nomarkdown}…{:/}' around raw HTML, '{:.class}' attribute lists
KRAMDOWN_MARK_RE = re.compile(r"\{::nomarkdown\}|\{:/(?:nomarkdown)?\}|\{:[.#][^}\n]*\}")


def inline(text: str) -> str:
    """Markdown inline markup to plain text: images dropped, links to their text, emphasis, tags and footnote
    marks removed."""
    text = FOOTNOTE_MARK_RE.sub("", IMAGE_RE.sub("", text))
    text = KRAMDOWN_MARK_RE.sub("", text)
    text = LINK_RE.sub(r"\1", text)
    text = AUTOLINK_RE.sub(r"\1", text)
    text = BREAK_TAG_RE.sub(" ", text)
    text = TAG_RE.sub("", text)
    text = SINGLE_EMPHASIS_RE.sub(r"\2", EMPHASIS_RE.sub("", text))
    return html.unescape(text.replace("\\", ""))


def links_of(text: str) -> list[tuple[str, str]]:
    """A line's Markdown links as (their text as read, their address)."""
    text = IMAGE_RE.sub("", text)
    return [(inline(m.group(1)), m.group(2)) for m in LINK_URL_RE.finditer(text)]


# A docs site's container opening ('!!! tip "Performance"', '??? note', '=== "Detection (COCO)"'): its content is the
# lines indented below it, which CommonMark would read as indented code.
CONTAINER_RE = re.compile(r"^( *)(?:!!!|\?\?\?\+?|===)[ \t]+\S")


def outdented_containers(body: str) -> str:
    """`body` with each container's content indented as if it stood at its container's place (a models table
    under '=== "Detection"' in a '!!! tip' is a table of the page, not a code sample). Only leading spaces go, one
    line for one line, so every line keeps its number and its text."""
    if "!!!" not in body and "===" not in body and "???" not in body:
        return body
    out, stack = [], []  # stack: the indents of the containers the line stands in
    for line in body.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        if line.strip():
            while stack and indent <= stack[-1]:
                stack.pop()
        depth = 4 * len(stack)
        out.append(line[min(depth, indent):] if line.strip() else line)
        opened = CONTAINER_RE.match(line)
        if opened:
            stack.append(indent)
    return "\n".join(out)


def read_blocks(body: str, builder: DocumentBuilder, first_line: int = 0) -> None:
    """Add the blocks of Markdown `body` (front matter removed) to `builder`; `first_line`: the body's first
    line in the file, so every block records where it stands in the source."""
    body = outdented_containers(body)
    lines = body.split("\n")
    tokens = PARSER.parse(body)
    level = 1  # the last heading's level: a bold line is a heading one below it
    skip_to = -1  # source lines before this one were read already (an HTML table spread over several blocks)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        start = token.map[0] if token.map else None
        if start is not None and start < skip_to:
            i += 1
            continue
        kind = token.type
        if kind == "heading_open":
            content = tokens[i + 1].content
            level = int(token.tag[1])
            builder.add("heading", inline(content), level, links=links_of(content), line=first_line + start)
            i += 3
            continue
        if kind == "paragraph_open":
            in_item = i > 0 and tokens[i - 1].type == "list_item_open"
            bold = None if in_item else BOLD_LINE_RE.match(tokens[i + 1].content)
            if bold:
                # '**Results and findings**' alone on its line: a heading written in bold, below the last one
                content = bold.group("title")
                builder.add("heading", inline(content), min(6, level + 1), links=links_of(content),
                            line=first_line + start)
                i += 3
                continue
            read_paragraph(tokens[i + 1].content.split("\n"), builder, "item" if in_item else "text",
                           first_line + start)
            i += 3
            continue
        if kind == "table_open":
            source = [QUOTE_RE.sub("", line) for line in lines[token.map[0]:token.map[1]]]
            pipe_table(source, 0, builder, first_line + start)
            while tokens[i].type != "table_close":
                i += 1
        elif kind == "html_block":
            if re.search(r"<table\b", token.content, re.I):
                end = start
                while end < len(lines) and not re.search(r"</table\s*>", lines[end], re.I):
                    end += 1
                read_html("\n".join(lines[start:end + 1]), builder)
                skip_to = end + 1
            else:
                read_html_lines(token.content.split("\n"), builder, first_line + start)
        # fences and indented code are samples and configurations, not statements about the model: skipped
        i += 1


def read_paragraph(lines: list[str], builder: DocumentBuilder, kind: str, line: int) -> None:
    """A paragraph's lines; a pipe table the paragraph runs into (no blank line before it) is read as a table."""
    paragraph: list[str] = []
    j = 0
    while j < len(lines):
        text = lines[j]
        if "|" in text and j + 1 < len(lines) and DELIM_RE.match(lines[j + 1]) and "-" in lines[j + 1]:
            add_paragraph(paragraph, builder, kind, line)
            paragraph, kind = [], "text"
            j = pipe_table(lines, j, builder, line + j)
            continue
        if not paragraph and kind == "text" and _headerless_rows(lines, j) >= 3:
            # Kramdown's table with no separator line ('|Date|Model|' over '|2023.08.10|X-13B|'): its first row
            # heads it
            j = pipe_table(lines, j, builder, line + j, separator=False)
            continue
        paragraph.append(text.strip())
        j += 1
    add_paragraph(paragraph, builder, kind, line)


def add_paragraph(paragraph: list[str], builder: DocumentBuilder, kind: str, line: int) -> None:
    text = " ".join(p for p in paragraph if p)
    if not text:
        return
    label = BOLD_LABEL_RE.match(text)
    # '**X**是一个…' ('X is a …'): a bold name glued to the Chinese, Japanese or Korean words after it is its
    # sentence's subject, not a label over them.
    if label and kind == "text" and not CJK_RE.match(text, label.end(1) + 2):
        # '**Model developers** Meta': a bold lead-in is a label of its own, so the words after it
        # ('Meta', 'Llama 3 is…') start a new statement instead of running into a name or a value.
        builder.add("label", inline(label.group(1)), links=links_of(label.group(1)), line=line)
        text = text[label.end():]
    # A list item keeps its source line (links and all): the excerpt of a fact read from the item.
    builder.add(kind, inline(text), source=text if kind == "item" else "", links=links_of(text), line=line)


def read_html_lines(lines: list[str], builder: DocumentBuilder, line: int) -> None:
    """An HTML block other than a table, read as HTML (its links kept); MDX components titled as cards
    ('<Card title="X-7B">') head small sections of their own."""
    chunk: list[str] = []
    for j, text in enumerate(lines):
        titled = COMPONENT_TITLE_RE.match(text)
        if titled:
            read_html("\n".join(chunk), builder)
            chunk = []
            builder.add("heading", html.unescape(titled.group(1)), 4, line=line + j)
        else:
            chunk.append(text)
    read_html("\n".join(chunk), builder)


PIPE_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")


def _raw_cells(line: str) -> list[str]:
    """A pipe row's cells as written, its outer pipes dropped."""
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return re.split(r"(?<!\\)\|", line)


def pipe_cells(line: str) -> list[str]:
    return [inline(c.strip()) for c in _raw_cells(line)]


def _headerless_rows(lines: list[str], j: int) -> int:
    """How many lines from `j` on are pipe rows ('|a|b|') of one width, one after another."""
    widths = set()
    for k in range(j, len(lines)):
        if not PIPE_ROW_RE.match(lines[k]):
            break
        widths.add(len(_raw_cells(lines[k])))
    else:
        k = len(lines)
    return k - j if len(widths) == 1 and widths != {1} else 0


def pipe_table(lines: list[str], i: int, builder: DocumentBuilder, line: int = 0, separator: bool = True) -> int:
    """The pipe table whose header is `lines[i]` (over a separator line, unless told there is none); returns the
    index of the first line after it."""
    header, header_line = pipe_cells(lines[i]), lines[i]
    rows, sources = [], []
    i += 2 if separator else 1
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
    builder.add_table(rows, header, sources, [links_of(source) for source in sources], line=line,
                      header_links=links_of(header_line))
    return i
