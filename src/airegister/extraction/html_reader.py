"""HTML to blocks with selectolax (lexbor): visible text only, block structure kept, tables as rows.

Scripts, styles, navigation and footers are dropped (their text is not the document's content), and a page that
marks its content (`<main>`, one `<article>`) is read from there alone, without the site's sidebars and menus; the
nesting depth is measured before parsing, since the parser slows down quadratically on absurd nesting.
A page reads into the blocks the Markdown reader builds for the same text (a docs site serves its Markdown so):
list items, bold-line headings, bold lead-ins as labels, code skipped, titled components as section headings.
"""

import re

from selectolax.lexbor import LexborHTMLParser

from .document import CJK_RE, DocumentBuilder, fold
from .models import ExtractionError
from .segment import JOIN

MAX_DEPTH = 512
# Preformatted text is code and configuration (a sample, not a statement about the model), as the Markdown reader
# skips fenced code.
DROP = "script, style, noscript, template, svg, math, iframe, object, embed, canvas, nav, footer, button, select, " \
    "textarea, input, pre, [role=navigation], [role=contentinfo], [aria-hidden=true]"
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
    "li", "main", "menu", "ol", "p", "pre", "section", "summary", "ul", "br", "tr", "td", "th", "legend", "option",
}
# Every element HTML defines (and a few obsolete ones pages still use); any other is a site's own component.
HTML_TAGS = BLOCK_TAGS | set(
    "a abbr acronym applet area audio b base basefont bdi bdo big blink body button canvas cite code col colgroup data "
    "datalist del dfn dir embed font frame frameset head html i iframe img input ins kbd label link map mark marquee "
    "meta meter nav noscript object optgroup output param picture portal progress q rp rt ruby s samp script search "
    "select slot small source span strike strong style sub sup svg table tbody template textarea tfoot thead time "
    "title track tt u var video wbr math footer nobr main".split())
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
# Elements a page often leaves open: a new one closes the previous one of its kind.
SELF_CLOSING_SIBLINGS = {"p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot"}
TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>|<!--.*?-->", re.S)


def check_depth(html: str, limit: int = MAX_DEPTH) -> None:
    """Approximate element depth from the tag sequence; refuses absurdly nested markup before parsing it."""
    stack: list[str] = []
    for match in TAG_RE.finditer(html):
        closing, name, selfclose = match.group(1), match.group(2), match.group(3)
        if name is None:
            continue
        name = name.lower()
        if closing:
            if name in stack:
                while stack and stack.pop() != name:
                    pass
            continue
        if name in VOID or selfclose:
            continue
        if name in SELF_CLOSING_SIBLINGS and name in stack[-3:]:
            while stack and stack.pop() != name:
                pass
        stack.append(name)
        if len(stack) > limit:
            raise ExtractionError(f"HTML nested deeper than {limit} elements (absurd nesting); refusing to read it")


def read_html(html: str, builder: DocumentBuilder | None = None) -> tuple[DocumentBuilder, str | None]:
    """Add the page's blocks to `builder`; returns it and the page title."""
    check_depth(html)
    builder = builder or DocumentBuilder()
    start = len(builder.blocks)
    tree = LexborHTMLParser(html)
    title = None
    head_title = tree.css_first("title")
    if head_title is not None:
        title = fold(head_title.text(deep=True)) or None
    for node in tree.css(DROP):
        node.decompose()
    root = tree.body or tree.root
    content = content_root(tree)
    if content is not None:
        # A page that marks its content ('<main>', role=main, its one '<article>') is read from there alone: the
        # rest is the site's chrome (a sidebar listing every model page, a header's menu), not this document. A
        # heading above the content ('<header><h1>X-7B</h1></header><main>…') still names the page.
        outside = tree.css_first("h1") if content.css_first("h1") is None else None
        if outside is not None and outside.text(deep=True).strip():
            walk(outside, builder)
        walk(content, builder)
    elif root is not None:
        for node in chrome(root):
            node.decompose()
        walk(root, builder)
    first = next((b for b in builder.blocks[start:] if b.kind == "heading"), None)
    heading = "".join(builder.parts)[first.start:first.end] if first else None
    if title is None or heading and not words(heading) & words(title):
        # A head title sharing no word with the page's own first heading names the site ('Docs'), not the page.
        title = heading
    return builder, title


