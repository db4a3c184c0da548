"""A name the document writes in lower case ('# zorvak', 'zorvak 7B', 'zorvak1 2B', 'zorvak-0.4.1'): the shapes in
name_shapes.py find names by their capitals, so a vendor that spells its models in lower case loses them all. The
document's own name stems are the word its title writes in lower case ('# zorvak2: …') and the word its opening
sentences define as a model, in any case ('zorvak is a multimodal LLM', 'Zorvak is …' over the API ids
'zorvak-0.4.1'); every lower-case occurrence of one is read as if capitalised (the same length, so every position
and excerpt stays the document's own). A capitalised title gives no stem: its name's lower-case spellings are
mostly repository ids of checkpoints ('# Zorvak v2' over 'zorvak-v2-256px-base'), which the title's model would no
longer be the short form of.

A name written with its organisation ('quillon/Zorvak-7B', as hub ids are quoted in prose) is read without it: the
organisation and its slash are blanked for the name shapes, again at the same length."""

import re

from .name_shapes import (
    DEFINES_CJK_RE,
    DEFINES_LOWER_RE,
    DEFINES_RE,
    EXCLUDED_TOKENS,
    FAMILY_HEADING_STOP,
    HUB_ID_RE,
    LEADING_STOP,
    MODEL_NOUN_RE,
    NOT_INTRODUCED,
    NOT_TIER,
    STOP_TITLE_WORDS,
)

# The title's name part: before a colon, a dash or a parenthesis ('zorvak: an open reproduction of …'), or after
# a colon ('Model Card: zorvak').
TITLE_PART_RE = re.compile(r"^[^:(\u2013\u2014|]*|(?<=:)[^:(\u2013\u2014|]*")
TITLE_WORD_RE = re.compile(r"[A-Za-z][\w.\-]*")
STEM_RE = re.compile(r"[a-z]{3,}")  # the word's leading letters: 'zorvak' of 'zorvak2' or 'zorvak-7b'
NOT_STEMS = FAMILY_HEADING_STOP | STOP_TITLE_WORDS | LEADING_STOP | NOT_TIER | EXCLUDED_TOKENS | NOT_INTRODUCED
# 'zorvak-v2 is a Dutch language model': a versioned name defined so gives its stem as a plain one does.
DEFINES_VERSIONED_RE = re.compile(r"^(?P<name>[A-Za-z][A-Za-z]{2,})[-.]?v?\d[\w.\-]*\s+(?:is|are)\s+(?:a|an|our)\b")
OPENING_SENTENCES = 8  # a definition opens the document ('zorvak is a …'), not its tenth section


def _title_word(title: str) -> str | None:
    """The word the title names the document's model by: its name part's first word that is no common title word."""
    words = next((found for part in TITLE_PART_RE.findall(title.strip())
                  if (found := [w for w in TITLE_WORD_RE.findall(part) if w.lower() not in NOT_STEMS])), None)
    return words[0] if words else None


def _stem_of(word: str | None) -> str | None:
    match = STEM_RE.match(word) if word else None
    return match.group(0) if match and match.group(0) not in NOT_STEMS else None


def lower_title_stem(title: str) -> str | None:
    """The lower-case stem the title names the document's model by ('zorvak' for '# zorvak2: …'), if it writes its
    name in lower case; a capitalised title ('# Zorvak') needs none."""
    return _stem_of(_title_word(title))


def name_stems(title: str, openings: list[str]) -> list[str]:
    """The document's own name stems, lower case: the title's when it writes its name in lower case ('zorvak' for
    '# zorvak2'), and the name the first sentences define as a model ('zorvak' for 'Zorvak is a multimodal LLM …')."""
    stems = [lower_title_stem(title)]
    for text in openings[:OPENING_SENTENCES]:
        match = DEFINES_RE.match(text) or DEFINES_LOWER_RE.match(text) or DEFINES_CJK_RE.match(text) \
            or DEFINES_VERSIONED_RE.match(text)
        if match and MODEL_NOUN_RE.search(text, match.end()):
            stems.append(_stem_of(match.group("name").lower()))
            break
    return list(dict.fromkeys(s for s in stems if s))


def cased_text(text: str, stem: str | list[str] | None, least: int = 2) -> str:
    """`text` with every lower-case occurrence of `stem` (or of each of several stems) at a word's start
    capitalised, when it recurs (a name stands more than once in its own document); addresses and paths
    ('…/org/zorvak-7b') stay as they are."""
    for one in [stem] if isinstance(stem, str) else stem or []:
        pattern = re.compile(rf"(?<![\w.\-/]){re.escape(one)}(?![a-z])")
        if len(pattern.findall(text)) >= least:
            text = pattern.sub(one.capitalize(), text)
    return text


def without_hub_orgs(text: str) -> str:
    """`text` with the organisation of every hub id blanked ('quillon/Zorvak-7B' read as 'Zorvak-7B'), line breaks
    in its place so that no name runs into the word before it."""
    return HUB_ID_RE.sub(lambda m: "\n" * len(m.group(0)), text)
