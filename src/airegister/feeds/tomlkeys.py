"""Where each key of a TOML document is written: `key_lines(text)` → {key path: (first line, last line)}.

`tomllib` gives values without positions, so a citation's line is found here by reading the text line by line,
just far enough to know where each key/value pair, `[table]` and `[[array of tables]]` entry starts and ends:
keys (bare, "quoted", 'literal', dotted), values spanning lines (arrays, inline tables, multi-line strings) and
comments. The document is assumed valid (it is parsed by `tomllib` first); lines are 1-based.

Paths are tuples: `("limit", "context")`, `("benchmarks", 0, "score")` for the first `[[benchmarks]]` entry,
`("benchmarks", 0)` for the entry as a whole (its header to its last key), `("benchmarks",)` for the array (first
entry to last), `("limit",)` for a `[limit]` table.
Keys inside an inline value (`a = { b = 1 }`) are not located separately: their line is the line range of `a`.
"""

import re

BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
Path = tuple
# Most lines: a bare key and a value on one line. After removing one-line basic strings, a value with no quote or
# comment left and as many closing as opening brackets ends on its line; only the others go to the scanner.
BARE_KEY_VALUE = re.compile(r"([A-Za-z0-9_-]+)[ \t]*=[ \t]*(.*)$")
BASIC_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def _one_line(value: str) -> bool:
    if '"""' in value:
        return False
    rest = BASIC_STRING.sub("", value) if '"' in value else value
    if "'" in rest or '"' in rest or "#" in rest:
        return False
    return rest.count("[") + rest.count("{") == rest.count("]") + rest.count("}")


def _parse_key(text: str, i: int) -> tuple[list[str], int]:
    """A (dotted) key starting at text[i]; the parts and the index just after it (at '=' or ']' or end)."""
    parts: list[str] = []
    n = len(text)
    while True:
        while i < n and text[i] in " \t":
            i += 1
        if i < n and text[i] == '"':
            j = i + 1
            buf = []
            while j < n and text[j] != '"':
                if text[j] == "\\" and j + 1 < n:
                    buf.append(_unescape(text, j))
                    j += _escape_len(text, j)
                    continue
                buf.append(text[j])
                j += 1
            parts.append("".join(buf))
            i = j + 1
        elif i < n and text[i] == "'":
            j = text.find("'", i + 1)
            j = n if j < 0 else j
            parts.append(text[i + 1:j])
            i = j + 1
        else:
            j = i
            while j < n and text[j] in BARE:
                j += 1
            parts.append(text[i:j])
            i = j
        while i < n and text[i] in " \t":
            i += 1
        if i < n and text[i] == ".":
            i += 1
            continue
        return parts, i


def _escape_len(text: str, j: int) -> int:
    c = text[j + 1] if j + 1 < len(text) else ""
    return {"u": 6, "U": 10}.get(c, 2)


def _unescape(text: str, j: int) -> str:
    c = text[j + 1]
    simple = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\", "e": "\x1b"}
    if c in simple:
        return simple[c]
    if c in "uU":
        size = 4 if c == "u" else 8
        try:
            return chr(int(text[j + 2:j + 2 + size], 16))
        except ValueError:
            return ""
    return c


