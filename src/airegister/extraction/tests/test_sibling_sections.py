"""Sibling variants given sections of their own ('### X-7B', '### X-7B-Instruct'): each section is a model's, the
shorter name a model beside the longer ones, not their family. Small hand-written documents only."""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


def test_a_base_model_heading_a_section_beside_its_variants_sections_is_a_model():
    text = """# Merlin models

### Merlin-7B
Merlin-7B is our base model, with a 4K context.

### Merlin-7B-Instruct
Instruction-tuned for chat.

### Merlin-7B-Code
Trained further on code.
"""
    models = models_of(text)
    assert sorted(models) == ["Merlin-7B", "Merlin-7B-Code", "Merlin-7B-Instruct"]
    # the base model's own fact is its own, not a family's fact given to its variants
    assert models["Merlin-7B"].context_window == 4000
    assert models["Merlin-7B-Instruct"].context_window is None
    # one variant section beside it: still two models, not one under the longer name
    two = models_of(text.split("### Merlin-7B-Code")[0])
    assert sorted(two) == ["Merlin-7B", "Merlin-7B-Instruct"]


def test_a_familys_heading_a_level_above_its_members_headings_is_no_model():
    text = """# Models

## Grebe 3
Grebe 3 comes in two sizes.

### Grebe 3 8B
The small one, with an 8K context.

### Grebe 3 70B
The large one, with an 8K context.
"""
    assert sorted(models_of(text)) == ["Grebe 3 70B", "Grebe 3 8B"]


def test_the_title_naming_the_family_over_a_section_of_one_member_makes_no_model():
    text = """# Grebe

Grebe is a Korean encoder-decoder language model.

## Grebe-base

| Model | # of params |
| --- | --- |
| Grebe-base | 124M |
"""
    assert sorted(models_of(text)) == ["Grebe-base"]


def test_a_tuned_sibling_the_prose_offers_beside_the_introduced_model_is_a_model():
    for offer in ("We also provide Merlin-7B-Instruct, fine-tuned for chat.",
                  "We also provide an instruction-tuned version, Merlin-7B-Instruct.",
                  "We also release the chat model Merlin-7B-Instruct."):
        text = f"# Merlin-7B\n\nMerlin-7B is a 7B language model. {offer}\n"
        assert sorted(models_of(text)) == ["Merlin-7B", "Merlin-7B-Instruct"], offer
    # ... not a sibling named as something the prose does other things with
    other = ("# Merlin-7B\n\nMerlin-7B is a 7B language model. We provide scripts to convert Merlin-7B-Instruct "
             "checkpoints into GGUF.\n")
    assert sorted(models_of(other)) == ["Merlin-7B"]
