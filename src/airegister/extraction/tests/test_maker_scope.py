"""Whose maker a developer statement names (maker_scope.py): the document's models', or a component's, or none
(the family's own name in a possessive, a cloud the models were trained on). Small made-up pages only."""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def developers(text: str) -> dict:
    return {m.name: m.developer for m in extract_document(read_markdown(text)).models}


ZOO = """# Grebe

| Model | Context |
| --- | --- |
| grebe-small-v3 | 8K |
| grebe-medium-v3 | 32K |
"""


def test_the_familys_own_name_in_a_possessive_is_no_maker():
    text = ZOO + "\nYou can run Grebe's GGUF models with llama.cpp.\n"
    assert set(developers(text).values()) == {None}
    # ... while an organisation named so is one
    made = ZOO + "\nThese are Petrel Labs's newest models.\n"
    assert set(developers(made).values()) == {"Petrel Labs"}


def test_the_maker_of_a_component_named_before_model_from_is_not_the_documents():
    text = ZOO + "\nOur vision backbone is the Kestrel model from Osprey Labs.\n"
    assert set(developers(text).values()) == {None}
    # ... but the family's own name before it: its maker
    own = ZOO + "\nThe Grebe model from Osprey Labs is designed for speed.\n"
    assert set(developers(own).values()) == {"Osprey Labs"}


def test_a_known_makers_cloud_named_again_and_again_makes_it_no_maker():
    text = ZOO + "\n".join(["", "- Create a TPU VM on Google Cloud.", "- Add your key to your Google Cloud project.",
                            "- `ZONE`: the Google Cloud zone.", "- `BUCKET`: a Google Cloud Storage path.", ""])
    assert set(developers(text).values()) == {None}


def test_a_base_models_card_copied_under_the_fine_tunes_own_is_not_read():
    own = """# Grebe-8B-Long

Grebe-8B-Long extends Kestrel 3 8B's context length to 1048k, developed by Heron Labs.

"""
    for heading in ("# Base Model", "# Original model card: Petrel's Kestrel 3 8B", "# Original Model Card"):
        base = f"""{heading}

## Model Details

Petrel developed and released the Kestrel 3 family of large language models in 8 and 70B sizes.
Kestrel 3 70B has a context length of 8k. Release date: April 18, 2024.
"""
        models = {m.name: m for m in extract_document(read_markdown(own + base)).models}
        assert list(models) == ["Grebe-8B-Long"], heading
        assert models["Grebe-8B-Long"].release_date is None
    # a section of the document's own at a lower level is read
    section = own + "## Base model\n\nIt is built on Kestrel 3 8B, released on April 18, 2024.\n"
    assert "Grebe-8B-Long" in developers(section)


def test_authors_named_et_al_and_a_settings_usual_value_are_no_facts_of_the_model():
    text = """# Grebe-BERT-2

Grebe-BERT-2 is a multilingual language model. Created by Petrovsky et al. in 2022.

- MAX_SEQ_LEN: maximum sequence length, generally 512
"""
    model = extract_document(read_markdown(text)).models[0]
    assert (model.name, model.developer, model.context_window) == ("Grebe-BERT-2", None, None)
    stated = text.replace("Petrovsky et al.", "Heron Labs").replace(
        "- MAX_SEQ_LEN: maximum sequence length, generally 512", "It supports a context length of 512 tokens.")
    model = extract_document(read_markdown(stated)).models[0]
    assert (model.developer, model.context_window) == ("Heron Labs", 512)
