"""Names a sentence offers for download as the document's models: 'download our pretrained `X-0.5B` `X-300M`
`X-300M-SFT` model', 'you can download the released A, B and C checkpoints'. READMEs of speech and image models often
name their checkpoints only there (and in the download code beside it), never as a sentence's subject."""

import re

# The offer, ending where the names begin.
OFFER_RE = re.compile(r"\b(?:download|get|fetch)\s+(?:all\s+)?(?:our|the|these)\s+(?:pre-?trained\s+|released\s+|"
                      r"open[- ]source\s+)?(?:models?\s*:?\s*)?$", re.I)
# Between two names of the offered list: a space (code spans run together once their backticks are read), a comma,
# 'and', 'or'.
BETWEEN_RE = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?")
# What the list ends with: what the names are ('… model', '… checkpoints'), or the sentence's end.
CLOSE_RE = re.compile(r"\s*(?:models?|checkpoints?|weights)\b", re.I)


def offered_spans(text: str, mentions: list) -> set[tuple[int, int]]:
    """Spans of the mentions (in document order) that a download offer lists, two names at least."""
    found: set[tuple[int, int]] = set()
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if not OFFER_RE.search(text, max(0, m.start - 60), m.start):
            i += 1
            continue
        run = [m]
        while i + 1 < len(mentions) and BETWEEN_RE.fullmatch(text, run[-1].end, mentions[i + 1].start):
            i += 1
            run.append(mentions[i])
        if len(run) >= 2 and CLOSE_RE.match(text, run[-1].end):
            found |= {(r.start, r.end) for r in run}
        i += 1
    return found
