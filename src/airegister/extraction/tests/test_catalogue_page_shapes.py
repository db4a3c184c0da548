"""Shapes of the pages a cloud catalogue, a model router or a vendor's docs give one model, written with made-up
names (fourteenth session): a bulleted list of controls whose labels stand before an em dash ('Provider — Corvane',
'Max tokens — Input: 512,000 tokens, Output: 8192 tokens', 'Modality — Text'); a model card copied as text whose spec
lines put the figure under its label ('Context Window 96K⏎tokens'), with a text-only model's 'no image input'; a model
router's page setting its facts side by side in elements with no text between them ('<span>Released Mar 12,
2025</span><span>Knowledge cutoff Jan 31, 2025</span><span>65,536 context</span>'); a system card naming its two
models in the sentence that releases them, the apps it is in offered to plans ('for Pro, Team and Enterprise
users'); a card's table headed by its family's sizes ('| Model | 2B Dense | 8B Dense |').

The session also read about sixty real public READMEs, docs pages and one news article of organisations outside the
labelled corpus (kept outside the repository, not labelled; blind-half vendors and their other accounts left out)
and wrote a made-up page for each general defect they showed: a family a README introduces, offered in the sizes a
later item lists; names the page calls benchmarks; a total parameter count over an activation count; a known maker's
name opening a data set's name; a how-to's verb in a title; archives on a file host; layers of a network; the maker
of data said in Chinese; models a news article names ('called X-120B and X-20B', 'baptisés x-120b et x-20b'); a name
cell of two spellings; a hub named in German prose; a comparison table's column headed by a shorter name.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

import pytest

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_html_document, read_markdown, read_text


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
    ("- **Developers:** Kite Team, Orrery", "developer", "Orrery"),  # the organisation the team belongs to
    ("- **Developers:** Kite Team", "developer", "Kite Team"),
    ("- Number of model parameters: 8.89 x 10^9", "parameters", 8_890_000_000),
    ("- Number of model parameters: 8.89 × 10^9", "parameters", 8_890_000_000),
    ("- Parameters: 8.9e9", "parameters", 8_900_000_000),
    ("- Total parameters: 8,890,000,000", "parameters", 8_890_000_000),
    ("- Size: 16GB and 2,350,234,427 tokens", "parameters", None),  # the data's count
]


@pytest.mark.parametrize("line, field, value", LABELLED_LINES)
def test_a_labelled_lines_fact(line, field, value):
    text = f"# Corvane Talon X3\n\nCorvane Talon X3 is a large language model.\n\n{line}\n"
    assert getattr(models_of(text)["Corvane Talon X3"], field) == value


ROUTER_PAGE = """<html><head><title>Corvane: Talon Flash 2 | ModelHub</title></head><body><main>
<h1>Corvane: Talon Flash 2</h1>
<div class="stats"><span>Released Mar 12, 2025</span><span>Knowledge cutoff Jan 31, 2025</span>
<span>65,536 context</span><span>$0.10/M input tokens</span></div>
<p>Talon Flash 2 is an instruction-tuned large language model with 21 billion parameters, developed by Corvane.</p>
<p>The model weights are released under the Apache 2.0 license.</p>
</main></body></html>"""


def test_facts_set_side_by_side_in_elements_are_read_apart():
    [model] = models_of(ROUTER_PAGE, read_html_document).values()
    assert model.release_date == "2025-03-12"
    assert model.knowledge_cutoff == "2025-01-31"
    assert model.context_window == 65_536
    assert model.evidence["knowledge_cutoff"] == "Knowledge cutoff Jan 31, 2025"


def test_inline_marks_inside_a_sentence_part_no_words():
    page = "<html><body><main><h1>Talon 2</h1><p>Talon 2 has a <b>128</b>K context window.</p></main></body></html>"
    assert models_of(page, read_html_document)["Talon 2"].context_window == 128_000


# A vendor's words for a model's release, under a page of one model; None: the sentence dates no release of it.
RELEASE_SENTENCES = [
    ("It went live on January 30, 2024.", "2024-01-30"),
    ("It was open-sourced on January 30, 2024.", "2024-01-30"),
    ("We open-sourced Corvane Talon X3 on January 30, 2024.", "2024-01-30"),
    ("We open-sourced the weights in May 2024.", "2024-05"),
    ("We open-sourced the training code in May 2024.", None),  # the code's, not the model's
    ("Available since 2024-01-30.", "2024-01-30"),
    ("GA date: 2024-01-30", "2024-01-30"),
]


@pytest.mark.parametrize("sentence, value", RELEASE_SENTENCES)
def test_a_vendors_words_for_a_release(sentence, value):
    text = f"# Corvane Talon X3\n\nCorvane Talon X3 is a large language model.\n\n{sentence}\n"
    assert models_of(text)["Corvane Talon X3"].release_date == value


# A vendor's words for what a model takes in and gives out: (sentence, field, value); None: not said of the model.
MODALITY_SENTENCES = [
    ("It accepts text and image inputs and responds in text.", "output_modalities", ["text"]),
    ("It replies with text and audio.", "output_modalities", ["text", "audio"]),
    ("It can answer in text or speech.", "output_modalities", ["text", "audio"]),
    ("It answers in a few seconds.", "output_modalities", None),
    ("Its output is text only.", "output_modalities", ["text"]),
    ("The input is text.", "input_modalities", ["text"]),
    ("It creates images from text prompts.", "output_modalities", ["image"]),
    ("It creates images from text prompts.", "input_modalities", ["text"]),
    ("It turns text prompts into video.", "input_modalities", ["text"]),
    ("It turns text prompts into video.", "output_modalities", ["video"]),
    ("This example shows usage for generating text from audio.", "input_modalities", None),  # a script's, not its
]


@pytest.mark.parametrize("sentence, field, value", MODALITY_SENTENCES)
def test_a_vendors_words_for_a_modality(sentence, field, value):
    text = f"# Corvane Talon X3\n\nCorvane Talon X3 is a large language model.\n\n{sentence}\n"
    assert getattr(models_of(text)["Corvane Talon X3"], field) == value


SIZES_HEADER_CARD = """# Kite-3.1-8B-Instruct

