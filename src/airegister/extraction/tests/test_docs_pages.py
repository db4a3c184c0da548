"""Shapes of API docs pages (models lists, per-model property tables) found by made-up probe pages written in the
layouts vendors' documentation sites use, with invented names: each test is the smallest page that showed the gap."""

import pytest

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


PROPERTY_PAGE = """# Skua models

## Skua 3 Swift

Skua 3 Swift is our fastest model.

| Property | Description |
|---|---|
| Model code | `models/skua-3-swift` |
| Supported data types | {types} |
| Knowledge cutoff | August 2024 |
"""


@pytest.mark.parametrize("types", [
    "**Inputs** Audio, images, video, and text **Output** Text",  # bold labels, no colon
    "Inputs Audio, images, video, and text Output Text",  # the same cell as its text reads, markup gone
    "**Inputs**: Audio, images, video, and text **Output**: Text",
])
def test_input_and_output_labels_in_one_property_cell_split_the_kinds(types):
    model = models_of(PROPERTY_PAGE.format(types=types))["Skua 3 Swift"]
    assert model.input_modalities == ["audio", "image", "video", "text"]
    assert model.output_modalities == ["text"]  # not every kind before the word 'Output'


def test_a_list_followed_by_the_word_output_is_still_what_comes_out_without_a_label_before_it():
    model = models_of(PROPERTY_PAGE.format(types="Accepts text and images as input; text output"))["Skua 3 Swift"]
    assert (model.input_modalities, model.output_modalities) == (["text", "image"], ["text"])


def test_a_capitalised_label_outside_a_table_is_a_heading_not_a_list_of_kinds():
    text = ("# Skua 3 Swift\n\nSkua 3 Swift is a model by Skua Labs.\n\n"
            "## Input Text Preparation\n\nStrip markup first.\n")
    assert models_of(text)["Skua 3 Swift"].input_modalities is None


GROQ_LIKE = """# Supported models

| MODEL ID | DEVELOPER | CONTEXT WINDOW (TOKENS) | MAX COMPLETION TOKENS | MAX FILE SIZE |
|---|---|---|---|---|
| tern-listen-large-v2 | Tern Labs | - | - | 25 MB |
| tern-chat-70b | Tern Labs | 128k | 32,768 | - |
"""


def test_a_file_size_in_megabytes_is_no_parameter_count():
    models = models_of(GROQ_LIKE)
    assert models["tern-listen-large-v2"].parameters is None
    assert models["tern-chat-70b"].context_window == 128000


SNAPSHOTS_PAGE = """# Models

## Corvid-4o

Corvid-4o is our flagship model. It accepts both text and image inputs, and produces text outputs.

| Model | Context window | Max output tokens | Knowledge cutoff |
|---|---|---|---|
| corvid-4o <br> ↳ corvid-4o-2024-08-06 | 128,000 tokens | 16,384 tokens | Oct 01, 2023 |
| corvid-4o-2024-11-20 | 128,000 tokens | 16,384 tokens | Oct 01, 2023 |
| corvid-4o-2024-05-13 | 128,000 tokens | 4,096 tokens | Oct 01, 2023 |
"""


def test_a_name_pointing_to_its_snapshot_is_the_rows_model_beside_the_dated_snapshots():
    models = models_of(SNAPSHOTS_PAGE)
    names = {name.lower() for name in models}
    assert names == {"corvid-4o", "corvid-4o-2024-11-20", "corvid-4o-2024-05-13"}
    pointer = next(m for name, m in models.items() if name.lower() == "corvid-4o")
    assert pointer.context_window == 128000
    assert pointer.knowledge_cutoff == "2023-10-01"


ENDPOINTS_PAGE = """# Models overview

| Model | Weight availability | Description | Max Tokens | API Endpoints | Version |
|---|---|---|---|---|---|
| Petrel Large | :heavy_check_mark: Petrel License | Our top reasoning model. | 131k | `petrel-large-latest` | 24.11 |
| Pixel | :heavy_check_mark: Apache2 | A 12B model with image understanding. | 128k | `pixel-12b-2409` | 24.09 |
| Petrel Nemo | :heavy_check_mark: Apache2 | Our multilingual open model. | 131k | `open-petrel-nemo` | 24.07 |
"""


