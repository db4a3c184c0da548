"""One small finder per field. Each returns `Hit`s: a value, where it stands, the cue that introduced it and
how explicit the statement is (rank). Which model a hit belongs to is decided afterwards (names.scope).

Cues are phrases any vendor uses ("knowledge cutoff", "context window", "licensed under"), never one
document's wording. A cue's window ends at the sentence end, or, for a bare label ("Release date"), at the
next sentence; and always at the next cue of the same kind, so a label never takes its neighbour's value.
"""

import re

from .document import Document
from .field_dates import DATE_FINDERS, dateline, dates, news_dates
from .field_developers import developers, meta_developer
from .field_meta import meta_modalities
from .field_modalities import modality_hits
from .field_sizes import sized_model_hits, unit_labelled_params
from .field_surfaces import surfaces
from .finder import LABEL, PHRASE, WEAK, Finder, Hit
from .license_cjk import cjk_licenses
from .license_lists import listed_licenses
from .scan import Gated
from .segment import Segmenter
from .table_values import column_values, header_source, key_value_rows, transposed_values
from .tables import (
    TRAINING_HEADER_RE,
    cell_start,
    find_tables,
    sizes_header,
)
from .values import (
    FILE_SIZE,
    HF_LICENSES,
    LABEL_SEP,
    LICENSE_FOR_MODEL_RE,
    PARAM_VALUE_RE,
    TOKEN_COUNT_RE,
    find_license,
    modalities,
    parse_params,
    parse_size,
    parse_tokens,
    plausible_size,
)

# -- numbers: context window and parameters -----------------------------------------------------------------------
NUMBER_CUES = Gated(re.compile(
    r"(?P<stop>(?:max(?:imum)?\s+)?output(?:\s+tokens?|\s+length|\s+limit)?|generation(?:\s+length)?|"
    r"training\s+tokens|tokens?\s+count|trained\s+on|(?:active|activated|activation)\s+param(?:eter)?s|激活(?:参数|參數)|non-embedding|"
    r"vocab(?:ulary)?(?:\s+size)?|hidden\s+size|embedding|layers|heads|batch\s+size)"
    r"|(?P<context>context[\s-]+(?:windows?(?:\s+size)?|length|size|len)(?:\s+\(in\s+tokens\))?|(?:max(?:imum)?\s+)?"
    rf"sequence\s+length|max(?:imum)?\s+tokens[ \t]*{LABEL_SEP}[ \t]*input[ \t]*:|"
    r"max(?:imum)?\s+input(?:\s+tokens?|\s+length)?|input\s+(?:token\s+)?limit|token\s+limit|"
    r"max_position_embeddings|n_ctx"
    # in Chinese, Japanese, Korean: '上下文长度为 32K', 'コンテキスト長は8,192トークン', '컨텍스트 길이는 4K'
    r"|上下文(?:长度|長度|窗口|視窗)|コンテキスト(?:長さ?|ウィンドウ|サイズ)|컨텍스트\s*(?:길이|윈도우|창))"
    r"|(?P<context_weak>context)"
    r"|(?P<params>(?:total\s+)?(?:number\s+of\s+)?param(?:eter)?s(?:\s+count)?|parameter\s+count|model\s+size|\bsize"
    # '模型参数约 660B' (model parameters: about 660B), the copula said: a Chinese count stands before its noun
    r"|(?:模型)?(?:参数|參數)(?:量|规模|規模)?\s*(?:约|約|为|為|是|：|:)\s*(?:约|約)?)",
    re.I,
), "max|output|generation|train|token|activ|non-embedding|vocab|hidden|embedding|layers|heads|batch|context|"
   "sequence|input|n_ctx|total|number|param|model|size|上下文|コンテキスト|컨텍스트|模型|参数|參數|激活")
