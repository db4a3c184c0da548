"""Model names without a digit ('Zorvak Tiny', 'Zorvak-Embedding'): the name shapes want a digit, so each digitless
shape is read only where the document says the name is a model. Each test is a small made-up page in the shape,
with invented vendor and model names, beside a near shape whose digitless word is no model.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


ELIDED_SIZE_MD = """# Zorvak

Zorvak is a family of speech-to-text models for small devices. Zorvak obtains error rates better than similarly
sized Kestrel models from Petrelsoft on public test sets.

Zorvak Base is approximately 400MB, while Tiny is around 190MB. Both released models support English only.

## Usage

Run the models on SBCs like a small board computer. The second argument is the name of a Zorvak model:
`zorvak/tiny` and `zorvak/base` are the currently available models.
"""


def test_family_size_with_its_other_size_elided_and_its_ids_in_code():
    models = models_of(ELIDED_SIZE_MD)
    assert set(models) == {"Zorvak Base", "Zorvak Tiny"}
    # the compared models' maker is not the family's, nor is the board it runs on a place to get it
    assert all(m.developer != "Petrelsoft" for m in models.values())
    assert all(not m.access_surfaces or "SBCs" not in m.access_surfaces for m in models.values())


ONE_SIZE_MD = """# Zorvak

Zorvak is a library for speech pipelines. Zorvak Base is the core package, while Large files are streamed.
"""


def test_one_size_and_a_capitalised_word_after_it_make_no_family():
    # 'Large files' is no size of the family: the word is followed by another word, and one size names no family
    assert not models_of(ONE_SIZE_MD)


CALLED_MODEL_MD = """# Grounding Zorvak

