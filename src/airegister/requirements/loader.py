"""The default data classes, regions and requirement profile (catalog_data/defaults.yaml), seeded into the
database by `airegister load-requirements`.

Seeding, not syncing: a record that already exists (matched by slug) is left exactly as an administrator may
have edited it, so running the command again changes nothing. `reset=True` puts the file's version of each
profile back — as a new profile version, the edited ones kept. Everything is checked before anything is
written: a problem aborts the load with one line, `<file>:<line>: <path>: <what is wrong>`.
"""

from collections import Counter
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from airegister.catalog.loader import CatalogError
from airegister.catalog.models import DataAttribute
from airegister.catalog.yaml_lines import YAMLLineError, format_path, line_of, load_yaml
from airegister.core.context import change_context
from airegister.requirements.models import DataClass, Region

from .models import RequirementProfile, Rule
from .versioning import versioning_batch

DEFAULT_FILE = Path(__file__).resolve().parent / "catalog_data" / "defaults.yaml"
RULE_KEYS = {
    "key", "name", "description", "weight", "data_class", "region", "kind", "attribute", "expected",
    "fallback_attribute", "fallback_expected", "fallback_reason", "severity", "statuses",
}


class RequirementsError(Exception):
    """The defaults file is wrong; one line naming file, line, field and problem."""


class _File:
    def __init__(self, path: Path):
        self.name = path.name
        try:
            self.data, self.lines = load_yaml(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise RequirementsError(f"{path}: cannot read: {exc.strerror}") from None
        except YAMLLineError as exc:
            raise RequirementsError(f"{self.name}:{exc.line}: {exc.message}") from None
        if not isinstance(self.data, dict):
            raise self.error((), "expected a mapping with data_classes, regions and profiles")

    def error(self, path, message) -> RequirementsError:
        text = " ".join(str(message).split())
        return RequirementsError(f"{self.name}:{line_of(self.lines, path)}: {format_path(tuple(path))}: {text}")

    def entries(self, key) -> list:
        items = self.data.get(key) or []
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise self.error((key,), "expected a list of mappings")
        return items


def load_requirements(path: Path = DEFAULT_FILE, reset: bool = False) -> Counter:
    """Seed the defaults; returns counts such as {"data classes created": 7, "profiles unchanged": 1}."""
    source = _File(Path(path))
    report: Counter = Counter()
    with transaction.atomic(), change_context(user_name="system", message="Default requirements loaded"):
        with versioning_batch():
            _seed_vocabulary(source, "data_classes", DataClass, report, "data classes")
            _seed_vocabulary(source, "regions", Region, report, "regions")
            _seed_profiles(source, report, reset)
    return report


def _seed_vocabulary(source: _File, key: str, model, report: Counter, label: str):
    entries = source.entries(key)
    existing = {e.slug: e for e in model.objects.all()}
    created = {}
    for i, item in enumerate(entries):
        slug = item.get("slug")
        if slug in existing:
            report[f"{label} unchanged"] += 1
            continue
        fields = {k: v for k, v in item.items() if k != "implies"}
        record = model(**fields)
        try:
            record.full_clean()
        except (ValidationError, TypeError) as exc:
            raise source.error((key, i), _message(exc)) from None
        record.save()
        existing[slug] = created[slug] = record
        report[f"{label} created"] += 1
    for i, item in enumerate(entries):
        record = created.get(item.get("slug"))
        if record is None:
            continue
        parents = []
        for j, parent in enumerate(item.get("implies") or []):
            if parent not in existing:
                raise source.error((key, i, "implies", j), f"unknown {model._meta.verbose_name} {parent!r}")
            parents.append(existing[parent])
        if parents:
            record.parents.set(parents)


def _seed_profiles(source: _File, report: Counter, reset: bool):
    attributes = {a.slug: a for a in DataAttribute.objects.all()}
    classes = {c.slug: c for c in DataClass.objects.all()}
    regions = {r.slug: r for r in Region.objects.all()}
    for i, item in enumerate(source.entries("profiles")):
        path = ("profiles", i)
        profile = RequirementProfile.objects.filter(slug=item.get("slug")).first()
        if profile is not None and not reset:
            report["profiles unchanged"] += 1
            continue
        rules = [
            _rule(source, path + ("rules", j), rule, attributes, classes, regions)
            for j, rule in enumerate(item.get("rules") or [])
        ]
        outcome = "created" if profile is None else "reset"
        profile = profile or RequirementProfile(slug=item.get("slug"))
        profile.name = item.get("name", "")
        profile.description = item.get("description", "")
        if item.get("default") and not RequirementProfile.objects.filter(is_default=True).exclude(pk=profile.pk):
            profile.is_default = True
        try:
            profile.full_clean()
        except ValidationError as exc:
            raise source.error(path, _message(exc)) from None
        profile.save()
        if outcome == "reset":
            profile.rules.all().delete()
        for rule in rules:
            rule.profile = profile
            rule.save()
        report[f"profiles {outcome}"] += 1


def _rule(source: _File, path, item: dict, attributes, classes, regions) -> Rule:
    unknown = sorted(set(item) - RULE_KEYS)
    if unknown:
        raise source.error(path + (unknown[0],), f"unknown key; valid keys: {', '.join(sorted(RULE_KEYS))}")
    fields = dict(item)
    for key, table, label in (
        ("attribute", attributes, "data attribute"),
        ("fallback_attribute", attributes, "data attribute"),
        ("data_class", classes, "data class"),
        ("region", regions, "region"),
    ):
        if fields.get(key) is None:
            fields.pop(key, None)
            continue
        if fields[key] not in table:
            valid = ", ".join(sorted(table)) or "none (has `airegister load-catalog` been run?)"
            raise source.error(path + (key,), f"unknown {label} {fields[key]!r}; valid: {valid}")
        fields[key] = table[fields[key]]
    rule = Rule(**fields)
    try:
        rule.full_clean(exclude=["profile"], validate_constraints=False)
    except ValidationError as exc:
        raise source.error(path, _message(exc)) from None
    return rule


def _message(exc) -> str:
    if isinstance(exc, ValidationError) and hasattr(exc, "error_dict"):
        return "; ".join(f"{field}: {' '.join(errors)}" for field, errors in exc.message_dict.items())
    return " ".join(getattr(exc, "messages", [str(exc)]))


def load_builtin(dry_run: bool = False) -> list[str]:
    """The requirements app's built-in content, loaded by `airegister load-catalog` (AppConfig.builtin_content).

    Raises CatalogError, the error `load-catalog` reports as one line, when the defaults file is wrong.
    """
    try:
        report = load_requirements(DEFAULT_FILE)
    except RequirementsError as exc:
        raise CatalogError(str(exc)) from None
    # A rehearsal (dry_run) loads the same way: the caller rolls the whole load back.
    summary = ", ".join(f"{report[key]} {key}" for key in sorted(report))
    return [f"Requirement defaults: {summary}."]
