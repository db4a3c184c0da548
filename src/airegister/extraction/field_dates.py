"""Release dates stated by a document's shape rather than by a cue phrase: the front matter of a release post, a
changelog section headed by its date, and a model's name followed by its date ('X-2 (March 2024)').

Each is a release date only where the shape says so: a post's date only when the post says the model is out
today (the labelling conventions), a dated section only for the sentences in it that release something, a
date after a name only as the whole parenthesis at the start of a heading or list item.
"""

import re

from .finder import LABEL, PHRASE, WEAK, Finder, Hit
from .values import DATE_RE, parse_date

FRONT_MATTER_RE = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
# 'release_date: 2024-07-23' states the release; 'date: 2024-07-23' dates the post.
RELEASE_KEY_RE = re.compile(r"(?im)^(?:release[_\s-]?date|released(?:[_\s-]?(?:at|on))?|launch[_\s-]?date)[ \t]*:"
                            r"[ \t]*['\"]?(?P<value>[^'\"\n]*)")
POST_DATE_KEY_RE = re.compile(r"(?im)^(?:date|pub[_\s-]?date|publish(?:ed)?(?:[_\s-]?(?:at|on|date))?)[ \t]*:"
                              r"[ \t]*['\"]?(?P<value>[^'\"\n]*)")
# The post says the model is out now (the conventions: a page's date counts only then).
OUT_NOW_RE = re.compile(r"\b(?:today|now)\b[^.\n]{0,40}?\b(?:releas|launch|introduc|unveil|availab|open[\s-]?sourc)\w*"
                        r"|\b(?:is|are)\s+(?:now\s+)?out\b"
                        r"|\b(?:we\s+are|we['’]re)\s+(?:excited|pleased|proud|thrilled|happy)\s+to\s+(?:announce|release|"
                        r"launch|introduce|share|open[\s-]?source)", re.I)


def front_matter_dates(f: Finder) -> list[Hit]:
    match = FRONT_MATTER_RE.match(f.doc.verbatim)
    if not match:
        return []
    hits = []
    for pattern, rank in ((RELEASE_KEY_RE, LABEL), (POST_DATE_KEY_RE, WEAK)):
        line = pattern.search(match.group(1))
        if not line:
            continue
        date = DATE_RE.match(line.group("value").strip())
        value = parse_date(date) if date else None
        if not value or rank == WEAK and not OUT_NOW_RE.search(f.text[:6000]):
            continue
        hits.append(Hit("release_date", value, 0, 0, 0, rank, excerpt=line.group(0).strip()))
        break
    return hits


RELEASE_VERB_RE = re.compile(r"(?:[^.\n]|\.(?=\w)){0,60}?\b(?:release[sd]?|releasing|"
                             r"open[\s-]?sourc(?:e|ed|es|ing)|launch(?:ed|es|ing)?|introduc(?:e|ed|es|ing)|(?:is|are)\s+(?:now\s+)?(?:available|out))\b",
                             re.I)
NOT_A_MODEL_RE = re.compile(r"\b(?:paper|preprint|arxiv|technical\s+report|blog|dataset|benchmark|demo|leaderboard|"
                            r"code|library|toolkit|sdk|deprecat\w*|retir\w*|shut\w*|sunset)\b", re.I)


NOT_A_RELEASE_HEADING_RE = re.compile(r"updat|revis|modif|deprecat|retir|as\s+of|result|evaluat|benchmark|leaderboard|"
                                      r"cut-?\s*off|data|paper|report", re.I)


def dated_sections(f: Finder) -> list[Hit]:
    """A changelog section headed by a date ('## March 12, 2024' then 'We released X-2 …'), or a list item that is
    just a date with items nested under it ('- [x] 2024/12' / '    - [x] X 2.0 released'): each sentence of the
    section that releases something dates the models it names."""
    hits = []
    blocks = f.doc.blocks
    lines = f.doc.verbatim.split("\n") if f.doc.format == "markdown" else []
    for i, block in enumerate(blocks):
        if block.kind == "item":
            indent = _indent(lines, block)
            if indent is None:
                continue
        elif block.kind != "heading":
            continue
        line = f.text[block.start:block.end]
        date = DATE_RE.search(line)
        # The heading is its date (with at most a few words around it: 'v2.1 — 2024-03-12', 'Week of May 6, 2024').
        if not date or not parse_date(date) or len(re.sub(r"\W", "", line[:date.start()] + line[date.end():])) > 20:
            continue
        if NOT_A_RELEASE_HEADING_RE.search(line):
            continue  # 'Results as of March 2024', 'Deprecations, May 2025': not a release's section
        start = block.start + date.start()
        for nxt in blocks[i + 1:]:
            if nxt.kind == "heading":
                break
            if block.kind == "item":
                inner = _indent(lines, nxt) if nxt.kind == "item" else None
                if inner is None or inner <= indent:
                    break  # the dated item's own nested items only
            for sentence in f.seg.sentences[f.seg.index_at(nxt.start):]:
                if sentence.start >= nxt.end:
                    break
                verb = RELEASE_VERB_RE.match(f.text, sentence.start, sentence.end)
                if verb and not NOT_A_MODEL_RE.search(f.text, sentence.start, sentence.end):
                    hits.append(Hit("release_date", parse_date(date), start, start + len(date.group(0)),
                                    sentence.start, PHRASE, needs_scope=True))
    return hits


