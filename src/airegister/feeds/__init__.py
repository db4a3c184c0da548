"""Reads the community catalog feeds (models.dev, LiteLLM's model map) into cited records.

A plain Python package, independent of the database: `read_models_dev(path)` (a checkout) and
`read_models_dev_json(file)` (the published api.json) return a `ModelsDevFeed` (labs, lab models, channels, offers),
`read_litellm(file)` a `LiteLLMFeed` (entries per channel with deprecation dates);
every value is a `Cited` value whose `Citation` names the feed, its version, the file and the line(s) or key.
Bad input raises `FeedError` with a one-line message. docs/feeds.md describes the data and the citations.
"""

from .litellm import read_litellm
from .models_dev import CLOUD_PLATFORMS, read_models_dev
from .models_dev_json import LAB_IDS, read_models_dev_json
from .records import (
    Benchmark,
    Channel,
    ChannelKind,
    Citation,
    Cited,
    FeedError,
    Lab,
    LabModel,
    Link,
    LiteLLMEntry,
    LiteLLMFeed,
    Match,
    ModelsDevFeed,
    Offer,
)

__all__ = [
    "CLOUD_PLATFORMS",
    "Benchmark",
    "Channel",
    "ChannelKind",
    "Citation",
    "Cited",
    "LAB_IDS",
    "FeedError",
    "Lab",
    "LabModel",
    "LiteLLMEntry",
    "LiteLLMFeed",
    "Link",
    "Match",
    "ModelsDevFeed",
    "Offer",
    "read_litellm",
    "read_models_dev",
    "read_models_dev_json",
]
