"""Model-recall of the development half under perturbations real unseen documents differ by (issue 9).

    .venv/bin/python bench/name_robustness.py [--only rename,html-tables] [-v]

The blind half loses whole models the development half keeps: rules that work only because of the names, vendors,
spellings and layouts the development documents happen to use. This script rewrites each development document
(and its labels, where a perturbation changes a labelled name) in one way at a time and reports model-recall, so
the loss shows up without looking at the blind half:

    rename        each labelled model's family stem ('Qwen' in 'Qwen1.5-7B') becomes an invented one, consistently
                  in text and labels (names, and licences named for
                  the family: 'Community License for Qwen Models'),
                  keeping each occurrence's case ('QWEN' -> 'ZORVAK', 'qwen' -> 'zorvak')
    rename-lower  the same, every occurrence written in lower case ('zorvak-7b')
    rename-upper  the same, every occurrence written in capitals ('ZORVAK-7B'), as 'BLOOM', 'XVERSE' are
    headings      every Markdown heading one level deeper ('#' -> '##')
    numbered      every Markdown heading below the title numbered ('## 2. Models', '### 2.1 Zorvak-7B')
    no-title      the first Markdown heading removed (a page whose title stands in its HTML head or a banner image)
    html-tables   every Markdown pipe table written as an HTML <table>
    list-tables   every Markdown pipe table written as a bulleted list ('- Name: size 7B; context 4K')
    bold-headings every Markdown heading below the title written as a bold line ('**Models**'), as many pages do
    unlink        every Markdown link replaced by its text (a page saved as text or PDF keeps no addresses)
    headers       table headers in other words a vendor might use ('Model' -> 'Model ID', 'Parameters' -> '# Params',
                  'Context Length' -> 'Max tokens', 'License' -> 'Licence'), chosen by the header's own text
    index-column  a first column of row numbers ('#') before every table's columns
    name-spaces   each labelled name written with spaces for its hyphens ('Zorvak-7B-Instruct' -> 'Zorvak 7B Instruct'),
                  wherever the text writes it so, in text and labels (not a repository id 'org/name' or a file
                  name 'english.tagger', which are never written with spaces)
    no-front-matter  every Markdown document's YAML front matter removed, nothing else (the share of the as-html
                  loss that front matter alone explains)
    as-html       every Markdown document rendered to an HTML page (markdown-it-py, tables on; front matter
                  dropped), as a vendor's docs site serves the same text
    as-pdf        every Markdown document drawn as a PDF (bench/pdf_pages.py: headings in larger bold type, ruled
                  tables, wrapped paragraphs, links reduced to their text; front matter dropped), as an exported
                  page or a report is
    as-text       every Markdown document as the text a browser copies from its page: each heading, paragraph, list
                  item and table row on a line of its own, no markup (front matter dropped), saved as .txt
    as-dump       the same words run together with no break between blocks, as a page's text content reads when
                  saved without its layout (the seed's vendor page is such a file)
    api-ids       each labelled name written as an API id ('Zorvak 7B Chat' -> 'zorvak-7b-chat'), in text and labels
    sizes-lower   size suffixes in lower case ('7B' -> '7b'), in text and labels
    vendor        the labelled developer's name replaced by an invented organisation ('Quillon Labs')
    transposed    every models table (a name column and a column of facts) written with the models as column
                  headers and the facts as rows ('| | Zorvak-7B | Zorvak-70B |', '| Context Length | 4K | 32K |')
    definitions   every models table written as definition lines, one per model ('**Zorvak-7B**: Parameters 7B;
                  Context Length 4K')
    subsections   every models table written as a subsection per model ('### Zorvak-7B' over 'Parameters: 7B.
                  Context Length: 4K.'), one level below the heading the table stood under
    org-prefix    each labelled name written with its organisation and a slash, without a link
                  ('quillon-labs/Zorvak-7B'), wherever the text writes it (labels unchanged; a name that already
                  holds its organisation, 'dbmdz/bert-base-cased', keeps it alone;
                  a name with spaces, which no 'org/name' id holds, is left as written)
    all           rename + vendor + headings + html-tables together

Model-recall is the shared scorer's (names paired at similarity >= 0.6, no alternatives file), so the
'none' row equals `bench/corpus_score.py dev --no-alternatives`'s model-recall; 'field-F1' is its micro-F1 (the
fields of models no label pairs with count against it), so a layout that keeps the models but loses a table's facts
shows there. 'unpaired models' counts the extracted models no label pairs with (optional ones included, as no
alternatives file is read): a rule that finds more models by finding anything shows up there. `-v` lists the
labelled models each perturbation loses (development documents only; the blind half is never read here).
"""

