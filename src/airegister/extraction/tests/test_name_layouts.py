"""Layouts vendor docs give their models in that a name finder tuned on the development half met rarely
(bench/name_robustness.py measures them): a models table with the models as column headers, models as definition
lines or subsections, names written with their organisation ('quillon/Zorvak-7B').

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_html_document, read_markdown


def by_name(result):
    return {m.name: m for m in result.models}


TRANSPOSED = """# Quillon Labs documentation

Quillon Labs releases two open models.

## Models

| Model | Zorvak-Chat | Zorvak-Large |
|---|---|---|
| Parameters | 7B | 70B |
| Context window | 32K | 128K |
| License | Apache 2.0 | MIT |
| Release date | 2024-03 | 2024-06 |
"""


def test_a_table_with_its_models_in_columns_gives_each_column_its_facts():
    models = by_name(extract_document(read_markdown(TRANSPOSED)))
    assert sorted(models) == ["Zorvak-Chat", "Zorvak-Large"]  # names without a version, as column headers
    chat, large = models["Zorvak-Chat"], models["Zorvak-Large"]
    assert (chat.parameters, chat.context_window, chat.license, chat.release_date) == (
        7_000_000_000, 32_000, "Apache-2.0", "2024-03")
    assert (large.parameters, large.context_window, large.license, large.release_date) == (
        70_000_000_000, 128_000, "MIT", "2024-06")
    assert chat.evidence["context_window"] == "| Context window | 32K | 128K |"  # the row, verbatim


def test_a_transposed_html_table_and_one_with_an_empty_corner_read_the_same():
    html = """<html><body><h1>Quillon Labs models</h1><p>Quillon Labs releases two open models.</p>
<table><tr><th></th><th>Zorvak-7B</th><th>Zorvak-70B</th></tr>
<tr><td>Parameters</td><td>7B</td><td>70B</td></tr><tr><td>Context window</td><td>32K</td><td>128K</td></tr>
</table></body></html>"""
    models = by_name(extract_document(read_html_document(html)))
    assert {n: (m.parameters, m.context_window) for n, m in models.items()} == {
        "Zorvak-7B": (7_000_000_000, 32_000), "Zorvak-70B": (70_000_000_000, 128_000)}


def test_a_benchmark_table_with_models_in_columns_names_no_model():
    text = """# Zorvak-7B

Zorvak-7B is our new open model.

| | Brastel-7B | Vontrix-8B |
|---|---|---|
| MMLU | 61.2 | 66.0 |
| GSM8K | 40.1 | 52.3 |
| Parameters | 7B | 8B |
"""
    assert sorted(by_name(extract_document(read_markdown(text)))) == ["Zorvak-7B"]



def test_definition_lines_each_naming_a_model_over_its_facts_are_models():
    text = """# Quillon Labs documentation

Quillon Labs releases two open models.

**Zorvak-Chat**: a chat model with a 32K context window; 7B parameters.

**Zorvak-Large**: a larger model with a 128K context window; 70B parameters.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["Zorvak-Chat", "Zorvak-Large"]
    assert (models["Zorvak-Chat"].context_window, models["Zorvak-Large"].context_window) == (32_000, 128_000)
    details = """# Zorvak-7B

**Developed by**: Quillon Labs, 7B parameters.

**License**: Apache 2.0, see hf.co/quillon.
"""
    assert sorted(by_name(extract_document(read_markdown(details)))) == ["Zorvak-7B"]  # a card's details


SUBSECTIONS = """# Quillon Labs documentation

Quillon Labs releases open models.

## Models

### Zorvak-Chat

Parameters: 7B. Context window: 32K. License: Apache 2.0.

### Zorvak Chat SFT

Parameters: 7B. Context window: 32K. Download from Hugging Face.

### Zorvak-Large

Parameters: 70B. Context window: 128K. License: MIT.
"""


