"""Models listed as labelled items (name_lists.py): '- Grebe-Coder: 7B parameters', '- tiny: 39 M parameters'.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

import re

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def by_name(result):
    return {m.name: m for m in result.models}


def test_the_labels_of_a_list_of_models_with_their_facts_are_models():
    text = """# Grebe

Our models:

- **Grebe-Instruct**: instruction-tuned, 7B parameters; download from 🤗 Hugging Face
- **Grebe-Coder**: tuned on code, 7B parameters
"""
    assert sorted(by_name(extract_document(read_markdown(text)))) == ["Grebe-Coder", "Grebe-Instruct"]
    sizes = """# Model Card: Grebe

The Grebe models are trained for speech recognition.

- tiny: 39 M parameters, ~1 GB of memory
- base: 74 M parameters, ~1 GB of memory
"""
    models = by_name(extract_document(read_markdown(sizes)))
    assert sorted(models) == ["Grebe base", "Grebe tiny"]  # a bare size takes its family from the title


def test_a_list_of_a_cards_details_or_of_a_models_formats_names_no_model():
    details = """# Grebe-7B

- Developed by: Grebe Labs
- Model size: 7B parameters
- Training data: 2T tokens
- License: MIT
"""
    assert list(by_name(extract_document(read_markdown(details)))) == ["Grebe-7B"]
    formats = """# Grebe-7B

Quantised versions of this model:

- AWQ: https://huggingface.co/someone/Grebe-7B-AWQ
- GGUF: https://huggingface.co/someone/Grebe-7B-GGUF
"""
    assert list(by_name(extract_document(read_markdown(formats)))) == ["Grebe-7B"]



def test_a_list_of_results_or_of_benchmarks_names_no_model():
    results = """# Grebe-7B

Grebe-7B is our new model.

- Rival-2 7B: Pile 2.504; HellaSwag 0.270; PIQA 0.590
- Other-LM 6B: Pile 1.613; HellaSwag 0.518; PIQA 0.752
"""
    assert list(by_name(extract_document(read_markdown(results)))) == ["Grebe-7B"]
    benchmarks = """# Grebe-7B

Grebe-7B is our new model.

- MMLU: Grebe-7B 71.6; Rival-2-7B 66.5
- GSM8K: Grebe-7B 70.3; Rival-2-7B 45.0
"""
    # nor is a score after a sized name its version ('Grebe-7B 71.6')
    assert list(by_name(extract_document(read_markdown(benchmarks)))) == ["Grebe-7B"]


def test_items_repeating_a_family_name_each_with_a_size_list_its_sizes():
    text = """# Zorvak

- Zorvak-GPT: Parameters 111M; Layers 10
- Zorvak-GPT: Parameters 256M; Layers 14
- Zorvak-GPT: Parameters 1.3B; Layers 24
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["Zorvak-GPT 1.3B", "Zorvak-GPT 111M", "Zorvak-GPT 256M"]


def test_a_bulleted_list_between_numbered_steps_is_a_list_of_its_own():
    text = """## Quick Start
1. Download the model.

- Zorvak-VL-34B: Download • Hugging Face
- Zorvak-VL-6B: Download • Hugging Face

2. Install the required packages.
3. Run the inference script.
"""
    assert sorted(by_name(extract_document(read_markdown(text)))) == ["Zorvak-VL-34B", "Zorvak-VL-6B"]


def test_items_stating_a_cutoff_or_a_download_link_label_models_even_when_a_line_repeats():
    text = """# Available models

- `zorvak-fr`: Training data `fr-web-v1`; Data cut-off December 2018
- `zorvak-en`: Training data `en-web-v1`; Data cut-off October 2021

## Older models

- `qx20-zorvak-da`: Download Link [link](https://example.com/qx20-zorvak-da.tar.gz)
- `qx21-zorvak-qe`: Download Link [link](https://example.com/qx21-zorvak-qe.tar.gz)
- `qx21-zorvak-qe`: Download Link [link](https://example.com/qx21-zorvak-qe.tar.gz)
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["qx20-zorvak-da", "qx21-zorvak-qe", "zorvak-en", "zorvak-fr"]


def test_a_results_table_written_as_a_list_names_no_model_by_its_scores():
    text = """# Zorvak

Zorvak is a multilingual language model trained on 9B tokens.