import argparse
import html
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "src/airegister/extraction/tests/fixtures/corpus"
SHARED = ROOT.parent / "shared/extraction"
sys.path.insert(0, str(CORPUS))
sys.path.insert(0, str(SHARED))

import score  # noqa: E402  (the shared scorer: its name pairing)
import split  # noqa: E402  (the fixed split rule)
from markdown_it import MarkdownIt  # noqa: E402
from pdf_pages import TITLED_COMPONENT_RE  # noqa: E402
from pdf_pages import render as render_pdf  # noqa: E402  (Markdown drawn as a PDF page)
from selectolax.lexbor import LexborHTMLParser as HTMLParser  # noqa: E402

from airegister.extraction.extract import extract_path  # noqa: E402

# Invented stems: no model, vendor or English word; distinct so two families never merge.
INVENTED = ["Zorvak", "Quenmir", "Brastel", "Vontrix", "Kelvora", "Dranvik", "Mosselt", "Tirvane", "Pluxen",
            "Yarrowit", "Glendrax", "Fenwobe", "Harvolt", "Sculpane", "Orbenix", "Wyndral"]
VENDOR = "Quillon Labs"
MARKDOWN = {".md", ".mdx", ".markdown", ".MD"}
STEM_RE = re.compile(r"[A-Za-z]{2,}")
PIPE_ROW_RE = re.compile(r"^\s*\|?.*\|.*$")
DELIMITER_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEADING_RE = re.compile(r"^(#{1,5})(?=\s)", re.M)
NUMBERED_HEADING_RE = re.compile(r"^(#{2,6})[ \t]+(.+)$", re.M)
FRONT_MATTER_RE = re.compile(r"\A---\r?\n.*?\r?\n---\r?\n", re.S)
FIRST_HEADING_RE = re.compile(r"^#{1,6}[ \t]+.*$", re.M)
BOLD_HEADING_RE = re.compile(r"^#{2,6}[ \t]+(.+?)[ \t#]*$", re.M)
SIZE_SUFFIX_RE = re.compile(r"(?<=\d)B(?![A-Za-z])")
LINK_RE = re.compile(r"(?<!!)\[([^\]]*)\]\(([^)\s]*)[^)]*\)")
BOLD_RE = re.compile(r"\*\*([^*]+)\*\*|__([^_]+)__")
NOT_STEMS = {"the", "model", "base", "chat", "instruct"}


def stems_of(models: list) -> list[str]:
    """Each labelled model's family stem: its name's leading letters ('InternLM2.5-7B' -> 'InternLM')."""
    out = []
    for model in models:
        match = STEM_RE.match(model["name"])
        if match and match.group(0).lower() not in NOT_STEMS and match.group(0) not in out:
            out.append(match.group(0))
    return sorted(out, key=len, reverse=True)  # longer first: 'CodeQwen' before 'Qwen'


def with_case(occurrence: str, new: str, case: str) -> str:
    if case == "lower" or occurrence.islower() and case != "upper":
        return new.lower()
    if case == "upper":
        return new.upper()
    if occurrence.isupper() and len(occurrence) > 1:
        return new.upper()
    return new


def rename(text: str, labels: list, case: str = "") -> tuple[str, list]:
    mapping = {stem: INVENTED[i % len(INVENTED)] for i, stem in enumerate(stems_of(labels))}
    if not mapping:
        return text, labels
    pattern = re.compile(r"(?<![A-Za-z])(" + "|".join(re.escape(s) for s in mapping) + r")(?![a-z])", re.I)
    lowered = {s.lower(): new for s, new in mapping.items()}

    def swap(match: re.Match) -> str:
        return with_case(match.group(1), lowered[match.group(1).lower()], case)

    # A licence named for the family spells its stem as the text does ('Community License for Qwen Models'):
    # renamed in the label too. (The developer is left as it is: the 'vendor' perturbation replaces it.)
    models = [dict(m, name=pattern.sub(swap, m["name"]),
                   **({"license": pattern.sub(swap, m["license"])} if isinstance(m.get("license"), str) else {}))
              for m in labels]
    return pattern.sub(swap, text), models


