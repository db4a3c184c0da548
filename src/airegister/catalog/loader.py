"""The built-in catalog: YAML files under catalog_data/ loaded into the database by `airegister load-catalog`.

Every file is parsed with line numbers, validated against its JSON Schema, then written in one transaction
in dependency order (attributes, channels, vendors, sources, vendor facts, models, model facts, then the
kinds other apps register with `register_file_kind`: governance's controls and playbooks), then the
FMTI indicators and scores in fmti/ (catalog/fmti.py). Records are
matched by natural key and saved only when a value differs, so loading the same files twice changes nothing
and logs nothing. Any problem aborts the whole load with a CatalogError whose
message is one line: `<file>:<line>: <field path>: <what is wrong>`.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import DatabaseError, models, transaction

from airegister.core.context import change_context
from airegister.sources.models import SourceDocument

from .fmti import FOLDER as FMTI_FOLDER
from .fmti import FmtiDataError, load_fmti
from .models import (
    AIModel,
    Certification,
    Channel,
    ComplianceFlag,
    ContinuityLink,
    DataAttribute,
    DataTerm,
    ModelAvailability,
    SafetyCommitment,
    SafetyDocument,
    SafetyEvaluation,
    UseRestriction,
    Vendor,
)
from .schema import FILE_KINDS, register_schema, validator_for
from .schema.definitions import OFFER_FACT_FIELDS
from .schema.errors import describe_schema_error
from .yaml_lines import YAMLLineError, format_path, line_of, load_yaml

DEFAULT_ROOT = Path(__file__).resolve().parent / "catalog_data"
UNATTRIBUTED = "_unattributed"  # models/_unattributed/: models no source names the maker of
OUTCOMES = ("created", "updated", "unchanged")
# YAML key -> model field where they differ (CitedMixin's excerpt).
FIELD_FOR_KEY = {"excerpt": "source_excerpt"}
KEY_FOR_FIELD = {v: k for k, v in FIELD_FOR_KEY.items()}
# A key the database says is missing is best shown at the line of the key that needs it.
NEEDED_BY = {"applies_value": "applies_to", "retention_days": "retention", "resolved": "status"}


# Kinds of file other apps add, in registration order: kind -> write(writer, doc).
EXTRA_WRITERS: dict = {}
# Kinds written as Markdown with YAML front matter ("playbooks/<slug>.md"): kind -> the key the body goes to.
MARKDOWN_BODY_KEYS: dict = {}


def register_file_kind(kind: str, place: str, schema: dict, write, body_key: str | None = None) -> None:
    """Let an app above the catalog load its own records from the catalog folder, in the same transaction.

    `place` is where the files live ("controls/<slug>.yaml"), `schema` their JSON Schema, and
    `write(writer, doc)` stores one file through the writer's `record` / `values` / `ref` / `upsert`.
    A place ending in `.md` is a Markdown file whose YAML front matter (between `---` lines) holds the fields
    and whose body is given to the schema as `body_key`.
    Called from the app's `AppConfig.ready()`, so the catalog never imports the app.
    """
    register_schema(kind, place, schema)
    EXTRA_WRITERS[kind] = write
    if place.endswith(".md"):
        MARKDOWN_BODY_KEYS[kind] = body_key or "body"


class CatalogError(Exception):
    """A catalog file is wrong; the message is one line naming file, line, field and problem."""


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


@dataclass
class LoadReport:
    """How many records of each type were created, updated or left unchanged (keyed by model class name)."""

    counts: dict[str, Counter] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    files: int = 0
    dry_run: bool = False

    def add(self, model_cls, outcome: str) -> None:
        name = model_cls.__name__
        plural = str(model_cls._meta.verbose_name_plural)
        self.labels.setdefault(name, plural[:1].upper() + plural[1:])
        self.counts.setdefault(name, Counter())[outcome] += 1

    def total(self, outcome: str) -> int:
        return sum(counter[outcome] for counter in self.counts.values())

    @property
    def changed(self) -> bool:
        return bool(self.total("created") or self.total("updated"))

    def table(self) -> str:
        rows = [(self.labels[name], *(counter[o] for o in OUTCOMES)) for name, counter in self.counts.items()]
        rows.append(("Total", *(self.total(o) for o in OUTCOMES)))
        width = max(len(row[0]) for row in rows + [("Record type",)])
        head = f"{'Record type':<{width}}  {'created':>7}  {'updated':>7}  {'unchanged':>9}"
        lines = [head, "-" * len(head)]
        lines += [f"{label:<{width}}  {c:>7}  {u:>7}  {n:>9}" for label, c, u, n in rows]
        verb = "Checked (nothing written)" if self.dry_run else "Loaded"
        lines.append(f"{verb}: {self.files} files.")
        return "\n".join(lines)


@dataclass
class CatalogFile:
    rel: str  # path relative to the catalog folder, with forward slashes
    kind: str
    data: dict
    lines: dict

    def where(self, path) -> str:
        return f"{self.rel}:{line_of(self.lines, path)}"

    def error(self, path, message: str, at=None) -> CatalogError:
        """`at`: a path whose line to name instead of `path`'s (for a missing key, the key it goes with)."""
        return CatalogError(_one_line(f"{self.where(at or path)}: {format_path(tuple(path))}: {message}"))

    def stamp(self, item: dict | None = None) -> datetime.datetime:
        """The entry's `updated` date (else the file's) at noon UTC: the same calendar day in any timezone."""
        text = (item or {}).get("updated") or self.data["updated"]
        day = datetime.date.fromisoformat(text)
        return datetime.datetime(day.year, day.month, day.day, 12, tzinfo=datetime.UTC)


