"""One small finder per field. Each returns `Hit`s: a value, where it stands, the cue that introduced it and
how explicit the statement is (rank). Which model a hit belongs to is decided afterwards (names.scope).

Cues are phrases any vendor uses ("knowledge cutoff", "context window", "licensed under"), never one
document's wording. A cue's window ends at the sentence end, or, for a bare label ("Release date"), at the
next sentence; and always at the next cue of the same kind, so a label never takes its neighbour's value.
"""

import re

from .document import Document
from .field_dates import DATE_FINDERS
from .field_developers import developers, meta_developer
from .field_meta import meta_modalities
from .field_surfaces import surfaces
from .finder import LABEL, PHRASE, WEAK, Finder, Hit
from .scan import Gated
from .segment import Segmenter
from .tables import (
    TRAINING_HEADER_RE,
    cell_start,
    column_values,
    find_tables,
    key_value_rows,
    transposed_values,
)
from .values import (
    DATE_RE,
    HF_LICENSES,
    MODALITY_RE,
    MODALITY_WORDS,
    PARAM_VALUE_RE,
    TOKEN_COUNT_RE,
    find_license,
    modalities,
    parse_date,
    parse_params,
    parse_tokens,
)

# -- dates ------------------------------------------------------------------------------------------------------
DATE_CUES = Gated(re.compile(
    # 'We released the 7B and 70B models without vocabulary expansion on January 26th, 2024': the object between
    # verb and date says which models; less explicit than a 'Release date' label naming its model.
    r"(?P<release_object>(?:first\s+|publicly\s+)?released\s+[^.;:\n]{0,100}?\s(?:on|in)\s+(?=\d|(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))"
    # 'Model Date' as a label or heading (model-card template): the date the model came out
    r"|(?P<release>release\s*date|date\s+of\s+release|model\s+date(?=\s*(?::|\n|$))|"
    r"(?:first\s+|publicly\s+)?released(?:\s+(?:on|in))?|(?:initial\s+|first\s+)?release(?=\s*[:：])|"
    r"launch(?:ed)?(?:\s+(?:date|on|in))?|general\s+availability(?:\s+date)?|availability\s+date)"
    r"|(?P<training>(?:pre-?)?training[\s-]*data[\s-]*cut[\s-]*off(?:\s+date)?|(?:pre-?)?training\s+cut[\s-]*off"
    r"(?:\s+date)?|data\s+cut[\s-]*off(?:\s+date)?|data\s+freshness|(?:pre-?)?training\s+data\s+(?:has|have|with)\s+"
    r"an?\s+cut[\s-]*off(?:\s+date)?|data(?:set)?\s+with\s+(?:an?\s+)?cut[\s-]*off(?:\s+date)?|trained\s+on\s+data\s+"
    r"(?:up\s+to|through|until)|(?:pre-?)?training\s+data\s+(?:up\s+to|through|until|as\s+of)|\bdata\s+(?:up\s+to|through|until)"
    r"|(?:pre-?)?trained\s+on\s+[^.;:]{0,120}?\b(?:as\s+of|up\s+to|through|until))"
    r"|(?P<knowledge>(?:reliable\s+)?knowledge[\s-]*cut[\s-]*off(?:\s+date)?|cut[\s-]*off\s+(?:date\s+)?(?:for|of)\s+"
    r"(?:its\s+|the\s+model['’]s\s+)?knowledge|knowledge\s+(?:up\s+to|through|until|as\s+of))"
    r"|(?P<cutoff>cut[\s-]*off(?:\s+date)?)"
    r"|(?P<stop>last\s+updated|updated(?:\s+on)?|trained\s+(?:between|in|during|from)|training\s+(?:period|dates?)|"
    r"published|retire(?:d|ment)|deprecat\w+|©|copyright)",
    re.I,
), "release|initial|date|model|first|public|launch|general|availab|pre|train|data|reliab|knowledge|cut|last|updat|"
   "publish|retir|deprecat|copyright|©")


BASE_MODEL_SUBJECT_RE = re.compile(
    r"(?:\b(?:fine-?tuned|trained|built|based|initiali[sz]ed|derived|distilled|adapted)\s+(?:from|on|upon)\s+[^.;]{1,80}?"
    r"(?:,\s*|\s+)(?:which|that)\s+|\b(?:the|its|our|their)\s+(?:base|parent|teacher|original|underlying)\s+models?\s+)"
    r"(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?(?:first\s+|publicly\s+)?$", re.I)
VERB_CUE_RE = re.compile(r"(?:(?:first|publicly)\s+)?(?:released|launched)\b(?!\s*[:：])", re.I)
CUTOFF_AFTER_DATE_RE = Gated(re.compile(r"\s(?:knowledge|training[\s-]data)\s+cut[\s-]*off", re.I), r"\s(?:kn|tr)")


def first_date(text: str, start: int, end: int):
    m = DATE_RE.search(text, start, end)
    if m:
        value = parse_date(m)
        if value:
            return value, m.start(), m.end()
    return None


