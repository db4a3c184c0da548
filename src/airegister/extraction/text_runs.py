"""Run-together text: a page's text saved with no break between its blocks, its lines recovered.

A page saved as its text content keeps no break between headings, paragraphs, list items and table rows ("…Summary
TableModel descriptionClaude Opus 4 and … Release dateMay 2025Access Surfaces…"); a table's cells stay separated by
tabs but each row's last cell runs into the next row's first ("Context\tInternLM2.5-7B" reads "ContextInternLM2.5-7B").
`unrun` puts a line break back where one block ran into the next, so the plain-text reader sees headings, rows and
paragraphs on lines of their own:

- in prose, where a sentence end, a colon or a closing bracket runs straight into a capital ('released.This'), and
  where a lower-case letter or a digit runs into a capitalised word ('Release dateMay', '2025Access') unless the
  word is one written so (segment.py's brand words, 'InternLM2', 'OpenELM-270M', or any word the text writes
  elsewhere between spaces: 'WizardCoder' standing alone once keeps every 'WizardCoder' whole);
- in a run of tab-separated cells, every `width`-th cell is two cells glued (one row's last, the next row's first):
  the width is the smallest for which each of those cells has such a join, and a glued cell is cut where the rows'
  first cells share a beginning ('…7BInternLM2.5-chat-7B', '…7BInternLM2.5-7B-Chat-1M'), else at its first join.

Only a line that reads run together (long, with words run into each other) is touched; characters are only ever
added (line breaks), so every line is still verbatim in the source.
"""

import re
from functools import cache
from typing import NamedTuple

from .segment import CAMEL_WORDS, JOIN

LONG_LINE = 300
# A word run into the next: 'dateMay', 'released.This', '2025Access', 'GGUFCode'; ...
# A size or a length ending a table row, run into the next row's name: '128KClaude', '7BZorvak'.
RUN_RE = re.compile(r"[a-z]{2}[.!?:][A-Z\"“]|[a-z]{3}[A-Z][a-z]|\d[A-Z][a-z]{2}|[A-Z]{2}[A-Z][a-z]{2}"
                    r"|\d[KMBT][A-Z][a-z]{2}")
# A sentence end, a colon or a closing bracket run straight into a capital, a quote or a bracket.
END_RE = re.compile(r"(?<=[a-z0-9)\]”\"%])[.!?:](?=[\"“(\[]?[A-Z])|(?<=[a-z0-9])[)\]](?=[A-Z][a-z])"
                    r"|(?<=[a-z)\]”\"%])[.!?](?=\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-Z][a-z])")  # 'areas.1 Introduction'
LOWER_HEAD_RE = re.compile(r"([a-z]{3,})[A-Z][a-z]+$")  # 'tokensAug': a lower-case word, a capitalised one
GLUED_FIGURE_RE = re.compile(r"\d{2,}[\d,.]*[A-Z][a-z]{2,}")  # '2024Zorvak', '4,096Tokens'
# A word run into a figure with its unit ('Opus200K tokens', 'tokens4,096 tokens'): a cell's name or unit, the
# next cell's count.
UNIT_FIGURE_RE = re.compile(r"(?<=[A-Za-z])(?=\d[\d,.]*[ \t]?[KMB]?[ \t]+(?:tokens|parameters|params)(?![a-z]))")
# A word written between spaces: a name as the text writes it ('WizardCoder-15B', 'InternLM2.5').
STANDALONE_RE = re.compile(r"(?:(?<=[ \n])|^)[(\"“']?([A-Za-z0-9][\w.+-]*[A-Za-z0-9]\+*)"
                           r"(?=[ \n,;)\"”']|[.:!?](?:[ \n]|$)|$)", re.M)
