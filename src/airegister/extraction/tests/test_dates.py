"""Release dates and cut-offs: how vendors state when a model came out, and dates that are not its release.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_html_document, read_markdown


def by_name(result):
    return {m.name: m for m in result.models}


def test_a_model_date_heading_of_a_model_card_is_the_release_date():
    text = "# Gadwall-7B\n\nGadwall-7B is our base model.\n\n## Model Date\n\nJune 12, 2023\n\n## License\n\nMIT\n"
    assert extract_document(read_markdown(text)).models[0].release_date == "2023-06-12"


def test_a_model_date_that_says_when_the_model_was_trained_is_not_a_release_date():
    text = "# Gadwall-7B\n\nGadwall-7B is our base model.\n\n**Model date**\nGadwall-7B was trained in May 2023\n"
    assert extract_document(read_markdown(text)).models[0].release_date is None


def test_a_dated_news_line_dates_the_models_its_closing_sentence_names_one_by_one():
    text = """# Wigeon

Wigeon-7B-Chat is our chat model.

## News
- Wigeon-1.5 released! Two versions are available: Wigeon-7B-Chat-1.5-DPO or Wigeon-7B-Chat-1.5-SFT.[2024-5-3]
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Wigeon-7B-Chat-1.5-DPO"].release_date == "2024-05-03"
    assert models["Wigeon-7B-Chat-1.5-SFT"].release_date == "2024-05-03"
    assert models["Wigeon-7B-Chat"].release_date is None


def test_a_later_sentence_of_a_dated_news_line_releases_only_the_models_it_names():
    text = """# Scaup

| Model | Hub |
|---|---|
| Scaup-7B-Chat | [link](https://huggingface.co/scaup/Scaup-7B-Chat) |
| Scaup-7B-Chat-AWQ | [link](https://huggingface.co/scaup/Scaup-7B-Chat-AWQ) |

## News
- 2024.06.11 We update the checkpoints of Scaup-7B-Chat to support tool calls. We upload Scaup-7B-Chat-AWQ.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Scaup-7B-Chat-AWQ"].release_date == "2024-06-11"
    assert models["Scaup-7B-Chat"].release_date is None


def test_a_dated_news_line_releasing_a_technical_report_is_not_a_model_release():
    text = """# Smew-7B

Smew-7B is our translation model.

## News
[2025/03/02] We have released the technical report.
"""
    assert extract_document(read_markdown(text)).models[0].release_date is None


def test_a_data_cut_off_column_is_the_training_data_cut_off_not_the_knowledge_cut_off():
    text = """# Models

| Model | Training data | Data cut-off |
|---|---|---|
| `merlin-en-v2` | en-web-v2 | March 2022 |
| `merlin-fr-v2` | fr-web-v2 | October 2021 |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["merlin-en-v2"].training_data_cutoff == "2022-03"
    assert models["merlin-en-v2"].knowledge_cutoff is None
    assert models["merlin-fr-v2"].training_data_cutoff == "2021-10"


def test_a_models_table_dates_each_model_by_its_release_column_not_by_its_cut_off_or_shutdown_columns():
    text = """# Model deprecations

| Model | Knowledge cutoff date | Last updated | Shutdown date |
|---|---|---|---|
| Brant-2-pro | March 2024 | 2025-01-10 | 2025-09-30 |
| Brant-2-mini | April 2024 | 2025-01-10 | 2025-10-31 |

| Model | Release date | Training data cutoff date |
|---|---|---|
| Brant-3-pro | 2025-02-14 | October 2024 |
| Brant-3-mini | 2025-03-01 | November 2024 |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Brant-2-pro"].release_date is None
    assert models["Brant-2-pro"].knowledge_cutoff == "2024-03"
    assert models["Brant-2-mini"].release_date is None
    assert models["Brant-3-pro"].release_date == "2025-02-14"
    assert models["Brant-3-pro"].training_data_cutoff == "2024-10"
    assert models["Brant-3-mini"].release_date == "2025-03-01"


def test_of_several_dated_news_lines_about_one_model_the_earliest_is_its_release():
    text = """# Eider-34B