def test_an_api_endpoint_spelling_the_rows_name_is_that_model_not_another():
    models = models_of(ENDPOINTS_PAGE)
    assert sorted(models) == ["Petrel Large", "Petrel Nemo", "Pixel"]
    assert models["Pixel"].context_window == 128000


ZOO_PAGE = """# Model catalog

| Dataset | Model | Config Path | Eval Result (mAP) |
| --- | --- | --- | --- |
| [ScrollSet](x/s) | [swift_det_R_50_3x](x/a.yml) | zp://ScrollSet/swift_det_R_50_3x/config | |
| [ScrollSet](x/s) | [keen_det_R_50_3x](x/b.yml) | zp://ScrollSet/keen_det_R_50_3x/config | |
| [LeafLay](x/l) | [swift_det_R_50_3x](x/c.yml) | zp://LeafLay/swift_det_R_50_3x/config | |
| [LeafLay](x/l) | [keen_det_X_101_3x](x/d.yml) | zp://LeafLay/keen_det_X_101_3x/config | 91.2 [eval.csv](x/e.csv) |
"""


def test_a_catalog_with_a_config_column_lists_models_and_a_repeated_name_is_one_model_per_dataset():
    assert sorted(models_of(ZOO_PAGE)) == ["LeafLay/keen_det_X_101_3x", "LeafLay/swift_det_R_50_3x",
                                           "ScrollSet/keen_det_R_50_3x", "ScrollSet/swift_det_R_50_3x"]


DEPRECATIONS_PAGE = """# Deprecations

## 2024-06-06: Albatross-4-32K models

| Shutdown date | Deprecated model | Deprecated model price | Recommended replacement |
|---|---|---|---|
| 2025-06-06 | albatross-4-32k | $60.00 / 1M input tokens | albatross-5 |
| 2025-06-06 | albatross-4-32k-0613 | $60.00 / 1M input tokens | albatross-5 |
"""


def test_a_deprecations_table_lists_the_models_it_retires_without_dating_their_release_by_the_shutdown():
    models = models_of(DEPRECATIONS_PAGE)
    assert {name.lower() for name in models} == {"albatross-4-32k", "albatross-4-32k-0613"}
    assert all(m.release_date is None for m in models.values())


def test_a_capitalised_word_before_a_count_grouped_in_thousands_is_no_name():
    text = """# Sparrow2.5-7B-Instruct

**This repo contains the instruction-tuned 7B Sparrow2.5 model**, which has the following features:
- Number of Parameters: 7.61B
- Context Length: Full 131,072 tokens and generation 8192 tokens
"""
    models = models_of(text)
    assert list(models) == ["Sparrow2.5-7B-Instruct"]  # no model 'Full 131'
    assert models["Sparrow2.5-7B-Instruct"].context_window == 131072


def test_items_of_identifiers_each_with_its_size_in_a_parenthesis_list_models():
    text = """# Heron speech models

Heron is an open speech recognition toolkit. The following pretrained checkpoints are available:

- `heron-small` (80M parameters), English only
- `heron-base` (200M parameters), multilingual
- `heron-large` (600M parameters), multilingual
"""
    models = models_of(text)
    assert {name: m.parameters for name, m in models.items()} == {
        "heron-small": 80_000_000, "heron-base": 200_000_000, "heron-large": 600_000_000}


CLOUD_CATALOG = """# Supported foundation models

| Provider | Model name | Model ID | Input modalities | Output modalities |
|---|---|---|---|---|
| Skylark | Flint 1.5 Large | skylark.flint-1-5-large-v1:0 | Text | Text |
| Ridge | Quartz Text G1 - Express | ridge.quartz-text-express-v1 | Text | Text, Chat |
| Ridge | Quartz Image Generator G1 | ridge.quartz-image-generator-v1 | Text, Image | Image |
"""


