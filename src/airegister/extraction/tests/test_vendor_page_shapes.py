"""Shapes of vendors' own pages, written with made-up names (thirteenth session): a models page with a property
table per model ('Token limits | Input token limit 1,048,576 Output token limit 8,192'), a 'latest' pointer beside
the model it points at, a name cell writing a display name and its identifier, an output of text embeddings; a
models table of identifiers whose prose and headings speak them without their snapshot dates ('Command A'); a
card's lines run together after line-break tags ('128K tokens GPUs: 512'); a cloud catalogue's page for one model
titled by a digitless name, with an 'Attribute | Value' table of its details; an announcement listing a family's
tiers once in full and then by the tier word alone ('Eagle and Kite are available today'); a technical report's
table headed by the family's sizes ('| Parameters | 2B | 9B | 27B |'); a cloud's models table whose name cells give
an identifier, its dated version and a display name ('`corvid-4o` (2024-11-20) <br> Corvid-4o (Omni)'); an HTML
model page whose figures stand in their own tags ('<span>128,000</span> context window'); release notes naming a
family by versions and tiers ('Corvid 3.5 Verse', 'Corvid 3.5 Brisk', 'Corvid 3.7 Verse') and 'We've launched X'.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

import pytest

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_html_document, read_markdown, read_text


def models_of(text: str, reader=read_markdown) -> dict:
    return {m.name: m for m in extract_document(reader(text)).models}


PROPERTY_TABLES = """# Zentra models

Zentra is a family of multimodal models from Corvid Labs.

## Model variants

| Model variant | Input(s) | Output | Optimized for |
|---|---|---|---|
| Zentra 2.0 Flash `zentra-2.0-flash` | Audio, images, videos, and text | Text | Speed |
| Zentra 1.5 Pro `zentra-1.5-pro` | Audio, images, videos, and text | Text | Complex reasoning tasks |
| Zentra Embedding `zentra-embedding-001` | Text | Text embeddings | Relatedness of text strings |

## Zentra 2.0 Flash

| Property | Description |
|---|---|
| Model code | `models/zentra-2.0-flash` |
| Token limits | **Input token limit** 1,048,576 **Output token limit** 8,192 |
| Versions | Latest: `zentra-2.0-flash-latest` Stable: `zentra-2.0-flash-001` |
| Knowledge cutoff | August 2024 |

## Zentra 1.5 Pro

| Property | Description |
|---|---|
| Model code | `models/zentra-1.5-pro` |
| Token limits | **Input token limit** 2,097,152 **Output token limit** 8,192 |
"""


def test_an_input_token_limit_before_the_output_limit_is_the_context_window():
    models = models_of(PROPERTY_TABLES)
    assert models["Zentra 2.0 Flash"].context_window == 1_048_576
    assert models["Zentra 1.5 Pro"].context_window == 2_097_152


def test_an_input_token_limit_as_a_labelled_line_is_the_context_window():
    text = "Zentra 2.0 Flash is a model from Corvid Labs.\n\nInput token limit: 1,048,576\n\nOutput token limit: 8,192"
    assert models_of(text, read_text)["Zentra 2.0 Flash"].context_window == 1_048_576


def test_a_figure_before_an_output_label_with_no_figure_of_its_own_stays_the_output_limits():
    text = "Zentra 2.0 Flash is a model from Corvid Labs.\n\nContext window 1,047,576 max output tokens\n"
    assert models_of(text, read_text)["Zentra 2.0 Flash"].context_window is None


def test_a_latest_pointer_is_the_model_it_points_at_and_an_identifier_cell_is_one_name():
    models = models_of(PROPERTY_TABLES)
    assert sorted(models) == ["Zentra 1.5 Pro", "Zentra 2.0 Flash", "zentra-embedding-001"]


def test_text_embeddings_are_no_text_output():
    models = models_of(PROPERTY_TABLES)
    assert models["zentra-embedding-001"].input_modalities == ["text"]
    assert models["zentra-embedding-001"].output_modalities is None
    assert models["Zentra 1.5 Pro"].output_modalities == ["text"]


IDENTIFIER_TABLE = """# Command models