Kite-3.1-8B-Instruct is a 8B parameter long-context instruct model by Orrery.

| Model | 2B Dense | 8B Dense | 1B MoE | 3B MoE |
| :-- | :-- | :-- | :-- | :-- |
| Embedding size | 2048 | **4096** | 1024 | 1536 |
| Sequence Length | 128K | **128K** | 128K | 128K |
| # Parameters | 2.5B | **8.1B** | 1.3B | 3.3B |
"""


def test_a_header_of_the_familys_sizes_gives_the_card_the_column_of_its_own_size():
    [model] = models_of(SIZES_HEADER_CARD).values()
    assert model.parameters == 8_100_000_000  # not the first column's 2.5B
    assert model.context_window == 128_000


SYSTEM_CARD = """# Zephyr-2 System Card

## 1 Introduction

This system card describes Zephyr-2 Max and Zephyr-2 Lite, which we are releasing to the public on August 5, 2025.
Both models accept text and image inputs and produce text outputs.

## 2 Release and availability

Zephyr-2 Max and Zephyr-2 Lite are available via the Stratos API, Amazon Bedrock and Google Cloud Vertex AI, and in the
Stratos apps for Pro, Team and Enterprise users.
"""


def test_a_release_naming_its_models_dates_each_and_plans_are_no_places():
    models = models_of(SYSTEM_CARD)
    assert sorted(models) == ["Zephyr-2 Lite", "Zephyr-2 Max"]
    for model in models.values():
        assert model.release_date == "2025-08-05"
        assert model.access_surfaces == ["Stratos API", "Amazon Bedrock", "Google Cloud Vertex AI", "Stratos apps"]


@pytest.mark.parametrize("sentence", ["We released Zephyr-2 Max and Zephyr-2 Lite on August 5, 2025.",
                                      "We are releasing Zephyr-2 Max and Zephyr-2 Lite on August 5, 2025."])
def test_a_release_of_two_named_models_dates_both(sentence):
    models = models_of(f"# Zephyr-2\n\n{sentence}\n")
    assert {m.release_date for m in models.values()} == {"2025-08-05"} and len(models) == 2


def test_a_release_still_to_come_dates_nothing():
    models = models_of("# Zephyr-2\n\nWe will be releasing Zephyr-2 Max and Zephyr-2 Lite in June 2026.\n")
    assert {m.release_date for m in models.values()} == {None}


SIZED_FAMILY_README = """### 1. Introduction of Kestrel Coder