# Class or id words of a site's chrome on pages that do not mark their content: sidebars, menus, breadcrumbs,
# cookie banners, site headers and footers. Matched as whole words of the attribute ('docs-sidebar', 'site_footer').
CHROME_WORDS = {"sidebar", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies", "footer",
                "masthead", "topbar", "toc"}
CONTENT_SHARE = 0.2  # of the page's words outside scripts, navigation and footers (a teaser card holds far fewer)
CHROME_TAGS = {"div", "aside", "section", "ul", "ol", "header"}


def content_root(tree):
    """The element holding the page's own content, when the page marks it and it holds most of the page's words (a
    lone `<article>` or `<main>` that is a teaser beside the content marks nothing); None otherwise."""
    body = tree.body or tree.root
    total = None  # the page's words, counted only for a page that marks one element (most pages mark none)
    for selector in ("main", "[role=main]", "article"):
        found = [(node, len(fold(node.text(deep=True)))) for node in tree.css(selector)]
        found = [(node, size) for node, size in found if size]
        if len(found) == 1:
            if total is None:
                total = len(fold(body.text(deep=True))) if body is not None else 0
            if found[0][1] >= CONTENT_SHARE * total:
                return found[0][0]
    return None


CHROME_SHARE = 0.5  # a container holding half the page's words or more is a wrapper ('with-toc'), not its chrome


def chrome(root) -> list:
    """The outermost chrome containers under `root` (one inside another is dropped with it); a container named so
    that holds most of the page ('<div class="layout-with-sidebar">' around the content) is looked into instead."""
    found, stack, total = [], [root], None
    while stack:
        node = stack.pop()
        if is_chrome(node):
            if total is None:
                total = len(fold(root.text(deep=True)))
            if len(fold(node.text(deep=True))) < CHROME_SHARE * total:
                found.append(node)
                continue
        stack.extend(node.iter())
    return found


def is_chrome(node) -> bool:
    """A container named as site chrome by its class or id; never an element holding a top-level heading."""
    if node.tag not in CHROME_TAGS:
        return False
    named = " ".join(filter(None, (node.attributes.get("class"), node.attributes.get("id")))).lower()
    if not CHROME_WORDS & set(re.split(r"[\s_-]+", named)):
        return False
    return node.css_first("h1") is None


def words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]{2,}", text.lower()))


def walk(root, builder: DocumentBuilder) -> None:
    """Depth-first without recursion: text runs are flushed into a block at every block boundary."""
    buffer: list[str] = []
    links: list[tuple[str, str]] = []  # the buffer's links: (text, href)
    context: list[str] = []  # open block elements, innermost last
    level = 1  # the last heading's level: a paragraph that is one bold run is a heading one below it

    def flush():
        nonlocal level
        if buffer:
            text = "".join(buffer)
            joins, at = [], 0
            for piece in buffer[:-1]:
                at += len(piece)
                if JOIN.match(text, at):  # two elements' texts meeting with no space: words run together
                    joins.append(at)
            buffer.clear()
            kind, heading = block_kind(context)
            if kind == "summary":  # a disclosure's title ('<summary>X-R1 — reasoning model</summary>') heads its body
                kind, heading = "heading", min(6, level + 1)
            depth = sum(tag in ("ul", "ol", "menu") for tag in context) if kind == "item" else 0
            builder.add(kind, text, heading, links=list(links), joins=joins, depth=depth)
            if kind == "heading" and context and context[-1] in HEADINGS:
                level = heading
        links.clear()

    stack = [(root, False)]
    apart: set[int] = set()  # elements set side by side with no text between them (see `side_by_side`)
    while stack:
        node, closing = stack.pop()
        if closing:
            flush()
            context.pop()
            continue
        tag = node.tag
        if tag == "-text":
            buffer.append(node.text_content or "")
            continue
        if node.mem_id in apart and buffer and buffer[-1][-1:].strip():
            buffer.append(" ")
        if tag in ("-comment", "head", "title", "-doctype"):
            continue
        if tag == "table":
            flush()
            add_table(node, builder)
            continue
        if tag == "img":
            continue
        if tag == "a" and node.attributes.get("href"):
            links.append((node.text(deep=True), node.attributes["href"]))
        children = list(node.iter(include_text=True))
        apart.update(side_by_side(children))
        title = node.attributes.get("title") if tag not in HTML_TAGS else None
        if title and fold(title):
            # A site's component titled by an attribute ('<card title="X-7B">', as docs pages built from MDX
            # leave them) heads a small section of its own, as the Markdown reader reads it.
            flush()
            builder.add("heading", title, 4)
            context.append("div")
            stack.append((node, True))
        elif tag in BLOCK_TAGS:
            flush()
            if tag == "p":
                tag, children = paragraph_kind(node, children, context, builder, level)
            context.append(tag)
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(children))
    flush()