HYPHENATED_NAME_RE = re.compile(r"[A-Z][A-Za-z]*(?:-[A-Za-z]*\d[A-Za-z0-9.]*)+(?:-[A-Za-z0-9.+]+)*")
TITLE_PART_RE = re.compile(r"(?<=[A-Za-z])[A-Z][a-z]{2,}(?![a-z])")
CAMEL_RE = re.compile(r"[a-z0-9][A-Z]|[A-Z][A-Z][a-z]")
# Where a glued table cell may be cut: a lower-case letter, a digit or a closing mark before a capital, a capital
# before a capitalised word.
CELL_CUT_RE = re.compile(r"(?<=[a-z0-9%)\].])(?=[A-Z])"
                         r"|(?<=[A-Z])(?=[A-Z][a-z]{2,})")
DOUBLED_RE = re.compile(r"(?<![\w.+-])([A-Z][\w.+-]{2,60}?)(\1)(?=[\s,.:;!?)]|$)")
CAPITAL_END_RE = re.compile(r"(?<![\w.])[A-Za-z]*[a-z][A-Za-z]*[A-Z]\.(?=[A-Z][\w-]*\s)")
NUMBER_NAME_RE = re.compile(r"(?<=\d)(?![KMBT][A-Z])(?=[A-Z][A-Za-z]{1,12}(?:-[A-Za-z]*\d|\d))")
GLUED_TOKEN_RE = re.compile(r"\S*\d[a-z]{6,}\S*")
MAX_CELL = 100  # a glued cell longer than this carries the prose after a table: the table ends there
MAX_WIDTH = 16
PICTOGRAPH = r"[\u2600-\u27bf\U0001f000-\U0001faff]\ufe0f?"
MIN_REPEATS = 4  # the cells compared before a table's rows are said to repeat at a shorter width
REPEATED_SHARE = 0.8
STEM_ROWS = 3  # the rows a table's names must share a beginning on, when the table ends before the probe's
PROBE_ROWS = 6  # the rows a width is tried on before the whole table is cut at it
MAX_TITLE_WORDS = 20
STEM = 5  # the beginning names of a list run together share, at least ('zorva')
MAX_NAME = 60


