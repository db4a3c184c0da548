"""Load the Foundation Model Transparency Index files shipped in catalog_data/fmti/ (CC BY 4.0, see ATTRIBUTION.txt).

Called by `load_catalog` after the catalog files, in the same transaction. The FMTI files are loaded as published;
three small files of ours say how they meet the register: `developers.csv` (FMTI's developer name → our vendor
slug), `may2024-renamed.csv` (indicator names the May 2024 score file spells differently from the indicator file)
and `coverage.csv` (Dec 2025 indicator → the register facts that speak to it). Records are matched by natural key
and saved only when a value differs, so a second load changes nothing. A wrong file raises FmtiDataError, one line
naming the file and line.
"""

import csv
import datetime
from dataclasses import dataclass
from pathlib import Path

from .choices import FmtiEditionChoices
from .models import DataAttribute, FmtiIndicator, FmtiScore, Vendor
from .transparency import fact_key_problem

FOLDER = "fmti"
# The day each edition's files last changed upstream (ATTRIBUTION.txt): the records' "updated" date.
EDITION_DATES = {
    FmtiEditionChoices.DEC_2025: datetime.date(2025, 12, 9),
    FmtiEditionChoices.MAY_2024: datetime.date(2024, 5, 22),
}


class FmtiDataError(ValueError):
    """An FMTI file is wrong; the message is one line: `fmti/<file>:<line>: <problem>`."""


@dataclass
class Edition:
    edition: str
    indicator_file: str
    score_file: str
    renamed_file: str | None = None  # score-file name -> indicator-file name


EDITIONS = (
    Edition(FmtiEditionChoices.DEC_2025, "Dec2025_indicators.csv", "Dec2025_scores.csv"),
    Edition(FmtiEditionChoices.MAY_2024, "fmti-indicators.csv", "May2024_scores.csv", "may2024-renamed.csv"),
)


class _Files:
    def __init__(self, folder: Path):
        self.folder = folder

    def rows(self, name: str) -> list[tuple[int, dict]]:
        """(line number, row) for each data row; FMTI's files start with a byte-order mark, hence utf-8-sig."""
        path = self.folder / name
        if not path.is_file():
            raise FmtiDataError(f"{FOLDER}/{name}:1: file missing")
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            return [(reader.line_num, {k.strip(): (v or "").strip() for k, v in row.items() if k}) for row in reader]

    def error(self, name: str, line: int, message: str) -> FmtiDataError:
        return FmtiDataError(f"{FOLDER}/{name}:{line}: {message}")


def read_fmti(folder: Path) -> tuple[list[dict], list[dict]]:
    """Parse and check the FMTI files: (indicator values, score values), no database access but vendor slugs."""
    files = _Files(folder)
    vendors = _vendor_map(files)
    coverage = _coverage_map(files)
    indicators, scores = [], []
    for ed in EDITIONS:
        names = []
        for number, (line, row) in enumerate(files.rows(ed.indicator_file), start=1):
            if not row.get("Indicator") or not row.get("Domain"):
                raise files.error(ed.indicator_file, line, "Domain and Indicator must not be empty")
            names.append(row["Indicator"])
            facts = coverage.pop(row["Indicator"], []) if ed.edition == FmtiEditionChoices.DEC_2025 else []
            indicators.append({
                "edition": ed.edition, "number": number, "domain": row["Domain"], "subdomain": row["Subdomain"],
                "name": row["Indicator"], "definition": row["Definition"], "register_facts": facts,
            })  # fmt: skip
        scores += _scores(files, ed, names, vendors)
    for name, facts in coverage.items():
        raise files.error("coverage.csv", facts[0]["line"], f"indicator {name!r} is not a Dec 2025 indicator")
    for item in indicators:
        item["register_facts"] = [{"fact": f["fact"], "note": f["note"]} for f in item["register_facts"]]
    return indicators, scores


