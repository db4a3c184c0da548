"""`sync_models_dev(path)`: models.dev's labs, models, channels and offers into the register, every value cited.

PATH is a checkout (below) or the published api.json, whose first-party providers' models stand for the labs' models
(`feeds.models_dev_json`); the records are the same either way.

models/<lab>/ → Vendor; models/<lab>/<id>.toml → AIModel (+ its benchmarks as SafetyEvaluation rows, each with
the benchmark's own stated source in its excerpt); providers/<p>/provider.toml → Channel;
providers/<p>/models/**.toml → ModelAvailability (the offer), matched to its model by the reader (`Offer.match`);
unmatched offers are reported, never guessed. Existing records are found, not duplicated: by `feed_keys`, then the
documented equivalences below, then slug, then name and aliases (intake.matching).
"""

import datetime
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from airegister.catalog.choices import ChannelKindChoices, LifecycleStatusChoices
from airegister.catalog.models import AIModel, Channel, ModelAvailability, SafetyEvaluation, Vendor
from airegister.core.context import change_context
from airegister.feeds import FeedError, read_models_dev, read_models_dev_json
from airegister.feeds.models_dev import CLOUD_PLATFORMS
from airegister.feeds.records import ChannelKind
from airegister.sources.choices import ChangeKindChoices

from ..matching import ChannelMatcher, ModelMatcher, normal, only_one, squashed
from .common import SYNC_USER, FeedSync, PendingChange, SyncError, SyncResult, price

FEED = "models-dev"

# models.dev provider id → the built-in channel it is (same service, another name). Recorded in feed_keys.
CHANNEL_EQUIVALENCES = {
    "amazon-bedrock": "aws-bedrock",
    "google-vertex": "google-vertex-ai",
    "azure": "azure-ai-foundry",
    "anthropic": "anthropic-api",
    "openai": "openai-api",
    "google": "gemini-api",
    "mistral": "mistral-api",
    "cohere": "cohere-api",
}
# models.dev lab model → built-in model, where the names differ beyond word order ("Claude Fable 5" is the
# register's "Fable 5": the seed names it without its maker; models.dev names Meta's Llama 4 models by their
# 17B active parameters, the register by name and aliases with the expert count: the same two models).
MODEL_EQUIVALENCES = {
    "anthropic/claude-fable-5": "fable-5",
    "meta/llama-4-maverick-17b-instruct": "llama-4-maverick",
    "meta/llama-4-scout-17b-instruct": "llama-4-scout",
}
# Lab names where no provider has the lab's id (models.dev has no lab file); else the folder name.
LAB_NAMES = {
    "alibaba": "Alibaba", "meta": "Meta", "moonshotai": "Moonshot AI", "zhipuai": "Zhipu AI", "xai": "xAI",
    "deepseek": "DeepSeek", "deepreinforce": "DeepReinforce", "minimax": "MiniMax", "nvidia": "NVIDIA",
    "openai": "OpenAI", "sakana": "Sakana AI", "sarvam": "Sarvam AI", "stepfun": "StepFun", "tencent": "Tencent",
    "xiaomi": "Xiaomi",
}
KINDS = {
    ChannelKind.VENDOR: ChannelKindChoices.VENDOR_API,
    ChannelKind.CLOUD: ChannelKindChoices.CLOUD_PLATFORM,
    ChannelKind.AGGREGATOR: ChannelKindChoices.AGGREGATOR,
    ChannelKind.UNKNOWN: ChannelKindChoices.OTHER,
}
# (models.dev fact, register field) of a lab model.
MODEL_FIELDS = (
    ("family", "family"), ("release_date", "release_date"), ("knowledge", "knowledge_cutoff"),
    ("context_window", "context_window"), ("output_limit", "output_limit"),
    ("input_modalities", "input_modalities"), ("output_modalities", "output_modalities"),
    ("open_weights", "open_weights"), ("license", "license"),
)
LABELS = {
    "family": "family", "release_date": "release date", "knowledge_cutoff": "knowledge cutoff",
    "context_window": "context window", "output_limit": "output limit", "input_modalities": "input modalities",
    "output_modalities": "output modalities", "open_weights": "open weights", "license": "licence",
    "capabilities": "capabilities", "vendor": "vendor", "channel_model_id": "model id",
    "lifecycle_status": "lifecycle status", "input_price": "input price", "output_price": "output price",
    "retirement_date": "retirement date", "deprecation_date": "deprecation date",
}
# models.dev's boolean capabilities → the register's capability names, in this order.
CAPABILITIES = (("reasoning", "reasoning"), ("tool_call", "tool-calling"), ("structured_output", "structured-output"),
                ("attachment", "attachments"))


