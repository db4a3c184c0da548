"""Facts kept when the maker or the family has a name the extractor has never seen (issue 9), each stated with a
small hand-written text (not a corpus copy): the maker from the phrases that state it, sizes of names written as
lower-case API ids.
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown
from airegister.extraction.tables import find_tables, score_columns


def by_name(result):
    return {m.name: m for m in result.models}


def test_developed_by_ends_at_the_first_lower_case_word_of_a_case_blind_cue():
    text = """# Zorvak-13B

Zorvak-13B is an open-source large language model developed jointly by the Quillon Labs and the AI team of
Brastel University, with 13 billion parameters.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Zorvak-13B"].developer == "Quillon Labs"


def test_a_stated_maker_replaces_a_known_makers_name_recurring_as_the_family():
    # 'Baichuan' is a known maker's name; here it is only the family the document compares with.
    text = """# Zorvak models

| Model | Parameters |
|---|---|
| Zorvak-7B-Base | 7B |
| Zorvak-13B-Chat | 13B |

Zorvak-13B-Chat is a chat model developed by Quillon Labs, following Baichuan-7B.

Zorvak-7B-Base is better than Baichuan-7B and Baichuan-13B on most benchmarks.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {m.developer for m in models.values()} == {"Quillon Labs"}


def test_a_sentence_of_the_authors_naming_themselves_names_the_maker():
    text = """<div align="center">
 Hi, everyone!
    <br>
    We are <b>Quillon Labs.</b>
</div>

# Zorvak-X: a translation model

We are excited to introduce Zorvak-X-Instruct, a translation model with 7B parameters.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert [m.developer for m in models.values()] == ["Quillon Labs"]


def test_a_size_written_in_lower_case_in_an_api_id_is_the_models_size():
    text = """# Zorvak text models

| Model | Context |
|---|---|
| zorvak2-350m | 32K |
| zorvak2-700m | 32K |

Both come in small sizes: 350M and 700M parameters.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["zorvak2-350m"].parameters == 350_000_000
    assert models["zorvak2-700m"].parameters == 700_000_000


def test_a_possessive_before_title_case_models_names_the_maker():
    text = """# Zorvak

Quillonbrain's Pre-Trained Language Models.

* Zorvak-6B: a Korean generative model with 6 billion parameters.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {m.developer for m in models.values()} == {"Quillonbrain"}


def test_a_model_from_an_organisation_after_a_comma_names_the_maker():
    text = """# Model Card: Zorvak

This is the official codebase for running the text to audio model, from Quillon.ai.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Zorvak"].developer == "Quillon.ai"


def test_model_was_trained_with_words_of_how_by_a_team_names_the_maker():
    text = """# Zorvak models

| Model | Parameters |
|---|---|
| Zorvak3Large | 760M |
| Zorvak3Medium | 350M |

## Details of pretraining Zorvak3Large

