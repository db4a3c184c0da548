"""Plain text (a page's text as a browser copies it, notes, a text export): its structure read from its lines.

A text file has no markup, but its lines still show a page's structure: a short line standing alone before a longer
one is a heading ('Model details', '2.1 Intended uses', a line underlined with '===' or '---'), lines whose cells are
separated by tabs are a table's rows (browsers copy a table so), a line opening with a bullet is a list item. What
is read so reaches the extractor as the same headings, rows and items a Markdown or HTML page gives it.
"""

import re
import unicodedata

from .document import BULLET_RE, UNWRAPPED, DocumentBuilder, fills, wrap_width
from .text_records import record_tables
from .text_tables import TextTable, aligned_tables, pipe_tables, stacked_tables

MAX_HEADING_CHARS = 80
MAX_HEADING_WORDS = 10
# A page's first line is its title, which may be longer ('Zorvak: An Efficient Language Model Family with Open …').
MAX_TITLE_CHARS = 150
MAX_TITLE_WORDS = 20
UNDERLINE_RE = re.compile(r"\s*(?:=+|-+|~+|\*+)\s*")
NUMBERED_RE = re.compile(r"(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+[A-Z]")
ENDS_SENTENCE_RE = re.compile(r"[.!?:;,)\]]$")
# A heading may close on a parenthesis ('Legacy Models (V1 and V2)'), not on a sentence's or a clause's stop.
ENDS_CLAUSE_RE = re.compile(r"[.!?:;,]$")
# A line ending in a word that needs more after it runs on: 'MPT-7B is' (then its list), 'Trained on the'.
RUNS_ON_RE = re.compile(r"\b(?:is|are|was|were|be|the|a|an|of|to|and|or|with|for|by|in|on|at|from|as|that|which|"
                        r"this|these|our|its|their|can|will|has|have)$", re.I)
# A page titled by a repository's lower-case id ('bert-base-multilingual-uncased-sentiment', 'org/x-7b-chat').
LOWER_ID_TITLE_RE = re.compile(r"[a-z][a-z0-9._]*(?:[-/][a-z0-9._]+)+")
LABEL_VALUE_RE = re.compile(r"\S.{0,40}?:\s+\S")  # 'License: MIT' is a labelled fact, not a heading
# A sentence ending inside the line, another opening after it ('… LOCATION, and MISC. It is named'): prose.
INNER_SENTENCE_RE = re.compile(r"\w{2,}[.!?]\s+[A-Z][a-z]")
# A next line opening with a lower-case joining word ('and UK newswire, it is …') continues this one's sentence.
# A table at least this wide keeps a row one cell short: a copied row whose last cell was empty loses its tab.
MIN_WIDE = 4
TRIM = " \r\n\f\v\u00a0"  # what ends a row besides its cells (never a tab: an empty last cell)
# A list item of one word: a name, an address ('zorvak-embed-v1', 'org/Zorvak-7B'), not code ('top_k=1,').
ONE_WORD_RE = re.compile(r"[A-Za-z0-9][\w.+/-]*[A-Za-z0-9]", re.A)
# A list item opening with its one-word term ('Zorvak-7B-Chat: a model for chat, built by …'), a link's or a note's
# words in brackets after it ('zorvak-embed-v1 [Hugging Face]: the fastest …').
TERM_RE = re.compile(ONE_WORD_RE.pattern + r"(?:\s*[(\[][^()\[\]\n]{1,40}[)\]])?:\s+\S", re.A)
CODE_LINE_RE = re.compile(
    r"\s*(?:(?:from\s+[\w.]+\s+)?import\s+[\w.]+|def\s+\w+\s*\(|class\s+\w+\s*[(:]|return\b|print\(|"
    r"(?:pip3?|conda|npm|yarn|git|docker|curl|wget|sudo|apt|apt-get|brew|export|cd)\s+\S|python3?\s+(?:-\w|\S+\.py\b)|"
    r"[$>]\s|>>>\s|[\w.\[\]'\"]+(?:\s*,\s*[\w.]+)*\s*=\s*\S|[{}()\[\];,]+\s*$|--\w|"
    r"(?:for|while|if|elif|else|with|try|except)\b[^.!?]*:\s*$)")
OPTION_RE = re.compile(r"(?<!\S)--[a-z][\w-]*")  # a command's option ('--output_format srt')
COMMENT_RE = re.compile(r"\s*(?:#|//)\s")
CONTINUES_RE = re.compile(r"(?:and|or|but|nor|of|to|in|on|with|for|which|that|by|as|from|than)\s")