# A repository id ('org/name') or a file name ('english-left3words.tagger', 'model.crf.ser.gz').
ID_OR_FILE_RE = re.compile(r"/|\.[a-z][a-z0-9]*$")


def respell(text: str, labels: list, spell) -> tuple[str, list]:
    """Each labelled name written `spell(name)` wherever the text writes it (any case), in text and labels."""
    for name in sorted({m["name"] for m in labels if spell(m["name"]) != m["name"]}, key=len, reverse=True):
        text = re.sub(rf"(?<![\w./-]){re.escape(name)}(?![\w-])", spell(name), text, flags=re.I)
    return text, [dict(m, name=spell(m["name"])) for m in labels]


def swap_vendor(text: str, labels: list) -> tuple[str, list]:
    names = {m["developer"] for m in labels if m.get("developer")}
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(r"(?<![\w])" + re.escape(name) + r"(?![\w])", VENDOR, text)
    return text, [dict(m, developer=VENDOR if m.get("developer") else None) for m in labels]


def number_headings(text: str) -> str:
    """'## Models' -> '## 1. Models', '### Zorvak-7B' -> '### 1.1 Zorvak-7B', as papers and docs number them."""
    counts = [0] * 7

    def number(match: re.Match) -> str:
        level = len(match.group(1))
        counts[level] += 1
        counts[level + 1:] = [0] * (6 - level)
        label = ".".join(str(c) for c in counts[2:level + 1])
        return f"{match.group(1)} {label}{'.' if level == 2 else ''} {match.group(2)}"

    return NUMBERED_HEADING_RE.sub(number, text)


def pipe_tables(text: str) -> list[tuple[int, int, list[list[str]]]]:
    """(first line, last line + 1, rows) of each pipe table: a header row, a delimiter row, body rows."""
    lines = text.split("\n")
    found, i = [], 0
    while i + 1 < len(lines):
        if PIPE_ROW_RE.match(lines[i]) and DELIMITER_RE.match(lines[i + 1]):
            j = i + 2
            while j < len(lines) and PIPE_ROW_RE.match(lines[j]) and lines[j].strip():
                j += 1
            rows = [split_row(line) for line in [lines[i], *lines[i + 2:j]]]
            found.append((i, j, rows))
            i = j
        else:
            i += 1
    return found


def split_row(line: str) -> list[str]:
    line = line.strip().removeprefix("|").removesuffix("|")
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", line)]


def rewrite_tables(text: str, render) -> str:
    lines = text.split("\n")
    for first, end, rows in reversed(pipe_tables(text)):
        lines[first:end] = render(rows)
    return "\n".join(lines)


def html_cell(cell: str) -> str:
    """A cell's Markdown written as HTML, as a page's own table would hold it (Markdown is not read inside HTML)."""
    cell = LINK_RE.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', cell)
    return BOLD_RE.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", cell).replace("`", "")


def as_html(rows: list[list[str]]) -> list[str]:
    head = "".join(f"<th>{html_cell(cell)}</th>" for cell in rows[0])
    body = ["<tr>" + "".join(f"<td>{html_cell(cell)}</td>" for cell in row) + "</tr>" for row in rows[1:]]
    return ["<table>", f"<thead><tr>{head}</tr></thead>", "<tbody>", *body, "</tbody>", "</table>", ""]


# Header words and what else vendors head the same column with; the choice hangs on the header's text only.
SYNONYMS = [
    (re.compile(r"^(?:models?|model\s+name|name)$", re.I),
     ["Model ID", "Checkpoint name", "Name", "Hugging Face ID", "Variant name", "Repository"]),
    (re.compile(r"^(?:#\s*)?param(?:eter)?s?$|^size$", re.I), ["# Params", "Size", "Parameters (B)", "Model size"]),
    (re.compile(r"^(?:context(?:\s+(?:length|window))?|max(?:imum)?\s+tokens|seq(?:uence)?\s+length)$", re.I),
     ["Max tokens", "Context window", "Context length", "Max input tokens"]),
    (re.compile(r"^licen[cs]e$", re.I), ["Licence", "License type"]),
]


def synonym(header: str) -> str:
    plain = re.sub(r"[*_`]", "", header).strip()
    for pattern, choices in SYNONYMS:
        if pattern.match(plain):
            return choices[sum(map(ord, plain)) % len(choices)]
    return header


