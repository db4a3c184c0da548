"""Whose modality a sentence states when it names no model the document's mention finder knows: a name-shaped
subject of its own clause ('…, and Zephyx Sight can read image inputs') or a name the value is in apposition to
('We release Quorra-I2V, an image-to-video model'). Said of one of the page's models: that model only; of a name
none of them carry: another model's, none of the page's."""

import re

from .links import letters

MODALITY_FIELDS = ("input_modalities", "output_modalities")
NAME = r"[A-Z][\w.\-]*(?:[ \t]+[A-Z0-9][\w.\-]*){0,3}"
# '… and Zephyx Sight can interact with image inputs': the clause's subject, a capitalised name, then its verb.
CLAUSE_SUBJECT_RE = re.compile(r"(?:^|[,;][ \t]+(?:and|but|while)[ \t]+)(?P<name>" + NAME + r")[ \t]+"
                               r"(?:can|supports?|accepts?|takes?|is[ \t]+able[ \t]+to|handles?)\b[^.;:,]{0,60}$")
# 'We release the Quorra-I2V, an image-to-video model …': a hyphenated or numbered name, then its apposition.
APPOSITION_RE = re.compile(r"(?<![\w.\-])(?P<name>[A-Z][\w.]*(?:-[\w.]+)+|[A-Z][A-Za-z]*\d[\w.\-]*)[ \t]*,[ \t]+"
                           r"(?:a|an)[ \t]+[^,.;:]{0,40}$")


def stated_subject(text: str, start: int, pos: int, displays: dict) -> list | None:
    """The described models (keys of `displays`, key -> display name) the clause before `pos` (its sentence
    starting at `start`) names as its subject; [] when it names a model none of them is; None when it names
    no subject or all of them (the statement stays the page's)."""
    before = text[start:pos]
    m = CLAUSE_SUBJECT_RE.search(before) or APPOSITION_RE.search(before)
    if m is None:
        return None
    name = letters(m.group("name"))
    if len(name) < 4:
        return None
    found = [k for k, display in displays.items() if _extends(letters(display), name)]
    if not found and any(letters(d).startswith(name) for d in displays.values()):
        return None  # 'Zephyx can read images' over 'Zephyx Core 2', 'Zephyx Mini 2': the family's, all of them
    return found if len(found) < len(displays) else None


def _extends(display: str, name: str) -> bool:
    """'commandvision072025' extends 'commandvision' by a date or version; 'commandvisionpro' is another name."""
    return display == name or (display.startswith(name) and display[len(name)].isdigit())