# A model taking in a number of tokens at once: 'supports 128,000 tokens', 'can process up to 128K tokens', 'handles
# inputs of up to 1M tokens' (not what it was trained on, nor what it writes: 'outputs up to 8K tokens').
SUPPORTS_TOKENS_RE = Gated(re.compile(
    r"\b(?:supports?|handles?|accepts?|(?:can\s+)?(?:process(?:es)?|take\s+in))\s+(?:(?:inputs?|prompts?)\s+of\s+)?"
    r"(?:up\s+to\s+)?(?P<value>(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[KkMm]|million|thousand)|"
    r"(?P<big>\d{1,3}(?:,\d{3})+|\d{4,8}))\s*(?:input\s+)?tokens?(?:\s+(?:of|as)\s+input)?\b", re.I),
    "support|handle|accept|can|process|take")
CONTEXT_BEFORE_RE = Gated(re.compile(
    # '128K context', '32K-token context length', 'up to 128K tokens of context', '支持 8K 的上下文长度' (的/の: of);
    # '支持32K上下文', '支持128K长上下文' (long context): a Chinese word may stand glued before the figure
    # ('pretrained with 1 million context': the multiplier in words)
    r"(?<![A-Za-z0-9_.])(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[KkMm]|(?i:million|thousand)(?=\s))\s*-?\s*"
    r"(?:tokens?\s*-?\s*(?:of\s+)?)?(?:long\s+)?"
    r"(?:(?:context|sequence\s+length)(?!\w)|(?:[的の]\s*)?[长長]?(?:上下文|コンテキスト)|컨텍스트)"
    r"|(?<![\w.,])(?P<big>\d{1,3}(?:,\d{3})+|\d{4,8})\s*-?\s*(?:tokens?\s*(?:of\s+)?(?:long\s+)?context(?!\w)"
    r"|context[\s-]+(?:length|window)(?![a-z])|context(?![\s-]*[a-z]))"
    # '- 65,536 context length' (a spec list's figure before its label; a copied page may run the next figure into
    # it: '1,047,576 context window32,768 max output tokens'; a router's figures side by side: '65,536 context
    # $0.10/M input tokens', not '10,000 context passages')
), r"[0-9]")
# 'a 7B parameter model', 'a 1.3B Parameter Model' (title case), '117M trainable parameters', 'a 30B total / 3B
# active parameter MoE model' (the total, the mixture's active count between it and its noun)
PARAMS_BEFORE_RE = Gated(re.compile(PARAM_VALUE_RE.pattern + r"(?:\s+total\s*/\s*\d+(?:\.\d+)?\s*[BMT]\s+active)?"
                                    + r"\s*(?:-\s*)?(?:(?i:(?:total\s+|trainable\s+)?param(?:eter)?s?)(?![a-z])"
                                    + r"|(?:个|個)?(?:参数|參數)|(?:の)?パラメータ|(?:개의\s*)?(?:파라미터|매개변수)"
                                    # 'using an 8B-scale model', 'a 70B-class model': the model's own size
                                    + r"|(?i:scale|class|sized?)\s+(?:[\w-]+\s+){0,2}?(?i:models?|LLMs?)\b)"),
                         r"[0-9]")  # ... '70亿参数', '130億パラメータ', '13B 파라미터'


# What trains only some parameters: there 'trainable parameters' counts the adapter's, not the model's.
ADAPTER_RE = re.compile(r"\b(?:LoRA|QLoRA|adapters?|PEFT|prefix[\s-]tuning|prompt[\s-]tuning|frozen)\b", re.I)


TOKENS_AFTER_CUE_RE = re.compile(TOKEN_COUNT_RE.pattern.replace(r"(?<![\w.])", r"(?<![\d.,])", 1))


