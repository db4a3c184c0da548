"""models.dev's published JSON: `read_models_dev_json(file)` reads https://models.dev/api.json (a JSON object keyed
by provider id, each provider with its `models`) into the same records as a checkout. See docs/feeds.md."""

import hashlib
import os
from pathlib import Path

from .jsonkeys import key_lines, read_json_object
from .models_dev import _channel, _classify, _File, _lab_model, _offer, dotted
from .records import MODELS_DEV, Citation, FeedError, Lab, LabModel, ModelsDevFeed
from .schema import OFFER_FIELDS, PROVIDER_FIELDS, check_table

# The labs: models.dev's `models/<lab>/` folders (snapshot of 2026-07-02). The published JSON has no lab folders, so a
# provider whose id is one of these is the lab's own (first-party) channel and its models stand for the lab's
# models. A documented table, not evidence in the JSON; labs without a provider of their id (deepreinforce, meta,
# tencent) have no lab models in the JSON.
LAB_IDS = frozenset({
    "alibaba", "anthropic", "cohere", "deepreinforce", "deepseek", "google", "meta", "minimax", "mistral",
    "moonshotai", "nvidia", "openai", "perplexity", "sakana", "sarvam", "stepfun", "tencent", "xai", "xiaomi",
    "zhipuai",
})
PROVIDER_KEYS = {**PROVIDER_FIELDS}  # plus "id" and "models", checked apart
MODEL_KEYS = {**OFFER_FIELDS}  # plus "id"


class _Entry(_File):
    """A provider or a model of the JSON: its values without `id`/`models`, cited by the full JSON path."""

    __slots__ = ("prefix", "ends")

    def __init__(self, name: str, prefix: tuple, data: dict, lines: dict, ends: dict, feed_version: str):
        super().__init__(name, data, lines, feed_version)
        self.prefix, self.ends = prefix, ends

    def cite(self, path: tuple) -> Citation:
        full = self.prefix + path
        line = _nearest(self.lines, full)
        end = self.ends.get(full, line) if line is not None and full in self.lines else line
        return Citation(MODELS_DEV, self.feed_version, self.rel, dotted(full), line, end)


def _nearest(lines: dict, path: tuple) -> int | None:
    while path:
        line = lines.get(path)
        if line is not None:
            return line
        path = path[:-1]
    return None


def read_models_dev_json(file: str | os.PathLike, labs: frozenset[str] | None = None) -> ModelsDevFeed:
    """Read models.dev's published api.json into labs, lab models, channels and offers (`ModelsDevFeed`); the
    providers whose id is in `labs` (default `LAB_IDS`) are the labs' own.

    Raises `FeedError` (one line naming the file, the line when known, and the JSON path) for a missing file, a
    folder, malformed JSON, a wrong shape, an unknown field or a wrong type."""
    labs = LAB_IDS if labs is None else labs
    path = Path(file)
    data, text, parsed = read_json_object(
        path, "models.dev's api.json", "providers (models.dev's api.json)"
    )

    version = "sha256:" + hashlib.sha256(data).hexdigest()
    ends: dict[tuple, int] = {}
    lines = key_lines(text, parsed, ends=ends)
    name = path.name

    def fail(at: tuple, what: str) -> FeedError:
        line = _nearest(lines, at)
        return FeedError(f"{path}:{line}: {dotted(at)}: {what}" if line else f"{path}: {dotted(at)}: {what}")

    def entry(prefix: tuple, raw, fields: dict, extra: tuple[str, ...]) -> _Entry:
        if not isinstance(raw, dict):
            raise fail(prefix, f"expected an object, found {type(raw).__name__}")
        if "id" in raw and raw["id"] != prefix[-1]:
            raise fail((*prefix, "id"), f"{raw['id']!r} differs from its key {prefix[-1]!r}")
        values = {k: v for k, v in raw.items() if k not in extra}
        problem = check_table(fields, values)
        if problem is not None:
            key, what = problem
            sub = tuple(int(p) if p.isdigit() else p for p in key.replace("[", ".").replace("]", "").split("."))
            raise fail((*prefix, *sub), what)
        return _Entry(name, prefix, values, lines, ends, version)

    models: dict[str, LabModel] = {}
    found_labs: dict[str, Lab] = {}
    channels = {}
    offer_entries: list[tuple[str, str, _Entry]] = []
    for provider_id, raw in parsed.items():
        provider = entry((provider_id,), raw, PROVIDER_KEYS, ("id", "models"))
        if "models" not in raw:
            raise fail((provider_id,), "models: missing (every provider lists its models)")
        if not isinstance(raw["models"], dict):
            raise fail((provider_id, "models"), f"expected an object, found {type(raw['models']).__name__}")
        if "name" not in provider.data:
            raise fail((provider_id,), "name: missing (every provider names itself)")
        channels[provider_id] = _channel(path.parent, provider_id, provider)
        for model_id, model_raw in raw["models"].items():
            model_entry = entry((provider_id, "models", model_id), model_raw, MODEL_KEYS, ("id",))
            if provider_id in labs:
                model = _lab_model(provider_id, model_id, model_entry)
                models[model.key] = model
                found_labs.setdefault(provider_id, Lab(provider_id, provider_id)).models.append(model.key)
            offer_entries.append((provider_id, model_id, model_entry))

    for lab in found_labs.values():
        lab.models.sort()
        lab.name = channels[lab.id].name
    ids: dict[str, list[str]] = {}
    for key, model in models.items():
        ids.setdefault(model.id, []).append(key)
    offers = [_offer(path.parent, c, m, f, {}, models, found_labs, ids, published=True) for c, m, f in offer_entries]
    offers.sort(key=lambda o: (o.channel, o.model_id))
    _classify(channels, offers, models, found_labs)
    return ModelsDevFeed(root=path, version=version, content_hash=version, commit=None, files=1, labs=found_labs,
                         models=dict(sorted(models.items())), channels=dict(sorted(channels.items())),
                         offers=offers)