def dates(f: Finder) -> list[Hit]:
    finders = {
        "release": ("release_date", first_date, LABEL),
        "release_object": ("release_date", first_date, PHRASE),
        "training": ("training_data_cutoff", first_date, LABEL),
        "knowledge": ("knowledge_cutoff", first_date, LABEL),
        "cutoff": ("knowledge_cutoff", first_date, WEAK),
    }
    hits = f.cued(DATE_CUES, finders, gap=50)
    # 'ChemLLM arXiv preprint released … [2024-2-10]': a paper's, a demo's or a dataset's release, not the model's
    # ('We released the paper and the demo on …': the object between verb and date, too.)
    hits = [h for h in hits if h.field != "release_date" or not (
        NOT_A_MODEL_NEWS_RE.search(f.text, max(f.seg.at(h.cue).start, h.cue - 40), max(h.cue, h.start))
        or NOT_A_MODEL_SUBJECT_RE.search(f.text, max(f.seg.at(h.cue).start, h.cue - 40), h.cue))]
    # 'X is fine-tuned from Y, which was released on …', 'The base model was released …': the date of another model.
    hits = [h for h in hits if h.field != "release_date"
            or not BASE_MODEL_SUBJECT_RE.search(f.text, f.seg.at(h.cue).start, h.cue)]
    # '- X 2.0 released' closing its line: a verb, not a label, so the next line's date ('- 2024/09') is not its.
    hits = [h for h in hits if h.field != "release_date" or f.seg.at(h.cue).block == f.seg.at(h.start).block
            or not VERB_CUE_RE.match(f.text, h.cue)]
    for h in hits:  # 'released <object> on <date>': the object's models only, never every model by default
        h.needs_scope = h.needs_scope or (h.field == "release_date" and h.rank == PHRASE)
    hits += [extra for h in hits if h.field != "release_date" for extra in per_size_dates(f, h)]
    # 'a January 2025 knowledge cutoff': the date stands just before the cue.
    for cue in f.scan(CUTOFF_AFTER_DATE_RE):
        before = f.text[max(0, cue.start() - 24):cue.start()]
        date = next(reversed(list(DATE_RE.finditer(before))), None)
        if date and date.end() == len(before) and parse_date(date):
            field = "knowledge_cutoff" if "knowledge" in cue.group(0).lower() else "training_data_cutoff"
            start = cue.start() - len(before) + date.start()
            hits.append(Hit(field, parse_date(date), start, start + len(date.group(0)), start, PHRASE))
    return hits


# (A dot inside a version, 'Qwen2.5 released', does not end the clause.)
NEWS_VERB_RE = re.compile(r"(?:[^.\n]|\.(?=\w)){0,60}?\b(?:release[sd]?|releasing|unveil(?:s|ed)?|"
                          r"open[\s-]?sourc(?:e|ed|es|ing)|launch(?:ed|es)?|upload(?:s|ed)?|introduc(?:e|ed|es|ing)|publish(?:ed|es)?|"
                          r"(?:is|are)\s+(?:now\s+)?(?:available|out)|available\s+(?:on|at|in|via|from|for\s+download))\b",
                          re.I)


TRAILING_DATE_RE = re.compile(r"[\[(]\s*(?P<date>(?:19|20)\d\d[-./]\d{1,2}(?:[-./]\d{1,2})?)\s*[\])]\W{0,3}$")
RELEASED_RE = re.compile(r"\b(?:released|open[\s-]?sourced|launched|(?:is|are)\s+(?:now\s+)?(?:available|out))\b",
                         re.I)
# 'the training data released in March 2023', 'The code was released on …': the subject of the verb is not a model.
NOT_A_MODEL_SUBJECT_RE = re.compile(r"\b(?:data|corpus|code(?:\s*base)?|library|toolkit|app|sdk)\s+(?:(?:was|were|is|"
                                    r"are|has\s+been|have\s+been|first|publicly)\s+){0,2}$", re.I)
NOT_A_MODEL_NEWS_RE = re.compile(r"\b(?:paper|preprint|arxiv|technical\s+report|blog|featured|dataset|benchmark|demo|"
                                 r"leaderboard)\b", re.I)


def news_dates(f: Finder) -> list[Hit]:
    """A dated news line ('April 27, 2025: We release the weights of X-7B') states the release of the model it
    names (and of no other: a line naming none is dropped when the document describes several)."""
    hits = []
    for block in f.doc.blocks:
        if block.kind not in ("item", "text", "label", "heading"):  # '### 2024-05-01: X-7B released'
            continue
        lead = re.match(r"[\W_]{0,6}", f.text[block.start:block.start + 6])
        at = block.start + (lead.end() if lead else 0)
        date = DATE_RE.match(f.text, at, block.end)
        if not date or not parse_date(date):
            trailing = TRAILING_DATE_RE.search(f.text, block.start, block.end)
            # '- X-1.5 released! Two versions are available … [2024-4-2]': the date closes the line
            if trailing and RELEASED_RE.search(f.text, at, min(block.end, at + 100)) \
                    and not NOT_A_MODEL_NEWS_RE.search(f.text, block.start, trailing.start()):
                found = DATE_RE.match(f.text, trailing.start("date"))
                hits.append(Hit("release_date", parse_date(found), found.start(), found.end(), block.start, PHRASE,
                                needs_scope=True))
                if f.seg.index_at(found.start()) != f.seg.index_at(at):
                    # '- X-1.5 released! Two versions: X-1.5-A or X-1.5-B.[2024-4-2]': the sentence the date
                    # closes may name the models one by one where the line's first sentence names their family.
                    hits.append(Hit("release_date", parse_date(found), found.start(), found.end(), found.start(),
                                    PHRASE, needs_scope=True))
            continue
        rest = re.match(r"[\s\]\)*:：,\-–—|]{1,8}", f.text[date.end():date.end() + 8])
        if not rest:
            continue
        verb = NEWS_VERB_RE.match(f.text, date.end() + rest.end(), block.end)
        if verb and not PAPER_OBJECT_RE.match(f.text, verb.end()):
            hits.append(Hit("release_date", parse_date(date), date.start(), date.end(), date.start(), PHRASE,
                            needs_scope=True))
        # '2024.03.25 We update the checkpoints of X. We upload X-AWQ.': a later sentence of the dated line that
        # releases something dates the models it names, not those of the line's first sentence.
        first = f.seg.index_at(date.start())
        for sentence in f.seg.sentences[first + 1:]:
            if sentence.start >= block.end:
                break
            verb = NEWS_VERB_RE.match(f.text, sentence.start, sentence.end)
            if verb and not PAPER_OBJECT_RE.match(f.text, verb.end()):
                hits.append(Hit("release_date", parse_date(date), date.start(), date.end(), sentence.start, PHRASE,
                                needs_scope=True))
    return hits