def as_pipes(rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    return [lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]


def as_list(rows: list[list[str]]) -> list[str]:
    header = rows[0]
    items = []
    for row in rows[1:]:
        if not row or not row[0]:
            continue
        facts = "; ".join(f"{h} {c}" for h, c in zip(header[1:], row[1:], strict=False) if c)
        items.append(f"- {row[0]}: {facts}" if facts else f"- {row[0]}")
    return ["", *items, ""]


# A models table: a column naming the models and a column of facts (not a table of benchmark scores).
NAME_HEAD_RE = re.compile(r"^(?:models?|model\s+(?:name|id)|name|checkpoint|variant)s?$", re.I)
FACT_HEAD_RE = re.compile(r"param|size|context|tokens|length|window|licen[cs]e|release|date", re.I)


def plain(cell: str) -> str:
    return re.sub(r"[*_`]", "", LINK_RE.sub(lambda m: m.group(1), cell)).strip()


def models_table(rows: list[list[str]]) -> int | None:
    """The name column of a models table, else None."""
    heads = [plain(h) for h in rows[0]]
    name = next((j for j, h in enumerate(heads) if NAME_HEAD_RE.match(h)), None)
    if name is None or len(rows) < 2 or not any(FACT_HEAD_RE.search(h) for j, h in enumerate(heads) if j != name):
        return None
    return name


def facts_of(rows: list[list[str]], row: list[str], name: int) -> list[tuple[str, str]]:
    """(header, cell) of a row's facts; a header's leading '#' dropped ('#Params'), which would open a heading."""
    heads = [plain(h).lstrip("#").strip() for h in rows[0]]
    return [(h, c) for j, (h, c) in enumerate(zip(heads, row, strict=False)) if j != name and c and h]


def transposed(rows: list[list[str]]) -> list[str]:
    name = models_table(rows)
    if name is None:
        return as_pipes(rows)
    body = [r for r in rows[1:] if len(r) > name and r[name]]
    out = [["", *[r[name] for r in body]]]
    for j, head in enumerate(rows[0]):
        if j != name:
            out.append([head, *[r[j] if j < len(r) else "" for r in body]])
    return as_pipes(out)


def definitions(rows: list[list[str]]) -> list[str]:
    name = models_table(rows)
    if name is None:
        return as_pipes(rows)
    lines = [""]
    for row in rows[1:]:
        if len(row) > name and row[name]:
            facts = "; ".join(f"{h} {c}" for h, c in facts_of(rows, row, name))
            lines += [f"**{plain(row[name])}**: {facts}" if facts else f"**{plain(row[name])}**", ""]
    return lines


def subsections(text: str) -> str:
    """Each models table as one subsection per model, one level below the heading above the table."""
    lines = text.split("\n")
    for first, end, rows in reversed(pipe_tables(text)):
        name = models_table(rows)
        if name is None:
            continue
        above = next((m for m in (re.match(r"^(#{1,5})\s", line) for line in reversed(lines[:first])) if m), None)
        level = "#" * (len(above.group(1)) + 1 if above else 2)
        out = [""]
        for row in rows[1:]:
            if len(row) > name and row[name]:
                facts = " ".join(f"{h}: {c}." for h, c in facts_of(rows, row, name))
                out += [f"{level} {plain(row[name])}", "", facts, ""] if facts else [f"{level} {plain(row[name])}", ""]
        lines[first:end] = out
    return "\n".join(lines)


def org_slug(labels: list) -> str:
    developer = next((m["developer"] for m in labels if m.get("developer")), VENDOR)
    # A developer written in another script ('中国电信') gives no slug: an invented one stands for it, not '/name'.
    return re.sub(r"[^a-z0-9]+", "-", developer.lower()).strip("-") or \
        re.sub(r"[^a-z0-9]+", "-", VENDOR.lower()).strip("-")


def perturb(kind: str, text: str, labels: list, markdown: bool) -> tuple[str, list]:
    if kind == "rename":
        return rename(text, labels)
    if kind in ("rename-lower", "rename-upper"):
        return rename(text, labels, case=kind.split("-")[1])
    if kind == "vendor":
        return swap_vendor(text, labels)
    if kind == "name-spaces":
        # A repository id ('org/name') or a file name ('english.tagger') is never written with spaces.
        return respell(text, labels, lambda name: name if ID_OR_FILE_RE.search(name) else name.replace("-", " "))
    if kind == "api-ids":
        return respell(text, labels, lambda name: re.sub(r"\s+", "-", name.lower()))
    if kind == "org-prefix":
        org = org_slug(labels)
        # A name that already holds its organisation ('org/name') is not given a second one,
        # nor is a name with spaces ('Command R Plus'): an 'org/name' id holds none.
        text, _same = respell(text, labels, lambda name: name if re.search(r"[/\s]", name) else f"{org}/{name}")
        return text, labels
    if kind == "sizes-lower":
        return SIZE_SUFFIX_RE.sub("b", text), [dict(m, name=SIZE_SUFFIX_RE.sub("b", m["name"])) for m in labels]
    if not markdown:
        return text, labels  # layout perturbations are written for Markdown only
    if kind == "headings":
        return HEADING_RE.sub(lambda m: m.group(1) + "#", text), labels
    if kind == "numbered":
        return number_headings(text), labels
    if kind == "no-title":
        return FIRST_HEADING_RE.sub("", text, count=1), labels
    if kind == "bold-headings":
        return BOLD_HEADING_RE.sub(lambda m: f"**{m.group(1).strip()}**", text), labels
    if kind == "unlink":
        return LINK_RE.sub(lambda m: m.group(1), text), labels
    if kind == "headers":
        return rewrite_tables(text, lambda rows: as_pipes([[synonym(h) for h in rows[0]], *rows[1:]])), labels
    if kind == "index-column":
        return rewrite_tables(text, lambda rows: as_pipes([["#", *rows[0]]] + [[str(i), *r] for i, r in
                                                                               enumerate(rows[1:], 1)])), labels
    if kind == "html-tables":
        return rewrite_tables(text, as_html), labels
    if kind == "list-tables":
        return rewrite_tables(text, as_list), labels
    if kind == "transposed":
        return rewrite_tables(text, transposed), labels
    if kind == "definitions":
        return rewrite_tables(text, definitions), labels
    if kind == "subsections":
        return subsections(text), labels
    if kind == "no-front-matter":
        return FRONT_MATTER_RE.sub("", text, count=1), labels
    if kind == "as-html":
        body = FRONT_MATTER_RE.sub("", text, count=1)
        page = MarkdownIt("commonmark", {"html": True}).enable("table").render(body)
        head = "<!DOCTYPE html>\n<html><head><title>Docs</title></head><body><main>\n"
        return f"{head}{page}</main></body></html>\n", labels
    if kind == "as-pdf":
        return render_pdf(text, title=None), labels
    if kind in ("as-text", "as-dump"):
        # The page's words as a browser copies them: blocks on lines of their own ('as-text'), or run together
        # with no break between them, as a page's text content reads when saved without its layout ('as-dump').
        parts = copied_blocks(FRONT_MATTER_RE.sub("", text, count=1))
        return ("\n" if kind == "as-text" else "").join(p for p in parts if p) + "\n", labels
    if kind == "all":
        for step in ("rename", "vendor", "headings", "html-tables"):
            text, labels = perturb(step, text, labels, markdown)
        return text, labels
    assert kind == "none", kind
    return text, labels


COPIED_BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "pre"}


