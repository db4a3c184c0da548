"""Finding the models a document describes (names.py): the shapes of names that are not 'Capital Word 3'.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def by_name(result):
    return {m.name: m for m in result.models}


def test_lower_case_repository_names_with_a_size_are_models():
    text = """# Pintail open-weight models

Download pintail-oss-120b and pintail-oss-20b on Hugging Face.

- `pintail-oss-120b` — for production (117B parameters with 5.1B active parameters)
- `pintail-oss-20b` — for lower latency (21B parameters with 3.6B active parameters)
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["pintail-oss-120b", "pintail-oss-20b"]
    assert models["pintail-oss-120b"].parameters == 117_000_000_000


def test_a_capitalised_spelling_names_the_model_over_its_repository_id():
    text = "# Smew\n\nSmew-3-7B is our new model.\n\n- smew-3-7b on the hub\n- smew-3-7b on the mirror\n"
    assert list(by_name(extract_document(read_markdown(text)))) == ["Smew-3-7B"]


def test_the_prose_spelling_names_the_model_over_an_id_joined_by_underscores():
    text = """# SMEW3Large and SMEW3Medium

## SMEW3Large

SMEW3Large is our language model with 760M parameters. Use it in transformers as `acme/SMEW3large_based_on_gpt2`.

HuggingFace model card [link](https://huggingface.co/acme/SMEW3large_based_on_gpt2)

## SMEW3Medium

SMEW3Medium is our smaller model.
"""
    assert sorted(by_name(extract_document(read_markdown(text)))) == ["SMEW3Large", "SMEW3Medium"]
    # written as API ids everywhere, the id without underscores is the name
    ids = text.replace("SMEW3Large", "smew3large").replace("SMEW3Medium", "smew3medium").replace("SMEW3", "smew3")
    assert sorted(by_name(extract_document(read_markdown(ids)))) == ["smew3large", "smew3medium"]


def test_a_word_run_into_its_number_is_a_name_but_a_numbered_step_is_not():
    text = """# Grebe3

Grebe3 is our multimodal reasoning model with 321B total parameters.

Step 3: install the package. Step 4: run it.
"""
    models = by_name(extract_document(read_markdown(text.replace("Grebe3", "Step3"))))
    assert list(models) == ["Step3"]
    assert models["Step3"].parameters == 321_000_000_000


def test_a_heading_is_one_title_never_split_as_run_together_text():
    text = """# XTeal

Model cards are published on the hub:

* [xTeal-7B](https://example.com/xteal-7b)
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["xTeal-7B"]


def test_sizes_in_a_benchmark_table_are_not_the_family_sizes():
    text = """# Wigeon3

Wigeon3 is our reasoning model with 321B total parameters.

| Model | Total Params. | MMMU | AIME25 |
| ----- | ------------- | ---- | ------ |
| Wigeon3 | 321B | 74.2 | 82.9 |
| Other-4.5 | 300B/424B | 70.0 | 47.6 |
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["Wigeon3"]


def test_an_apache_licence_with_its_version_in_parentheses():
    text = "# Wigeon3\n\nWigeon3 is our model.\n\n## License\nThe weights are released under the " \
           "[Apache License (Version 2.0)](./LICENSE).\n"
    assert by_name(extract_document(read_markdown(text)))["Wigeon3"].license == "Apache-2.0"


def test_the_maker_in_a_possessive_before_its_models():
    text = '---\ntitle: "Text models"\n' \
           'description: "Kite\'s KT text models range from 350M to 8B parameters."\n---\n\n' \
           "| Model | Parameters |\n| ----- | ---------- |\n| KT2-350M | 350M |\n| KT2-8B | 8B |\n"
    models = by_name(extract_document(read_markdown(text)))
    assert {m.developer for m in models.values()} == {"Kite"}
    assert models["KT2-8B"].evidence["developer"] == "Kite's KT text models range from 350M to 8B parameters."


