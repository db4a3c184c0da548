"""Dates: release dates, knowledge cut-offs and training-data cut-offs, in one place.

By cue phrases: a label or verb ('Release date:', 'released on', 'knowledge cutoff'), a dated news line ('April 27,
2025: We release X-7B'), an announcement's dateline. By the document's shape: the front matter of a release post, a
changelog section headed by its date, and a model's name followed by its date ('X-2 (March 2024)').

Each is a release date only where the text or shape says so: a post's date only when the post says the model is
out today (the labelling conventions), a dated section only for the sentences in it that release something, a
date after a name only as the whole parenthesis at the start of a heading or list item; a paper's, a dataset's or
a base model's release is never the model's.
"""

import re

from .finder import LABEL, PHRASE, WEAK, Finder, Hit
from .scan import Gated
from .tables import cell_start
from .values import DATE_RE, parse_date

# -- cue phrases: labels, verbs, news lines, datelines ------------------------------------------------------------
DATE_CUES = Gated(re.compile(
    # 'We released the 7B and 70B models without vocabulary expansion on January 26th, 2024': the object between
    # verb and date says which models; less explicit than a 'Release date' label naming its model.
    r"(?P<release_object>(?:first\s+|publicly\s+)?(?:released|(?<=are\s)releasing)\s+[^.;:\n]{0,100}?\s(?:on|in)\s+(?=\d|(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))"
    # 'Model Date' as a label or heading (model-card template): the date the model came out
    r"|(?P<release>release\s*date|date\s+of\s+release|model\s+date(?=\s*(?::|\n|$))|"
    # ('Release' over a short line of a date: a key and its value set one under the other, '<div>Release</div>
    # <div>2025-04-15</div>')
    r"(?:first\s+|publicly\s+)?released(?:\s+(?:on|in))?|(?:initial\s+|first\s+)?release(?=\s*[:：]|"
    r"[ \t]*\n[^\n]{0,30}\b\d{4}\b[^\n]{0,12}(?:\n|$))|"
    r"launch(?:ed)?(?:\s+(?:date|on|in))?|general\s+availability(?:\s+date)?|availability\s+date|\bGA\s+date|"
    # 'It went live on …', 'We open-sourced X on …', 'Available since 2024-01-30'
    r"went\s+live(?:\s+(?:on|in))?|open-?sourced\s+(?:(?:(?!\b(?:code|data|scripts?|tools?|recipes?|framework|"
    r"library)\b)[^.;:\n]){0,60}?\s)?(?:on|in)(?=\s+\S*\d|\s+(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec))|(?<!been\s)available\s+since|"
    # 'became generally available on March 4, 2025', 'was made available on …', 'has been available since …'
    r"(?:became|went)\s+(?:generally\s+|publicly\s+)?available(?:\s+(?:on|in|since))?|"
    r"(?:was|were)\s+made\s+(?:generally\s+|publicly\s+)?available(?:\s+(?:on|in|since))?|"
    r"(?:has|have)\s+been\s+(?:generally\s+|publicly\s+)?available\s+since|"
    # 'X shipped in June 2024', 'X debuted on …', 'X followed in June 2024' (after an earlier sibling)
    r"(?:shipped|debuted)(?:\s+(?:on|in))?|followed\s+(?:on|in)(?=\s))"
    r"|(?P<training>(?:pre-?)?training[\s-]*data[\s-]*cut[\s-]*off(?:\s+date)?|(?:pre-?)?training\s+cut[\s-]*off"
    r"(?:\s+date)?|data\s+cut[\s-]*off(?:\s+date)?|data\s+freshness|(?:pre-?)?training\s+data\s+(?:has|have|with)\s+"
    r"an?\s+cut[\s-]*off(?:\s+date)?|data(?:set)?\s+with\s+(?:an?\s+)?cut[\s-]*off(?:\s+date)?|trained\s+on\s+data\s+"
    r"(?:up\s+to|through|until)|(?:pre-?)?training\s+data\s+(?:up\s+to|through|until|as\s+of)|\bdata\s+(?:up\s+to|through|until)"
    r"|(?:pre-?)?training\s+data\s+(?:extends|goes|runs|reaches)\s+(?:up\s+)?(?:to|through|until)"
    # 'Its training data is current up to April 2024', 'Training data: up to April 2024'
    r"|(?:pre-?)?training\s+data\s+(?:is|was)\s+(?:current|recent|up-to-date)\s+(?:up\s+)?(?:to|through|until|as\s+of)"
    r"|(?:pre-?)?training\s+data\s*[:：]\s*(?:up\s+to|through|until|as\s+of)"
    r"|(?:pre-?)?trained\s+on\s+[^.;:]{0,120}?\b(?:as\s+of|up\s+to|through|until))"
    r"|(?P<knowledge>(?:reliable\s+)?knowledge[\s-]*cut[\s-]*off(?:\s+date)?|cut[\s-]*off\s+(?:date\s+)?(?:for|of)\s+"
    r"(?:its\s+|the\s+model['’]s\s+)?knowledge|knowledge\s+(?:up\s+to|through|until|as\s+of))"
    r"|(?P<cutoff>cut[\s-]*off(?:\s+date)?)"
    r"|(?P<stop>last\s+updated|updated(?!\s+to\b)(?:\s+on)?|trained\s+(?:between|in|during|from)|training\s+(?:period|dates?)|"
    r"published|retire(?:d|ment)|deprecat\w+|©|copyright)",
    re.I,
), "releas|initial|date|model|first|public|launch|general|availab|became|went|pre|train|data|reliab|knowledge|cut|"
   "last|updat|was|were|has|have|shipped|debuted|followed|ga|open|"
   "publish|retir|deprecat|copyright|©")


