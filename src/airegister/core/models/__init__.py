from .change_logging import ObjectChange
from .features import (
    ChangeLoggedModel,
    ChangeLoggingMixin,
    CitedMixin,
    ConcurrentEditError,
    PartialDateField,
)

__all__ = [
    "ChangeLoggedModel",
    "ChangeLoggingMixin",
    "CitedMixin",
    "ConcurrentEditError",
    "ObjectChange",
    "PartialDateField",
]
