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