def side_by_side(children: list) -> list[int]:
    """The elements after the first of a parent holding elements only ('<div><span>Released Mar 12, 2025</span><span>
    Knowledge cutoff Jan 31, 2025</span><span>65,536 context</span></div>', a page's facts laid out as a row): each
    is a value of its own, read apart from the one before it, not run into it ('202565,536')."""
    elements = []
    for child in children:
        if child.tag == "-text":
            if (child.text_content or "").strip():
                return []  # words between them: a sentence whose inline marks part its words
        elif child.tag != "-comment":
            elements.append(child.mem_id)
    return elements[1:]


def paragraph_kind(node, children: list, context: list[str], builder: DocumentBuilder, level: int):
    """What a `<p>` is, as the Markdown reader reads the same paragraph: the first paragraph of a list item is the
    item; a paragraph that is one bold run ('<p><strong>Model Description</strong></p>') is a heading one level
    below the last heading; a bold lead-in ('<p><b>Developed by:</b> Quillon Labs</p>') is a label of its own, so
    the words after it start a new statement. Returns the context tag to read the rest under and the children
    left to read."""
    first = first_element(node.parent) if context and context[-1] == "li" else None
    if first is not None and first.mem_id == node.mem_id:
        return "li", children
    if "li" in context:
        return "p", children
    meaningful = [c for c in children if c.tag != "-comment" and (c.tag != "-text" or (c.text_content or "").strip())]
    if not meaningful or meaningful[0].tag not in ("strong", "b"):
        return "p", children
    lead = meaningful[0]
    text = fold(lead.text(deep=True))
    lead_links = [(a.text(deep=True), a.attributes["href"]) for a in lead.css("a[href]")]
    if len(meaningful) == 1:
        if 2 <= len(text) <= 80:
            builder.add("heading", text, min(6, level + 1), links=lead_links)
            return "p", []
        return "p", children
    after = meaningful[1].text(deep=True) if meaningful[1].tag == "-text" else ""
    if 2 <= len(text) <= 60 and not CJK_RE.match(after):  # '<b>X</b>是一个…': the sentence's subject (Markdown too)
        builder.add("label", text, links=lead_links)
        return "p", children[children.index(lead) + 1:]
    return "p", children


def first_element(node):
    """A node's first child element (text that is only whitespace skipped)."""
    for child in node.iter(include_text=True) if node is not None else ():
        if child.tag == "-text" and not (child.text_content or "").strip() or child.tag == "-comment":
            continue
        return child
    return None


def block_kind(context: list[str]) -> tuple[str, int]:
    for tag in reversed(context):
        if tag in HEADINGS:
            return "heading", HEADINGS[tag]
        if tag == "dt":
            return "label", 0
        if tag == "summary":
            return "summary", 0
        if tag == "li":
            return "item", 0
        if tag in ("p", "dd", "td", "th", "blockquote", "pre", "figcaption", "caption"):
            return "text", 0
    return "text", 0


def cell_text(cell) -> tuple[str, list[tuple[str, str]]]:
    """The cell's text and its links as (text, href)."""
    inner = DocumentBuilder()
    walk(cell, inner)
    text = "".join(inner.parts)
    if not text.strip():
        # A cell holding only an image (a badge 'Open in X' linking the model's page) says what its alt text says.
        alt = fold(" ".join(img.attributes.get("alt") or "" for img in cell.css("img")))
        if alt:
            urls = [a.attributes["href"] for a in cell.css("a[href]")]
            return alt, [(alt, url) for url in urls[:1]]
    return text.replace("\n", " "), [(text[a:b], url) for a, b, url in inner.links]