# 'We have released the technical report': the release of a paper, a dataset or a demo, not of a model.
PAPER_OBJECT_RE = re.compile(r"\s+(?:(?:the|our|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:paper|preprint|arxiv|"
                             r"technical\s+report|report|blog|dataset|benchmark|demo|leaderboard)\b", re.I)


FOR_SIZE_RE = re.compile(r"\s*for\s+(?:the\s+)?\d+(?:\.\d+)?\s*[BMT]\b")


def per_size_dates(f: Finder, hit: Hit) -> list[Hit]:
    """'a cutoff of March 2023 for the 8B and December 2023 for the 70B': each further date-for-a-size of the
    sentence is a hit of its own (which model it belongs to is read from the size after it)."""
    if not FOR_SIZE_RE.match(f.text, hit.end):
        return []
    out = []
    sentence_end = f.seg.at(hit.start).end
    for m in DATE_RE.finditer(f.text, hit.end, sentence_end):
        value = parse_date(m)
        if value and FOR_SIZE_RE.match(f.text, m.end()):
            out.append(Hit(hit.field, value, m.start(), m.end(), hit.cue, hit.rank))
    return out


# -- numbers: context window and parameters -----------------------------------------------------------------------
NUMBER_CUES = Gated(re.compile(
    r"(?P<stop>(?:max(?:imum)?\s+)?output(?:\s+tokens?|\s+length|\s+limit)?|generation(?:\s+length)?|"
    r"training\s+tokens|tokens?\s+count|trained\s+on|(?:active|activated)\s+param(?:eter)?s|non-embedding|"
    r"vocab(?:ulary)?(?:\s+size)?|hidden\s+size|embedding|layers|heads|batch\s+size)"
    r"|(?P<context>context[\s-]+(?:windows?(?:\s+size)?|length|size|len)(?:\s+\(in\s+tokens\))?|(?:max(?:imum)?\s+)?"
    r"sequence\s+length|max(?:imum)?\s+input(?:\s+tokens?|\s+length)?|input\s+(?:token\s+)?limit|"
    r"max_position_embeddings|n_ctx)"
    r"|(?P<context_weak>context)"
    r"|(?P<params>(?:total\s+)?(?:number\s+of\s+)?param(?:eter)?s(?:\s+count)?|model\s+size|\bsize)",
    re.I,
), "max|output|generation|train|token|activ|non-embedding|vocab|hidden|embedding|layers|heads|batch|context|"
   "sequence|input|n_ctx|total|number|param|model|size")
CONTEXT_BEFORE_RE = Gated(re.compile(
    r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[KkMm])\s*-?\s*(?:tokens?\s*-?\s*)?(?:long\s+)?(?:context|sequence\s+length)"
    r"(?!\w)"
    r"|(?<![\w.,])(?P<big>\d{1,3}(?:,\d{3})+|\d{4,8})\s*-?\s*tokens?\s*(?:of\s+)?(?:long\s+)?context(?!\w)"
), r"[0-9]")
# 'a 7B parameter model', 'a 1.3B Parameter Model' (title case)
PARAMS_BEFORE_RE = Gated(re.compile(PARAM_VALUE_RE.pattern
                                    + r"\s*(?:-\s*)?(?i:(?:total\s+)?param(?:eter)?s?)(?![a-z])"), r"[0-9]")


TOKENS_AFTER_CUE_RE = re.compile(TOKEN_COUNT_RE.pattern.replace(r"(?<![\w.])", r"(?<![\d.,])", 1))


def first_tokens(text: str, start: int, end: int):
    origin = None  # 'from 4K to 128K': the value it is now, its span starting at the old one
    for m in TOKENS_AFTER_CUE_RE.finditer(text, start, end):
        if origin is None and re.search(r"\bfrom\s*$", text[max(start, m.start() - 8):m.start()]) \
                and re.match(r"\s*to\s", text[m.end():end]):
            origin = m.start()
            continue
        if STRETCHED_TO_RE.search(text[start:m.start()]):
            continue  # '4K sequence length and can be extended to 32K': how far it stretches, not its length
        if re.match(r"\s*(?:[BbTt](?![a-z])|billion|trillion|%|x\b|times|layers|heads|dimensions|characters|"
                    r"chars\b|words|pages|lines)|[/.\-]\d", text[m.end():m.end() + 12]):
            continue  # a size, a ratio, a date ('2023/11/06'), or a length in characters: not a token count
        if re.search(r"\(\s*$", text[max(start, m.start() - 3):m.start()]) \
                and re.match(r"\s+(?:tokens?\s+)?for\s", text[m.end():m.end() + 12]):
            continue  # '… context length (128K for X-8B)': one model's exception, read by `excepted_lengths`
        if TOKEN_LIST_AFTER_RE.match(text, m.end()) or TOKEN_LIST_BEFORE_RE.search(text, max(start, m.start() - 16),
                                                                                    m.start()):
            return None  # '2K and 32K context length versions': one value per version, none for them all
        value = parse_tokens(m)
        if value:
            return value, m.start() if origin is None else origin, m.end()
    return None