Command is Lumen's default generation model that takes a user instruction and generates text.

| Model Name | Description | Modality | Context Length | Maximum Output Tokens | Endpoints |
|---|---|---|---|---|---|
| `command-a-03-2025` | Command A is our most performant model to date. | Text | 256k | 8k | Chat |
| `command-r7b-12-2024` | Command R7B is a small, fast update. | Text | 128k | 4k | Chat |
| `command-light` | A smaller, faster version of command. | Text | 4k | 4k | Chat, Summarize |

## Command A

Command A was released on March 13, 2025. It is available on Amazon Bedrock and Microsoft Azure AI Foundry.
"""


def test_a_section_named_by_an_identifiers_spoken_words_is_that_rows_model():
    models = models_of(IDENTIFIER_TABLE)
    assert sorted(models) == ["command-a-03-2025", "command-light", "command-r7b-12-2024"]
    assert models["command-a-03-2025"].release_date == "2025-03-13"
    assert models["command-a-03-2025"].context_window == 256_000
    assert models["command-light"].release_date is None
    assert models["command-r7b-12-2024"].access_surfaces is None


def test_a_size_at_an_identifiers_end_is_no_snapshot_to_speak_without():
    text = IDENTIFIER_TABLE.replace("command-a-03-2025", "command-a-2048").replace("Command A", "Command a")
    text = text.replace("## Command a", "## Command A")
    models = models_of(text)
    assert models["command-light"].release_date == "2025-03-13"  # the section names no model: it is the family's


def test_a_figure_said_in_tokens_is_a_length_whatever_label_follows_it():
    text = """## Model Summary

Lumo-3.5-mini-instruct is a lightweight open model.

**Architecture:** Lumo-3.5-mini-instruct has 3.8B parameters.<br>
**Context length:** 128K tokens<br>
**GPUs:** 512 H100-80G<br>
**Training time:** 10 days<br>
"""
    assert models_of(text)["Lumo-3.5-mini-instruct"].context_window == 128_000


def test_a_page_titled_by_a_digitless_name_it_says_is_a_model_is_that_models():
    text = """# Corvid Titan Text Premier

Corvid Titan Text Premier is an advanced, high-performance large language model from Corvid.

| Attribute | Value |
|---|---|
| Provider | Corvid |
| Release date | May 7, 2024 |
| Max tokens | 32K |
"""
    models = models_of(text)
    assert list(models) == ["Corvid Titan Text Premier"]
    model = models["Corvid Titan Text Premier"]
    assert (model.developer, model.release_date, model.context_window) == ("Corvid", "2024-05-07", 32_000)


def test_a_title_over_a_sentence_not_calling_it_a_model_names_none():
    text = "# Corvid Cloud Console\n\nCorvid Cloud Console is a web application for managing your account.\n"
    assert models_of(text) == {}


def test_the_value_columns_header_of_a_key_value_table_is_no_maker():
    text = """# Tern-2 7B

| Attribute | Value |
|---|---|
| Provider | Quillon Labs |
| Context window | 8K |
"""
    assert models_of(text)["Tern-2 7B"].developer == "Quillon Labs"


ANNOUNCEMENT = """# Introducing the next generation of Corvid

Mar 4, 2024

Today, we're announcing the Corvid 3 model family. The family includes three state-of-the-art models in ascending
order of capability: Corvid 3 Wren, Corvid 3 Kite, and Corvid 3 Eagle.

The Corvid 3 family of models will initially offer a 200K context window upon launch.

## Model availability

Eagle and Kite are available to use today in our API. Wren will be available soon.

Kite is also available today through Amazon Bedrock—with Eagle and Wren coming soon.
"""


def test_a_family_listed_by_its_tiers_once_names_each_tier_and_the_tier_word_alone_is_its_model():
    models = models_of(ANNOUNCEMENT)
    assert sorted(models) == ["Corvid 3 Eagle", "Corvid 3 Kite", "Corvid 3 Wren"]
    assert models["Corvid 3 Wren"].context_window == 200_000
    assert models["Corvid 3 Kite"].access_surfaces == ["Amazon Bedrock"]  # not 'Wren', a model coming there soon
    assert models["Corvid 3 Eagle"].access_surfaces is None


def test_a_tier_word_two_families_share_names_neither_alone():
    text = ANNOUNCEMENT.replace("Corvid 3 Eagle.", "Corvid 3 Eagle. Corvid 2 Kite stays available.")
    models = models_of(text)
    assert models["Corvid 3 Kite"].access_surfaces is None


def test_a_table_headed_by_the_families_sizes_names_a_model_per_size_with_its_size():
    text = """# Finch 2: Improving Open Language Models at a Practical Size

