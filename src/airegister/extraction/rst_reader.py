"""reStructuredText (Sphinx and Read the Docs sources): docutils' parser reads the document into its tree, which is
walked into the shared `Document` — section titles as headings, paragraphs, list items, field lists as labelled
items, tables (list-table, grid and simple tables) as rows under their header, links with their targets.

Only the parser runs: no transform that reads files, runs code or inserts raw HTML (file insertion and raw
directives are off), and every message docutils would print is dropped, so Sphinx's own roles and directives
(which plain docutils does not know) leave their text, not an error. Code blocks are samples, not statements: as
in Markdown they are skipped.
"""

import io

from .document import Document, DocumentBuilder, fold

SETTINGS = {
    "report_level": 5,  # never report
    "halt_level": 5,  # never stop on an error
    "warning_stream": io.StringIO(),
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "doctitle_xform": False,  # keep the title a section heading, as Markdown's '#' is
    "sectsubtitle_xform": False,
    "input_encoding": "unicode",
    "syntax_highlight": "none",
}
SKIPPED = {"literal_block", "doctest_block", "comment", "system_message", "substitution_definition", "target",
           "raw", "image", "figure_image", "pending"}
MAX_DEPTH = 60  # nesting deeper than any real page: a crafted document is cut there, not recursed into


def read_rst(text: str) -> Document | None:
    """The document, or None when docutils cannot parse it (the caller reads it as lines of text then)."""
    from docutils import nodes
    from docutils.core import publish_doctree
    from docutils.utils import SystemMessage

    try:
        tree = publish_doctree(text, settings_overrides=dict(SETTINGS, warning_stream=io.StringIO()))
    except (SystemMessage, ValueError, TypeError, IndexError, KeyError, AttributeError, RecursionError,
            NotImplementedError, AssertionError, UnicodeError):
        return None
    builder = DocumentBuilder()
    _Walker(builder, nodes).walk(tree, 0, 0)
    first = next((b for b in builder.blocks if b.kind == "heading"), None)
    title = "".join(builder.parts)[first.start:first.end] if first else None
    return builder.build("rst", text, title)


class _Walker:
    def __init__(self, builder: DocumentBuilder, nodes):
        self.builder, self.nodes = builder, nodes

    def walk(self, node, level: int, depth: int, kind: str = "text") -> None:
        if depth > MAX_DEPTH:
            return
        nodes = self.nodes
        for child in node.children:
            name = child.tagname
            if name in SKIPPED or not isinstance(child, nodes.Element):
                continue
            if name == "section":
                self.walk(child, level + 1, depth + 1)
            elif name in ("title", "subtitle", "rubric"):
                self.add("heading", child, min(6, max(level, 1) + (name != "title")))
            elif name == "paragraph":
                self.add(kind, child)
            elif name in ("bullet_list", "enumerated_list"):
                for item in child.children:
                    self.walk(item, level, depth + 1, "item")
            elif name == "field":  # ':License: Apache 2.0' -> 'License: Apache 2.0'
                label, body = child.children[0].astext(), " ".join(_text(c) for c in child.children[1:])
                self.builder.add("item", f"{fold(label)}: {fold(body)}", links=self.links(child))
            elif name == "definition_list_item":  # 'term' over its definition: a label, then its paragraphs
                terms = [c for c in child.children if c.tagname == "term"]
                for term in terms:
                    self.add("label", term)
                for definition in (c for c in child.children if c.tagname == "definition"):
                    self.walk(definition, level, depth + 1, kind)
            elif name == "table":
                self.table(child)
            else:  # containers: blocks, notes, admonitions, topics, sidebars, field lists, line blocks…
                self.walk(child, level, depth + 1, kind)

    def add(self, kind: str, node, level: int = 0) -> None:
        self.builder.add(kind, _text(node), level, links=self.links(node))

    def links(self, node) -> list[tuple[str, str]]:
        return [(ref.astext(), ref["refuri"]) for ref in node.findall(self.nodes.reference)
                if ref.get("refuri") and ref.astext()]

    def table(self, table) -> None:
        for caption in (c for c in table.children if c.tagname == "title"):
            self.add("heading", caption, 6)
        for group in (c for c in table.children if c.tagname == "tgroup"):
            head = [row for section in group.children if section.tagname == "thead" for row in section.children]
            body = [row for section in group.children if section.tagname == "tbody" for row in section.children]
            header = _cells(head[-1]) if head else None
            rows = [_cells(row) for row in body]
            links = [self.links(row) for row in body]
            self.builder.add_table(rows, header, links=links)


def _cells(row) -> list[str]:
    """A row's cell texts, a cell spanning columns repeated in each (spans expanded, as the HTML reader does)."""
    out = []
    for entry in row.children:
        out.extend([fold(_text(entry))] * (1 + int(entry.get("morecols", 0) or 0)))
    return out


NOTE_REFERENCES = ("footnote_reference", "citation_reference")


def _text(node) -> str:
    """A node's text without its footnote and citation marks ('RuBERT [1]_' reads 'RuBERT', not 'RuBERT 1', which
    would read as a name with a version)."""
    if not any(True for _ in node.findall(lambda n: n.tagname in NOTE_REFERENCES)):
        return node.astext()
    copy = node.deepcopy()
    for ref in list(copy.findall(lambda n: n.tagname in NOTE_REFERENCES)):
        parent, before = ref.parent, ref.previous_sibling()
        if before is not None and before.tagname == "#text":  # the space before the mark goes with it
            parent.replace(before, type(before)(before.astext().rstrip()))
        parent.remove(ref)
    return copy.astext()
