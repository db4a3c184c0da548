"""Shapes of vendor pages first seen in corpus set zb: hub licence ids beyond the common ones, a label word ending a
line of prose.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


def test_a_hub_licence_id_of_the_less_common_spdx_licences_is_the_cards_licence():
    for hub_id, spdx in (("afl-3.0", "AFL-3.0"), ("artistic-2.0", "Artistic-2.0"), ("bsl-1.0", "BSL-1.0"),
                         ("epl-2.0", "EPL-2.0"), ("unlicense", "Unlicense")):
        text = f"""---
license: {hub_id}
---
# grebe-ner-base

**grebe-ner-base** is a named entity recognition model for nine languages.
"""
        model = models_of(text)["grebe-ner-base"]
        assert model.license == spdx, hub_id
        assert model.evidence["license"] == f"license: {hub_id}"


def test_a_label_word_ending_a_line_of_prose_names_no_developer_on_the_next_line():
    text = """---
license: mit
---
# grebe-ner-base

**grebe-ner-base** is a named entity recognition model.

Tag|Meaning
-|-
B-ORG |Beginning of an organisation right after another organisation
I-ORG |Organisation
"""
    assert models_of(text)["grebe-ner-base"].developer is None


def test_a_label_over_its_value_on_the_next_line_still_names_the_developer():
    text = """---
license: mit
---
# grebe-ner-base

**grebe-ner-base** is a named entity recognition model.

**Developer**
Grebe Labs
"""
    assert models_of(text)["grebe-ner-base"].developer == "Grebe Labs"


def test_a_size_whose_unit_the_label_gives_in_parentheses_is_the_models_size():
    text = """---
license: apache-2.0
---
# Model card for grebe_vit_small.in1k

An image classification model trained on a made-up dataset.

## Model Details
- **Model Type:** Image classification / feature backbone
- **Model Stats:**
  - Params (M): 22.1
  - GMACs: 4.6
  - Activations (M): 11.9
"""
    model = models_of(text)["grebe_vit_small.in1k"]
    assert model.parameters == 22_100_000
    assert "Params (M): 22.1" in model.evidence["parameters"]


def test_a_unit_labelled_column_of_a_results_table_gives_no_other_rows_size_to_the_model():
    text = """# Grebe-Det 2

Grebe-Det 2 is an object detection model that converges ten times faster than its baseline.

## Main results

| Method | Epochs | AP | params (M) |
| --- | --- | --- | --- |
| DETR | 500 | 42.0 | 41 |
| Grebe-Det 2 single scale | 50 | 39.4 | 34 |
| Grebe-Det 2 | 50 | 44.5 | 40 |
"""
    # (the column is a results table's, read or not as a column; the single-scale row's 34M is never this model's)
    assert models_of(text)["Grebe-Det 2"].parameters in (None, 40_000_000)


def test_a_cards_image_classification_tag_states_its_input_and_leaves_the_output_unsaid():
    text = """---
tags:
- image-classification
- timm
license: apache-2.0
---
# Model card for grebe_vit_small.in1k

A Vision Transformer trained on a made-up dataset.
"""
    model = models_of(text)["grebe_vit_small.in1k"]
    assert model.input_modalities == ["image"]
    assert model.evidence["input_modalities"] == "- image-classification"
    assert model.output_modalities is None


def test_an_object_detection_tag_states_no_input():
    text = """---
tags:
- object-detection
license: apache-2.0
---
# Model card for grebe_det_small

A detector trained on a made-up dataset.
"""
    assert models_of(text)["grebe_det_small"].input_modalities is None


FINE_TUNE_CARD = """---
language: eu
license: apache-2.0
tags:
- automatic-speech-recognition
---

# Fine-tuned Grebe-Speech-2 large model for speech recognition in Basque