def looks_run_together(line: str) -> bool:
    return len(line) > LONG_LINE and len(RUN_RE.findall(line)) >= max(2, len(line) // 1500)


def unrun(text: str) -> str | None:
    """`text` with line breaks put back where its blocks ran together; None when no line reads run together."""
    lines = text.split("\n")
    if not any(looks_run_together(line) for line in lines):
        return None
    names = tuple(_standalone(text))
    # In a text that runs together, a long line of tab-separated cells is rows run together too.
    out = [_unrun_line(line, names) if looks_run_together(line) or len(line) > LONG_LINE and line.count("\t") >= 4
           else line for line in lines]
    for cached in (_cuts, _long, _shape, _kind, _brand_spans, _versioned_words, _covered):
        cached.cache_clear()  # a table's cells are tried at every width: each read once (kept for this text only)
    return "\n".join(out)


def _standalone(text: str) -> list[str]:
    """The words with a capital inside that the text writes between spaces (not tabs) somewhere ('WizardCoder-15B')."""
    found = {m.group(1).rstrip(".") for m in STANDALONE_RE.finditer(text)}
    # Twice at least, and no sentence run into another inside: a glued pair of blocks stands between spaces once.
    # Nor a word whose capitalised part the text writes as a word of its own ('BedrockGoogle', a list's items
    # 'Amazon Bedrock' and 'Google Vertex AI' run together, repeated: 'Google' stands alone elsewhere).
    # Once is enough for a versioned name with hyphens ('MPT-7B-StoryWriter-65k+'): no pair of blocks reads so,
    # unless its first or last word is two run together ('IntroductionZenith-4o', 'Zenith-70BRelease': a heading
    # run into the name, the name into a label).
    # Nor a word whose lower-case head the text writes alone ('tokensAug': 'tokens' of '200K tokens', a cell's unit
    # run into the next cell's month), nor a figure run into a capitalised word ('2024Zorvak': a row's last cell
    # run into the next row's name).
    plain = set(re.findall(r"(?<![\w.-])[a-z]{3,}(?![\w-])", text))
    found = {w for w in found if not GLUED_FIGURE_RE.fullmatch(w)
             and not ((head := LOWER_HEAD_RE.match(w)) and (head.group(1) in plain or len(head.group(1)) >= 4))}
    return sorted((w for w in found if CAMEL_RE.search(w) and len(w) >= 4 and not END_RE.search(w)
                   and (text.count(w) >= 2 or HYPHENATED_NAME_RE.fullmatch(w)
                        and not re.search(r"[a-z]{2}[A-Z]", w.split("-", 1)[0])
                        and not re.search(r"[a-z0-9][A-Z]+[a-z]", w.rsplit("-", 1)[-1]))
                   and not any(p in found for p in TITLE_PART_RE.findall(w))),
                  key=len, reverse=True)


def _unrun_line(line: str, names: list[str]) -> str:
    segs = line.split("\t")
    if len(segs) < 3:
        return _prose(line, names)
    index = _index(segs)
    out: list[str] = []
    head = segs[0]
    i = 0
    while i < len(segs) - 1:
        width, cuts = _table_at(segs, i, names, index)
        if not width:
            head = head + "\t" + segs[i + 1]
            i += 1
            continue
        prose, first = _cut_last(head, names)
        if prose.strip():
            out.append(_prose(prose, names))
        cells, rows = [first], []
        for k in range(1, len(cuts) + 1):
            glued, cut = segs[i + width * k], cuts[k - 1]
            cells += segs[i + width * (k - 1) + 1:i + width * k]
            cells.append(glued[:cut])
            rows.append("\t".join(cells))
            cells = [glued[cut:]]
        out.append("\n".join(_headers_again(rows, first)))
        head = cells[0]
        i += width * len(cuts)
    if head.strip():
        out.append(_prose(head, names))
    return "\n".join(out)


def _headers_again(rows: list[str], first: str) -> list[str]:
    """A row whose first cell ends in the header's first cell, run into the words before it ('… Index NVE (No
    Vocabulary Expansion)Model'), is the header of a table like it under its own title: the title on a line of
    its own."""
    out = []
    for row in rows:
        cell = row.split("\t", 1)[0]
        at = len(cell) - len(first)
        if len(first) >= 2 and at > 0 and cell.endswith(first) and first[0].isupper() \
                and (cell[at - 1] in ".:!?)]" or cell[at - 1].islower() or cell[at - 1].isdigit()):
            row = row[:at] + "\n" + row[at:]
        out.append(row)
    return out


class _Cells(NamedTuple):
    """Read once a line, so each probe of a width costs the same wherever it starts: for each cell j, `next_long[j]`
    is the first cell at or after j that holds prose (`_long`), else len(segs); `filled[j]` how many cells before j
    hold anything."""

    next_long: list[int]
    filled: list[int]


def _index(segs: list[str]) -> _Cells:
    next_long = [len(segs)] * (len(segs) + 1)
    for j in range(len(segs) - 1, -1, -1):
        next_long[j] = j if _long(segs[j]) else next_long[j + 1]
    filled = [0]
    for seg in segs:
        filled.append(filled[-1] + bool(seg.strip()))
    return _Cells(next_long, filled)


def _table_at(segs: list[str], i: int, names: list[str], index: _Cells) -> tuple[int, list[int]]:
    """(cells per row minus one, where each glued cell is cut) of the table whose header starts in segs[i]; (0, [])
    when no width reads the cells as rows. The last glued cell holds the table's last cell and the text after it."""
    last = len(segs) - 1
    # The plainest reading first: cuts at joins alone or with the rows' shared stems, width by width (the names'
    # shared beginning at the right width before joins found by chance at a wider one), then their shapes.
    for levels in ((0, 1), (2,)):
        for width, level in ((w, v) for w in range(1, min(MAX_WIDTH, last - i) + 1) for v in levels):
            if index.next_long[i + 1] < i + width:
                break  # a header cell holding prose: no table of this width or wider starts here
            # Probed on its first rows only, so a page of many cells costs the same per cell at every start tried
            # (linear, not quadratic); the whole table is then cut once at the width and level found.
            cuts = _width_cuts(segs, i, width, names, level, index, PROBE_ROWS)
            if cuts is not None and _repeats(segs, i, width):
                continue  # two rows or more read as one: cuts met by chance at a multiple of the table's width
            if cuts is not None:
                if len(cuts) == PROBE_ROWS:
                    cuts = _width_cuts(segs, i, width, names, level, index) or cuts
                return width, cuts
    return 0, []


def _repeats(segs: list[str], i: int, width: int) -> bool:
    """The cells after segs[i] read at `width` repeat with a shorter period `d` (a divisor of `width`): most cells
    that a row `d` wide holds whole have the shape (digits, letters, marks) of the one `d` cells on ('39 M', '✓' over
    '74 M', '✓')."""
    end = min(len(segs), i + width * PROBE_ROWS + 1)
    for d in range(2, width):
        if width % d:
            continue
        # From the first row after the header (whose cells are headings, not values like the rows' own).
        pairs = [(j, j + d) for j in range(i + d + 1, end - d) if (j - i) % d]
        same = sum(_kind(segs[a]) == _kind(segs[b]) for a, b in pairs)
        if len(pairs) >= MIN_REPEATS and same >= len(pairs) * REPEATED_SHARE:
            return True  # (most, not all: a cell left empty in one row, '1550 M | | ✓', is as a table has it)
    return False


@cache
def _kind(cell: str) -> str:
    """A cell's shape: its runs of digits, of letters and of pictographs each one mark ('39 M' and '74 M': '9 a';
    '✅' and '❌': '*')."""
    return re.sub(PICTOGRAPH + "+", "*", re.sub(r"[A-Za-z]+", "a", re.sub(r"\d+", "9", cell.strip())))


def _width_cuts(segs: list[str], i: int, width: int, names: list[str], level: int, index: _Cells,
                rows: int | None = None) -> list[int] | None:
    """The cuts of the glued cells of a table `width` tabs a row from segs[i] (of its first `rows` glued cells, when
    given), or None when a glued cell has none."""
    last = len(segs) - 1
    glued, k = [], 1
    while i + width * k <= last:
        at = i + width * k
        glued.append(segs[at])
        if at == last or index.next_long[at] < min(at + width, last + 1):  # a cell of prose in this row: the table ends
            break
        if rows is not None and len(glued) == rows:
            break
        k += 1
    if len(glued) < 2:
        return None
    filled = index.filled
    empty = [width > 1 and filled[i + width * k] == filled[i + width * (k - 1) + 1] for k in range(1, len(glued) + 1)]
    return _row_cuts(glued, names, i + width * len(glued) == last, empty, level)


@cache
def _long(cell: str) -> bool:
    return len(" ".join(cell.split())) > MAX_CELL


def _row_cuts(glued: list[str], names: list[str], end: bool, empty: list[bool], level: int) -> list[int] | None:
    """Where each glued cell is cut into a row's last cell and the next row's first; None when one cannot be (the
    width is wrong). A row of empty cells (a section's title row) has an empty last cell; else a cut is where the
    rows' last cells share a shape ('~10x', '~7x', '🔗'), else where the rows' first cells share a beginning
    ('bert-base-…', 'InternLM2.5-'), else at the cell's first join ('2024-07-01|Intern…')."""
    joins = [_cuts(g, names) for g in glued]
    inner = glued[:-1]
    if level == 0 and any(not joins[k] and not empty[k] for k in range(len(inner))):
        return None  # the plainest reading cuts at joins alone: a cell without one fails it (checked first: cheap)
    shape = _shared_shape(inner[1:]) if level >= 2 else None
    stem = _shared_stem(inner)  # at the plainest level only where a join stands too: it chooses, joins decide
    if stem is None and level >= 1 and len(inner) > STEM_ROWS:
        # The rows' shared beginning stops at a cell: the table ends in it (its last cell, then the text after
        # it, a title over the next table: 'vq_ds8_c2i.ptAR models'), as long as three rows at least share it.
        for n in range(min(len(inner) - 1, PROBE_ROWS), STEM_ROWS - 1, -1):
            stem = _shared_stem(inner[:n])
            if stem and joins[n]:
                glued, empty, end, inner = glued[:n + 1], empty[:n + 1], False, glued[:n]
                break
            stem = None
    out = []
    for k, g in enumerate(glued):
        cut = 0 if empty[k] else None
        if level == 0 and cut is None and not joins[k] and k < len(inner):
            return None
        if cut is None and shape and 0 < k < len(inner):
            cut = next((c for c in range(1, len(g)) if _shape(g[:c]) == shape and _shape(g[:c + 1]) != shape
                        and _clean_cut(g, c)), None)
        if cut is None and stem and k < len(inner):
            cut = next((m.start() for m in re.finditer(re.escape(stem), g) if _clean_cut(g, m.start())), None)
        if cut is None and joins[k]:
            cut = _size_cut(g, joins[k])
        if cut is None and k == len(inner):
            cut = len(g) if end or not _long(g) else 0  # the table's last cell, nothing after it
        if cut is None and k == 0 and level >= 2:
            cut = len(g)  # the header's last cell runs into the first row's name with no sign where: all its own
        if cut is None:
            return None
        out.append(cut)
    return out


# A size opening the next row's first cell after a word ('Link7B-Plus', 'Swallow-instruct-hf13B'): its number.
SIZE_AFTER_WORD_RE = re.compile(r"(?<=[A-Za-z)\]])\d+(?:\.\d+)?(?=[KMBT](?![a-z]))")


def _size_cut(glued: str, joins: tuple[int, ...]) -> int:
    """The cut at a glued cell's first join, a size kept whole: '4KZorvak' is cut after the size's unit when a join
    stands there too (the size ends the row), 'Link7B-Plus' before its number (the size opens the next row's
    name), and a size inside a name ('Brastel-7B-1MTraining') is passed for the next join: the join between a
    number and its unit is no cut."""
    for at in joins:
        if not glued[at - 1].isdigit() or glued[at] not in "KMBT":
            return at
        if at + 1 in joins:
            return at + 1
        number = next((m for m in SIZE_AFTER_WORD_RE.finditer(glued) if m.end() == at), None)
        if number:
            return number.start()
    return joins[0]


def _shared_stem(glued: list[str]) -> str | None:
    """A beginning of four characters or more the next rows' first cells share: found inside every glued cell (not
    at its start, which is the previous row's last cell)."""
    if len(glued) < 2:
        return None
    first = glued[0]
    for at in range(1, len(first) - 3):
        stem = first[at:at + 4]
        # A name's beginning has a letter: figures shared by a row of counts ('200,000', '600,000') are none.
        if not stem[0].isalnum() or not any(c.isalpha() for c in stem) or not _clean_cut(first, at):
            continue
        if CELL_CUT_RE.match(first, at + 1):
            continue  # 'weightVontrix', '.ptVontrix': the names begin at the capital, not at the letter before it
        # Found after the same letter in every cell, the names begin before it ('wmt21-c|omet…', 'eamt22-c|omet…'):
        # a word's middle, not its start (a column of one mark, '🔗', may well stand before each name).
        if all(_finds(g, stem) for g in glued[1:]) and not _same_before(glued, stem):
            # The longest beginning shared from there.
            n = 4
            while at + n < len(first) and all(_finds(g, first[at:at + n + 1]) for g in glued[1:]):
                n += 1
            return first[at:at + n]
    return None


def _same_before(glued: list[str], stem: str) -> bool:
    """Every clean place of `stem` in the cells follows the same letter or digit, where no word starts: not a
    lower-case letter or a digit before a capital ('…LicenseXwin-Math-7B', a column of one licence)."""
    before = {g[m.start() - 1] for g in glued for m in re.finditer(re.escape(stem), g) if _clean_cut(g, m.start())}
    if len(before) != 1:
        return False
    char = before.pop()
    return char.isalnum() and not ((char.islower() or char.isdigit()) and stem[0].isupper())


def _finds(text: str, stem: str) -> bool:
    return any(_clean_cut(text, m.start()) for m in re.finditer(re.escape(stem), text))


def _clean_cut(text: str, at: int) -> bool:
    """A cut between two cells: inside the text, not at a space and not after a joining mark ('wmt21-|comet')."""
    return 0 < at < len(text) and not text[at - 1].isspace() and not text[at].isspace() and text[at - 1] not in "-_/."


@cache
def _shape(text: str) -> str:
    return re.sub(r"\d+", "9", text)


def _shared_shape(glued: list[str]) -> str | None:
    """The shape (digits as 9) of a beginning the rows' last cells share ('~10x', '~7x': '~9x'), of two characters
    or more, in two thirds of the glued cells."""
    if len(glued) < 3:
        return None
    counts: dict[str, int] = {}
    for g in glued:
        for shape in {_shape(g[:c]) for c in range(1, min(len(g), 24))}:
            counts[shape] = counts.get(shape, 0) + 1
    shared = [s for s, n in counts.items() if (len(s) >= 2 or not s.isalnum()) and n * 3 >= len(glued) * 2
              and n >= 3]
    return max(shared, key=lambda s: (counts[s], len(s))) if shared else None  # the most rows', then longest


CAPITALISED_WORD_RE = re.compile(r"[A-Z][a-z]{2,}\b")
# A pictograph (a check mark, a cross, a link's emoji) and its variation selector, before a letter or a digit.
MARK_RE = re.compile(PICTOGRAPH + r"(?=[A-Za-z0-9])")


@cache
def _cuts(text: str, names: tuple[str, ...]) -> tuple[int, ...]:
    """Where `text` may be cut in two (a join not inside a name the text writes whole)."""
    out = []
    found = [m.start() for m in CELL_CUT_RE.finditer(text)]
    for n, i in enumerate(found):
        # A cell ending in a short word runs into a capitalised one ('NoLiquid Nanos'): unlike 'iPhone', a join.
        end = found[n + 1] if n + 1 < len(found) else len(text)  # (the next cut, not a copy of all the later ones)
        if 0 < i < len(text) and not _inside_name(text, i, names) \
                and (not text[i - 1].isalpha() or not text[i - 1].islower() or _real_join(text, i, end)
                     or CAPITALISED_WORD_RE.match(text, i) and text[i - 1].islower()
                     and not _in_brand(text, i)):
            out.append(i)
    for m in END_RE.finditer(text):
        if 0 < m.end() < len(text) and not _inside_name(text, m.end(), names):
            out.append(m.end())
    # A mark a cell holds alone ('✅', '🔗', '❌') run into the next row's name, whatever its case ('✅small').
    out += [m.end() for m in MARK_RE.finditer(text) if m.end() < len(text)]
    return tuple(sorted(set(out)))


def _inside_name(text: str, i: int, names: list[str]) -> bool:
    """`i` falls strictly inside a name the text writes whole (names hold no spaces, so inside the word there)."""
    return bool(names) and _covered(text, tuple(names))[i]


@cache
def _covered(text: str, names: tuple[str, ...]) -> bytearray:
    """For each position of `text`, whether it lies strictly inside an occurrence of one of `names`: every
    occurrence found once (C-speed `str.find`), not looked for again around each join."""
    covered = bytearray(len(text) + 1)
    for name in names:
        for start in _occurrences(text, name):
            covered[start + 1:start + len(name)] = b"\x01" * (len(name) - 1)
    return covered


def _cut_last(head: str, names: list[str]) -> tuple[str, str]:
    """The text before a table and its header's first cell: the cell is what follows the last join."""
    cuts = _cuts(head, names)
    if cuts:
        return head[:cuts[-1]], head[cuts[-1]:]
    if len(head) <= 40:
        return "", head
    space = head.rfind(" ")
    return head[:space + 1], head[space + 1:]


def _prose(text: str, names: list[str]) -> str:
    """Line breaks where one block's text runs into the next's."""
    cuts = set()
    for m in END_RE.finditer(text):
        if not _inside_name(text, m.end(), names) and not _url_at(text, m.start()):
            cuts.add(m.end())
    cuts.update(_stem_cuts(text))
    cuts.update(_size_label_cuts(text))
    cuts.update(m.start() for m in UNIT_FIGURE_RE.finditer(text)
                if not _inside_name(text, m.start(), names) and not _url_at(text, m.start()))
    # A title run into a sentence opening with the same name ('MPT-7BMPT-7B is a …'): cut between the two.
    cuts.update(m.start(2) for m in DOUBLED_RE.finditer(text))
    # A sentence ending in a word of capitals run into the next ('trained by MosaicML.MPT-7B is …').
    cuts.update(m.end() for m in CAPITAL_END_RE.finditer(text) if not _url_at(text, m.start()))
    # A figure ending one block run into a versioned name opening the next ('License: Apache 2.0MPT-7B-Chat: …').
    cuts.update(m.start() for m in NUMBER_NAME_RE.finditer(text)
                if not _inside_name(text, m.start(), names) and not _url_at(text, m.start()))
    joins = [m.start() for m in JOIN.finditer(text)]
    for n, i in enumerate(joins):
        end = joins[n + 1] if n + 1 < len(joins) else len(text)
        if 0 < i < len(text) and _real_join(text, i, end, joins[n - 1] if n else 0) \
                and not _inside_name(text, i, names) \
                and not _url_at(text, i) and _after_title(text, i, cuts):
            cuts.add(i)
    if not cuts:
        return text
    ordered = sorted(cuts)
    # A piece that is one token still holding lower-case words run together ('Englishgull2conversational', a
    # page's tags) stays with the text before it: alone on a line it would read as a name.
    kept, end = [], len(text)
    for cut in reversed(ordered):
        if not GLUED_TOKEN_RE.fullmatch(text[cut:end].strip()):
            kept.append(cut)
            end = cut
    ordered = kept[::-1]
    out, prev = [], 0
    for cut in ordered:
        out.append(text[prev:cut])
        prev = cut
    out.append(text[prev:])
    return "\n".join(p for p in out if p)


def _stem_cuts(text: str) -> set[int]:
    """Where a list of names sharing a beginning ran together in one word ('locations:zorvak-embed-v1zorvak-embed-
    v1.5zorvak-bert-2048'): before each name, the beginning found three times at least (not after a joining mark,
    '-', '_', '/'), where what precedes it differs (else the names begin before)."""
    cuts: set[int] = set()
    for word in re.finditer(r"\S{30,}", text):
        token = word.group(0)
        if "://" in token or token.startswith("www.") or len(token) > MAX_NAME * 50:
            continue
        tried: set[str] = set()
        for p in range(len(token) - STEM):
            stem = token[p:p + STEM]
            if not stem[0].isalpha() or p and token[p - 1] in "-_/" or stem in tried:
                continue
            tried.add(stem)  # (a stem recurring in the token gives the same starts at each of its places)
            starts = [at for at in _occurrences(token, stem) if at == 0 or token[at - 1] not in "-_/"]
            # Each found after the same character, the names begin before it ('C|odeGen2-1BC|odeGen2-3B').
            if len({token[at - 1] for at in starts if at}) <= 1 and 0 not in starts:
                continue
            if len(starts) >= 3 and all(b - a <= MAX_NAME for a, b in zip(starts, starts[1:], strict=False)):
                cuts.update(word.start() + at for at in starts if at)
                break
    return cuts


def _occurrences(text: str, part: str) -> list[int]:
    """Where `part` starts in `text`, overlapping ones too."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


# A size run straight into the word before it ('…-Instruct1.2B', '…-A1B8B', '…-350M350M').
SIZE_LABEL_RE = re.compile(r"(?<=[A-Za-z])\d+(?:\.\d+)?[KMBT](?=[A-Z][a-z]|[^\w.]|$)")


def _size_label_cuts(text: str) -> set[int]:
    """Where a model's name runs into the size a card writes under it ('LFM9-1.2B-Instruct1.2B · Recommended',
    'LFM9-700M700M'): before a size the name holds itself, as a part of its own ('-1.2B-', '-700M')."""
    cuts = set()
    for m in SIZE_LABEL_RE.finditer(text):
        left = m.start()
        while left > 0 and not text[left - 1].isspace():
            left -= 1
        if re.search(rf"(?:^|[-_/]){re.escape(m.group(0))}(?:$|[-_])", text[left:m.start()]):
            cuts.add(m.start())
    return cuts


def _url_at(text: str, i: int) -> bool:
    """Inside an address ('https://hf.co/org/ModelName'): no break there."""
    left = i
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    word = text[left:i]
    return "://" in word or word.startswith("www.")


def _real_join(text: str, i: int, end: int, before: int = 0) -> bool:
    """segment.py's test of a lower/upper join, on the word between the joins around it only (`before` and `end`:
    the joins either side): in 'IntroductionInternLM2' the 'Introduction|Intern' join is no part of the versioned
    name 'InternLM2', and in 'GenerationTransformersSafetensorsEnglish' each join is one (a brand word is kept
    whole, not its neighbours)."""
    if _in_brand(text, i):
        return False
    left = i
    while left > before and (text[left - 1].isalnum() or text[left - 1] in "-."):
        left -= 1
    right = i
    while right < end and text[right].isalpha():
        right += 1
    head, tail = text[left:i], text[i:right]
    letters = re.sub(r"[^A-Za-z]", "", head)
    if right < end and text[right].isdigit() and text[left].isupper() and len(letters) <= 8 and len(tail) <= 6 \
            and VERSIONED_RE.match(text, i).group(0) not in _versioned_words(text):
        # 'CodeGen2', 'MiniCPM3': a versioned identifier written in camel case; unless the text writes its tail as
        # a word of its own ('LFM2 Models', so 'ModelsLFM2-24B' is a title run into a name).
        return False
    if len(letters) <= 2 and text[i - 1].islower():
        return False  # iPhone, eBay, xAI
    return not (tail.isupper() and len(letters) <= 5 and text[i - 1].islower())  # 'OpenAI', 'OLMoE'


VERSIONED_RE = re.compile(r"[A-Za-z]+\d+")


@cache
def _versioned_words(text: str) -> frozenset[str]:
    """The letters-then-digits words the text writes with no letter or digit before them ('LFM2' of 'LFM2 Models',
    'LFM2.5')."""
    return frozenset(m.group(0) for m in re.finditer(r"(?<![A-Za-z0-9])" + VERSIONED_RE.pattern, text))


def _after_title(text: str, i: int, cuts: set[int]) -> bool:
    """A block that ends with no full stop and runs into a capital is a title, a label or a cell: a few words since
    the last break. Deep inside a sentence a capital inside a word is a name's ('tasks like LongBench')."""
    since = max((c for c in cuts if c < i), default=0)
    piece = text[since:i]
    for m in re.finditer(r"[.!?:]\s", piece):
        piece = piece[m.end():]
    return len(piece.split()) <= MAX_TITLE_WORDS


def _in_brand(text: str, i: int) -> bool:
    """`i` inside a brand word written in camel case ('Deep|Seek', 'Safe|tensors'), wherever it stands."""
    return any(start < i < end for start, end in _brand_spans(text))


@cache
def _brand_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text writes a brand word as a word of its own (no lower-case letter either side): found once a
    text, in C, rather than trying every slice around every cut."""
    low = text.lower()
    spans = []
    for word in CAMEL_WORDS:
        if not 3 <= len(word) < 20:
            continue
        start = low.find(word)
        while start >= 0:
            end = start + len(word)
            if (start == 0 or not text[start - 1].islower()) and (end >= len(text) or not text[end].islower()):
                spans.append((start, end))
            start = low.find(word, start + 1)
    return tuple(spans)