def test_a_model_name_with_its_tier_after_a_spaced_dash_is_one_row_model():
    models = models_of(CLOUD_CATALOG)
    assert sorted(models) == ["Flint 1.5 Large", "Quartz Image Generator G1", "Quartz Text G1 - Express"]
    assert models["Quartz Text G1 - Express"].developer == "Ridge"


def test_release_notes_saying_a_name_is_generally_available_or_in_preview_list_it():
    text = """# Release notes

## March 2025

- **Plover 3 Pro** is now generally available. It supports a 1M token context window.
- **Plover 3 Lite** enters public preview with a 128K context window.
"""
    models = models_of(text)
    assert sorted(models) == ["Plover 3 Lite", "Plover 3 Pro"]
    assert models["Plover 3 Pro"].context_window == 1_000_000
    assert models["Plover 3 Lite"].context_window == 128_000


CHECKPOINTS_PAGE = """# Pipit: image generation

### AR models
Method | params | tokens | FID (256x256) | weight
--- |:---:|:---:|:---:|:---:
Pipit-B   | 111M | 16x16 | 5.46 | [c2i_B_256.pt](https://example.org/c2i_B_256.pt)
Pipit-B   | 111M | 24x24 | 6.09 | [c2i_B_384.pt](https://example.org/c2i_B_384.pt)
Pipit-L   | 343M | 24x24 | 3.07 | [c2i_L_384.pt](https://example.org/c2i_L_384.pt)
Pipit-L   | 343M | 32x32 | 2.90 | above
"""


def test_rows_repeating_a_method_each_with_a_weights_file_of_its_own_are_one_model_each():
    models = models_of(CHECKPOINTS_PAGE)
    assert {"c2i_B_256", "c2i_B_384", "c2i_L_384"} <= set(models)
    assert not any(name.startswith("above") for name in models)


def test_items_labelled_by_a_quoted_identifier_list_the_identifiers():
    text = """# Tern tagger models

The following models are available:

- 'tern-fast': 45M parameters, English, download from Hugging Face
- 'tern-large': 340M parameters, English, download from Hugging Face
"""
    models = models_of(text)
    assert {name: m.parameters for name, m in models.items()} == {"tern-fast": 45_000_000, "tern-large": 340_000_000}


def test_a_title_naming_the_model_before_a_dash_and_what_kind_of_model_it_is_names_the_model():
    text = """# Shruti - Indic Speech To Text Translation

Shruti enables speech-to-text translation for Indic languages. Download the [checkpoint](x/ckpt.pth).

## Usage

# First - you should prepare a few functions
"""
    assert list(models_of(text)) == ["Shruti"]


def test_a_context_size_given_as_an_example_setting_is_not_the_models_context_window():
    text = """# gull-tab-1

gull-tab-1 is a tabular foundation model by Gull Labs.

For a light-weight, faster model, try lowering the context size to e.g. 2048 and set the bagging factor to 1.
"""
    assert models_of(text)["gull-tab-1"].context_window is None


@pytest.mark.parametrize("header", ["| Developed by | Finch AI |\n|---|---|\n",
                                    "| Attribute | Value |\n|---|---|\n| Developed by | Finch AI |\n"])
def test_a_two_column_table_of_card_details_reads_label_and_value_whatever_its_header_row(header):
    text = f"""# Finch-8B

## Model Details

{header}| Parameters | 8B |
| Context length | 8,192 tokens |
| License | Apache 2.0 |
| Input | Text |
| Output | Text |
"""
    model = models_of(text)["Finch-8B"]
    assert model.developer == "Finch AI"  # not 'Parameters' (the header written before a cell) nor 'Value'
    assert (model.parameters, model.context_window, model.license) == (8_000_000_000, 8192, "Apache-2.0")
    assert (model.input_modalities, model.output_modalities) == (["text"], ["text"])