def _kind_of(rel: str) -> str | None:
    parts = rel.split("/")
    if parts == ["attributes.yaml"]:
        return "attributes"
    # One folder per kind whose files sit directly in it ("channels/<slug>.yaml"), registered kinds included.
    folders = {place.split("/")[0]: (kind, place) for kind, place in FILE_KINDS.items() if place.count("/") == 1}
    if len(parts) == 2 and parts[0] in folders:
        kind, place = folders[parts[0]]
        return kind if Path(parts[1]).suffix == Path(place).suffix else None
    if len(parts) == 3 and parts[0] == "models":
        return "model"
    return None


def read_catalog(root: Path) -> list[CatalogFile]:
    """Parse and schema-check every file under `root`; no database access."""
    root = Path(root)
    if not root.is_dir():
        raise CatalogError(f"{root}: no such catalog folder")
    files = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in {".yaml", ".yml", ".md"}):
        rel = path.relative_to(root).as_posix()
        kind = _kind_of(rel) if path.suffix in {".yaml", ".md"} else None
        if kind is None:
            places = ", ".join(FILE_KINDS.values())
            raise CatalogError(f"{rel}:1: (file): not a catalog file; catalog files are {places}")
        try:
            text = path.read_text(encoding="utf-8")
            if kind in MARKDOWN_BODY_KEYS:
                data, lines = _load_markdown(rel, text, MARKDOWN_BODY_KEYS[kind])
            else:
                data, lines = load_yaml(text)
        except UnicodeDecodeError:
            raise CatalogError(f"{rel}:1: (file): not UTF-8 text") from None
        except YAMLLineError as exc:
            raise CatalogError(_one_line(f"{rel}:{exc.line}: yaml syntax: {exc.message}")) from None
        doc = CatalogFile(rel=rel, kind=kind, data=data, lines=lines)
        _check_schema(doc)
        _check_file_name(doc, path)
        files.append(doc)
    return files


def _load_markdown(rel: str, text: str, body_key: str) -> tuple[dict, dict]:
    """A Markdown file with YAML front matter: the fields, with the body (Markdown) under `body_key`."""
    text = text.replace("\r\n", "\n")
    if not text.startswith("---\n"):
        raise CatalogError(f"{rel}:1: (file): must start with a front matter block between two '---' lines")
    end = text.find("\n---\n", 3)
    if end < 0:
        end = text.find("\n---", 3) if text.endswith("\n---") else -1
    if end < 0:
        raise CatalogError(f"{rel}:1: (file): the front matter block is not closed by a '---' line")
    try:
        data, lines = load_yaml(text[4 : end + 1])
    except YAMLLineError as exc:
        raise YAMLLineError(exc.line + 1, exc.message) from None
    lines = {path: line + 1 for path, line in lines.items()}  # the opening '---' is line 1
    if isinstance(data, dict):
        body = text[end + 5 :].strip("\n")
        if body:
            data[body_key] = body
            lines[(body_key,)] = text[: end].count("\n") + 3
    return data, lines


def _check_schema(doc: CatalogFile) -> None:
    if doc.data is None:
        raise doc.error((), "the file is empty")
    errors = list(validator_for(doc.kind).iter_errors(doc.data))
    if not errors:
        return
    # Report the first problem in file order, so fixing errors top to bottom works.
    described = [describe_schema_error(error) for error in errors]
    path, message = min(described, key=lambda d: (line_of(doc.lines, d[0]), format_path(d[0])))
    raise doc.error(path, message)