Finch Team, Quillon Labs

In this work, we introduce Finch 2, a new addition to the Finch family of lightweight open models.

## Model Architecture

| Parameters | 2B | 9B | 27B |
|---|---|---|---|
| d_model | 2304 | 3584 | 4608 |
| Layers | 26 | 42 | 46 |

We release the pre-trained and instruction-tuned models. The models have a context length of 8192 tokens.
"""
    models = models_of(text)
    assert sorted(models) == ["Finch 2 27B", "Finch 2 2B", "Finch 2 9B"]
    assert models["Finch 2 9B"].parameters == 9_000_000_000
    assert models["Finch 2 9B"].evidence["parameters"] == "| Parameters | 2B | 9B | 27B |"
    assert models["Finch 2 27B"].context_window == 8192


AZURE_TABLE = """# Azure Corvid Service models

| Model ID | Description | Context Window | Max Output Tokens | Training Data (up to) |
| --- | :--- |:--- |:---|:---: |
|`corvid-4o` (2024-11-20) <br> Corvid-4o (Omni) | Structured outputs - Text, image | 128,000 | 16,384 | Oct 2023 |
|`corvid-4o` (2024-08-06) <br> Corvid-4o (Omni) | Structured outputs - Text, image | 128,000 | 16,384 | Oct 2023 |
|`corvid-4o-mini` (2024-07-18) <br> Corvid-4o mini | - Fast, inexpensive small model | 128,000 | 16,384 | Oct 2023 |
"""


def test_an_identifier_cell_with_its_dated_version_and_display_name_is_a_model_per_version():
    models = models_of(AZURE_TABLE)
    assert sorted(models) == ["corvid-4o-2024-08-06", "corvid-4o-2024-11-20", "corvid-4o-mini-2024-07-18"]
    assert models["corvid-4o-mini-2024-07-18"].context_window == 128_000
    assert models["corvid-4o-2024-11-20"].training_data_cutoff == "2023-10"  # 'Training Data (up to)'
    assert models["corvid-4o-2024-11-20"].output_modalities is None  # 'Structured outputs' is a feature


def test_a_figure_inline_tags_part_from_its_label_keeps_the_sources_run_as_its_excerpt():
    page = """<html><head><title>Halcyon-4o mini - Halcyon Platform</title></head><body><main>
<h1>Halcyon-4o mini</h1>
<p>Halcyon-4o mini is a fast, affordable small model for focused tasks.</p>
<div class="specs"><div><span>128,000</span> context window</div><div><span>16,384</span> max output tokens</div></div>
</main></body></html>"""
    model = models_of(page, read_html_document)["Halcyon-4o mini"]
    assert model.context_window == 128_000
    assert model.evidence["context_window"] == "128,000</span> context window"
    assert model.evidence["context_window"] in page


def test_one_licence_in_a_short_tables_column_is_read_as_the_pages_other_table_reads_it():
    text = """# Models

## Premier models

| Model | Weight availability | Description | Max tokens |
|---|---|---|---|
| Brisa Large | ✔️ Brisa Research License | Our top-tier reasoning model. | 131k |
| Codera | | Our model for coding. | 256k |

## Open models

| Model | Weight availability | Description | Max tokens |
|---|---|---|---|
| Brisa Nemo | ✔️ Apache 2.0 | Our best multilingual open model. | 131k |
| Brisa 7B | ✔️ Apache 2.0 | Our first dense model. | 32k |
"""
    models = models_of(text)
    assert models["Brisa Large"].license == "Brisa Research License"
    assert models["Codera"].license is None
    assert models["Brisa 7B"].license == "Apache-2.0"


def test_a_copied_model_card_whose_name_stands_over_its_size_alone_heads_its_card():
    text = """Text models
