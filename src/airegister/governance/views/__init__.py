from .library import (
    ControlHistoryView,
    ControlListView,
    ControlView,
    FrameworkHistoryView,
    FrameworkListView,
    FrameworkView,
    PlaybookHistoryView,
    PlaybookListView,
    PlaybookView,
    models_covered,
)

__all__ = [
    "ControlHistoryView",
    "ControlListView",
    "ControlView",
    "FrameworkHistoryView",
    "FrameworkListView",
    "FrameworkView",
    "PlaybookHistoryView",
    "PlaybookListView",
    "PlaybookView",
    "models_covered",
]