def _vendor_map(files: _Files) -> dict[str, Vendor | None]:
    known = {v.slug: v for v in Vendor.objects.all()}
    mapping = {}
    for line, row in files.rows("developers.csv"):
        slug = row.get("vendor", "")
        if slug and slug not in known:
            raise files.error("developers.csv", line, f"vendor: unknown vendor {slug!r}")
        mapping[row["developer"]] = known.get(slug)
    return mapping


def _coverage_map(files: _Files) -> dict[str, list[dict]]:
    mapping: dict[str, list[dict]] = {}
    attributes = set(DataAttribute.objects.values_list("slug", flat=True))
    for line, row in files.rows("coverage.csv"):
        key = row.get("register_fact", "")
        problem = fact_key_problem(key)
        if not problem and key.startswith("term.") and key[5:] not in attributes:
            problem = f"unknown data attribute {key[5:]!r}"
        if problem:
            raise files.error("coverage.csv", line, f"register_fact: {problem}")
        mapping.setdefault(row["indicator"], []).append(
            {"fact": row["register_fact"], "note": row.get("note", ""), "line": line}
        )
    return mapping


def _scores(files: _Files, ed: Edition, names: list[str], vendors: dict) -> list[dict]:
    renamed = {row["score_file_name"]: row["indicator_file_name"] for _, row in files.rows(ed.renamed_file)} if (
        ed.renamed_file
    ) else {}
    number_of = {name: i for i, name in enumerate(names, start=1)}
    rows = files.rows(ed.score_file)
    developers = [k for k in rows[0][1] if k != "Indicator"] if rows else []
    for developer in developers:
        if developer not in vendors:
            raise files.error("developers.csv", 1, f"developer {developer!r} of {ed.score_file} is not listed")
    disclosed = {d: [] for d in developers}
    totals, seen = {}, set()
    for line, row in rows:
        name = row["Indicator"]
        if name == "Total":
            totals = {d: (line, row[d]) for d in developers}
            continue
        number = number_of.get(renamed.get(name, name))
        if number is None:
            raise files.error(ed.score_file, line, f"indicator {name!r} is not in {ed.indicator_file}")
        seen.add(number)
        for developer in developers:
            if row[developer] not in ("0", "1"):
                raise files.error(ed.score_file, line, f"{developer}: score must be 0 or 1, not {row[developer]!r}")
            if row[developer] == "1":
                disclosed[developer].append(number)
    if len(seen) != len(names):
        raise files.error(ed.score_file, 1, f"scores {len(seen)} indicators; {ed.indicator_file} has {len(names)}")
    for developer, (line, total) in totals.items():
        if total != str(len(disclosed[developer])):
            raise files.error(ed.score_file, line, f"{developer}: Total {total} is not the sum of the scores")
    return [
        {
            "edition": ed.edition, "developer": developer, "vendor": vendors[developer],
            "score": len(numbers), "out_of": len(names), "disclosed": sorted(numbers),
        }  # fmt: skip
        for developer, numbers in disclosed.items()
    ]


def load_fmti(folder: Path, report) -> None:
    """Upsert the indicators and scores; `report` is the catalog LoadReport counting each outcome."""
    indicators, scores = read_fmti(folder)
    _upsert(FmtiIndicator, ("edition", "number"), indicators, report)
    _upsert(FmtiScore, ("edition", "developer"), scores, report)


def _upsert(model_cls, keys: tuple, items: list[dict], report) -> None:
    existing = {tuple(getattr(o, k) for k in keys): o for o in model_cls._base_manager.all()}
    for item in items:
        day = EDITION_DATES[item["edition"]]
        stamp = datetime.datetime(day.year, day.month, day.day, 12, tzinfo=datetime.UTC)
        obj = existing.get(tuple(item[k] for k in keys))
        creating = obj is None
        obj = obj or model_cls()
        changed = creating or obj.last_updated != stamp or any(getattr(obj, k) != v for k, v in item.items())
        if changed:
            for name, value in item.items():
                setattr(obj, name, value)
            obj.last_updated = stamp
            obj.save()
        report.add(model_cls, "created" if creating else "updated" if changed else "unchanged")
