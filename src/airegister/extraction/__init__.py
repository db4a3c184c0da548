"""Reads vendor documents (HTML, Markdown, text, PDF) into model facts with verbatim excerpts.

A plain Python package, independent of the database: `extract_path(path)` returns an `ExtractionResult`
whose `to_dict()` is the JSON contract of `airegister extract` (SPEC.md section 4); bad input raises
`ExtractionError` with a one-line message.
"""

from .extract import extract_document, extract_path
from .models import Evaluation, ExtractionError, ExtractionResult, ModelFacts, Source

__all__ = [
    "Evaluation",
    "ExtractionError",
    "ExtractionResult",
    "ModelFacts",
    "Source",
    "extract_document",
    "extract_path",
]
