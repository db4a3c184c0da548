"""Shapes met in development leftovers and held-out sets (twelfth session): a news list moving a model from version to
version.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


UPDATES = """# Introduction

Tern-Voice is released under the CC-BY-NC-SA-4.0 license.

## Changelog

- 2025/07/02: Updated Tern-Voice to 1.2 version, remove the old decoder, and greatly enhanced zero-shot ability.
- 2025/05/10: Updated Tern-Voice to v1.1, implement a new decoder to reduce WER.
- 2025/03/01: Updated Python to 3.11 in the Docker image.
"""


def test_a_news_line_updating_a_model_to_a_version_names_that_version_a_model():
    models = models_of(UPDATES)
    assert set(models) == {"Tern-Voice 1.2", "Tern-Voice 1.1"}
    assert models["Tern-Voice 1.2"].release_date == "2025-07-02"
    assert models["Tern-Voice 1.1"].release_date == "2025-05-10"
