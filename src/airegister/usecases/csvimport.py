"""Use cases from a CSV file: every row is checked first, and nothing is stored unless every row is valid.

Columns (first row; order free, names case-insensitive): name, owner (required); slug, description, status,
data_classes, regions, capabilities, model, channel, profile (optional). Lists are separated by ";" (or
","), and name records by slug (regions also by code, e.g. "EU"). A row whose slug names an existing use
case updates it. Errors are reported per row: "Row 3: regions: unknown region 'mars'; valid: eu, uk, us".
"""

import csv
import io
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify

from airegister.catalog.models import AIModel, Channel
from airegister.requirements.choices import CapabilityChoices
from airegister.requirements.models import RequirementProfile

from .choices import UseCaseStatusChoices
from .forms import UseCaseForm
from .models import DataClass, Region, UseCase

COLUMNS = [
    "name", "slug", "owner", "description", "status", "data_classes", "regions", "capabilities", "model",
    "channel", "profile",
]
REQUIRED = {"name", "owner"}
MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000


class CSVFileError(Exception):
    """The file as a whole cannot be read (not CSV, not UTF-8, missing columns)."""


@dataclass
class ImportResult:
    errors: list[str] = field(default_factory=list)
    created: list[UseCase] = field(default_factory=list)
    updated: list[UseCase] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.replace(",", ";").split(";") if v.strip()]


def read_rows(data: bytes) -> list[dict]:
    if len(data) > MAX_BYTES:
        raise CSVFileError(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    if b"\x00" in data:
        raise CSVFileError("This is not a CSV file (it contains binary data).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CSVFileError("The file is not UTF-8 text. Save it as CSV UTF-8 and try again.") from None
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise CSVFileError("The file is empty: the first row must name the columns.")
    names = [(n or "").strip().lower() for n in reader.fieldnames]
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        raise CSVFileError(f"Unknown column {unknown[0]!r}; valid columns: {', '.join(COLUMNS)}.")
    missing = sorted(REQUIRED - set(names))
    if missing:
        raise CSVFileError(f"Missing column {', '.join(missing)}; required: {', '.join(sorted(REQUIRED))}.")
    reader.fieldnames = names
    rows = []
    try:
        for row in reader:
            if None in row:
                raise CSVFileError(f"Row {reader.line_num}: more values than columns.")
            rows.append({k: (v or "").strip() for k, v in row.items()})
            if len(rows) > MAX_ROWS:
                raise CSVFileError(f"More than {MAX_ROWS} rows; split the file.")
    except csv.Error as exc:
        raise CSVFileError(f"Row {reader.line_num}: not valid CSV ({exc}).") from None
    if not rows:
        raise CSVFileError("The file has a header but no rows.")
    return rows


class _Lookups:
    def __init__(self):
        self.classes = {c.slug: c for c in DataClass.objects.all()}
        self.regions = {r.slug: r for r in Region.objects.all()}
        self.region_codes = {r.code.lower(): r for r in self.regions.values()}
        self.models = {m.slug: m for m in AIModel.objects.all()}
        self.channels = {c.slug: c for c in Channel.objects.all()}
        self.profiles = {p.slug: p for p in RequirementProfile.objects.all()}
        self.existing = {u.slug: u for u in UseCase.objects.all()}


def _form_data(row: dict, lookups: _Lookups) -> tuple[dict, list[str]]:
    problems = []

    def one(column, table, label, extra=None):
        value = row.get(column, "")
        if not value:
            return ""
        found = table.get(value.lower()) or (extra or {}).get(value.lower())
        if found is None:
            problems.append(f"{column}: unknown {label} {value!r}; valid: {', '.join(sorted(table)) or 'none'}")
            return ""
        return found.pk

    def many(column, table, label, extra=None):
        chosen = []
        for value in _split(row.get(column, "")):
            found = table.get(value.lower()) or (extra or {}).get(value.lower())
            if found is None:
                problems.append(f"{column}: unknown {label} {value!r}; valid: {', '.join(sorted(table))}")
            elif found.pk not in chosen:
                chosen.append(found.pk)
        return chosen

    capabilities = _split(row.get("capabilities", ""))
    bad = [c for c in capabilities if c not in CapabilityChoices.values()]
    if bad:
        problems.append(f"capabilities: unknown capability {bad[0]!r}; valid: {', '.join(CapabilityChoices.values())}")
    status = row.get("status") or UseCaseStatusChoices.PROPOSED
    if status not in UseCaseStatusChoices.values():
        problems.append(f"status: unknown status {status!r}; valid: {', '.join(UseCaseStatusChoices.values())}")
    data = {
        "name": row.get("name", ""),
        "slug": row.get("slug") or slugify(row.get("name", ""))[:100],
        "owner": row.get("owner", ""),
        "description": row.get("description", ""),
        "status": status,
        "data_classes": many("data_classes", lookups.classes, "data class"),
        "regions": many("regions", lookups.regions, "region", lookups.region_codes),
        "capabilities": [c for c in capabilities if c not in bad],
        "model": one("model", lookups.models, "model"),
        "channel": one("channel", lookups.channels, "channel"),
        "profile": one("profile", lookups.profiles, "requirement profile"),
    }
    return data, problems


def import_use_cases(data: bytes, *, only_new: bool = False) -> ImportResult:
    """Validate every row, then store them all in one transaction — or store nothing and report the errors.

    only_new: rows whose use case exists already are left out (seeding: edits made since are kept).
    """
    result = ImportResult()
    try:
        rows = read_rows(data)
    except CSVFileError as exc:
        result.errors.append(str(exc))
        return result
    lookups = _Lookups()
    if only_new:
        rows = [row for row in rows if (row.get("slug") or slugify(row.get("name", ""))[:100]) not in lookups.existing]
    forms, seen, seen_names = [], {}, {}
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        form_data, problems = _form_data(row, lookups)
        slug, name = form_data["slug"], form_data["name"].casefold()
        if slug in seen:
            problems.append(f"slug: {slug!r} is also on row {seen[slug]}")
        if name and name in seen_names:
            problems.append(f"name: {form_data['name']!r} is also on row {seen_names[name]}")
        seen.setdefault(slug, number)
        seen_names.setdefault(name, number)
        instance = lookups.existing.get(slug)
        form = UseCaseForm(data=form_data, instance=instance)
        if not form.is_valid():
            problems += [f"{name}: {' '.join(errors)}" for name, errors in form.errors.items() if name != "__all__"]
            problems += form.errors.get("__all__", [])
        result.errors += [f"Row {number}: {p}" for p in dict.fromkeys(problems)]
        forms.append((form, instance is not None))
    if result.errors:
        return result
    with transaction.atomic():
        for form, is_update in forms:
            use_case = form.save()
            (result.updated if is_update else result.created).append(use_case)
    return result
