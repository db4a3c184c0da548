"""The TOML key-line locator: on every real file, and on generated documents (Hypothesis)."""

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from airegister.feeds.tomlkeys import key_lines

from .conftest import MODELS_DEV


def leaves(data: dict, prefix: tuple = ()):
    """Every key path a document writes as its own line (inline values are one key)."""
    for key, value in data.items():
        path = prefix + (key,)
        yield path
        if isinstance(value, dict):
            yield from leaves(value, path)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for i, item in enumerate(value):
                yield from leaves(item, path + (i,))


def test_every_key_of_every_real_file_is_located(models_dev_path):
    checked = 0
    for path in MODELS_DEV.rglob("*.toml"):
        text = path.read_text(encoding="utf-8")
        lines = key_lines(text)
        rows = text.splitlines()
        for key in leaves(tomllib.loads(text)):
            if key not in lines:
                # Keys inside an inline table or array are covered by the key that holds them.
                assert any(key[:n] in lines for n in range(1, len(key))), (path, key)
                continue
            first, last = lines[key]
            assert 1 <= first <= last <= len(rows)
            name = next(p for p in reversed(key) if isinstance(p, str))
            assert name in rows[first - 1], (path, key, rows[first - 1])
            checked += 1
    assert checked > 60_000


def test_forms_of_keys_and_values():
    text = '''# a comment
"quoted key" = 1
'literal.key' = 2
dotted . inner = "x # not a comment"
multi = [
  "a",  # comment ]
  "b",
]
text = """
line [ {
"""
raw = \'\'\'
x\'\'\'
after = true

[table . "sub"]
k = { a = 1, b = [1, 2] }

[[entries]]
n = 1

[[entries]]
n = 2
[entries.detail]
d = 4

[[entries.more]]
m = 5
'''
    lines = key_lines(text)
    assert tomllib.loads(text)["entries"][1]["more"][0]["m"] == 5
    assert lines[("quoted key",)] == (2, 2)
    assert lines[("literal.key",)] == (3, 3)
    assert lines[("dotted", "inner")] == (4, 4)
    assert lines[("dotted",)] == (4, 4)
    assert lines[("multi",)] == (5, 8)
    assert lines[("text",)] == (9, 11)
    assert lines[("raw",)] == (12, 13)
    assert lines[("after",)] == (14, 14)
    assert lines[("table", "sub")] == (16, 17)
    assert lines[("table", "sub", "k")] == (17, 17)
    assert lines[("entries", 0)] == (19, 20)
    assert lines[("entries", 1)] == (22, 28)  # an entry spans its sub-tables
    assert lines[("entries",)] == (19, 28)
    assert lines[("entries", 1, "detail", "d")] == (25, 25)
    assert lines[("entries", 1, "more", 0, "m")] == (28, 28)


# --- generated documents ------------------------------------------------------------------------------------------

names = st.from_regex(r"[a-z][a-z0-9_-]{0,8}", fullmatch=True)
scalars = st.one_of(
    st.integers(-10**6, 10**6).map(str),
    st.booleans().map(lambda b: "true" if b else "false"),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12).map(
        lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'),
    st.text(alphabet="ab[]{}#=\"", max_size=8).filter(lambda s: "'" not in s).map(lambda s: f"'{s}'"),
)


@st.composite
def values(draw):
    """A value's lines: a scalar, a one-line or multi-line array, an inline table or a multi-line string."""
    kind = draw(st.sampled_from(["scalar", "array", "multiline-array", "inline", "multiline-string"]))
    if kind == "scalar":
        return [draw(scalars)]
    items = draw(st.lists(scalars, max_size=4))
    if kind == "array":
        return ["[" + ", ".join(items) + "]"]
    if kind == "multiline-array":
        comment = draw(st.sampled_from(["", "  # ] } [", "  # x"]))
        return ["[" + comment, *[f"  {item},{comment}" for item in items], "]"]
    if kind == "inline":
        keys = draw(st.lists(names, max_size=3, unique=True))
        return ["{ " + ", ".join(f"{k} = {draw(scalars)}" for k in keys) + " }"]
    body = draw(st.lists(st.text(alphabet="ab [{#'=", max_size=6), min_size=1, max_size=3))
    return ['"""', *body, '"""']


@st.composite
def documents(draw):
    """A TOML document and the (first, last) line each key, table and array entry must be found at."""
    lines: list[str] = []
    expected: dict[tuple, tuple[int, int]] = {}

    def pairs(prefix: tuple, owners: list[tuple]):
        for key in draw(st.lists(names, max_size=4, unique=True)):
            if draw(st.booleans()):
                lines.append(draw(st.sampled_from(["", "# note", "  # indented note"])))
            value = draw(values())
            first = len(lines) + 1
            lines.append(f"{key} = {value[0]}")
            lines.extend(value[1:])
            expected[prefix + (key,)] = (first, len(lines))
            for owner in owners:
                expected[owner] = (expected[owner][0], len(lines))

    pairs((), [])
    used = set()
    for name in draw(st.lists(names, max_size=3, unique=True)):
        if any(p[0] == name for p in expected if len(p) == 1) or name in used:
            continue
        used.add(name)
        if draw(st.booleans()):
            lines.append(f"[{name}]")
            expected[(name,)] = (len(lines), len(lines))
            pairs((name,), [(name,)])
        else:
            for i in range(draw(st.integers(1, 3))):
                lines.append(f"[[{name}]]")
                expected[(name, i)] = (len(lines), len(lines))
                expected[(name,)] = (expected.get((name,), (len(lines),))[0], len(lines))
                pairs((name, i), [(name, i), (name,)])
    return "\n".join(lines) + "\n", expected


@settings(max_examples=300, deadline=None)
@given(documents())
def test_generated_documents(document):
    text, expected = document
    tomllib.loads(text)  # the generator writes valid TOML
    lines = key_lines(text)
    for path, span in expected.items():
        assert lines.get(path) == span, (path, text)
