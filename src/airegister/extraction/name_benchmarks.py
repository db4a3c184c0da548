"""Names a document itself calls benchmarks ('on HumanEval, MultiPL-E, MBPP, DS-1000, and APPS benchmarks', a
section headed '3) DS-1000 Benchmark'): a test set the models are scored on, however much it looks like a versioned
model's name, is no model of the document."""

import re

from .document import Document
from .name_shapes import BENCHMARK_TOKENS, tokens

# The word ending a list of benchmarks ('… MBPP, DS-1000, and APPS benchmarks'); the list is read backwards from it.
LIST_END_RE = re.compile(r"[ \t]+(?:benchmarks|test\s+sets|datasets)\b", re.I)
ITEM_RE = re.compile(r"[A-Za-z][\w.+\-]*(?:[ \t]+\([^()\n]{0,40}\))?")
SEPARATOR_RE = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
# A heading naming one benchmark ('#### 3) DS-1000 Benchmark'; not 'X-7B Benchmarks', a model's results).
HEADED_RE = re.compile(r"\W*(?:\d+(?:\.\d+)*[.)]?[ \t]+)?(?P<name>[A-Za-z][\w.+\-]*)[ \t]+[Bb]enchmark\W*")


def benchmark_keys(doc: Document) -> set[frozenset]:
    keys = set()
    for m in LIST_END_RE.finditer(doc.text):
        items = _listed_before(doc.text, m.start())
        # ... a list of three at least, one of them a well-known benchmark
        if len(items) >= 3 and any(tokens(item) & BENCHMARK_TOKENS for item in items):
            keys |= {tokens(item) for item in items}
    title = doc.heading_blocks[0] if doc.heading_blocks else None
    titled = tokens(doc.text[title.start:title.end]) if title else frozenset()
    for block in doc.blocks:
        if block.kind == "heading" and (m := HEADED_RE.fullmatch(doc.text, block.start, block.end)) \
                and not tokens(m.group("name")) <= titled:  # ('# X-2 … ## X-2 Benchmark': the model's results)
            keys.add(tokens(m.group("name")))
    return keys


def _listed_before(text: str, end: int) -> list[str]:
    """The items of the list ending at `end` ('HumanEval, MBPP (Python), DS-1000, and APPS'), last first: names
    parted by commas or 'and', read back from `end` while they go on."""
    items, at = [], end
    start = max(text.rfind("\n", 0, end) + 1, end - 400)
    line = text[start:end]
    while True:
        item = next((m for m in ITEM_RE.finditer(line) if m.end() == at - start), None)
        if item is None:
            return items
        items.append(re.sub(r"\s*\(.*", "", item.group(0)))
        sep = next((m for m in SEPARATOR_RE.finditer(line, 0, item.start()) if m.end() == item.start()), None)
        if sep is None:
            return items
        at = start + sep.start()
