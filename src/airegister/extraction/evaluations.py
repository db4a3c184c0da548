"""Evaluation figures stated in prose: value, unit, margin (±), condition (with/without safeguards, control
group), named after the section or lead-in label they stand under and the metric they measure.

A figure is kept only when it belongs to a described model (the sentence names it, or the document describes
one model and the sentence speaks of scores); approximate figures ("close to 100%") are not results.
"""

import re

from .evidence import Evidence
from .models import Evaluation
from .names import ModelNames
from .segment import Segmenter

PCT_RE = re.compile(
    r"(?<![\w.])(?P<value>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)"
    r"(?:\s*(?:±|\+/-|\+-)\s*(?P<margin>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|pp\b|points?\b)?)?"
)
QUALIFIER_RE = re.compile(r"(?:close\s+to|about|approximately|approx\.?|around|nearly|almost|over|more\s+than|"
                          r"less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|roughly|by|~|>|<|≈|≥|≤)\s*$", re.I)
SHARED_CONDITION_RE = re.compile(
    r"\b(with(?:out)?\s+(?:safeguards|mitigations|protections|guardrails|defen[cs]es|safety\s+training|classifiers|"
    r"(?:a\s+)?system\s+prompts?|extended\s+thinking|thinking|tools))\b", re.I)
OWN_CONDITION_RE = re.compile(r"\b(?:in\s+the\s+|for\s+the\s+)?(control\s+group|baseline|test\s+group)\b", re.I)
COMPARED_RE = re.compile(r"^\s*\(?\s*(?:compared\s+(?:to|with)|vs\.?|versus|relative\s+to|up\s+from|down\s+from)\b",
                         re.I)
METRIC_RE = re.compile(r"^\s*((?:[a-z][\w-]*\s+){0,3}?(?:score|rate|accuracy|success\s+rate|pass\s+rate|"
                       r"refusal\s+rate|win\s+rate|precision|recall))s?\b", re.I)
METRIC_ANYWHERE_RE = re.compile(r"\b((?:[a-z][\w-]*\s+)?(?:score|rate|accuracy))s?\b", re.I)
SCORE_WORDS_RE = re.compile(r"scor|rate|accura|pass|success|evaluat|benchmark|prevent|refus|harmless|attack|"
                            r"jailbreak|trial|uplift|performance|percentile|safe", re.I)
DETERMINERS = {"our", "the", "their", "its", "a", "an", "both", "models'", "model's"}


def units_of(text: str) -> list[tuple[int, int, int]]:
    """Spans (start, end, depth) of the sentence's top level and of each parenthesis."""
    spans, stack = [(0, len(text), 0)], []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            start = stack.pop()
            spans.append((start, i + 1, len(stack) + 1))
    return spans


def unit_at(units, pos: int):
    inside = [u for u in units if u[0] <= pos < u[1]]
    return max(inside, key=lambda u: u[2])


def outside_nested(text: str, unit, start: int, end: int) -> str:
    """`text[start:end]` without the parentheses nested inside `unit` (they speak of other figures)."""
    out, depth = [], 0
    for i in range(start, end):
        ch = text[i]
        if ch == "(" and i != unit[0]:
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            continue
        if depth == 0:
            out.append(ch)
    return "".join(out)


def condition_for(text: str, values: list[re.Match], index: int, units) -> str | None:
    match = values[index]
    unit = unit_at(units, match.start())
    same_unit = [v for v in values if unit_at(units, v.start()) == unit]
    later = [v for v in same_unit if v.start() > match.start()]
    stop = later[0].start() if later else unit[1]
    after = outside_nested(text, unit, match.end(), stop)
    own = OWN_CONDITION_RE.search(after)
    shared = SHARED_CONDITION_RE.search(after)
    if shared and (not own or shared.start() < own.start()):
        return shared.group(1).lower()
    if own:
        return own.group(1).lower()
    # 'A and B without safeguards': a trailing with/without condition covers every figure of its clause.
    if later:
        tail = outside_nested(text, unit, later[-1].end(), unit[1])
        shared = SHARED_CONDITION_RE.search(tail)
        if shared and not re.search(r"[.;]", text[match.end():later[-1].start()]):
            return shared.group(1).lower()
    # '89% (compared to 71% without safeguards)': the figure it is compared against states the opposite.
    following = text[match.end():stop]
    paren = following.find("(")
    if paren >= 0:
        close = text.find(")", match.end() + paren)
        inner = text[match.end() + paren:close if close > 0 else len(text)]
        shared = SHARED_CONDITION_RE.search(inner)
        if COMPARED_RE.match(inner) and shared:
            phrase = shared.group(1).lower()
            if phrase.startswith("without "):
                return "with " + phrase[len("without "):]
            return "without " + phrase[len("with "):]
    return None


def metric_of(text: str, matches: list[re.Match]) -> str | None:
    for m in matches:
        found = METRIC_RE.match(text[m.end():])
        if found:
            return strip_determiners(found.group(1))
    found = METRIC_ANYWHERE_RE.search(text)
    return strip_determiners(found.group(1)) if found else None


def strip_determiners(phrase: str) -> str:
    words = [w for w in phrase.split() if w.lower() not in DETERMINERS]
    return " ".join(words).lower()


def evaluations(seg: Segmenter, names: ModelNames, evidence: Evidence) -> dict:
    """Described model key -> its evaluations, in document order."""
    text = seg.doc.text
    out: dict = {key: [] for key in names.described}
    single = len(names.described) == 1
    for sentence in seg.sentences:
        if sentence.heading or seg.doc.blocks[sentence.block].kind in ("row", "column"):
            continue
        s = text[sentence.start:sentence.end]
        values = [m for m in PCT_RE.finditer(s) if not QUALIFIER_RE.search(s[:m.start()])]
        if not values:
            continue
        units = units_of(s)
        metric = metric_of(s, values)
        topic = seg.topic_at(sentence.start)
        name = ": ".join(p for p in (topic, metric) if p) or "Evaluation"
        for i, m in enumerate(values):
            excerpt = evidence.excerpt(sentence.start + m.start(), sentence.start + m.end())
            if not excerpt:
                continue
            condition = condition_for(s, values, i, units)
            models, specific = names.scope(sentence.start + m.end())
            if condition in ("control group", "baseline"):
                models = names.scope(sentence.start)[0] if specific else models
                mentioned = {d for mm in names.mentions_in(sentence.start, sentence.end)
                             for d in names.resolve(mm.key, s)}
                models = [d for d in names.described if d in mentioned] or models
            if not specific and not (single and SCORE_WORDS_RE.search(s)):
                continue
            for key in models:
                item = Evaluation(name, float(m.group("value")), "%", condition,
                                  float(m.group("margin")) if m.group("margin") else None, excerpt)
                if not any((e.name, e.value, e.condition) == (item.name, item.value, item.condition) for e in out[key]):
                    out[key].append(item)
    return out
