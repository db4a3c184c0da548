"""LiteLLM's model map: `read_litellm(file)` reads model_prices_and_context_window.json into one entry per model id
on a channel (`litellm_provider`), with deprecation dates, the vendor page stating them and successors."""

import hashlib
import os
from pathlib import Path

from .jsonkeys import key_lines, read_json_object
from .records import LITELLM, Citation, Cited, FeedError, LiteLLMEntry, LiteLLMFeed
from .schema import BOOL, NUM, Spec, check, litellm_field
from .version import git_commit, version_of

SPEC_ENTRY = "sample_spec"  # documents the fields; not a model
READ = {  # entry field → LiteLLMEntry attribute
    "litellm_provider": "channel",
    "mode": "mode",
    "max_input_tokens": "max_input_tokens",
    "max_output_tokens": "max_output_tokens",
    "deprecation_date": "deprecation_date",
    "deprecation_source": "deprecation_source",
    "successor_model": "successor_model",
    "alias_of": "alias_of",
    "source": "source",
}


def read_litellm(file: str | os.PathLike) -> LiteLLMFeed:
    """Read LiteLLM's model_prices_and_context_window.json (any entry but `sample_spec`).

    Raises `FeedError` (one line naming the file, line or entry and field) for a missing file, malformed JSON, an
    entry that is not an object, an unknown field or a wrong type."""
    path = Path(file)
    data, text, parsed = read_json_object(
        path, "LiteLLM's model_prices_and_context_window.json", "model entries"
    )

    hash_ = "sha256:" + hashlib.sha256(data).hexdigest()
    commit = git_commit(path.parent)
    version = version_of(commit, hash_)
    entry_lines, field_lines = _lines(text, parsed)
    name = path.name

    entries: dict[str, LiteLLMEntry] = {}
    specs: dict[str, Spec | None] = {}
    for key, raw in parsed.items():
        if key == SPEC_ENTRY:
            continue
        start = entry_lines.get(key)
        where = f"{path}:{start}" if start else str(path)
        if not isinstance(raw, dict):
            raise FeedError(f'{where}: "{key}": expected an object, found {type(raw).__name__}')
        lines = field_lines.get(key, {})
        entry = LiteLLMEntry(key=key, model_id=key, line=start)
        for field, value in raw.items():
            spec = specs.get(field)
            if spec is None:
                spec = specs[field] = litellm_field(field)
            kind = type(value)
            if not ((kind is float or kind is int) and spec is NUM or kind is bool and spec is BOOL):
                problem = ("", "unknown field") if spec is None else check(spec, value, field)
                if problem:
                    line = lines.get(field, start)
                    at = f"{path}:{line}" if line else str(path)
                    raise FeedError(f'{at}: "{key}": {problem[0] or field}: {problem[1]}')
            attribute = READ.get(field)
            if attribute is None and not field.startswith("supports_"):
                continue
            line = lines.get(field, start)
            cited = Cited(value, Citation(LITELLM, version, name, field, line, line, key))
            if attribute is not None:
                setattr(entry, attribute, cited)
            else:
                entry.capabilities[field.removeprefix("supports_")] = cited
        if entry.channel is not None and key.startswith(entry.channel.value + "/"):
            entry.model_id = key[len(entry.channel.value) + 1:]
        entries[key] = entry
    return LiteLLMFeed(path=path, version=version, content_hash=hash_, commit=commit, entries=entries)


def _lines(text: str, parsed: dict) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """Line of each entry and of each of its fields, for a map written one key per line; empty otherwise
    (`jsonkeys.key_lines`: in a minified file no line is claimed)."""
    entries: dict[str, int] = {}
    fields: dict[str, dict[str, int]] = {}
    for path, number in key_lines(text, parsed, max_depth=2).items():
        if len(path) == 1:
            entries[path[0]] = number
            fields.setdefault(path[0], {})
        else:
            fields.setdefault(path[0], {})[path[1]] = number
    return entries, fields