def first_tokens(text: str, start: int, end: int):
    origin = None  # 'from 4K to 128K': the value it is now, its span starting at the old one
    for m in TOKENS_AFTER_CUE_RE.finditer(text, start, end):
        if origin is None and re.search(r"\bfrom\s*$", text[max(start, m.start() - 8):m.start()]) \
                and re.match(r"\s*to\s", text[m.end():end]):
            origin = m.start()
            continue
        if SENTENCE_GAP_RE.search(text, start, m.start()):
            return None  # '200K context window. Knowledge cutoff: April 2025.': the next sentence's figure
        if STRETCHED_TO_RE.search(text[start:m.start()]):
            continue  # '4K sequence length and can be extended to 32K': how far it stretches, not its length
        if EXAMPLE_BEFORE_RE.search(text, max(start, m.start() - 16), m.start()):
            return None  # 'try lowering the context size to e.g. 2048': a setting to choose, not the model's length
        if not TOKENS_END_RE.search(m.group(0)) and re.match(
                r"\s*(?:[BbTt](?![a-z])|billion|trillion|%|x\b|times|layers|heads|dimensions|characters|"
                r"chars\b|words|pages|lines)|[/.\-]\d|[ \t]*(?i:steps|epochs|iterations|updates|samples|examples|"
                r"images|hours|gpus)\b", text[m.end():m.end() + 12]):
            continue  # a size, a ratio, a date ('2023/11/06'), a length in characters or a count of training steps
            # ('… length of 128 and then for 6k steps with …'), on the same line: not a token count (a figure said
            # in tokens is one, whatever word follows: 'Context length: 128K tokens GPUs: 512', lines run together)
        after = OUTPUT_LABEL_AFTER_RE.match(text, m.end())
        if after and not LABEL_COLON_RE.fullmatch(text, start, m.start()) \
                and not OWN_FIGURE_RE.match(text, after.end()):
            return None  # '1,047,576 context window / 32,768 max output tokens': the output limit's own figure
            # (not 'Input token limit: 1,048,576' nor 'Input token limit 1,048,576 Output token limit 8,192': labels
            # standing before their figures, the output limit's its own after it)
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


OUTPUT_LABEL_AFTER_RE = re.compile(r"\s*(?:tokens?\s+)?(?:max(?:imum)?\s+)?(?:output|completion|generation)\s+"
                                   r"(?:tokens?|length|limit)", re.I)
TRAINED_ON_BEFORE_RE = re.compile(r"\b(?:trained|training|pre-?trained)\s+on\s+(?:about\s+|over\s+|roughly\s+)?$",
                                  re.I)
TOKENS_END_RE = re.compile(r"tokens?$", re.I)
OWN_FIGURE_RE = re.compile(r"(?:[ \t]+(?i:limit|length))?[ \t]*[:：]?[ \t*]*\d")
LABEL_COLON_RE = re.compile(r"\**[ \t]*[:：][ \t]*\**[ \t]*")
SENTENCE_GAP_RE = re.compile(r"(?<=[a-z)\]%])[.;!?]\s+\S")  # a sentence ends between the cue and a figure
# ('MAX_SEQ_LEN: maximum sequence length, generally 512': a setting's usual value, not the model's length)
EXAMPLE_BEFORE_RE = re.compile(r"\b(?:e\.\s?g\.|for\s+example|for\s+instance|such\s+as|generally|usually|typically|"
                               r"commonly)[\s,:]*$", re.I)
STRETCHED_TO_RE = re.compile(r"\b(?:extend\w*|extrapolat\w*|scal\w*|expand\w*)\s+(?:up\s+)?to\s*$", re.I)
TOKEN_LIST_AFTER_RE = re.compile(r"\s*(?:,|/|and|or|&)\s*\d+(?:\.\d+)?\s*[KkMm]\b")
TOKEN_LIST_BEFORE_RE = re.compile(r"\b\d+(?:\.\d+)?\s*[KkMm]\s*(?:,|/|and|or|&)\s*$")


SIZE_ENDS_RE = re.compile(PARAM_VALUE_RE.pattern + r"\s*-?\s*$")
# A count of one part of a model ('Embedding Parameters | 0.262B', 'LM Head Parameters', 'Non-embedding Parameters',
# 'Vision encoder parameters'), not its size.
PART_COUNT_BEFORE_RE = re.compile(r"(?:embedding|lm[ \t]+head|head|vision|encoder|decoder|activ\w*|trainable|adapter|"
                                  r"lora)[ \t]*$", re.I)
PARAM_AFTER_CUE_RE = re.compile(PARAM_VALUE_RE.pattern.replace(r"(?<![A-Za-z0-9_.])", r"(?<![\d.])", 1))


# (a mixture's active count after its figure: '17B (Activated)', '3B sparsely activated parameters')
ACTIVE_AFTER_RE = re.compile(r"[ \t]*\(?[ \t]*(?:sparse(?:ly)?\s+)?(?:activ|active\b|per\s+token)", re.I)


