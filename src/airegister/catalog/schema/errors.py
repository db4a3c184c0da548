"""jsonschema errors rewritten as short sentences a catalog editor can act on, with the path they concern."""

from jsonschema.exceptions import ValidationError

from .definitions import DATE, PARTIAL_DATE, SLUG, URL

PATTERN_MEANING = {
    SLUG["pattern"]: "a slug (lowercase letters, digits and single hyphens)",
    DATE["pattern"]: "a date of the form YYYY-MM-DD",
    PARTIAL_DATE["pattern"]: "a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
    URL["pattern"]: "an http(s) URL",
}
FORMAT_MEANING = {
    "date": "a real calendar date (YYYY-MM-DD)",
    "partial-date": "a real date (YYYY, YYYY-MM or YYYY-MM-DD)",
}
JSON_TYPE = {"string": "text", "integer": "a whole number", "number": "a number", "boolean": "true or false",
             "array": "a list", "object": "a mapping of keys to values", "null": "null"}  # fmt: skip


def _show(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def describe_schema_error(error: ValidationError) -> tuple[tuple, str]:
    """(path of the offending key or value, what is wrong)."""
    path = tuple(error.absolute_path)
    kind, value = error.validator, error.instance
    if kind == "anyOf":
        # The branch whose type fits the value says what is wrong with it; if none fits, name the types.
        fitting = [e for e in error.context if e.validator != "type"]
        if fitting:
            return describe_schema_error(fitting[0])
        types = [JSON_TYPE.get(e.validator_value, e.validator_value) for e in error.context]
        return path, f"expected {' or '.join(types)}, got {_show(value)}"
    if kind == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extra = next(k for k in value if k not in allowed)
        return path + (extra,), f"unknown field {extra!r}; allowed: {', '.join(allowed)}"
    if kind == "required":
        missing = next(k for k in error.validator_value if k not in value)
        return path + (missing,), "required field is missing"
    if kind == "enum":
        return path, f"{_show(value)} is not one of: {', '.join(map(str, error.validator_value))}"
    if kind == "pattern":
        return path, f"{_show(value)} is not {PATTERN_MEANING.get(error.validator_value, 'valid here')}"
    if kind == "format":
        return (
            path,
            f"{_show(value)} is not {FORMAT_MEANING.get(error.validator_value, error.validator_value)}",
        )
    if kind == "type":
        expected = (
            error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        )
        message = f"expected {' or '.join(JSON_TYPE.get(t, t) for t in expected)}, got {_show(value)}"
        if "string" in expected and isinstance(value, int | float) and not isinstance(value, bool):
            message += " (put it in quotes)"
        return path, message
    if kind == "uniqueItems":
        return path, "lists the same value twice"
    return path, error.message
