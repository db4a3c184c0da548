"""One small finder per field. Each returns `Hit`s: a value, where it stands, the cue that introduced it and
how explicit the statement is (rank). Which model a hit belongs to is decided afterwards (names.scope).

Cues are phrases any vendor uses ("knowledge cutoff", "context window", "licensed under"), never one
document's wording. A cue's window ends at the sentence end, or, for a bare label ("Release date"), at the
next sentence; and always at the next cue of the same kind, so a label never takes its neighbour's value.
"""

import re

from .document import Document
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
    r"(?P<release>release\s*date|date\s+of\s+release|(?:first\s+|publicly\s+)?released(?:\s+(?:on|in))?|"
    r"launch(?:ed)?(?:\s+(?:date|on|in))?|general\s+availability(?:\s+date)?|availability\s+date)"
    r"|(?P<training>(?:pre-?)?training[\s-]*data[\s-]*cut[\s-]*off(?:\s+date)?|(?:pre-?)?training\s+cut[\s-]*off"
    r"(?:\s+date)?|data\s+cut[\s-]*off(?:\s+date)?|data\s+freshness|(?:pre-?)?training\s+data\s+(?:has|have|with)\s+"
    r"an?\s+cut[\s-]*off(?:\s+date)?|data(?:set)?\s+with\s+(?:an?\s+)?cut[\s-]*off(?:\s+date)?|trained\s+on\s+data\s+"
    r"(?:up\s+to|through|until)|(?:pre-?)?training\s+data\s+(?:up\s+to|through|until)|\bdata\s+(?:up\s+to|through|until)"
    r"|(?:pre-?)?trained\s+on\s+[^.;:]{0,120}?\b(?:as\s+of|up\s+to|through|until))"
    r"|(?P<knowledge>(?:reliable\s+)?knowledge[\s-]*cut[\s-]*off(?:\s+date)?|cut[\s-]*off\s+(?:date\s+)?(?:for|of)\s+"
    r"(?:its\s+|the\s+model['’]s\s+)?knowledge|knowledge\s+(?:up\s+to|through|until|as\s+of))"
    r"|(?P<cutoff>cut[\s-]*off(?:\s+date)?)"
    r"|(?P<stop>last\s+updated|updated(?:\s+on)?|trained\s+between|training\s+(?:period|dates?)|published|"
    r"retire(?:d|ment)|deprecat\w+|©|copyright)",
    re.I,
), "release|date|first|public|launch|general|availab|pre|train|data|reliab|knowledge|cut|last|updat|publish|"
   "retir|deprecat|copyright|©")


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
        "training": ("training_data_cutoff", first_date, LABEL),
        "knowledge": ("knowledge_cutoff", first_date, LABEL),
        "cutoff": ("knowledge_cutoff", first_date, WEAK),
    }
    hits = f.cued(DATE_CUES, finders, gap=50)
    # 'ChemLLM arXiv preprint released … [2024-2-10]': a paper's, a demo's or a dataset's release, not the model's
    hits = [h for h in hits if h.field != "release_date" or not NOT_A_MODEL_NEWS_RE.search(
        f.text, max(f.seg.at(h.cue).start, h.cue - 40), h.cue)]
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


NEWS_VERB_RE = re.compile(r"[^.\n]{0,60}?\b(?:release[sd]?|open[\s-]?sourc(?:e|ed|es|ing)|launch(?:ed|es)?|"
                          r"introduc(?:e|ed|es|ing)|publish(?:ed|es)?|(?:is|are)\s+(?:now\s+)?(?:available|out))\b",
                          re.I)


TRAILING_DATE_RE = re.compile(r"[\[(]\s*(?P<date>(?:19|20)\d\d[-./]\d{1,2}(?:[-./]\d{1,2})?)\s*[\])]\W{0,3}$")
RELEASED_RE = re.compile(r"\b(?:released|open[\s-]?sourced|launched|(?:is|are)\s+(?:now\s+)?(?:available|out))\b",
                         re.I)