Kestrel Coder is composed of a series of code language models, each trained from scratch on 2T tokens.

- **Highly Flexible**: Offered in model sizes of 1B, 5.7B, 6.7B and 33B.
- **Superior Performance**: State-of-the-art results on HumanEval, MultiPL-E, MBPP, QX-1000, and APPS benchmarks.

#### 3) QX-1000 Benchmark

Results on QX-1000 by programming library.
"""


def test_a_family_the_readme_introduces_is_offered_in_the_sizes_a_later_item_lists():
    models = models_of(SIZED_FAMILY_README)
    assert sorted(models) == ["Kestrel Coder 1B", "Kestrel Coder 33B", "Kestrel Coder 5.7B", "Kestrel Coder 6.7B"]
    assert models["Kestrel Coder 5.7B"].parameters == 5_700_000_000


def test_a_name_the_document_calls_a_benchmark_is_no_model():
    text = "# Evaluation\n\nWe report pass@1 on HumanEval, MBPP, QX-1000, and APPS benchmarks.\n\n" \
           "#### 3) QX-1000 Benchmark\n\nResults on QX-1000.\n"
    assert "QX-1000" not in models_of(text)


def test_a_total_over_an_activation_count_on_the_next_line_is_the_size():
    text = "# Corvane Talon X3\n\nCorvane Talon X3 is a large language model.\n\n- **Parameter Count**:\n" \
           "  - Total parameters: **671B**\n  - Activation parameters: **36.7B**.\n"
    assert models_of(text)["Corvane Talon X3"].parameters == 671_000_000_000


def test_a_known_makers_name_opening_a_data_sets_name_is_no_maker():
    text = "# KoTern\n\nKoTern is a Korean BERT model with 92M parameters.\n\n" + \
        "".join(f"- Naver Sentiment Analysis fine-tuning, recipe {n}\n" for n in range(3))
    assert models_of(text)["KoTern"].developer is None


def test_a_how_tos_verb_before_the_name_in_its_title_is_no_part_of_the_name():
    text = "# Building Tern-2-32K-Chat Using the Quillon API\n\nIn this repo we share the recipe of building " \
           "Tern-2-32K-Chat, a chat model fine-tuned with 32K context.\n"
    assert list(models_of(text)) == ["Tern-2-32K-Chat"]


def test_archives_on_a_file_host_name_their_models_without_the_extension():
    text = "# Tern\n\nTern is a Chinese language model.\n\n## Download\n\n" \
           "- [tern_L-12_H-768_A-12.zip](https://pan.baidu.com/s/1abc)(download code: xy9x)\n\n" \
           "- [tern_L-6_H-384_A-6.zip](https://pan.baidu.com/s/1def)(download code: gy97)\n"
    assert {"tern_L-12_H-768_A-12", "tern_L-6_H-384_A-6"} <= set(models_of(text))


@pytest.mark.parametrize("text, absent", [
    ("# Quill\n\nQuill is a TTS model.\n\nAuthor's [pretrained models](https://drive.google.com/x). Author's demo.\n",
     "Author"),
    ("# Introduce AraQuill5\n\nAraQuill5 is a text-to-text model.\n", "Introduce AraQuill5"),
])
def test_words_around_a_name_that_are_no_maker_or_name(text, absent):
    models = models_of(text)
    assert absent not in models and all(m.developer != absent for m in models.values())


def test_items_labelling_training_data_name_no_models():
    text = "# AraQuill\n\n## Training Data\n\n* **MSA-2 Training Data**: 70GB of text.\n" \
           "* **Tweet-2 Training Data**: 1.5B tweets.\n\nAraQuill-base is our base model.\n"
    assert not {"MSA-2 Training Data", "Tweet-2 Training Data"} & set(models_of(text))


def test_network_layers_named_in_a_config_are_no_models():
    text = "# Korean Spacing Model\n\n한국어 문장 띄어쓰기 모델입니다.\n\n## 모델 설명\n\n" \
           "Embedding을 거치고 난 뒤 여러개의 Conv1D - MaxPool1D 결과물을 Concat한 후 " \
           "Dense Layer를 2개 거칩니다.\n\n여러개의 Conv1D + MaxPool1D 결과물을 Concat 한 뒤 FFN을 거칩니다.\n"
    assert not {"Conv1D", "MaxPool1D"} & set(models_of(text))


def test_the_maker_of_data_named_in_chinese_is_no_maker_of_the_model():
    text = "# Tern-7B\n\nTern-7B 是一个中文对话模型。\n\n## 数据\n\n| 数据集 | 介绍 |\n|---|---|\n" \
           "| [tern-sft-data](https://example.com/d) | 由星河大学NLP团队开源的中英文多轮对话数据，包含100万+数据 |\n"
    assert models_of(text)["Tern-7B"].developer is None


@pytest.mark.parametrize("sentence, names", [
    ("The new models, called Zorvak-OSS-120B and Zorvak-OSS-20B, mark the return of Quillon to open models.",
     ["Zorvak-OSS-120B", "Zorvak-OSS-20B"]),
    ("The new models, called zorvak-oss-120b and zorvak-oss-20b, mark the return of Quillon to open models.",
     ["zorvak-oss-120b", "zorvak-oss-20b"]),
    ("Les nouveaux modèles, baptisés zorvak-oss-120b et zorvak-oss-20b, marquent le retour de Quillon.",
     ["zorvak-oss-120b", "zorvak-oss-20b"]),
])
def test_models_a_news_article_names_are_its_models(sentence, names):
    text = f"Quillon announced two open-weight language models.\n\n{sentence}\n"
    assert sorted(models_of(text, read_text)) == sorted(names)


TWO_SPELLINGS_TABLE = """# TERN-NEO

