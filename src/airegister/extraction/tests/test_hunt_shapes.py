"""Shapes of vendor pages met in a hunt over unseen public documents (docs pages with dated model ids, README
model lists): each test is a small made-up page in the shape, with invented vendor and model names.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


def value(model, field):
    return getattr(model, field)


DATED_IDS_MD = """# Zeta models

### Model Details
| Model Name | Description | Context Length | Maximum Output Tokens |
|---|---|---|---|
| `zeta-q7-11-2024` | `zeta-q7-11-2024` is a small update of the Zeta Q model, from November 2024. | 128k | 4k |
| `zeta-q-plus-08-2024` | `zeta-q-plus-08-2024` is an update of the Zeta Q+ model. | 128k | 4k |
| `zeta-q-plus` | Alias for `zeta-q-plus-08-2024`. | 128k | 4k |

## Zeta Q7 November 2024 Release
Zeta Q7 is the smallest model in our Q family. With a context window of 128K, Zeta Q7 is fast.
"""


def test_a_dated_model_id_keeps_its_date_when_prose_names_it_without():
    # The prose's 'Zeta Q7' is the same model as the row 'zeta-q7-11-2024'; the row's id, with its date stamp,
    # is the name (siblings on such pages differ by their dates alone).
    assert sorted(models_of(DATED_IDS_MD)) == ["zeta-q-plus", "zeta-q-plus-08-2024", "zeta-q7-11-2024"]


def test_a_size_cue_ending_a_size_phrase_does_not_label_the_next_figure():
    # 'parameters' closes '90B total parameters'; the figure after it is the active count in another word.
    text = """# OSPR

OSPR is a mixture-of-experts model with 90B total parameters and 21B live parameters. OSPR has a context
length of 16K tokens.

The following models are open-sourced:

| Model | Description |
|---|---|
| [OSPR Base](https://huggingface.co/ospreylabs/ospr-base) | Pre-trained base model |
| [OSPR Instruct](https://huggingface.co/ospreylabs/ospr-instruct) | Finetuned model for instruction following |
"""
    models = models_of(text)
    assert sorted(models) == ["OSPR Base", "OSPR Instruct"]
    assert {value(m, "parameters") for m in models.values()} == {90_000_000_000}