def add_text(builder: DocumentBuilder, text: str, verbatim: str = "", unwrapped: bool = False) -> None:
    """The lines of `text` into `builder`: tables where tab-separated, '|'-separated or space-aligned rows stand
    (text_tables.py), the rest as headed lines."""
    lines = text.split("\n")
    code = _code_lines(lines)
    tables = _tables(lines, code, verbatim or text)
    in_tables = {i for table in tables for i in range(table.start, table.end)} | code
    listed = _parallel_lines(lines, in_tables) | _introduced_lines(lines, in_tables)
    # (a page's text whose blocks ran together has each block on a line of its own once text_runs.py put its breaks
    # back: no line of it is wrapped)
    wrap = UNWRAPPED if unwrapped else wrap_width([line for i, line in enumerate(lines) if i not in in_tables],
                                                  copied=True)
    headings = _headings(lines, in_tables | listed, wrap)
    lines = [f"• {line.strip()}" if i in listed else line for i, line in enumerate(lines)]
    at = 0
    for table in [*tables, TextTable(len(lines), len(lines), [], [])]:
        if table.start > at:
            chunk = {i - at: level for i, level in headings.items() if at <= i < table.start}
            # A line of code copied with the page's text is a block of its own: no paragraph runs into or out of it.
            starts = {i - at: True for i in range(at, table.start) if i in code or i - 1 in code}
            builder.add_lines("\n".join(lines[at:table.start]), chunk, width=wrap, starts=starts)
        if table.rows and _pairs_only(table.rows):
            builder.add_table(table.rows, None, table.sources)  # '| Release date | 2026-07-08 |': no header
        elif table.rows:
            builder.add_table(table.rows[1:], table.rows[0], table.sources[1:])
        at = table.end


def _pairs_only(rows: list[list[str]]) -> bool:
    """A two-column table of labels and their values, with no header ('| Release date | 2026-07-08 |' over '| Context
    length | 32K |', as a docs page's key/value table reads saved as text): its first row, a label and a figure, is a
    fact like the others, not the headings of the columns."""
    return all(len(row) == 2 for row in rows) and bool(re.search(r"\d", rows[0][1])) \
        and not re.search(r"\d", rows[0][0]) and len(rows) >= 2


def _tables(lines: list[str], code: set[int], verbatim: str) -> list[TextTable]:
    """The text's tables in order: tab-separated rows first (a browser's copy), then records of `key: value` lines
    (text_records.py), then '|' rows, then aligned columns, each among the lines the others left."""
    tables = []
    for start, end in _tab_tables(lines):
        rows = [[cell.strip() for cell in line.rstrip(TRIM).split("\t")] for line in lines[start:end]]
        width = len(rows[0])
        rows = [row + [""] * (width - len(row)) for row in rows]  # a row one cell short: its last cell empty
        tables.append(TextTable(start, end, rows, [line.strip() for line in lines[start:end]]))
    for find in (record_tables, pipe_tables, aligned_tables):
        taken = code | {i for table in tables for i in range(table.start, table.end)}
        tables += find(lines, taken)
    # ... and last, a table whose cells stand one per line (a page's text content, its blocks put on lines)
    tables += stacked_tables(lines, code | {i for table in tables for i in range(table.start, table.end)}, verbatim)
    return sorted(tables)


def _code_lines(lines: list[str]) -> set[int]:
    """Lines of code in a text: between fences ('```'), reading as a statement, a shell command or its option, a
    line of brackets, a command with options, or going on from a line ended with a backslash ('from x import Y',
    'model = load("org/X")', 'pip install x', 'x in.wav --out a.srt --format srt', 'for x in y:', '})'). Prose opens
    on a word, not on these."""
    out: set[int] = set()
    fenced = continued = False
    for i, line in enumerate(lines):
        fence = line.lstrip().startswith("```")
        if fenced or fence or continued or CODE_LINE_RE.match(line) or len(OPTION_RE.findall(line)) >= 2:
            out.add(i)
        fenced, continued = fenced != fence, line.rstrip().endswith(" \\")
    # A comment ('# Write the subtitles') over or under a line of code is code too (alone it may be a heading).
    return out | {i for i, line in enumerate(lines) if COMMENT_RE.match(line) and (i - 1 in out or i + 1 in out)}