class _ValueScanner:
    """Follows a value across lines: string state and bracket depth, comments ignored."""

    def __init__(self) -> None:
        self.depth = 0
        self.string: str | None = None  # the delimiter of an open multi-line string: '"""' or "'''"

    def feed(self, line: str, i: int = 0) -> None:
        n = len(line)
        while i < n:
            if self.string is not None:
                end = self._find_close(line, i, self.string)
                if end < 0:
                    return
                self.string = None
                i = end
                continue
            c = line[i]
            if c == "#":
                return
            if c in "\"'":
                if line.startswith(c * 3, i):
                    delim = c * 3
                    end = self._find_close(line, i + 3, delim)
                    if end < 0:
                        self.string = delim
                        return
                    i = end
                    continue
                end = self._find_close(line, i + 1, c)
                i = n if end < 0 else end
                continue
            if c in "[{":
                self.depth += 1
            elif c in "]}":
                self.depth -= 1
            i += 1

    @staticmethod
    def _find_close(line: str, i: int, delim: str) -> int:
        """Index just after the closing delimiter (and, for multi-line strings, up to two extra quotes); -1 if none."""
        n = len(line)
        escapes = delim[0] == '"'
        while i < n:
            if escapes and line[i] == "\\":
                i += 2
                continue
            if line.startswith(delim, i):
                end = i + len(delim)
                if len(delim) == 3:
                    while end < n and line[end] == delim[0] and end - i < 5:
                        end += 1
                return end
            i += 1
        return -1

    @property
    def open(self) -> bool:
        return self.string is not None or self.depth > 0


def key_lines(text: str) -> dict[Path, tuple[int, int]]:
    """{path: (first line, last line)} for every key, table and array-of-tables entry written in `text`."""
    out: dict[Path, tuple[int, int]] = {}
    counts: dict[Path, int] = {}
    prefix: Path = ()
    ancestors: list[Path] = []  # the current table's own path and its entry paths, extended as keys follow
    lines = text.splitlines()
    n = len(lines)
    k = 0
    while k < n:
        line = lines[k]
        number = k + 1
        stripped = line.lstrip(" \t")
        if not stripped or stripped[0] == "#":
            k += 1
            continue
        if stripped.startswith("[["):
            parts, _ = _parse_key(stripped, 2)
            base = tuple(_resolve(parts, counts))
            index = counts.get(base, 0)
            counts[base] = index + 1
            prefix = base + (index,)
            out[prefix] = (number, number)
            out[base] = (out[base][0] if index else number, number)  # the array as a whole: first entry to last
            ancestors = [prefix, base, *_parents(out, base, number)]
            k += 1
            continue
        if stripped[0] == "[":
            parts, _ = _parse_key(stripped, 1)
            prefix = tuple(_resolve(parts, counts))
            out[prefix] = (number, number)
            ancestors = [prefix, *_parents(out, prefix, number)]
            k += 1
            continue
        simple = BARE_KEY_VALUE.match(stripped)
        if simple is not None and _one_line(simple.group(2)):
            path = prefix + (simple.group(1),)
            out[path] = (number, number)
            for anc in ancestors:
                out[anc] = (out[anc][0], number)
            k += 1
            continue
        parts, i = _parse_key(stripped, 0)
        if i >= len(stripped) or stripped[i] != "=":
            k += 1  # not a key/value line (cannot happen in a valid document)
            continue
        scanner = _ValueScanner()
        scanner.feed(stripped, i + 1)
        last = k
        while scanner.open and last + 1 < n:
            last += 1
            scanner.feed(lines[last])
        end = last + 1
        path = prefix + tuple(parts)
        out[path] = (number, end)
        for depth in range(1, len(parts)):  # dotted keys define their intermediate tables
            sub = prefix + tuple(parts[:depth])
            first = out.get(sub, (number, end))[0]
            out[sub] = (first, end)
        for anc in ancestors:
            out[anc] = (out[anc][0], end)
        k = last + 1
    return out


def _parents(out: dict, path: Path, number: int) -> list[Path]:
    """A header [a.b] defines the table a, or extends the a (or the entry a[i]) written before: its parents."""
    parents = []
    for depth in range(1, len(path)):
        parent = path[:depth]
        out[parent] = (out[parent][0] if parent in out else number, number)
        parents.append(parent)
    return parents


def _resolve(parts: list[str], counts: dict[Path, int]) -> list:
    """A header's path with the indexes of the arrays of tables it descends into (`[[a]]` then `[a.b]`)."""
    resolved: list = []
    for part in parts[:-1]:
        resolved.append(part)
        if tuple(resolved) in counts:
            resolved.append(counts[tuple(resolved)] - 1)
    resolved.append(parts[-1])
    return resolved