# ', we released …' after a date ('On June 4, 2024, we released X'): the date is the release's.
DATED_BEFORE_VERB_RE = Gated(re.compile(r",\s+(?:we|[A-Z][\w.\-]*)\s+(?:officially\s+|publicly\s+)?"
                                        r"(?:released|launched|introduced|unveiled|open-?sourced)\b"), ",")
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
    # 'X will be released in June 2025', 'is expected to launch in …': a plan, not a release (yet).
    hits = [h for h in hits if h.field != "release_date"
            or not FUTURE_BEFORE_RE.search(f.text, max(f.seg.at(h.cue).start, h.cue - 30), h.cue)]
    # 'X is fine-tuned from Y, which was released on …', 'The base model was released …': the date of another model.
    hits = [h for h in hits if h.field != "release_date"
            or not BASE_MODEL_SUBJECT_RE.search(f.text, f.seg.at(h.cue).start, h.cue)]
    # '- X 2.0 released' closing its line: a verb, not a label, so the next line's date ('- 2024/09') is not its.
    # A definition term is a label though ('<dt>Released</dt><dd>January 9, 2025</dd>'): its value is the next line.
    hits = [h for h in hits if h.field != "release_date" or f.seg.at(h.cue).block == f.seg.at(h.start).block
            or not VERB_CUE_RE.match(f.text, h.cue) or f.doc.blocks[f.seg.at(h.cue).block].kind == "label"]
    for h in hits:  # 'released <object> on <date>': the object's models only, never every model by default
        h.needs_scope = h.needs_scope or (h.field == "release_date" and h.rank == PHRASE)
    hits += [extra for h in hits if h.field != "release_date" for extra in per_size_dates(f, h)]
    # 'On June 4, 2024, we released X': the date stands before the verb, the object after it says which models.
    for verb in f.scan(DATED_BEFORE_VERB_RE):
        before = f.text[max(0, verb.start() - 40):verb.start()]
        date = re.search(rf"\b[Oo]n\s+(?P<date>{DATE_RE.pattern})\s*$", before)
        if date and (value := f.date(DATE_RE.match(date.group("date")))):
            start = verb.start() - len(before) + date.start("date")
            hits.append(Hit("release_date", value, start, start + len(date.group("date")), start, PHRASE,
                            needs_scope=True))
    # 'a January 2025 knowledge cutoff': the date stands just before the cue.
    for cue in f.scan(CUTOFF_AFTER_DATE_RE):
        before = f.text[max(0, cue.start() - 24):cue.start()]
        date = next(reversed(list(DATE_RE.finditer(before))), None)
        if date and date.end() == len(before) and f.date(date):
            field = "knowledge_cutoff" if "knowledge" in cue.group(0).lower() else "training_data_cutoff"
            start = cue.start() - len(before) + date.start()
            hits.append(Hit(field, f.date(date), start, start + len(date.group(0)), start, PHRASE))
    return hits