def feed_key(record, feed: str = FEED):
    return (record.feed_keys or {}).get(feed)


def resolve_channels(tokens: list[str] | None, feed_ids, extra: dict[str, str] | None = None) -> set[str] | None:
    """`--channels a,b`: register slugs or feed ids → the feed's channel ids; SyncError for an unknown one."""
    if not tokens:
        return None
    feed_ids = set(feed_ids)
    by_slug = {}
    for channel in Channel.objects.only("slug", "feed_keys"):
        key = feed_key(channel)
        if key:
            by_slug[channel.slug] = key
    for feed_id, slug in CHANNEL_EQUIVALENCES.items():
        by_slug.setdefault(slug, feed_id)
    for feed_id, slug in (extra or {}).items():
        by_slug.setdefault(slug, feed_id)
    wanted = set()
    for token in tokens:
        if token in feed_ids:
            wanted.add(token)
        elif by_slug.get(token) in feed_ids:
            wanted.add(by_slug[token])
        else:
            raise SyncError(f"--channels: {token!r} is neither a register channel slug nor a channel of the feed")
    return wanted


def sync_models_dev(path, *, channels: list[str] | None = None, progress=None) -> SyncResult:
    """PATH is a checkout folder (read by `read_models_dev`) or a file: the published api.json
    (`read_models_dev_json`)."""
    progress = progress or (lambda message: None)
    progress("reading models.dev")
    published = Path(path).is_file()
    try:
        feed = read_models_dev_json(path) if published else read_models_dev(path)
    except FeedError as exc:
        raise SyncError(str(exc)) from None
    scope = resolve_channels(channels, feed.channels)
    root = Path(path).resolve()
    files = {}
    size = 0
    if published:
        files[root.name] = root
        size = root.stat().st_size
    else:
        for sub in ("models", "providers"):
            for file in (root / sub).rglob("*.toml"):
                rel = file.relative_to(root).as_posix()
                files[rel] = file
                size += file.stat().st_size
    with transaction.atomic(), change_context(user_name=SYNC_USER, message=f"Sync models.dev {feed.version}"):
        run = FeedSync(FEED, feed.version, feed.content_hash, str(root),
                       content_type="application/json" if published else "application/toml",
                       fmt="json" if published else "toml", size=size, files=files, progress=progress)
        return ModelsDevSync(run, feed, scope).apply()