STRETCHED_TO_RE = re.compile(r"\b(?:extend\w*|extrapolat\w*|scal\w*|expand\w*)\s+(?:up\s+)?to\s*$", re.I)
TOKEN_LIST_AFTER_RE = re.compile(r"\s*(?:,|/|and|or|&)\s*\d+(?:\.\d+)?\s*[KkMm]\b")
TOKEN_LIST_BEFORE_RE = re.compile(r"\b\d+(?:\.\d+)?\s*[KkMm]\s*(?:,|/|and|or|&)\s*$")


PARAM_AFTER_CUE_RE = re.compile(PARAM_VALUE_RE.pattern.replace(r"(?<![\w.])", r"(?<![\d.])", 1))


ACTIVE_AFTER_RE = re.compile(r"\s*\(?\s*(?:activ|active\b|per\s+token)", re.I)


def first_params(text: str, start: int, end: int):
    # A mixture's active count ('17B (Activated)', '37B activated for each token') is not its size.
    for m in PARAM_AFTER_CUE_RE.finditer(text, start, end):
        if re.match(r"\s*(?:tokens?|words|bytes|images|hours|samples|examples|steps|\+)", text[m.end():m.end() + 12]):
            return None
        if ACTIVE_AFTER_RE.match(text, m.end()):
            continue
        value = parse_params(m)
        if 10**6 <= value <= 10**13:
            return value, m.start(), m.end()
        return None
    return None


def numbers(f: Finder) -> list[Hit]:
    finders = {
        "context": ("context_window", first_tokens, LABEL),
        "context_weak": ("context_window", first_tokens, PHRASE),
        "params": ("parameters", first_params, LABEL),
    }
    hits = [h for h in f.cued(NUMBER_CUES, finders, gap=40)]
    hits = [h for h in hits if not (h.field == "parameters" and h.value and h.start - h.cue > 30)]
    for m in f.scan(CONTEXT_BEFORE_RE):
        if TOKEN_LIST_BEFORE_RE.search(f.text, max(0, m.start() - 16), m.start()):
            continue  # '2K and 32K context length versions': one value per version, none for them all
        value = parse_tokens(m)
        if value:
            hits.append(Hit("context_window", value, m.start(), m.end(), m.start(), PHRASE))
    for m in f.scan(PARAMS_BEFORE_RE):
        before = f.text[max(0, m.start() - 25):m.start()]
        if re.search(r"(?:activ\w*|embedding)\s*$|\b(?:from|to|between|and|up\s+to)\s+[\d.,]*\s*[BMT]?\s*$", before,
                     re.I):
            continue  # active parameters of a mixture, or one end of a range of sizes
        value = parse_params(m)
        if 10**6 <= value <= 10**13:
            hits.append(Hit("parameters", value, m.start(), m.end(), m.start(), PHRASE))
    hits += [extra for h in hits if h.field == "context_window" for extra in excepted_lengths(f, h)]
    return [h for h in hits if not (h.field == "context_window" and (in_training_table(f, h.start)
                                                                     or pretraining_length(f.text, h.cue)))]


EXCEPTION_AFTER_RE = re.compile(r"[^()]{0,120}?\(\s*(?P<value>\d+(?:\.\d+)?\s*[KkMm])\s+(?:tokens?\s+)?for\s+(?=\S)")


def excepted_lengths(f: Finder, hit: Hit) -> list[Hit]:
    """'32K token context length … (128K for X-8B)': the parenthesis states X-8B's own length (whose model it is
    is read from the name after 'for'); the length before it is the others'."""
    m = EXCEPTION_AFTER_RE.match(f.text, hit.end, f.seg.at(hit.start).end)
    value = parse_tokens(TOKEN_COUNT_RE.match(m.group("value"))) if m else None
    return [Hit("context_window", value, m.start("value"), m.end("value"), m.start("value"), hit.rank)] if value else []


# 'Pretrained Context Length: 2K' (beside a 'Claimed Context Length: 16K'): the length the base was pre-trained at.
PRETRAINING_BEFORE_RE = re.compile(r"\bpre-?train(?:ed|ing)?\s*$", re.I)


def pretraining_length(text: str, cue: int) -> bool:
    return bool(PRETRAINING_BEFORE_RE.search(text, max(0, cue - 16), cue))


def in_training_table(f: Finder, pos: int) -> bool:
    """`pos` stands in a row of a table of training settings (batch size, GPUs, strategy)."""
    block = f.doc.blocks[f.seg.at(pos).block]
    return block.kind == "row" and any(TRAINING_HEADER_RE.search(h) for h in block.header)