## News
- 2024-02-09: Eider-34B is now available on ModelScope.
- 2024-02-07: Eider-34B is ranked first on a leaderboard.
- 2024-02-03: Eider-34B is now available on Hugging Face.
"""
    assert extract_document(read_markdown(text)).models[0].release_date == "2024-02-03"


def test_a_dated_news_line_that_releases_nothing_is_not_the_pages_dateline():
    text = """# Eider-34B

## News
- 2024-02-09: Try Eider-34B in the chat UI.

We are excited to announce Eider-34B, our new chat model.
"""
    assert extract_document(read_markdown(text)).models[0].release_date is None


def test_a_release_posts_front_matter_date_counts_only_when_the_post_says_the_model_is_out_today():
    post = """---
title: "Introducing Shoveler-2"
date: 2025-04-08
---

# Introducing Shoveler-2

Today we are releasing Shoveler-2, our new open-weight model.
"""
    assert extract_document(read_markdown(post)).models[0].release_date == "2025-04-08"
    essay = post.replace("Today we are releasing Shoveler-2, our new open-weight model.",
                         "Shoveler-2 is our open-weight model; this post looks at how it was evaluated.")
    assert extract_document(read_markdown(essay)).models[0].release_date is None


def test_a_release_date_key_of_the_front_matter_is_the_release_date():
    card = "---\nlicense: mit\nrelease_date: '2024-11-20'\n---\n\n# Garganey-3B\n\nGarganey-3B is a small model.\n"
    assert extract_document(read_markdown(card)).models[0].release_date == "2024-11-20"


def test_a_changelog_section_headed_by_its_date_dates_the_models_released_in_it():
    text = """# Pintail models

| Model | Context |
|---|---|
| Pintail-2-large | 128K |
| Pintail-1-large | 32K |

## March 12, 2024

We released Pintail-2-large, our most capable model. Pintail-1-large is deprecated.

## January 30, 2024

Fixed a bug in the tokenizer of Pintail-1-large.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Pintail-2-large"].release_date == "2024-03-12"
    assert models["Pintail-1-large"].release_date is None


def test_a_heading_or_item_naming_a_model_and_its_date_in_parentheses_dates_that_model():
    text = """# Merganser models

## Merganser-2 (March 2024)

Our second generation.

- Merganser-2-mini (released 2024-07-18): a smaller sibling.
- Merganser-1 is no longer served (since May 2024).
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Merganser-2"].release_date == "2024-03"
    assert models["Merganser-2-mini"].release_date == "2024-07-18"
    assert models["Merganser-1"].release_date is None


def test_released_with_its_object_before_the_date_dates_the_models_the_object_names():
    text = """# Teal