def copied_blocks(body: str) -> list[str]:
    """A Markdown body's blocks as a browser copies its rendered page: each heading, paragraph, list item, table row
    (its cells separated by tabs) and code block on a line of its own, and the words an HTML block shows outside
    them. A paragraph's line breaks in the source are spaces on the page; a list item is copied without the list
    nested in it, whose items are lines of their own; a docs component's title ('<Card title="X-7B">' in MDX) stands
    over its text, as the page (and `pdf_pages`) show it."""
    body = TITLED_COMPONENT_RE.sub(lambda m: f"{m.group(0)}\n<h4>{html.escape(html.unescape(m.group(1)))}</h4>",
                                   body)
    tree = HTMLParser(MarkdownIt("commonmark", {"html": True}).enable("table").render(body))
    parts, loose = [], []
    for node in tree.body.traverse(include_text=True) if tree.body else []:
        if node.tag == "-text":
            if not any(a.tag in COPIED_BLOCKS for a in ancestors(node)):
                loose.append(node.text_content or "")
            continue
        if node.tag not in COPIED_BLOCKS or any(a.tag in COPIED_BLOCKS - {"li"} for a in ancestors(node)) \
                or node.tag == "p" and any(a.tag == "li" for a in ancestors(node)):
            continue
        parts.append(fold("".join(loose)))
        loose = []
        if node.tag == "pre":
            parts.append(node.text(deep=True).strip("\n"))
        elif node.tag == "tr":
            parts.append("\t".join(fold(c.text(deep=True)) for c in node.css("th, td")))
        elif node.tag == "li":
            parts.append(fold("".join(c.text(deep=True) for c in node.iter(include_text=True)
                                       if c.tag not in ("ul", "ol"))))
        else:
            parts.append(fold(node.text(deep=True)))
    return [*parts, fold("".join(loose))]