# -- licence ----------------------------------------------------------------------------------------------------------
WORD_START = r"(?:\b|(?<=[a-z])(?=[A-Z]))"  # a word's start, also where dumped page text runs words together
LICENSE_CUES = Gated(re.compile(
    rf"(?P<label>{WORD_START}licen[sc]e(?:\s+(?:type|name))?\s*(?::|-|–|$))"
    r"|(?P<phrase>licen[sc]ed\s+(?:under|as)|(?:released|available|distributed|provided|offered|made\s+available)\s+"
    r"(?:publicly\s+)?under|under\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?(?=[A-Z][\w.\-]*\s+(?:[\w.\-]+\s+){0,4}"
    r"(?:License|Licence)))"
    r"|(?P<subject>(?:use|usage)\s+of\s+[^.;]{0,80}?\bsubject\s+to)",
    re.I | re.M,
), 'licen|release|availab|distribut|provid|offer|made|under|us')


# 'comply with the Apache 2.0 License and the Kestrel Models Community License': a licence named for the models
# beside a general one (which covers the code) is the models' own.
MODEL_LICENSE_RE = re.compile(r"(?:\s+Licen[sc]e)?,?\s+(?:and|&|as\s+well\s+as)\s+(?:the\s+)?[\"“]?"
                              r"((?:[A-Z][\w.\-]*\s+){0,4}Models?\s+(?:[A-Z][\w.\-]*\s+){0,2}License(?:\s+Agreement)?)")


def license_in(text: str, start: int, end: int):
    found = find_license(text[start:end])
    if found:
        value, a, b = found
        own = MODEL_LICENSE_RE.match(text, start + b, end)
        if own and not re.search(r"\bmodels?\b", value, re.I):
            return own.group(1), own.start(1), own.end(1)
        return value, start + a, start + b
    return None


ITEM_LICENSE_HEAD_RE = re.compile(r"((?:[\w.\-]+[ \t]+){1,5}licen[sc]e)[ \t]*:", re.I)
GENERIC_LICENSE_HEAD_RE = re.compile(r"(?:(?:model|code|weights?|software|data|open|source|our|the)\s+)+licen[sc]e",
                                     re.I)
PAREN_LICENSE_RE = re.compile(r"(?<=[\w\])])\s*\(\s*([A-Za-z][\w.\- ]{1,40}?)\s*\)")
CODE_SUBJECT_RE = re.compile(r"\b(?:code|code\s*base|repository|repo|software|source|library|package|toolkit|"
                             r"scripts?)\b", re.I)
# 'Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file…': a file's header.
FILE_LICENSE_RE = re.compile(r"\(the\s+[\"“]License[\"”]\)|\bthis\s+file\b", re.I)


BARE_LABEL_RE = re.compile(r"licen[sc]e(?:\s+(?:type|name))?[ \t]*(?:\n|$)", re.I)
# What may stand before a bare 'License' label on its line: markup, or a word naming what it licenses.
LABEL_LINE_START_RE = re.compile(r"[^\w\n]*(?:(?:the|model|our|weights?)\s+)*[^\w\n]*$", re.I)


def bare_label_in_line(text: str, cue: int) -> bool:
    """A cue read as a label only because a line ends after 'License', with other words before it on the line."""
    if not BARE_LABEL_RE.match(text, cue):
        return False
    line_start = text.rfind("\n", 0, cue) + 1
    return not LABEL_LINE_START_RE.fullmatch(text, line_start, cue)


def licenses(f: Finder) -> list[Hit]:
    hits = f.cued(LICENSE_CUES, {"label": ("license", license_in, LABEL), "phrase": ("license", license_in, PHRASE),
                                 "subject": ("license", license_in, PHRASE)}, gap=90)
    # 'OpenChat series: LLaMA License⏎OpenCoder series: X': a licence's name ending a line is no label of the next.
    hits = [h for h in hits if not bare_label_in_line(f.text, h.cue)]
    # 'This code repository is licensed under MIT': the code's licence, not the model's.
    code = {h.value for h in hits if CODE_SUBJECT_RE.search(f.text, f.seg.at(h.cue).start, h.cue)
            and not re.search(r"\bmodel|weights", f.text[f.seg.at(h.cue).start:h.cue], re.I)}
    hits = [h for h in hits if not (CODE_SUBJECT_RE.search(f.text, f.seg.at(h.cue).start, h.cue)
                                    and not re.search(r"\bmodel|weights", f.text[f.seg.at(h.cue).start:h.cue], re.I))
            and not FILE_LICENSE_RE.search(f.text, f.seg.at(h.cue).start, f.seg.at(h.end - 1).end + 60)]
    for m in re.finditer(r"(?<![\w-])(?:[A-Z][\w.\-]*\s+|\d+(?:\.\d+)*\s+){1,4}(?:Community|Open\s+(?:Model|Weights?))"
                         r"\s+License(?:\s+Agreement)?", f.text):
        hits.append(Hit("license", m.group(0).strip(), m.start(), m.end(), m.start(), WEAK))
    for block in f.doc.blocks:  # '- **Permissive Apache 2.0 license:** Build freely …': a highlight headed by it
        head = ITEM_LICENSE_HEAD_RE.match(f.text, block.start, block.end) if block.kind == "item" else None
        found = find_license(head.group(1)) if head else None
        if found and not GENERIC_LICENSE_HEAD_RE.fullmatch(found[0]):  # '- **Model License**: …' is a label
            start = block.start + found[1]
            hits.append(Hit("license", found[0], start, start + found[2] - found[1], block.start, PHRASE))
    for m in PAREN_LICENSE_RE.finditer(f.text):  # 'X-7B-multi (Apache-2.0)': the licence of the name before it
        found = find_license(m.group(1))
        if found and found[1] == 0 and found[2] == len(m.group(1)):
            hits.append(Hit("license", found[0], m.start(1), m.end(1), m.start(), PHRASE, needs_scope=True))
    meta = f.doc.meta
    lic = str(meta.get("license", "")).strip().lower()
    if lic and lic != "other" and "license" in f.doc.meta_lines:
        name = HF_LICENSES.get(lic)
        if name and name not in code:  # a card whose prose gives this licence to its code leaves the weights' open
            hits.append(Hit("license", name, 0, 0, 0, PHRASE, excerpt=f.doc.meta_lines["license"]))
    elif lic == "other" and isinstance(meta.get("license_name"), str) and "license_name" in f.doc.meta_lines:
        name = meta["license_name"].strip()
        hits.append(Hit("license", HF_LICENSES.get(name.lower(), name), 0, 0, 0, WEAK,
                        excerpt=f.doc.meta_lines["license_name"]))
    return hits