## Results

- News Headline Prediction: BaseNet 89.58; OtherNet 95.52; Zorvak 95.87
- Section Title Prediction: BaseNet 73.66; OtherNet 66.33; Zorvak 73.31
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["Zorvak"]  # not 'Zorvak 95.87'


def test_a_list_of_models_after_an_access_cue_names_no_place():
    text = """# Zorvak models

All other models can be accessed through the following links:

- `qx20-zorvak-da`: Download Link [🔗](https://example.com/qx20.tar.gz); Paper [🔗](https://example.org/p1)
- `qx21-zorvak-qe`: Download Link [🔗](https://example.com/qx21.tar.gz); Paper [🔗](https://example.org/p2)
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["qx20-zorvak-da", "qx21-zorvak-qe"]
    assert all(not m.access_surfaces for m in models.values())


def test_a_list_comparing_the_titled_model_with_others_lists_only_it():
    text = """# Zorvak-α Model Card

Zorvak-α is a text-to-image model.

## Training Efficiency

- DALL·E: Type Diff; #Params 12.0B; #Images 1.54B
- GLIDE: Type Diff; #Params 5.0B; #Images 5.94B
- Brastel: Type Diff; #Params 1.4B; #Images 0.27B
- Zorvak-α: Type Diff; #Params 0.6B; #Images 0.025B
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["Zorvak-α"]


def test_a_list_where_one_label_shares_a_title_word_is_no_comparison_unless_that_label_is_the_title():
    # '# BERT in Quillon': 'Zorvak BERT' shares the title's word, 'Brastel' and 'Quenmir' carry none of it, yet the
    # list gives each one's specifications: the document's own models, whatever they are called
    text = """# BERT in Quillon

We release the following models:

- Brastel, Russian, cased, 12-layer, 768-hidden, 12-heads, 180M parameters: [download](https://example.org/a)
- Quenmir, Slavic, cased, 12-layer, 768-hidden, 12-heads, 180M parameters: [download](https://example.org/b)
- Zorvak BERT, English, cased, 12-layer, 768-hidden, 12-heads, 110M parameters: [download](https://example.org/c)
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {name: m.parameters for name, m in models.items()} == {
        "Brastel": 180_000_000, "Quenmir": 180_000_000, "Zorvak BERT": 110_000_000}


def test_a_list_introduced_as_available_models_names_each_identifier_item_and_no_plain_word():
    text = """# Tern

Tern reads text from images.

The following models are available:

- tern_vgg16_bn
- tern-mobilenet-v3
- overview

We thank the following contributors:

- jdoe_42
- asmith
"""
    names = {m.name for m in extract_document(read_markdown(text)).models}
    assert {"tern_vgg16_bn", "tern-mobilenet-v3"} <= names
    assert not names & {"overview", "jdoe_42", "asmith"}



def test_identifier_items_written_with_their_organisation_name_the_model_without_it():
    text = """# Tern

Tern reads text from images.

The following models are available:

- quillon-labs/tern_vgg16_bn
- quillon-labs/tern-mobilenet-v3
"""
    names = {m.name for m in extract_document(read_markdown(text)).models}
    assert {"tern_vgg16_bn", "tern-mobilenet-v3"} <= names
    assert not any("/" in n for n in names)

def test_exported_weight_files_are_files_not_models():
    text = """# Tern-7n

Tern-7n detects people. Export it to any format:

| Format | Model |
| --- | --- |
| TorchScript | tern-7n.torchscript |
| TensorRT | tern-7n.engine |
| CoreML | tern-7n.mlpackage |
| TF SavedModel | tern-7n.pb |
"""
    names = {m.name for m in extract_document(read_markdown(text)).models}
    assert names == {"Tern-7n"}


def test_labels_linking_to_hub_pages_name_models_whatever_facts_follow():
    text = """# Public adapters