def test_the_maker_after_a_parenthesis_and_a_dotted_maker_name():
    models = by_name(extract_document(read_markdown(
        "# Teal\n\nOfficial release of the **Teal** models (`7B`) by Heron AI Research:\n\n* [Teal-7B](https://x)\n")))
    assert models["Teal-7B"].developer == "Heron AI Research"
    models = by_name(extract_document(read_markdown(
        "# Yarrow-6B\n\nYarrow-6B is a model trained from scratch by developers at 02.AI. It has 6B parameters.\n")))
    assert models["Yarrow-6B"].developer == "02.AI"


def test_a_library_named_after_a_hub_is_not_the_maker():
    text = "# Pochard-2 7B\n\nPochard-2 7B is a model.\n\n## With Hugging Face Transformers\n\n" \
           "Load it with Hugging Face Transformers.\n"
    assert by_name(extract_document(read_markdown(text)))["Pochard-2 7B"].developer is None


def test_a_versionless_name_listed_beside_its_versioned_sibling_is_a_model():
    text = """# Fine-tuning

- [Heron's Wader R in the hub](https://x/wader-r)
- [Heron's Wader R 08-2024 in the hub](https://x/wader-r-08-2024)
- [Heron's Wader R Plus in the hub](https://x/wader-r-plus)
- [Heron's Wader R Plus 08-2024 in the hub](https://x/wader-r-plus-08-2024)

| Models | Max sequence length |
| ------ | ------------------- |
| Wader R, Wader R 08-2024 | 16384 |
| Wader R Plus, Wader R Plus 08-2024 | 8192 |
"""
    assert sorted(by_name(extract_document(read_markdown(text)))) == [
        "Wader R", "Wader R 08-2024", "Wader R Plus", "Wader R Plus 08-2024"]


def test_a_versionless_family_name_alone_is_not_a_model():
    text = "# Wader R 08-2024\n\nWader R 08-2024 is our new model. The Wader R family grows; Wader R is fast.\n"
    assert sorted(by_name(extract_document(read_markdown(text)))) == ["Wader R 08-2024"]


def test_lower_case_versioned_names_and_lower_camel_names_are_models():
    text = """# Pretrained models

| Name | param | context |
| ---- | ----- | ------- |
| plover-embed-t-en-v1 | 14m | 512 |
| plover-embed-s-en-v1 | 35m | 512 |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["plover-embed-s-en-v1", "plover-embed-t-en-v1"]
    assert models["plover-embed-t-en-v1"].context_window == 512
    camel = "# ruTern3Large and ruTern3Medium\n\nRussian Tern trained with 2048 context length (ruTern3Large).\n"
    assert sorted(by_name(extract_document(read_markdown(camel)))) == ["ruTern3Large", "ruTern3Medium"]


def test_items_of_one_list_each_name_a_model():
    text = """# Grebe embeddings

Grebe-embed-v1 is our open embedding model family.