def test_subsections_of_a_models_section_each_headed_by_a_name_are_models():
    models = by_name(extract_document(read_markdown(SUBSECTIONS)))
    # 'Zorvak Chat SFT' extends 'Zorvak-Chat': two listed models, not a short form of one
    assert sorted(models) == ["Zorvak Chat SFT", "Zorvak-Chat", "Zorvak-Large"]
    large = models["Zorvak-Large"]
    assert (large.parameters, large.context_window, large.license) == (70_000_000_000, 128_000, "MIT")
    other = SUBSECTIONS.replace("## Models", "## Getting started").replace("Zorvak-Chat", "Installation") \
        .replace("Zorvak Chat SFT", "Usage").replace("Zorvak-Large", "Deployment")
    assert by_name(extract_document(read_markdown(other))) == {}  # sections of another section name no model


def test_a_name_written_with_its_organisation_is_read_without_it():
    text = """# quillon-labs/Zorvak-7B

quillon-labs/Zorvak-7B is our new open model, with a context window of 32K tokens.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["Zorvak-7B"]
    assert models["Zorvak-7B"].context_window == 32_000
    versionless = """# suno/Bark

suno/Bark is a transformer-based text-to-audio model.
"""
    assert sorted(by_name(extract_document(read_markdown(versionless)))) == ["Bark"]
    digits = "# scb-10x/Zorvak-7B\n\nscb-10x/Zorvak-7B is a pretrained Thai language model.\n"
    assert sorted(by_name(extract_document(read_markdown(digits)))) == ["Zorvak-7B"]
    # an address, a path and coordinated words are no organisation's ids
    paths = """# Zorvak-7B

Zorvak-7B is our new open model. See https://example.org/docs/Brastel-2B and src/models/Vontrix-3B for
the code, and the input/output formats.
"""
    assert sorted(by_name(extract_document(read_markdown(paths)))) == ["Zorvak-7B"]


def test_sections_headed_by_names_with_their_organisation_are_models():
    text = """# Quillon Labs models

## Zorvak

### quillon/Zorvak-7B-Chat

Context window: 32K.

### quillon/Zorvak-70B-Chat

Context window: 128K.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {n: m.context_window for n, m in models.items()} == {"Zorvak-7B-Chat": 32_000, "Zorvak-70B-Chat": 128_000}


def test_subsections_headed_by_a_familys_sizes_are_its_models():
    text = """# Zorvak

Zorvak is a family of protein language models by Quillon Labs. Zorvak comes in two sizes.

## Small

Params: 85M. Layers: 12.

## Large

Params: 680M. Layers: 24.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {n: m.parameters for n, m in models.items()} == {"Zorvak Small": 85_000_000, "Zorvak Large": 680_000_000}
    # sections that are no sizes ('## Usage') under a heading that is no 'Models' name no model
    other = text.replace("## Small", "## Usage").replace("## Large", "## Training")
    assert not any(n.endswith(("Usage", "Training")) for n in by_name(extract_document(read_markdown(other))))


def test_a_models_table_naming_its_models_by_hub_id_names_them_without_the_organisation():
    text = """# Zorvak

Quillon Labs releases the Zorvak models.

| Model | Description | Context |
|---|---|---|
| quillon-labs/Zorvak-Instruct | instruction-tuned | 32K |
| quillon-labs/Zorvak-PPO | trained with reinforcement learning | 32K |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {n: m.context_window for n, m in models.items()} == {"Zorvak-Instruct": 32_000, "Zorvak-PPO": 32_000}


def test_definition_paragraphs_of_an_html_page_are_models():
    html = """<html><body><h1>Quillon Labs models</h1><p>Quillon Labs releases two open models.</p>
<p><b>Zorvak-Chat</b>: a chat model, 7B parameters, with a 32K context window.</p>
<p><b>Zorvak-Large</b>: a larger model, 70B parameters, with a 128K context window.</p>
<p>Note: both are released under Apache 2.0.</p></body></html>"""
    models = by_name(extract_document(read_html_document(html)))
    assert {n: m.context_window for n, m in models.items()} == {"Zorvak-Chat": 32_000, "Zorvak-Large": 128_000}


SIZE_WORD_FILES = """## Converted checkpoints

The checkpoints are converted to our own file format.

## Available files

| Model          | Disk    | SHA        |
| -------------- | ------- | ---------- |
| tiny           | 75 MiB  | `aa11bb22` |
| tiny.en        | 75 MiB  | `cc33dd44` |
| base           | 142 MiB | `ee55ff66` |
| base.en        | 142 MiB | `0a1b2c3d` |
| large-v2       | 2.9 GiB | `4e5f6a7b` |
| large-v2-q5_0  | 1.1 GiB | `8c9d0e1f` |
"""