FILE_SIZE_RE = re.compile(FILE_SIZE)


# A count written out ('8,890,000,000') or in powers of ten ('8.89 x 10^9', '8.9e9') after its label.
FULL_COUNT_RE = re.compile(r"(?<![\d.,])(?:(?P<mant>\d+(?:\.\d+)?)[ \t]*(?:[x×*][ \t]*10[ \t]*\^?[ \t]*"
                           r"(?P<exp>\d{1,2})|[eE]\+?(?P<exp2>\d{1,2}))|(?P<whole>\d{1,3}(?:,\d{3}){2,}))(?![\d,])")


COUNTED_AFTER_RE = re.compile(r"\s*(?:tokens?|words|bytes|images|hours|samples|examples|steps|\+)")


def first_params(text: str, start: int, end: int):
    full = FULL_COUNT_RE.search(text, start, end)
    first = PARAM_AFTER_CUE_RE.search(text, start, end)
    if full and (first is None or full.start() < first.start()) and not ACTIVE_AFTER_RE.match(text, full.end()):
        if COUNTED_AFTER_RE.match(text, full.end()):
            return None  # 'a size of 16GB and 2,350,234,427 tokens': a count of the data, not of parameters
        value = int(full.group("whole").replace(",", "")) if full.group("whole") else \
            round(float(full.group("mant")) * 10 ** int(full.group("exp") or full.group("exp2")))
        return (value, full.start(), full.end()) if plausible_size(value) else None
    # A mixture's active count ('17B (Activated)', '37B activated for each token') is not its size.
    for m in PARAM_AFTER_CUE_RE.finditer(text, start, end):
        if COUNTED_AFTER_RE.match(text, m.end()):
            return None
        if FILE_SIZE_RE.search(text, start, m.start()):
            return None  # 'Size: 3.12 GB | Images: 10.26M': the cue sizes a file, the figure after it counts images
        if ACTIVE_AFTER_RE.match(text, m.end()) or re.search(r"\w-\Z", text[max(0, m.start() - 2):m.start()]):
            continue  # (nor is the size a hyphenated name carries: 'Model Size | X-10.7B-Instruct: ~ 11B')
        value = parse_params(m)
        if plausible_size(value):
            return value, m.start(), m.end()
        return None
    return None


def _row_start(f: Finder, pos: int, back: int) -> int:
    """`back` characters before `pos`, but not before the table row `pos` stands in."""
    block = f.doc.blocks[f.seg.at(pos).block]
    return max(block.start if block.kind == "row" else 0, pos - back)