| Size | Base | Chat |
|---|---|---|
| 7B | [Teal-7b](https://hf.co/teal/Teal-7b) | [Teal-7b-chat](https://hf.co/teal/Teal-7b-chat) |
| 13B | [Teal-13b](https://hf.co/teal/Teal-13b) | [Teal-13b-chat](https://hf.co/teal/Teal-13b-chat) |

We released the 13B models of the second training run on March 4th, 2024.
Teal-7b-chat has its own release date: May 2nd, 2024.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Teal-13b"].release_date == "2024-03-04"
    assert models["Teal-13b-chat"].release_date == "2024-03-04"
    assert models["Teal-7b"].release_date is None
    assert models["Teal-7b-chat"].release_date == "2024-05-02"
    vague = text.replace("the 13B models of the second training run", "the models of the second training run")
    assert by_name(extract_document(read_markdown(vague)))["Teal-7b"].release_date is None


def test_released_with_a_paper_as_its_object_is_not_a_model_release():
    text = "# Teal-7B\n\nTeal-7B is our base model. We released the accompanying paper on arXiv on March 4th, 2024.\n"
    assert extract_document(read_markdown(text)).models[0].release_date is None


def test_a_date_at_the_end_of_a_name_is_its_release_only_when_the_document_says_so():
    text = """# Bufflehead API models

| Model | Context window |
|---|---|
| bufflehead-large-2407 | 128K |
| bufflehead-small-2409 | 32K |

{meaning}
"""
    said = "Each model name ends with its release date (YYMM)."
    models = by_name(extract_document(read_markdown(text.format(meaning=said))))
    assert models["bufflehead-large-2407"].release_date == "2024-07"
    assert models["bufflehead-small-2409"].release_date == "2024-09"
    models = by_name(extract_document(read_markdown(text.format(meaning="Both are served from our API."))))
    assert models["bufflehead-large-2407"].release_date is None
    snapshot = text.replace("2407", "20240718").format(meaning="The suffix of a name is its snapshot date.")
    assert by_name(extract_document(read_markdown(snapshot)))["bufflehead-large-20240718"].release_date == "2024-07-18"


def test_a_page_dated_at_its_top_that_says_the_model_is_out_dates_its_release():
    text = "# Goldeneye-4 is out\n\nMay 14, 2025\n\nGoldeneye-4 is out: our fastest model yet, open to everyone.\n"
    assert extract_document(read_markdown(text)).models[0].release_date == "2025-05-14"


def test_a_sentence_releasing_data_or_code_does_not_date_the_model():
    text = """# Smew-7B

Smew-7B is our base model, pre-trained on the Smew corpus. The training data was released on June 3rd, 2024.
The inference code was released in July 2024.
"""
    assert extract_document(read_markdown(text)).models[0].release_date is None


def test_a_dated_heading_that_releases_a_model_and_a_release_key_date_the_model():
    text = """# Ruddy models

| Model | Context |
|---|---|
| Ruddy-2-7B | 8K |
| Ruddy-2-13B | 8K |

### 2024-05-01: Ruddy-2-13B released
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Ruddy-2-13B"].release_date == "2024-05-01"
    assert models["Ruddy-2-7B"].release_date is None
    card = "# Ruddy-3-7B\n\nRuddy-3-7B is our base model.\n\n- Initial release: 2024-09-12\n- License: MIT\n"
    assert extract_document(read_markdown(card)).models[0].release_date == "2024-09-12"


def test_a_benchmark_named_with_its_date_in_parentheses_does_not_date_the_model():
    text = """# Stiff-9B

Stiff-9B is our only model.

## Evaluation
- Puzzlebench-2 (April 2024): 71.2
- Codearena-3 (2024-11): 40.5
"""
    assert extract_document(read_markdown(text)).models[0].release_date is None


def test_an_announcement_page_dated_under_its_title_after_a_long_navigation_dates_the_release():
    menu = "".join(f"<div><p>Section {i}</p></div>" for i in range(16))
    page = f"""<html><body><div class="menu">{menu}</div><main>
<h1>Introducing Canvasback-2</h1><p>Oct 8, 2025</p>
<p>Today we are releasing Canvasback-2, our new open-weight model.</p></main></body></html>"""
    assert extract_document(read_html_document(page)).models[0].release_date == "2025-10-08"


def test_a_dated_news_line_saying_weights_are_available_somewhere_dates_the_model():
    text = ("# Pochard-3B\n\nPochard-3B is our small model.\n\n"
            "## News\n- 2024/03/01: Pochard-3B weights available on the hub.\n")
    assert extract_document(read_markdown(text)).models[0].release_date == "2024-03-01"


def test_a_heading_dating_results_is_not_a_release_section():
    text = """# Pintail models

| Model | Context |
|---|---|
| Pintail-2-large | 128K |
| Pintail-1-large | 32K |

## Results as of March 2024

We release the evaluation outputs of Pintail-2-large for anyone to check.
"""
    assert by_name(extract_document(read_markdown(text)))["Pintail-2-large"].release_date is None


def test_a_roadmap_item_that_is_a_date_dates_the_release_nested_under_it_and_not_the_line_after_it():
    text = """# Bittern speech models

Bittern 2.0 and Bittern 1.0 are our speech models.

## Roadmap

- [x] 2024/12

    - [x] Bittern 2.0 released

- [x] 2024/09

    - [x] Bittern 1.0 streaming inference
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Bittern 2.0"].release_date == "2024-12"
    assert models["Bittern 1.0"].release_date is None


def test_the_release_of_the_base_model_a_model_is_tuned_from_is_not_its_own():
    for sentence, expected in (
        ("Smew-7B is fine-tuned from Loon-2-7B, which was released on July 18, 2023.", None),
        ("Smew-7B is our model. The base model was released on July 18, 2023 by another lab.", None),
        ("Smew-7B, fine-tuned from Loon-2-7B, was released on March 3, 2024.", "2024-03-03"),
    ):
        assert extract_document(read_markdown(f"# Smew-7B\n\n{sentence}\n")).models[0].release_date == expected


def test_training_data_as_of_a_date_is_the_training_data_cut_off_not_the_knowledge_cut_off():
    text = "# Smew-7B\n\nSmew-7B is our base model. Its training data as of May 2024 covers twelve languages.\n"
    model = extract_document(read_markdown(text)).models[0]
    assert model.training_data_cutoff == "2024-05"
    assert model.knowledge_cutoff is None


def test_a_news_line_putting_models_on_a_hub_dates_them():
    text = ("# Tern-TTS-2B\n\nTern-TTS-2B turns text into speech.\n\n## News\n"
            "- **2024/10/08**: Tern-TTS-2B base models on [Hugging Face](https://huggingface.co/falconry/Tern-TTS).\n")
    assert extract_document(read_markdown(text)).models[0].release_date == "2024-10-08"


CHANGELOG = """# Tern and Kite models

# Changelog

* 16.11.2020: Public release of French Tern and Kite models.
* 02.11.2020: Public release of Italian XL Kite model.
* 15.11.2020: Public release of a German Tern GPT-2 model.
* 30.12.2019: Public release of cased and uncased Tern models for Italian.
* 20.01.2020: Public release of cased and uncased XL Tern models for Italian.
* 17.02.2020: Public release of cased Tern model for Dutch.
* 11.03.2020: Public release of cased Tern model for Dutch: *DuTern*
* 01.04.2020: 25hz Tern 2.0 released

## Models

| Model | Downloads |
|---|---|
| `tern-base-french-cased` | [model](https://example.org/1) |
| `kite-base-french-cased` | [model](https://example.org/2) |
| `kite-base-italian-xl-cased` | [model](https://example.org/3) |
| `tern-base-italian-cased` | [model](https://example.org/4) |
| `tern-base-italian-uncased` | [model](https://example.org/5) |
| `tern-base-italian-xl-cased` | [model](https://example.org/6) |
| `tern-base-dutch-cased` | [model](https://example.org/7) |
| `tern-base-german-25hz` | [model](https://example.org/8) |
| `tern-german-gpt2` | [model](https://example.org/9) |
"""


def test_a_changelog_line_dates_the_models_its_words_describe():
    models = by_name(extract_document(read_markdown(CHANGELOG)))
    assert {name: m.release_date for name, m in models.items()} == {
        "tern-base-french-cased": "2020-11-16", "kite-base-french-cased": "2020-11-16",
        "kite-base-italian-xl-cased": "2020-11-02",
        # the most specific line: 'XL' as well as 'cased', 'Tern', 'Italian'
        "tern-base-italian-cased": "2019-12-30", "tern-base-italian-uncased": "2019-12-30",
        "tern-base-italian-xl-cased": "2020-01-20",
        "tern-base-dutch-cased": None,  # two lines describe it alike: neither says which is its release
        "tern-base-german-25hz": None,  # '2.0': a version none of the names has, another model's
        "tern-german-gpt2": "2020-11-15"}


def test_a_day_first_dotted_date_is_read_day_first():
    text = "# Tern-7B\n\nTern-7B is our model.\n\n## News\n\n- 06.02.2020: We release Tern-7B.\n"
    assert extract_document(read_markdown(text)).models[0].release_date == "2020-02-06"


def test_a_dated_news_line_updating_a_family_to_a_version_dates_that_version():
    text = """# Teal-Speech

| Model | Hub |
|---|---|
| Teal-Speech 1.2 | [link](https://huggingface.co/teal/teal-speech-1.2) |
| Teal-Speech 1.1 | [link](https://huggingface.co/teal/teal-speech-1.1) |

## Changelog

- 2024/07/02: Updated Teal-Speech to 1.2 version, removed the old decoder.
- 2024/05/10: Updated Teal-Speech to version 1.1, with a new decoder.
- 2024/03/01: Updated webui and HTTP API.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Teal-Speech 1.2"].release_date == "2024-07-02"
    assert models["Teal-Speech 1.1"].release_date == "2024-05-10"


def test_a_dated_release_of_a_versions_series_dates_the_members_no_line_of_their_own_dates():
    text = """# Shoveler

## News
- [2023/11/01] We released Shoveler 3.5.
- [2023/07/30] We released the [Shoveler V3 model series](#models).
- [2023/07/07] We released the Shoveler V2 model series.

## Models

| Model | Size | Hub |
|---|---|---|
| Shoveler 3.5 | 7B | [link](https://huggingface.co/shoveler/shoveler_3.5) |
| Shoveler 3.2 | 13B | [link](https://huggingface.co/shoveler/shoveler_v3.2) |
| Shoveler 3.1 | 13B | [link](https://huggingface.co/shoveler/shoveler_v3.1) |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Shoveler 3.1"].release_date == "2023-07-30"
    assert models["Shoveler 3.2"].release_date == "2023-07-30"
    assert models["Shoveler 3.5"].release_date == "2023-11-01"  # its own line, not the series'


def test_a_dated_release_of_a_series_dates_the_models_of_the_table_titled_by_the_series():
    text = """# Shoveler

## News
- [2023/07/30] We released the Shoveler V3 model series.
- [2023/07/01] We released the Shoveler V1 model series.

## Legacy models

<details>
<summary>Shoveler V1 (click to expand)</summary>

| Model | Size | Hub |
|---|---|---|
| shoveler8192 | 13B | [link](https://huggingface.co/shoveler/shoveler_8192) |
| codeshovelerplus | 15B | [link](https://huggingface.co/shoveler/codeshovelerplus) |

</details>

## Others

| Model | Size | Hub |
|---|---|---|
| teal-mini | 1B | [link](https://huggingface.co/shoveler/teal-mini) |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["shoveler8192"].release_date == "2023-07-01"
    assert models["codeshovelerplus"].release_date == "2023-07-01"
    assert models["teal-mini"].release_date is None


def test_a_changelog_tables_dated_release_row_dates_the_model_it_names():
    text = """# Zorvak embeddings

| Model | Max Tokens |
|---|---|
| [quillon/Zorvak-Large-V1](https://huggingface.co/quillon/Zorvak-Large-V1) | 512 |
| [quillon/Zorvak-Code-V1](https://huggingface.co/quillon/Zorvak-Code-V1) | 1024 |

## Updates

| 📅 | Description |
|---|---|
| 2023 Dec 4 | Release an English embedding model: [quillon/Zorvak-Large-V1](https://hf.co/quillon/Zorvak-Large-V1) |
| 2023 Nov 2 | Add a Chinese README |
"""
    models = {m.name.rsplit("/", 1)[-1]: m for m in extract_document(read_markdown(text)).models}
    assert models["Zorvak-Large-V1"].release_date == "2023-12-04"
    assert models["Zorvak-Code-V1"].release_date is None  # the row releases one model; the other row none


def test_a_date_with_the_year_last_is_read_when_its_order_is_certain():
    # American '[8/21/2023]' and European '21/08/2023' both name one day; '3/4/2023' could be March or April.
    for news, expected in (("[8/21/2023]", "2023-08-21"), ("21/08/2023:", "2023-08-21"), ("[3/4/2023]", None)):
        text = f"# Gadwall\n\nGadwall-7B is our base model.\n\n## News\n- {news} We release Gadwall-7B.\n"
        assert extract_document(read_markdown(text)).models[0].release_date == expected, news