| Name | Hidden size | Size of params | |
|---|---:|---:|---|
| TERN-NEO-SMALL <br /> TERN-NEO-125M | 768 | 124 M | [Link](https://huggingface.co/quillon/tern-neo-125M) |
| TERN-NEO-XL <br /> TERN-NEO-1.3B | 2048 | 1,314 M | [Link](https://huggingface.co/quillon/tern-neo-1.3B) |
"""


def test_a_cell_of_two_spellings_names_the_model_by_the_sized_one_and_a_count_may_group_its_thousands():
    models = models_of(TWO_SPELLINGS_TABLE)
    assert {name: m.parameters for name, m in models.items()} == {"TERN-NEO-125M": 124_000_000,
                                                                   "TERN-NEO-1.3B": 1_314_000_000}


def test_a_hub_named_in_german_prose_is_no_maker():
    text = "## Hugging Face: Wo findet man offene Modelle?\n\nHugging Face ist die zentrale Plattform.\n\n" \
           "- `Quillon/Tern3-VL-2B-FP8`: Organisation (Quillon) / Familie (Tern) / Parameterzahl (2 Milliarden)\n\n" \
           "Das **FP8** in `Tern3-VL-2B-FP8` steht für das Datenformat. Modelle liegen auf Hugging Face und werden " \
           "von Hugging Face geladen; die Lizenzen stehen bei Hugging Face.\n"
    models = models_of(text)
    assert models and all(m.developer is None for m in models.values())


def test_a_pipelines_step_and_a_features_size_are_no_model_facts():
    text = "# Comic OCR-2\n\nComic OCR-2 is an optical character recognition model for Japanese comics.\n\n" \
           "Usage: capture region with ShareX -> write image to clipboard -> Comic OCR-2 -> write text out\n\n" \
           "Comic OCR-2 is a small model with ***1) Lightweight Network (899.06M parameters totally)***, " \
           "***2) Parameter-Efficient Training (49.57M parameters trainable)***.\n"
    models = models_of(text)
    assert list(models) == ["Comic OCR-2"]
    assert models["Comic OCR-2"].output_modalities is None


def test_a_columns_shorter_name_is_no_model_another_column_names_exactly():
    text = "# Fin-T9-Pro\n\n继Fin-T9(7B)模型发布之后，我们推出**Fin-T9-Pro(32B)**——一款金融大模型。\n\n" \
           "| 维度 | Fin-T9（7B） | Fin-T9-Pro（32B） |\n|---|---|---|\n| 模型参数 | 7B | **32B** |\n" \
           "| 上下文长度 | 8K | 32K |\n"
    assert models_of(text)["Fin-T9-Pro"].parameters == 32_000_000_000
