"""Shapes of vendor pages met in a second hunt over unseen public documents (README model tables, feature
bullets): each test is a small made-up page in the shape, with invented vendor and model names.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


ROW_SIZED_MD = """# Quillon-Code-V3

## 1. Introduction
We present Quillon-Code-V3, an open mixture-of-experts code model. It competes with 30B/70B open models on
code benchmarks.

## 2. Model Downloads

We release Quillon-Code-V3 with 12B and 180B parameters, which has active parameters of only 2B and 19B.

| **Model** | **#Total Params** | **#Active Params** | **Context Length** | **Download** |
| :---: | :---: | :---: | :---: | :---: |
| Quillon-Code-V3-Lite-Base | 12B | 2B | 64k | [HuggingFace](https://hf.co/quillon/Quillon-Code-V3-Lite-Base) |
| Quillon-Code-V3-Lite-Instruct | 12B | 2B | 64k | [HuggingFace](https://hf.co/quillon/Quillon-Code-V3-Lite-Instruct) |
| Quillon-Code-V3-Base | 180B | 19B | 64k | [HuggingFace](https://hf.co/quillon/Quillon-Code-V3-Base) |
| Quillon-Code-V3-Instruct | 180B | 19B | 64k | [HuggingFace](https://hf.co/quillon/Quillon-Code-V3-Instruct) |

Quillon-Code-V3-Instruct can match open 30B/70B models on our code benchmark.
"""


def test_rows_stating_their_sizes_are_models_not_families_of_the_pages_size_lists():
    # Each row gives its model's one size; the prose's lists ('12B and 180B', others' '30B/70B') are theirs or
    # other models', not sizes to make new models of every row's name.
    models = models_of(ROW_SIZED_MD)
    assert sorted(models) == ["Quillon-Code-V3-Base", "Quillon-Code-V3-Instruct", "Quillon-Code-V3-Lite-Base",
                              "Quillon-Code-V3-Lite-Instruct"]
    assert models["Quillon-Code-V3-Lite-Base"].parameters == 12_000_000_000
    assert models["Quillon-Code-V3-Instruct"].parameters == 180_000_000_000


LIST_IN_NAME_MD = """<div align="center">
  <img src="images/logo.svg" width="60%" alt="Brindle LM" />
</div>

## 1. Introduction

Introducing Brindle LM, a bilingual language model of 60 billion parameters. We have made Brindle LM 8B/60B Base
and Brindle LM 8B/60B Chat open source.

 - **Broad Skills:** Brindle LM 60B Base outperforms larger models in reasoning and coding.

 - **Strong in Math:** Brindle LM 60B Chat does well in coding (HumanEval Pass@1: 70.1) and math (GSM8K 0-shot: 80.2).

 - **Fluent in Welsh:** By our evaluation, Brindle LM 60B Chat surpasses GPT-3.5 in Welsh.

## 2. Model Downloads

We release the Brindle LM 8B/60B, both base and chat models, to the public.

| Model | Sequence Length | Download |
|---|---|---|
| Brindle LM 8B Base | 4096 | [HuggingFace](https://huggingface.co/brindle/brindle-lm-8b-base) |
| Brindle LM 8B Chat | 4096 | [HuggingFace](https://huggingface.co/brindle/brindle-lm-8b-chat) |
| Brindle LM 60B Base | 4096 | [HuggingFace](https://huggingface.co/brindle/brindle-lm-60b-base) |
| Brindle LM 60B Chat | 4096 | [HuggingFace](https://huggingface.co/brindle/brindle-lm-60b-chat) |
"""


def test_a_size_list_inside_a_name_sizes_that_name_not_every_unsized_label():
    # '8B/60B' inside 'Brindle LM 8B/60B Base' is that family's list: no other label of the page takes its sizes.
    names = sorted(models_of(LIST_IN_NAME_MD))
    assert not [n for n in names if n.endswith((" 8B", " 60B")) and not n.startswith("Brindle LM")]
    assert {"Brindle LM 8B Base", "Brindle LM 8B Chat", "Brindle LM 60B Base", "Brindle LM 60B Chat"} <= set(names)


def test_feature_bullets_whose_sentence_opens_with_a_model_name_are_points_not_models():
    # '- **Broad Skills:** Brindle LM 60B Base outperforms …': the bold words head a point made of the model the
    # sentence opens with; they name no model of their own.
    names = set(models_of(LIST_IN_NAME_MD))
    assert not {"Broad Skills", "Strong in Math", "Fluent in Welsh"} & names
    assert {"Brindle LM 8B Base", "Brindle LM 60B Chat"} <= names



SIZES_IN_NAMES_MD = """# Vellum Think

## Introduction

We introduce Vellum Think, reasoning models from 1.5B to 30B parameters. Our results show that 1) Vellum Think 1.5B
beats other models of comparable size, 2) Vellum Think 9B beats larger open models, and 3) Vellum Think 30B is
competitive with leading models.

| Models | MATH (pass@1) |
|---|---|
| Vellum Think 30B | 91.2 |
| Vellum Think 9B | 88.0 |
| Vellum Think 1.5B | 80.4 |
"""


def test_a_size_written_in_a_models_name_is_that_models_not_the_one_before():
    # 'comparable size, 2) Vellum Think 9B': the cue 'size' reaches a figure that is part of the next name.
    models = models_of(SIZES_IN_NAMES_MD)
    assert models["Vellum Think 1.5B"].parameters == 1_500_000_000
    assert models["Vellum Think 9B"].parameters == 9_000_000_000


BOUND_MD = """# Tessel-Code: open code model

We introduce Tessel-Code-Mini-7B, the open version of the Tessel-Code series. It is the strongest code model with
less than 10B parameters, and it beats models over 30B parameters on our benchmark.

| Model | Type | Seq Length |
|---|---|---|
| tessel-code-mini-7b | Chat | 64K |
"""


def test_a_bound_on_size_is_no_models_size():
    # 'with less than 10B parameters', 'models over 30B parameters': bounds of a comparison, not a count.
    (model,) = models_of(BOUND_MD).values()
    assert model.parameters in (None, 7_000_000_000)


DOMAIN_WORD_MD = """# Zorvak2.5-Math

We open-source the Zorvak2.5-Math series. **Zorvak2.5-Math-40B-Instruct** is an instruction model for chatting.
We also release a reward model, [Zorvak2.5-Math-RM-40B](https://huggingface.co/zorvak/Zorvak2.5-Math-RM-40B).

Zorvak2.5-Math-40B-Instruct scores 91.0 on MATH-500 and 95.2 on GSM8K.
"""


def test_a_benchmarks_word_inside_a_versioned_sized_name_names_a_model_of_that_domain():
    # 'Math' after the stem 'Zorvak2.5' and before '40B' is the model's domain; 'MATH-500' and 'GSM8K' stay benchmarks.
    names = set(models_of(DOMAIN_WORD_MD))
    assert "Zorvak2.5-Math-40B-Instruct" in names
    assert not {n for n in names if n.upper().startswith(("MATH", "GSM"))}
