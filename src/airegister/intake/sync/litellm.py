"""`sync_litellm(file)`: LiteLLM's deprecation dates, per channel and model id, onto the register's offers.

For each entry with a `deprecation_date` (the day the channel stops serving the model id): the register's channel
(LITELLM_CHANNELS below, else a channel whose models.dev key or slug is the provider's name), the offer of that
channel model id (created when the model is known by that id on any channel or as a models.dev lab model), and
there the retirement date and the status "deprecated", each citing the vendor page LiteLLM names
(`deprecation_source`, as `stated_by`) and the map's entry and line as where it was read. On the vendor's own API
the model's own dates too. `successor_model` → a ContinuityLink (successor) when both models are known.
"""

import datetime
import re
from pathlib import Path

from django.db import transaction

from airegister.catalog.choices import ChannelKindChoices, ContinuityKindChoices, LifecycleStatusChoices
from airegister.catalog.models import AIModel, Channel, ContinuityLink, ModelAvailability
from airegister.core.context import change_context
from airegister.feeds import FeedError, read_litellm
from airegister.sources.choices import ChangeKindChoices

from .common import SYNC_USER, FeedSync, PendingChange, SyncError, SyncResult
from .models_dev import CHANNEL_EQUIVALENCES, feed_key

FEED = "litellm"

# LiteLLM provider → models.dev provider id (the register channel that key or its equivalence finds).
LITELLM_CHANNELS = {
    "bedrock": "amazon-bedrock", "bedrock_converse": "amazon-bedrock", "bedrock_mantle": "amazon-bedrock",
    "azure": "azure", "azure_ai": "azure", "openai": "openai", "text-completion-openai": "openai",
    "anthropic": "anthropic", "gemini": "google", "mistral": "mistral", "codestral": "mistral",
    "text-completion-codestral": "mistral", "cohere": "cohere", "cohere_chat": "cohere",
    "vertex_ai-anthropic_models": "google-vertex-anthropic", "vertex_ai": "google-vertex",
    "fireworks_ai": "fireworks-ai", "together_ai": "togetherai", "moonshot": "moonshotai",
    "github_copilot": "github-copilot", "xai": "xai", "deepseek": "deepseek", "groq": "groq",
    "cerebras": "cerebras", "databricks": "databricks", "wandb": "wandb", "baseten": "baseten",
    "scaleway": "scaleway", "openrouter": "openrouter", "perplexity": "perplexity",
}
PLATFORM_ID = re.compile(r"^(?:(?:us|eu|apac|global|us-gov|jp|au)\.)?(?:[a-z0-9-]+\.)?(?P<id>.+?)(?:-v\d+(?::\d+)?)?$")
VERTEX_ID = re.compile(r"@(\d{8}|default|latest|\d{3})$")


def provider_channel_id(provider: str) -> str:
    if provider in LITELLM_CHANNELS:
        return LITELLM_CHANNELS[provider]
    if provider.startswith("vertex_ai"):
        return "google-vertex"
    return provider.replace("_", "-")


def candidate_ids(model_id: str) -> list[str]:
    """The entry's model id and the plain model ids it may stand for (a Bedrock or Vertex id's model)."""
    ids = [model_id]
    tail = model_id.rsplit("/", 1)[-1]
    for value in (tail, VERTEX_ID.sub("", tail)):
        match = PLATFORM_ID.match(value)
        ids += [value, match.group("id")] if match else [value]
    return list(dict.fromkeys(i for i in ids if i))


def sync_litellm(file, *, channels: list[str] | None = None, progress=None) -> SyncResult:
    progress = progress or (lambda message: None)
    progress("reading LiteLLM's model map")
    try:
        feed = read_litellm(file)
    except FeedError as exc:
        raise SyncError(str(exc)) from None
    path = Path(file).resolve()
    providers = sorted(feed.by_channel())
    scope = None
    if channels:
        scope = _resolve_scope(channels, providers)
    with transaction.atomic(), change_context(user_name=SYNC_USER, message=f"Sync LiteLLM {feed.version}"):
        run = FeedSync(FEED, feed.version, feed.content_hash, str(path), content_type="application/json",
                       fmt="json", size=path.stat().st_size, files={path.name: path}, progress=progress)
        return LiteLLMSync(run, feed, scope).apply()