# Verbs that release a model, in a clause up to the verb (a dot inside a version, 'Qwen2.5 released', does not end
# it). A dated news line also counts uploads, publishing and 'available on <hub>'; a dated section only releases.
RELEASE_VERBS = (r"release[sd]?|releasing|open[\s-]?sourc(?:e|ed|es|ing)|launch(?:ed|es|ing)?|introduc(?:e|ed|es|ing)|"
                 r"(?:is|are)\s+(?:now\s+)?(?:available|out)")
NEWS_VERBS = RELEASE_VERBS + (r"|unveil(?:s|ed)?|upload(?:s|ed)?|publish(?:ed|es)?|"
                              # '[2024.04.07] Today, we are thrilled to present X v1.0.0', '[…] v1.2.0 is here!'
                              r"present(?:s|ed|ing)?(?=\s+(?:our\s+|the\s+|a\s+|an\s+)?[A-Z0-9])|(?:is|are)\s+here\b|"
                              # '2024/07/02: Updated X to 1.2 version': the line brings out that version of X
                              r"(?:updated?|upgraded?)\s+[^\s.,;:]+(?:\s+[^\s.,;:]+)?\s+to\s+(?:v(?:ersion\s*)?)?\d[\w.]*|"
                              r"available\s+(?:on|at|in|via|from|for\s+download)|"
                              # '2024/11 — [X 0.4.1](…) available': the line ends in the word
                              r"available(?=[\s.!]*$)|"
                              # '2024/10/08: X & Y base models on Hugging Face': the models put on a hub that day
                              r"(?:models?|weights|checkpoints?)\s+(?:now\s+)?on(?=\s+\S*\s*(?:🤗|Hugging|HF|ModelScope))")


# Release verbs of Chinese, Japanese and Korean documents ('2024.11.08 开源 X-7B', 'X-7B を公開', 'X-7B 공개'):
# written without spaces, so matched without word boundaries.
CJK_RELEASE_VERBS = r"开源|開源|发布|發布|推出|上线|公开|公開|放出|新增|开放|開放|リリース|공개|출시"


def verb_clause(verbs: str) -> re.Pattern:
    return re.compile(r"(?:[^.\n。]|\.(?=\w)){0,60}?(?:\b(?:" + verbs + r")\b|" + CJK_RELEASE_VERBS + ")", re.I)


NEWS_VERB_RE = verb_clause(NEWS_VERBS)


TRAILING_DATE_RE = re.compile(r"[\[(]\s*(?P<date>(?:19|20)\d\d[-./]\d{1,2}(?:[-./]\d{1,2})?)\s*[\])]\W{0,3}$")
RELEASED_RE = re.compile(r"\b(?:released|open[\s-]?sourced|launched|(?:is|are)\s+(?:now\s+)?(?:available|out))\b|"
                         + CJK_RELEASE_VERBS, re.I)
# 'the training data released in March 2023', 'The code was released on …': the subject of the verb is not a model.
NOT_A_MODEL_SUBJECT_RE = re.compile(r"\b(?:data|corpus|code(?:\s*base)?|library|toolkit|app|sdk)\s+(?:(?:was|were|is|"
                                    r"are|has\s+been|have\s+been|first|publicly)\s+){0,2}$", re.I)
FUTURE_BEFORE_RE = re.compile(r"\b(?:will(?:\s+(?:soon|then|also))?\s+be|"
                              r"(?:is|are)\s+(?:expected|planned|scheduled|set|due)\s+to(?:\s+be)?|(?:is|are)\s+to\s+be|"
                              r"plan(?:s|ned)?\s+to(?:\s+be)?|coming)\s+$", re.I)
NOT_A_MODEL_NEWS_RE = re.compile(r"\b(?:paper|preprint|arxiv|technical\s+report|blog|featured|dataset|benchmark|demo|"
                                 r"leaderboard)\b", re.I)