# -- modalities -------------------------------------------------------------------------------------------------------
MOD = MODALITY_RE.pattern
MOD_WORD = "|".join(pattern for pattern, _name in MODALITY_WORDS)
PAREN = r"(?:\s*\([^()]{0,80}\))?"
MODLIST = (
    rf"(?:(?:both|either|only|multilingual|natural[\s-]language)\s+)?{MOD}{PAREN}"
    rf"(?:\s*(?:,|and|or|&|/|\+|,\s*and|,\s*or)\s*(?:multilingual\s+)?{MOD}{PAREN})*"
)
# A labelled list runs to its sentence's end, never into the next label ('Input: text. Output: text').
LABEL_LIST = r"(?:(?!(?:in|out)puts?\b)(?:[^.;|\n]|\.(?!\s+[A-Z]|\s*$))){0,200}"
FILLER = r"(?:(?:any|a)\s+(?:combination|mix|mixture)\s+of\s+)?"
# The words a modality list can start with (where the gated scans try the list patterns).
MOD_STARTS = "both|either|only|multilingual|natural|text|code|image|vision|visual|photo|picture|screenshot|" \
    "audio|speech|voice|sound|spoken|video"
MODALITY_PATTERNS = (
    (Gated(re.compile(rf"(?P<dir>input|output)s?(?:\s+(?:modalit(?:y|ies)|types?|formats?|data))?\s*(?:\(s\))?"
                      rf"[ \t]*[:\-–\n]\s*(?P<list>{LABEL_LIST})", re.I), "input|output"), LABEL),
    (Gated(re.compile(rf"(?P<dir>input|output)\s+modalit(?:y|ies)(?P<list>{LABEL_LIST})", re.I), "input|output"),
     LABEL),
    (Gated(re.compile(rf"(?P<list>{MODLIST})\s*(?:-\s*)?(?:as\s+)?(?P<dir>inputs?|outputs?)\b", re.I), MOD_STARTS),
     PHRASE),
    (Gated(re.compile(rf"(?P<list>{MODLIST})[\s-]*in\s*[/,]\s*(?P<list2>{MODLIST})[\s-]*out\b", re.I), MOD_STARTS),
     PHRASE),
    (Gated(re.compile(rf"(?P<verb_in>accepts?|takes?|processes|understands?|reads?|receives?|supports?|"
                      rf"(?<=models\s)input|(?<=model\s)inputs)\s+(?:as\s+inputs?\s+)?"
                      rf"{FILLER}(?P<list>{MODLIST})(?!\s*(?:-\s*)?(?:as\s+)?outputs?)", re.I),
           "accept|take|process|understand|read|receive|support|input"), WEAK),
    (Gated(re.compile(rf"(?P<verb_out>outputs?|generates?|produces?|returns?|responds?\s+with|emits?|writes?)\s+"
                      rf"(?:only\s+)?{FILLER}(?P<list>{MODLIST})", re.I),
           "output|generat|produc|return|respond|emit|writ"),
     WEAK),
    # 'transcribing speech audio into the text', 'converts text into speech': what goes in, what comes out.
    (Gated(re.compile(rf"(?:transcrib|convert|turn|translat|synthesi[sz])\w*\s+(?P<list>{MODLIST}(?:\s+{MOD})?)\s+(?:in)?to\s+"
                      rf"(?:the\s+)?(?P<list2>{MODLIST})", re.I), "transcrib|convert|turn|translat|synthesi"), PHRASE),
    # 'text-to-video diffusion models', 'a text to speech model': the compound's words touch hyphens, so the
    # list patterns' own word boundaries cannot be used here.
    # A sentence's, not a heading's or a table section's ('Text-to-text Models' over rows of every kind).
    (Gated(re.compile(rf"(?<![\w-])(?P<compound>(?P<list>(?:{MOD_WORD})(?:-(?:{MOD_WORD}))*)[- ]to[- ]"
                      rf"(?P<list2>{MOD_WORD}))(?![\w])(?=[^.\n|]{{0,60}}?\b(?:models?|LLMs?|generat\w*|decoder|"
                      rf"transformers?|systems?|engines?)\b)", re.I), MOD_STARTS), PHRASE),
)
# 'a TTS model', 'an ASR system', 'trained … for TTS (text-to-speech)': the abbreviation, said of a model or spelled
# out beside it, states what goes in and what comes out.
ABBREVIATED_MODALITIES = {"tts": (["text"], ["audio"]), "asr": (["audio"], ["text"]), "stt": (["audio"], ["text"])}
ABBREVIATION_RE = Gated(re.compile(r"\b(TTS|ASR|STT)(?:\s+(?:[\w-]+\s+){0,2}?(?:models?|systems?|engines?)\b|"
                                   r"\s*\((?i:text|speech|automatic\s+speech)[\w\s-]{0,30}\))"),
                        "tts|asr|stt")