def _indent(lines: list[str], block) -> int | None:
    """How far a Markdown list item's source line is indented (None when the source line is not known)."""
    if block.line is None or block.line >= len(lines):
        return None
    text = lines[block.line]
    return len(text) - len(text.lstrip(" \t"))


# '## X-2 (March 2024)', '- X-2-mini (released 2024-07-18): …': a name at the start of a heading or an item, and
# its date as the whole parenthesis after it.
NAME_DATE_RE = re.compile(r"[\W_]{0,6}(?P<name>(?:[A-Z][\w.\-]*[ \t]+)?[A-Za-z]?[\w.\-]*\d[\w.\-]*"
                          r"(?:[ \t]+[A-Za-z][\w.\-]*){0,2})[ \t]*\("
                          r"[ \t]*(?:released[ \t]+(?:on[ \t]+|in[ \t]+)?|launched[ \t]+(?:on[ \t]+|in[ \t]+)?)?")


def name_dates(f: Finder) -> list[Hit]:
    hits = []
    for block in f.doc.blocks:
        if block.kind not in ("heading", "item"):
            continue
        m = NAME_DATE_RE.match(f.text, block.start, block.end)
        if not m:
            continue
        date = DATE_RE.match(f.text, m.end(), block.end)
        if not date or not parse_date(date) or not re.match(r"[ \t]*\)", f.text[date.end():block.end]):
            continue
        # Only where the name is one of the document's models: '- Arena-2 (April 2024)' dates a benchmark.
        hits.append(Hit("release_date", parse_date(date), date.start(), date.end(), m.start("name"), PHRASE,
                        needs_scope=True, needs_name=True))
    return hits


DATE_FINDERS = (front_matter_dates, dated_sections, name_dates)


# The document says what a date in a name means: 'the suffix is the snapshot date (YYYYMMDD)', 'versioned by
# release date', 'the last four digits (YYMM)'. Without such a statement '-2407' may be anything (a size, a build).
NAME_DATE_MEANING_RE = re.compile(
    r"\b(?:YYMM|YYYYMMDD|YYYY-MM-DD|YY\.MM)\b"
    r"|\b(?:suffix(?:es)?|digits)\b[^.\n]{0,60}?\b(?:release|snapshot)\s+dates?\b"
    r"|\b(?:release|snapshot)\s+dates?\b[^.\n]{0,60}?\b(?:suffix|in\s+(?:the|its|their)\s+(?:model\s+)?names?)\b"
    r"|\b(?:versioned|dated|named)\s+by\s+(?:the\s+|their\s+|its\s+)?(?:release|snapshot)\s+date\b")
NAME_SUFFIX_DATE_RE = re.compile(r"[-_@](?:(?P<y8>20\d\d)(?P<m8>0[1-9]|1[0-2])(?P<d8>[0-3]\d)|(?P<yi>20\d\d)-"
                                 r"(?P<mi>0[1-9]|1[0-2])-(?P<di>[0-3]\d)|(?P<y4>2\d)(?P<m4>0[1-9]|1[0-2]))$")


def name_suffix_date(name: str, text: str) -> str | None:
    """The release date a model's name ends with ('x-large-2407' → 2024-07, 'x-20240620' → 2024-06-20), when
    the document says that is what the digits mean."""
    m = NAME_SUFFIX_DATE_RE.search(name.strip())
    if not m or not NAME_DATE_MEANING_RE.search(text):
        return None
    if m.group("y8"):
        return f"{m.group('y8')}-{m.group('m8')}-{m.group('d8')}"
    if m.group("yi"):
        return f"{m.group('yi')}-{m.group('mi')}-{m.group('di')}"
    return f"20{m.group('y4')}-{m.group('m4')}"