def _dated_row(f: Finder, block) -> list[Hit]:
    """'| 2023 Nov 2 | Release an English pretrained model: `org/X-13b` |': a changelog table's row, its first cell
    a date and another telling of a release, is a dated news line."""
    if len(block.cells) < 2:
        return []
    at = cell_start(f.doc, block, block.header, 0)
    date = DATE_RE.match(f.text, at) if at is not None else None
    if not date or date.end() - date.start() != len(block.cells[0].strip()) or not f.date(date):
        return []
    for j in range(1, len(block.cells)):
        start = cell_start(f.doc, block, block.header, j)
        verb = NEWS_VERB_RE.match(f.text, start, block.end) if start is not None else None
        if verb and not not_a_model_object(f.text, verb.end(), verb.start()):
            return [Hit("release_date", f.date(date), date.start(), date.end(), start, PHRASE, needs_scope=True)]
    return []


NEWS_LABEL_RE = re.compile(r"(?:news|updates?|new)[ \t]*[:：][ \t]*[\W_]{0,3}", re.I)


def _dated_label(f: Finder, index: int) -> list[Hit]:
    """'**2025.01.27**: X-Pro is released, …': a bold date over the definition line that tells its news (the reader
    makes the bold date a label, the rest a line of its own opening with the colon) is a dated news line."""
    blocks = f.doc.blocks
    label = blocks[index]
    bracket = f.text.startswith("[", label.start) and f.text.endswith("]", label.start, label.end)  # '**[date]**'
    date = DATE_RE.match(f.text, label.start + bracket, label.end - bracket)
    if not date or date.end() != label.end - bracket or not f.date(date) or index + 1 >= len(blocks):
        return []
    line = blocks[index + 1]
    lead = re.match(r"[ \t]*[:：][ \t]*", f.text[line.start:line.start + 4]) if line.kind == "text" else None
    if lead is None and line.kind == "text" and label.line is not None and line.line == label.line:
        # '**[2023/08/22]** 发布 X-13B-Chat': the news on the bold date's own source line needs no colon
        lead = re.match(r"[ \t]*", f.text[line.start:line.start + 4])
    verb = NEWS_VERB_RE.match(f.text, line.start + lead.end(), line.end) if lead else None
    if verb is None or not_a_model_object(f.text, verb.end(), verb.start()):
        return []
    return [Hit("release_date", f.date(date), date.start(), date.end(), line.start + lead.end(), PHRASE,
                needs_scope=True, row_excerpt=_source_line(f, label))]  # the news line as written, marks and all


def _source_line(f: Finder, block) -> str | None:
    """The source line a block starts on (its date written in bold or as code), for an excerpt of the whole line."""
    if block.line is None:
        return None
    lines = f.doc.source_lines
    return lines[block.line].strip() if block.line < len(lines) else None


