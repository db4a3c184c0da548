"""Shapes of READMEs and model-zoo pages of non-chat model families (speech, vision, image generation, embeddings)
met in a seventh hunt over unseen public documents: each test is a small made-up page in the shape, with invented
vendor and model names.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


LINK_CAPTIONS_MD = """# Introduction

ZentaVox is a speech foundation model with speech recognition and emotion recognition.

Model Zoo:
[modelscope](https://www.modelscope.cn/models/qorva/ZentaVoxSmall), [huggingface](https://huggingface.co/Qorva/ZentaVoxSmall)

Online Demo:
[modelscope demo](https://www.modelscope.cn/studios/qorva/ZentaVox), [huggingface space](https://huggingface.co/spaces/Qorva/ZentaVox)

# Highlights

The ZentaVox-Small model is fast.
"""


def test_words_captioning_a_line_of_hub_links_name_no_model():
    models = models_of(LINK_CAPTIONS_MD)
    assert "ZentaVox" in models
    assert "Model Zoo" not in models and "Online Demo" not in models


LINKED_LABELS_MD = """# Qorva speech models

- ZentaVox-Small: [modelscope](https://www.modelscope.cn/models/qorva/ZentaVox-Small), [huggingface](https://huggingface.co/Qorva/ZentaVox-Small)
- ZentaVox-Large: [modelscope](https://www.modelscope.cn/models/qorva/ZentaVox-Large), [huggingface](https://huggingface.co/Qorva/ZentaVox-Large)
"""


def test_a_label_its_hub_links_share_a_word_with_still_names_the_model():
    models = models_of(LINKED_LABELS_MD)
    assert {"ZentaVox-Small", "ZentaVox-Large"} <= set(models)


TRAINED_ON_MD = """# Zephyr Flows

This repository contains the codebase for Zephyr Flows, for experiments on ImageNet-64, LSUN Bedroom-256, and
LSUN Cat-256.

# Pre-trained models

Here are the download links for each model checkpoint:

 * EDM on ImageNet-64: [edm_imagenet64_ema.pt](https://example.com/zf/edm_imagenet64_ema.pt)
 * CD on ImageNet-64 with l2 metric: [cd_imagenet64_l2.pt](https://example.com/zf/cd_imagenet64_l2.pt)
 * EDM on LSUN Bedroom-256: [edm_bedroom256_ema.pt](https://example.com/zf/edm_bedroom256_ema.pt)
 * CT on LSUN Cat-256: [ct_cat256.pt](https://example.com/zf/ct_cat256.pt)
"""


def test_names_a_model_was_trained_on_are_data_sets_not_the_pages_models():
    models = models_of(TRAINED_ON_MD)
    assert not any("ImageNet" in name or "LSUN" in name for name in models)


BASED_ON_MD = """# Quillon

Quillon-7B is based on Corvex-7B. Quillon-7B runs on Marlow-2 accelerators and Quillon-7B is fast.
"""


def test_a_name_after_on_does_not_hide_the_subject_named_elsewhere():
    assert "Quillon-7B" in models_of(BASED_ON_MD)


ZOO_WITH_SCORES_MD = """# Zorvak: Scaling Image Synthesis

## Model ZOO

### Visual Tokenizer

| vocabulary | stride | IN-256 rFID | IN-256 PSNR | IN-512 rFID | IN-512 PSNR | HF weights |
|:--|:--|:--|:--|:--|:--|:--|
| 16 | 16 | 1.22 | 20.9 | 0.31 | 22.6 | [zorvak_vae_d16.pth](https://hf.co/Qorva/zorvak/blob/main/zorvak_vae_d16.pth) |
| 32 | 16 | 0.61 | 22.7 | 0.23 | 24.4 | [zorvak_vae_d32.pth](https://hf.co/Qorva/zorvak/blob/main/zorvak_vae_d32.pth) |

### Zorvak

| model | Resolution | GenEval | DPG | HF weights |
|:--|:--|:--|:--|:--|
| Zorvak-2B | 1024 | 0.69 | 83.5 | [zorvak_2b_reg.pth](https://hf.co/Qorva/zorvak/blob/main/zorvak_2b_reg.pth) |
| Zorvak-8B | 1024 | 0.79 | 86.6 | [zorvak_8b_weights](https://hf.co/Qorva/zorvak/tree/main/zorvak_8b_weights) |
| Zorvak-20B | 1024 | - | - | [Coming Soon](TBD) |
| Brastel-XL | 1024 | 0.55 | 74.7 | - |
"""


def test_a_scored_row_offering_its_weights_is_one_of_the_pages_models():
    models = models_of(ZOO_WITH_SCORES_MD)
    assert {"Zorvak-2B", "Zorvak-8B"} <= set(models)
    # a row without weights to download is compared; a column header's data set ('IN-256 rFID') is no model
    assert not any(name.startswith(("Brastel", "IN-")) for name in models)


SIZED_RESULTS_MD = """## Corvanet

### Results

- Train set: Voxhall-dev, 5994 speakers

| Model | Params | EER(%) | MinDCF |
|:-----:|:------:|:------:|:------:|
| Corvanet2 | 17.8M | 0.68 | 0.065 |
| Corvanet2-lm | 17.8M | 0.61 | 0.054 |
| Brastel-TDNN | 14.7M | 0.89 | 0.081 |
"""


def test_a_scored_row_extending_the_title_with_its_size_is_one_of_the_pages_models():
    models = models_of(SIZED_RESULTS_MD)
    assert {"Corvanet2", "Corvanet2-lm"} <= set(models)
    assert models["Corvanet2-lm"].parameters == 17_800_000
    assert not any(name.startswith("Brastel") for name in models)


EXPANDED_TITLE_MD = """# ZIRP

ZIRP (Zero-shot Image Retrieval Pre-training) is a neural network trained on a variety of (image, text) pairs.
It can be instructed in natural language to predict the most relevant text snippet, given an image.
"""

EXPANDED_UNDER_OTHER_TITLE_MD = """# ZIRP in Quillon

ZIRP (Zero-shot Image Retrieval Pre-training) is a neural network trained on (image, text) pairs.

Quillon-ZIRP-7B, cased, 12-layer, 110M parameters: [download](https://example.com/quillon-zirp-7b.tar.gz)
"""


def test_a_title_name_defined_with_its_long_form_in_parentheses_is_the_pages_model():
    assert "ZIRP" in models_of(EXPANDED_TITLE_MD)
    # under a title that is more than the name, the definition is of what the page builds on
    assert "ZIRP" not in models_of(EXPANDED_UNDER_OTHER_TITLE_MD)


DATA_TABLES_MD = """# Zorvatrans2

Zorvatrans2 is the first open-source multilingual NMT model for 22 languages.

## Download Models and Other Artifacts

### Translation Models

| Model | En-X | X-En |
|-------|------|------|
| Base | [download](https://example.com/en-x.zip) | [download](https://example.com/x-en.zip) |
| Distilled | [download](https://example.com/d-en-x.zip) | [download](https://example.com/d-x-en.zip) |

### Evaluation Data

| Data | URL |
|------|-----|
| QN22 test set | [download](https://example.com/QN22_testset.zip) |
| FLORES-22 dev set | [download](https://example.com/flores-22_dev.zip) |
"""


def test_a_table_headed_data_offers_data_sets_not_models():
    models = models_of(DATA_TABLES_MD)
    assert "Zorvatrans2" in models
    assert not any("test set" in name or "dev set" in name for name in models)


CONTAINER_TABLE_MD = """# Qorva Spotter

## Performance

!!! tip "Performance"

    === "Detection"

        | Model | size (pixels) | Download |
        | ----- | ------------- | -------- |
        | Spotter3n | 640 | [spotter3n.pt](https://example.com/releases/download/v3/spotter3n.pt) |
        | Spotter3s | 640 | [spotter3s.pt](https://example.com/releases/download/v3/spotter3s.pt) |
"""


def test_a_table_inside_a_docs_sites_tab_and_admonition_is_a_table_not_code():
    models = models_of(CONTAINER_TABLE_MD)
    assert {"Spotter3n", "Spotter3s"} <= set(models)


SCORED_WEIGHTS_LINKS_MD = """# Qorva Spotter3

## Overview

Spotter3 was released by Qorva on May 4, 2027, delivering excellent accuracy.

## Performance

| Model | size<br><sup>(pixels)</sup> | mAP<sup>val<br>50-95</sup> | Speed (ms) | params<br><sup>(M)</sup> |
| ----- | ------------- | --------- | ---------- | ---------- |
| [Spotter3n](https://example.com/releases/download/v3/spotter3n.pt) | 640 | 39.5 | 56.1 ± 0.8 | 2.6 |
| [Spotter3s](https://example.com/releases/download/v3/spotter3s.pt) | 640 | 47.0 | 90.0 ± 1.2 | 9.4 |
"""


def test_a_scored_row_whose_name_links_to_its_weights_file_is_one_of_the_pages_models():
    assert {"Spotter3n", "Spotter3s"} <= set(models_of(SCORED_WEIGHTS_LINKS_MD))


DESCRIPTION_VERB_MD = """---
description: Discover Spotter3, an advancement in real-time object detection, offering excellent accuracy.
---

# Qorva Spotter3

Spotter3 was released by Qorva on May 4, 2027, delivering excellent accuracy.
"""


def test_a_descriptions_verb_to_its_reader_is_no_part_of_the_name():
    models = models_of(DESCRIPTION_VERB_MD)
    assert "Spotter3" in models
    assert not any(name.startswith("Discover") for name in models)