def _parallel_lines(lines: list[str], taken: set[int]) -> set[int]:
    """Lines of a list copied without its bullets: a run of three or more short lines one after another, opening
    with the same word and none ending a sentence ('Cohere's Command R in HuggingFace', 'Cohere's Aya 8B in …')."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        first = _listable(lines[i]) if i not in taken else None
        j = i + 1
        while first and j < len(lines) and j not in taken and _listable(lines[j]) == first:
            j += 1
        if first and j - i >= 3:
            out.update(range(i, j))
        i = max(j, i + 1) if first and j - i >= 3 else i + 1
    return out


def _introduced_lines(lines: list[str], taken: set[int]) -> set[int]:
    """Lines of a list copied without its bullets after the line introducing it ('… at the following
    locations:'): a run of two or more lines of one word each ('zorvak-embed-v1', 'Zorvak-7B') or opening with a
    word and a colon ('Zorvak-7B-Chat: a model for chat …'), which no wrapped paragraph is. A last word standing
    over a longer line heads what follows ('Inference' over its text)."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if i in taken or not line.rstrip().endswith(":"):
            continue
        j = i + 1
        while j < len(lines) and j not in taken and (ONE_WORD_RE.fullmatch(lines[j].strip())
                                                     or TERM_RE.match(lines[j].strip())):
            j += 1
        if j - i > 2 and _heading_like(lines[j - 1].strip()) and j < len(lines) \
                and len(lines[j].strip()) > len(lines[j - 1].strip()):
            j -= 1
        if j - i > 2:
            out.update(range(i + 1, j))
    return out


def _listable(line: str) -> str | None:
    """A short line's first word, if it could be a list item; None for a sentence, a bullet, a row."""
    line = line.strip()
    if not line or len(line) > MAX_HEADING_CHARS or "\t" in line or BULLET_RE.match(line) \
            or re.search(r"[.!?]$", line):
        return None
    return line.split()[0]


def _tab_tables(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, end) of each run of two or more lines cut by tabs into the same number of cells (a header and
    one row at least), two cells filled on one of them (lines indented by a tab are no table). In a wide table a
    row one cell short (its last cell empty, the trailing tab dropped) goes on with it."""
    out, i = [], 0
    while i < len(lines):
        width = _width(lines[i])
        j = i
        while j < len(lines) and (lines[j].strip() and _width(lines[j]) == width
                                  or j > i and _goes_on(lines[j], width)):
            j += 1
        if width >= 2 and j - i >= 2 and any(len([c for c in line.split("\t") if c.strip()]) >= 2
                                             for line in lines[i:j]):
            out.append((i, j))
            i = j
        else:
            # lines without a tab (a width of one) start no table anywhere in their run: skipped whole, not looked
            # at again from each of them (quadratic on a long file of prose or a configuration file)
            i = j if width < 2 and j > i else i + 1
    return out


def _goes_on(line: str, width: int) -> bool:
    """A row after a table's first that is not as wide yet goes on with it: a row of empty cells ('\t\t\t\t', a
    spacer row the page left in), or a wide table's row one cell short."""
    if not line.strip():
        return line.count("\t") + 1 == width
    return width >= MIN_WIDE and _width(line) == width - 1


def _width(line: str) -> int:
    """A row's number of cells, the empty ones at either end counted ('a\tb\t\t' has four, '\t7B\t13B' three: a
    header over the names' column is often empty): only spaces and the line's ends are trimmed, not the tabs that
    keep its columns aligned."""
    return line.strip(TRIM).count("\t") + 1