def ancestors(node):
    node = node.parent
    while node is not None:
        yield node
        node = node.parent


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


KINDS = ["none", "rename", "rename-lower", "rename-upper", "headings", "bold-headings", "numbered", "no-title",
         "html-tables", "list-tables", "unlink", "headers", "index-column", "name-spaces", "api-ids",
         "no-front-matter", "as-html", "sizes-lower", "vendor", "transposed", "definitions", "subsections",
         "org-prefix", "as-pdf", "as-text", "as-dump", "all"]


def recall(kind: str, entries: list, tmp: Path, verbose: bool) -> tuple[int, int, int, float]:
    """(models paired, models labelled, models extracted unpaired, field micro-F1) over `entries`."""
    found = total = extra = 0
    labelled = predicted_fields = correct = 0.0
    for entry in entries:
        source = CORPUS / entry["doc"]
        text = source.read_bytes().decode("utf-8", errors="surrogateescape")
        new_text, labels = perturb(kind, text, entry["models"], source.suffix in MARKDOWN)
        suffix = {"as-html": ".html", "as-pdf": ".pdf", "as-text": ".txt", "as-dump": ".txt"}.get(kind, "") \
            if source.suffix in MARKDOWN else ""
        path = tmp / (entry["doc"] + suffix)
        data = new_text if isinstance(new_text, bytes) else new_text.encode("utf-8", errors="surrogateescape")
        path.write_bytes(data)
        try:
            predicted = extract_path(path).to_dict().get("models") or []
        except Exception as exc:  # a perturbation that breaks the reader loses the document's models
            print(f"  {kind}: {entry['doc']}: {type(exc).__name__}: {exc}")
            predicted = []
        pairs = score.pair_models(labels, predicted)
        found, total, extra = found + len(pairs), total + len(labels), extra + len(predicted) - len(pairs)
        paired = {id(label): guess for label, guess in pairs}
        for model in labels:
            guess_model = paired.get(id(model), {})
            for name in score.FIELDS:
                truth, guess = model.get(name), guess_model.get(name)
                labelled += truth not in (None, [], "")
                predicted_fields += guess not in (None, [], "")
                if truth not in (None, [], "") and guess not in (None, [], ""):
                    correct += score.field_score(name, truth, guess)
        for model in predicted:
            if not any(model is p for _, p in pairs):
                predicted_fields += sum(model.get(name) not in (None, [], "") for name in score.FIELDS)
        if verbose:
            lost = [m["name"] for m in labels if id(m) not in paired]
            if lost:
                print(f"  {kind}: {entry['doc']}: lost {', '.join(lost)}")
            unpaired = [m.get("name", "") for m in predicted if not any(m is p for _, p in pairs)]
            if unpaired:
                print(f"  {kind}: {entry['doc']}: unpaired {', '.join(unpaired)}")
    precision = correct / predicted_fields if predicted_fields else 0.0
    recall_ = correct / labelled if labelled else 0.0
    f1 = 2 * precision * recall_ / (precision + recall_) if precision + recall_ else 0.0
    return found, total, extra, f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated perturbations (default: all of them)")
    parser.add_argument("--doc", help="one development document only")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    kinds = args.only.split(",") if args.only else KINDS
    labels = [e for path in sorted(CORPUS.glob("labels-[a-z].json"))
              for e in json.loads(path.read_text(encoding="utf-8")) if split.half_of(e["doc"]) == "dev"]
    if args.doc:
        labels = [e for e in labels if e["doc"] == args.doc]
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            found, total, extra, f1 = recall(kind, labels, Path(tmp), args.verbose)
            print(f"{kind:15s} model-recall {found / total:.3f}  ({found}/{total}, {len(labels)} documents)  "
                  f"unpaired models {extra}  field-F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