def test_a_name_column_of_size_word_names_lists_models_beside_file_sizes_and_hashes():
    # Lower-case names led by a size word ('tiny.en') beside versioned ones ('large-v2'), with no column of facts:
    # each row is a model all the same.
    names = set(by_name(extract_document(read_markdown(SIZE_WORD_FILES))))
    assert {"tiny", "tiny.en", "base", "base.en", "large-v2", "large-v2-q5_0"} <= names


LOWER_REPO_IDS = """# Zorvakimbau Base (aka "zorvak-base-galician")

Zorvakimbau Base is a pretrained encoder for Galician. It is available in two sizes: Base and Large.

## Available models

| Model                          | Arch.       | #Layers | #Params |
| ------------------------------ | ----------- | ------- | ------- |
| `quillon/zorvak-base-galician`  | Zorvak-Base  | 12      | 110M    |
| `quillon/zorvak-large-galician` | Zorvak-Large | 24      | 335M    |
"""


def test_a_name_column_of_lower_case_repository_ids_names_each_model_after_the_slash():
    models = by_name(extract_document(read_markdown(LOWER_REPO_IDS)))
    assert models["zorvak-large-galician"].parameters == 335_000_000
    assert models["zorvak-base-galician"].parameters == 110_000_000
    assert "quillon/zorvak-large-galician" not in models


RUN_ON_LABEL_LINE = """# Zorvak-1B

Zorvak-1B is a distilled text-to-image model.

## Limitations and Bias

Limitations & Bias
The Zorvak-1B Model has some challenges in embodying photorealism.

## Architecture

The Zorvak-1B Model is a 1.3B Parameter Model which has several layers removed.
"""


def test_a_label_line_run_into_the_next_sentence_does_not_lead_the_name_and_title_case_parameter_counts():
    # 'Limitations & Bias' then 'The Zorvak-1B Model' on the next line read as one paragraph: the name starts after
    # the determiner ('Bias The Zorvak-1B' is no model); 'a 1.3B Parameter Model' states the size in title case.
    models = by_name(extract_document(read_markdown(RUN_ON_LABEL_LINE)))
    assert list(models) == ["Zorvak-1B"]
    assert models["Zorvak-1B"].parameters == 1_300_000_000


FAMILY_OF_SIZES = """# Zorvakimbau - Galician BERT

This repository contains pre-trained encoders for Galician.

## Download

The base and large models are available at [Hugging Face](https://huggingface.co/quillon).

## Results

| Task | Zorvakimbau-Large | Zorvakimbau-Base | mBERT |
| ---- | ----------------- | ---------------- | ----- |
| NER  | **83.7**          | 83.1             | 79.2  |

## Usage

The weights are also available on the [Community models](https://huggingface.co/models):

- [Zorvakimbau Base model card](https://huggingface.co/quillon/zorvak-base)
- [Zorvakimbau Large model card](https://huggingface.co/quillon/zorvak-large)
"""


def test_the_title_family_with_a_size_word_names_each_size_without_a_digit():
    # 'Zorvakimbau-Large', 'Zorvakimbau Base': two sizes of the family the title names. The subtitle after ' - '
    # names no developer; the models' own link texts are no places, a hub page's link text is its hub.
    models = by_name(extract_document(read_markdown(FAMILY_OF_SIZES)))
    assert sorted(models) == ["Zorvakimbau Base", "Zorvakimbau Large"]
    for facts in models.values():
        assert facts.developer is None
        assert facts.access_surfaces in (None, ["Hugging Face"])


SITE_LINK_AND_MIRRORS = """# Zorvak Photo 2.0

Zorvak Photo 2.0 is a text-to-image model made by Quillon.

You can use this model for free on [zorvak.art](https://zorvak.art/)!

## Files

The converted files are available from the following locations:

- https://files.quillon.com
"""


def test_a_link_whose_text_is_its_site_names_the_place_and_a_list_of_bare_mirrors_does_not():
    models = by_name(extract_document(read_markdown(SITE_LINK_AND_MIRRORS)))
    assert models["Zorvak Photo 2.0"].access_surfaces == ["zorvak.art"]