def _headings(lines: list[str], in_tables: set[int], width: int = 0) -> dict[int, int]:
    """Line number -> heading level for the lines that read as headings; `width`: the width the text's lines are
    wrapped at (a line that stops short of it ends its paragraph)."""
    found: dict[int, int] = {}
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for k, i in enumerate(filled):
        line = lines[i].strip()
        after = filled[k + 1] if k + 1 < len(filled) else None
        if after is not None and after == i + 1 and UNDERLINE_RE.fullmatch(lines[after]) \
                and len(lines[after].strip()) >= max(3, len(line) // 2):
            found[i] = 1 if lines[after].strip()[0] == "=" else 2  # a setext heading: 'Models' over '------'
            continue
        if i in in_tables or UNDERLINE_RE.fullmatch(line) or not _heading_like(line, title=k == 0):
            continue
        before = filled[k - 1] if k else None
        # 'Model Details' over 'Model Description' over a paragraph: a section's heading over its first
        # subsection's, standing after a closed sentence (not in a run of short lines: a list, a menu) and over a
        # body (a sentence, a table, a list); the second of words only (a line of figures under a name, '9B ·
        # Largest', is its label, no section of its own)
        pair = before is not None and before == i - 1 and before not in found and before not in in_tables \
            and k > 1 and not re.search(r"\d", line) and _heading_like(lines[before].strip()) \
            and not fills(lines[before], line, width) and after is not None \
            and (filled[k - 2] in in_tables or re.search(r"[.!?]$", lines[filled[k - 2]].strip())) \
            and (after in in_tables or BULLET_RE.match(lines[after].strip())
                 or re.search(r"[.!?:]$", lines[after].strip()) or not _heading_like(lines[after].strip()))
        if before is not None and before == i - 1 and before not in found and before not in in_tables \
                and not ENDS_SENTENCE_RE.search(lines[before].strip()) and not pair \
                and (fills(lines[before], line, width) or _heading_like(lines[before].strip())):
            # the previous line runs on into this one: a wrapped paragraph's line, or one of short lines one after
            # another ('Quantumleaf API' over 'Sage app': a list copied without its bullets)
            continue
        if before is not None and before == i - 1 and before in found and SIZE_LABEL_RE.match(line):
            continue  # '700M' under the heading 'Wren-700M': the size's label of the card it heads
        if before is not None and lines[before].rstrip().endswith(":"):
            continue  # 'can be accessed through:' over 'Claude.ai': what the colon leads into, not a heading
        if after is None:
            continue
        if _pictured(line) and any(n is not None and _pictured(lines[n]) for n in (before, after)):
            continue  # '🔥 Rank #1 …' over '💲 FREE for …': lines of a list each opening with a picture
        following = lines[after].strip()
        below = lines[filled[k + 2]].strip() if k + 2 < len(filled) else ""
        if after not in in_tables and len(following) <= len(line) and not BULLET_RE.match(following) \
                and not (k == 0 and _heading_like(following)) \
                and not (SIZE_LABEL_RE.match(following) and len(below) > len(line)):
            continue  # a heading stands over something longer: a paragraph, a list, a table (the title: a section)
            # (or over its size's label and then a paragraph: 'LFM2-700M' over '700M' over its description)
        if after == i + 1 and (CONTINUES_RE.match(following)
                               or following[0].islower() and fills(line, following, width)):
            continue  # 'Because this model is trained on both US' / 'and UK newswire, …': a wrapped sentence
        numbered = NUMBERED_RE.match(line)
        found[i] = 1 if k == 0 else 2 + numbered.group("number").count(".") if numbered else 2
        if pair:  # the section's heading, the subsection's one deeper
            found[before], found[i] = found[i], found[i] + (not numbered)
    return found


# A line giving a model's size, alone or with labels ('700M', '1.2B · Recommended'), as a card's name stands over.
SIZE_LABEL_RE = re.compile(r"\d+(?:\.\d+)?\s*[KMBT]\b(?:\s*[·|,/-]\s*[^.!?]{0,40})?$")


def _heading_like(line: str, title: bool = False) -> bool:
    """A short line with a letter, opening with a capital or a number, ending without punctuation; a labelled
    value ('License: MIT') only as the first line ('Model Card: Zorvak' titles its page). A picture before the
    words ('🐱 Zorvak Model Card', an emoji the page set before them) is read past."""
    line = _past_pictures(line)
    if not line:
        return False
    words = line.split()
    return (len(line) <= (MAX_TITLE_CHARS if title else MAX_HEADING_CHARS)
            and len(words) <= (MAX_TITLE_WORDS if title else MAX_HEADING_WORDS) and line[0].isalnum()
            and any(c.isalpha() for c in line) and not ENDS_CLAUSE_RE.search(line) and "\t" not in line
            and not RUNS_ON_RE.search(line) and not INNER_SENTENCE_RE.search(line)
            and not BULLET_RE.match(line) and (title or not LABEL_VALUE_RE.match(line))
            and (line[0].isupper() or line[0].isdigit() or title and bool(LOWER_ID_TITLE_RE.fullmatch(line))))


def _pictured(line: str) -> bool:
    return _past_pictures(line.strip()) != line.strip()


def _past_pictures(line: str) -> str:
    """`line` past the pictures (emoji, with their joiners and variation selectors) and the space opening it."""
    i = 0
    while i < len(line) and (unicodedata.category(line[i]) in ("So", "Sk") or line[i] in "\u200d\ufe0f"):
        i += 1
    return line[i:].lstrip() if i and line[i:i + 1].isspace() else line