def numbers(f: Finder) -> list[Hit]:
    finders = {
        "context": ("context_window", first_tokens, LABEL),
        "context_weak": ("context_window", first_tokens, PHRASE),
        "params": ("parameters", first_params, LABEL),
    }
    hits = [h for h in f.cued(NUMBER_CUES, finders, gap=40)]
    hits = [h for h in hits if not (h.field == "parameters" and h.value and h.start - h.cue > 30)]
    hits = [h for h in hits if not (h.field == "parameters"
                                    and PART_COUNT_BEFORE_RE.search(f.text, max(0, h.cue - 20), h.cue))]
    # A cue that ends a size's phrase ('132B total parameters and 36B live parameters') labels that size (read by
    # PARAMS_BEFORE_RE below), not the next figure, which is often the active count in another word.
    # (in the cue's row: '| Non-embedding Parameters | 1.133B |' ends a row above '| Total Parameters | … |')
    hits = [h for h in hits if not (h.field == "parameters" and SIZE_ENDS_RE.search(f.text, _row_start(f, h.cue, 24),
                                                                                      h.cue))]
    for m in f.scan(CONTEXT_BEFORE_RE):
        if TOKEN_LIST_BEFORE_RE.search(f.text, max(0, m.start() - 16), m.start()):
            continue  # '2K and 32K context length versions': one value per version, none for them all
        if TRAINED_ON_BEFORE_RE.search(f.text, max(0, m.start() - 30), m.start()) and "token" in m.group(0).lower():
            continue  # 'trained on 2 million tokens of context data': what it learnt from ('trained on 8k context' is
            # the length it learnt at, its context window)
        value = parse_tokens(m)
        if value:
            hits.append(Hit("context_window", value, m.start(), m.end(), m.start(), PHRASE))
    for m in f.scan(SUPPORTS_TOKENS_RE):  # 'X Mini supports 128,000 tokens': how much it takes in at once
        value = parse_tokens(m)
        if value and value <= 10_000_000:
            hits.append(Hit("context_window", value, m.start("value"), m.end("value"), m.start(), PHRASE))
    for m in f.scan(PARAMS_BEFORE_RE):
        first, last = f.seg.at(m.start()).block, f.seg.at(m.end() - 1).block
        if first != last and "row" in (f.doc.blocks[first].kind, f.doc.blocks[last].kind):
            continue  # a size ending one table row, 'Total Parameters' opening the next: not one phrase
        before = f.text[max(0, m.start() - 25):m.start()]
        if re.search(r"(?:activ\w*|embedding)\s*$|\b(?:from|to|between|and|up\s+to)\s+[\d.,]*\s*[BMT]?\s*$", before,
                     re.I):
            continue  # active parameters of a mixture, or one end of a range of sizes
        if re.search(r"\b(?:(?:less|fewer|more|greater|smaller|larger)\s+than|under|below|over|above|beyond)\s*$",
                     before, re.I):
            continue  # 'the best model with less than 10B parameters', 'models under 7B parameters': a bound
        sentence = f.seg.at(m.start())
        if re.search(r"trainable", m.group(0), re.I) \
                and ADAPTER_RE.search(f.text, sentence.start, sentence.end):
            continue  # '4M trainable parameters' of a LoRA: the adapter's, not the model's size
        value = parse_params(m)
        if plausible_size(value):
            hits.append(Hit("parameters", value, m.start(), m.end(), m.start(), PHRASE))
    hits += unit_labelled_params(f)  # '- Params (M): 86.6' (field_sizes.py)
    hits += sized_model_hits(f)  # 'Pixtral is a 12B model' (field_sizes.py)
    hits = [h for h in hits if not (h.field == "parameters" and of_base_model(f.text, h.start))]
    hits += [extra for h in hits if h.field == "context_window" for extra in excepted_lengths(f, h)]
    return [h for h in hits if not (h.field == "context_window" and (in_training_table(f, h.start)
                                                                     or pretraining_length(f.text, h.cue)))]


# A line's label naming what a model was made from ('Pretraining Model: Llama (7 billion params)', 'Base model:',
# 'Fine-tuned from:'): a size on that line is the base model's, not the size of the model made from it.
BASE_MODEL_LABEL_RE = re.compile(r"(?:^|\n)[ \t]*(?:[-*+\u2022][ \t]*)?(?:pre-?train(?:ed|ing)|base|foundation|"
                                 r"backbone|parent|teacher|initiali[sz]ed\s+from|(?:fine-?)?tuned\s+from|built\s+(?:up)?on)"
                                 r"(?:[ \t]+(?:model|llm|checkpoint|weights))?[ \t]*:[^\n]*$", re.I)


def of_base_model(text: str, pos: int) -> bool:
    """`pos` lies on a line labelled as the base a model was made from ('- Pretraining Model: X (7B params)')."""
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(BASE_MODEL_LABEL_RE.search(text, max(0, line_start - 1), pos))


EXCEPTION_AFTER_RE = re.compile(r"[^()]{0,120}?\(\s*(?P<value>\d+(?:\.\d+)?\s*[KkMm])\s+(?:tokens?\s+)?for\s+(?=\S)")


# '1M tokens for X Ultra 2; 256K tokens for X Swift 2': after a length said for one model, the next model's.
FOR_AFTER_RE = re.compile(r"[ \t]*(?:tokens?[ \t]+)?for[ \t]")
NEXT_FOR_AFTER_RE = re.compile(r"[^;()\n]{0,80}?[;,]\s*(?:and\s+)?(?P<value>\d+(?:\.\d+)?\s*[KkMm])\s+"
                               r"(?:tokens?\s+)?for\s+(?=\S)")