def _check_file_name(doc: CatalogFile, path: Path) -> None:
    if doc.kind == "attributes":
        return
    if doc.data["slug"] != path.stem:
        raise doc.error(("slug",), f"must match the file name {path.name!r}")
    if doc.kind == "model":
        folder = path.parent.name
        vendor = doc.data.get("vendor")
        if folder == UNATTRIBUTED and vendor is not None:
            raise doc.error(("vendor",), f"models under models/{UNATTRIBUTED}/ have no vendor; move the file")
        if folder != UNATTRIBUTED and vendor != folder:
            raise doc.error(("vendor",), f"must be {folder!r}, the folder the file is in")


def load_catalog(root: Path | None = None, *, dry_run: bool = False) -> LoadReport:
    """Load (dry_run: only check) the catalog under `root` (default: the built-in one) in one transaction."""
    root = Path(root) if root is not None else DEFAULT_ROOT
    files = read_catalog(root)
    report = LoadReport(files=len(files), dry_run=dry_run)
    try:
        with transaction.atomic():
            with change_context(user_name="load-catalog", preserve_timestamps=True) as ctx:
                _Writer(report, ctx).write(files)
                if (root / FMTI_FOLDER).is_dir():
                    ctx.message = f"Loaded from {FMTI_FOLDER}/"
                    load_fmti(root / FMTI_FOLDER, report)
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    except FmtiDataError as exc:
        raise CatalogError(_one_line(exc)) from None
    return report


class _Rollback(Exception):
    pass


