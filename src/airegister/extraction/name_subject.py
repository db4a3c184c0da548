"""The document's subject, when no rule found a model: the name the page is *about*.

Every document the register reads describes at least one model. When none of the name rules (a version, a size, a
table's name column, an introduction) found one, the model is usually named without a digit and without a
defining sentence the rules know: 'OpenVoice can accurately clone …', '# 🍰 Tiny AutoEncoder for Stable Diffusion'
over 'TAESD is very tiny autoencoder …', a logo whose alt text is 'Basic Pitch Logo'. Such a name stands where a
page shows what it is about (its title, a logo's alt text or file name, the repository its own links point to)
and is repeated in its prose. Both are required, and the prose must repeat it: a word the title shares with one
sentence is not a subject.
"""

import re
from collections import Counter

from .links import letters
from .name_shapes import MODEL_NOUN_RE, NOT_INTRODUCED, tokens
from .name_stems import NOT_STEMS
from .segment import CAMEL_WORDS
from .values import KNOWN_DEVELOPERS

# A proper name: a word with a capital after its first letter ('OpenVoice', 'TAESD', 'clinicalBERT'), or one or two
# capitalised words ('Latxa', 'Basic Pitch'); digits and inner hyphens allowed ('X-Codec'), nothing glued to it.
WORD = r"[A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*"
# The second word is looked ahead at, not taken, so that it may start the next name too ('the NCBI BERT').
NAME_WORD_RE = re.compile(rf"(?<![\w/.@#-])(?P<first>{WORD})(?![\w/-])"
                          r"(?=[ \t]+(?P<second>[A-Z][A-Za-z0-9]*)(?![\w/-]))?")
INNER_CAPITAL_RE = re.compile(r".*?(?:[a-z][A-Z]|[A-Z]{2})")  # 'OpenVoice', 'TAESD', not 'High-Fidelity'
IMAGE_ALT_RE = re.compile(r"""!\[(?P<md>[^\]\n]{1,80})\]|\balt\s*=\s*["'](?P<html>[^"'\n]{1,80})["']""", re.I)
IMAGE_FILE_RE = re.compile(r"""(?:src\s*=\s*["']|!\[[^\]\n]*\]\()[^"')\s]*/(?P<file>[\w.\-]+)"""
                           r"\.(?:png|jpe?g|gif|svg|webp)", re.I)
HTML_TITLE_RE = re.compile(r"<(?:h1|h2|font)\b[^>]*>(?P<text>[^<\n]{1,120})<", re.I)
OWN_REPOSITORY_RE = re.compile(r"(?:github\.com|huggingface\.co(?:/spaces)?|page_id=)/?"
                               r"(?P<org>[\w.\-]+)/(?P<name>[\w.\-]+)", re.I)
# What makes the subject a model and not a library or a tool: a sentence writing the name says what kind of thing it
# is ('lightweight neural network', 'very tiny autoencoder', 'the voice cloning model', 'pretrained weights').
KIND_RE = re.compile(r"(?<![A-Za-z0-9_])(?:auto-?encoder|encoder|decoder|network|checkpoints?|weights|pre-?trained|"
                     r"fine-?tuned)(?![A-Za-z0-9_])", re.I)
# A tool for making or running models is no model ('Petrelon is a toolkit for training networks'), though a library
# that is one is ('X is a Python library for music transcription, using a lightweight neural network').
TOOL_FOR_MAKING_RE = re.compile(r"\bis\s+an?\s+(?:[\w-]+\s+){0,3}?(?:toolkit|framework|library|package|platform|tool|"
                                r"codebase)\b[^.\n]{0,60}?\b(?:train|build|serv|deploy|fine-?tun|load|export|convert)",
                                re.I)
# A file inside a model repository on the Hugging Face hub ('huggingface.co/org/X-8B-v3.2/resolve/main/x.png'): a
# card showing its own image or linking its own preset stands in its model's repository.
OWN_FILE_RE = re.compile(r"huggingface\.co/(?!datasets/|spaces/|docs/|blog/)(?P<org>[\w.\-]+)/(?P<name>[\w.\-]+)"
                         r"/(?:resolve|blob|raw)/")
MIN_MENTIONS = 3  # a name the prose writes once or twice is passed in a sentence, not what the page is about


def identity_parts(doc, title: str) -> tuple[list[str], list[str]]:
    """Where the page shows what it is about: as text (its title, its logos' alt texts) and as file or repository
    names (its logos' files, the repositories its own links point to again and again)."""
    source = doc.source_text
    texts = [title, doc.title or ""]
    texts += [m.group("text") for m in HTML_TITLE_RE.finditer(source[:4000])]
    texts += [m.group("md") or m.group("html") for m in IMAGE_ALT_RE.finditer(source)]
    files = [m.group("file") for m in IMAGE_FILE_RE.finditer(source)]
    repos = Counter(m.group("name").removesuffix(".git") for m in OWN_REPOSITORY_RE.finditer(source))
    files += [name for name, count in repos.items() if count >= 2]
    return ([p.strip(" #*_") for p in texts if p and letters(p)], [p for p in files if letters(p)])


