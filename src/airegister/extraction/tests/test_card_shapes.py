"""Document shapes met first in set j of the corpus (issue 9), each stated with a small hand-written text (not a
corpus copy): model cards titled with decorations, named by their maker's name and a version, or only by what their
snippets load; READMEs whose tables and download lists name the models.
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.name_shapes import Candidate, tokens
from airegister.extraction.readers import read_markdown


def by_name(result):
    return {m.name: m for m in result.models}


def test_a_makers_name_before_a_bare_version_is_the_models_name():
    text = """---
license: other
---
# Quokka v2.5 – 1024px Aesthetic Model

**Quokka v2.5** is a diffusion-based text-to-image generative model, a successor to Quokka v2.

- **Developed by:** [Quokka](https://quokka.example)
- **Model type:** Diffusion-based text-to-image generative model

Quokka v2.5 outperforms Quokka v2 in aesthetic quality.
"""
    assert "Quokka v2.5" in by_name(extract_document(read_markdown(text)))


def test_a_decorated_title_names_the_card_and_a_comparison_table_sizes_only_its_own_row():
    text = """---
license: openrail++
---
# 🦊 Zorvak-β Model Card

ZorVak-β consists of pure transformer blocks for latent diffusion.

| Method    | Type | #Params | #Images |
|-----------|------|---------|---------|
| Glimmer   | Diff | 12.0B   | 1.54B   |
| Lantern   | GAN  | 0.9B    | 0.98B   |
| ZorVak-β  | Diff | 0.6B    | 0.025B  |

Zorvak-β only takes a tenth of the training time of the others.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert list(models) == ["Zorvak-β"]  # not one model per size of the table's other rows
    assert models["Zorvak-β"].parameters == 600_000_000  # its own row (spelt otherwise), not the first row's


def test_a_key_value_table_still_states_the_cards_facts():
    text = """---
license: apache-2.0
---
# Zorvak-7B

Zorvak-7B is a decoder-only transformer.

| Hyperparameter | Value |
|----------------|-------|
| n_parameters | 6.7B |
| n_layers | 32 |
"""
    assert by_name(extract_document(read_markdown(text)))["Zorvak-7B"].parameters == 6_700_000_000


def test_a_cards_own_repository_id_names_its_model_over_the_base_it_tunes():
    text = """---
license: other
base_model: zephyr-org/Zephyr-3-8B-Instruct
model-index:
- name: wren-labs/kestrel-zephyr-3-8B-multilingual
  results: []
---
# Kestrel

This Kestrel 8B, a multilingual finetune of Zephyr 3.

Zephyr 3 performs well in English. We have fine-tuned Zephyr 3 on many multilingual conversations, so this model
has the smarts of Zephyr 3 in more languages.

```python
llm = LLM(model="wren-labs/kestrel-zephyr-3-8B-multilingual")
```

|        | **zephyr-org/Zephyr-3-8B-Instruct** | **wren-labs/kestrel-zephyr-3-8B-multilingual** |
|--------|------|------|
| French | 6.1  | 7.2  |
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["kestrel-zephyr-3-8B-multilingual"]


def test_a_hub_card_naming_no_model_is_about_the_versionless_repository_its_snippets_load():
    text = """---
license: cc-by-4.0
---
### fra-deu

- **Developed by:** A Language Technology Group
- **License:** CC-BY-4.0

```python
tokenizer = AutoTokenizer.from_pretrained("Wren-NLP/opus-mt-fr-de")
model = AutoModelForSeq2SeqLM.from_pretrained("Wren-NLP/opus-mt-fr-de")
```
"""
    models = by_name(extract_document(read_markdown(text)))
    assert list(models) == ["opus-mt-fr-de"]
    assert models["opus-mt-fr-de"].license == "CC-BY-4.0"


def test_a_bare_name_title_the_prose_opens_sentences_with_is_the_documents_model():
    text = """<h1 align="center">Wren VAD</h1>

**Wren VAD** - pre-trained enterprise-grade voice activity detector.

- **Stellar accuracy**

  Wren VAD has excellent results on speech detection tasks.

- **General**

  Wren VAD was trained on huge corpora that include over 100 languages.

Published under permissive license (MIT).
"""
    models = by_name(extract_document(read_markdown(text)))
    assert list(models) == ["Wren VAD"]
    family = """# Wren

Wren is a collection of foundation models for language processing. Wren is available under the MIT License.

| Model | Parameters |
|-------|------------|
| wren-base-2 | 100M |
| wren-large-2 | 300M |
"""
    assert "Wren" not in by_name(extract_document(read_markdown(family)))  # a collection names no model


def test_the_names_a_download_offer_lists_are_models_and_a_round_version_is_its_sized_checkpoint():
    text = """## Wren

**Wren 2.0**: [Demos](https://wren.example/demo); [Paper](https://arxiv.org/abs/0000.00000)

**Wren 2.0** has been released! Compared to version 1.0, the new version offers more stable speech generation.

## Model download

We strongly recommend that you download our pretrained `Wren2-0.5B` `Wren-300M` `Wren-300M-SFT` `Wren-300M-Instruct`
model and `Wren-frd` resource.

For sft inference, please use `Wren-300M-SFT` model.
"""
    names = set(by_name(extract_document(read_markdown(text))))
    assert {"Wren2-0.5B", "Wren-300M-SFT", "Wren-300M-Instruct"} <= names
    assert "Wren 2.0" not in names  # the version announced is the checkpoint offered, Wren2-0.5B


def test_a_models_page_download_table_lists_its_models_whatever_their_names_start_with():
    text = """# Available Evaluation Models

Introducing WMT22-Wren-DA, our new default model. The older models are listed below.

## Shared Models:

[Unity Metric](https://example.org/unity) was developed by the Lark Lab at the University of Somewhere, and all
credits go to them. We made the original checkpoint available as well.

## Older Models:

| Model | Download Link | Paper |
| :---: | :-----------: | :---: |
| `EMNLP20-Wren-Rank` | [🔗](https://models.example.com/wren/emnlp20-wren-rank.tar.gz) | [🔗](https://example.org/a) |
| `WMT21-Wren-DA` | [🔗](https://models.example.com/wren/wmt21-wren-da.tar.gz) | [🔗](https://example.org/b) |
| `EAMT22-Wrenlet-DA` | [🔗](https://models.example.com/wren/eamt22-wrenlet-da.tar.gz) | [🔗](https://example.org/c) |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {"EMNLP20-Wren-Rank", "WMT21-Wren-DA", "EAMT22-Wrenlet-DA"} <= set(models)
    # the maker of a thing the page names beside its models is not its models' maker
    assert all(m.developer is None for m in models.values())


def test_a_statement_under_a_section_naming_no_model_is_about_the_models_the_section_lists():
    text = """# Available Models

- **Default Model:** [Wren-2-Base](https://huggingface.co/wren/Wren-2-Base), a reference-based regression model.
- **Reference-free Model:** [Wren-2-Mini](https://huggingface.co/wren/Wren-2-Mini), a quality estimation model.

## Shared Models:

The framework fully supports running them, and thus we released the original checkpoint under the MIT License.
You can access both models here:

- [Wren-2-Large](https://huggingface.co/wren/Wren-2-Large): the original metric.
- [Wren-2-Chat](https://huggingface.co/wren/Wren-2-Chat): trained on the same data as Wren-2-Base.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Wren-2-Large"].license == models["Wren-2-Chat"].license == "MIT"
    assert models["Wren-2-Mini"].license is None  # a model of another section


def test_a_models_table_row_repeated_whole_still_lists_its_model():
    text = """# Wren models

| Model | Download Link |
| :---: | :-----------: |
| `wmt21-wren-da` | [🔗](https://models.example.com/wren/wmt21-wren-da.tar.gz) |
| `wmt21-wren-qe-da` | [🔗](https://models.example.com/wren/wmt21-wren-qe-da.tar.gz) |
| `wmt21-wren-mqm` | [🔗](https://models.example.com/wren/wmt21-wren-mqm.tar.gz) |
| `wmt21-wren-qe-da` | [🔗](https://models.example.com/wren/wmt21-wren-qe-da.tar.gz) |
"""
    assert "wmt21-wren-qe-da" in by_name(extract_document(read_markdown(text)))


def test_a_model_is_shown_by_its_name_as_the_prose_writes_it_not_by_a_longer_lower_case_repository_id():
    # 'Apart from quokka-v2-1024px-aesthetic, we …' merged into the 'Quokka v2' the card's title and prose write
    cand = Candidate(tokens("quokka-v2-1024px-aesthetic"))
    cand.names.update({"quokka-v2-1024px-aesthetic": 1, "Quokka v2": 6})
    assert cand.display == "Quokka v2"
    cand = Candidate(tokens("Smew-3-7B"))
    cand.names.update({"smew-3-7b": 3, "Smew-3-7B": 1})
    assert cand.display == "Smew-3-7B"


def test_a_section_naming_the_family_name_speaks_for_every_model():
    text = """## Introduction

Grebe is a code large language model (LLM). Grebe has 7 billion parameters and a context window of 8192.

## Quickstart

Grebe has also open-sourced the Grebe-7B-Chat code assistant model.

## License

The community's use of the Grebe model must adhere to the "Grebe Model License Agreement" and the Apache 2.0 license.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert (models["Grebe-7B-Chat"].license or "").startswith("Grebe Model License")


def test_a_link_naming_the_maker_is_no_place_to_try_the_model():
    text = """---
license: other
---
# Quokka v2

**Quokka v2** is a diffusion-based text-to-image generative model.

- **Developed by:** [Quokka Playground](https://quokka.example)
- **Model type:** Diffusion-based text-to-image generative model

Try it in the [Quokka Studio](https://studio.quokka.example).
"""
    assert by_name(extract_document(read_markdown(text)))["Quokka v2"].access_surfaces == ["Quokka Studio"]


def test_a_pointer_to_the_makers_other_models_states_no_modality_of_this_one():
    text = """# Wren VAD

**Wren VAD** - pre-trained enterprise-grade voice activity detector (also see our STT models).

Wren VAD has excellent results on speech detection tasks. Wren VAD was trained on huge corpora.
"""
    model = by_name(extract_document(read_markdown(text)))["Wren VAD"]
    assert model.input_modalities is None and model.output_modalities is None


def test_a_checkpoint_named_only_in_the_download_code_beside_the_documents_models_is_one_of_them():
    text = """# Wren

We strongly recommend that you download our pretrained `Wren-300M` `Wren-300M-SFT` `Wren-300M-Instruct` model and
`Wren-frd` resource.

```python
from modelscope import snapshot_download
snapshot_download('wren/Wren-300M', local_dir='pretrained_models/Wren-300M')
snapshot_download('wren/Wren-300M-25Hz', local_dir='pretrained_models/Wren-300M-25Hz')
snapshot_download('wren/Wren-300M-SFT', local_dir='pretrained_models/Wren-300M-SFT')
snapshot_download('wren/Wren-300M-Instruct', local_dir='pretrained_models/Wren-300M-Instruct')
snapshot_download('wren/Wren-frd', local_dir='pretrained_models/Wren-frd')
```

For sft inference, please use `Wren-300M-SFT` model.
"""
    names = set(by_name(extract_document(read_markdown(text))))
    assert "Wren-300M-25Hz" in names
    assert "Wren-frd" not in names  # the prose calls it a resource


def test_a_size_in_an_apposition_to_another_model_is_not_the_documents():
    text = """# Grebe-7B

We release Grebe-7B, an open reproduction of a language model trained on 300 billion tokens.

## Evaluation

Additionally, we present the results of Kite-J, a 6B parameter model trained on the Pile dataset by Kite Labs.
"""
    assert by_name(extract_document(read_markdown(text)))["Grebe-7B"].parameters != 6_000_000_000


def test_a_local_runtime_is_no_place_to_get_the_model():
    text = """---
license: other
---
# Kestrel-8B

Kestrel-8B is a multilingual chat model. The easiest way to use this model on your own computer is the GGUF version
with a program such as [Ollama](https://ollama.com/) or [LM Studio](https://lmstudio.ai/).
"""
    model = by_name(extract_document(read_markdown(text)))["Kestrel-8B"]
    assert not model.access_surfaces


def test_a_release_naming_a_model_by_a_size_label_and_a_version_adds_that_model_to_its_family():
    text = """# Model Card: Grebe

The Grebe models are trained for speech recognition.

| Size | Parameters |
|------|------------|
| tiny | 39 M |
| large | 1550 M |

In December 2022, we released an improved large model named `large-v2`.
"""
    assert "Grebe large-v2" in by_name(extract_document(read_markdown(text)))


def test_a_row_labelled_by_the_cards_own_repository_id_gives_its_facts():
    text = """---
license: mit
---
# Grebe Base

| Model                        | Arch.      | #Layers | #Params |
| ---------------------------- | ---------- | ------- | ------- |
| `wren/grebe-base-cased`      | BERT-Base  | 12      | 110M    |
| `wren/grebe-large-cased`     | BERT-Large | 24      | 335M    |

```python
tokenizer = AutoTokenizer.from_pretrained('wren/grebe-base-cased')
model = AutoModel.from_pretrained('wren/grebe-base-cased')
```
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models and all(m.parameters in (110_000_000, 335_000_000) for m in models.values())


def test_a_hub_card_whose_one_snippet_loads_one_repository_is_that_models_card():
    text = '''---
language: Japanese
license: MIT
---

# Japanese Tern Pretrained Model

A Japanese Tern pretrained model, which was trained on Wikipedia.

The teacher model is [the pretrained Japanese BERT models from KESTREL NLP LAB](https://example.org/kestrel).

## Usage

```python
from transformers import AutoModel, AutoTokenizer
tokenizer = AutoTokenizer.from_pretrained("bert-base-japanese")
model = AutoModel.from_pretrained("quillon-mirai/tern-base-japanese")
```

## License
Copyright (c) 2020 QUILLON Research Inc.
'''
    models = by_name(extract_document(read_markdown(text)))
    assert list(models) == ["tern-base-japanese"]
    # The teacher's maker made the model it was distilled from, not this one.
    assert models["tern-base-japanese"].developer is None


def test_a_cards_summary_table_of_labels_and_values_names_its_developer():
    text = """# Tern-7B-Chat

Tern-7B-Chat is a chat model.

## Model Summary

| | |
|---|---|
| **Developed by** | Acme Robotics |
| **Parameters** | 7.2B |
| **Context length** | 8K |
"""
    (model,) = extract_document(read_markdown(text)).models
    assert (model.developer, model.parameters, model.context_window) == ("Acme Robotics", 7_200_000_000, 8000)