OTHER_MODELS_BEFORE_RE = re.compile(r"\b(?:see|check\s+out|try)\s+(?:also\s+)?(?:our|the)\s+(?:other\s+)?$", re.I)


# A bare verb ('generates text') states a modality only when a model (or a pronoun for one) is its subject.
MODEL_SUBJECT_RE = re.compile(r"\b(?i:models?|llms?|it|they)\b|\b[A-Z][\w.\-]*\d[\w.\-]*\b|\b[A-Z][a-z]+[A-Z]\w*"
                              r"|\b[A-Z]\w+\s+(?:can|could|will|may|does|also|only)\b")
# '… a processing framework [LLMxMapReduce] to support text': the verb's subject is a tool, not a model.
TOOL_PURPOSE_RE = re.compile(r"\b(?:framework|library|toolkit|tool|pipeline|method|approach|script|package|repository|"
                             r"plugin|engine)s?\b[^.;]{0,80}\bto\s*$", re.I)
# A list ends at a relative clause too ('semantic tokens that encode the audio': the audio is not what comes out).
LIST_END_RE = re.compile(r"\b(?:including|such\s+as|e\.g\.|like|via|with|for|to|from|in\s+the\s+form|that|which)\b",
                         re.I)


ANY_KIND_BEFORE_RE = re.compile(r"\b(?:any|every|other|such|all|most|many)\s+$", re.I)


def modality_span(text: str, offset: int) -> tuple[list[str], int, int]:
    """Modalities named in a list, skipping parentheses and stopping at 'including', 'such as', 'via'…;
    with the span from the first to the last one counted (the excerpt needs no more)."""
    masked = list(text)
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        if depth:
            masked[i] = " "
        if ch == ")" and depth:
            depth -= 1
    masked = "".join(masked)
    stop = LIST_END_RE.search(masked)
    masked = masked[:stop.start()] if stop else masked
    found = list(MODALITY_RE.finditer(masked))
    if not found:
        return [], offset, offset
    return modalities(masked), offset + found[0].start(), offset + found[-1].end()


def modality_hits(f: Finder) -> list[Hit]:
    hits = []
    for pattern, rank in MODALITY_PATTERNS:
        for m in f.scan(pattern):
            groups = m.groupdict()
            # A list ends with its sentence (run-together page text has no full stop before the next block).
            stop = f.seg.at(m.start("list")).end if m.end("list") > m.start("list") else m.end("list")
            lists, start, end = modality_span(f.text[m.start("list"):min(m.end("list"), stop)], m.start("list"))
            if groups.get("compound") and f.doc.blocks[f.seg.at(m.start()).block].kind not in ("text", "item"):
                continue
            if groups.get("compound") and ANY_KIND_BEFORE_RE.search(f.text, max(0, m.start() - 12), m.start()):
                continue  # 'any text to audio model has the potential for misuse': the kind, not this model
            if groups.get("list2"):
                if not lists:  # 'text-image-to-video': the hyphens hide the words from the list reader
                    lists, start, end = modality_span(groups["list"].replace("-", " "), m.start("list"))
                hits.append(Hit("input_modalities", lists, start, end, m.start(), rank))
                outs, a, b = modality_span(groups["list2"], m.start("list2"))
                hits.append(Hit("output_modalities", outs, a, b, m.start(), rank))
                continue
            if groups.get("dir"):
                field = "input_modalities" if groups["dir"].lower().startswith("in") else "output_modalities"
            else:
                field = "input_modalities" if groups.get("verb_in") else "output_modalities"
                sentence = f.seg.at(m.start())
                if not MODEL_SUBJECT_RE.search(f.text, sentence.start, m.start()):
                    continue  # 'use the library to generate text': a verb whose subject is not a model
                if TOOL_PURPOSE_RE.search(f.text, sentence.start, m.start()):
                    continue  # 'a framework [X] to support text of any length': a tool's purpose, not a model's input
            if lists:
                hits.append(Hit(field, lists, start, end, m.start(), rank))
    for m in f.scan(ABBREVIATION_RE):
        if OTHER_MODELS_BEFORE_RE.search(f.text, max(0, m.start() - 30), m.start()):
            continue  # '(also see our STT models)': other models of the maker, not this one
        ins, outs = ABBREVIATED_MODALITIES[m.group(1).lower()]
        hits.append(Hit("input_modalities", ins, m.start(1), m.end(1), m.start(), WEAK))
        hits.append(Hit("output_modalities", outs, m.start(1), m.end(1), m.start(), WEAK))
    return [h for h in hits if h.value]