- [zv-public-coder](https://huggingface.co/quillon/coder): Description Coding tasks; Compatible with `zv-base`
- [zv-public-summary](https://huggingface.co/quillon/summary): Description Article summarization
"""
    assert sorted(by_name(extract_document(read_markdown(text)))) == ["zv-public-coder", "zv-public-summary"]


def test_an_integer_after_a_sized_name_in_a_results_list_is_a_score():
    text = """# Zorvak2

We release Zorvak2-3B and Zorvak2-7B.

## Results

- C-Eval: Other-70B 86; Zorvak2-7B 82; Zorvak2-3B 75
- MMLU: Other-70B 86; Zorvak2-7B 79; Zorvak2-3B 72
"""
    names = sorted(by_name(extract_document(read_markdown(text))))
    assert names == ["Zorvak2-3B", "Zorvak2-7B"]


def test_items_introduced_as_models_each_opening_with_an_identifier_and_a_colon_name_models():
    text = """# Tern

Tern finds spots in microscopy images.

The following pre-trained models are available (for details, please refer to the Methods section of the paper):

- `general`: trained on a diverse dataset of spots acquired in different microscopes.
- `synth_complex`: trained on synthetic data with aberrated spots.
- `fluo_live`: trained on live-cell fluorescence imaging data.

Before you start, note the following:

- Note: the models expect single-channel images.
- Tip: fine-tune them on a few annotations of your own data.
"""
    names = {m.name for m in extract_document(read_markdown(text)).models}
    assert {"general", "synth_complex", "fluo_live"} <= names
    assert not names & {"Note", "Tip"}
    # each identifier written with its organisation ('quillon/general'), the organisation no part of the name
    with_org = {m.name for m in extract_document(read_markdown(re.sub(r"`(\w+)`:", r"`quillon/\1`:", text))).models}
    assert {"general", "synth_complex", "fluo_live"} <= with_org


SPEC_LISTS = """# Tern in Kestrel

There are several pre-trained Tern models released by Quillon Research, more detail here:

- Tern-base, English, cased, 12-layer, 768-hidden, 110M parameters: download from [quillon](https://example.org/a)
- Tern-base, English, uncased, 12-layer, 768-hidden, 110M parameters: download from [quillon](https://example.org/b)
- Tern-large, English, cased, 24-layer, 1024-hidden, 340M parameters: download from [quillon](https://example.org/c)

We have trained Tern-base models for other languages:

- RuTern, Russian, cased, 12-layer, 768-hidden, 180M parameters: [kestrel](https://example.org/d)
- SlavicTern, Slavic (bg, cs, pl), cased, 12-layer, 768-hidden, 180M parameters: [kestrel](https://example.org/e)
- Conversational Tern, English, cased, 12-layer, 768-hidden, 110M parameters: [kestrel](https://example.org/f)
"""


def test_items_naming_a_model_then_its_specifications_list_models():
    # The name before the first comma; the title's stem run into a name ('RuTern') makes it the document's own.
    models = by_name(extract_document(read_markdown(SPEC_LISTS)))
    assert {name: m.parameters for name, m in models.items()} == {
        "RuTern": 180_000_000, "SlavicTern": 180_000_000, "Conversational Tern": 110_000_000}


def test_a_maker_stated_in_the_sentence_introducing_a_list_of_others_models_makes_none_of_the_documents():
    models = by_name(extract_document(read_markdown(SPEC_LISTS)))
    assert {m.developer for m in models.values()} == {None}


def test_items_stating_a_models_architecture_list_models():
    text = """# Tern benchmark

We have trained 2 models: Tern-BERT and Tern-RoBERTa.

- Tern-BERT-base: Embedding size 768; Hidden size 768; # Layers 12; # Heads 12
- Tern-RoBERTa-small: Embedding size 768; Hidden size 768; # Layers 6; # Heads 12
- Tern-RoBERTa-large: Embedding size 1024; Hidden size 1024; # Layers 24; # Heads 16
"""
    assert set(by_name(extract_document(read_markdown(text)))) == {
        "Tern-BERT-base", "Tern-RoBERTa-small", "Tern-RoBERTa-large"}


def test_item_labels_written_as_hub_ids_name_their_models_without_the_organisation():
    text = """# Zorvak in Quillon

The following pretrained models are available:

-  quillon/RuZorvak, Russian, cased, 12-layer, 768-hidden, 12-heads, 180M parameters: download
-  quillon/SlavicZorvak, Slavic, cased, 12-layer, 768-hidden, 12-heads, 180M parameters: download
-  quillon/Conversational Zorvak, English, cased, 12-layer, 768-hidden, 12-heads, 110M parameters: download
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {"RuZorvak", "SlavicZorvak", "Conversational Zorvak"} <= set(models), set(models)
    assert not any("/" in n for n in models)
    assert models["RuZorvak"].parameters == 180_000_000


def test_a_list_of_size_words_names_its_models_by_their_files_sizes_with_or_without_a_family():
    # No heading names a family: labels shaped as model names ('tiny', 'tiny.en', 'large-v2') are the models,
    # each with the size of its file ('75 MiB', '1.5 GiB') as its fact.
    files = """# Grebe files in a custom format

## Available models

- tiny: Disk 75 MiB; SHA `bd577a11`
- tiny.en: Disk 75 MiB; SHA `c78c86eb`
- base: Disk 142 MiB; SHA `46570746`
- large-v2: Disk 2.9 GiB; SHA `0f4c8e34`
"""
    assert sorted(by_name(extract_document(read_markdown(files)))) == ["base", "large-v2", "tiny", "tiny.en"]
    # Under a family's title, a label among the sizes that is no size word ('turbo') is a size of that family too.
    family = """# Model Card: Grebe

The Grebe models are trained for speech recognition.

- tiny: Parameters 39 M; Required VRAM ~1 GB
- base: Parameters 74 M; Required VRAM ~1 GB
- large: Parameters 1550 M; Required VRAM ~10 GB
- turbo: Parameters 809 M; Required VRAM ~6 GB
"""
    models = by_name(extract_document(read_markdown(family)))
    assert sorted(models) == ["Grebe base", "Grebe large", "Grebe tiny", "Grebe turbo"]
    # labels led by a size word ('base.cn', 'small.cn.streaming') are sizes of the family too
    dialects = family.replace("- large:", "- base.cn:").replace("- turbo:", "- small.cn.streaming:")
    models = by_name(extract_document(read_markdown(dialects)))
    assert sorted(models) == ["Grebe base", "Grebe base.cn", "Grebe small.cn.streaming", "Grebe tiny"]
    # a card's details stating its files' size label facts, not models
    details = "# Grebe-7B\n\n- Model size: 75 MiB\n- Download size: 1.5 GiB\n- License: MIT\n"
    assert sorted(by_name(extract_document(read_markdown(details)))) == ["Grebe-7B"]


def test_a_numbered_list_of_names_each_after_a_dash_stating_a_fact_lists_models():
    text = """# Choosing a model

Cirrus AI offers three models on its platform:

1. **Nimbus Ultra** — our flagship model with a 1M-token context window, for the hardest tasks.
2. **Nimbus Pro** — balanced speed and quality, with a 256K-token context window.
3. **Nimbus Lite** – the fastest and cheapest, with a 64K-token context window.
4. **Fast inference** — runs on one GPU with 8B parameters.
"""
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    assert sorted(models) == ["Nimbus Lite", "Nimbus Pro", "Nimbus Ultra"]  # 'Fast inference' names a feature
    assert models["Nimbus Pro"].context_window == 256_000


VOICES_MD = """# Zorvak TTS

## Text to Speech Models

* [GlowTTS](https://example.org/glow) (5 voices)
    * English (`en-us`, 3 voices)
        * quillon\\_fls (F, accent, [Quillon](https://example.org/q))
        * cmu\\_abc (M, [Arctic](licenses/arctic.txt))
        * ljspeech (F, [Public Domain](https://example.org/pd))
    * German (`de-de`, 2 voices)
        * thorsten (M, [CC0](licenses/cc0.txt))
        * eva\\_k (F, [M-AILabs](licenses/m.txt))

## Supported languages

* english (default)
* german (beta)
* french (alpha)
"""


def test_identifiers_each_with_an_aside_under_a_models_heading_are_models():
    names = sorted(by_name(extract_document(read_markdown(VOICES_MD))))
    assert names == ["cmu_abc", "eva_k", "ljspeech", "quillon_fls", "thorsten"]


def test_names_our_models_introduces_are_models_when_written_again():
    text = """# img-turbo

Our one-step conditional models **Zorvak-Turbo** and **quill-turbo** can translate images.
Zorvak-Turbo works on unpaired data; quill-turbo on paired data. Our models use-cases-here are many.
"""
    assert sorted(by_name(extract_document(read_markdown(text)))) == ["Zorvak-Turbo", "quill-turbo"]
