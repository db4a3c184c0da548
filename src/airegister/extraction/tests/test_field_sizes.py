"""A size written as the adjective of the model itself is its parameter count (field_sizes.py); a size set against it
or a class of models is not. A licence's name ending a line is read whole. Small hand-written documents only."""

import pytest

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def sizes(text: str) -> dict:
    return {m.name: m.parameters for m in extract_document(read_markdown(text)).models}


@pytest.mark.parametrize("sentence", [
    "Merlin-V2 is a 12B model with image understanding.",
    "Merlin-V2, the new 12B model, reads images.",
    "Meet Merlin-V2: our new 12B multilingual model.",
    "Merlin-V2 is a 12B-parameter language model.",
])
def test_a_size_standing_before_the_model_is_its_size(sentence):
    assert sizes(f"# Merlin-V2\n\n{sentence}\n") == {"Merlin-V2": 12_000_000_000}


@pytest.mark.parametrize("sentence", [
    "Merlin-V2 outperforms a 70B model on most tasks.",
    "Merlin-V2 is as good as a 70B model.",
    "Merlin-V2 was distilled from a 70B model.",
    "Merlin-V2 beats the 70B models of last year.",
    "Merlin-V2 was trained with a 70B model as its teacher.",
])
def test_a_size_set_against_the_model_or_a_class_of_models_is_not_its_size(sentence):
    assert sizes(f"# Merlin-V2\n\n{sentence}\n") == {"Merlin-V2": None}


def test_a_table_rows_description_sizes_that_row_only():
    text = ("# Models\n\n| Model | Description | Max Tokens |\n|---|---|---|\n"
            "| Merlin-V2 | A 12B model with image understanding. | 128k |\n"
            "| Merlin-V3 | Our best multilingual model. | 128k |\n")
    assert sizes(text) == {"Merlin-V2": 12_000_000_000, "Merlin-V3": None}


def licence(text: str) -> str | None:
    return extract_document(read_markdown(text)).models[0].license


def test_a_licence_whose_name_ends_a_line_is_read_whole_under_its_label():
    # The name ends with 'License' at a line's end, which alone reads like a label: it neither cuts the value short
    # nor loses a version word ('v2.5').
    card = "# Merlin-4B-Instruct\n\nMerlin-4B-Instruct is a small model.\n\n"
    assert licence(card + "## License\n\n[Lumen Community Model License](https://x.test/l.pdf)\n") \
        == "Lumen Community Model License"
    card = "# Merlin v2.5\n\nMerlin v2.5 is a text-to-image model.\n\n"
    assert licence(card + "- **License:** [Merlin v2.5 Community License](https://x.test/LICENSE.md)\n") \
        == "Merlin v2.5 Community License"
