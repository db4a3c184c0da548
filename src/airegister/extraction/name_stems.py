"""A name the document writes in lower case ('# zorvak', 'zorvak 7B', 'zorvak1 2B'): the shapes in name_shapes.py
find names by their capitals, so a vendor that spells its models in lower case loses them all. When the document's
title spells its own name in lower case, that word is its name stem; every lower-case occurrence of it is read as if
capitalised (the same length, so every position and excerpt stays the document's own).

A name written with its organisation ('quillon/Zorvak-7B', as hub ids are quoted in prose) is read without it: the
organisation and its slash are blanked for the name shapes, again at the same length."""

import re

from .name_shapes import EXCLUDED_TOKENS, FAMILY_HEADING_STOP, HUB_ID_RE, LEADING_STOP, NOT_TIER, STOP_TITLE_WORDS

# The title's name part: before a colon, a dash or a parenthesis ('zorvak: an open reproduction of …'), or after
# a colon ('Model Card: zorvak').
TITLE_PART_RE = re.compile(r"^[^:(\u2013\u2014|]*|(?<=:)[^:(\u2013\u2014|]*")
TITLE_WORD_RE = re.compile(r"[A-Za-z][\w.\-]*")
STEM_RE = re.compile(r"[a-z]{3,}")  # the word's leading letters: 'zorvak' of 'zorvak2' or 'zorvak-7b'
NOT_STEMS = FAMILY_HEADING_STOP | STOP_TITLE_WORDS | LEADING_STOP | NOT_TIER | EXCLUDED_TOKENS


def lower_title_stem(title: str) -> str | None:
    """The lower-case stem the title names the document's model by ('zorvak' for '# zorvak2: …'), if it writes its
    name in lower case; a capitalised title ('# Zorvak') needs none."""
    words = next((found for part in TITLE_PART_RE.findall(title.strip())
                  if (found := [w for w in TITLE_WORD_RE.findall(part) if w.lower() not in NOT_STEMS])), None)
    match = STEM_RE.match(words[0]) if words else None
    return match.group(0) if match and match.group(0) not in NOT_STEMS else None


def cased_text(text: str, stem: str | None, least: int = 2) -> str:
    """`text` with every lower-case occurrence of `stem` at a word's start capitalised, when it recurs (a name
    stands more than once in its own document); addresses and paths ('…/org/zorvak-7b') stay as they are."""
    if not stem:
        return text
    pattern = re.compile(rf"(?<![\w.\-/]){re.escape(stem)}(?![a-z])")
    if len(pattern.findall(text)) < least:
        return text
    return pattern.sub(stem.capitalize(), text)


def without_hub_orgs(text: str) -> str:
    """`text` with the organisation of every hub id blanked ('quillon/Zorvak-7B' read as 'Zorvak-7B'), line breaks
    in its place so that no name runs into the word before it."""
    return HUB_ID_RE.sub(lambda m: "\n" * len(m.group(0)), text)