class _Writer:
    def __init__(self, report: LoadReport, ctx):
        self.report = report
        self.ctx = ctx
        self.by_slug: dict[type, dict[str, models.Model]] = {}
        self.seen: dict[tuple, str] = {}  # natural key -> "file:line" that first gave it

    def write(self, files: list[CatalogFile]) -> None:
        kinds = {kind: [f for f in files if f.kind == kind] for kind in FILE_KINDS}
        for doc in kinds["attributes"]:
            self.attributes(doc)
        for doc in kinds["channel"]:
            self.record(doc, (), Channel, ("name", "kind", "operator", "url", "description", "aliases", "weight"))
        for doc in kinds["vendor"]:
            keys = ("name", "website", "trust_center_url", "safety_page_url", "description", "is_third_party")
            self.record(doc, (), Vendor, keys)
        for doc in kinds["source"]:
            self.source(doc)
        for doc in kinds["vendor"]:
            self.vendor_facts(doc, self.by_slug[Vendor][doc.data["slug"]])
        for doc in kinds["model"]:
            self.model(doc)
        for doc in kinds["model"]:
            self.model_facts(doc, self.by_slug[AIModel][doc.data["slug"]])
        for kind, write in EXTRA_WRITERS.items():
            for doc in kinds[kind]:
                write(self, doc)

    # --- one kind of record each ------------------------------------------------------------------

    def attributes(self, doc):
        keys = ("name", "description", "weight", "headline", "detail", "yes_label", "no_label")
        for i, item in enumerate(doc.data["attributes"]):
            path = ("attributes", i)
            values = self.values(item, DataAttribute, keys + ("statement_separator",), weight=i)
            obj = self.upsert(doc, path, DataAttribute, {"slug": item["slug"]}, values, doc.stamp())
            self.by_slug.setdefault(DataAttribute, {})[obj.slug] = obj

    def record(self, doc, path, model_cls, keys, extra=None):
        """A record that is a whole file, matched by its slug."""
        values = {**self.values(doc.data, model_cls, keys), **(extra or {})}
        obj = self.upsert(doc, path, model_cls, {"slug": doc.data["slug"]}, values, doc.stamp())
        self.by_slug.setdefault(model_cls, {})[obj.slug] = obj
        return obj

    def source(self, doc):
        vendor = doc.data.get("vendor")
        extra = {"vendor_id": self.ref(doc, ("vendor",), Vendor, vendor).pk if vendor else None}
        self.record(doc, (), SourceDocument, ("title", "url", "document_type", "published", "description"), extra)

    def vendor_facts(self, doc, vendor):
        for i, item in enumerate(doc.data.get("certifications", [])):
            path = ("certifications", i)
            keys = ("scope", "issuer", "valid_until", "evidence_url")
            values = {**self.values(item, Certification, keys), **self.cited(doc, path, item)}
            lookup = {"vendor_id": vendor.pk, "name": item["name"]}
            self.upsert(doc, path, Certification, lookup, values, doc.stamp(item))
        kept = []
        for i, item in enumerate(doc.data.get("safety_commitments", [])):
            path = ("safety_commitments", i)
            values = {**self.values(item, SafetyCommitment, ("kind", "statement")), **self.cited(doc, path, item),
                      "weight": item.get("weight", i)}
            lookup = {"vendor_id": vendor.pk, "slug": item["slug"]}
            kept.append(self.upsert(doc, path, SafetyCommitment, lookup, values, doc.stamp(item)).pk)
        # A commitment the vendor's file no longer lists is withdrawn from the register (the change log keeps it).
        for gone in SafetyCommitment.objects.filter(vendor=vendor).exclude(pk__in=kept):
            gone.delete()
        self.held_facts(doc, vendor, None)

    def model(self, doc):
        data = doc.data
        vendor = self.ref(doc, ("vendor",), Vendor, data["vendor"]) if data.get("vendor") else None
        keys = (
            "name", "family", "version_label", "tier", "release_date", "lifecycle_status",
            "announcement_date", "deprecation_date", "retirement_date", "availability_summary",
            "capability_notes",
            "input_modalities", "output_modalities", "knowledge_cutoff", "training_data_cutoff",
            "context_window", "output_limit", "open_weights", "capabilities", "parameters", "license",
            "safety_level", "enterprise_guidance", "aliases", "evidence",
        )  # fmt: skip
        extra = {"vendor_id": vendor.pk if vendor else None, **self.cited(doc, (), data)}
        self.record(doc, (), AIModel, keys, extra)

    def model_facts(self, doc, model):
        data = doc.data
        for i, item in enumerate(data.get("availability", [])):
            path = ("availability", i)
            channel = self.ref(doc, path + ("channel",), Channel, item["channel"])
            values = {
                **self.values(item, ModelAvailability, ("note",) + OFFER_FACT_FIELDS + ("evidence",)),
                **self.cited(doc, path, item),
            }
            lookup = {"model_id": model.pk, "channel_id": channel.pk}
            self.upsert(doc, path, ModelAvailability, lookup, values, doc.stamp(item))
        for i, item in enumerate(data.get("safety_evaluations", [])):
            path = ("safety_evaluations", i)
            values = self.values(item, SafetyEvaluation, ("value", "unit", "margin"))
            values.update(self.cited(doc, path, item))
            lookup = {"model_id": model.pk, "name": item["name"], "condition": item.get("condition", "")}
            self.upsert(doc, path, SafetyEvaluation, lookup, values, doc.stamp(item))
        for i, item in enumerate(data.get("continuity_for", [])):
            path = ("continuity_for", i)
            # Shorthand: a bare slug is a continuity link with no rationale.
            ref_path = path if isinstance(item, str) else path + ("model",)
            item = {"model": item} if isinstance(item, str) else item
            earlier = self.ref(doc, ref_path, AIModel, item["model"])
            if earlier.pk == model.pk:
                raise doc.error(ref_path, "a model cannot be its own continuity option")
            values = self.values(item, ContinuityLink, ("kind", "rationale"))
            values["kind"] = item.get("kind", "continuity")
            values.update(self.cited(doc, path, item))
            lookup = {"from_model_id": earlier.pk, "to_model_id": model.pk}
            self.upsert(doc, path, ContinuityLink, lookup, values, doc.stamp(item))
        if model.vendor_id is None:
            for key in ("data_terms", "use_restrictions", "safety_documents", "compliance_flags"):
                if data.get(key):
                    raise doc.error((key,), "a model whose vendor is not recorded cannot hold these facts")
            return
        self.held_facts(doc, model.vendor, model)

    def held_facts(self, doc, vendor, model):
        """Data terms, use restrictions, safety documents and flags of a vendor (model None) or a model."""
        # A model's facts are matched by model, so moving a model to another vendor keeps them.
        holder = {"model_id": model.pk} if model else {"vendor_id": vendor.pk, "model_id": None}
        owner = {"vendor_id": vendor.pk}
        data = doc.data
        for i, item in enumerate(data.get("data_terms", [])):
            path = ("data_terms", i)
            channel = self.ref(doc, path + ("channel",), Channel, item["channel"]) if item.get("channel") else None
            attribute = self.ref(doc, path + ("attribute",), DataAttribute, item["attribute"])
            keys = ("value", "retention", "retention_days", "regions", "statement")
            values = {**owner, **self.values(item, DataTerm, keys), **self.cited(doc, path, item)}
            lookup = {**holder, "channel_id": channel.pk if channel else None, "attribute_id": attribute.pk}
            self.upsert(doc, path, DataTerm, lookup, values, doc.stamp(item))
        facts = (
            ("use_restrictions", UseRestriction, "text", ("weight",)),
            ("safety_documents", SafetyDocument, "title", ("url", "summary", "weight")),
            (
                "compliance_flags",
                ComplianceFlag,
                "title",
                ("category", "severity", "status", "opened", "resolved", "description"),
            ),
        )
        for key, model_cls, natural, keys in facts:
            for i, item in enumerate(data.get(key, [])):
                path = (key, i)
                values = {**owner, **self.values(item, model_cls, keys, weight=i)}
                values.update(self.cited(doc, path, item))
                lookup = {**holder, natural: item[natural]}
                self.upsert(doc, path, model_cls, lookup, values, doc.stamp(item))

    # --- shared machinery -------------------------------------------------------------------------

    def values(self, item, model_cls, keys, weight=None) -> dict:
        """Field values from a YAML mapping; an absent key gets the field's default, so removing clears."""
        values = {}
        for key in keys:
            model_field = model_cls._meta.get_field(FIELD_FOR_KEY.get(key, key))
            value = item.get(key)
            if value is None:
                # Entries of a list are ordered as written unless a weight is given.
                value = (weight + 1) * 10 if key == "weight" and weight is not None else model_field.get_default()
            elif isinstance(model_field, models.DateField) and not isinstance(model_field, models.DateTimeField):
                value = datetime.date.fromisoformat(value)
            values[model_field.attname] = value
        return values

    def cited(self, doc, path, item) -> dict:
        slug = item.get("source")
        source = self.ref(doc, path + ("source",), SourceDocument, slug) if slug else None
        if item.get("source_date"):
            source_date = datetime.date.fromisoformat(item["source_date"])
        elif source is not None and len(source.published) == 10:
            source_date = datetime.date.fromisoformat(source.published)  # when the source stated it: its date
        else:
            source_date = None
        return {
            "source_id": source.pk if source else None,
            "source_date": source_date,
            "source_excerpt": item.get("excerpt") or "",
        }

    def ref(self, doc, path, model_cls, slug):
        """The record a file refers to by slug: loaded from the files or already in the database."""
        known = self.by_slug.setdefault(model_cls, {})
        if slug not in known:
            obj = model_cls._base_manager.filter(slug=slug).first()
            if obj is None:
                label = model_cls._meta.verbose_name
                hint = f" (known: {', '.join(sorted(known))})" if 0 < len(known) <= 12 else ""
                raise doc.error(path, f"unknown {label} {slug!r}{hint}")
            known[slug] = obj
        return known[slug]

    def upsert(self, doc, path, model_cls, lookup, values, stamp, m2m=None):
        natural_key = (model_cls, tuple(sorted(lookup.items())))
        if natural_key in self.seen:
            label = model_cls._meta.verbose_name
            raise doc.error(path, f"duplicate {label}: {self.seen[natural_key]} already gives it")
        self.seen[natural_key] = doc.where(path)
        obj = model_cls._base_manager.filter(**lookup).first()
        creating = obj is None
        if creating:
            obj = model_cls(**lookup)
        changed = creating or obj.last_updated != stamp or any(getattr(obj, k) != v for k, v in values.items())
        self.ctx.message = f"Loaded from {doc.rel}"
        if changed:
            for name, value in values.items():
                setattr(obj, name, value)
            obj.last_updated = stamp
            self.save(doc, path, obj)
        m2m_changed = False
        for name, pks in (m2m or {}).items():
            manager = getattr(obj, name)
            if creating or set(manager.values_list("pk", flat=True)) != set(pks):
                manager.set(pks)
                m2m_changed = True
        outcome = "created" if creating else "updated" if changed or m2m_changed else "unchanged"
        self.report.add(model_cls, outcome)
        return obj

    def save(self, doc, path, obj):
        try:
            obj.full_clean()
            with transaction.atomic():  # a savepoint, so PostgreSQL can still report the error cleanly
                obj.save()
        except ValidationError as exc:
            name, messages = next(iter(exc.message_dict.items()))
            if name == "__all__":
                raise doc.error(path, " ".join(messages)) from None
            key = KEY_FOR_FIELD.get(name, name)
            at = path + (NEEDED_BY[key],) if key in NEEDED_BY and path + (key,) not in doc.lines else None
            raise doc.error(path + (key,), " ".join(messages), at=at) from None
        except DatabaseError as exc:
            raise doc.error(path, f"the database refused it: {_one_line(exc)[:200]}") from None
