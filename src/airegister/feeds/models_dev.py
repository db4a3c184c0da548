"""models.dev: `read_models_dev(path)` reads a checkout (or the copy in ../shared/data/models-dev) into labs, lab
models, channels and offers, every value cited by file and line. See docs/feeds.md."""

import os
import re
from pathlib import Path
from typing import Any

import rtoml

from .records import (
    MODELS_DEV,
    Benchmark,
    Channel,
    ChannelKind,
    Citation,
    Cited,
    FeedError,
    Lab,
    LabModel,
    Link,
    Match,
    ModelsDevFeed,
    Offer,
)
from .schema import LAB_MODEL_FIELDS, OFFER_FIELDS, PROVIDER_FIELDS, check_table
from .tomlkeys import key_lines
from .version import content_hash, file_digest, git_commit, version_of

# Cloud platforms: a channel with one of these ids is a cloud provider's model service. A documented table, not
# evidence in the data (models.dev does not say what kind a provider is); every other kind is derived.
CLOUD_PLATFORMS = {
    "amazon-bedrock": "Amazon Web Services",
    "azure": "Microsoft Azure",
    "azure-cognitive-services": "Microsoft Azure",
    "google-vertex": "Google Cloud",
    "google-vertex-anthropic": "Google Cloud",
    "cloudflare-workers-ai": "Cloudflare",
    "databricks": "Databricks",
    "snowflake-cortex": "Snowflake",
    "sap-ai-core": "SAP Business Technology Platform",
    "digitalocean": "DigitalOcean",
    "ovhcloud": "OVHcloud",
    "scaleway": "Scaleway",
    "stackit": "STACKIT",
    "nebius": "Nebius",
    "vultr": "Vultr",
}

# (fact name, key path) for the single-valued facts of lab models and offers.
FACT_PATHS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("name", ("name",)),
    ("family", ("family",)),
    ("release_date", ("release_date",)),
    ("last_updated", ("last_updated",)),
    ("knowledge", ("knowledge",)),
    ("context_window", ("limit", "context")),
    ("input_limit", ("limit", "input")),
    ("output_limit", ("limit", "output")),
    ("input_modalities", ("modalities", "input")),
    ("output_modalities", ("modalities", "output")),
    ("open_weights", ("open_weights",)),
    ("attachment", ("attachment",)),
    ("reasoning", ("reasoning",)),
    ("tool_call", ("tool_call",)),
    ("structured_output", ("structured_output",)),
    ("temperature", ("temperature",)),
)
LAB_ONLY_PATHS = (("license", ("license",)),)
OFFER_ONLY_PATHS = (("status", ("status",)), ("reasoning_options", ("reasoning_options",)),
                    ("interleaved", ("interleaved",)))


class _File:
    """One TOML file read: its relative path, parsed data and key lines, and how to cite a key in it."""

    __slots__ = ("rel", "data", "lines", "feed_version")

    def __init__(self, rel: str, data: dict, lines: dict, feed_version: str):
        self.rel = rel
        self.data = data
        self.lines = lines
        self.feed_version = feed_version

    def cite(self, path: tuple) -> Citation:
        first, last = self.lines.get(path, (None, None))
        key = _DOTTED.get(path)
        if key is None:
            key = _DOTTED[path] = dotted(path)
        return Citation(MODELS_DEV, self.feed_version, self.rel, key, first, last)

    def cited(self, path: tuple, inherited: bool = False) -> Cited | None:
        data = self.data
        if len(path) == 1:
            if path[0] not in data:
                return None
            value = data[path[0]]
        else:
            found, value = lookup(data, path)
            if not found:
                return None
        if isinstance(value, list):
            value = frozen(value)
        return Cited(value, self.cite(path), inherited)


_DOTTED: dict[tuple, str] = {}