ABBREVIATED_TITLE = """# Quillon Zorvak Diffusion 1B (QZD-1B) Model Card

## Model Description

The Quillon Zorvak Diffusion Model (QZD-1B) is a distilled text-to-image model.

## Architecture

The QZD-1B Model is a 1.3B parameter model. QZD-1B is fast.
"""


def test_a_long_name_defining_its_abbreviation_is_the_model_the_abbreviation_names():
    # 'Quillon Zorvak Diffusion 1B (QZD-1B)': the initials and the size; one model, not two.
    models = by_name(extract_document(read_markdown(ABBREVIATED_TITLE)))
    assert list(models) == ["QZD-1B"]



def test_names_written_with_spaces_for_hyphens_read_as_their_hyphenated_spelling():
    """'Zorvak 16B Base 32k' as 'Zorvak-16B-Base-32k': a maker's word before a size is the name's own stem."""
    text = """# Zorvak-16B

Zorvak-16B is a 16 billion parameter language model developed by Zorvak Lab.

The Base-32k version is based on the Zorvak 16B Base model. The Chat version and Chat-32k version are based on
the Zorvak 16B Base model and Zorvak 16B Base 32k model respectively.

We evaluated the Zorvak 16B Base 32k model using LongBench. We evaluated the Zorvak 16B Chat 32k model too.
Users can talk with Zorvak 16B Chat in the demo.
"""
    assert set(by_name(extract_document(read_markdown(text)))) == {
        "Zorvak 16B Base", "Zorvak 16B Base 32k", "Zorvak 16B Chat 32k", "Zorvak 16B Chat"}


def test_a_build_tag_after_a_size_is_part_of_a_spaced_name_but_a_list_of_formats_is_not():
    text = """# Quillon models

We release Quillon 24B A2B, a mixture model, and Quillon 7B Chat AWQ, quantised for small GPUs.

Download Quillon-7B-Chat-GGUF GPTQ AWQ files from the hub.
"""
    names = set(by_name(extract_document(read_markdown(text))))
    assert {"Quillon 24B A2B", "Quillon 7B Chat AWQ"} <= names, names
    assert not any(n.endswith(("GGUF GPTQ", "GPTQ AWQ")) for n in names)


def test_rows_of_a_models_table_extending_a_name_with_spaces_are_models():
    text = """# Zorvak-X: Building Strong Open Multilingual Translation LLM with 7B Parameters

Our **Zorvak-X** models translate between 28 languages.

[2025/07/18] Zorvak X Instruct/PPO are now available on Hugging Face!

| Model Name | Description | Download |
| --- | --- | --- |
| Zorvak X Instruct | Instruction-tuned for alignment with user intent. | Model |
| Zorvak X PPO | RL trained to boost translation capabilities. | Model |
"""
    assert {"Zorvak X Instruct", "Zorvak X PPO"} <= set(by_name(extract_document(read_markdown(text))))


def test_a_models_table_naming_its_models_with_spaces_for_hyphens_names_them():
    """'zorvak21 eval da' as 'zorvak21-eval-da': a name cell whose word runs into its number reads as one name."""
    text = """# Available Evaluation Models

## Older Models:

| Model | Download Link | Paper |
| :---: | :---: | :---: |
| `zorvak20 eval rank` | [🔗](https://example.org/zorvak20-eval-rank.tar.gz) | [🔗](https://example.org/p1) |
| `zorvak21 eval da` | [🔗](https://example.org/zorvak21-eval-da.tar.gz) | [🔗](https://example.org/p2) |
| `zorvak21 eval qe mqm` | [🔗](https://example.org/zorvak21-eval-qe-mqm.tar.gz) | [🔗](https://example.org/p2) |
"""
    assert set(by_name(extract_document(read_markdown(text)))) == {
        "zorvak20 eval rank", "zorvak21 eval da", "zorvak21 eval qe mqm"}


