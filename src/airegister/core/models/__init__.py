from .change_logging import ObjectChange
from .features import (
    ChangeLoggedModel,
    ChangeLoggingMixin,
    CitedMixin,
    ConcurrentEditError,
    PartialDateField,
)
from .tokens import APIToken

__all__ = [
    "APIToken",
    "ChangeLoggedModel",
    "ChangeLoggingMixin",
    "CitedMixin",
    "ConcurrentEditError",
    "ObjectChange",
    "PartialDateField",
]
