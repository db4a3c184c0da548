"""Catalog feeds as sources: `airegister sync models-dev PATH` and `airegister sync litellm FILE`.

Built on `airegister.feeds` (pure readers: every value with its citation) and on the sources machinery: one
SourceDocument per feed (a community dataset), one Snapshot per feed version, every value written cited to it
(file and line or key), a vendor's own statement never overwritten, and the changes between two versions as
FactChange rows, change-log entries and flags by materiality, as `monitor` records a document's changes.
"""

from .common import SyncError, SyncResult
from .litellm import sync_litellm
from .models_dev import sync_models_dev

__all__ = ["SyncError", "SyncResult", "sync_litellm", "sync_models_dev"]