## Released models
- [Grebe-embed-v1](https://example.com/a)
- [Grebe-embed-v1-ablated](https://example.com/b)
- [Grebe-embed-v1-unsupervised](https://example.com/c)
"""
    assert sorted(by_name(extract_document(read_markdown(text)))) == [
        "Grebe-embed-v1", "Grebe-embed-v1-ablated", "Grebe-embed-v1-unsupervised"]


def test_a_hub_beside_a_model_in_a_list_item_or_a_sentence_is_where_to_get_it():
    text = """# Pretrained models

- `plover-embed-t-en-v1` [**[Huggingface](https://huggingface.co/x/plover-embed-t-en-v1)**]: the fastest.
- `plover-embed-s-en-v1`: the smallest, coming soon.

| Name | param |
| ---- | ----- |
| plover-embed-t-en-v1 | 14m |
| plover-embed-s-en-v1 | 35m |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["plover-embed-t-en-v1"].access_surfaces == ["Hugging Face"]
    assert "`plover-embed-t-en-v1` [**[Hugg" in models["plover-embed-t-en-v1"].evidence["access_surfaces"]
    assert models["plover-embed-s-en-v1"].access_surfaces is None
    single = "# Grouse-1\n\nGrouse-1 is our 314B parameter model.\n\nGet the weights directly using HuggingFace Hub.\n"
    assert by_name(extract_document(read_markdown(single)))["Grouse-1"].access_surfaces == ["Hugging Face"]
    library = "# Grouse-1\n\nGrouse-1 is our 314B parameter model.\n\nLoad it using Hugging Face Transformers.\n"
    assert by_name(extract_document(read_markdown(library)))["Grouse-1"].access_surfaces is None


def test_a_conversion_states_what_goes_in_and_what_comes_out():
    text = "# Bittern\n\nThe Bittern-2 models transcribe speech audio into the text in the language it is spoken.\n"
    model = by_name(extract_document(read_markdown(text)))["Bittern-2"]
    assert (model.input_modalities, model.output_modalities) == (["audio"], ["text"])
    usage = "# Bittern-2\n\nBittern-2 is our model. The command will transcribe speech in audio files.\n"
    model = by_name(extract_document(read_markdown(usage)))["Bittern-2"]
    assert model.output_modalities is None


def test_a_size_written_only_inside_names_is_not_stated():
    text = "# Fine-tuning\n\nSupported models: Egret Expanse 8B and Egret Expanse 32B.\n\n" \
           "Egret Expanse 8B and Egret Expanse 32B are our multilingual models.\n"
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["Egret Expanse 32B", "Egret Expanse 8B"]
    assert {m.parameters for m in models.values()} == {None}


def test_a_family_wide_size_is_the_parameters_of_the_member_named_with_it():
    text = """# Auk2.5-7B Model Card

Auk2.5 has open-sourced a 7 billion parameter base model and a chat model:

- Auk2.5-7B: the base model.
- Auk2.5-chat-7B: the chat model.
- Auk2.5-7B-Chat-1M: the long-context version of Auk2.5-7B-Chat.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {m.parameters for m in models.values()} == {7_000_000_000}
    assert models["Auk2.5-7B"].evidence["parameters"].startswith("Auk2.5 has open-sourced a 7 billion parameter")


def test_a_versionless_name_that_titles_its_card_is_the_model():
    card = "# Model Card: Pipit\n\n## Model Details\n\nPipit is a series of three transformer models that turn " \
           "text into audio.\n"
    assert list(by_name(extract_document(read_markdown(card)))) == ["Pipit"]
    readme = "# OpenPipit: An Efficient Language Model Family with Open Training\n\nWe provide OpenPipit " \
             "checkpoints.\n"
    assert list(by_name(extract_document(read_markdown(readme)))) == ["OpenPipit"]
    guide = "# Installation: how to set up the toolkit\n\nRun the installer.\n"
    assert by_name(extract_document(read_markdown(guide))) == {}


def test_a_title_one_level_down_on_a_page_with_no_higher_heading_is_still_its_title():
    for level in ("#", "##"):
        text = (f"{level} Model Card: Heron\n\nThis card describes a text-to-audio model and what it can do.\n\n"
                f"{level}# Model Details\n\nHeron was trained on audio clips. Heron can make sounds.\n\n"
                f"{level}# Usage\n\nRun it locally.\n")
        assert list(by_name(extract_document(read_markdown(text)))) == ["Heron"], level


def test_items_of_one_list_headed_by_names_of_the_documents_line_are_its_models():
    text = """# Merl-7b-8k models

Merl-7B-8k are 7B parameter open-source models with 8k context length.

- [Merl-7B-8k](https://example.com/a): a decoder-style transformer. License: CC-BY-SA-3.0
- [Merl-7B-8k-Instruct](https://example.com/b): built by finetuning Merl-7B-8k on curated data. License: CC-BY-SA-3.0
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["Merl-7B-8k", "Merl-7B-8k-Instruct"]
    assert models["Merl-7B-8k-Instruct"].license == "CC-BY-SA-3.0"
    assert models["Merl-7B-8k-Instruct"].developer is None


def test_a_files_licence_header_is_not_the_models_licence():
    text = """<!--- Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file
except in compliance with the License. -->

# Merl-7B

Merl-7B is our model. The code base is released under the BSD-3-Clause license, and all models are released
under the CC-BY-NC-SA-4.0 license.
"""
    assert by_name(extract_document(read_markdown(text)))["Merl-7B"].license == "CC-BY-NC-SA-4.0"


def test_kinds_of_models_listed_under_a_hub_are_not_places_and_a_name_met_twice_is_not_the_maker():
    text = """# Sealark

Sealark-7B is our model, trained with data generated by OpenAI tools. Thanks to OpenAI for credits.

Sealark-7B is available on Hugging Face:
- Base Models
- Instruction-Tuned
"""
    model = by_name(extract_document(read_markdown(text)))["Sealark-7B"]
    assert model.access_surfaces == ["Hugging Face"]
    assert model.developer is None


def test_a_versionless_name_the_document_introduces_as_a_model_is_the_model():
    text = """# Lumen

Lumen is a multimodal native mixture-of-experts model. It reads documents and video.

## News
- We release Lumen today.
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["Lumen"]
    intro = "We're excited to introduce Warbler, Finch Labs' first production-grade open source TTS model.\n"
    models = by_name(extract_document(read_markdown("# Warbler TTS\n\n" + intro)))
    assert list(models) == ["Warbler"]
    assert (models["Warbler"].input_modalities, models["Warbler"].output_modalities) == (["text"], ["audio"])


def test_a_collection_of_models_or_a_method_defined_late_is_not_a_model():
    text = "# Dune\n\nDune is a collection of foundation models for NLP. It holds dune-base-7b and dune-large-13b.\n"
    assert "Dune" not in by_name(extract_document(read_markdown(text)))
    late = "# Notes\n\n" + "Some text here. " * 10 + "\n\nLoRA is a method that adapts large language models.\n"
    assert "LoRA" not in by_name(extract_document(read_markdown(late)))


def test_a_compound_of_modalities_states_what_goes_in_and_comes_out():
    text = "# Mochi-2\n\nMochi-2 is an open text-to-video diffusion model with 10 billion parameters.\n"
    model = extract_document(read_markdown(text)).models[0]
    assert (model.input_modalities, model.output_modalities) == (["text"], ["video"])
    table = "# Kinds\n\n| Model | Size |\n| --- | --- |\n| **Text-to-text models** | |\n| Tern-2-1B | 1B |\n"
    assert extract_document(read_markdown(table)).models[0].input_modalities is None  # a table's section row


def test_the_one_maker_a_document_names_is_the_maker_of_each_of_its_models():
    text = """# Petrel-7B

**Petrel-7B** is a multilingual large language model, independently developed by Shenzhen Petrel Technology.

| Model | Download |
| --- | --- |
| Petrel-7B | Hugging Face |
| Petrel-7B-Chat | Hugging Face |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {name: m.developer for name, m in models.items()} == {
        "Petrel-7B": "Shenzhen Petrel Technology", "Petrel-7B-Chat": "Shenzhen Petrel Technology"}
    two = text + "\nPetrel-7B-Chat was trained by Gannet Research on dialogue data.\n"
    assert by_name(extract_document(read_markdown(two)))["Petrel-7B-Chat"].developer != "Shenzhen Petrel Technology"


def test_the_model_a_cards_model_index_names_is_the_cards_model():
    text = """---
license: apache-2.0
model-index:
- name: tern-embed-base
  results: []
---

# Model card

Use tern-embed-base to embed passages; tern-embed-base reads English text.
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["tern-embed-base"]


def test_a_licence_said_of_all_the_documents_models_is_each_ones():
    suite = """# Pipit Embeddings

We have introduced a suite of pre-trained text embedding models licensed under Apache 2.0.

- [pipit-embed-t-en-v1](https://huggingface.co/pipit/pipit-embed-t-en-v1): the fastest
- [pipit-embed-b-en-v1](https://huggingface.co/pipit/pipit-embed-b-en-v1): the best
"""
    models = extract_document(read_markdown(suite)).models
    assert len(models) == 2 and {m.license for m in models} == {"Apache-2.0"}
    family = """# Kiwi

| Size | Parameters |
| --- | --- |
| tiny | 39 M |
| large | 1550 M |

## License

Kiwi's code and model weights are released under the MIT License.
"""
    models = by_name(extract_document(read_markdown(family)))
    assert {n: m.license for n, m in models.items() if n != "Kiwi"} == {"Kiwi tiny": "MIT", "Kiwi large": "MIT"}


def test_news_lines_dated_with_dots_or_at_their_end_state_releases_but_a_papers_release_is_not_one():
    text = """# Lory-7B

Lory-7B is our chemistry model.

## News
- 2024.10.10: We release Lory-7B!
- Lory-7B arXiv preprint released.[2024-2-10]
"""
    assert extract_document(read_markdown(text)).models[0].release_date == "2024-10-10"
    trailing = """# Lory-7B

Lory-7B is our chemistry model.

## News
- Lory-7B released! The weights are on the hub.[2024-4-2]
- Lory-7B arXiv preprint released.[2024-2-10]
"""
    assert extract_document(read_markdown(trailing)).models[0].release_date == "2024-04-02"


def test_a_date_said_of_the_models_of_one_size_goes_to_that_size_only():
    text = """# Pochard

| Size | Base | Instruct |
|---|---|---|
|7B|[Pochard-7b](https://hf.co/pochard/Pochard-7b) | [Pochard-7b-instruct](https://hf.co/pochard/Pochard-7b-instruct)
|13B|[Pochard-13b](https://hf.co/pochard/Pochard-13b) | [Pochard-13b-instruct](https://hf.co/pochard/Pochard-13b-instruct)

The 13B model was released on February 4th, 2024, and its instruction-tuned version is coming soon.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Pochard-13b"].release_date == "2024-02-04"
    assert models["Pochard-7b"].release_date is None
    assert models["Pochard-7b-instruct"].release_date is None


def test_a_name_compared_with_is_not_the_subject_of_the_sentence():
    text = """# Teal

Teal-7B-Plus and Teal-7B-Chat are our models.

Teal-7B-Plus is trained on more tokens compared to Teal-7B-Chat and its release date is March 2nd, 2024.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Teal-7B-Plus"].release_date == "2024-03-02"
    assert models["Teal-7B-Chat"].release_date is None


def test_a_size_written_inside_the_models_own_name_is_not_stated_as_a_size():
    text = ("---\nlicense: apache-2.0\n---\n\n# Gadwall 2.5 - Mistral 7B\n\nGadwall 2.5 Mistral 7B is a state of the "
            "art Mistral fine-tune, a continuation of Gadwall 2, trained on code datasets.\n\n"
            "## Quantized Models\n\nGGUF: https://huggingface.co/gadwall/Gadwall-2.5-Mistral-7B-GGUF\n")
    models = by_name(extract_document(read_markdown(text)))
    assert [m.parameters for m in models.values()] == [None]


def test_names_met_only_in_a_section_of_credits_are_not_the_documents_models():
    text = """# Introduction

We trained Eider-2 on speech. Eider-2 speaks eight languages.

## Acknowledgements

- [Loon-VITS2](https://github.com/someone/Loon-VITS2): thanks to the Loon-VITS2 authors.
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["Eider-2"]


def test_a_card_naming_no_model_in_prose_is_about_the_repository_its_snippets_load():
    text = """# Scaup | [Demo]() | [Homepage](https://example.org/)

The Scaup language model is a Korean-English bilingual language model.

```python
model_id = "ScaupLab/llama-3-Korean-Scaup-70B"
```

```python
model = AutoModelForCausalLM.from_pretrained('ScaupLab/llama-3-Korean-Scaup-70B')
```
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["llama-3-Korean-Scaup-70B"]


def test_a_repository_loaded_once_names_no_model():
    text = "# Usage\n\nThe library runs models.\n\n```python\nmodel_id = 'someone/Scaup-7B'\n```\n"
    assert list(by_name(extract_document(read_markdown(text)))) == []
def test_a_card_titled_by_a_sized_name_describes_it_beside_the_models_made_from_it():
    text = """---
license: apache-2.0
---
# Kestrel-7B

Kestrel-7B is a decoder-only transformer trained by Kestrel Labs.

### Models finetuned off Kestrel-7B

* [Kestrel-7B-Chat](https://huggingface.co/kestrel/kestrel-7b-chat): a chatbot-like model.
  * License: _CC-By-NC-SA-4.0_
* [Kestrel-7B-Instruct](https://huggingface.co/kestrel/kestrel-7b-instruct): short-form instruction following.
  * License: Apache 2.0

| Hyperparameter | Value |
|----|----|
| n_layers | 32 |
| sequence length | 2048 |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert list(models) == ["Kestrel-7B", "Kestrel-7B-Chat", "Kestrel-7B-Instruct"]
    # The card's hyper-parameters are its own model's, not copied onto the models made from it.
    assert models["Kestrel-7B"].context_window == 2048
    assert models["Kestrel-7B-Chat"].context_window is None
    # A nested item is about the model its parent item names.
    assert models["Kestrel-7B-Chat"].license == "CC-BY-NC-SA-4.0"
    assert models["Kestrel-7B-Instruct"].license == "Apache-2.0"


def test_a_title_that_only_shortens_the_names_is_not_a_model_of_its_own():
    text = """---
license: apache-2.0
---
# Plover-135m

Plover-Llama-135m is a language model; Plover-Llama-135m-code is its code variant.
"""
    assert sorted(by_name(extract_document(read_markdown(text)))) == ["Plover-Llama-135m", "Plover-Llama-135m-code"]


def test_a_runtime_or_model_format_is_never_a_model():
    text = """# Heron large-v2 model for CTranslate2

This repository contains the conversion of Heron-large-v2 to the CTranslate2 model format.
This model can be used in CTranslate2, ONNX or TensorRT-LLM.
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["Heron-large-v2"]


def test_makers_from_a_titles_byline_a_joint_development_and_a_team_heading_but_not_a_cloud_provider():
    text = """---
license: creativeml-openrail-m
---
# Merganser is an open source diffusion model fine tuned on photographs, by [Plumage](https://plumage.example)

Include 'mrg style' in the prompt. Here you'll find [Merganser v2](https://huggingface.co/plumage/merganser-v2).
"""
    assert by_name(extract_document(read_markdown(text)))["Merganser"].developer == "Plumage"
    text = "# Gannet\n\nGannet-7B is a code model developed jointly by the Sea Computing Lab at Coast University.\n"
    gannet = by_name(extract_document(read_markdown(text)))["Gannet-7B"]
    assert gannet.developer == "Sea Computing Lab at Coast University"
    text = "# Tern-7B\n\nTern-7B is a Thai language model.\n\n## TRN 10X AI Team\n\n- Ann Example\n"
    assert by_name(extract_document(read_markdown(text)))["Tern-7B"].developer == "TRN 10X AI"
    text = "# Skua-34B\n\nSkua-34B is a code model.\n\n## Training details\n\n- **Hardware Type:** 32x A100-80GB\n" \
           "- **Cloud Provider:** AWS\n- **Compute Region:** us-east-1\n"
    assert by_name(extract_document(read_markdown(text)))["Skua-34B"].developer is None


def test_a_protocol_is_not_an_access_surface():
    text = "# Shag-7B\n\nShag-7B is a code model available on Hugging Face.\n\n" \
           "Then you can interact with Shag-7B via HTTP requests:\n"
    assert by_name(extract_document(read_markdown(text)))["Shag-7B"].access_surfaces == ["Hugging Face"]


def test_a_cards_task_tag_states_what_goes_in_and_comes_out_but_a_generation_tag_does_not():
    text = "---\ntags:\n  - stable-diffusion\n  - text-to-image\nlicense: mit\n---\n"
    text += "# Eider-2B\n\nEider-2B is a model.\n"
    eider = by_name(extract_document(read_markdown(text)))["Eider-2B"]
    assert (eider.input_modalities, eider.output_modalities) == (["text"], ["image"])
    assert eider.evidence["output_modalities"] == "- text-to-image"
    text = "---\npipeline_tag: image-text-to-text\n---\n# Eider-2B\n\nEider-2B is a model.\n"
    eider = by_name(extract_document(read_markdown(text)))["Eider-2B"]
    assert (eider.input_modalities, eider.output_modalities) == (["image", "text"], ["text"])
    text = "---\npipeline_tag: text-generation\n---\n# Eider-2B\n\nEider-2B is a model.\n"
    assert by_name(extract_document(read_markdown(text)))["Eider-2B"].input_modalities is None


def test_the_model_a_card_was_fine_tuned_from_is_not_one_it_describes():
    text = """---
license: apache-2.0
---
# Smew-7B-Orca

We have used our own dataset to fine-tune on top of [Smew 7B](https://huggingface.co/smewai/Smew-7B-v0.1).
Try [Smew-7B-Orca](https://huggingface.co/smewai/Smew-7B-Orca) on Hugging Face.
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["Smew-7B-Orca"]


def test_a_variant_word_joined_on_by_a_hyphen_names_a_model_of_its_own():
    # Two sections of a models page, each a property table: 'Flash-Lite' is not 'Flash' with a word after it.
    section = ("# Merlin 2.0 {name}\n\n{lead}\n\n| Property | Description |\n|---|---|\n"
               "| Input token limit | {limit} |\n| Knowledge cutoff | August 2024 |\n\n")
    text = (section.format(name="Flash", lead="Merlin 2.0 Flash is our workhorse model.", limit="1,048,576")
            + section.format(name="Flash-Lite", lead="A Merlin 2.0 Flash model optimized for cost.", limit="131,072")
            + "Merlin 2.0 Flash-based agents are described elsewhere.\n")
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["Merlin 2.0 Flash", "Merlin 2.0 Flash-Lite"]
    assert models["Merlin 2.0 Flash-Lite"].context_window == 131072
    assert models["Merlin 2.0 Flash"].context_window == 1048576


def test_the_architecture_a_card_names_under_its_label_is_no_model():
    # A card's spec lines: the network architecture it is built on is a design, not a model of the card.
    for spec in ("**Architecture Type:** Transformer Decoder\n\n**Network Architecture:** Merlin-4\n",
                 "- Architecture: Merlin-4\n- Context length: 4,096 tokens\n"):
        text = ("# Merlin-Mini-4B-Instruct\n\nMerlin-Mini-4B-Instruct is a small language model for role play.\n\n"
                f"## Model Architecture\n\n{spec}\n## Input\n**Input Type:** Text\n\n"
                "## Output\n**Output Type:** Text\n")
        assert list(by_name(extract_document(read_markdown(text)))) == ["Merlin-Mini-4B-Instruct"], spec


def test_a_model_the_document_says_it_releases_is_one_of_its_models():
    text = ("# Kite 2\n\nToday we're releasing Kite 2, our most capable open model, alongside Kite 2 Mini.\n\n"
            "Kite 2 Mini has 8 billion parameters.\n\n"
            "Kite 2 outperforms Llama 3.3 70B. After Meta released Llama 3.1 405B alongside Llama 3.1 8B, we began.\n")
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["Kite 2", "Kite 2 Mini"]
    assert models["Kite 2 Mini"].parameters == 8_000_000_000