def test_a_title_naming_its_model_with_its_organisation_is_read_without_it():
    """'# quillon/Zorvak VAD' over 'quillon/Zorvak VAD has …' sentences, and '# quillon/ZORVAK -- …' over 'We present
    quillon/ZORVAK, a … model' name the card's model as the bare title does."""
    subject = """# quillon-labs/Zorvak VAD

**quillon-labs/Zorvak VAD** - pre-trained enterprise-grade voice activity detector.

quillon-labs/Zorvak VAD has excellent results on speech detection tasks.

quillon-labs/Zorvak VAD was trained on huge corpora that include over 100 languages.
"""
    assert set(by_name(extract_document(read_markdown(subject)))) == {"Zorvak VAD"}
    introduced = """# quillon-labs/ZORVAK -- Multimodal Augmentation of Generative Models

## Abstract

Large-scale pretraining is fast becoming the norm. It needs labels. It needs many steps. Adapters help.
Nothing else does. Some say so. Others do not. We agree.

We present quillon-labs/ZORVAK, a simple method for augmenting generative language models with additional
modalities using adapter-based finetuning.
"""
    assert set(by_name(extract_document(read_markdown(introduced)))) == {"ZORVAK"}


def test_a_spaced_table_name_needs_a_word_run_into_its_number_and_no_bare_version_first():
    from airegister.extraction.name_shapes import TABLE_NAME_RE

    assert all(TABLE_NAME_RE.match(c) for c in ["wmt21 comet da", "large v2", "Zorvak-7B", "zorvak21 eval qe mqm"])
    assert not any(TABLE_NAME_RE.match(c) for c in ["v1.3 No 7B", "Chinese Image Caption", "Reward model"])


def test_a_page_without_a_title_takes_a_size_tables_family_from_the_text():
    family = """Zorvak is a family of autoregressive protein models, developed by Quillon Labs.

Model | #Params | layers
--- | --- | ---
Small | 85M | 12
Large | 680M | 24

Zorvak models are trained on protein sequences.
"""
    assert sorted(by_name(extract_document(read_markdown(family)))) == ["Zorvak Large", "Zorvak Small"]
    models = """This is the official codebase for the speech recognition models (Zorvak models) released by Quillon.

## Model Details

The Zorvak models are trained for speech recognition. They come in two sizes.

| Size | Parameters |
|---|---|
| tiny | 39 M |
| base | 74 M |
"""
    assert sorted(by_name(extract_document(read_markdown(models)))) == ["Zorvak base", "Zorvak tiny"]


def test_a_page_whose_first_heading_is_a_sections_takes_its_model_from_a_later_introduction():
    text = """## Authors

### repo

Ann (ann-dev), Bo (bo-dev), Cy (cy-dev)

### paper

Ann Example, Bo Example, Cy Example, [Quillon Labs](https://quillon.example.com)

Dee Example, [Some University](https://uni.example.edu)

## Abstract

Large-scale pretraining is fast becoming the norm in vision-language modelling. We present ZORVAK - a simple method
for augmenting generative language models with additional modalities using adapter-based finetuning. ZORVAK
outperforms earlier methods on most benchmarks.

## Usage

ZORVAK runs on one GPU.
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["ZORVAK"]


def test_a_page_without_a_title_is_about_the_repository_it_links_and_names():
    text = """We provide pretraining and evaluation instructions along with pretrained models and checkpoints:

1. [Evaluation](https://huggingface.co/quillon/Zorvak#evaluation)
2. [HuggingFace](https://huggingface.co/quillon/Zorvak)

## Tokenizer

In our experiments, we used a byte-level tokenizer.

## Release

The release of Zorvak models aims to empower the open research community.
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["Zorvak"]


def test_a_models_table_of_names_in_words_ending_in_their_size_word_names_each_row():
    """'Zorvak RoBERTa small' as 'Zorvak-RoBERTa-small': a name column of spaced names ending in a size word, beside
    architecture figures only, lists models though no name has a digit."""
    text = """# Quillon benchmark

We have trained 2 models: Zorvak-BERT and Zorvak-RoBERTa.

| Model               | Hidden size | # Layers | # Heads |
|---------------------|-------------|----------|---------|
| Zorvak BERT base     | 768         | 12       | 12      |
| Zorvak RoBERTa small | 768         | 6        | 12      |
| Zorvak RoBERTa large | 1024        | 24       | 16      |
"""
    assert {"Zorvak BERT base", "Zorvak RoBERTa small", "Zorvak RoBERTa large"} <= set(
        by_name(extract_document(read_markdown(text))))


def test_a_name_column_of_size_word_names_with_their_organisation_lists_models():
    # 'acme/tiny.en': the same list of checkpoints written as hub ids names the same models, without the organisation.
    text = SIZE_WORD_FILES.replace("| tiny ", "| acme/tiny ").replace("| tiny.en ", "| acme/tiny.en ") \
        .replace("| base ", "| acme/base ").replace("| base.en ", "| acme/base.en ")
    names = set(by_name(extract_document(read_markdown(text))))
    assert {"tiny", "tiny.en", "base", "base.en", "large-v2", "large-v2-q5_0"} <= names, names
    assert not any("/" in n for n in names)


def test_a_name_cell_adding_a_spaced_word_to_the_name_its_shape_reads_is_the_name():
    """'Zorvakv8n human' as 'Zorvakv8n-human': the shapes read 'Zorvakv8n' at the cell's start; the cell is the name."""
    text = """# Zorvak Human

Zorvak Human models estimate human attributes.

## Supported models

| Model            | Filenames            | Task                        | Inference | Export |
|------------------|----------------------|-----------------------------|-----------|--------|
| Zorvakv8n human  | zorvakv8n-human.pt   | Human attributes estimation | ✅        | ✅     |
| Zorvakv8s human  | zorvakv8s-human.pt   | Human attributes estimation | ✅        | ✅     |
| Zorvakv8m human  | zorvakv8m-human.pt   | Human attributes estimation | ✅        | ✅     |
"""
    names = set(by_name(extract_document(read_markdown(text))))
    assert {"Zorvakv8n human", "Zorvakv8s human", "Zorvakv8m human"} <= names, names
    assert "Zorvakv8n" not in names


def test_a_title_that_is_a_lower_case_repository_id_names_its_model_without_the_organisation():
    text = """# quillon-labs/zorvak-172b-exp2

# Model specs

|Spec name|Value|
|---|---|
|Number of parameters|172B|
|Context length|4096|

# Comments

An experimental checkpoint.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert set(models) == {"zorvak-172b-exp2"}, set(models)


def test_a_quoted_name_cell_written_as_a_hub_id_names_the_model_without_its_organisation():
    rows = ("| 'acme/chunk' | Chunking | English | Conll-2000 | **96.47** (F1) |\n"
            "| 'acme/chunk-fast' | Chunking | English | Conll-2000 | **96.22** (F1) |\n"
            "| 'acme/frame' | Frame detection | English | Propbank 3.0 | **97.54** (F1) |\n")
    text = ("# Zorvak models\n\n## List of other models\n\nWe end with a list of all other models we ship:\n\n"
            "| ID | Task | Language | Training Dataset | Accuracy |\n|---|---|---|---|---|\n" + rows)
    names = set(by_name(extract_document(read_markdown(text))))
    assert {"chunk", "chunk-fast", "frame"} <= names, names
    assert not any("/" in n for n in names)


def test_a_grid_of_sizes_by_builds_names_each_checkpoint_a_download_word_marks():
    """'| Model | Zorvak-hf | Zorvak-instruct-hf |' over '| 7B | Link | Link |': the build at the row's size, the size
    after the family's stem, wherever a download word (not 'Coming Soon') stands."""
    text = """# Zorvak

## Zorvak model index

|Model|Zorvak-hf|Zorvak-instruct-hf|
|---|---|---|
|7B| Link | Link|
|13B| Link | Coming Soon |

Zorvak models are trained on Japanese text.
"""
    names = set(by_name(extract_document(read_markdown(text))))
    assert {"Zorvak-7B-hf", "Zorvak-7B-instruct-hf", "Zorvak-13B-hf"} <= names, names
    assert "Zorvak-13B-instruct-hf" not in names
    # Columns that are no builds of one family ('| Model | Link | Notes |') make no grid.
    other = text.replace("|Model|Zorvak-hf|Zorvak-instruct-hf|", "|Model|Zorvak-hf|Quillon-chat|")
    assert not any(n.startswith(("Zorvak-7B", "Quillon")) for n in by_name(extract_document(read_markdown(other))))