def add_table(table, builder: DocumentBuilder) -> None:
    """Rows with rowspan/colspan spread out, so each row reads whole; the header row is kept for every row."""
    caption = table.css_first("caption")
    if caption is not None:
        builder.add("heading", caption.text(deep=True), 6)
    grid: list[list[str]] = []
    grid_links: list[list[tuple[str, str]]] = []
    header_rows = 0
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill) from a rowspan above
    for tr in table.css("tr"):
        if owner_table(tr) != table.mem_id:
            continue
        row: list[str] = []
        row_links: list[tuple[str, str]] = []
        col = 0
        all_th = True
        for cell in tr.iter():
            if cell.tag not in ("td", "th"):
                continue
            while col in pending:
                col = fill_pending(row, pending, col)
            all_th &= cell.tag == "th"
            text, cell_links = cell_text(cell)
            row_links += cell_links
            colspan = clamp(cell.attributes.get("colspan"), 50)
            rowspan = clamp(cell.attributes.get("rowspan"), 1000)
            for _ in range(colspan):
                if rowspan > 1:
                    pending[col] = (text, rowspan - 1)
                row.append(text)
                col += 1
        while col in pending:
            col = fill_pending(row, pending, col)
        if not row:
            continue
        in_head = tr.parent is not None and tr.parent.tag == "thead"
        if (all_th or in_head) and header_rows == len(grid):
            header_rows += 1
        grid.append(row)
        grid_links.append(row_links)
    if not grid:
        return
    header = None
    if 0 < header_rows < len(grid) and labels_over_figures(grid[header_rows], grid[header_rows + 1:]):
        header_rows += 1  # a row of <td> labels under the <th> groups ('Val | Dom | Aro' under 'Test 3')
    if header_rows:
        header = [" ".join(dict.fromkeys(filter(None, col))) for col in zip_rows(grid[:header_rows])]
    elif len(grid) > 1 and is_header_like(grid[0], grid[1:]):
        header_rows, header = 1, grid[0]
    builder.add_table(grid[header_rows:], header, links=grid_links[header_rows:],
                      header_links=[pair for row in grid_links[:header_rows] for pair in row])


def fill_pending(row: list[str], pending: dict, col: int) -> int:
    text, left = pending[col]
    row.append(text)
    if left <= 1:
        del pending[col]
    else:
        pending[col] = (text, left - 1)
    return col + 1


def zip_rows(rows: list[list[str]]):
    width = max(len(r) for r in rows)
    return [[r[i] if i < len(r) else "" for r in rows] for i in range(width)]


def is_header_like(first: list[str], rest: list[list[str]]) -> bool:
    """A first row of short labels over rows with figures reads as the table's header (markdown-style tables)."""
    if len(first) < 2 or not all(first[1:]):
        return False
    value = re.compile(r"^[\s\d.,:%x×+~<>≈-]*[KkMBT]?\+?\s*$")
    if any(len(c) > 40 or value.match(c) for c in first[1:]):
        return False
    figures = sum(bool(re.search(r"\d", c)) for row in rest for c in row[1:])
    return figures >= len(rest)


VALUE_CELL_RE = re.compile(r"^[\s\d.,:%x×+~<>≈±()/-]*[KkMBT]?\+?\s*$")


def labels_over_figures(row: list[str], rest: list[list[str]]) -> bool:
    """A row of words over rows of figures only: nothing below it names anything, so it labels the columns."""
    return bool(rest) and all(c.strip() and len(c) <= 40 and not VALUE_CELL_RE.match(c) for c in row) \
        and all(VALUE_CELL_RE.match(c) for r in rest for c in r)


def owner_table(tr):
    node = tr.parent
    while node is not None and node.tag != "table":
        node = node.parent
    return None if node is None else node.mem_id


def clamp(value, limit: int) -> int:
    try:
        return max(1, min(int(str(value).strip() or 1), limit))
    except (TypeError, ValueError):
        return 1
