from .change_logging import ObjectChange
from .features import (
    ChangeLoggedModel,
    ChangeLoggingMixin,
    CitedMixin,
    ConcurrentEditError,
    PartialDateField,
)
from .sequence import ChangeSequence
from .tokens import APIToken

__all__ = [
    "APIToken",
    "ChangeLoggedModel",
    "ChangeSequence",
    "ChangeLoggingMixin",
    "CitedMixin",
    "ConcurrentEditError",
    "ObjectChange",
    "PartialDateField",
]