NOT_A_MODEL_NEWS_RE = re.compile(r"\b(?:paper|preprint|arxiv|technical\s+report|blog|featured|dataset|benchmark|demo|"
                                 r"leaderboard)\b", re.I)


def news_dates(f: Finder) -> list[Hit]:
    """A dated news line ('April 27, 2025: We release the weights of X-7B') states the release of the model it
    names (and of no other: a line naming none is dropped when the document describes several)."""
    hits = []
    for block in f.doc.blocks:
        if block.kind not in ("item", "text", "label"):
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
            continue
        rest = re.match(r"[\s\]\)*:：,\-–—|]{1,8}", f.text[date.end():date.end() + 8])
        if not rest or not NEWS_VERB_RE.match(f.text, date.end() + rest.end(), block.end):
            continue
        hits.append(Hit("release_date", parse_date(date), date.start(), date.end(), date.start(), PHRASE,
                        needs_scope=True))
    return hits


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
    r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[KkMm])\s*-?\s*(?:tokens?\s*-?\s*)?(?:long\s+)?context(?!\w)"
    r"|(?<![\w.,])(?P<big>\d{1,3}(?:,\d{3})+|\d{4,8})\s*-?\s*tokens?\s*(?:of\s+)?(?:long\s+)?context(?!\w)"
), r"[0-9]")
PARAMS_BEFORE_RE = Gated(re.compile(PARAM_VALUE_RE.pattern + r"\s*(?:-\s*)?(?:total\s+)?param(?:eter)?s?(?![a-z])"),
                         r"[0-9]")


TOKENS_AFTER_CUE_RE = re.compile(TOKEN_COUNT_RE.pattern.replace(r"(?<![\w.])", r"(?<![\d.,])", 1))


def first_tokens(text: str, start: int, end: int):
    origin = None  # 'from 4K to 128K': the value it is now, its span starting at the old one
    for m in TOKENS_AFTER_CUE_RE.finditer(text, start, end):
        if origin is None and re.search(r"\bfrom\s*$", text[max(start, m.start() - 8):m.start()]) \
                and re.match(r"\s*to\s", text[m.end():end]):
            origin = m.start()
            continue
        if re.match(r"\s*(?:[BbTt](?![a-z])|billion|trillion|%|x\b|times|layers|heads|dimensions|characters|"
                    r"chars\b|words|pages|lines)|[/.\-]\d", text[m.end():m.end() + 12]):
            continue  # a size, a ratio, a date ('2023/11/06'), or a length in characters: not a token count
        if TOKEN_LIST_AFTER_RE.match(text, m.end()) or TOKEN_LIST_BEFORE_RE.search(text, max(start, m.start() - 16),
                                                                                    m.start()):
            return None  # '2K and 32K context length versions': one value per version, none for them all
        value = parse_tokens(m)
        if value:
            return value, m.start() if origin is None else origin, m.end()
    return None


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
    return [h for h in hits if not (h.field == "context_window" and in_training_table(f, h.start))]


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


def license_in(text: str, start: int, end: int):
    found = find_license(text[start:end])
    if found:
        value, a, b = found
        return value, start + a, start + b
    return None


PAREN_LICENSE_RE = re.compile(r"(?<=[\w\])])\s*\(\s*([A-Za-z][\w.\- ]{1,40}?)\s*\)")
CODE_SUBJECT_RE = re.compile(r"\b(?:code|code\s*base|repository|repo|software|source|library|package|toolkit|"
                             r"scripts?)\b", re.I)
# 'Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file…': a file's header.
FILE_LICENSE_RE = re.compile(r"\(the\s+[\"“]License[\"”]\)|\bthis\s+file\b", re.I)


