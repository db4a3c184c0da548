"""Shapes of vendor pages found by made-up probe pages (docs pages, pricing pages, cards, reports, release notes):
small hand-written documents with invented names, each the smallest form of the page that showed the gap."""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_html_document, read_markdown, read_text


def models_of(doc) -> dict:
    return {m.name: m for m in extract_document(doc).models}


OVERVIEW_ROWS = """
<tr><th scope="row">API model name</th><td><code>pelican-swift-1</code></td><td><code>pelican-heron-1</code></td></tr>
<tr><th scope="row">Context window</th><td>64K</td><td>200K</td></tr>
<tr><th scope="row">Max output</th><td>4,096 tokens</td><td>8,192 tokens</td></tr>
<tr><th scope="row">Training data cutoff</th><td>Apr 2024</td><td>Aug 2024</td></tr>
<tr><th scope="row">Image input</th><td>No</td><td>Yes</td></tr>
"""
OVERVIEW_HTML = f"""<html><body><h1>Model overview</h1><p>Pelican Research publishes the following models.</p>
<table><thead><tr><td></td><th scope="col">Pelican Swift</th><th scope="col">Pelican Heron</th></tr></thead>
<tbody>{OVERVIEW_ROWS}</tbody></table></body></html>"""


def test_models_in_columns_named_without_a_version_over_rows_of_api_ids_and_limits_are_the_models():
    models = models_of(read_html_document(OVERVIEW_HTML))
    assert sorted(models) == ["Pelican Heron", "Pelican Swift"]
    assert models["Pelican Swift"].context_window == 64000
    assert models["Pelican Heron"].training_data_cutoff == "2024-08"


def test_a_row_labelled_image_input_states_no_modality_by_its_label():
    models = models_of(read_html_document(OVERVIEW_HTML))
    assert models["Pelican Swift"].input_modalities is None


PRICING_MD = """# Pricing

| Model | Context | Input | Output |
|-------|---------|-------|--------|
| Albacore Swift | 128K | $0.15 | $0.60 |
| Albacore Prime | 200K | $3.00 | $15.00 |
| Albacore Prime Reasoning[^1] | 200K | $5.00 | $25.00 |

[^1]: Albacore Prime Reasoning was released on 4 February 2025 and supports text and image input.
"""


def test_a_footnote_mark_after_a_name_is_no_part_of_it():
    models = models_of(read_markdown(PRICING_MD))
    assert sorted(models) == ["Albacore Prime", "Albacore Prime Reasoning", "Albacore Swift"]
    assert models["Albacore Prime Reasoning"].release_date == "2025-02-04"
    assert models["Albacore Prime"].release_date is None


ANNOUNCEMENT_HTML = """<html><head><title>Introducing Kestrel 3 — Larkspur AI</title></head><body>
<h1>Introducing Kestrel 3</h1>
<p>Today we are releasing Kestrel 3 in three sizes: Kestrel 3 Mini, Kestrel 3 and Kestrel 3 Max.</p>
<table><thead><tr><th>Model</th><th>Parameters</th><th>Context length</th></tr></thead>
<tbody><tr><td>Kestrel 3 Mini</td><td>4B</td><td>128K</td></tr><tr><td>Kestrel 3</td><td>32B</td><td>256K</td></tr>
<tr><td>Kestrel 3 Max</td><td>235B</td><td>256K</td></tr></tbody></table></body></html>"""


def test_the_publisher_in_the_head_title_makes_every_model_of_the_page_not_only_the_titled_one():
    models = models_of(read_html_document(ANNOUNCEMENT_HTML))
    assert {name: m.developer for name, m in models.items()} == {
        "Kestrel 3": "Larkspur AI", "Kestrel 3 Mini": "Larkspur AI", "Kestrel 3 Max": "Larkspur AI"}


