"""Shapes the rules had not met: a results table whose rows link their own weights and name each model by a family
cell and a type beside it; a family's licence stated in a citations section; a link inside a value's sentence (the
excerpt is the source line); an organisation thanked for its work.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


def test_a_results_row_linking_its_weights_names_its_family_and_type():
    text = """# Grebe Transformers

## CCT: Compact Convolutional Transformers

CCT needs no class token. We recommend starting with our faster version (CCT-2/3x2).

| Model | Type | Epochs | CIFAR-10 | # Params |
|---|---|---|---|---|
| Grebe-Lite | 7/4 | 200 | [91.4%](https://example.org/files/1/grebelite7-4.pth.zip) | 3.717M |
| Grebe-Lite | 6/4 | 200 | [90.9%](https://example.org/files/2/grebelite6-4.pth.zip) | 3.191M |
| CCT | 2/3x2 | 200 | [89.2%](https://example.org/files/3/cct2-3x2.pth.zip) | 0.284M |
| CCT | 7/3x1 | 300 | [94.7%](https://example.org/files/4/cct7-3x1.pth.zip) | 3.760M |
"""
    models = models_of(text)
    assert set(models) == {"Grebe-Lite 7/4", "Grebe-Lite 6/4", "CCT 2/3x2", "CCT 7/3x1"}
    assert models["CCT 7/3x1"].parameters == 3_760_000


def test_a_results_table_without_weights_names_no_family_by_its_type():
    text = """# Grebe Transformers

Grebe-Lite is our model.

| Model | Type | Epochs | CIFAR-10 | # Params |
|---|---|---|---|---|
| ResNet | 18 | 200 | 91.4% | 11.2M |
| ResNet | 50 | 200 | 92.9% | 23.5M |
| Grebe-Lite | 7/4 | 200 | 93.1% | 3.717M |
| Grebe-Lite | 6/4 | 200 | 92.2% | 3.191M |
"""
    assert not any(name.startswith("ResNet") for name in models_of(text))


def test_a_size_beside_a_sized_name_in_a_results_table_is_no_new_name():
    text = """# Grebe Vision

| Model | Size | Patch Size | IN-1K Top-1 | PyTorch Weight |
|---|---|---|---|---|
| Grebe-ViT-Tiny | 5M | 16 | 46.9% | [Available](https://huggingface.co/grebe/grebe-vit-tiny-patch16) |
| Grebe-ViT-Tiny | 5M | 8 | 51.9% | [Available](https://huggingface.co/grebe/grebe-vit-tiny-patch8) |
"""
    assert not any(name.endswith(" 5M") for name in models_of(text))


def test_a_citations_section_giving_the_familys_licence_gives_it_to_every_member():
    text = """# Grebe11

| Model | size | params (M) |
|---|---|---|
| Grebe11n | 640 | 2.6 |
| Grebe11s | 640 | 9.4 |

## Citations

Please note that the DOI is pending. Grebe11 models are provided under [AGPL-3.0](https://example.org/LICENSE) and
[Enterprise](https://example.org/license) licenses.
"""
    models = models_of(text)
    assert {name: m.license for name, m in models.items()} == {"Grebe11n": "AGPL-3.0", "Grebe11s": "AGPL-3.0"}
    assert "Grebe11 models are provided under" in models["Grebe11s"].evidence["license"]


def test_another_projects_model_in_acknowledgements_gives_no_licence():
    text = """# Grebe11

| Model | size | params (M) |
|---|---|---|
| Grebe11n | 640 | 2.6 |
| Grebe11s | 640 | 9.4 |

## Acknowledgements

We thank the authors of Kestrel. Kestrel models are released under the MIT license.
"""
    assert {m.license for m in models_of(text).values()} == {None}


def test_an_organisation_thanked_for_its_work_is_no_developer():
    text = """# Grebe 7B

Grebe 7B is a bilingual chat model. We used Stability AI's benchmark to test our model.

We thank Stability AI for their benchmark. Thanks to the Stability AI team for their work on evaluation.

[Quillon](https://example.org/quillon)チームが公開した手法の詳細に感謝します。
"""
    model = models_of(text)["Grebe 7B"]
    assert model.developer is None


def test_a_download_column_linking_a_host_of_files_puts_the_rows_model_there():
    text = """# Grebe Vision

| Method | Acc@1 | #Params (M) | Download |
|---|---|---|---|
| Grebe-B0 | 70.5 | 3.4 | 14M [[Google]](https://drive.google.com/file/d/1qnq/view?usp=sharing) |
| Grebe-B1 | 78.7 | 13.1 | 54M [[Baidu]](https://pan.baidu.com/s/1abc) |
| [Grebe-B2](https://www.dropbox.com/s/ewrz/grebe-b2.pth?dl=1) | 80.1 | 25.4 | |
| Grebe-B3 | 81.2 | 45.2 | [paper](https://arxiv.org/abs/2106.13797) |
"""
    models = models_of(text)
    assert models["Grebe-B0"].access_surfaces == ["Google Drive"]
    assert "drive.google.com/file/d/1qnq" in models["Grebe-B0"].evidence["access_surfaces"]
    assert models["Grebe-B1"].access_surfaces == ["Baidu Netdisk"]
    assert models["Grebe-B2"].access_surfaces == ["Dropbox"]
    assert models["Grebe-B3"].access_surfaces is None


def test_the_leaderboard_section_a_hub_appends_names_the_cards_model_and_titles_nothing():
    text = """---
license: apache-2.0
pipeline_tag: text-generation
---
A pre-trained language model, scaled down to approximately 248 million parameters.
# [Open LLM Leaderboard Evaluation Results](https://huggingface.co/spaces/HuggingFaceH4/open_llm_leaderboard)
Detailed results can be found [here](https://huggingface.co/datasets/open-llm-leaderboard/details_Quillon__Grebe-248m)

| Metric | Value |
|---|---|
| Avg. | 24.18 |
"""
    models = models_of(text)
    assert list(models) == ["Grebe-248m"]
    assert models["Grebe-248m"].license == "Apache-2.0"


def test_a_results_row_of_the_titles_family_with_its_size_is_a_model_and_bold_italics_are_no_part_of_it():
    text = """# Grebe-Electra

We release several new versions of the ELECTRA model, which we name Grebe-Electra.

| | **# Params** | **Avg.** | **NSMC** (acc) |
| :--: | :--: | :--: | :--: |
|***Grebe-Electra-ko-small*** | 14M | 81.29 | **89.56** |
|***Grebe-Electra-ko-en-small*** | 18M | 81.44 | 89.28 |
| [KoELECTRA-small-v3](https://github.com/example/KoELECTRA) | 14M | **82.58** | 89.36 |
"""
    models = models_of(text)
    assert set(models) == {"Grebe-Electra-ko-small", "Grebe-Electra-ko-en-small"}
    assert models["Grebe-Electra-ko-en-small"].parameters == 18_000_000


def test_a_venue_of_capitals_and_a_year_is_no_model():
    text = """# Grebe

This repo is the official implementation of "Bilateral Reference for Segmentation" (___QAAI AIR 2024___).
Grebe is our segmentation model.
"""
    assert "QAAI AIR 2024" not in models_of(text)


def test_results_rows_extending_the_titles_name_are_its_family_and_linked_scores_offer_checkpoints():
    text = """# GrebeNet: A Real-time Segmentation Network

GrebeNet-S presents 78.6% mIOU on Cityscapes.

| Model (Cityscapes) | Val (% mIOU) | Test (% mIOU) | FPS |
|:-:|:-:|:-:|:-:|
| GrebeNet-S | [78.8](https://drive.google.com/file/d/1Jak/view) | 78.6 | 93.2 |
| GrebeNet-M | [79.9](https://drive.google.com/file/d/1Vcf/view) | 79.8 | 42.2 |
| GrebeNet-L | 80.9 | 80.6 | 31.1 |
| BiSeNetV2 | 75.8 | 75.3 | 47.3 |
"""
    models = models_of(text)
    assert set(models) == {"GrebeNet-S", "GrebeNet-M", "GrebeNet-L"}


def test_others_adapters_listed_under_resources_are_not_the_documents_and_a_data_sets_licence_is_not_its():
    text = """# Grebe-LoRA

We provide an Instruct model, [grebe/grebe-lora-7b](https://huggingface.co/grebe/grebe-lora-7b).

- We include the Quillon dataset, which was made available under the ODC Attribution License.

### Resources

- Various adapter weights (download at own risk):
  - 13B:
    - <https://huggingface.co/someone/alpaca-lora-13b>
    - <https://huggingface.co/other/gpt4-alpaca-lora-13b>
"""
    models = models_of(text)
    assert list(models) == ["grebe/grebe-lora-7b"]
    assert models["grebe/grebe-lora-7b"].license is None


def test_the_maker_of_the_base_a_sentence_before_names_is_no_developer():
    text = """# Grebe

Grebe 7B is a large open Dutch language model.

### Base Model
Grebe 7B is based on [Quill 7B](https://example.org/quill).
It's a large open language model with 7 billion parameters,
trained by [Quillon AI](https://example.org).
"""
    assert models_of(text)["Grebe 7B"].developer is None


def test_a_lora_cards_snippet_loading_its_base_model_names_the_base_not_the_card():
    text = """---
license: creativeml-openrail-m
base_model: quillon/grebe-xl-base-1.0
---
# Grebe Pixel XL

Downscale 8 times to get pixel perfect images.

1.2 Lora strength for the Grebe Pixel XL works better

```python
model_id = "quillon/grebe-xl-base-1.0"
pipe = DiffusionPipeline.from_pretrained(model_id, variant="fp16")
```
"""
    assert list(models_of(text)) == ["Grebe Pixel XL"]


def test_a_kramdown_table_without_a_separator_line_is_a_table():
    text = """# Grebe LLM

<h6>Grebe LLM is our family of language models.</h6>

|Release date|Model|
|**2023.08.10**|{::nomarkdown}<p><b>Grebe LLM KO-1.3B-FM</b></p><ul><li>A small, economical model.</li></ul>{:/}|
|**2023.08.10**|{::nomarkdown}<p><b>Grebe LLM KO-6.4B-FM</b></p><ul><li>A strong model.</li></ul>{:/}|
|**2023.08.10**|{::nomarkdown}<p><b>Grebe LLM KO-13B-FM</b></p><ul><li>Our strongest model.</li></ul>{:/}|
{:.llm_table}
"""
    doc = read_markdown(text)
    rows = [b.cells for b in doc.blocks if b.kind == "row"]
    assert rows[0][0] == "2023.08.10" and rows[0][1].startswith("Grebe LLM KO-1.3B-FM")
    models = models_of(text)
    assert set(models) == {"Grebe LLM KO-1.3B-FM", "Grebe LLM KO-6.4B-FM", "Grebe LLM KO-13B-FM"}
    assert models["Grebe LLM KO-13B-FM"].release_date == "2023-08-10"


def test_links_to_weights_files_named_by_their_stem_offered_for_download_are_models():
    text = """# Models and Accuracies

This page overviews different Grebe neural network models.

The models can be downloaded from our storage servers:

+ [gb4.v1](http://grebe-models.example.org/gb4.v1.t7)
+ [gb4.small1.v1](http://grebe-models.example.org/gb4.small1.v1.t7)
+ [the paper](http://example.org/paper.pdf)
"""
    assert set(models_of(text)) == {"gb4.v1", "gb4.small1.v1"}


def test_a_sentence_listing_the_available_models_as_code_spans_lists_models():
    text = """# Grebe OCR

Grebe is our scene text recognition model.

Available models are: `abinet`, `crnn`, `grebe_tiny`, and `grebe`.
"""
    assert {"grebe_tiny", "abinet", "crnn"} <= set(models_of(text))
    unrelated = text.replace("Available models are", "Our dependencies are")
    assert "grebe_tiny" not in models_of(unrelated)


def test_a_snippet_variable_holding_model_in_its_name_loads_the_cards_model_not_a_commented_alternative():
    text = """---
license: mit
---
This is a strong pre-trained NLI model.

```
hg_model_hub_name = "quillon/grebe-large-nli"
# hg_model_hub_name = "quillon/grebe-base-nli"
# hg_model_hub_name = "quillon/grebe-xlarge-nli"
tokenizer = AutoTokenizer.from_pretrained(hg_model_hub_name)
```
"""
    models = models_of(text)
    assert list(models) == ["grebe-large-nli"]
    assert models["grebe-large-nli"].license == "MIT"


def test_the_maker_of_a_fine_tunes_base_is_not_the_cards_developer():
    text = """---
license: mit
base_model: quillon/grebe-vit-large-patch14
---
## A fine-tune of Grebe-L. Original model: [quillon/grebe-vit-large-patch14](https://huggingface.co/quillon/grebe-vit-large-patch14)

```
model_id = "plover/Grebe-GmP-ViT-L-14"
```

- Pre-trained Grebe model by Quillon, License: MIT License
"""
    models = models_of(text)
    assert models and all(m.developer is None for m in models.values())
    own = text.replace("plover/Grebe-GmP-ViT-L-14", "quillon/Grebe-GmP-ViT-L-14")
    assert {m.developer for m in models_of(own).values()} == {"Quillon"}  # the card of the base's own maker


def test_a_shape_in_the_titles_parenthesis_yields_to_the_repository_the_card_loads():
    text = """---
license: apache-2.0
---

# Grebe Transformer medium model (B6-3x2-3x2 without decoder)

Pretrained model on English language using a similar objective as ELECTRA.

```python
tokenizer = GrebeTokenizer.from_pretrained("grebe-transformer/medium-base")
model = GrebeBaseModel.from_pretrained("grebe-transformer/medium-base")
```
"""
    models = models_of(text)
    assert list(models) == ["medium-base"]
    assert models["medium-base"].license == "Apache-2.0"


def test_a_model_column_repeating_a_family_beside_a_name_column_names_each_row():
    text = """# GrebeDet

### COCO Instance Segmentation Baselines with GrebeMask

Model | Name |inf. time | box AP | download
--- |:---:|:---:|:---:|:---:
Mask R-CNN | [R_101_3x](https://example.org/mask_rcnn.yaml) | 10 FPS | 42.9 |
GrebeMask | [R_101_3x](configs/GrebeMask/R_101_3x.yaml) | 11 FPS | 44.8 | [model](https://example.org/s/e4fX/download)
GrebeMask | [R_101_dcni3_5x](configs/GrebeMask/R_101_dcni3_5x.yaml) | 10 FPS | 46.8 | [model](https://example.org/s/vbnK/download)
"""
    assert set(models_of(text)) == {"GrebeMask R_101_3x", "GrebeMask R_101_dcni3_5x"}


def test_a_family_released_in_listed_sizes_is_those_models_and_the_introduced_model_keeps_its_facts():
    text = """We introduce **K-Grebe**, a large-scale multilingual language model developed by Quillon Research.
K-Grebe features **236 billion total** parameters.

### Key Features

- **Long-Context Capabilities:** Natively supports a **256K context window**.

## News
- 2025.03.18: We released the Grebe Deep, reasoning enhanced language models, including 2.4B, 7.8B, and 32B.
- 2024.12.09: We released the Grebe 3.5 language model series including 2.4B, 7.8B, and 32B instruction-tuned models.
"""
    models = models_of(text)
    assert {"K-Grebe", "Grebe Deep 2.4B", "Grebe Deep 32B", "Grebe 3.5 7.8B"} <= set(models)
    assert models["Grebe Deep 7.8B"].release_date == "2025-03-18"
    assert models["Grebe 3.5 32B"].parameters == 32_000_000_000
    assert models["K-Grebe"].context_window == 256_000
    assert models["Grebe 3.5 32B"].context_window is None


def test_a_table_of_contents_heading_is_no_title_and_the_next_heading_names_the_family():
    text = """# Contents

- [Grebe-MLP Description](#grebe-mlp-description)
- [Result](#result)

## [Grebe-MLP Description](#contents)

We incorporate the mechanism of LIF neurons into the MLP models.

## [Result](#contents)

| Model | Params (M) | FLOPs (B) | Top-1 |
| --- | --- | --- | --- |
| Grebe-MLP-T | 28.3 | 4.4 | 81.9 |
| Grebe-MLP-S | 49.7 | 8.5 | 83.3 |
| Swin-T | 28.3 | 4.5 | 81.3 |
"""
    models = models_of(text)
    assert set(models) == {"Grebe-MLP-T", "Grebe-MLP-S"}
    assert models["Grebe-MLP-S"].parameters == 49_700_000


def test_a_lone_star_after_a_name_is_no_emphasis():
    doc = read_markdown("| name | acc@1 |\n| --- | --- |\n| Grebe-B | 83.2 |\n| Grebe-B* | 83.7 |\n\nA *tiny* one.\n")
    assert [b.cells[0] for b in doc.blocks if b.kind == "row"] == ["Grebe-B", "Grebe-B*"]
    assert "A tiny one." in doc.text


def test_results_columns_carrying_the_cards_series_tag_are_its_siblings():
    text = """---
license: mit
---
# Model description: grebe-large-zeroshot-v2.0

## zeroshot-v2.0 series of models

- **context window**: The `bge-m3` models can process up to 8192 tokens. The others process 512.

| | fb/bart-mnli | roberta-base-zeroshot-v2.0-c | grebe-large-zeroshot-v2.0 (fewshot) | bge-m3-zeroshot-v2.0 |
|---|---|---|---|---|
| all datasets mean | 0.497 | 0.587 | 0.673 (0.846) | 0.59 |
| imdb (2) | 0.892 | 0.871 | 0.918 (0.958) | 0.873 |

The foundation model was published under the MIT license.
"""
    models = models_of(text)
    assert set(models) == {"grebe-large-zeroshot-v2.0", "roberta-base-zeroshot-v2.0-c", "bge-m3-zeroshot-v2.0"}
    assert models["bge-m3-zeroshot-v2.0"].context_window == 8192
    assert models["roberta-base-zeroshot-v2.0-c"].context_window is None
    assert models["roberta-base-zeroshot-v2.0-c"].license is None


def test_a_family_released_for_listed_sizes_in_the_present_tense_is_those_models():
    text = """# Grebe-LoRA

We present Grebe-LoRA, an efficient finetuning approach.

In addition, we release the Plover model family for base LLaMA model sizes of 7B, 13B, 33B, and 65B.
"""
    assert {"Plover 7B", "Plover 13B", "Plover 33B", "Plover 65B"} <= set(models_of(text))


def test_reading_text_from_images_takes_images_in_and_gives_text_out():
    text = "# Grebe OCR\n\nGrebe-2 is our scene text recognition model.\n\nUse Grebe-2 to read text from images.\n"
    model = models_of(text)["Grebe-2"]
    assert (model.input_modalities, model.output_modalities) == (["image"], ["text"])
    speech = "# Grebe ASR\n\nGrebe-2 is our model. Grebe-2 can transcribe speech in audio files.\n"
    assert models_of(speech)["Grebe-2"].output_modalities != ["audio"]


def test_two_people_who_developed_the_model_are_no_developer_but_two_organisations_are():
    people = "# Grebe-3B\n\nGrebe-3B is our model. It is mainly developed by Zhenwei Shao and Xuecheng Ouyang.\n"
    assert models_of(people)["Grebe-3B"].developer is None
    orgs = "# Grebe-3B\n\nGrebe-3B is a model jointly released by Ant Group and Peking University.\n"
    assert models_of(orgs)["Grebe-3B"].developer == "Ant Group"