# -- safety level -----------------------------------------------------------------------------------------------------
LEVEL_RE = Gated(re.compile(r"\bASL[\s-]?(?P<n>\d)\b|\bAI\s+Safety\s+Level[\s-]?(?P<m>\d)\b"), "asl|ai")
LEVEL_BEFORE_RE = re.compile(r"(?:\bunder\s+(?:the\s+|an?\s+)?|safety\s+level\s*:?\s*|\b(?:is|as)\s+(?:an?\s+)?"
                             r"|deployed\s+(?:at|with)\s+(?:the\s+)?)$", re.I)
LEVEL_NEGATIVE_RE = re.compile(r"below|threshold|rule\s+out|need\s+for|beyond|above|approach|previous|than|"
                               r"not\s+(?:require|meet|reach)", re.I)


def safety_levels(f: Finder) -> list[Hit]:
    hits = []
    for m in f.scan(LEVEL_RE):
        sentence = f.seg.at(m.start())
        before = f.text[max(sentence.start, m.start() - 80):m.start()]
        clause = re.split(r"[,;(]", before)[-1]
        if not LEVEL_BEFORE_RE.search(before) or LEVEL_NEGATIVE_RE.search(clause):
            continue
        value = f"ASL-{m.group('n') or m.group('m')}"
        hits.append(Hit("safety_level", value, m.start(), m.end(), m.start(), LABEL, needs_scope=True))
    return hits


ANNOUNCE_RE = re.compile(r"\b(?:today|now)\b[^.]{0,40}?\b(?:announc|releas|launch|introduc|unveil|availab)\w*|"
                         r"\b(?:is|are)\s+(?:now\s+)?out\b(?!\s+of\b)|"
                         r"\b(?:we\s+are|we['’]re)\s+(?:excited|pleased|proud|thrilled)\s+to\s+(?:announce|release|"
                         r"launch|introduce)", re.I)


def dateline(f: Finder) -> list[Hit]:
    """An announcement dated at its top ('July 24, 2024 · … Today, we are announcing X') states X's release."""
    announces = list(ANNOUNCE_RE.finditer(f.text[:6000]))
    if not announces:
        return []
    # The date stands above the announcing text; a title that announces ('X-4 is out') may stand above the date.
    body = [a.start() for a in announces if f.doc.blocks[f.seg.at(a.start()).block].kind != "heading"]
    limit = body[0] if body else 6000
    # Near the page's title: a web page's navigation may come before it ('Products · Research · …').
    title = next((i for i, b in enumerate(f.doc.blocks[:80]) if b.kind == "heading" and b.level == 1), 0)
    for block in f.doc.blocks[max(0, title - 3):title + 12]:
        if block.start > limit:
            break
        line = f.text[block.start:block.end]
        date = DATE_RE.search(line)
        # '- 2023-12-06: Try X in the chat UI': a dated news line (news_dates reads those), not the page's date
        news = date and re.match(r"\s*[:：]\s*\w", line[date.end():])
        if date and not news and len(line) <= 80 and parse_date(date) \
                and not re.search(r"updat|revis|modif", line, re.I):
            start = block.start + date.start()
            return [Hit("release_date", parse_date(date), start, start + len(date.group(0)), start, WEAK)]
    return []


def table_columns(f: Finder) -> list[Hit]:
    """Facts stated in table cells, by the column's header, when most of the column parses as that field."""
    hits = []
    for table in find_tables(f.doc)[0]:
        # A table with its models in columns too: a cell's column header names its model, its row is the excerpt.
        for name, index, j, value in column_values(f.doc, table) + transposed_values(f.doc, table):
            head = f.doc.blocks[index].cells[0] if table.transposed else table.header[j]
            if name == "context_window" and re.search(r"\bpre-?train", head, re.I):
                continue  # a 'Pretrained Context Length' column (or row): the base's pre-training length
            block = f.doc.blocks[index]
            start = cell_start(f.doc, block, table.header, j)
            if start is None:
                continue
            hits.append(Hit(name, value, start, start + len(block.cells[j].strip()), block.start, LABEL + 1,
                            row_excerpt=block.source or None))
        for name, index, value in key_value_rows(f.doc, table):
            block = f.doc.blocks[index]
            hits.append(Hit(name, value, block.start, block.end, block.start, LABEL, row_excerpt=block.source or None))
        for index, section in table.section_of.items():
            # 'Text-to-text models' over a group of rows states each row's input and output.
            kinds = SECTION_MODALITIES_RE.match(f.doc.blocks[section].cells[0])
            block = f.doc.blocks[index]
            source = f.doc.blocks[section].source
            if kinds and source:
                for field, words in (("input_modalities", kinds.group(1)), ("output_modalities", kinds.group(2))):
                    hits.append(Hit(field, modalities(words), block.start, block.end, block.start, PHRASE,
                                    row_excerpt=source))
    return hits


SECTION_MOD = r"(?:text|image|audio|speech|video|vision)"
SECTION_MODALITIES_RE = re.compile(rf"^\W*({SECTION_MOD}(?:\s*(?:[/,+&]|and)\s*{SECTION_MOD})*)-to-({SECTION_MOD})\b",
                                   re.I)


ALL_FINDERS = (dates, news_dates, numbers, licenses, modality_hits, surfaces, safety_levels, developers, dateline,
               table_columns, *DATE_FINDERS)


def find_all(doc: Document, seg: Segmenter) -> list[Hit]:
    finder = Finder(doc, seg)
    hits = []
    for find in ALL_FINDERS:
        hits += find(finder)
    return hits + meta_developer(doc) + meta_modalities(doc)
