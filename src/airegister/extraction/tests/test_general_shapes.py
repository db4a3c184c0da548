"""Shapes met on the development half of set t, each as a small made-up document (name_lists.py, fields …).

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

import re

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def by_name(result):
    return {m.name: m for m in result.models}


def test_identifiers_opening_with_a_size_are_models_of_an_introduced_list():
    text = """# Grebe

Install the package, then load a checkpoint by its name.

Supported model names are:
- **300M_reference**
- **2B5_1000G**
- **2B5_many_species**
"""
    assert sorted(by_name(extract_document(read_markdown(text)))) == ["2B5_1000G", "2B5_many_species",
                                                                      "300M_reference"]
    # a list of dates or of plain numbers under the same sentence names no model
    dates = """# Grebe

Supported model names are:
- **2023_01**
- **2024_02**
"""
    assert not by_name(extract_document(read_markdown(dates)))


def test_a_size_on_a_base_model_line_is_not_the_size_of_the_models_listed():
    text = """# Grebe

## Versions

- Released models
    * Grebe-Chat-v0.2
      - Pretraining Model: Zorvak (7 billion params)
      - Instruct data: 50,000 pairs
    * Grebe-Chat-v0.1
      - Pretraining Model: Grebe-base
      - Instruct data: 7,000 pairs
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["Grebe-Chat-v0.1", "Grebe-Chat-v0.2"]
    assert all(m.parameters is None for m in models.values())
    own = """# Grebe-7B

- Parameters: 7 billion params
- Base model: Zorvak-13B (13 billion params)
"""
    assert [m.parameters for m in extract_document(read_markdown(own)).models] == [7_000_000_000]


def test_a_context_column_in_bases_is_read_literally_and_bytes_are_not():
    text = """# Grebe

| Model | Params | Max Context |
|:------|:-------|:------------|
| Grebe_8M_short | 8M | 8kb |
| Grebe_8M_long | 8M | 1Mb |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {n: m.context_window for n, m in models.items()} == {"Grebe_8M_short": 8000, "Grebe_8M_long": 1_000_000}
    bytes_ = text.replace("8kb", "8 KB").replace("1Mb", "1 MB")
    assert all(m.context_window is None for m in extract_document(read_markdown(bytes_)).models)


def test_a_base_models_maker_inside_fine_tunes_names_is_not_their_developer():
    text = """# Grebe

Grebe fine-tunes open code models.

| Model | Base | Size |
|:------|:-----|:-----|
| Grebe-DeepSeek-33B | deepseek-coder-33b | 33B |
| Grebe-Mistral-7B | mistral-7b | 7B |

The Grebe-DeepSeek-33B model ranks first; Grebe-DeepSeek-33B is our best model.
Try Grebe-DeepSeek-33B today.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert set(models) >= {"Grebe-DeepSeek-33B", "Grebe-Mistral-7B"}
    assert all(m.developer != "DeepSeek" for m in models.values())


def test_the_owner_of_the_repository_a_readme_welcomes_to_is_the_developer():
    text = """# Grebe

Welcome to the Quillon GitHub repository of the Grebe project.

Supported model names are:
- **Grebe_100M_v2**
- **Grebe_500M_v2**
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {n: m.developer for n, m in models.items()} == {"Grebe_100M_v2": "Quillon", "Grebe_500M_v2": "Quillon"}
    # a repository of someone else's library, named without the welcome, makes no developer
    other = text.replace("Welcome to the Quillon GitHub repository of the Grebe project.",
                         "Install it from the Quillon GitHub repository.")
    assert all(m.developer is None for m in extract_document(read_markdown(other)).models)


RELEASES = """## Release 1.0

**November 25, 2019**

Download the models here:

