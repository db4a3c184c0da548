"""Facts a Hugging Face card states only in its YAML front matter: what goes in and comes out, from a
`pipeline_tag` or a tag shaped 'text-to-image' (the card's prose often never says it)."""

import re

from .document import Document
from .finder import WEAK, Hit
from .values import MODALITY_WORDS

MOD_WORD = "|".join(pattern for pattern, _name in MODALITY_WORDS)
# 'text-to-image', 'image-text-to-text', 'text-to-speech'; not 'text-generation', whose output alone is named.
TASK_RE = re.compile(rf"(?P<ins>(?:{MOD_WORD})(?:-(?:{MOD_WORD}))*)-to-(?P<outs>{MOD_WORD})", re.I)
# Tasks whose name does not spell 'X-to-Y' but fixes both sides.
NAMED_TASKS = {"automatic-speech-recognition": (["audio"], ["text"])}


def _canonical(words: str) -> list[str]:
    found = []
    for word in words.split("-"):
        name = next((n for pattern, n in MODALITY_WORDS if re.fullmatch(pattern, word, re.I)), None)
        if name and name not in found:
            found.append(name)
    return found


def meta_modalities(doc: Document) -> list[Hit]:
    """The card's task from its front matter: `pipeline_tag: text-to-image`, else a tag '- text-to-image'; the
    front-matter line is the excerpt."""
    candidates = []
    tag = doc.meta.get("pipeline_tag")
    if isinstance(tag, str) and "pipeline_tag" in doc.meta_lines:
        candidates.append((tag, doc.meta_lines["pipeline_tag"]))
    tags = doc.meta.get("tags")
    for tag in tags if isinstance(tags, list) else []:
        line = re.search(rf"(?m)^[ \t]*-[ \t]*['\"]?{re.escape(str(tag))}['\"]?[ \t]*$", doc.verbatim)
        if line:
            candidates.append((str(tag), line.group(0).strip()))
    for value, excerpt in candidates:
        task = TASK_RE.fullmatch(value.strip())
        ins, outs = (_canonical(task.group("ins")), _canonical(task.group("outs"))) if task else \
            NAMED_TASKS.get(value.strip().lower(), ([], []))
        if ins and outs:
            return [Hit("input_modalities", ins, 0, 0, 0, WEAK, excerpt=excerpt),
                    Hit("output_modalities", outs, 0, 0, 0, WEAK, excerpt=excerpt)]
    return []
