"""Lines of the keys of a JSON document written one key per line (pretty-printed), found by reading the text.

`json` gives no positions, so the lines are found by scanning: a key that opens a line belongs to the object whose
brackets enclose it (nesting is counted from the brackets outside strings, so indentation does not matter). Used for
LiteLLM's model map and models.dev's published api.json. A minified file (or any text where the keys found are not
the parsed ones) gets no lines: no line is ever claimed that does not state the key."""

import json
import re
from pathlib import Path

from .records import FeedError


def read_json_object(path: Path, expected: str, what_of: str) -> tuple[bytes, str, dict]:
    """The bytes, text and parsed object of a feed's JSON file; FeedError (one line naming the file) for a folder,
    a missing or unreadable file, text that is not UTF-8 or not JSON, or JSON that is not an object.
    `expected` names the file in messages ("LiteLLM's model_prices_and_context_window.json"); `what_of` what the
    top-level object holds ("model entries")."""
    if path.is_dir():
        raise FeedError(f"{path}: is a folder (expected {expected})")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FeedError(f"{path}: no such file") from None
    except OSError as e:
        raise FeedError(f"{path}: cannot be read ({e.strerror or e})") from None
    try:
        text = data.decode("utf-8")
        parsed = json.loads(text)
    except UnicodeDecodeError as e:
        raise FeedError(f"{path}: not UTF-8 text (byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise FeedError(f"{path}:{e.lineno}: malformed JSON: {e.msg} (column {e.colno})") from None
    if not isinstance(parsed, dict):
        raise FeedError(f"{path}: expected a JSON object of {what_of}, found a {type(parsed).__name__}")
    return data, text, parsed


KEY_LINE = re.compile(r'(\s*)("(?:[^"\\]|\\.)*")\s*:')
STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def key_lines(text: str, parsed: dict, max_depth: int | None = None,
              ends: dict[tuple[str, ...], int] | None = None) -> dict[tuple[str, ...], int]:
    """{key path: line} for every key that opens a line, up to `max_depth` keys deep; with `ends`, also the line
    closing each object or array that is a recorded key's value (`"input": [` … `]`).

    A key inside an array (`reasoning_options[0].type`) is not recorded: a caller cites the nearest recorded key
    above it. A key written twice in one object keeps its first line; a top-level key written twice, or top-level
    keys that are not exactly the parsed ones, give no lines at all."""
    lines: dict[tuple[str, ...], int] = {}
    if text.count("\n") < len(parsed):  # minified: fewer lines than top-level keys
        return {}
    top: list[str] = []
    # Each open container: the key path of the object it is (None: inside an array, or not addressable) and
    # whether it is an object.
    stack: list[tuple[tuple[str, ...] | None, bool]] = []
    for number, line in enumerate(text.splitlines(), 1):
        here = None
        m = KEY_LINE.match(line) if stack else None
        if m is not None:
            parent, is_object = stack[-1]
            if is_object and parent is not None and (max_depth is None or len(parent) < max_depth):
                token = m.group(2)
                try:
                    key = json.loads(token) if "\\" in token else token[1:-1]
                except ValueError:
                    return {}
                here = (*parent, key)
                if not parent:
                    if here in lines:
                        return {}
                    top.append(key)
                lines.setdefault(here, number)
        if "{" in line or "}" in line or "[" in line or "]" in line:
            if '"' in line:
                line = STRING.sub("", line)
            opened = False
            for char in line:
                if char == "{" or char == "[":
                    if not stack:
                        path = ()
                    else:
                        path = here if not opened else None
                    opened = True
                    stack.append((path, char == "{"))
                elif char == "}" or char == "]":
                    if not stack:
                        return {}
                    closed = stack.pop()[0]
                    if ends is not None and closed:
                        ends[closed] = number
    if len(top) != len(parsed) or top != list(parsed):
        return {}
    return lines