Wren models
Wren-24B-A2B
24B · 2B active · MoE
Our largest model for laptops and single-GPU applications.
Wren-700M
700M
Mid sized model for deploying on most devices.
Examples
Generate slogans on-device using Wren-700M with single-turn generation.
"""
    models = models_of(text, read_text)
    assert sorted(models) == ["Wren-24B-A2B", "Wren-700M"]
    assert models["Wren-700M"].parameters == 700_000_000


RELEASE_NOTES = """# Release notes

Updates to the Tessellate API and its models.

### February 24, 2025
- We've launched **Corvid 3.7 Verse**, our most intelligent model yet. It is available on the Tessellate API and
  Amazon Bedrock.

### November 4, 2024
- **Corvid 3.5 Brisk** is now available on the Tessellate API. It supports a 200K context window.

### June 20, 2024
- **Corvid 3.5 Verse** is now available in the Tessellate API and Amazon Bedrock.

### May 2, 2024
- We released Corvid Kit v0.3.0, mainly for serving. It now supports new models like Corvid 3.5 Verse.
"""


def test_release_notes_name_each_model_of_a_family_of_versions_and_tiers_with_its_own_date():
    models = models_of(RELEASE_NOTES)
    assert sorted(models) == ["Corvid 3.5 Brisk", "Corvid 3.5 Verse", "Corvid 3.7 Verse"]
    assert models["Corvid 3.7 Verse"].release_date == "2025-02-24"
    assert models["Corvid 3.5 Brisk"].release_date == "2024-11-04"
    assert models["Corvid 3.5 Brisk"].context_window == 200_000
    assert models["Corvid 3.5 Verse"].release_date == "2024-06-20"


def test_tier_words_the_text_also_writes_in_lower_case_make_no_family_of_tiers():
    text = """# Zorvak

Zorvak-7B is our 7B model. This project tracks its performance.

## Zorvak 2 Project

Its page.

## Zorvak 3 Project

Its page.

## Zorvak 2 Performance

Measured on MMLU.
"""
    assert sorted(models_of(text)) == ["Zorvak-7B"]


def test_a_release_of_a_dataset_or_paper_named_like_a_model_is_no_model():
    text = RELEASE_NOTES + """
### April 2, 2024
- We released Corvid-Chat-200K dataset for instruction tuning.
- We released Corvid-Bench-2, a benchmark for reasoning.
"""
    models = models_of(text)
    assert "Corvid-Chat-200K" not in models and "Corvid-Bench-2" not in models


def test_places_a_model_is_available_for_free_on_end_where_another_clause_begins():
    text = """# Introducing Corvid 3.5 Verse

Jun 20, 2024

Today, we're launching Corvid 3.5 Verse, our most intelligent model.

Corvid 3.5 Verse is now available for free on corvid.ai and the Corvid iOS app, while Corvid Pro and Team plan
subscribers can access it with higher rate limits. It is also available via the Tessellate API.

| Benchmark | Corvid 3.5 Verse | Halcyon-4o | Nimbus 1.5 Pro |
|---|---|---|---|
| Code (HumanEval) | 92.0% | 90.2% | 84.1% |
"""
    models = models_of(text)
    assert list(models) == ["Corvid 3.5 Verse"]
    assert models["Corvid 3.5 Verse"].access_surfaces == ["corvid.ai", "Corvid iOS app", "Tessellate API"]


def test_a_models_context_length_column_beside_a_learning_rate_is_the_models_and_content_length_is_its_misspelling():
    text = """# Pelican 2

Pelican 2 is a collection of pretrained generative text models from Vireo in 7B and 70B sizes.

||Training Data|Params|Content Length|Tokens|LR|
|---|---|---|---|---|---|
|Pelican 2|*A new mix of publicly available online data*|7B|4k|2.0T|3.0 x 10<sup>-4</sup>|
|Pelican 2|*A new mix of publicly available online data*|70B|4k|2.0T|1.5 x 10<sup>-4</sup>|
"""
    models = models_of(text)
    assert models["Pelican 2 70B"].context_window == 4000
    seq = text.replace("Content Length", "Seq Len")
    assert models_of(seq)["Pelican 2 70B"].context_window is None  # a run's length beside its learning rate


def test_a_licence_column_gives_a_licence_named_by_its_vendor_alone():
    text = """# Tern2.5