* Cased Grebe Base: [grebe-base-cased-v1.zip](http://dl.example.org/grebe/grebe-base-cased-v1.zip)
* Uncased Grebe Base: [grebe-base-uncased-v1.zip](http://dl.example.org/grebe/grebe-base-uncased-v1.zip)

## Previous releases

### Release 0.1

**September 30, 2019** A beta version of the cased model.

Download the model here: [grebe-base-cased.zip](http://dl.example.org/grebe/grebe-base-cased.zip)

Original weights: [grebe-2019-09-01.zip](http://dl.example.org/grebe/grebe-2019-09-01.zip)
"""


def test_archives_offered_for_download_name_their_models():
    models = by_name(extract_document(read_markdown(RELEASES)))
    # a dated build's archive ('grebe-2019-09-01.zip') names no model of its own
    assert sorted(models) == ["grebe-base-cased", "grebe-base-cased-v1", "grebe-base-uncased-v1"]
    # an archive linked without a download offer names none
    plain = "# Grebe\n\nSee [grebe-notes-v1.zip](http://dl.example.org/grebe-notes-v1.zip) and " \
            "[grebe-data-v2.zip](http://dl.example.org/grebe-data-v2.zip).\n"
    assert not by_name(extract_document(read_markdown(plain)))


def test_archives_a_page_offers_by_their_file_names_alone_name_their_models():
    # the same releases on a page that lost its links: each archive's name stands as a word of prose
    unlinked = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", RELEASES)
    assert sorted(by_name(extract_document(read_markdown(unlinked)))) == \
        ["grebe-base-cased", "grebe-base-cased-v1", "grebe-base-uncased-v1"]
    # an archive in an address or a path, or without a download offer, names none
    others = ("# Grebe\n\nThe data: grebe-data-v2.zip and grebe-notes-v1.zip.\n\n"
              "Download from http://dl.example.org/grebe/grebe-base-v3.zip or data/grebe-base-v4.zip\n")
    assert not by_name(extract_document(read_markdown(others)))


def test_a_numbered_release_section_opening_with_a_date_dates_its_models():
    models = by_name(extract_document(read_markdown(RELEASES)))
    assert {n: m.release_date for n, m in models.items()} == {
        "grebe-base-cased-v1": "2019-11-25", "grebe-base-uncased-v1": "2019-11-25", "grebe-base-cased": "2019-09-30"}


def test_a_weight_delta_repository_holds_its_model_not_another():
    text = """# Grebe-Chat

Grebe-Chat-13B and Grebe-Chat-65B are chat models with 13B and 65B parameters.

* Check out the [weight diff](https://huggingface.co/acme/Grebe-Chat-13b-delta) of Grebe-Chat-13B.
"""
    names = by_name(extract_document(read_markdown(text)))
    assert "Grebe-Chat-13B" in names and not any("delta" in name.lower() for name in names)


def test_a_dated_release_of_a_family_from_one_size_to_another_dates_those_sizes():
    text = """# Grebe-Chat

## News

* **[Jun. 06, 2023]** We release **Grebe-Chat** from 7B to 13B, and the quantization scripts.

## Models

Grebe-Chat-13B and Grebe-Chat-65B are our chat models; Grebe-Chat-7B follows later.

| Model | Score |
|:--|:--|
| Grebe-Chat-65B | 36.7% |
| Grebe-Chat-13B | 32.6% |
| Grebe-Chat-7B | 30.1% |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Grebe-Chat-13B"].release_date == "2023-06-06"
    assert models["Grebe-Chat-65B"].release_date is None  # outside the range released that day


def test_researchers_in_an_organisation_develop_the_family_the_sentence_names():
    text = """# Grebe-Chat

Grebe-Chat is a chat model that is developed by researchers in QLAB, Quillon University of Arts.

| Model | Params |
|:--|:--|
| Grebe-Chat-13B | 13B |
| Grebe-Chat-65B | 65B |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {n: m.developer for n, m in models.items()} == {"Grebe-Chat-13B": "QLAB", "Grebe-Chat-65B": "QLAB"}
    # a thing the page names that is none of its models keeps its own maker
    other = text.replace("Grebe-Chat is a chat model", "Zorvak Metric is a metric")
    assert all(m.developer is None for m in extract_document(read_markdown(other)).models)