PRICING_CARDS_HTML = """<html><head><title>Pricing — Nimbus</title></head><body><h1>Simple, transparent pricing</h1>
<div class="plan"><h3>Cirrus 2 Flash</h3><div class="row"><span>Context window</span> <span>1M tokens</span></div>
<div class="row"><span>Input</span> <span>$0.10</span></div></div>
<div class="plan"><h3>Cirrus 2 Pro</h3><div class="row"><span>Context window</span> <span>2M tokens</span></div>
<div class="row"><span>Input</span> <span>$1.25</span></div></div>
<div class="plan"><h3>Stratus Embed</h3><div class="row"><span>Context window</span> <span>8K tokens</span></div>
<div class="row"><span>Input</span> <span>$0.02</span></div></div>
<h2>Frequently asked questions</h2><p>Cirrus 2 Flash is a good default for most workloads.</p></body></html>"""


def test_a_priced_sibling_section_of_another_family_is_one_of_the_vendors_models_not_a_competitor():
    models = models_of(read_html_document(PRICING_CARDS_HTML))
    assert sorted(models) == ["Cirrus 2 Flash", "Cirrus 2 Pro", "Stratus Embed"]
    assert models["Stratus Embed"].context_window == 8000


REPORT_MD = """# Heron-2 Technical Report

Heron Team, Osprey Research Institute

## Abstract

We present Heron-2, a series of open language models in two sizes: Heron-2-3B and Heron-2-14B.

## Release

The Heron-2 models (base and instruct variants) are released on Hugging Face and ModelScope.
"""


def test_a_report_byline_of_a_team_and_its_institution_names_the_institution():
    models = models_of(read_markdown(REPORT_MD))
    assert {m.developer for m in models.values()} == {"Osprey Research Institute"}


def test_models_released_on_hubs_with_a_parenthesis_after_the_word_models_are_on_every_hub_named():
    models = models_of(read_markdown(REPORT_MD))
    assert models["Heron-2-14B"].access_surfaces == ["Hugging Face", "ModelScope"]


CARD_TXT = """MODEL CARD: Plover-2-Chat-8B
============================

Organization:     Sandpiper Robotics Ltd.
Release date:     2025-08-21
License:          Sandpiper Open Model License
Context length:   65,536 tokens
Input:            text
Output:           text
"""


def test_a_text_cards_lined_up_labels_and_values_are_each_a_statement_not_a_table():
    model = extract_document(read_text(CARD_TXT)).models[0]
    assert model.name == "Plover-2-Chat-8B"
    assert model.developer == "Sandpiper Robotics Ltd"
    assert model.input_modalities == ["text"] and model.output_modalities == ["text"]
    assert model.context_window == 65536


RELEASE_NOTES_TXT = """Gannet Inference Platform -- Release Notes

NEW MODELS
 * Gannet-Coder-7B: a 7B code model with a 32K context window.
 * Gannet-Coder-34B: a 34B code model with a 64K context window.
 * Gannet-Speech-1: speech-to-text model; accepts audio input and returns text.

Both Gannet-Coder models are released under the Apache-2.0 license and are
available today in the Gannet Console and on Hugging Face.
"""


def test_a_statement_about_one_family_of_the_page_is_not_about_its_other_models():
    models = models_of(read_text(RELEASE_NOTES_TXT))
    assert models["Gannet-Coder-34B"].license == "Apache-2.0"
    assert models["Gannet-Speech-1"].license is None
    assert models["Gannet-Speech-1"].access_surfaces is None


def loon_section(name: str, ident: str, released: str, licence: str) -> str:
    return (f"<section><h2>{name}</h2><dl><dt>Model ID</dt><dd><code>{ident}</code></dd><dt>Input</dt><dd>Text</dd>"
            f"<dt>Released</dt><dd>{released}</dd><dt>License</dt><dd>{licence}</dd></dl></section>")


DEFINITIONS_HTML = ("<html><body><h1>Loon models</h1><p>The Loon family, built by Grebe Intelligence.</p>"
                    + loon_section("Loon Voice", "loon-voice-1", "January 9, 2025", "CC BY 4.0")
                    + loon_section("Loon Text", "loon-text-1", "February 20, 2025", "Apache 2.0") + "</body></html>")