def _identity_strength(name: str, identity: tuple[list[str], list[str]]) -> int:
    """3: the title is the name or opens it before a separator ('Latxa: An Open …'); 2: another part is or opens
    with it ('Basic Pitch Logo', 'CodeFormer_logo'); 1: a name of proper shape ('VideoMAE', 'TAESD') stands inside
    a title or alt text ('VideoMAE Model Zoo'); 0: neither."""
    texts, files = identity
    squashed = letters(name)
    opening = re.compile(rf"\W*{re.escape(name)}(?:\s*$|\s*[:(|,–—]|\s+-\s|[_ ]logo\b)", re.I)
    if any(letters(part) == squashed or opening.match(part) for part in texts[:1]):
        return 3  # the title itself: 'NCBI BERT' over 'BERT', however often the prose names the architecture
    if any(letters(part) == squashed or opening.match(part) for part in texts + files):
        return 2
    proper = INNER_CAPITAL_RE.match(name) or name.isupper() and len(squashed) >= 4
    inside = re.compile(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", re.I)
    return 1 if proper and any(inside.search(part) for part in texts) else 0


def _common_words() -> set[str]:
    developers = {w.lower() for d in KNOWN_DEVELOPERS for w in re.findall(r"\w+", d)}
    return {w.lower() for w in NOT_STEMS | NOT_INTRODUCED | set(CAMEL_WORDS)} | developers


COMMON = _common_words()


def _countable(name: str, text: str) -> bool:
    """A proper name, not an ordinary word written with a capital: it has an inner capital ('OpenVoice'), or the
    prose does not write it in lower case more often than capitalised ('Latxa', not 'Introduction')."""
    words = name.split()
    if words[0].lower() in COMMON or all(w.lower() in COMMON for w in words) or len(letters(name)) < 3:
        return False
    if INNER_CAPITAL_RE.match(name) or len(words) > 1:
        return True
    if not name[0].isupper():
        return False
    lower = len(re.findall(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text))
    return lower * 2 < len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def document_subject(doc, seg, title: str, developer_words: set[str]) -> tuple[str, list[tuple[int, int]]] | None:
    """The name the page is about and where its prose writes it, or None when no name stands both in the page's
    identity (title, logo, own repository) and at least MIN_MENTIONS times in its prose."""
    text = doc.text
    identity = identity_parts(doc, title)
    spellings: dict[str, Counter] = {}  # one name however it is cased ('Clinical BERT', 'clinical BERT')
    spans: dict[str, list] = {}
    for m in NAME_WORD_RE.finditer(text):
        found = [(m.group("first"), m.start("first"), m.end("first"))]
        if m.group("second") and m.group("first")[0].isupper():
            found.append((text[m.start():m.end("second")], m.start(), m.end("second")))
        for name, start, end in found:
            spellings.setdefault(name.lower(), Counter())[name] += 1
            spans.setdefault(name.lower(), []).append((start, end))
    ranked = []
    for lowered, written in spellings.items():
        count = sum(written.values())
        name = max(written, key=lambda n: (n != n.lower(), written[n]))
        if count < MIN_MENTIONS or all(w in developer_words for w in lowered.split()):
            continue
        strength = _identity_strength(name, identity)
        if strength and _countable(name, text):
            ranked.append((strength, count, len(name), name))
    if not ranked:
        return None
    strength, _count, _length, name = max(ranked)
    # A card titled by the name itself ('# ALECTRA-small-OWT') may say what it is in its opening lines only ('This
    # is an extension of ELECTRA small model').
    opening = strength == 3 and bool(MODEL_NOUN_RE.search(text[:600]) or KIND_RE.search(text[:600]))
    if not tokens(name) or not opening and not any(_said_to_be_a_model(text, seg.at(start))
                                                   for start, _end in spans[name.lower()]):
        return None
    if re.search(rf"(?<![\w-]){re.escape(name)}\s+{TOOL_FOR_MAKING_RE.pattern}", text, re.I):
        return None
    return name, spans[name.lower()]


def own_files_repository(doc) -> str | None:
    """The one model repository whose own files (images, presets) a page shows or links, its name shaped as a model's
    ('L3-8B-Stheno-v3.2': a digit or an inner capital); None when there are none or several."""
    names = {m.group("name") for m in OWN_FILE_RE.finditer(doc.source_text)}
    if len(names) != 1:
        return None
    name = names.pop()
    return name if re.search(r"\d", name) or INNER_CAPITAL_RE.match(name) else None


def _said_to_be_a_model(text: str, sentence) -> bool:
    """The sentence (segment.Sentence) that writes the name calls it a model of some kind."""
    return bool(MODEL_NOUN_RE.search(text, sentence.start, sentence.end) or KIND_RE.search(text, sentence.start,
                                                                                         sentence.end))