Official pytorch implementation of [Grounding Zorvak](https://arxiv.org/abs/0000.00000).

## Highlight
- Closed-Set Detection Model [Zorvak](https://example.com/zv) => Open-Set Detection Model **Grounding Zorvak**
- COCO zero-shot **52.5 AP**.
"""

APPOSITION_MD = """# Petrelon: Protein Language Modeling with Structure-aware Vocabulary

We propose a structure-aware vocabulary for protein language modeling. Through large-scale pre-training, our
model, i.e. Petrelon, can learn the relationship between the structure and the sequence.
"""


def test_title_name_the_prose_calls_a_model_by_apposition():
    assert list(models_of(CALLED_MODEL_MD)) == ["Grounding Zorvak"]
    assert list(models_of(APPOSITION_MD)) == ["Petrelon"]


TOOLKIT_TITLE_MD = """# Petrelon: Fast Training at Scale

Petrelon is a toolkit for training networks. Load any model: Petrelon supports all common formats. A model
trained with Petrelon can be exported to ONNX.
"""


def test_title_of_a_toolkit_that_loads_models_names_no_model():
    assert not models_of(TOOLKIT_TITLE_MD)


RELEASED_TITLE_MD = """# Zorvak && ZorvakX

## News

- **News**: 2024/8/6: We have open-sourced **ZorvakX-2B**. ZorvakX-2B is the first model in the ZorvakX series.
- **Source**: 2022/5/19: We have open-sourced **Zorvak** (now in the `Zorvak` branch), the **first** open-sourced
  pretrained text-to-video model.

## Tools

+ [caption_demo](tools/caption): Caption tool, a model that understands videos and outputs them in text.
"""


def test_digitless_title_name_the_document_released_as_a_model():
    models = models_of(RELEASED_TITLE_MD)
    assert {"Zorvak", "ZorvakX-2B"} <= set(models)
    # the caption tool's model is not the document's: what it reads is no input of ZorvakX-2B
    assert models["ZorvakX-2B"].input_modalities != ["video"]


RELEASED_LIBRARY_MD = """# Petrel && PetrelX

We have open-sourced **PetrelX-2B**, the first model in the PetrelX series. We have open-sourced Petrel, a library
for video pipelines.
"""


def test_digitless_title_name_released_as_a_library_is_no_model():
    assert "Petrel" not in models_of(RELEASED_LIBRARY_MD)


STEM_VARIANTS_MD = """# Zorvak3

Zorvak3-4B is the third generation of the Zorvak series. Zorvak3-4B supports a 32k context.

* **RAG Capability**: We release the Zorvak RAG Suite. Based on the Zorvak series models, Zorvak-Embedding and
  Zorvak-Reranker achieve state-of-the-art retrieval results.
* **Tooling**: We release Zorvak-Bench and Zorvak-Data to help reproduce our evaluations.
"""


def test_stem_with_kind_words_listed_where_the_document_releases_them():
    models = models_of(STEM_VARIANTS_MD)
    assert {"Zorvak3-4B", "Zorvak-Embedding", "Zorvak-Reranker"} <= set(models)
    # the family's benchmark and data are released too, but are no models
    assert "Zorvak-Bench" not in models and "Zorvak-Data" not in models


STEM_FAMILIES_MD = """# Petrel

We furthermore release the PLMs, **Petrel-BERT** and **Petrel-RoBERTa**, to help reproduce the baselines.

| Model | Embedding size | Layers |
| --- | --- | --- |
| Petrel-BERT-base | 768 | 12 |
| Petrel-RoBERTa-small | 768 | 6 |
| Petrel-RoBERTa-base | 768 | 12 |
"""


def test_stem_names_that_sized_names_extend_are_families_not_models():
    models = models_of(STEM_FAMILIES_MD)
    assert "Petrel-BERT-base" in models
    assert "Petrel-BERT" not in models and "Petrel-RoBERTa" not in models


IDENTIFIER_LIST_MD = """# Text Recognition

The following architectures are currently supported:

* zorvak_vgg16_bn
* zorvak_mobilenet_v3_small
* petrel_resnet31
* kestrel

| Architecture | # params | FUNSD |
| --- | --- | --- |
| zorvak_vgg16_bn | 15.8M | 87.18 |
| zorvak_mobilenet_v3_small | 2.1M | 86.21 |
| petrel_resnet31 | 56.2M | 87.70 |
| kestrel | 67.7M | 87.62 |
"""


def test_digitless_identifier_in_a_list_of_model_identifiers():
    models = models_of(IDENTIFIER_LIST_MD)
    assert "kestrel" in models
    assert models["kestrel"].parameters == 67_700_000


LIBRARY_LIST_MD = """# Zorvak-7B

Zorvak-7B is a 7B parameter language model. Install its requirements:

* torch
* numpy
* tokenizers
* zorvak-7b
"""


def test_identifiers_of_a_list_mostly_of_libraries_are_no_models():
    assert set(models_of(LIBRARY_LIST_MD)) == {"Zorvak-7B"}


def test_a_plain_word_of_a_list_of_model_identifiers_without_a_row_is_no_model():
    text = IDENTIFIER_LIST_MD.replace("* kestrel\n", "* overview\n").replace("| kestrel | 67.7M | 87.62 |\n", "")
    models = models_of(text)
    assert "petrel_resnet31" in models and "overview" not in models


def test_a_digitless_title_family_offered_in_a_list_of_sizes_has_one_model_per_size():
    for sentence in ("Zorvak is available in 1B, 3B and 8B sizes.",
                     "The Zorvak family of models comes in 1B, 3B and 8B parameter versions.",
                     "Zorvak comes in three sizes: 1B, 3B and 8B."):
        models = {m.name: m for m in extract_document(read_markdown(f"# Zorvak\n\n{sentence}\n")).models}
        assert sorted(models, key=len) == ["Zorvak 1B", "Zorvak 3B", "Zorvak 8B"], sentence
        assert models["Zorvak 8B"].parameters == 8_000_000_000
    # a title whose sentence gives sizes it is not offered in is no family of sizes
    other = "# Zorvak\n\nZorvak is a serving library. It is available in 2 GB and 8 GB builds.\n"
    assert not any(m.parameters for m in extract_document(read_markdown(other)).models)