def dotted(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def lookup(data: Any, path: tuple) -> tuple[bool, Any]:
    for part in path:
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return False, None
    return True, data


def frozen(value: Any) -> Any:
    """Lists as tuples (a record's value cannot be changed through it); tables stay as read."""
    if isinstance(value, list):
        return tuple(frozen(v) for v in value)
    return value


def read_models_dev(path: str | os.PathLike) -> ModelsDevFeed:
    """Read a models.dev checkout: `models/<lab>/*.toml`, `providers/<p>/provider.toml`, `providers/<p>/models/**.toml`.

    Raises `FeedError` (one line naming the file, line and key) for a missing folder, malformed TOML, an unknown
    field, a wrong type or a `base_model` naming no lab model."""
    root = Path(path)
    if not root.is_dir():
        raise FeedError(f"{root}: not found (expected a models.dev checkout folder or its published api.json)")
    for folder in ("models", "providers"):
        if not (root / folder).is_dir():
            raise FeedError(f"{root}: not a models.dev checkout: no {folder}/ folder")

    raw, skipped = _read_all(root)
    commit = git_commit(root)
    hash_ = content_hash({rel: file_digest(data) for rel, data in raw.items()})
    version = version_of(commit, hash_)

    files: dict[str, _File] = {}
    for rel, data in raw.items():
        files[rel] = _parse(root, rel, data, version)

    models: dict[str, LabModel] = {}
    labs: dict[str, Lab] = {}
    channels: dict[str, Channel] = {}
    offer_files: list[tuple[str, str, _File]] = []
    for rel, f in files.items():
        parts = rel.split("/")
        if parts[0] == "models":
            fields = LAB_MODEL_FIELDS
        elif parts[-1] == "provider.toml" and len(parts) == 3:
            fields = PROVIDER_FIELDS
        else:
            fields = OFFER_FIELDS
        _validate(root, f, fields)
        if parts[0] == "models":
            lab_id, model_id = parts[1], parts[2].removesuffix(".toml")
            model = _lab_model(lab_id, model_id, f)
            models[model.key] = model
            labs.setdefault(lab_id, Lab(lab_id, f"models/{lab_id}")).models.append(model.key)
        elif fields is PROVIDER_FIELDS:
            channels[parts[1]] = _channel(root, parts[1], f)
        else:
            offer_files.append((parts[1], "/".join(parts[3:]).removesuffix(".toml"), f))

    for lab in labs.values():
        lab.models.sort()
        channel = channels.get(lab.id)
        if channel is not None:
            lab.name = channel.name

    ids: dict[str, list[str]] = {}
    for key, model in models.items():
        ids.setdefault(model.id, []).append(key)

    offers = []
    for channel_id, model_id, f in offer_files:
        if channel_id not in channels:
            raise FeedError(f"{root / f.rel}: the provider has no providers/{channel_id}/provider.toml")
        offers.append(_offer(root, channel_id, model_id, f, files, models, labs, ids))
    offers.sort(key=lambda o: (o.channel, o.model_id))
    _classify(channels, offers, models, labs)

    return ModelsDevFeed(root=root, version=version, content_hash=hash_, commit=commit, files=len(raw), labs=labs,
                         models=dict(sorted(models.items())), channels=dict(sorted(channels.items())),
                         offers=offers, skipped=skipped)


def _read_all(root: Path) -> tuple[dict[str, bytes], list[str]]:
    """{relative path: bytes} of every data file, sorted; and the broken symbolic links left out."""
    paths: list[str] = []
    skipped: list[str] = []
    models = root / "models"
    for lab in sorted(os.scandir(models), key=lambda e: e.name):
        if lab.is_dir():
            paths.extend(f"models/{lab.name}/{e.name}" for e in os.scandir(lab.path) if e.name.endswith(".toml"))
    for provider in sorted(os.scandir(root / "providers"), key=lambda e: e.name):
        if not provider.is_dir():
            continue
        paths.append(f"providers/{provider.name}/provider.toml")
        top = Path(provider.path) / "models"
        if top.is_dir():
            for folder, _dirs, names in os.walk(top, followlinks=True):
                rel_folder = Path(folder).relative_to(root).as_posix()
                paths.extend(f"{rel_folder}/{name}" for name in names if name.endswith(".toml"))
    out: dict[str, bytes] = {}
    for rel in sorted(paths):
        full = root / rel
        try:
            out[rel] = full.read_bytes()
        except FileNotFoundError:
            if full.is_symlink():
                skipped.append(rel)
                continue
            raise FeedError(f"{full}: no such file") from None
        except OSError as e:
            raise FeedError(f"{full}: cannot be read ({e.strerror or e})") from None
    return out, skipped


def _parse(root: Path, rel: str, data: bytes, version: str) -> _File:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise FeedError(f"{root / rel}: not UTF-8 text (byte {e.start})") from None
    try:
        parsed = rtoml.loads(text)
    except rtoml.TomlParsingError as e:
        raise FeedError(f"{root / rel}: malformed TOML: {e}") from None
    return _File(rel, parsed, key_lines(text), version)


def _validate(root: Path, f: _File, fields: dict) -> None:
    problem = check_table(fields, f.data)
    if problem is None:
        return
    key, what = problem
    path = tuple(int(p) if p.isdigit() else p for p in key.replace("[", ".").replace("]", "").split("."))
    line = _nearest_line(f.lines, path)
    where = f"{root / f.rel}:{line}" if line else str(root / f.rel)
    raise FeedError(f"{where}: {key}: {what}")


def _nearest_line(lines: dict, path: tuple) -> int | None:
    while path:
        if path in lines:
            return lines[path][0]
        path = path[:-1]
    return None


def _lab_model(lab_id: str, model_id: str, f: _File) -> LabModel:
    model = LabModel(key=f"{lab_id}/{model_id}", lab=lab_id, id=model_id, file=f.rel)
    for name, path in FACT_PATHS + LAB_ONLY_PATHS:
        setattr(model, name, f.cited(path))
    data = f.data
    for i, entry in enumerate(data.get("benchmarks", ())):
        model.benchmarks.append(Benchmark(
            name=entry["name"], score=entry["score"], source=entry["source"], citation=f.cite(("benchmarks", i)),
            metric=entry.get("metric"), date=entry.get("date"), dataset=entry.get("dataset"),
            harness=entry.get("harness"), variant=entry.get("variant"), version=entry.get("version")))
    for i, entry in enumerate(data.get("links", ())):
        model.links.append(Link(label=entry.get("label", ""), url=entry.get("url", ""), type=entry.get("type"),
                                citation=f.cite(("links", i))))
    for i, entry in enumerate(data.get("weights", ())):
        model.weights.append(Link(label=entry.get("label", ""), url=entry.get("url", ""),
                                  quantization=entry.get("quantization"), citation=f.cite(("weights", i))))
    return model


def _channel(root: Path, channel_id: str, f: _File) -> Channel:
    name = f.cited(("name",))
    if name is None:
        raise FeedError(f"{root / f.rel}: name: missing (every provider names itself)")
    return Channel(id=channel_id, file=f.rel, name=name, doc=f.cited(("doc",)), api=f.cited(("api",)),
                   npm=f.cited(("npm",)), env=f.cited(("env",)))


def _offer(root: Path, channel_id: str, model_id: str, f: _File, files: dict[str, _File],
           models: dict[str, LabModel], labs: dict[str, Lab], ids: dict[str, list[str]],
           published: bool = False) -> Offer:
    """The offer in `f`, matched to its lab model. `published`: `f` is an entry of the published api.json, whose
    values are already merged with its base_model's (nothing is inherited here), and whose lab models are the
    first-party providers' models, so a base_model naming none of them is reported, not an error."""
    offer = Offer(channel=channel_id, model_id=model_id, file=f.rel)
    base_file: _File | None = None
    base = f.cited(("base_model",))
    if base is not None and base.value not in models:
        if not published:
            raise FeedError(f"{root / f.rel}:{base.citation.line}: base_model: no lab model {base.value!r} "
                            f"(no models/{base.value}.toml)")
        offer.base_model = base
        offer.unmatched_reason = f"base_model {base.value!r} is not a first-party provider's model in the JSON"
    elif base is not None:
        offer.base_model = base
        offer.model, offer.match = base.value, Match.BASE_MODEL
        if not published:
            base_file = files[models[base.value].file]
        offer.omitted = tuple(f.data.get("base_model_omit", ()))
    elif model_id in models:
        offer.model, offer.match = model_id, Match.LAB_PATH
    elif channel_id in labs and f"{channel_id}/{model_id}" in models:
        offer.model, offer.match = f"{channel_id}/{model_id}", Match.FIRST_PARTY
    elif "/" not in model_id and len(ids.get(model_id, ())) == 1:
        offer.model, offer.match = ids[model_id][0], Match.UNIQUE_ID
    elif (found := _platform_name(channel_id, model_id, labs, models, ids)) is not None:
        offer.model, offer.match = found, Match.PLATFORM_NAME
    elif "/" not in model_id and model_id in ids:
        offer.unmatched_reason = f"the id {model_id!r} names models of several labs: {', '.join(ids[model_id])}"
    else:
        offer.unmatched_reason = f"no base_model, and no lab model has the id {model_id!r}"

    omitted = {tuple(o.split(".")) for o in offer.omitted}
    for name, path in FACT_PATHS + OFFER_ONLY_PATHS:
        value = f.cited(path)
        if value is None and base_file is not None and not any(path[:n] in omitted for n in range(1, len(path) + 1)):
            value = base_file.cited(path, inherited=True)
        setattr(offer, name, value)
    cost = f.data.get("cost")
    if cost:
        for key, value in cost.items():
            if key == "tiers":
                offer.price_tiers = f.cited(("cost", "tiers"))
            elif isinstance(value, dict):
                for sub in value:
                    offer.prices[f"{key}.{sub}"] = f.cited(("cost", key, sub))
            else:
                offer.prices[key] = f.cited(("cost", key))
    return offer


BEDROCK_VERSION = re.compile(r"-v\d+(:\d+)?$")
VERTEX_VERSION = re.compile(r"@(\d{8}|default)$")


def _platform_name(channel_id: str, model_id: str, labs: dict[str, Lab], models: dict[str, LabModel],
                   ids: dict[str, list[str]]) -> str | None:
    """The lab model an Amazon Bedrock or Google Vertex AI id names, by the naming rules models.dev's contributor
    guide states ("Platform naming quirks"): Bedrock `[<region>.]<lab>.<id>[-v1[:0]]`, Vertex `<id>@<YYYYMMDD>` (the
    lab's `<id>-<YYYYMMDD>`) or `<id>@default` (`<id>`). Only an exact, unique lab model counts."""
    if channel_id == "amazon-bedrock":
        parts = model_id.split(".")
        if len(parts) >= 3 and parts[0] not in labs and parts[1] in labs:
            parts = parts[1:]
        if len(parts) >= 2 and parts[0] in labs:
            key = f"{parts[0]}/{BEDROCK_VERSION.sub('', '.'.join(parts[1:]))}"
            return key if key in models else None
        return None
    if channel_id.startswith("google-vertex"):
        m = VERTEX_VERSION.search(model_id)
        if m is None or "/" in model_id:
            return None
        bare = model_id[:m.start()]
        candidate = bare if m.group(1) == "default" else f"{bare}-{m.group(1)}"
        keys = ids.get(candidate, ())
        return keys[0] if len(keys) == 1 else None
    return None


def _classify(channels: dict[str, Channel], offers: list[Offer], models: dict[str, LabModel],
              labs: dict[str, Lab]) -> None:
    """Each channel's kind, from evidence: the cloud table, its id naming a lab, the labs of its matched offers."""
    labs_of: dict[str, set[str]] = {c: set() for c in channels}
    for offer in offers:
        channels[offer.channel].offers += 1
        if offer.model is not None:
            labs_of[offer.channel].add(models[offer.model].lab)
    for channel in channels.values():
        served = labs_of[channel.id]
        named = channel.id if channel.id in labs else next(
            (lab for lab in sorted(labs, key=len, reverse=True) if channel.id.startswith(lab + "-")), None)
        if channel.id in CLOUD_PLATFORMS:
            channel.kind = ChannelKind.CLOUD
            channel.kind_evidence = f"{CLOUD_PLATFORMS[channel.id]}'s platform (the register's table of clouds)"
        elif named is not None and served == {named}:
            channel.kind, channel.lab = ChannelKind.VENDOR, named
            channel.kind_evidence = (f"the channel id names the lab {named!r} and every matched offer "
                                     f"is one of its models")
        elif len(served) >= 2:
            channel.kind = ChannelKind.AGGREGATOR
            channel.kind_evidence = f"offers models of {len(served)} labs: {', '.join(sorted(served))}"
        else:
            channel.kind = ChannelKind.UNKNOWN
            channel.kind_evidence = (f"offers only models of {next(iter(served))!r}, and its id does not name the lab"
                                     if served else "no offer matched to a lab model")