class ModelsDevSync:
    def __init__(self, run: FeedSync, feed, scope: set[str] | None):
        self.run, self.feed, self.scope = run, feed, scope
        self.writer = run.writer
        self.result = SyncResult(FEED, feed.version, run.document, run.snapshot)

    def apply(self) -> SyncResult:
        feed, scope = self.feed, self.scope
        offers = [o for o in feed.offers if scope is None or o.channel in scope]
        model_keys = sorted({o.model for o in offers if o.model}) if scope is not None else sorted(feed.models)
        self.result.unmatched = [(o.channel, o.model_id, o.unmatched_reason) for o in offers if not o.model]
        labs = sorted({feed.models[k].lab for k in model_keys})
        self.run.progress(f"vendors: {len(labs)}")
        vendors = self.sync_vendors(labs)
        self.flush(Vendor)
        self.run.progress(f"channels: {len(scope or feed.channels)}")
        channels = self.sync_channels([c for c in sorted(feed.channels) if scope is None or c in scope], vendors)
        self.flush(Channel)
        self.run.progress(f"models: {len(model_keys)}")
        models = self.sync_models(model_keys, vendors)
        self.flush(AIModel)
        self.run.progress(f"offers: {len(offers)}")
        self.sync_offers([o for o in offers if o.model], models, channels)
        self.flush(ModelAvailability)
        self.sync_benchmarks(model_keys, models)
        self.flush(SafetyEvaluation)
        self.result.logged = self.writer.flush_logs() + self.result.logged
        self.run.record_changes(self.result)
        self.result.counts = {"labs": len(labs), "models": len(model_keys), "channels": len(channels),
                              "offers": len(offers), "matched offers": len([o for o in offers if o.model]),
                              "unmatched offers": len(self.result.unmatched)}
        self.run.progress("")
        return self.result

    def flush(self, model_class):
        name = model_class._meta.verbose_name_plural
        created = self.writer.flush_creates(model_class)
        updated = self.writer.flush_updates(model_class)
        if created:
            self.result.created[name] = len(created)
        if updated:
            self.result.updated[name] = updated

    # --- vendors ---------------------------------------------------------------------------------------------

    def sync_vendors(self, labs: list[str]) -> dict[str, Vendor]:
        existing = list(Vendor.objects.all())
        names = {v.name.casefold() for v in existing}
        slugs = {v.slug for v in existing}
        found = {}
        for lab_id in labs:
            lab = self.feed.labs[lab_id]
            name = lab.name.value if lab.name else LAB_NAMES.get(lab_id, lab_id)
            vendor = (
                next((v for v in existing if feed_key(v) == lab_id), None)
                or next((v for v in existing if v.slug == lab_id and not feed_key(v)), None)
                or only_one([v for v in existing if not feed_key(v) and squashed(name) in (squashed(v.name),
                                                                                          squashed(v.slug))])
            )
            if vendor is None:
                if name.casefold() in names:
                    name = f"{name} ({lab_id})"
                vendor = self.writer.create(Vendor(name=name[:100], slug=_free_slug(lab_id, slugs),
                                                   description=f"Maker of the models in models.dev's models/{lab_id}/ "
                                                               "folder (community dataset)."))
                names.add(name.casefold())
                existing.append(vendor)
            self.writer.set(vendor, "feed_keys", {**(vendor.feed_keys or {}), FEED: lab_id})
            found[lab_id] = vendor
        return found

    # --- channels --------------------------------------------------------------------------------------------

    def sync_channels(self, ids: list[str], vendors: dict[str, Vendor]) -> dict[str, Channel]:
        matcher = ChannelMatcher()
        existing = matcher.channels
        names = {c.name.casefold() for c in existing}
        slugs = {c.slug for c in existing}
        taken = {c.pk for c in existing if feed_key(c) and feed_key(c) not in ids}
        found = {}
        for channel_id in ids:
            record = self.feed.channels[channel_id]
            name = record.name.value
            candidates = [
                next((c for c in existing if feed_key(c) == channel_id), None),
                next((c for c in existing if c.slug == CHANNEL_EQUIVALENCES.get(channel_id)), None),
                next((c for c in existing if c.slug == channel_id), None),
                matcher.match(name),
            ]
            channel = next((c for c in candidates if c is not None and c.pk not in taken
                            and feed_key(c) in (None, channel_id)), None)
            if channel is None:
                if name.casefold() in names:
                    name = f"{name} ({channel_id})"
                doc = record.doc.value if record.doc and len(record.doc.value) <= 200 else ""
                operator = CLOUD_PLATFORMS.get(channel_id) or (
                    vendors[record.lab].name if record.lab in vendors else record.name.value)
                channel = self.writer.create(Channel(
                    name=name[:100], slug=_free_slug(channel_id, slugs), kind=KINDS[record.kind],
                    operator=operator[:100], url=doc, weight=500,
                    description=f"{record.kind_evidence} Read from models.dev ({record.file}), a community dataset.",
                ))
                names.add(name.casefold())
                existing.append(channel)
            elif channel.pk is not None:
                taken.add(channel.pk)
            self.writer.set(channel, "feed_keys", {**(channel.feed_keys or {}), FEED: channel_id})
            found[channel_id] = channel
        return found

    # --- models ----------------------------------------------------------------------------------------------

    def sync_models(self, keys: list[str], vendors: dict[str, Vendor]) -> dict[str, AIModel]:
        existing = list(AIModel.objects.select_related("vendor"))
        by_key = {feed_key(m): m for m in existing if feed_key(m)}
        by_slug = {m.slug: m for m in existing}
        slugs = set(by_slug)
        names = {(m.vendor_id, m.name.casefold()) for m in existing}
        matcher = ModelMatcher()
        used = {m.pk for m in by_key.values()}
        offers = {}
        for availability in ModelAvailability.objects.only("model_id", "channel_id"):
            offers.setdefault(availability.model_id, []).append(availability.channel_id)
        for model in existing:
            self.writer.m2m[(AIModel, model.pk)] = {"channels": offers.get(model.pk, [])}
        found = {}
        for key in keys:
            lab_model = self.feed.models[key]
            vendor = vendors[lab_model.lab]
            name = lab_model.name.value if lab_model.name else lab_model.id
            model = by_key.get(key)
            if model is None:
                candidates = [by_slug.get(MODEL_EQUIVALENCES.get(key, "")), by_slug.get(slugify(lab_model.id)),
                              matcher.match(name)]
                model = next((m for m in candidates if m is not None and m.pk not in used and not feed_key(m)
                              and m.vendor_id in (None, vendor.pk)), None)
                if model is not None:
                    model = next(m for m in existing if m.pk == model.pk)
                    used.add(model.pk)
            if model is None:
                if (vendor.pk, name.casefold()) in names:
                    name = f"{name} ({lab_model.id})"
                names.add((vendor.pk, name.casefold()))
                model = self.writer.create(AIModel(
                    vendor=vendor, name=name[:100], slug=_free_slug(slugify(lab_model.id.replace(".", "-")), slugs,
                                                                    lab_model.lab),
                ))
                model.evidence, model.evidence_sources, model.feed_facts = {}, {}, {}
                model.evidence["name"] = self.run.excerpt(lab_model.name.citation) if lab_model.name else name
                model.evidence_sources["name"] = self.run.cite(lab_model.name.citation) if lab_model.name else {}
                if self.run.previous is not None and self.run.snapshot is not None:
                    self.run.pending.append(PendingChange(model, model.name, ChangeKindChoices.ADDED, "",
                                                          "model newly described", None, model.name))
            self.writer.set(model, "feed_keys", {**(model.feed_keys or {}), FEED: key})
            self.model_facts(model, lab_model, vendor)
            found[key] = model
        return found

    def model_facts(self, model: AIModel, lab_model, vendor: Vendor) -> None:
        put = self.run.put
        if model.vendor_id is None and model.pk is not None:
            # A model the register names without its maker: the feed's folder states it; cite the feed.
            self.writer.set(model, "vendor", vendor)
            self.writer.set(model, "evidence", {**model.evidence, "vendor": lab_model.file})
            self.writer.set(model, "evidence_sources", {**model.evidence_sources, "vendor": self.run.cite(
                None, locator=f"{lab_model.file} (models/{lab_model.lab}/)" if lab_model.file.startswith("models/")
                else f"{lab_model.file} {lab_model.lab}.models (the lab's own provider)")})
        for fact, name in MODEL_FIELDS:
            cited = getattr(lab_model, fact)
            value = cited.value if cited is not None else None
            if isinstance(value, tuple):
                value = list(value)
            if name == "license" and value:
                value = value[:100]
            put(model, name, value, cited.citation if cited else None, model=model, label=LABELS[name])
        stated = [(cap, getattr(lab_model, fact)) for fact, cap in CAPABILITIES if getattr(lab_model, fact)]
        if stated:
            value = [cap for cap, cited in stated if cited.value is True]
            first = stated[0][1].citation
            excerpt = "\n".join(self.run.excerpt(cited.citation) for _, cited in stated)
            lines = ", ".join(cited.citation.lines for _, cited in stated)
            locator = f"{first.file}:{lines} " + ", ".join(cited.citation.key for _, cited in stated)
            put(model, "capabilities", value, first, model=model, label=LABELS["capabilities"], excerpt=excerpt,
                locator=locator)
        else:
            put(model, "capabilities", None, None, model=model, label=LABELS["capabilities"])

    # --- offers ----------------------------------------------------------------------------------------------

    def sync_offers(self, offers, models: dict[str, AIModel], channels: dict[str, Channel]) -> None:
        grouped: dict[tuple[str, str], list] = {}
        for offer in offers:
            if offer.model in models and offer.channel in channels:
                grouped.setdefault((offer.model, offer.channel), []).append(offer)
        existing = {(a.model_id, a.channel_id): a for a in ModelAvailability.objects.all()}
        seen = set()
        for (model_key, channel_id), group in grouped.items():
            model, channel = models[model_key], channels[channel_id]
            lab_id = model_key.split("/", 1)[1]
            group.sort(key=lambda o: (o.model_id != lab_id, _region_rank(o.model_id), len(o.model_id), o.model_id))
            offer, others = group[0], [o.model_id for o in group[1:]]
            availability = existing.get((model.pk, channel.pk)) if model.pk and channel.pk else None
            if availability is None:
                availability = self.writer.create(ModelAvailability(model=model, channel=channel))
                availability.evidence, availability.evidence_sources = {}, {}
                if self.run.previous is not None and self.run.snapshot is not None:
                    self.run.offer_change(availability, ChangeKindChoices.ADDED, after=offer.model_id)
            else:
                availability.model, availability.channel = model, channel
                seen.add(availability.pk)
            self.offer_facts(availability, offer, others)
        # Offers this feed wrote that it no longer states (on the channels synced): gone from the register.
        synced = {c.pk for c in channels.values() if c.pk}
        gone = [a for a in existing.values() if a.pk not in seen and a.channel_id in synced
                and (a.evidence_sources.get("channel_model_id") or {}).get("source") == FEED
                and all(c.get("source") == FEED for c in a.evidence_sources.values())]
        if gone:
            gone = list(ModelAvailability.objects.select_related("model", "channel").filter(
                pk__in=[a.pk for a in gone]))
            for availability in gone:
                if self.run.previous is not None:
                    self.run.offer_change(availability, ChangeKindChoices.REMOVED, before=availability.channel_model_id)
            self.result.deleted["model availabilities"] = self.writer.delete(gone)

    def offer_facts(self, availability: ModelAvailability, offer, others: list[str]) -> None:
        put, model = self.run.put, availability.model
        label = f"on {availability.channel.name}: "
        extra = {"also": others} if others else {}
        put(availability, "channel_model_id", offer.model_id[:200], None, model=model,
            label=label + LABELS["channel_model_id"], excerpt=offer.file, locator=offer.file, **extra)
        status = LifecycleStatusChoices.DEPRECATED if offer.deprecated else None
        put(availability, "lifecycle_status", status, offer.status.citation if offer.status else None, model=model,
            label=label + LABELS["lifecycle_status"])
        for fact, name in (("context_window", "context_window"), ("output_limit", "output_limit")):
            cited = getattr(offer, fact)
            put(availability, name, cited.value if cited else None, cited.citation if cited else None, model=model,
                label=label + LABELS[name])
        for fact, name in (("input", "input_price"), ("output", "output_price")):
            cited = offer.prices.get(fact)
            put(availability, name, price(cited.value) if cited else None, cited.citation if cited else None,
                model=model, label=label + LABELS[name] + " (USD per 1M tokens)")

    # --- benchmarks ------------------------------------------------------------------------------------------

    def sync_benchmarks(self, keys: list[str], models: dict[str, AIModel]) -> None:
        """A lab model's `[[benchmarks]]` as SafetyEvaluation rows: name, score, metric, and the benchmark's own
        stated source in the cited excerpt (the entry's lines, verbatim)."""
        document = self.run.document
        held: dict[int, list[SafetyEvaluation]] = {}
        for evaluation in SafetyEvaluation.objects.filter(source=document).order_by("pk"):
            held.setdefault(evaluation.model_id, []).append(evaluation)
        stale = []
        for key in keys:
            model = models[key]
            rows = held.pop(model.pk, []) if model.pk else []
            by_name: dict[tuple[str, str], list[SafetyEvaluation]] = {}
            for row in rows:
                by_name.setdefault((row.name, row.condition), []).append(row)
            for bench in self.feed.models[key].benchmarks:
                condition = ", ".join(x for x in (bench.variant, bench.harness, bench.version) if x)[:100]
                values = {
                    "value": float(bench.score), "unit": (bench.metric or "")[:20],
                    "source_date": _date(bench.date), "source_excerpt": self.run.excerpt(bench.citation),
                }
                same = by_name.get((bench.name[:200], condition))
                if same:
                    row = same.pop(0)
                    row.model = model
                    for name, value in values.items():
                        self.writer.set(row, name, value)
                else:
                    self.writer.create(SafetyEvaluation(model=model, name=bench.name[:200], condition=condition,
                                                        source=document, **values))
            stale += [row for rows in by_name.values() for row in rows]
        if self.scope is None:
            stale += [row for rows in held.values() for row in rows]
        if stale:
            self.result.deleted["safety evaluations"] = self.writer.delete(stale)


def _region_rank(model_id: str) -> int:
    """Several ids of one model on one channel (Bedrock's regional inference profiles): the plain id first, then
    the global and US profiles; the others are kept as the offer's other ids."""
    prefix = model_id.split(".", 1)[0] if "." in model_id else ""
    return {"global": 1, "us": 2}.get(prefix, 3 if prefix in ("eu", "apac", "jp", "au", "us-gov", "ca") else 0)


def _date(value) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _free_slug(base: str, taken: set[str], prefix: str = "") -> str:
    base = slugify(base)[:90] or "record"
    slug = base
    if slug in taken and prefix:
        slug = slugify(f"{prefix}-{base}")[:90]
    n = 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


__all__ = ["CHANNEL_EQUIVALENCES", "MODEL_EQUIVALENCES", "normal", "sync_models_dev"]