def news_dates(f: Finder) -> list[Hit]:
    """A dated news line ('April 27, 2025: We release the weights of X-7B') states the release of the model it
    names (and of no other: a line naming none is dropped when the document describes several)."""
    hits = []
    for i, block in enumerate(f.doc.blocks):
        if block.kind == "row":
            hits += _dated_row(f, block)
            continue
        if block.kind == "label":
            hits += _dated_label(f, i)
            continue
        if block.kind not in ("item", "text", "label", "heading"):  # '### 2024-05-01: X-7B released'
            continue
        lead = re.match(r"[\W_]{0,6}", f.text[block.start:block.start + 6])
        at = block.start + (lead.end() if lead else 0)
        # '- 🔥 **News**: `2024/5/17` We open sourced …': the line's label, then its date
        labelled = NEWS_LABEL_RE.match(f.text, at, block.end)
        at = labelled.end() if labelled and DATE_RE.match(f.text, labelled.end(), block.end) else at
        date = DATE_RE.match(f.text, at, block.end)
        hits += _dated_inner_sentences(f, block)
        if not date or not f.date(date):
            trailing = TRAILING_DATE_RE.search(f.text, block.start, block.end)
            # '- X-1.5 released! Two versions are available … [2024-4-2]': the date closes the line
            if trailing and RELEASED_RE.search(f.text, at, min(block.end, at + 100)) \
                    and not NOT_A_MODEL_NEWS_RE.search(f.text, block.start, trailing.start()):
                found = DATE_RE.match(f.text, trailing.start("date"))
                hits.append(Hit("release_date", f.date(found), found.start(), found.end(), block.start, PHRASE,
                                needs_scope=True))
                if f.seg.index_at(found.start()) != f.seg.index_at(at):
                    # '- X-1.5 released! Two versions: X-1.5-A or X-1.5-B.[2024-4-2]': the sentence the date
                    # closes may name the models one by one where the line's first sentence names their family.
                    hits.append(Hit("release_date", f.date(found), found.start(), found.end(), found.start(),
                                    PHRASE, needs_scope=True))
            continue
        rest = re.match(r"[\s\]\)*:：,，、\-–—|]{1,8}", f.text[date.end():date.end() + 8])
        if not rest:
            continue
        verb = NEWS_VERB_RE.match(f.text, date.end() + rest.end(), block.end)
        if verb and not not_a_model_object(f.text, verb.end(), verb.start()):
            source = _source_line(f, block)
            # '🔥 **2024-09-05**: The X series …': a date set in bold or code breaks the sentence's verbatim run,
            # so the line as written is the excerpt
            marked = source and re.search(r"[*`_]" + re.escape(date.group(0)) + r"[*`_]", source)
            hits.append(Hit("release_date", f.date(date), date.start(), date.end(), date.start(), PHRASE,
                            needs_scope=True, row_excerpt=source if labelled or marked else None))
        # '2024.03.25 We update the checkpoints of X. We upload X-AWQ.': a later sentence of the dated line that
        # releases something dates the models it names, not those of the line's first sentence.
        first = f.seg.index_at(date.start())
        for sentence in f.seg.sentences[first + 1:]:
            if sentence.start >= block.end:
                break
            verb = NEWS_VERB_RE.match(f.text, sentence.start, sentence.end)
            if verb and not not_a_model_object(f.text, verb.end(), verb.start()):
                hits.append(Hit("release_date", f.date(date), date.start(), date.end(), sentence.start, PHRASE,
                                needs_scope=True))
    return hits


def _dated_inner_sentences(f: Finder, block) -> list[Hit]:
    """'… 免费可商用。 [2023/08/22] 发布 X-13B-Chat 对话模型。': news lines joined by Markdown's hard break make one
    block, so a later line's date opens a sentence inside it, not the block; such a sentence is a news line too."""
    hits = []
    for sentence in f.seg.sentences[f.seg.index_at(block.start) + 1:]:
        if sentence.start >= block.end:
            break
        lead = re.match(r"[\W_]{0,6}", f.text[sentence.start:sentence.start + 6])
        date = DATE_RE.match(f.text, sentence.start + lead.end(), sentence.end)
        rest = date and f.date(date) and re.match(r"[\s\]\)*:：,，、\-–—|]{1,8}", f.text[date.end():date.end() + 8])
        verb = rest and NEWS_VERB_RE.match(f.text, date.end() + rest.end(), sentence.end)
        if verb and not not_a_model_object(f.text, verb.end(), verb.start()):
            hits.append(Hit("release_date", f.date(date), date.start(), date.end(), date.start(), PHRASE,
                            needs_scope=True))
    return hits


# 'We have released the technical report': the release of a paper, a dataset or a demo, not of a model; nor is
# 'We've released a comprehensive comparison between X and Y' one of the models it compares, nor 'We have also
# open-sourced 3D Causal VAE used in X' a release of X.
PAPER_OBJECT_RE = re.compile(r"\s+(?:(?:the|our|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:paper|preprint|arxiv|"
                             r"technical\s+report|report|blog|dataset|benchmark|demo|leaderboard|comparison|"
                             r"evaluation|analysis|survey|tutorial|vae|tokenizer|code|codebase|scripts?|data)\b"
                             # ... alone: 'the code and the checkpoints' releases the model too
                             r"(?![^.;\n]{0,40}?\b(?:models?|weights|checkpoints?)\b)", re.I)


