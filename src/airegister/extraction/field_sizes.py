"""A model's size written as the adjective of the model itself ('Pixtral is a 12B model', 'the new 110B model'),
never a size set against it ('outperforms a 70B model') nor a class of models ('the 7B models'); a size whose unit its
label gives ('Params (M): 86.6')."""

import re

from .finder import LABEL, PHRASE, Finder, Hit
from .scan import Gated
from .values import parse_params, plausible_size

# 'Pixtral is a 12B model', 'the new 110B model', 'our 7B multilingual model': a size standing as the adjective of one
# model (never 'the 7B models', a class); the determiner before it is checked in `sized_model_hits`.
SIZE_MODEL_RE = Gated(re.compile(r"(?P<size>(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[BMT]|billion|million|trillion))"
                                 r"(?![A-Za-z0-9.])(?:\s*-\s*|\s+)(?:[A-Za-z][\w-]*\s+){0,2}?(?:model|LLM|language\s+model)(?![\w-])"),
                      r"[0-9]")
SIZE_MODEL_LEAD_RE = re.compile(r"(?:^|[\s(])(?:an?|the\s+new|our(?:\s+new)?|this|new)\s+$", re.I)
# A size after these is another model's, set against this one ('outperforms a 70B model', 'as good as a 13B model').
AGAINST_RE = re.compile(r"\b(?:than|outperform\w*|beat\w*|rival\w*|surpass\w*|compar\w*|match\w*|vs\.?|versus|"
                        r"against|like|as|over|exceed\w*|from|into|of|with|using|and|or|to|based\s+on|fine-?tuned|"
                        r"distill\w*)\s+(?:\S+\s+){0,2}$", re.I)

# ... nor is a size of a model still to come ('Our 33B model is now in beta!', 'our 70B model is coming soon').
TO_COME_AFTER_RE = re.compile(r"[ \t]+(?:is|will\s+be)[ \t]+(?:now[ \t]+|still[ \t]+)?"
                              r"(?:in[ \t]+(?:beta|training|preview)|coming|under[ \t]+(?:training|development)|"
                              r"being[ \t]+trained|on[ \t]+the[ \t]+way)\b", re.I)


def sized_model_hits(f: Finder) -> list[Hit]:
    hits = []
    for m in f.scan(SIZE_MODEL_RE):
        # (within its sentence: 'defensive cybersecurity.⏎This 13B model' sets nothing against it)
        before = f.text[max(f.seg.at(m.start()).start, m.start() - 40):m.start()]
        lead = SIZE_MODEL_LEAD_RE.search(before)
        if not lead or AGAINST_RE.search(before[:lead.start() + 1]) or TO_COME_AFTER_RE.match(f.text, m.end()):
            continue
        value = parse_params(m)
        if plausible_size(value):
            hits.append(Hit("parameters", value, m.start(), m.end("size"), m.start(), PHRASE))
    return hits


# A size whose unit the label gives in parentheses ('Params (M): 86.6', '#Params (B) = 7.2', 'Parameters (in
# millions): 125'): a spec list's or a stats line's count, in that unit.
UNIT_LABEL_PARAMS_RE = Gated(re.compile(
    r"(?<![\w-])(?:#\s*|(?:total\s+|number\s+of\s+)?)param(?:eter)?s\s*\(\s*(?:in\s+)?(?P<unit>M|B|millions?|billions?)"
    r"\s*\)\**\s*[:=]\s*\**\s*(?P<num>\d+(?:\.\d+)?)(?![\d.,]|\s*(?:[%xX×]|[KMBTkmbt]\b))", re.I), "param")


def unit_labelled_params(f: Finder) -> list[Hit]:
    hits = []
    for m in f.scan(UNIT_LABEL_PARAMS_RE):
        if f.doc.blocks[f.seg.at(m.start()).block].kind == "row":
            continue  # a table's '#Params (M)' column is read as a column, its rows naming whose size it is
        if re.search(r"(?:activ\w*|embedding|trainable)\s*$", f.text[max(0, m.start() - 16):m.start()], re.I):
            continue  # a mixture's active count, the embeddings', an adapter's: not the model's size
        value = round(float(m.group("num")) * (10**6 if m.group("unit")[0] in "Mm" else 10**9))
        if plausible_size(value):
            hits.append(Hit("parameters", value, m.start("num"), m.end("num"), m.start(), LABEL))
    return hits