def test_names_each_followed_by_their_count_of_parameters_are_the_sizes_released():
    text = """# Starling Speech

Starling Speech is an automatic speech recognition model from Kite AI. It is available in two sizes: Starling Speech
Small (240M parameters) and Starling Speech Large (1.5B parameters), both released under the MIT license. The large
one fits into a single H100 GPU (1.5B parameters in bfloat16).
"""
    models = models_of(text.replace("Speech\nSmall", "Speech Small"))
    assert {name: m.parameters for name, m in models.items()} == {
        "Starling Speech Small": 240_000_000, "Starling Speech Large": 1_500_000_000}


def test_a_size_named_in_a_parenthesis_is_an_exception_not_the_subject_of_the_sentence():
    text = """# Robin 3

Robin 3 is a family of multilingual language models developed by Wren Research.

## Model Variants

- Robin-3-1B, Robin-3-1B-Instruct
- Robin-3-12B, Robin-3-12B-Instruct

All variants support long inputs (up to 128K tokens for the 12B models) and are released under the Robin License.
"""
    models = models_of(text)
    assert {m.license for m in models.values()} == {"Robin License"}
    assert models["Robin-3-1B"].license == "Robin License"


def test_a_row_across_the_columns_of_several_sizes_gives_none_of_them_the_first_columns_size():
    text = """# Osprey-2 Technical Report

We introduce Osprey-2, a family of open language models in 2B, 9B and 27B sizes.

| Parameters | 2B | 9B | 27B |
|---|---|---|---|
| d_model | 2304 | 3584 | 4608 |
| Layers | 26 | 42 | 46 |
"""
    models = models_of(text)
    assert {name: m.parameters for name, m in models.items()} == {
        "Osprey-2 2B": 2_000_000_000, "Osprey-2 9B": 9_000_000_000, "Osprey-2 27B": 27_000_000_000}


def test_lines_linking_datasets_on_a_hub_are_no_models_and_no_places_to_get_the_models():
    text = """# Ibis

Ibis is a family of Basque language models in 7B and 13B sizes by Ibis Lab.

## Download Data

Download the pretraining data from the following links:

Crawl: https://huggingface.co/datasets/ibis-lab/crawl

Books: https://huggingface.co/datasets/ibis-lab/books
"""
    models = models_of(text)
    assert not any(name.startswith(("Crawl", "Books")) for name in models)
    assert all(m.access_surfaces is None for m in models.values())


@pytest.mark.parametrize("title, name", [
    ("# gull-sentiment-multilingual-uncased", "gull-sentiment-multilingual-uncased"),
    ("# Model Card for TERN ViT-H/14 - Skyset-2B", "TERN ViT-H/14 - Skyset-2B"),
])
def test_a_hub_card_titled_by_its_repository_or_model_card_for_a_name_is_about_that_model(title, name):
    text = f"""---
license: mit
pipeline_tag: text-classification
---

{title}

This model was trained on the Skyset-2B corpus. As per the original OpenAI CLIP model card, it is a research output.
The OpenAI CLIP paper discusses downstream impacts; see also the OpenAI models.
"""
    models = models_of(text)
    assert name in models
    assert models[name].license == "MIT"
    assert models[name].developer is None  # the cited work's maker is not this model's


def test_a_docs_sites_front_matter_makes_no_hub_card_of_its_title():
    text = """---
title: gull-devops-model
slug: gull-devops-model
---

## gull-devops-model
Gull-DevOps is a language model for the DevOps field, open-sourced in both 7B and 14B specifications.
"""
    assert "gull-devops-model" not in models_of(text)


def test_items_stating_a_parameter_count_beside_results_list_models():
    text = """# Pipit zoo

- Pipit-d16: reso. 256; FID 3.55; rel. cost 0.4; #params 310M
- Pipit-d20: reso. 256; FID 2.95; rel. cost 0.5; #params 600M
"""
    models = models_of(text)
    assert {name: m.parameters for name, m in models.items()} == {"Pipit-d16": 310_000_000, "Pipit-d20": 600_000_000}
