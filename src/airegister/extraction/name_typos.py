"""Names misspelt once: 'Pymalion 6B is a … model' under '# Pygmalion 6B' is the title's model, not another."""

import re


def misspelt(displays: dict, source: str, title: str) -> set:
    """The keys of `displays` (described key -> its name) whose name misses one inner letter of another's, of the
    same numbers, whose spelling the title has or the source writes far more often. (Names are compared only with
    those of the same numbers and words one letter longer: a page of a thousand names asks no million questions.)"""
    low, title = source.lower(), title.lower()
    shapes = {key: _shape(name) for key, name in displays.items()}
    by_shape: dict[tuple, list] = {}
    for key, shape in shapes.items():
        by_shape.setdefault(shape, []).append(key)
    dropped = set()
    for a, name_a in displays.items():
        numbers, words, letters = shapes[a]
        for b in by_shape.get((numbers, words, letters + 1), []):
            missing = a != b and b not in dropped and letter_missing(name_a, displays[b])
            if missing and (low.count(missing[1]) >= 3 * low.count(missing[0])
                            or missing[1] in title and missing[0] not in title):
                dropped.add(a)
    return dropped


def _shape(name: str) -> tuple:
    """(its numbers, how many words, how many letters): what a name and its misspelling one letter short share."""
    words = re.findall(r"[A-Za-z]+", name)
    return tuple(re.findall(r"\d+", name)), len(words), sum(len(w) for w in words)


def letter_missing(a: str, b: str) -> tuple[str, str] | None:
    """(a's word, b's word) when `a` is `b` with one inner letter of a word of six letters or more left out, their
    numbers the same ('Pymalion 6B', 'Pygmalion 6B'); not a letter at a word's end ('CogVideo', 'CogVideoX'), nor a
    letter changed ('Mistral', 'Mixtral')."""
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return None
    wa, wb = re.findall(r"[A-Za-z]+", a.lower()), re.findall(r"[A-Za-z]+", b.lower())
    if len(wa) != len(wb):
        return None
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differing) != 1:
        return None
    x, y = differing[0]
    if len(y) < 6 or len(y) != len(x) + 1:
        return None
    return (x, y) if any(y[:i] + y[i + 1:] == x for i in range(1, len(y) - 1)) else None
