"""Facts a Hugging Face card states only in its YAML front matter: what goes in and comes out, from a
`pipeline_tag` or a tag shaped 'text-to-image' (the card's prose often never says it)."""

import re
from collections import Counter

from .document import Document
from .finder import WEAK, Hit
from .links import anagram, snippet_repositories
from .name_shapes import tokens
from .values import MODALITY_WORDS

MOD_WORD = "|".join(pattern for pattern, _name in MODALITY_WORDS)
# 'text-to-image', 'image-text-to-text', 'text-to-speech'; not 'text-generation', whose output alone is named.
TASK_RE = re.compile(rf"(?P<ins>(?:{MOD_WORD})(?:-(?:{MOD_WORD}))*)-to-(?P<outs>{MOD_WORD})", re.I)
# Tasks whose name does not spell 'X-to-Y' but fixes both sides.
NAMED_TASKS = {"automatic-speech-recognition": (["audio"], ["text"])}
# Tasks whose name says only what goes in ('image-classification': images are classified): the input, the output
# (a label) left unsaid. ('object-detection' names no input; its card may take video or depth as well.)
INPUT_TASK_RE = re.compile(r"(?P<ins>image|audio|video)-classification", re.I)


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
    for value, excerpt in candidates:
        task = INPUT_TASK_RE.fullmatch(value.strip())
        if task:
            return [Hit("input_modalities", [task.group("ins").lower()], 0, 0, 0, WEAK, excerpt=excerpt)]
    return []


def loaded_model(doc: Document, keys: list[frozenset]) -> frozenset | None:
    """Of the models a card's front matter could be about, the one its usage snippets load most often
    ('from_pretrained("org/X-1.3B")'): the card is that repository's, and its front matter (licence, task) is
    that model's, not its siblings' the card only links to. None when no snippet loads one of them, or two tie."""
    # A repository spelled its own way ('X-Llama3-V-2_5') loads the name the text writes ('X-Llama3-V 2.5').
    spelled = {key: anagram(" ".join(key)) for key in keys}
    found = Counter(key for _org, name in snippet_repositories(doc.source_text)
                    for key in keys if tokens(name) == key or anagram(name) == spelled[key])
    ranked = found.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]
