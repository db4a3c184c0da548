"""YAML reading for the catalog files: data plus the line of every key, so errors can name file:line.

The loader is stricter than PyYAML's default (YAML 1.1) in two ways that matter for this data:
- only true/false are booleans, so `value: yes`, `value: no` and the region code `NO` stay text;
- dates are not converted, so `2025-02-24` stays text and the schema checks it like any other value.
A key given twice in one mapping is an error rather than the last one silently winning.
"""

import re

import yaml


class YAMLLineError(ValueError):
    """A file that is not valid YAML (or repeats a key); `line` is 1-based."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


class _CatalogYAMLLoader(yaml.SafeLoader):
    pass


_CatalogYAMLLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp"}
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_CatalogYAMLLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)

Path = tuple[str | int, ...]


def load_yaml(text: str) -> tuple[object, dict[Path, int]]:
    """Parse one YAML document; return the data and {path: line} for every mapping key and list item."""
    loader = _CatalogYAMLLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {(): 1}
        lines: dict[Path, int] = {(): node.start_mark.line + 1}
        _index(node, (), lines)
        return loader.construct_document(node), lines
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise YAMLLineError(mark.line + 1 if mark else 1, f"{problem}") from exc
    except yaml.YAMLError as exc:
        raise YAMLLineError(1, str(exc).splitlines()[0]) from exc
    finally:
        loader.dispose()


def _index(node, path: Path, lines: dict[Path, int], seen: frozenset = frozenset()) -> None:
    if id(node) in seen:  # an alias pointing back into itself; the constructor reports it
        return
    seen = seen | {id(node)}
    if isinstance(node, yaml.MappingNode):
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark)
            line = key_node.start_mark.line + 1
            if key == "<<":  # a merge key: its entries are indexed where they are written
                continue
            if key in first_line:
                raise YAMLLineError(line, f"key {key!r} appears twice (first on line {first_line[key]})")
            first_line[key] = line
            lines[path + (key,)] = line
            _index(value_node, path + (key,), lines, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[path + (index,)] = item.start_mark.line + 1
            _index(item, path + (index,), lines, seen)


def line_of(lines: dict[Path, int], path: Path) -> int:
    """The line of `path`, or of its nearest ancestor that has one."""
    path = tuple(path)
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)


def format_path(path: Path) -> str:
    """("data_terms", 2, "value") -> "data_terms[2].value"; the whole file is "(file)"."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(file)"
