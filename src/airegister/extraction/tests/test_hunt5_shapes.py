"""Shapes of Hugging Face model cards and model-family READMEs met in a fifth hunt over unseen public documents
(card titles, news lines, licence lists, size statements): each test is a small made-up page in the shape, with
invented vendor and model names.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


YARDSTICK_CARD_MD = """---
pipeline_tag: image-text-to-text
library_name: transformers
---

<h1>A Corvex-5V Level Multimodal LLM on Your Laptop</h1>

## News

* [2027.03.02] We open-source [Pelorus-V 3.1](https://huggingface.co/pelorus/Pelorus-V-3_1). Try it now!

## Model Summary

**Pelorus-V 3.1** is the latest model in the Pelorus-V series. It surpasses proprietary models such as
Corvex-5V-0409 and Corvex-5V-1106 on OCR benchmarks.

```python
model = AutoModel.from_pretrained('pelorus/Pelorus-V-3_1', trust_remote_code=True)
```
"""


def test_name_written_as_a_level_in_the_title_is_a_yardstick_not_the_cards_model():
    models = models_of(YARDSTICK_CARD_MD)
    assert not any(name.startswith("Corvex") for name in models)
    assert models["Pelorus-V 3.1"].input_modalities == ["image", "text"]


def test_front_matter_goes_to_the_model_its_snippet_loads_under_the_repositorys_spelling():
    text = YARDSTICK_CARD_MD.replace(
        "* [2027.03.02] We open-source [Pelorus-V 3.1](https://huggingface.co/pelorus/Pelorus-V-3_1). Try it now!",
        "* [2027.05.02] We open-source [Pelorus-V 3.2](https://huggingface.co/pelorus/Pelorus-V-3_2), which "
        "outperforms Corvex-5V. Pelorus-V 3.2 reads video too.\n"
        "* [2027.03.02] We open-source [Pelorus-V 3.1](https://huggingface.co/pelorus/Pelorus-V-3_1). Try it now!")
    models = models_of(text)
    assert models["Pelorus-V 3.1"].input_modalities == ["image", "text"]
    # announced, not the card's repository: not the card's inputs, only what its own sentence says it reads
    assert models["Pelorus-V 3.2"].input_modalities == ["video"]


NEWS_OF_OTHER_THINGS_MD = """# Pelorus-V 3.1

## News

* [2027.08.10] Pelorus-V 3.1 is now supported by llama.cpp! GGUF models of various sizes are available [here](https://huggingface.co/pelorus/Pelorus-V-3_1-gguf).
* [2027.08.03] Pelorus-V 3.1 technical report is released! See [here](https://example.com/report.pdf).
* [2027.05.24] We release the [Pelorus-V 3.1 gguf](https://huggingface.co/pelorus/Pelorus-V-3_1-gguf) for phones.
* [2027.05.23] We've released a comprehensive comparison between Quill-3-vision and Pelorus-V 3.1.

## Model Summary

Pelorus-V 3.1 is a multimodal model with 8B parameters.
"""


def test_news_lines_releasing_a_report_a_comparison_or_another_format_do_not_date_the_model():
    models = models_of(NEWS_OF_OTHER_THINGS_MD)
    assert models["Pelorus-V 3.1"].release_date is None
    released = NEWS_OF_OTHER_THINGS_MD.replace("## Model Summary", "* [2027.05.20] We open-source Pelorus-V 3.1.\n\n"
                                               "## Model Summary")
    assert models_of(released)["Pelorus-V 3.1"].release_date == "2027-05-20"


def test_news_line_uploading_a_format_repository_of_the_pages_own_still_dates_it():
    text = """# Pelorus-7B

| Model | Context |
| --- | --- |
| Pelorus-7B-Chat | 32K |
| Pelorus-7B-Chat-AWQ | 32K |

## News
- 2027.03.25 We update the checkpoints of Pelorus-7B-Chat. We upload Pelorus-7B-Chat-AWQ models.
"""
    models = models_of(text)
    assert models["Pelorus-7B-Chat-AWQ"].release_date == "2027-03-25"


LICENSE_LIST_MD = """---
license: cc-by-nc-4.0
base_model:
  - tessel/Tessel-12.4B-v1.0
---

# Meet Tessel: scaling up by depth

We introduce Tessel-12.4B, a large language model with 12.4 billion parameters.

# Evaluation Results

| Model | H6 | Model Size |
|---|---|---|
| **Tessel-12.4B-Instruct-v1.0** | 74.20 | ~ 12B |
| **Tessel-12.4B-v1.0** | 66.04 | ~12B |

```python
model = AutoModelForCausalLM.from_pretrained("tessel/Tessel-12.4B-Instruct-v1.0")
```

### License
- [tessel/Tessel-12.4B-v1.0](https://huggingface.co/tessel/Tessel-12.4B-v1.0): apache-2.0
- [tessel/Tessel-12.4B-Instruct-v1.0](https://huggingface.co/tessel/Tessel-12.4B-Instruct-v1.0): cc-by-nc-4.0
  - Since some non-commercial datasets are used for fine-tuning, we release this model as cc-by-nc-4.0.
"""


def test_licence_list_gives_each_listed_model_its_own_licence():
    models = models_of(LICENSE_LIST_MD)
    assert models["Tessel-12.4B-Instruct-v1.0"].license == "CC-BY-NC-4.0"
    assert models["Tessel-12.4B-v1.0"].license == "Apache-2.0"


def test_approximate_size_gives_way_to_the_exact_figure_it_rounds():
    models = models_of(LICENSE_LIST_MD)
    assert models["Tessel-12.4B-Instruct-v1.0"].parameters == 12_400_000_000
    assert models["Tessel-12.4B-v1.0"].parameters == 12_400_000_000
    assert "12.4 billion parameters" in models["Tessel-12.4B-v1.0"].evidence["parameters"]


SERIES_README_MD = """<p align="center">
  <a href="https://huggingface.co/lumen-ai">🤗 HuggingFace</a> •
  <a href="https://www.modelscope.cn/organization/lumenai/">🤖 ModelScope</a>
</p>

## Intro

Quasar-2.5 is an upgraded version of Quasar. Quasar-2.5 comes in 3 model sizes: 30B, 12B, and 4B.

## News

- 2027-05-13: The Quasar-2.5 series models are open-sourced, further improving coding and math.

## Requirements

- Download the Quasar-2.5 model from [Hugging Face](https://huggingface.co/lumen-ai) or
  [ModelScope](https://www.modelscope.cn/organization/lumenai/).

## License

The code and weights of the Quasar-2.5 series models are distributed under the Apache 2.0 license.
"""


def test_series_release_line_opening_with_the_dates_each_size():
    models = models_of(SERIES_README_MD)
    assert {m.name for m in models.values()} == {"Quasar-2.5 30B", "Quasar-2.5 12B", "Quasar-2.5 4B"}
    assert all(m.release_date == "2027-05-13" for m in models.values())


def test_hub_the_model_is_downloaded_from_is_not_its_developer():
    models = models_of(SERIES_README_MD)
    assert all(m.developer is None for m in models.values())


BASE_CARD_MD = """---
license: llama2
---

# Marlin Model Card

## Model Details

Marlin is a chat assistant trained by fine-tuning Kelpie 2 on user-shared conversations.

- **Developed by:** [Reefwork](https://reefwork.example)
- **License:** Kelpie 2 Community License Agreement
- **Finetuned from model:** [Kelpie 2](https://arxiv.org/abs/2307.00000)

## Training Details

Marlin v2.5 is fine-tuned from Kelpie 2 with supervised instruction fine-tuning.
"""


def test_model_a_card_was_fine_tuned_from_is_not_the_cards_model():
    models = models_of(BASE_CARD_MD)
    assert list(models) == ["Marlin v2.5"]
    assert models["Marlin v2.5"].developer == "Reefwork"


ABBREVIATED_CARD_MD = """---
license: apache-2.0
---

## WavyReed-Kestrel-7B (WR-K 7B)

### About

We are excited to introduce the **WavyReed** models.

**WavyReed-Kestrel-7B (WR-K 7B)** is our **chat model** for this release.

- Play with the model on our [playground](https://api.example.com/playground/WavyReed-Kestrel-7B)!

### Prompt Format

WavyReed-Kestrel 7B uses this prompt format.
"""


def test_abbreviation_spelling_the_capitals_of_a_name_is_that_model():
    models = models_of(ABBREVIATED_CARD_MD)
    assert list(models) == ["WavyReed-Kestrel-7B"]


GROUP_TITLE_MD = """<div align="center">
<h1>🚀 Tamber-Series: Unified Multimodal Understanding and Generation Models</h1>
</div>

## Model Download

| Model | Sequence Length | Download |
|---|---|---|
| Tamber-1.3B | 4096 | [🤗 Hugging Face](https://huggingface.co/acme-ai/Tamber-1.3B) |
| Tamber-Pro-7B | 4096 | [🤗 Hugging Face](https://huggingface.co/acme-ai/Tamber-Pro-7B) |
"""


def test_title_naming_a_series_of_models_is_no_model():
    assert set(models_of(GROUP_TITLE_MD)) == {"Tamber-1.3B", "Tamber-Pro-7B"}


BOLD_NEWS_MD = """# Tamber

## News

**2027.01.27**: Tamber-Pro-7B is released, an advanced version of Tamber-1.3B. See [paper](./report.pdf)

**2026.10.20**: (1) Fix a bug in the tokenizer of Tamber-1.3B. (2) Release a Gradio demo.

## Model Download

| Model | Download |
|---|---|
| Tamber-1.3B | [🤗 Hugging Face](https://huggingface.co/acme-ai/Tamber-1.3B) |
| Tamber-Pro-7B | [🤗 Hugging Face](https://huggingface.co/acme-ai/Tamber-Pro-7B) |
"""


def test_news_line_under_a_bold_date_dates_the_model_it_releases():
    models = models_of(BOLD_NEWS_MD)
    assert models["Tamber-Pro-7B"].release_date == "2027-01-27"
    assert models["Tamber-Pro-7B"].evidence["release_date"].startswith("**2027.01.27**: Tamber-Pro-7B is released")
    assert models["Tamber-1.3B"].release_date is None


FAMILY_NEWS_MD = """# Tamber

## News

- 2027.01.27: Tamber-Pro is released, an advanced version of Tamber, improving both understanding and generation.
- 2026.11.13: TamberFlow is released, a new unified model with rectified flow for image generation.

## Model Download

| Model | Download |
|---|---|
| Tamber-1.3B | [🤗 Hugging Face](https://huggingface.co/acme-ai/Tamber-1.3B) |
| TamberFlow-1.3B | [🤗 Hugging Face](https://huggingface.co/acme-ai/TamberFlow-1.3B) |
| Tamber-Pro-1B | [🤗 Hugging Face](https://huggingface.co/acme-ai/Tamber-Pro-1B) |
| Tamber-Pro-7B | [🤗 Hugging Face](https://huggingface.co/acme-ai/Tamber-Pro-7B) |
"""


def test_news_line_releasing_a_family_by_name_dates_each_of_its_sizes():
    models = models_of(FAMILY_NEWS_MD)
    assert models["Tamber-Pro-1B"].release_date == "2027-01-27"
    assert models["Tamber-Pro-7B"].release_date == "2027-01-27"
    assert models["TamberFlow-1.3B"].release_date == "2026-11-13"
    assert models["Tamber-1.3B"].release_date is None


def test_named_api_to_try_the_model_and_hub_to_use_it_from_are_access_surfaces():
    text = """---
license: llama2
---

# Wren-7B-32K

Wren-7B-32K is an open-source, long context language model developed by Finchworks.

## Inference

You can use the [Finchworks API](https://finchworks.example/api) to try out Wren-7B-32K for inference.

You can use this model directly from the Hugging Face Model Hub or fine-tune it on your own data.
"""
    models = models_of(text)
    assert models["Wren-7B-32K"].access_surfaces == ["Finchworks API", "Hugging Face Model Hub"]


LABELLED_NEWS_MD = """# Tesla-VL2

## Project updates

- 🔥 **News**: ```2027/5/17``` We open sourced two models `tesla-vl2-chat-19B`
  and `tesla-vl2-chinese-chat-19B`.

| Model name | tesla-vl2-chat-19B | tesla-vl2-chinese-chat-19B |
|---|---|---|
| Model size | 19B | 19B |
"""


def test_news_line_with_a_label_before_its_slashed_date_dates_its_models():
    models = models_of(LABELLED_NEWS_MD)
    assert models["tesla-vl2-chat-19B"].release_date == "2027-05-17"
    assert models["tesla-vl2-chinese-chat-19B"].release_date == "2027-05-17"
    assert models["tesla-vl2-chat-19B"].evidence["release_date"].startswith("- 🔥 **News**: ```2027/5/17```")


def test_release_of_a_component_used_in_a_model_does_not_date_it():
    text = """# Tesla-V

- 🔥 **News**: ```2027/8/5```: We have also open-sourced **3D Causal VAE** used in **Tesla-V-2B**, which can
  reconstruct video almost losslessly.
- 🔥 **News**: ```2027/8/6```: We have open-sourced **Tesla-V-2B**, the first model in the Tesla-V series.
"""
    model = models_of(text)["Tesla-V-2B"]
    assert model.release_date == "2027-08-06"
    assert model.evidence["release_date"].startswith(
        "- 🔥 **News**: ```2027/8/6```: We have open-sourced **Tesla-V-2B**")


def test_text_length_row_of_a_vision_language_models_table_is_its_context():
    text = """# Tesla-VL2

| Model name | tesla-vl2-chat-19B | tesla-vl2-chinese-chat-19B |
|---|---|---|
| Model size | 19B | 19B |
| Text length | 8K | 8K |
| Image resolution | 1344 * 1344 | 1344 * 1344 |
"""
    models = models_of(text)
    assert models["tesla-vl2-chat-19B"].context_window == 8000
    assert models["tesla-vl2-chinese-chat-19B"].context_window == 8000


def test_model_launched_by_an_organisation_is_its_developer():
    text = """# Tern-Voice
Tern-Voice is an end-to-end voice model launched by Gannet AI. Tern-Voice can understand and generate speech.

## Model List
| Model | Type | Download |
|---|---|---|
| Tern-Voice-9B | Chat Model | [🤗 Huggingface](https://huggingface.co/gannet/tern-voice-9b) |
"""
    assert models_of(text)["Tern-Voice-9B"].developer == "Gannet AI"


def test_news_line_with_a_bold_date_has_the_whole_line_as_excerpt():
    text = """# Intro
Quill-Coder is a series of open-source code language models.

| Name | Type | Download |
|---|---|---|
| Quill-Coder-9B-Chat | Chat | [🤗 Hugging Face](https://huggingface.co/quill/Quill-Coder-9B-Chat) |
| Quill-Coder-9B | Base | [🤗 Hugging Face](https://huggingface.co/quill/Quill-Coder-9B) |

# News
🔥 **2027-09-05**: The Quill-Coder series models are open sourced and available to the public.
"""
    models = models_of(text)
    assert all(m.release_date == "2027-09-05" for m in models.values())
    assert models["Quill-Coder-9B"].evidence["release_date"] == \
        "🔥 **2027-09-05**: The Quill-Coder series models are open sourced and available to the public."


CJK_CARD_MD = """---
license: other
license_name: tern-4
---

# Tern-4-9B-Chat

**2027/07/24，我们发布了与长文本相关的最新技术解读，关注 [这里](https://example.com/post) 查看技术报告**

## 模型介绍
Tern-4-9B 是鸬鹚 AI 推出的最新一代预训练模型 Tern-4 系列中的开源版本。
Tern-4-9B-Chat 还具备网页浏览、代码执行和长文本推理（支持最大 128K 上下文）等高级功能。
"""


def test_chinese_news_line_releasing_a_technical_write_up_does_not_date_the_model():
    assert models_of(CJK_CARD_MD)["Tern-4-9B-Chat"].release_date is None


def test_chinese_model_said_to_be_launched_by_an_organisation_names_its_developer():
    assert models_of(CJK_CARD_MD)["Tern-4-9B-Chat"].developer == "鸬鹚 AI"


def test_sentence_led_by_it_speaks_of_the_model_the_sentence_before_names():
    text = """---
pipeline_tag: image-text-to-text
---

# Pelorus-V

## News

* [2027.08.06] We open-source [Pelorus-V 3.2](https://huggingface.co/pelorus/Pelorus-V-3_2). \
It advances popular features of Pelorus-V 3.1, and can support real-time video understanding on tablets.
* [2027.05.20] We open-source [Pelorus-V 3.1](https://huggingface.co/pelorus/Pelorus-V-3_1).

```python
model = AutoModel.from_pretrained('pelorus/Pelorus-V-3_1', trust_remote_code=True)
```
"""
    models = models_of(text)
    assert models["Pelorus-V 3.2"].input_modalities == ["video"]
    assert models["Pelorus-V 3.1"].input_modalities == ["image", "text"]
