"""What the feed readers return: plain, typed records in which every value carries its citation."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")

MODELS_DEV = "models.dev"
LITELLM = "litellm"


class FeedError(Exception):
    """Bad feed input: one line naming the file (and line or key) and what is wrong (the CLI exits 2 with it)."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a value is stated: feed, feed version, file, and the line(s) or key stating it.

    `file` is relative to the feed's root (models.dev) or the file's name (LiteLLM), with `/` separators.
    `key` is the dotted path of the value in the file (`limit.context`, `benchmarks[0]`); for LiteLLM, `entry` is the
    model map's entry key and `key` the field inside it. `line`..`end_line` are 1-based and inclusive (None when not
    located: a LiteLLM file that is not pretty-printed)."""

    feed: str
    version: str
    file: str
    key: str
    line: int | None = None
    end_line: int | None = None
    entry: str = ""

    @property
    def lines(self) -> str:
        if self.line is None:
            return ""
        return str(self.line) if self.end_line in (None, self.line) else f"{self.line}-{self.end_line}"

    def __str__(self) -> str:
        where = f"{self.file}:{self.lines}" if self.line is not None else self.file
        key = f'["{self.entry}"].{self.key}' if self.entry else self.key
        return f"{self.feed} {self.version} {where} {key}"


@dataclass(frozen=True, slots=True)
class Cited(Generic[T]):
    """A value and where it is stated. `inherited`: an offer's value stated by its `base_model` file, not its own."""

    value: T
    citation: Citation
    inherited: bool = False


def cited_facts(record: Any, names: tuple[str, ...]) -> Iterator[tuple[str, Cited]]:
    for name in names:
        value = getattr(record, name)
        if value is not None:
            yield name, value


# --- models.dev ---------------------------------------------------------------------------------------------------

# The single-valued facts of a lab model and of an offer, in the order they are shown.
MODEL_FACTS = (
    "name", "family", "release_date", "last_updated", "knowledge", "context_window", "input_limit", "output_limit",
    "input_modalities", "output_modalities", "open_weights", "attachment", "reasoning", "tool_call",
    "structured_output", "temperature", "license",
)
OFFER_FACTS = (*MODEL_FACTS[:-1], "status", "reasoning_options", "interleaved")


@dataclass(frozen=True, slots=True)
class Benchmark:
    """A `[[benchmarks]]` entry: a result and the source the file states for it (`citation` spans the entry)."""

    name: str
    score: float
    source: str
    citation: Citation
    metric: str | None = None
    date: str | None = None
    dataset: str | None = None
    harness: str | None = None
    variant: str | None = None
    version: str | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """A `[[links]]` (label, type, url) or `[[weights]]` (label, url, quantization) entry."""

    label: str
    url: str
    citation: Citation
    type: str | None = None
    quantization: str | None = None


@dataclass(slots=True)
class LabModel:
    """`models/<lab>/<id>.toml`: the provider-independent facts of a model, as models.dev states them."""

    key: str  # "<lab>/<id>", what an offer's `base_model` names
    lab: str
    id: str  # the file name without .toml
    file: str
    name: Cited[str] | None = None
    family: Cited[str] | None = None
    release_date: Cited[str] | None = None  # "YYYY-MM" or "YYYY-MM-DD", as written
    last_updated: Cited[str] | None = None
    knowledge: Cited[str] | None = None  # knowledge cutoff
    context_window: Cited[int] | None = None  # limit.context, tokens
    input_limit: Cited[int] | None = None  # limit.input
    output_limit: Cited[int] | None = None  # limit.output
    input_modalities: Cited[tuple[str, ...]] | None = None
    output_modalities: Cited[tuple[str, ...]] | None = None
    open_weights: Cited[bool] | None = None
    attachment: Cited[bool] | None = None
    reasoning: Cited[bool] | None = None
    tool_call: Cited[bool] | None = None
    structured_output: Cited[bool] | None = None
    temperature: Cited[bool] | None = None
    license: Cited[str] | None = None
    benchmarks: list[Benchmark] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    weights: list[Link] = field(default_factory=list)

    def facts(self) -> Iterator[tuple[str, Cited]]:
        """(name, cited value) for every single-valued fact the file states."""
        return cited_facts(self, MODEL_FACTS)


@dataclass(slots=True)
class Lab:
    """A `models/<lab>/` folder: the vendor of the models in it."""

    id: str
    folder: str
    models: list[str] = field(default_factory=list)  # LabModel keys, sorted
    # From providers/<lab>/provider.toml when a channel has the lab's id (models.dev has no lab file).
    name: Cited[str] | None = None


class ChannelKind:
    VENDOR = "vendor"  # the lab's own API
    CLOUD = "cloud"  # a cloud platform (a documented table, see models_dev.CLOUD_PLATFORMS)
    AGGREGATOR = "aggregator"  # serves the models of two or more labs
    UNKNOWN = "unknown"

    ALL = (VENDOR, CLOUD, AGGREGATOR, UNKNOWN)


@dataclass(slots=True)
class Channel:
    """`providers/<id>/provider.toml`: a channel a model is offered on."""

    id: str
    file: str
    name: Cited[str]
    doc: Cited[str] | None = None  # the provider's documentation URL (where its models are listed)
    api: Cited[str] | None = None  # API base URL
    npm: Cited[str] | None = None  # the AI SDK package
    env: Cited[tuple[str, ...]] | None = None  # environment variables the SDK reads
    kind: str = ChannelKind.UNKNOWN
    kind_evidence: str = ""  # why: one sentence
    lab: str | None = None  # for kind "vendor": the lab whose own API this is
    offers: int = 0