Today, we are excited to introduce Tern2.5, in sizes of 0.5, 3 and 72 billion parameters.

| Models | Params | Context Length | License |
|---|---|---|---|
| Tern2.5-0.5B | 0.49B | 32K | Apache 2.0 |
| Tern2.5-3B | 3.09B | 32K | Tern Research |
| Tern2.5-72B | 72.7B | 128K | Tern |
| Tern2.5-Max | 100B | 128K | N/A |
| Tern2.5-Mini | 1B | 32K | Commercial |
"""
    models = models_of(text)
    assert [models[n].license for n in ("Tern2.5-0.5B", "Tern2.5-3B", "Tern2.5-72B", "Tern2.5-Max", "Tern2.5-Mini")] \
        == ["Apache-2.0", "Tern Research", "Tern", None, None]


def test_places_said_of_all_the_open_models_are_theirs_and_not_the_model_a_later_clause_names():
    text = """# Tern2.5

Today, we are excited to introduce Tern2.5, in sizes of 0.5 and 72 billion parameters.

| Models | Params | Context Length |
|---|---|---|
| Tern2.5-0.5B | 0.49B | 32K |
| Tern2.5-72B | 72.7B | 128K |

All our open-weight models are released on Hugging Face and ModelScope, and Tern2.5-Plus is available through the
Quillon Cloud API.
"""
    models = models_of(text)
    assert models["Tern2.5-0.5B"].access_surfaces == ["Hugging Face", "ModelScope"]
    assert models["Tern2.5-72B"].access_surfaces == ["Hugging Face", "ModelScope"]
    assert models["Tern2.5-Plus"].access_surfaces == ["Quillon Cloud API"]


# A vendor's words for each fact, one sentence under a page of one model; None: the sentence states no such fact.
PHRASINGS = [
    ("Corvid 3 Kite followed in June 2024.", "release_date", "2024-06"),
    ("Corvid 3 Kite was made available on June 4, 2024.", "release_date", "2024-06-04"),
    ("Corvid 3 Kite shipped in June 2024.", "release_date", "2024-06"),
    ("Corvid 3 Kite debuted on June 4, 2024.", "release_date", "2024-06-04"),
    ("Corvid 3 Kite has been available since June 2024.", "release_date", "2024-06"),
    ("Corvid 3 Kite became available in June 2024.", "release_date", "2024-06"),
    ("On June 4, 2024, we released Corvid 3 Kite.", "release_date", "2024-06-04"),
    ("Corvid 3 Kite was followed by a larger model in June 2024.", "release_date", None),
    ("Corvid 3 Kite will be made available in June 2026.", "release_date", None),
    ("It processes prompts of up to 200K tokens.", "context_window", 200_000),
    ("It accepts up to 1 million tokens as input.", "context_window", 1_000_000),
    ("Token limit: 200K", "context_window", 200_000),
    ("It has a context window of 1 million tokens.", "context_window", 1_000_000),
    ("It was trained on 8k context.", "context_window", 8000),
    ("It was trained on 2 million tokens of context data.", "context_window", None),
    ("Output token limit: 8,192", "context_window", None),
    ("Its training data is current up to April 2024.", "training_data_cutoff", "2024-04"),
    ("Training data: up to April 2024", "training_data_cutoff", "2024-04"),
    ("Training data: 15T tokens of web text", "training_data_cutoff", None),
    ("Parameter count: 70B", "parameters", 70_000_000_000),
    ("It is open-sourced under Apache 2.0.", "license", "Apache-2.0"),
    ("It is published under the MIT License.", "license", "MIT"),
    ("It supports multimodal input (text, images, audio).", "input_modalities", ["text", "image", "audio"]),
    ("Input (text) goes through the tokenizer.", "input_modalities", None),
    ("Try it on corvid.ai.", "access_surfaces", ["corvid.ai"]),
    ("Corvid 3 Kite is now live on the Tessellate API.", "access_surfaces", ["Tessellate API"]),
    ("Get started with Corvid 3 Kite on Amazon Bedrock.", "access_surfaces", ["Amazon Bedrock"]),
    ("Corvid 3 Kite is also available to customers of Snowflake Cortex.", "access_surfaces", ["Snowflake Cortex"]),
    ("Corvid 3 Kite is coming soon to Amazon Bedrock.", "access_surfaces", None),
]


@pytest.mark.parametrize("sentence, field, value", PHRASINGS)
def test_a_vendors_words_for_a_fact(sentence, field, value):
    text = f"# Corvid 3 Kite\n\nCorvid 3 Kite is a large language model from Tessellate.\n\n{sentence}\n"
    assert getattr(models_of(text)["Corvid 3 Kite"], field) == value


@pytest.mark.parametrize("sentence, maker", [
    ("Kestrel 2 Large is Quillon Labs' flagship reasoning model.", "Quillon Labs"),
    ("Quillon Labs today released Kestrel 2 Large.", "Quillon Labs"),
    ("Quillon Labs announced Kestrel 2 Large, a reasoning model.", "Quillon Labs"),
    ("Meta AI released Llama 3 8B, which we fine-tuned.", None),  # another model's maker
])
def test_a_vendors_words_for_its_maker(sentence, maker):
    assert models_of(f"# Kestrel 2 Large\n\n{sentence}\n")["Kestrel 2 Large"].developer == maker


def test_a_variant_of_another_model_is_the_sentences_subject_not_the_model_it_varies():
    text = """# Wren models