def excepted_lengths(f: Finder, hit: Hit) -> list[Hit]:
    """'32K token context length … (128K for X-8B)': the parenthesis states X-8B's own length (whose model it is
    is read from the name after 'for'); the length before it is the others'. So does each length said 'for' a model
    after one said so ('1M tokens for X Ultra 2; 256K tokens for X Swift 2')."""
    end = f.seg.at(hit.start).end
    m = EXCEPTION_AFTER_RE.match(f.text, hit.end, end)
    if m is None and FOR_AFTER_RE.match(f.text, hit.end, end):
        m = NEXT_FOR_AFTER_RE.match(f.text, hit.end, end)
    out = []
    while m is not None and (value := parse_tokens(TOKEN_COUNT_RE.match(m.group("value")))):
        out.append(Hit("context_window", value, m.start("value"), m.end("value"), m.start("value"), hit.rank))
        m = NEXT_FOR_AFTER_RE.match(f.text, m.end("value"), end)
    return out


# 'Pretrained Context Length: 2K' (beside a 'Claimed Context Length: 16K'): the length the base was pre-trained at.
PRETRAINING_BEFORE_RE = re.compile(r"\bpre-?train(?:ed|ing)?\s*$", re.I)


# 'We also employ a greedy decoding strategy and set the maximum sequence length to 2048': a length a run (decoding,
# an evaluation, a fine-tuning) is set to, not how much the model reads.
SET_BEFORE_RE = re.compile(r"\bset(?:s|ting)?\s+(?:the\s+|a\s+|our\s+)?$", re.I)


def pretraining_length(text: str, cue: int) -> bool:
    """The length a context cue states is a run's (pre-training's, one a run is set to), not the model's."""
    return bool(PRETRAINING_BEFORE_RE.search(text, max(0, cue - 16), cue)
                or SET_BEFORE_RE.search(text, max(0, cue - 16), cue))


def in_training_table(f: Finder, pos: int) -> bool:
    """`pos` stands in a row of a table of training settings (batch size, GPUs, strategy)."""
    block = f.doc.blocks[f.seg.at(pos).block]
    return block.kind == "row" and any(TRAINING_HEADER_RE.search(h) for h in block.header)


# -- licence ----------------------------------------------------------------------------------------------------------
WORD_START = r"(?:\b|(?<=[a-z])(?=[A-Z]))"  # a word's start, also where dumped page text runs words together
LICENSE_CUES = Gated(re.compile(
    rf"(?P<label>{WORD_START}licen[sc]e(?:\s+(?:type|name))?\s*(?:{LABEL_SEP}|$))"
    r"|(?P<phrase>licen[sc]ed\s+(?:under|as)|(?:released|available|distributed|provided|offered|made\s+available|"
    r"open-?sourced|published)\s+"
    r"(?:publicly\s+)?under|under\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?(?=[A-Z][\w.\-]*\s+(?:[\w.\-\[\]]+\s+){0,4}"
    r"(?:License|Licence)))"
    r"|(?P<subject>(?:use|usage)\s+of\s+[^.;]{0,80}?\bsubject\s+to"
    # 'This project, along with its weights, is subject to the CreativeML Open RAIL-M license'
    r"|(?:(?<=\bis\s)|(?<=\bare\s))subject\s+to\s+(?:the\s+)?"
    r"(?=[\[(]?[A-Z][\w.\-]*\s+(?:[\w.\-]+\s+){0,4}(?:License|Licence)))",
    re.I | re.M,
), 'licen|release|availab|distribut|provid|offer|made|under|us|subject|open|publish')


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
CODE_SUBJECT_RE = re.compile(r"\b(?:code|code\s*base|repository|repo|software|sources?|library|package|toolkit|"
                             r"scripts?|data\s*sets?|corpus|corpora|annotations|images)\b", re.I)