class Match:
    BASE_MODEL = "base_model"  # the offer names its lab model: base_model = "<lab>/<id>"
    LAB_PATH = "lab path"  # the offer's path under models/ is "<lab>/<id>" of a lab model
    FIRST_PARTY = "first-party id"  # on the lab's own channel (channel id = lab id), the offer id is the model id
    UNIQUE_ID = "id"  # the offer id is the id of exactly one lab model
    PLATFORM_NAME = "platform name"  # a Bedrock/Vertex id, read by the naming rules models.dev's guide states


@dataclass(slots=True)
class Offer:
    """`providers/<channel>/models/**/<id>.toml`: a model offered on a channel, under the channel's own id.

    Values a `base_model` file states and the offer does not override are `inherited` (their citation is the lab
    model's file); `base_model_omit` keys are dropped. Prices are USD per million tokens, as models.dev states."""

    channel: str
    model_id: str  # the channel's own model id: the path under models/ without .toml (nested folders kept)
    file: str
    model: str | None = None  # the LabModel key, None when unmatched
    match: str = ""  # a Match value
    unmatched_reason: str = ""
    base_model: Cited[str] | None = None
    omitted: tuple[str, ...] = ()  # base_model_omit
    name: Cited[str] | None = None
    family: Cited[str] | None = None
    release_date: Cited[str] | None = None
    last_updated: Cited[str] | None = None
    knowledge: Cited[str] | None = None
    context_window: Cited[int] | None = None
    input_limit: Cited[int] | None = None
    output_limit: Cited[int] | None = None
    input_modalities: Cited[tuple[str, ...]] | None = None
    output_modalities: Cited[tuple[str, ...]] | None = None
    open_weights: Cited[bool] | None = None
    attachment: Cited[bool] | None = None
    reasoning: Cited[bool] | None = None
    tool_call: Cited[bool] | None = None
    structured_output: Cited[bool] | None = None
    temperature: Cited[bool] | None = None
    status: Cited[str] | None = None  # "alpha", "beta" or "deprecated" on this channel
    reasoning_options: Cited[Any] | None = None  # as written (a list of tables)
    interleaved: Cited[Any] | None = None
    prices: dict[str, Cited[float]] = field(default_factory=dict)  # cost.<name>: input, output, cache_read, …
    price_tiers: Cited[Any] | None = None  # cost.tiers, as written

    @property
    def deprecated(self) -> bool:
        return self.status is not None and self.status.value == "deprecated"

    def facts(self) -> Iterator[tuple[str, Cited]]:
        return cited_facts(self, OFFER_FACTS)


@dataclass(slots=True)
class ModelsDevFeed:
    """Everything `read_models_dev` read from one models.dev checkout."""

    root: Path
    version: str  # "git:<commit>" for a git checkout, else "sha256:<content hash>"
    content_hash: str  # "sha256:…" over every file read (sorted relative paths and their bytes), always computed
    commit: str | None
    files: int
    labs: dict[str, Lab]
    models: dict[str, LabModel]  # by key "<lab>/<id>"
    channels: dict[str, Channel]
    offers: list[Offer]  # sorted by (channel, model_id)
    skipped: list[str] = field(default_factory=list)  # broken symbolic links in a checkout, left out
    feed: str = MODELS_DEV

    @property
    def unmatched(self) -> list[Offer]:
        return [o for o in self.offers if o.model is None]

    def offers_of(self, model_key: str) -> list[Offer]:
        return [o for o in self.offers if o.model == model_key]


# --- LiteLLM ------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class LiteLLMEntry:
    """One entry of LiteLLM's model map: a model id on a channel (`litellm_provider`)."""

    key: str  # the entry's key in the map, e.g. "anthropic.claude-sonnet-4-20250514-v1:0" or "azure/gpt-4o"
    model_id: str  # the key without a leading "<litellm_provider>/"
    line: int | None  # where the entry starts in the file
    channel: Cited[str] | None = None  # litellm_provider (absent on alias entries)
    mode: Cited[str] | None = None  # chat, embedding, completion, image_generation, …
    max_input_tokens: Cited[int] | None = None
    max_output_tokens: Cited[int] | None = None
    capabilities: dict[str, Cited[bool]] = field(default_factory=dict)  # supports_<name> → <name>
    deprecation_date: Cited[str] | None = None  # YYYY-MM-DD
    deprecation_source: Cited[str] | None = None  # the vendor page that states the date
    successor_model: Cited[str] | None = None  # an entry key of the same map
    alias_of: Cited[str] | None = None  # for "…-latest" aliases: the entry key they stand for
    source: Cited[str] | None = None  # LiteLLM's "source": the page its prices and limits were read from

    def facts(self) -> Iterator[tuple[str, Cited]]:
        return cited_facts(self, LITELLM_FACTS)


LITELLM_FACTS = ("channel", "mode", "max_input_tokens", "max_output_tokens", "deprecation_date",
                 "deprecation_source", "successor_model", "alias_of", "source")


@dataclass(slots=True)
class LiteLLMFeed:
    """Everything `read_litellm` read from one model_prices_and_context_window.json."""

    path: Path
    version: str
    content_hash: str
    commit: str | None
    entries: dict[str, LiteLLMEntry]  # by entry key, in file order
    feed: str = LITELLM

    def by_channel(self) -> dict[str, list[LiteLLMEntry]]:
        out: dict[str, list[LiteLLMEntry]] = {}
        for entry in self.entries.values():
            if entry.channel is not None:
                out.setdefault(entry.channel.value, []).append(entry)
        return out

    @property
    def deprecations(self) -> list[LiteLLMEntry]:
        return [e for e in self.entries.values() if e.deprecation_date is not None]