# 'We release the [X-7B gguf](…)': a format or precision of a model already out, written apart from its name, so
# the line dates those files, not the model ('We upload X-7B-AWQ' names a repository, which may be a model of the
# page's own).
FORMAT_OBJECT_RE = re.compile(r"\s+(?:(?:the|our|a|an)\s+)?\[?[^\s\[\],;]+?(?:[ \t][^\s\[\],;]+?){0,3}?[ \t]"
                              r"(?:gguf|ggml|awq|gptq|mlx|onnx|int4|int8|[48]-?bit|exl2|quantized)\b", re.I)


# '[date] X technical report is released!', '[date] GGUF models of various sizes are available here': what the
# line brings out is a paper, or files of another format of a model already out.
NOT_A_MODEL_CLAUSE_RE = re.compile(r"\b(?:(?:gguf|ggml|awq|gptq|mlx|onnx|int4|int8|quantized)\s+(?:models?|versions?|"
                                   r"weights|checkpoints?|files?)|technical\s+report|paper|preprint)(?:\s+[\w-]+){0,3}?"
                                   r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been|now|also)\s+){0,3}$", re.I)
NEWS_VERB_END_RE = re.compile(r"(?:\b(?:" + NEWS_VERBS + r")\b|" + CJK_RELEASE_VERBS + r")$", re.I)


def not_a_model_object(text: str, at: int, clause_start: int | None = None) -> bool:
    """The release verb ending at `at` releases a paper, a comparison or a model's other format, not a model; with
    `clause_start`, so does a clause whose subject is one ('X technical report is released')."""
    if PAPER_OBJECT_RE.match(text, at) or FORMAT_OBJECT_RE.match(text, at):
        return True
    if clause_start is None:
        return False
    clause = text[clause_start:at]
    verb = NEWS_VERB_END_RE.search(clause)
    if verb and re.fullmatch(CJK_RELEASE_VERBS, verb.group(0)):
        # '2024/07/24，我们发布了与长文本相关的最新技术解读': what a Chinese line releases stands after the verb
        released = re.match(r"[^，。,;；\n]{0,40}", text[at:at + 40])
        return bool(CJK_NOT_A_MODEL_RE.search(released.group(0)))
    return bool(verb and NOT_A_MODEL_CLAUSE_RE.search(clause, 0, verb.start()))


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
        if date and not news and len(line) <= 80 and f.date(date) \
                and not re.search(r"updat|revis|modif", line, re.I):
            start = block.start + date.start()
            return [Hit("release_date", f.date(date), start, start + len(date.group(0)), start, WEAK)]
    return []


# -- shapes: front matter, dated sections, dated names -------------------------------------------------------------
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
        value = f.date(date) if date else None
        if not value or rank == WEAK and not OUT_NOW_RE.search(f.text[:6000]):
            continue
        hits.append(Hit("release_date", value, 0, 0, 0, rank, excerpt=line.group(0).strip()))
        break
    return hits


RELEASE_VERB_RE = verb_clause(RELEASE_VERBS)
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
        if not date or not f.date(date) or len(re.sub(r"\W", "", line[:date.start()] + line[date.end():])) > 20:
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
                    hits.append(Hit("release_date", f.date(date), start, start + len(date.group(0)),
                                    sentence.start, PHRASE, needs_scope=True))
    return hits


def _indent(lines: list[str], block) -> int | None:
    """How far a Markdown list item's source line is indented; an HTML item's list depth (no source line)."""
    if block.line is None:
        return block.depth - 1 if block.depth else None
    if block.line >= len(lines):
        return None
    text = lines[block.line]
    return len(text) - len(text.lstrip(" \t"))