Model was trained on 1024 context length with transformers by [Quillon](https://quillon.example/) team on 80B
tokens for 3 epochs.

## Details of pretraining Zorvak3Medium

Model was trained on 1024 context length with transformers by [Quillon](https://quillon.example/) team on 80B
tokens for 3 epochs. Its benchmarking was done by Brastel team (see the table).
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {name: m.developer for name, m in models.items()} == {"Zorvak3Large": "Quillon", "Zorvak3Medium": "Quillon"}


def test_a_collaboration_between_a_list_of_organisations_names_the_first():
    text = """# Zorvak

Zorvak is a family of autoregressive protein models, developed in collaboration between Quillon, Brastel and Oxford.

Model | #Params | d_model | layers
--- | --- | --- | ---
[Small](https://huggingface.co/quillon/Zorvak_s) | 85M | 768 | 12
[Large](https://huggingface.co/quillon/Zorvak_l) | 680M | 1536 | 24
"""
    models = extract_document(read_markdown(text)).models
    assert models and {m.developer for m in models} == {"Quillon"}


def test_a_domain_name_after_made_by_is_the_maker():
    text = """# Zorvak Photoreal 2.0

Zorvak Photoreal 2.0 is a photorealistic text-to-image model, made by [quillon.art](https://quillon.art/).
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Zorvak Photoreal 2.0"].developer == "quillon.art"


def test_the_model_card_templates_organization_developing_the_model_label_names_the_maker():
    text = """# Zorvak Model Card

## Model details
**Organization developing the model**
Quillon Brastel Group

**Model date**
Zorvak was trained in March 2023
"""
    models = extract_document(read_markdown(text)).models
    assert [m.developer for m in models] == ["Quillon Brastel Group"]


def test_an_organisation_that_open_sources_models_is_their_maker():
    text = """# Tern models

In this repository the Kestrel Reading Room team (krr) at the Brastel City Library open sources another BERT
models.

| Model | Downloads |
|---|---|
| `tern-base-cased` | [model](https://example.org/tern-base-cased) |
| `tern-base-uncased` | [model](https://example.org/tern-base-uncased) |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {m.developer for m in models.values()} == {"Kestrel Reading Room team"}
    # Writing about someone else's release names no maker of this document's models.
    other = text.replace("open sources another BERT\nmodels", "uses the models")
    assert {m.developer for m in by_name(extract_document(read_markdown(other))).values()} == {None}


def test_a_column_of_one_repeated_figure_is_a_shared_setting_not_results():
    # The names are identifiers with no version, no link: only a table listing models names them, and a column
    # repeating one figure down its rows ('Downsamples 7') states a setting, where a column of results would vary.
    text = """# Zorvak checkpoints

| Model | Params | Downsamples | Stage |
|:------|:-------|:-------|:------|
| **Zorvak_small_pre** | 8M | 7 | Pre |
| **Zorvak_base_pre** | 100M | 7 | Pre |
| **Zorvak_base_post** | 100M | 7 | Post |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["Zorvak_base_post", "Zorvak_base_pre", "Zorvak_small_pre"]
    assert models["Zorvak_small_pre"].parameters == 8_000_000
    # the same column with figures that differ row to row holds results
    tables, _ = find_tables(read_markdown(text))
    assert score_columns(read_markdown(text), tables[0]) == []
    scored = read_markdown(text.replace("| 7 | Pre |\n| **Zorvak_base_pre** | 100M | 7 |",
                                        "| 71.2 | Pre |\n| **Zorvak_base_pre** | 100M | 64.5 |"))
    assert score_columns(scored, find_tables(scored)[0][0]) == [2]


def test_a_models_table_of_download_sizes_names_its_rows_whatever_their_shape():
    # Labels the extractor has never seen, with no version or size word: the column of file sizes makes the table
    # a list of models to download.
    text = """# Grebe model files

## Available models

| Model | Disk | SHA |
|---|---|---|
| zorvak | 75 MiB | `bd577a11` |
| zorvak.en | 75 MiB | `c78c86eb` |
| quenmir | 1.5 GiB | `fd9727b6` |
"""
    assert sorted(by_name(extract_document(read_markdown(text)))) == ["quenmir", "zorvak", "zorvak.en"]
    # a column of something else (a colour) beside such labels lists no models
    colours = text.replace("| Disk |", "| Colour |").replace("75 MiB", "red").replace("1.5 GiB", "blue")
    assert by_name(extract_document(read_markdown(colours))) == {}


def test_identifiers_a_program_loads_are_the_documents_models_whatever_word_they_share_with_the_title():
    # The page lost its title; its first heading names one task ('Semantic Frame Detection'), whose word 'frame'
    # two rows share. Rows of a column headed 'ID' are names the library loads: its own models, not competitors.
    text = """This tutorial gives you a tour of other models shipped with the library.

## Semantic Frame Detection

| ID | Task | Language | Accuracy |
| --- | --- | --- | --- |
| 'frame' | Frame Detection | English | **97.54** (F1) |
| 'frame-fast' | Frame Detection | English | **97.31** (F1) |
| 'negation-speculation' | Negation / speculation | English | **80.2** (F1) |
| 'de-historic-direct' | historical direct speech | German | **87.94** (F1) |
"""
    names = set(by_name(extract_document(read_markdown(text))))
    assert {"frame", "frame-fast", "negation-speculation", "de-historic-direct"} <= names


def test_a_name_with_a_lower_case_prefix_before_capitals_keeps_it_and_platform_makers_are_no_developer():
    text = """# qLSTM 7B: a recurrent model

We trained a 7B parameter qLSTM language model on 2.3T tokens.

## Running qLSTM 7B

On Apple Silicon, use the native kernels. Apple's MLX port is community-driven; Apple Metal works too.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert list(models) == ["qLSTM 7B"]  # not 'LSTM 7B'
    assert models["qLSTM 7B"].developer is None  # Apple's hardware is where it runs, not who made it


def test_a_family_of_encoders_by_an_organisation_names_its_maker():
    text = """# Loon

Loon is a family of image encoders by Petrel Vision.

| Model | Size | Checkpoint |
|---|---|---|
| Loon-S | 22M | [ckpt](x/s.pth) |
| Loon-B | 86M | [ckpt](x/b.pth) |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert {name: m.developer for name, m in models.items()} == {"Loon-S": "Petrel Vision", "Loon-B": "Petrel Vision"}


def test_a_byline_by_the_team_of_an_organisation_names_the_organisation_without_by():
    from airegister.extraction.readers import read_html_document

    for byline in ("By the Tanager Labs team · February 20, 2025", "By Tanager Labs"):
        page = f"""<html><head><title>Meet Tanager 2</title></head><body><article>
<h1>Meet Tanager 2: our most capable open model yet</h1><div class="byline">{byline}</div>
<p>Today we are releasing Tanager 2 in two sizes, 9B and 27B parameters.</p></article></body></html>"""
        models = by_name(extract_document(read_html_document(page)))
        assert {m.developer for m in models.values()} == {"Tanager Labs"}, byline