def licenses(f: Finder) -> list[Hit]:
    hits = f.cued(LICENSE_CUES, {"label": ("license", license_in, LABEL), "phrase": ("license", license_in, PHRASE),
                                 "subject": ("license", license_in, PHRASE)}, gap=90)
    # 'This code repository is licensed under MIT': the code's licence, not the model's.
    hits = [h for h in hits if not (CODE_SUBJECT_RE.search(f.text, f.seg.at(h.cue).start, h.cue)
                                    and not re.search(r"\bmodel|weights", f.text[f.seg.at(h.cue).start:h.cue], re.I))
            and not FILE_LICENSE_RE.search(f.text, f.seg.at(h.cue).start, f.seg.at(h.end - 1).end + 60)]
    for m in re.finditer(r"(?<![\w-])(?:[A-Z][\w.\-]*\s+|\d+(?:\.\d+)*\s+){1,4}(?:Community|Open\s+(?:Model|Weights?))"
                         r"\s+License(?:\s+Agreement)?", f.text):
        hits.append(Hit("license", m.group(0).strip(), m.start(), m.end(), m.start(), WEAK))
    for m in PAREN_LICENSE_RE.finditer(f.text):  # 'X-7B-multi (Apache-2.0)': the licence of the name before it
        found = find_license(m.group(1))
        if found and found[1] == 0 and found[2] == len(m.group(1)):
            hits.append(Hit("license", found[0], m.start(1), m.end(1), m.start(), PHRASE, needs_scope=True))
    meta = f.doc.meta
    lic = str(meta.get("license", "")).strip().lower()
    if lic and lic != "other" and "license" in f.doc.meta_lines:
        name = HF_LICENSES.get(lic)
        if name:
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


# A bare verb ('generates text') states a modality only when a model (or a pronoun for one) is its subject.
MODEL_SUBJECT_RE = re.compile(r"\b(?i:models?|llms?|it|they)\b|\b[A-Z][\w.\-]*\d[\w.\-]*\b|\b[A-Z][a-z]+[A-Z]\w*"
                              r"|\b[A-Z]\w+\s+(?:can|could|will|may|does|also|only)\b")
# '… a processing framework [LLMxMapReduce] to support text': the verb's subject is a tool, not a model.
TOOL_PURPOSE_RE = re.compile(r"\b(?:framework|library|toolkit|tool|pipeline|method|approach|script|package|repository|"
                             r"plugin|engine)s?\b[^.;]{0,80}\bto\s*$", re.I)
LIST_END_RE = re.compile(r"\b(?:including|such\s+as|e\.g\.|like|via|with|for|to|from|in\s+the\s+form)\b", re.I)


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
                         r"\b(?:we\s+are|we['’]re)\s+(?:excited|pleased|proud|thrilled)\s+to\s+(?:announce|release|"
                         r"launch|introduce)", re.I)


def dateline(f: Finder) -> list[Hit]:
    """An announcement dated at its top ('July 24, 2024 · … Today, we are announcing X') states X's release."""
    announce = ANNOUNCE_RE.search(f.text[:6000])
    if not announce:
        return []
    for block in f.doc.blocks[:12]:
        if block.start > announce.start():
            break
        line = f.text[block.start:block.end]
        date = DATE_RE.search(line)
        if date and len(line) <= 80 and parse_date(date) and not re.search(r"updat|revis|modif", line, re.I):
            start = block.start + date.start()
            return [Hit("release_date", parse_date(date), start, start + len(date.group(0)), start, WEAK)]
    return []


def table_columns(f: Finder) -> list[Hit]:
    """Facts stated in table cells, by the column's header, when most of the column parses as that field."""
    hits = []
    for table in find_tables(f.doc)[0]:
        # A table with its models in columns too: a cell's column header names its model, its row is the excerpt.
        for name, index, j, value in column_values(f.doc, table) + transposed_values(f.doc, table):
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
               table_columns)


def find_all(doc: Document, seg: Segmenter) -> list[Hit]:
    finder = Finder(doc, seg)
    hits = []
    for find in ALL_FINDERS:
        hits += find(finder)
    return hits + meta_developer(doc) + meta_modalities(doc)