# '## X-2 (March 2024)', '- X-2-mini (released 2024-07-18): …': a name at the start of a heading or an item, and
# its date as the whole parenthesis after it.
# ('- [**StructBERT**](…) (March 15, 2021): …': a name without a version too, the date only where it names a model)
NAME_DATE_RE = re.compile(r"[\W_]{0,6}(?P<name>(?:[A-Z][\w.\-]*[ \t]+)?[A-Za-z]?[\w.\-]*\d[\w.\-]*"
                          r"(?:[ \t]+[A-Za-z][\w.\-]*){0,2}|[A-Za-z]+[A-Z][\w.\-]*)[ \t]*\("
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
        if not date or not f.date(date) or not re.match(r"[ \t]*\)", f.text[date.end():block.end]):
            continue
        # Only where the name is one of the document's models: '- Arena-2 (April 2024)' dates a benchmark.
        hits.append(Hit("release_date", f.date(date), date.start(), date.end(), m.start("name"), PHRASE,
                        needs_scope=True, needs_name=True))
    return hits


# A heading naming a release by its number ('## Release 1.0', '### Version 0.2', '## v2.1').
RELEASE_HEADING_RE = re.compile(r"\W*(?:release|version|v)\s*\d+(?:\.\d+){0,3}\W*", re.I)


def release_sections(f: Finder) -> list[Hit]:
    """A section headed by a numbered release ('## Release 1.0') whose first line opens with a date ('**November 25,
    2019**'): the models its sentences name, up to the next heading, were released that day."""
    hits = []
    blocks = f.doc.blocks
    for i, block in enumerate(blocks[:-1]):
        if block.kind != "heading" or not RELEASE_HEADING_RE.fullmatch(f.text, block.start, block.end):
            continue
        first = blocks[i + 1]
        lead = re.match(r"[\W_]{0,6}", f.text[first.start:first.start + 6])
        date = DATE_RE.match(f.text, first.start + (lead.end() if lead else 0), first.end)
        if not date or not f.date(date):
            continue
        # a date alone on its line, in bold, reads as a heading of its own: the section goes on under it
        alone = first.kind == "heading" and not re.search(r"\w", f.text[date.end():first.end])
        if first.kind == "heading" and not alone:
            continue
        for nxt in blocks[i + 1 + alone:]:
            if nxt.kind == "heading":
                break
            for sentence in f.seg.sentences[f.seg.index_at(nxt.start):]:
                if sentence.start >= nxt.end:
                    break
                hits.append(Hit("release_date", f.date(date), date.start(), date.end(), sentence.start, PHRASE,
                                needs_scope=True))
    return hits


# '2024年3月に公開しました', '于2024年5月20日正式发布': a Chinese or Japanese date right before its release verb.
# ('2024年4月19日22点上传': the hour of the day between, and 'uploaded' said of the weights)
CJK_DATED_RELEASE_RE = re.compile(r"\s*(?:\d{1,2}\s*[点點时時](?:\d{1,2}\s*分)?|\d{1,2}:\d{2})?\s*(?:に|，|,)?\s*"
                                  r"(?:正式|首次|全面)?\s*(?:" + CJK_RELEASE_VERBS + "|上传|上傳|アップロード)")


CJK_MODEL_SUBJECT_RE = re.compile(r"模型|モデル|모델|权重|權重|[Mm]odels?|[A-Za-z][\w.\-]*\d")
# What such a sentence may release that is no model: an API, an app, code, data, a paper, a feature, a tutorial.
CJK_NOT_A_MODEL_RE = re.compile(r"API|SDK|App|app|[Dd]emo|接口|应用|應用|工具|代码|代碼|数据集|數據集|论文|論文|文档|"
                                r"文檔|功能|教程|网站|網站|报告|報告|解读|解讀|コード|データセット|アプリ|機能|데이터셋|코드|논문")


def cjk_dated_releases(f: Finder) -> list[Hit]:
    hits = []
    if "年" not in f.text:
        return hits  # (only a date written with 年 is read here: a page without one is not scanned for dates again)
    for date in DATE_RE.finditer(f.text):
        subject = f.text[f.seg.at(date.start()).start:date.start()]
        # the sentence opens with the date, or names a model before it ('X-7B 于…', '本模型于…'), and nothing else
        if date.group("y9") and CJK_DATED_RELEASE_RE.match(f.text, date.end()) \
                and (not subject.strip(" \t-*[]()于在已将") or CJK_MODEL_SUBJECT_RE.search(subject)) \
                and not CJK_NOT_A_MODEL_RE.search(subject):
            hits.append(Hit("release_date", f.date(date), date.start(), date.end(), date.start(), PHRASE,
                            needs_scope=True))
    return hits


DATE_FINDERS = (front_matter_dates, dated_sections, release_sections, name_dates, cjk_dated_releases)


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
