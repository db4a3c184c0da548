"""Checkpoints a research README lists by what they were trained for, each over its own download: '- [X for
GTA→Cityscapes](https://drive.google.com/…)', '- X trained on VoiceBank-DEMAND: `gdown 1_H3…`', '- M1: `wget
https://…/m1.ckpt`'. The label is the checkpoint's name, however many plain words it holds; the section offers
checkpoints and lists two of them at least."""

import bisect
import re

from .hubs import file_host_of_address
from .name_shapes import tokens
from .tables import WEIGHTS_EXTENSIONS

# A label over a download command ('X trained on D: gdown 1_H3…', 'M1: wget https://…/m1.ckpt'): the command fetches
# one file (a Google Drive id, an address of a weights file).
LABEL_OVER_COMMAND_RE = re.compile(r"(?P<label>[A-Za-z0-9][^:\n]{0,59}?)[ \t]*:[ \t]*(?:gdown[ \t]+(?:--id[ \t]+)?"
                                   r"[\w-]{20,}|(?:wget|curl[ \t]+-\w+)[ \t]+\S+?\." + WEIGHTS_EXTENSIONS + r")\S*\s*$",
                                   re.I)
# A label that is a checkpoint's name: no sentence ('Note that this checkpoint works …', 'For the dereverberation
# task, we offer …'): a name-like first word, then at most seven words.
LABEL_RE = re.compile(r"(?=[^,;.!?]*$)(?:[A-Z0-9][\w+.\-]*)(?:[ \t]+[\w+.\-→()]+){0,7}|"
                      # ... or words in lower case that say it is a model ('latin model', 'chinese (traditional) model')
                      r"[a-z][\w+.\-]*(?:[ \t]+[\w+.\-()]+){0,3}[ \t]+(?:model|checkpoint)")
# An archive a release offers its weights in ('…/releases/download/v1.1.7/tamil.zip').
ARCHIVE_URL_RE = re.compile(r"\.(?:zip|tar\.gz|tgz|tar|7z)$", re.I)
# Where a section offers checkpoints: its heading or one of its sentences.
OFFERS_RE = re.compile(r"\b(?:checkpoints?|pre-?trained|weights|models?|download)\b", re.I)


def checkpoint_labels(doc, seg, alone) -> list[tuple[int, str]]:
    """(where each label starts, the label) of the sections' lists of checkpoints, two items at least in a section.
    `alone(start, end)` tells a link standing alone in its item."""
    text, found = doc.text, []
    by_section: dict[int, list[tuple[int, str]]] = {}
    heading_starts = [b.start for b in doc.heading_blocks]  # in document order
    for block in doc.blocks:
        if block.kind != "item":
            continue
        label = _command_label(text, block) or _linked_label(doc, block, alone)
        if not label or not LABEL_RE.fullmatch(label[1]) or not any(len(t) > 1 or t.isdigit() for t in
                                                                    tokens(label[1])):
            continue
        before = bisect.bisect_left(heading_starts, block.start)  # the section's heading: the last one above
        by_section.setdefault(heading_starts[before - 1] if before else -1, []).append(label)
    for section, labels in by_section.items():
        offered = OFFERS_RE.search(text, max(section, 0), labels[0][0])
        if len(labels) >= 2 and offered and len({tokens(label) for _at, label in labels}) == len(labels):
            found += labels
    return found


def _command_label(text: str, block) -> tuple[int, str] | None:
    match = LABEL_OVER_COMMAND_RE.match(text, block.start, block.end)
    return (block.start, match.group("label").strip()) if match and match.end() == block.end else None


def _linked_label(doc, block, alone) -> tuple[int, str] | None:
    """'[X for GTA→Cityscapes](https://drive.google.com/…)' alone in its item: a label of two words at least (one
    word is an identifier, read by name_lists.py)."""
    links = doc.links_from(block.start, block.end)
    if len(links) != 1:
        return None
    start, end, url = links[0]
    label = doc.text[start:end].strip()
    path = url.split("?")[0]
    weights = re.search(rf"\.{WEIGHTS_EXTENSIONS}$", path, re.I) \
        or ARCHIVE_URL_RE.search(path) and "/releases/download/" in url
    if " " not in label or not (file_host_of_address(url) or weights) or not alone(start, end):
        return None
    return start + doc.text[start:end].index(label), label
