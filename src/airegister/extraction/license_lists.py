"""Licences listed one per model: '- [org/X-7B](…): apache-2.0' over '- [org/X-7B-Instruct](…): cc-by-nc-4.0'.
A licence section's label cue reads only its first value, so each such item is a statement of its own, about the
model it is headed by (the item's head names it; an item naming no model states nothing here)."""

import re

from .finder import PHRASE, Finder, Hit
from .values import find_license

# '- org/X-7B: apache-2.0': a short head, a colon, then the licence alone.
NAME_COLON_LICENSE_RE = re.compile(r"(?P<head>[^:\n]{2,80}?)[ \t]*:[ \t]*(?P<lic>[^\n]{2,60}?)[ \t.]*$")


def listed_licenses(f: Finder) -> list[Hit]:
    hits = []
    for block in f.doc.blocks:
        if block.kind != "item":
            continue
        m = NAME_COLON_LICENSE_RE.match(f.text, block.start, block.end)
        # (not '- Model license: X', which the label cue reads)
        found = find_license(m["lic"]) if m and not re.search(r"licen[sc]e", m["head"], re.I) else None
        if found and found[1] == 0 and found[2] == len(m["lic"]):
            start = m.start("lic")
            hits.append(Hit("license", found[0], start, start + found[2], block.start, PHRASE, needs_name=True))
    return hits
