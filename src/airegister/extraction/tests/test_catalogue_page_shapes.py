"""Shapes of the pages a cloud catalogue, a model router or a vendor's docs give one model, written with made-up
names (fourteenth session): a bulleted list of controls whose labels stand before an em dash ('Provider — Corvane',
'Max tokens — Input: 512,000 tokens, Output: 8192 tokens', 'Modality — Text'); a model card copied as text whose spec
lines put the figure under its label ('Context Window 96K⏎tokens'), with a text-only model's 'no image input'.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

import pytest

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown, read_text


def models_of(text: str, reader=read_markdown) -> dict:
    return {m.name: m for m in extract_document(reader(text)).models}


CONTROLS_LIST = """# Corvane Talon X3

Corvane Talon X3 includes enterprise-ready capabilities, including advanced reasoning, tool-calling and code generation.

The Corvane Talon X3 model has the following controls:
+ Provider — Corvane
+ Categories — Text generation, code generation
+ Release date — March 3rd, 2025
+ Model ID — `corvane.talon-x3-v1:0`
+ Modality — Text
+ Max tokens — Input: 512,000 tokens, Output: 8192 tokens
+ License — Apache 2.0
+ Deployment type — Serverless

## Talon X3 invocation request body field

| Parameter | Type | Default | Range/Validation | Description |
| --- | --- | --- | --- | --- |
| max\\_tokens | int | 16 | 1 ≤ x ≤ 8192 | Maximum tokens to generate |
"""


def test_labels_before_an_em_dash_give_their_facts():
    [model] = models_of(CONTROLS_LIST).values()
    assert model.developer == "Corvane"
    assert model.release_date == "2025-03-03"
    assert model.context_window == 512_000
    assert model.license == "Apache-2.0"
    assert (model.input_modalities, model.output_modalities) == (["text"], ["text"])


SPEC_CARD_AS_TEXT = """corvane/talon-flash-2
Model Card
Talon Flash 2 is a 14-billion-parameter reasoning model developed by Corvane AI. It excels at chat and coding.
It offers a 96K-token context window and is text-only (no image input).
Context Window 96K
tokens
Max Output 32K
tokens
Release Date Feb 10, 2025
"""


def test_a_figure_under_its_label_is_the_models_figure_not_a_model():
    models = models_of(SPEC_CARD_AS_TEXT, read_text)
    assert list(models) == ["Talon Flash 2"]
    assert models["Talon Flash 2"].context_window == 96_000
    assert models["Talon Flash 2"].input_modalities is None  # 'no image input': a kind it does not take


# A labelled line's words for each fact, under a page of one model; None: the line states no such fact.
LABELLED_LINES = [
    ("- Max tokens: Input: 512,000 tokens, Output: 8192 tokens", "context_window", 512_000),
    ("- Max tokens: 4096", "context_window", None),  # what one call may write, or the window: unsaid
    ("- Modality: Text", "output_modalities", ["text"]),
    ("- **Modalities:** text and vision", "input_modalities", ["text", "image"]),
    ("- **Modalities:** text and vision", "output_modalities", None),
    ("- Modality: Image", "input_modalities", None),  # an image model's: what goes in is not said
    ("- Input — text, image", "input_modalities", ["text", "image"]),
    ("- Developer — Corvane", "developer", "Corvane"),
]


@pytest.mark.parametrize("line, field, value", LABELLED_LINES)
def test_a_labelled_lines_fact(line, field, value):
    text = f"# Corvane Talon X3\n\nCorvane Talon X3 is a large language model.\n\n{line}\n"
    assert getattr(models_of(text)["Corvane Talon X3"], field) == value