def _resolve_scope(tokens: list[str], providers: list[str]) -> set[str]:
    by_slug: dict[str, set[str]] = {}
    register = {c.slug: c for c in Channel.objects.only("slug", "feed_keys")}
    for provider in providers:
        target = provider_channel_id(provider)
        slugs = {c.slug for c in register.values() if feed_key(c, "models-dev") == target}
        slugs |= {CHANNEL_EQUIVALENCES.get(target, target), target}
        for slug in slugs:
            by_slug.setdefault(slug, set()).add(provider)
    wanted = set()
    for token in tokens:
        if token in providers:
            wanted.add(token)
        elif token in by_slug:
            wanted |= by_slug[token]
        else:
            raise SyncError(f"--channels: {token!r} is neither a register channel slug nor a provider of the map")
    return wanted


class LiteLLMSync:
    def __init__(self, run: FeedSync, feed, scope: set[str] | None):
        self.run, self.feed, self.scope, self.writer = run, feed, scope, run.writer
        self.result = SyncResult(FEED, feed.version, run.document, run.snapshot)

    def apply(self) -> SyncResult:
        run, writer = self.run, self.writer
        channels = list(Channel.objects.all())
        by_feed_id = {}
        for channel in channels:
            if feed_key(channel, "models-dev"):
                by_feed_id.setdefault(feed_key(channel, "models-dev"), channel)
        for channel in channels:
            by_feed_id.setdefault(channel.slug, channel)
        for feed_id, slug in CHANNEL_EQUIVALENCES.items():
            by_feed_id.setdefault(feed_id, next((c for c in channels if c.slug == slug), None))
        models = {m.pk: m for m in AIModel.objects.select_related("vendor")}
        offers = list(ModelAvailability.objects.all())
        by_pair = {(o.model_id, o.channel_id): o for o in offers}
        by_offer_id: dict[tuple[int, str], ModelAvailability] = {}
        model_by_id: dict[str, set[int]] = {}
        for offer in offers:
            offer.model = models[offer.model_id]
            ids = [offer.channel_model_id, *((offer.evidence_sources.get("channel_model_id") or {}).get("also") or [])]
            for model_id in filter(None, ids):
                by_offer_id.setdefault((offer.channel_id, model_id), offer)
                model_by_id.setdefault(model_id, set()).add(offer.model_id)
        for model in models.values():
            key = feed_key(model, "models-dev")
            if key:
                model_by_id.setdefault(key.split("/", 1)[1], set()).add(model.pk)
        channel_of = {c.pk: c for c in channels}

        def model_for(entry) -> AIModel | None:
            for model_id in candidate_ids(entry.model_id):
                found = model_by_id.get(model_id) or set()
                if len(found) == 1:
                    return models[next(iter(found))]
            return None

        entries = [e for e in self.feed.deprecations if e.channel is not None
                   and (self.scope is None or e.channel.value in self.scope)]
        run.progress(f"deprecations: {len(entries)}")
        dated: dict[tuple[int, int], tuple] = {}  # (model, channel) → (offer, the entry dating it)
        successors = []
        used_channels: dict[int, set[str]] = {}
        for entry in sorted(entries, key=lambda e: e.key):
            provider = entry.channel.value
            channel = by_feed_id.get(provider_channel_id(provider))
            if channel is None:
                self.result.unmatched.append((provider, entry.key, "no register channel for this provider"))
                continue
            offer = next((by_offer_id[(channel.pk, i)] for i in candidate_ids(entry.model_id)
                          if (channel.pk, i) in by_offer_id), None)
            model = offer.model if offer else model_for(entry)
            if model is None:
                self.result.unmatched.append((provider, entry.key, f"no register model for {entry.model_id!r}"))
                continue
            offer = offer or by_pair.get((model.pk, channel.pk))
            if offer is None:
                offer = writer.create(ModelAvailability(model=model, channel=channel))
                offer.evidence, offer.evidence_sources = {}, {}
                by_pair[(model.pk, channel.pk)] = offer
                run.put(offer, "channel_model_id", entry.model_id.removeprefix("vertex_ai/")[:200], None, model=model,
                        label=f"on {channel.name}: model id", excerpt=f'"{entry.key}"',
                        locator=f'{entry.channel.citation.file}:{entry.line or ""} ["{entry.key}"]')
                by_offer_id[(channel.pk, offer.channel_model_id)] = offer
                if run.previous is not None and run.snapshot is not None:
                    run.offer_change(offer, ChangeKindChoices.ADDED, after=entry.model_id)
            offer.channel = channel
            used_channels.setdefault(channel.pk, set()).add(provider)
            key = (model.pk, channel.pk)
            # Several entries for one offer (a provider's two APIs, region ids): the earliest date holds.
            if key not in dated or entry.deprecation_date.value < dated[key][1].deprecation_date.value:
                dated[key] = (offer, entry)
            if entry.successor_model is not None:
                successors.append((model, entry))
        for offer, entry in dated.values():
            self.dates(offer, entry, channel_of.get(offer.channel_id) or offer.channel)
        created = writer.flush_creates(ModelAvailability)
        if created:
            self.result.created["model availabilities"] = len(created)
        for channel_pk, providers in used_channels.items():
            channel = channel_of[channel_pk]
            held = (channel.feed_keys or {}).get(FEED)
            held = set(held if isinstance(held, list) else [held] if held else [])
            if not providers <= held:
                writer.set(channel, "feed_keys", {**(channel.feed_keys or {}), FEED: sorted(held | providers)})
        self.successors(successors, model_for, models)
        for model_class in (AIModel, Channel, ModelAvailability):
            updated = writer.flush_updates(model_class)
            if updated:
                self.result.updated[model_class._meta.verbose_name_plural] = updated
        links = writer.flush_creates(ContinuityLink)
        if links:
            self.result.created["continuity links"] = len(links)
        self.result.logged = writer.flush_logs()
        run.record_changes(self.result)
        self.result.counts = {"entries": len(self.feed.entries), "dated entries": len(entries),
                              "offers dated": len(dated), "unmatched": len(self.result.unmatched)}
        run.progress("")
        return self.result

    def dates(self, offer: ModelAvailability, entry, channel: Channel) -> None:
        run, model = self.run, offer.model
        when = datetime.date.fromisoformat(entry.deprecation_date.value)
        stated_by = entry.deprecation_source.value if entry.deprecation_source else ""
        label = f"on {channel.name}: "
        run.put(offer, "retirement_date", when, entry.deprecation_date.citation, model=model,
                label=label + "retirement date", stated_by=stated_by)
        status = entry.deprecation_date.citation
        run.put(offer, "lifecycle_status", LifecycleStatusChoices.DEPRECATED, status, model=model,
                label=label + "lifecycle status", stated_by=stated_by)
        own_api = (channel.kind == ChannelKindChoices.VENDOR_API and model.vendor is not None
                   and feed_key(channel, "models-dev") and feed_key(channel, "models-dev") == feed_key(model.vendor))
        if own_api:
            # The vendor's own API retiring the model is the model's retirement.
            run.put(model, "retirement_date", when, entry.deprecation_date.citation, model=model,
                    label="retirement date", stated_by=stated_by)

    def successors(self, pairs, model_for, models) -> None:
        existing = {(c.from_model_id, c.to_model_id) for c in ContinuityLink.objects.only("from_model", "to_model")}
        for model, entry in pairs:
            successor_entry = self.feed.entries.get(entry.successor_model.value)
            successor = model_for(successor_entry) if successor_entry else None
            if successor is None:
                for candidate in (entry.successor_model.value,):
                    found = [m for m in models.values() if candidate.rsplit("/", 1)[-1] in
                             (m.slug, (feed_key(m) or "/").split("/", 1)[1])]
                    successor = found[0] if len(found) == 1 else None
            if successor is None or successor.pk == model.pk or model.pk is None:
                continue
            if (model.pk, successor.pk) in existing or (successor.pk, model.pk) in existing:
                continue
            existing.add((model.pk, successor.pk))
            stated_by = entry.deprecation_source.value if entry.deprecation_source else ""
            citation = entry.successor_model.citation
            link = ContinuityLink(
                from_model=model, to_model=successor, kind=ContinuityKindChoices.SUCCESSOR,
                rationale=f"LiteLLM's model map names {successor_entry.key if successor_entry else citation.entry} "
                          f"as the successor of {entry.key}" + (f"; the date is stated by {stated_by}" if stated_by
                                                                 else "") + f" ({self.run.locator(citation)}).",
                source=self.run.document, source_excerpt=self.run.excerpt(citation),
            )
            self.writer.create(link)
            if self.run.previous is not None and self.run.snapshot is not None:
                self.run.pending.append(_successor_change(model, successor, link.source_excerpt))


def _successor_change(model, successor, excerpt):
    return PendingChange(model, model.name, ChangeKindChoices.ADDED, "successor", "successor", None, successor.name,
                         excerpt)
