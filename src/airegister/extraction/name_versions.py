"""A version written apart from its name ('CosyVoice 2.0', 'Wren 3.0') and the one checkpoint that runs the name into
its major version beside a size ('CosyVoice2-0.5B', 'Wren3-7B') are one model: the page announces the version by the
first and offers it for download by the second."""

import re

from .name_shapes import SIZE_TOKEN_RE

ROUND_VERSION_RE = re.compile(r"(\d+)\.0")


def version_checkpoints(keys) -> dict[frozenset, frozenset]:
    """{the version's key: the checkpoint's key} for each 'Name N.0' with exactly one sized 'NameN-…' beside it."""
    out = {}
    for key in keys:
        if len(key) != 2:
            continue
        version = next((t for t in key if ROUND_VERSION_RE.fullmatch(t)), None)
        stem = next((t for t in key if t != version and t.isalpha()), None)
        if version is None or stem is None:
            continue
        joined = stem + ROUND_VERSION_RE.fullmatch(version).group(1)
        checkpoints = [k for k in keys if joined in k and any(SIZE_TOKEN_RE.fullmatch(t) for t in k)]
        if len(checkpoints) == 1:
            out[key] = checkpoints[0]
    return out


# A version written alone ('We release version 1.5.0', '- v1.2.0 is here!'), dotted, not part of a name, an address
# or a requirement ('diffusers >= 0.25.0', 'Python 3.10').
BARE_VERSION_RE = re.compile(r"(?<![\w.\-/@=<>~^])(?:(?<![A-Za-z])[Vv]ersion[ \t]+v?|(?<![\w.])[Vv])"
                             r"(?P<version>\d+(?:\.\d+){1,3})(?![\w.\-/]|\.\d)")
NAMED_VERSION_RE = re.compile(r"[ \t\-]v?(\d+(?:\.\d+){1,3})$")
# The word before such a version, when there is one: a release's verb or a determiner ('We release version 1.5.0',
# 'our new v2.1'), not another thing's name ('diffusers version 0.25.0', 'CUDA v12.1').
WORD_BEFORE_RE = re.compile(r"([A-Za-z][\w\-]*)[ \t]*$")
RELEASE_WORDS = {"release", "releases", "released", "releasing", "launch", "launches", "launched", "launching",
                 "present", "presents", "presented", "introduce", "introduces", "introduced", "introducing", "our",
                 "the", "new", "latest", "of", "to", "we", "is", "and", "or", "with", "in", "from", "announce",
                 "announcing", "announced", "open", "sourced", "upload", "uploaded", "update", "updated", "a"}


def bare_versions(text: str, names: dict[frozenset, str], taken) -> list[tuple[frozenset, int, int]]:
    """(key, start, end) for each version written alone that one of the document's names ends in ('X Plan v1.5.0'
    for 'We release version 1.5.0'): a news line speaks of that model by its version only. A version two names end
    in, or none, stays unread; a span inside a name already read (`taken.overlapping`) is that name's."""
    by_version: dict[str, list[frozenset]] = {}
    for key, name in names.items():
        m = NAMED_VERSION_RE.search(name)
        if m:
            by_version.setdefault(m.group(1), []).append(key)
    if not by_version:
        return []
    out = []
    for m in BARE_VERSION_RE.finditer(text):
        keys = by_version.get(m.group("version"), [])
        before = WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if before and before.group(1).lower() not in RELEASE_WORDS:
            continue
        if len(keys) == 1 and not taken.overlapping(m.start(), m.end()):
            out.append((keys[0], m.start(), m.end()))
    return out


# An identifier pointing at whichever snapshot is newest ('x-2.0-flash-latest', 'x-large-latest'): an alias of the
# model without the word, which the page names too, not a model of its own.
POINTER_WORDS = frozenset({"latest"})


def pointer_aliases(keys) -> dict[frozenset, frozenset]:
    """{the pointer's key: the named model's key} for each key that is another key plus a pointer word."""
    present = set(keys)
    return {key: key - POINTER_WORDS for key in present
            if key & POINTER_WORDS and len(key - POINTER_WORDS) >= 2 and key - POINTER_WORDS in present}