Fine-tuned [quillon/grebe-speech-2-large](https://huggingface.co/quillon/grebe-speech-2-large) on Basque using the
train split of a made-up corpus.

## Usage

```python
LANG_ID = "eu"
MODEL_ID = "heron/grebe-speech-2-large-basque"

processor = Processor.from_pretrained(MODEL_ID)
model = ModelForCTC.from_pretrained(MODEL_ID)
```
"""


def test_a_card_titled_as_a_fine_tune_of_a_base_is_the_repository_its_snippets_load():
    models = models_of(FINE_TUNE_CARD)
    assert sorted(models) == ["grebe-speech-2-large-basque"]
    assert models["grebe-speech-2-large-basque"].license == "Apache-2.0"


def test_fine_tuned_is_no_word_of_a_models_name():
    text = """# Grebe-Speech-2

Fine-tuned Grebe-Speech-2 checkpoints are published for four languages.
"""
    assert "Fine-tuned Grebe-Speech-2" not in models_of(text)


def test_a_card_title_spelling_out_a_loaded_repository_in_words_names_that_model_not_a_sibling_loaded_more():
    text = """---
language: en
license: mit
---

# GrebeTower large-itm-mlm-itc model

The GrebeTower model pairs an image encoder with a text encoder through bridge layers.

```python
model = GrebeTowerForContrastiveLearning.from_pretrained("GrebeTower/grebetower-large-itm-mlm-itc")
```

```python
processor = GrebeTowerProcessor.from_pretrained("GrebeTower/grebetower-large-itm-mlm-gaudi")
model = GrebeTowerForMaskedLM.from_pretrained("GrebeTower/grebetower-large-itm-mlm-gaudi")
```
"""
    models = models_of(text)
    assert "GrebeTower large-itm-mlm-itc" in models
    assert models["GrebeTower large-itm-mlm-itc"].license == "MIT"


def test_a_hub_card_naming_no_model_but_by_its_title_is_about_the_model_its_title_names():
    text = """---
language:
- eu
tags:
- sentiment
license: mit
---

# Basque Sentiment Classification with Grebe

This model was trained for sentiment classification of Basque texts. We provide a Python package that bundles the
preprocessing.

```python
from basquesentiment import SentimentModel
model = SentimentModel()
```
"""
    models = models_of(text)
    assert sorted(models) == ["Basque Sentiment Classification with Grebe"]
    assert models["Basque Sentiment Classification with Grebe"].license == "MIT"


def test_a_docs_pages_front_matter_makes_no_card_of_its_title():
    text = """---
title: Sentiment classification
slug: /guides/sentiment
---

# Sentiment classification

This guide shows how to classify the sentiment of Basque texts.
"""
    assert models_of(text) == {}


def test_a_hub_card_titled_only_as_a_model_card_names_no_model():
    text = """---
license: mit
---

# Model Card

This card is a placeholder.
"""
    assert models_of(text) == {}


def test_a_shorter_reading_written_only_inside_the_longer_name_is_no_model_of_its_own():
    text = """---
language: eu
license: cc-by-sa-4.0
---

# Model Card for Basque Grebe V2 base

## Model description

This is a Basque Grebe V2 base model pre-trained on a made-up corpus.
"""
    assert sorted(models_of(text)) == ["Basque Grebe V2 base"]


def test_a_shorter_name_standing_alone_somewhere_stays_a_model():
    text = """# Grebe V2 and Grebe V2 base

Grebe V2 is our large model; Grebe V2 base is its small sibling.

| Model | Parameters |
| --- | --- |
| Grebe V2 | 7B |
| Grebe V2 base | 1B |
"""
    assert sorted(models_of(text)) == ["Grebe V2", "Grebe V2 base"]


def zoo_row(name: str, repo: str, scores: str) -> str:
    hf = f"[🤗Heron/{repo}](https://huggingface.co/Heron/{repo})"
    ms = f'[<img src="https://example.com/ms.png" width="20px">HeronLab/{repo}](https://modelscope.cn/models/HeronLab/{repo})'
    return f"| {name} | {hf} | {ms} | {scores} |"


def test_a_zoo_tables_hub_columns_beside_its_results_say_where_each_row_model_is():
    text = "\n".join([
        "# Grebe-VL", "", "## Model Zoo", "",
        "| Model | Transformers(HF) | ModelScope(HF) | Avg | VQAv2 | GQA | VizWiz | POPE | MME |",
        "|----------|-----------|---|---|---|---|---|---|---|",
        zoo_row("Grebe-VL-1.8B×4-Top2", "Grebe-VL-Qwen-1.8B-4e", "56.7 | 76.2 | 61.5 | 32.6 | 87.0 | 1291.6"),
        zoo_row("Grebe-VL-2.7B×4-Top2", "Grebe-VL-Phi2-2.7B-4e", "61.1 | 77.6 | 61.4 | 43.9 | 86.3 | 1423.0"),
        "| LLaVA-1.5 | [🤗liuhaotian/llava-v1.5-7b](https://huggingface.co/liuhaotian/llava-v1.5-7b) | - | 62.0 |"
        " 78.5 | 62.0 | 50.0 | 85.9 | 1510.7 |",
        ""])
    models = extract_document(read_markdown(text)).models
    assert len(models) == 2
    for model in models:
        assert sorted(model.access_surfaces) == ["Hugging Face", "ModelScope"], model.name


def test_a_sparsely_activated_count_after_a_parameters_cue_is_no_size():
    text = """# Grebe-MoE 2

Grebe-MoE 2 is a mixture-of-experts vision-language model.

### High performance, but with fewer parameters
- with just **3B sparsely activated parameters**, Grebe-MoE 2 matches dense models twice its size.
"""
    assert models_of(text)["Grebe-MoE 2"].parameters is None


def test_a_multiplication_sign_between_experts_and_size_is_part_of_the_name():
    text = """# Grebe 8×7B

Grebe 8×7B is a sparse mixture-of-experts model with 47B parameters in total.
"""
    models = models_of(text)
    assert sorted(models) == ["Grebe 8×7B"]
    assert models["Grebe 8×7B"].parameters == 47_000_000_000


ZOO_README = "\n".join([
    "# Grebe-VL: Mixture of Experts for Vision-Language Models", "",
    "## News",
    "* **[2024.01.30]** We release a stronger [Grebe-VL-Phi2](https://huggingface.co/Heron/Grebe-VL-Phi2-2.7B-4e).",
    "", "## Model Zoo", "",
    "| Model | Transformers(HF) | ModelScope(HF) | Avg | VQAv2 | GQA | VizWiz | POPE | MME |",
    "|----------|-----------|---|---|---|---|---|---|---|",
    zoo_row("Grebe-VL-1.8B×4-Top2", "Grebe-VL-Qwen-1.8B-4e", "56.7 | 76.2 | 61.5 | 32.6 | 87.0 | 1291.6"),
    zoo_row("Grebe-VL-2.7B×4-Top2", "Grebe-VL-Phi2-2.7B-4e", "61.1 | 77.6 | 61.4 | 43.9 | 86.3 | 1423.0"),
    "",
    "<details>", "<summary>Pretrain Model</summary>", "",
    "| Model  | Checkpoint |", "|----------|-----------|",
    "| Grebe-VL-1.8B×4-Top2 | [Heron/Grebe-VL-Qwen-Pretrain](https://huggingface.co/Heron/Grebe-VL-Qwen-Pretrain) |",
    "| Grebe-VL-2.7B×4-Top2 | [Heron/Grebe-VL-Phi2-Pretrain](https://huggingface.co/Heron/Grebe-VL-Phi2-Pretrain) |",
    "", "</details>", ""])


def test_a_zoo_rows_repositories_are_its_models_under_the_rows_names():
    models = models_of(ZOO_README)
    assert sorted(models) == ["Grebe-VL-1.8B×4-Top2", "Grebe-VL-2.7B×4-Top2"]
    assert models["Grebe-VL-2.7B×4-Top2"].release_date == "2024-01-30"
    assert models["Grebe-VL-1.8B×4-Top2"].release_date is None
    assert sorted(models["Grebe-VL-1.8B×4-Top2"].access_surfaces) == ["Hugging Face", "ModelScope"]


def test_a_rows_linked_base_and_chat_repositories_are_its_sibling_variants_not_aliases_of_the_row():
    # A download table names a size per row and links the base and chat checkpoints in other columns: each is a
    # model (the '-base / -instruct sibling variants'), not the row's one model under another name.
    hf = "https://huggingface.co/heron"
    text = "\n".join([
        "# Grebe LM", "", "Grebe LM is a family of open language models.", "",
        "| Model | Base | Chat |", "| --- | --- | --- |",
        f"| Grebe-7B | [🤗 HF]({hf}/Grebe-7B-Base) | [🤗 HF]({hf}/Grebe-7B-Chat) |",
        f"| Grebe-13B | [Base]({hf}/Grebe-13B-Base) / [ModelScope](https://modelscope.cn/models/heron/Grebe-13B-Base) |"
        f" [Chat]({hf}/Grebe-13B-Chat) |", ""])
    names = set(models_of(text))
    assert {"Grebe-7B-Base", "Grebe-7B-Chat", "Grebe-13B-Base", "Grebe-13B-Chat"} <= names
    # ... while one repository per row, on however many hubs, is still the row's model (the test above)
    assert set(models_of(ZOO_README)) == {"Grebe-VL-1.8B×4-Top2", "Grebe-VL-2.7B×4-Top2"}


def test_a_readmes_project_licence_is_its_codes_not_the_models():
    text = """# Grebe-VL 2

Grebe-VL 2 is a vision-language model in two sizes.

## License
The majority of this project is released under the Apache 2.0 license as found in the LICENSE file.
"""
    assert models_of(text)["Grebe-VL 2"].license is None


def test_on_a_hub_card_the_project_is_the_model_and_its_licence_stands():
    text = """---
license: apache-2.0
---
# Grebe-VL-9B

Grebe-VL-9B is a vision-language model.

## License
This project is licensed under the Apache License, Version 2.0 (SPDX-License-Identifier: Apache-2.0).
"""
    assert models_of(text)["Grebe-VL-9B"].license == "Apache-2.0"


CARD_DETAILS = """---
license: mit
pipeline_tag: text-generation
---
# Model Card for Grebe 7B v1

This model is a chat model fine-tuned with DPO.

## Model Details

- **Developed by:** Heron (based on HuggingFace H4 and Quillon previous efforts)
- **Model type:** GPT-like 7B model DPO fine-tuned
- **License:** MIT
- **Finetuned from model:** [`quillon/zorvak-7b-sft`](https://huggingface.co/quillon/zorvak-7b-sft)

### Model Sources

- **Repository:** https://github.com/heron/grebe
- **Demo:** https://heron-grebe-chat-ui.hf.space/
"""


def test_a_cards_demo_on_a_space_is_where_the_model_is_tried_not_its_makers_or_bases_hub():
    model = models_of(CARD_DETAILS)["Grebe 7B v1"]
    assert model.access_surfaces == ["Hugging Face Spaces"]
    assert model.evidence["access_surfaces"] == "https://heron-grebe-chat-ui.hf.space/"


def test_a_made_from_item_linking_a_hub_puts_no_model_there():
    text = CARD_DETAILS.replace("- **Demo:** https://heron-grebe-chat-ui.hf.space/\n", "")
    assert models_of(text)["Grebe 7B v1"].access_surfaces is None


def test_a_data_sets_card_titled_by_a_description_names_no_model():
    text = """---
license: mit
task_categories:
- text-classification
language:
- eu
size_categories:
- 10K<n<100K
---

# Basque Sentiment Reviews

Reviews of Basque restaurants, each labelled positive or negative.
"""
    assert models_of(text) == {}
