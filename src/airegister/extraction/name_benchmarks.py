"""Names a document itself calls benchmarks ('on HumanEval, MultiPL-E, MBPP, DS-1000, and APPS benchmarks', a
section headed '3) DS-1000 Benchmark'): a test set the models are scored on, however much it looks like a versioned
model's name, is no model of the document."""

import re

from .document import Document
from .name_shapes import BENCHMARK_TOKENS, tokens

ITEM = r"[A-Za-z][\w.+\-]*(?:[ \t]+\([^()\n]{0,40}\))?"
# A list of three names at least, ending in the word 'benchmarks' ('… MBPP, DS-1000, and APPS benchmarks').
LISTED_RE = re.compile(rf"(?P<list>{ITEM}(?:[ \t]*,[ \t]*{ITEM})+[ \t]*,?[ \t]*(?:and|or)[ \t]+{ITEM})[ \t]+"
                       r"(?:benchmarks|test\s+sets|datasets)\b", re.I)
# A heading naming one benchmark ('#### 3) DS-1000 Benchmark'; not 'X-7B Benchmarks', a model's results).
HEADED_RE = re.compile(r"\W*(?:\d+(?:\.\d+)*[.)]?[ \t]+)?(?P<name>[A-Za-z][\w.+\-]*)[ \t]+[Bb]enchmark\W*")


def benchmark_keys(doc: Document) -> set[frozenset]:
    keys = set()
    for m in LISTED_RE.finditer(doc.text):
        items = [re.sub(r"\s*\(.*", "", item).strip() for item in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+",
                                                                           m.group("list"))]
        # ... a list of benchmarks: one of its items at least is a well-known one
        if any(tokens(item) & BENCHMARK_TOKENS for item in items):
            keys |= {tokens(item) for item in items if item}
    title = doc.heading_blocks[0] if doc.heading_blocks else None
    titled = tokens(doc.text[title.start:title.end]) if title else frozenset()
    for block in doc.blocks:
        if block.kind == "heading" and (m := HEADED_RE.fullmatch(doc.text, block.start, block.end)) \
                and not tokens(m.group("name")) <= titled:  # ('# X-2 … ## X-2 Benchmark': the model's results)
            keys.add(tokens(m.group("name")))
    return keys
