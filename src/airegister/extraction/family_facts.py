"""A family's facts are each member's (issue 9: "a family's facts apply to each member unless a member states
otherwise"): which names are members of a family, and a family that is itself one of the document's models giving
its facts to them.

Not done: a statement naming a family that is no model of the document ('Spotter was released on …' over 'Spotter-S',
'Spotter-L') is not given to the members. Tried on the development half, it dated 32 fields wrongly for 16 right ones:
dated news lines name a family for a later release of it, and labellers date only what a line names."""

import bisect
import re

from .values import SIZE_RE

# What a family's own statement says of it holds for each of its sizes and variants the document names ('YOLO11 was
# released on …' for 'YOLO11n', 'YOLO11x-seg'; 'Zorvak 3 is licensed under …' for 'Zorvak 3 8B'), unless a member
# states its own (issue 9: a family's facts apply to each member unless a member states otherwise).
FAMILY_FIELDS = ("release_date", "license")
VERSION_REST_RE = re.compile(r"v?\d+(?:\.\d+)*(?![\d.]*[bmtk]\b)", re.I)


def member_of(family: str, name: str) -> bool:
    """`name` is a size or variant of `family`: it extends the family's name past a word's end ('YOLO11' ->
    'YOLO11n', 'YOLO11n-seg'; 'Zorvak 3' -> 'Zorvak 3 8B'), and not by a new version ('Zorvak 3.1 8B', 'Zorvak 4',
    'Zorvak v2')."""
    m = re.match(re.escape(family) + r"(?P<sep>[ \t_\-.]*)(?P<rest>\S.*)$", name, re.I)
    if m is None:
        return False
    rest, sep = m.group("rest"), m.group("sep")
    if not sep and family[-1:].isalpha() and rest[:1].isalpha():
        return False  # 'Phi' -> 'Phind': one word, not a variant
    if sep.startswith(".") or VERSION_REST_RE.match(rest) and not re.match(r"\d+(?:\.\d+)?[bmtk]\b", rest, re.I):
        return False
    return True


def family_to_members(models: dict) -> None:
    """A family that is one of the document's models ('YOLO11' beside 'YOLO11n', 'YOLO11s') gives its members the
    facts of FAMILY_FIELDS they do not state (its own statement is the excerpt)."""
    # (looked up by the names' common start, not pair by pair: a models page may list thousands)
    ordered = sorted(models.values(), key=lambda f: f.name.casefold())
    folded = [f.name.casefold() for f in ordered]
    for family in ordered:
        if re.search(SIZE_RE, family.name):
            continue  # 'X-7B' beside 'X-7B-Chat' is the base model, its own release, not an umbrella over its tunes
        low = family.name.casefold()
        at = bisect.bisect_right(folded, low)
        extending = ordered[at:bisect.bisect_left(folded, low + "\U0010ffff", lo=at)]
        members = [f for f in extending if member_of(family.name, f.name)]
        if len(members) < 2:
            continue
        for field in FAMILY_FIELDS:
            value = getattr(family, field)
            for member in members:
                if value and getattr(member, field) is None:
                    member.set(field, value, family.evidence.get(field))