def test_sibling_sections_of_definition_lists_name_models_without_a_version():
    models = models_of(read_html_document(DEFINITIONS_HTML))
    assert sorted(models) == ["Loon Text", "Loon Voice"]
    assert models["Loon Voice"].license == "CC-BY-4.0"
    assert models["Loon Text"].input_modalities == ["text"]


def test_a_definition_term_released_dates_its_sections_model_with_the_definition():
    models = models_of(read_html_document(DEFINITIONS_HTML))
    assert models["Loon Voice"].release_date == "2025-01-09"
    assert models["Loon Text"].release_date == "2025-02-20"


def skua_details(name: str, size: str, released: str) -> str:
    return (f"<details><summary><strong>{name}</strong> — chat model</summary><div class='body'>"
            f"<div class='kv'><div class='k'>Parameters</div><div class='v'>{size}</div></div>"
            f"<div class='kv'><div class='k'>Release</div><div class='v'>{released}</div></div></div></details>")


DETAILS_HTML = ("<html><body><h1>Skua model catalog</h1><p>All Skua models are developed by Petrel Data Inc.</p>"
                + skua_details("Skua-R1", "405B", "2025-04-15") + skua_details("Skua-M2", "70B", "2024-11-02")
                + "</body></html>")


def test_a_disclosures_summary_heads_the_facts_in_its_body():
    models = models_of(read_html_document(DETAILS_HTML))
    assert models["Skua-R1"].parameters == 405 * 10**9
    assert models["Skua-M2"].parameters == 70 * 10**9


def test_a_key_release_over_a_line_of_a_date_dates_the_model():
    models = models_of(read_html_document(DETAILS_HTML))
    assert models["Skua-R1"].release_date == "2025-04-15"
    assert models["Skua-M2"].release_date == "2024-11-02"


MODELS_DOCS_HTML = """<html><body><h1>Models</h1>
<table><thead><tr><th>Model</th><th>Model ID</th><th>Context window</th></tr></thead>
<tbody><tr><td>Wombat Large</td><td><code>wombat-large-2409</code></td><td>131,072 tokens</td></tr>
<tr><td>Wombat Vision</td><td><code>wombat-vision-2411</code></td><td>65,536 tokens</td></tr></tbody></table>
<div class="admonition note"><p>Wombat Vision accepts text and image input and returns text.</p></div></body></html>"""


def test_a_name_taking_an_input_verb_is_the_subject_of_the_output_verb_after_it():
    models = models_of(read_html_document(MODELS_DOCS_HTML))
    assert models["Wombat Vision"].input_modalities == ["text", "image"]
    assert models["Wombat Vision"].output_modalities == ["text"]
    assert models["Wombat Large"].output_modalities is None


TUNED_APART_MD = """# Tanager: Efficient Multilingual Language Models

## 1 Model configuration

| Model | Params | Layers | Context |
|---|---|---|---|
| Tanager-1.7B | 1.7B | 24 | 64K |
| Tanager-9B | 9.2B | 42 | 64K |
| Tanager-27B | 27.2B | 46 | 64K |

## 2 Availability

Instruction-tuned variants (Tanager-9B-it and Tanager-27B-it) are also available.
"""


def test_table_rows_are_not_short_for_their_tuned_variants_named_elsewhere():
    models = models_of(read_markdown(TUNED_APART_MD))
    assert sorted(models) == ["Tanager-1.7B", "Tanager-27B", "Tanager-27B-it", "Tanager-9B", "Tanager-9B-it"]
    assert models["Tanager-9B"].parameters == 9_200_000_000


def test_a_card_titled_by_the_tuned_variant_writes_its_table_row_short():
    text = TUNED_APART_MD.replace("# Tanager: Efficient Multilingual Language Models", "# Tanager-9B-it")
    assert "Tanager-9B" not in models_of(read_markdown(text))


IDENTIFIERS_HTML = """<html><body><h1>Available models</h1>
<table><thead><tr><th>Identifier</th><th>Description</th><th>Max tokens</th></tr></thead><tbody>
<tr><td><code>auklet-chat-large</code></td><td>Our flagship chat model. Accepts text and images.</td>
<td>200,000</td></tr>
<tr><td><code>auklet-chat-small</code></td><td>Fast, low-cost chat model.</td><td>100,000</td></tr>
<tr><td><code>auklet-vision</code></td><td>Accepts images.</td><td>32,000</td></tr></tbody></table></body></html>"""