# (or data: 'the X dataset, which was made available under the ODC Attribution License', 'The annotations are
# licensed … under CC BY 4.0')
# ... and the model it was made from: 'The foundation model was published under the MIT license'
BASE_SUBJECT_RE = re.compile(r"\b(?:foundation|base|original|underlying|parent|teacher)\s+models?\b", re.I)
# ... and a README's 'This project is licensed under …' (on a hub card, whose front matter has a licence, the
# project is the model)
PROJECT_SUBJECT_RE = re.compile(r"\bproject\b", re.I)
# '… licensed under the MIT License. For the pretrained models, please refer to the corresponding license of the
# models.': the next sentence says the models are licensed otherwise, so the licence named was the code's.
MODELS_OWN_LICENSE_RE = re.compile(r"\b(?:corresponding|respective|original|own)\s+licen[cs]es?\b|"
                                   r"\blicen[cs]es?\s+of\s+(?:the|each)\s+(?:pre-?trained\s+)?(?:models?|weights)\b|"
                                   r"\b(?:models?|weights)\s+(?:are|is)\s+(?:subject\s+to|governed\s+by)\s+(?:their|its)\b",
                                   re.I)
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


# The subject of a licence statement that is the model itself: its weights, the models ('Model weights are licensed
# under …', 'Our models fall under …', 'The weights are released under …').
WEIGHTS_SUBJECT_RE = re.compile(r"\W*(?:(?:the|our|all|model|these)\s+){0,2}(?:model\s+)?"
                                r"(?:weights|checkpoints|models)\b", re.I)


PRONOUN_SUBJECT_RE = re.compile(r"\s*(?:and\s+)?(?:it|this|they)\s+(?:is|are|was|were)\b", re.I)
APACHE_NOTICE_RE = re.compile(r"governing\s+permissions\s+and\s+limitations", re.I)


def _clause_start(f: Finder, cue: int) -> int:
    """Where the clause of a licence cue starts: its sentence, or the end of a licence named before it in the same
    sentence ('Our models fall under the X License Our training scripts under the Apache 2 License')."""
    start = f.seg.at(cue).start
    # (a licence's name ends with 'License'; 'licensed' is the verb of the clause itself: 'The annotations are
    # licensed by X under CC BY 4.0 license')
    before = list(re.finditer(r"\blicen[cs]es?\b\)?|\)", f.text[start:cue], re.I))
    return start + before[-1].end() if before else start


def _code_licence(f: Finder, hit: Hit) -> bool:
    """'This code repository is licensed under MIT', '## License' over 'Toolkit source code in this repository: MIT
    License.': the statement's subject, before the licence, is code (or data), not a model or its weights."""
    spans = [(_clause_start(f, hit.cue), hit.cue)]
    if f.seg.index_at(hit.start) != f.seg.index_at(hit.cue):  # a label over a line of its own
        spans.append((f.seg.at(hit.start).start, hit.start))
    if APACHE_NOTICE_RE.search(f.text, f.seg.at(hit.start).start, f.seg.at(hit.start).end):
        return True  # '… governing permissions and limitations under the License': a source file's notice
    index = f.seg.index_at(spans[0][0])
    if PRONOUN_SUBJECT_RE.match(f.text, *spans[0]) and index > 0:
        # 'X was built by the contributors of this dataset. And it is distributed under the MIT license.'
        previous = f.seg.sentences[index - 1]
        spans.append((previous.start, previous.end))
    return any((CODE_SUBJECT_RE.search(f.text, a, b) or "license" not in f.doc.meta
                and PROJECT_SUBJECT_RE.search(f.text, a, b)) and not re.search(r"\bmodel|weights", f.text[a:b], re.I)
               for a, b in spans)