Wren is a family of open models from Heron Labs.

## Wren 70B

- **Parameters**: 70B

## Wren 70B Vision

A multimodal variant of Wren 70B that accepts images and text.

- **Parameters**: 72B
"""
    models = models_of(text)
    assert models["Wren 70B Vision"].input_modalities == ["image", "text"]
    assert models["Wren 70B"].input_modalities is None


def test_a_sentence_opening_with_a_name_that_does_a_models_work_names_a_model():
    text = """# Models

Sonora offers text to speech models for every use case.

| Model | Model ID | Languages | Character limit |
|---|---|---|---|
| Sonora Multilingual v2 | `sonora_multilingual_v2` | 29 | 10,000 |
| Sonora Flash v2.5 | `sonora_flash_v2_5` | 32 | 40,000 |

## Speech to text

Sonora Scribe v1 transcribes speech audio into text in 99 languages. It is available through the Sonora API.
"""
    models = models_of(text)
    assert sorted(models) == ["Sonora Flash v2.5", "Sonora Multilingual v2", "Sonora Scribe v1"]
    scribe = models["Sonora Scribe v1"]
    assert (scribe.input_modalities, scribe.output_modalities, scribe.access_surfaces) == (["audio"], ["text"],
                                                                                            ["Sonora API"])
    assert models["Sonora Flash v2.5"].access_surfaces is None


def test_a_pdf_cards_sentence_wrapped_before_its_last_and_keeps_its_list_whole(tmp_path):
    from airegister.extraction.extract import extract_path
    from airegister.extraction.tests.pdfgen import make_pdf

    pages = [["Corvid 3 Model Card", ("space", 10),
              "We introduce Corvid 3, a new family of large multimodal models: Corvid 3 Eagle, our most capable",
              "offering, Corvid 3 Kite, which gives a combination of skills and speed, and Corvid 3 Wren, our fastest",
              "and most compact model. All new models have vision capabilities that enable them to process and analyze",
              "image data.", ("space", 10),
              "Corvid 3 models are available through the Tessellate API, Amazon Bedrock",
              "and Google Cloud Vertex AI."]]
    path = tmp_path / "card.pdf"
    path.write_bytes(make_pdf(pages, title="Corvid 3 Model Card"))
    models = {m.name: m for m in extract_path(path).models}
    assert models["Corvid 3 Wren"].access_surfaces == ["Tessellate API", "Amazon Bedrock", "Google Cloud Vertex AI"]
