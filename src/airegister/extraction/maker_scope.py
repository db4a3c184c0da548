"""Whose maker a developer statement names: the document's models', or something else the document names (a
component, a list of another maker's models, the family's own name in a possessive). `maker_of_other` answers it for
both the per-model facts and the one-maker-for-all step of extract.py."""

import re

from .document import Document
from .field_developers import KNOWN_DEVELOPER_RE, ORG_SUFFIX
from .finder import PHRASE, Hit
from .links import letters
from .names import ModelNames
from .segment import Segmenter

# '… CLIP model from OpenAI', 'the Whisper models by OpenAI': the name just before the kind word the maker is said of.
# ... or the name, a tool's or a repository id, just before 'developed by' ('results at Threestudio developed by X',
# 'a reward model org/rm-static trained by X'; not a language the model is for: 'Model for French developed by X').
NAMED_KIND_BEFORE_RE = re.compile(r"(?<![\w.\-])(?P<name>[A-Z][\w.\-]*)[ \t]+(?:models?|encoders?|backbones?|"
                                  r"tokenizers?|checkpoints?)[ \t]*,?[ \t]+(?:developed[ \t]+)?(?:from|by)[ \t]+$|"
                                  r"(?<![\w.\-])(?<!\bfor\s)(?<!\bin\s)(?P<maker_of>[A-Z][\w.\-]*|[\w.\-]+/[\w.\-]+)"
                                  r"[ \t]+(?:developed|trained|built|created|made)[ \t]+by[ \t]+$|"
                                  # ('the image-conditioned stable diffusion checkpoint released by X')
                                  r"\b(?:the|an?|[Dd]ownload|[Uu]se|[Uu]sing|[Ll]oad)[ \t]+(?:[\w\-]+[ \t]+){0,3}?"
                                  r"(?P<kind_of>[a-z][\w\-]*)[ \t]+"
                                  r"(?:checkpoints?|weights)[ \t]+"
                                  r"(?:released|provided|trained|developed)[ \t]+by[ \t]+$")
ORG_SUFFIX_RE = re.compile(rf"\b{ORG_SUFFIX}$")
# The possessive after a named maker ('Functionary's GGUF models').
POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")


def maker_of_other(doc: Document, seg: Segmenter, names: ModelNames, hit: Hit) -> bool:
    """The developer `hit` names makes something other than the document's models."""
    if hit.field != "developer" or hit.doc_level:
        return False
    return _other_subject(doc, seg, names, hit) or _introduces_others(doc, seg, names, hit) \
        or _named_other_kind(doc, seg, names, hit) or _own_family_possessor(doc, names, hit)


def _named_other_kind(doc: Document, seg: Segmenter, names: ModelNames, hit: Hit) -> bool:
    """'Our vision backbone is CLIP model from OpenAI', 'Threestudio developed by X': the maker of what is named just
    before 'model from' or 'developed by', when that name is none of the document's models nor their family's stem."""
    m = NAMED_KIND_BEFORE_RE.search(doc.text, seg.at(hit.cue).start, hit.start)
    if not m or hit.rank != PHRASE and not (m.group("maker_of") or m.group("kind_of")):
        return False
    name = m.group("name") or m.group("maker_of") or m.group("kind_of")
    if name.lower() in ("the", "our", "these", "its", "their", "all", "both", "it", "this", "model", "models",
                        "pretrained", "pre-trained", "trained", "original", "official", "released", "new"):
        return False
    head = _stem(name)
    return bool(head) and not any(_stem(names.candidates[k].display) == head for k in names.described)


def _own_family_possessor(doc: Document, names: ModelNames, hit: Hit) -> bool:
    """"Functionary's GGUF models" over the models 'functionary-small-v3.2', …: the possessor is the family's own
    name, not an organisation (a known maker whose name the family carries, 'Mistral's models', stays)."""
    if not POSSESSIVE_AFTER_RE.match(doc.text, hit.end) or KNOWN_DEVELOPER_RE.fullmatch(hit.value) \
            or ORG_SUFFIX_RE.search(hit.value):
        return False  # ('Resemble AI's …' names an organisation by its kind word)
    owner = letters(hit.value)
    return bool(owner) and any(letters(own_part(names.candidates[k].display)).startswith(owner)
                               for k in names.described)


def _stem(name: str) -> str:
    """A name's first run of letters, lower-cased ('YOLO-Human', 'YOLOv8n-human': 'yolo'); '' when short."""
    m = re.match(r"[A-Za-z]{3,}?(?=[vV]?\d|[\W_]|$)", own_part(name))
    return m.group(0).lower() if m else ""


def own_part(name: str) -> str:
    """A hub id's name without its organisation ('ResembleAI/Chatterbox-…': 'Chatterbox-…')."""
    return name.rsplit("/", 1)[-1]


def _other_subject(doc: Document, seg: Segmenter, names: ModelNames, hit: Hit) -> bool:
    """A maker stated of something the document names that is none of its models ('[UniTE Metric](…) was developed
    by the X Lab' on a page of Y's models): that thing's maker, not the document's."""
    sentence = seg.at(hit.cue)
    subject = doc.text[sentence.start:hit.cue]
    if not re.search(r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+$", subject) \
            or not re.match(r"\s*[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*\s+(?:was|were|is|are|has|have)\b", subject) \
            or re.match(r"\s*(?:It|This|That|These|They|We|He|She|Models?)\b", subject):  # "Model was trained by"
        return False
    head = re.match(r"\s*(\S+)", subject).group(1).lower()
    if len(head) >= 4 and any(re.match(re.escape(head) + r"[-_ ]", names.candidates[k].display.lower())
                              for k in names.described):
        return False  # 'X-Chat is … developed by …' over 'X-Chat-13B' and 'X-Chat-65B': the family of the models
    described = names.described_set()
    return not any(set(names.resolve(m.key)) & described for m in names.mentions_in(sentence.start, hit.cue))


def _introduces_others(doc: Document, seg: Segmenter, names: ModelNames, hit: Hit) -> bool:
    """A maker stated in the sentence introducing a list ('… BERT models released by Google Research …:' over
    '- BERT-base, English, cased, …') is the maker of that list's items: when neither the sentence nor the items
    name any of the document's models, it makes none of them."""
    sentence = seg.at(hit.cue)
    if not doc.text[sentence.start:sentence.end].rstrip().endswith(":"):
        return False
    end = sentence.end
    for block in doc.blocks[sentence.block + 1:]:
        if block.kind != "item":
            break
        end = block.end
    if end == sentence.end:
        return False
    described = names.described_set()
    return not any(set(names.resolve(m.key)) & described for m in names.mentions_in(sentence.start, end))