def licenses(f: Finder) -> list[Hit]:
    # 'OpenChat series: LLaMA License⏎OpenCoder series: X': a licence's name ending a line is no label of the next,
    # nor does it end the value of the label before it ('License⏎NVIDIA Community Model License').
    hits = f.cued(LICENSE_CUES, {"label": ("license", license_in, LABEL), "phrase": ("license", license_in, PHRASE),
                                 "subject": ("license", license_in, PHRASE)}, gap=90,
                  is_cue=lambda m: not bare_label_in_line(f.text, m.start()))
    # 'This code repository is licensed under MIT': the code's licence, not the model's.
    coded = {id(h) for h in hits if _code_licence(f, h)}
    code = {h.value for h in hits if id(h) in coded}
    hits = [h for h in hits if not any(MODELS_OWN_LICENSE_RE.search(f.seg.text(s)) for s in f.seg.following(h.end, 2))]
    hits = [h for h in hits if id(h) not in coded
            and not FILE_LICENSE_RE.search(f.text, f.seg.at(h.cue).start, f.seg.at(h.end - 1).end + 60)
            and not BASE_SUBJECT_RE.search(f.text, _clause_start(f, h.cue), h.cue)]
    for m in re.finditer(r"(?<![\w-])(?:[A-Z][\w.\-]*\s+|\d+(?:\.\d+)*\s+){1,4}(?:Community|Open\s+(?:Model|Weights?))"
                         r"\s+License(?:\s+Agreement)?", f.text):
        hits.append(Hit("license", m.group(0).strip(), m.start(), m.end(), m.start(), WEAK))
    for m in LICENSE_FOR_MODEL_RE.finditer(f.text):
        hits.append(Hit("license", m.group("license"), m.start(), m.end("license"), m.start(), PHRASE))
    for block in f.doc.blocks:  # '- **Permissive Apache 2.0 license:** Build freely …': a highlight headed by it
        head = ITEM_LICENSE_HEAD_RE.match(f.text, block.start, block.end) if block.kind == "item" else None
        found = find_license(head.group(1)) if head else None
        if found and not GENERIC_LICENSE_HEAD_RE.fullmatch(found[0]):  # '- **Model License**: …' is a label
            start = block.start + found[1]
            hits.append(Hit("license", found[0], start, start + found[2] - found[1], block.start, PHRASE))
    hits += listed_licenses(f)  # '- [org/X-7B-Instruct](…): cc-by-nc-4.0', one item per model
    for m in PAREN_LICENSE_RE.finditer(f.text):  # 'X-7B-multi (Apache-2.0)': the licence of the name before it
        found = find_license(m.group(1))
        if found and found[1] == 0 and found[2] == len(m.group(1)):
            hits.append(Hit("license", found[0], m.start(1), m.end(1), m.start(), PHRASE, needs_scope=True))
    hits += cjk_licenses(f)  # named in Chinese, Japanese or Korean sentences
    for hit in hits:
        # 'Model weights are licensed under X' beside 'OpenLRM as a whole is licensed under Y', 'Our models fall under
        # X' beside 'Our training scripts under Y': the statement whose subject is the weights or the models is
        # the model's licence, before one of the project as a whole.
        if hit.rank == PHRASE and WEIGHTS_SUBJECT_RE.match(f.text, _clause_start(f, hit.cue), hit.cue):
            hit.rank = LABEL
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
        if table.transposed and sizes_header(table) and (excerpt := header_source(f.doc, table)):
            # '| Parameters | 2B | 9B | 27B |': each column's size, read where its first row names the column
            block = f.doc.blocks[table.blocks[0]]
            for j, head in enumerate(table.header[1:len(block.cells)], start=1):
                start = cell_start(f.doc, block, table.header, j)
                if start is not None:
                    hits.append(Hit("parameters", parse_size(head), start, start + len(block.cells[j].strip()),
                                    block.start, LABEL + 1, row_excerpt=excerpt))
        for name, index, value in key_value_rows(f.doc, table):
            block = f.doc.blocks[index]
            # The value cell's span: a row without a source line (an HTML row) is excerpted around its value.
            start = cell_start(f.doc, block, table.header, 1)
            start, end = (block.start, block.end) if start is None else (start, start + len(block.cells[1].strip()))
            hits.append(Hit(name, value, start, end, block.start, LABEL, row_excerpt=block.source or None))
        for index, section in table.section_of.items():
            # 'Text-to-text models' over a group of rows states each row's input and output.
            kinds = SECTION_MODALITIES_RE.match(f.doc.blocks[section].cells[0])
            block = f.doc.blocks[index]
            # The section row's source line, or (an HTML row) its one cell's text.
            source = f.doc.blocks[section].source or f.doc.blocks[section].cells[0]
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