def test_a_description_cell_opening_with_an_input_verb_states_the_rows_modalities():
    models = models_of(read_html_document(IDENTIFIERS_HTML))
    assert models["auklet-chat-large"].input_modalities == ["text", "image"]
    assert models["auklet-vision"].input_modalities == ["image"]
    assert models["auklet-chat-small"].input_modalities is None


TIERS_MD = """# Wren 2 System Card

Thrush Labs

## 1 Model overview

Wren 2 is a family of three models: Wren 2 Nano, Wren 2 Standard and Wren 2 Ultra.

| Model | Context window |
|---|---|
| Wren 2 Nano | 256K |
| Wren 2 Standard | 256K |
| Wren 2 Ultra | 1M |
"""


def test_standard_is_a_tier_of_a_name_so_the_family_is_no_model_and_its_maker_makes_all():
    models = models_of(read_markdown(TIERS_MD))
    assert sorted(models) == ["Wren 2 Nano", "Wren 2 Standard", "Wren 2 Ultra"]
    assert {m.developer for m in models.values()} == {"Thrush Labs"}


def test_try_the_named_model_in_our_space_names_a_place_to_use_it():
    text = """# Robin-TTS

> [!TIP]
> Try Robin-TTS in our [Hugging Face Space](https://huggingface.co/spaces/robin/tts).

Robin-TTS is a text-to-speech model family from Nightjar Audio.

| Model | Parameters |
|:--|:--|
| Robin-TTS-Mini | 80M |
| Robin-TTS-Pro | 1.2B |
"""
    models = models_of(read_markdown(text))
    assert models["Robin-TTS-Pro"].access_surfaces == ["Hugging Face"]


def test_a_cutoff_updated_to_a_date_is_that_cutoff():
    text = """Gannet Release Notes

CHANGES
 * Gannet-Chat-3 knowledge cutoff updated to June 2025.
"""
    models = models_of(read_text(text))
    assert models["Gannet-Chat-3"].knowledge_cutoff == "2025-06"


ROW_HEADINGS_HTML = """<html><head><title>Pricing | Dunlin AI</title></head><body><h1>API pricing</h1>
<table><thead><tr><th></th><th>Context</th><th>Input</th><th>Output</th></tr></thead><tbody>
<tr><th scope="row">Dunlin Sage</th><td>256K</td><td>$2.00</td><td>$8.00</td></tr>
<tr><th scope="row">Dunlin Sage Mini</th><td>128K</td><td>$0.40</td><td>$1.60</td></tr>
<tr><th scope="row">Dunlin Scout</th><td>64K</td><td>$0.10</td><td>$0.40</td></tr></tbody></table></body></html>"""


def test_row_headings_in_title_case_under_an_empty_corner_beside_a_fact_column_are_the_models():
    models = models_of(read_html_document(ROW_HEADINGS_HTML))
    assert sorted(models) == ["Dunlin Sage", "Dunlin Sage Mini", "Dunlin Scout"]
    assert models["Dunlin Sage Mini"].context_window == 128000


def test_an_empty_corner_over_benchmark_names_lists_no_models():
    text = """# Results

| | Context | Score |
|---|---|---|
| Needle Haystack | 128K | 91.2 |
| Long Bench | 32K | 55.0 |
"""
    assert models_of(read_markdown(text)) == {}


def test_a_signature_closing_release_notes_names_the_team_that_makes_the_models():
    models = models_of(read_text(RELEASE_NOTES_TXT + "\n-- The Gannet AI team\n"))
    assert models["Gannet-Coder-7B"].developer == "Gannet AI"


def test_a_team_named_in_a_sentence_ending_the_notes_is_no_signature():
    models = models_of(read_text(RELEASE_NOTES_TXT + "\nThanks to the Heron Labs team for the evaluation.\n"))
    assert models["Gannet-Coder-7B"].developer is None
