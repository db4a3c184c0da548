"""Shapes of vendor pages met in a third hunt over unseen public documents (docs overview pages, README news
lines): each test is a small made-up page in the shape, with invented vendor and model names.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


OVERVIEW_MD = """# Zephyx models

Our Zephyx models write text from an instruction, and Zephyx Sight can read image inputs.

| Model Name | Description | Context |
| --- | --- | --- |
| `zephyx-sight-03-2027` | A vision-language model for charts. | 32k |
| `zephyx-core-03-2027` | A general chat model. | 128k |
| `zephyx-mini-01-2027` | A small chat model. | 64k |
"""


def test_modality_stated_of_one_named_model_is_that_models_only():
    models = models_of(OVERVIEW_MD)
    assert models["zephyx-sight-03-2027"].input_modalities == ["image"]
    assert models["zephyx-core-03-2027"].input_modalities is None
    assert models["zephyx-mini-01-2027"].input_modalities is None


NEWS_MD = """# Quorra-T2V

## News
* Jan 5, 2027: We release the [Quorra-I2V](https://example.com/quorra-i2v), an image-to-video model based on Quorra-T2V.

## Models

| Model | Download |
| --- | --- |
| Quorra-T2V | [hub](https://example.com/Quorra-T2V) |
| Quorra-T2V-Fast | [hub](https://example.com/Quorra-T2V-Fast) |

We present Quorra-T2V, a text-to-video model with 20 billion parameters.
"""


def test_modality_of_another_model_in_apposition_is_none_of_the_pages():
    models = models_of(NEWS_MD)
    assert models["Quorra-T2V"].input_modalities == ["text"]
    assert all(m.input_modalities != ["image"] and "image" not in (m.input_modalities or []) for m in models.values())


SLASHED_MD = """# Zorvak2-Code

Today we open-source the **Zorvak2-Code** series, including base models **Zorvak2-Code-2B/9B/40B**, chat models
**Zorvak2-Code-2B/9B/40B-Chat**, and a reward model **Zorvak2-Code-RM-40B**.

## Models

| Model | Download |
| --- | --- |
| Zorvak2-Code-40B-Chat | [hub](https://example.com/Zorvak2-Code-40B-Chat) |
| Zorvak2-Code-40B | [hub](https://example.com/Zorvak2-Code-40B) |

Compared to Quell-Math-2B/9B, Zorvak2-Code-2B/9B score higher on every benchmark.
"""


def test_size_list_inside_a_name_names_one_model_per_size():
    names = set(models_of(SLASHED_MD))
    for size in ("2B", "9B", "40B"):
        assert f"Zorvak2-Code-{size}" in names
        assert f"Zorvak2-Code-{size}-Chat" in names
    assert not any(n.startswith("Quell") for n in names)  # a compared family's list names no model of the page


RELEASE_NEWS_MD = """# Zorvak Deep

## News
- 2027.01.05: We release the Zorvak Deep, reasoning enhanced language models, including 3B, 9.5B, and 40B.

## Models

Evaluation shows that Zorvak Deep 3B leads models of its size, Zorvak Deep 9.5B beats larger ones, and Zorvak
Deep 40B matches the best open models.

| Model | Download |
| --- | --- |
| Zorvak Deep 3B | [hub](https://example.com/zorvak-deep-3b) |
| Zorvak Deep 9.5B | [hub](https://example.com/zorvak-deep-9.5b) |
| Zorvak Deep 40B | [hub](https://example.com/zorvak-deep-40b) |
"""


def test_news_line_releasing_a_family_in_sizes_dates_each_size():
    models = models_of(RELEASE_NEWS_MD)
    for size in ("3B", "9.5B", "40B"):
        assert models[f"Zorvak Deep {size}"].release_date == "2027-01-05"
