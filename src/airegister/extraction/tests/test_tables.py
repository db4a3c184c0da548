"""Tables read as structures (tables.py): the name column, benchmark tables, fields from columns by header.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

import pytest

from airegister.extraction.document import fold
from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_html_document, read_markdown
from airegister.extraction.tables import column_field, find_tables, parse_cell, score_columns

OVERVIEW_MD = """# Models overview

Our hosted models.

| Model | Max tokens | #Params | Release date | License |
| ----- | ---------- | ------- | ------------ | ------- |
| [Orca-2-Small](https://example.com/small) | 8,192 | 7B | 2024-03 | Apache 2.0 |
| [Orca-2-Large](https://example.com/large) | 32K | 70B | 2024-05 | Apache 2.0 |
| **Orca-2-Tiny** | 4096 | 1.5B | 2024-06 | MIT |
"""

BENCHMARK_MD = """# Gadwall-3 7B

Gadwall-3 7B is our new model.

| Model | MMLU | GSM8K | HumanEval |
| ----- | ---- | ----- | --------- |
| Rival-2 7B | 61.2 | 45.0 | 30.1 |
| Other-LM 8B | 66.0 | 70.3 | 41.5 |
| Gadwall-3 7B | **70.4** | **75.9** | 48.8 |
"""

HTML_TABLE = """<html><head><title>Teal models</title></head><body>
<h1>Teal models</h1>
<table>
<thead><tr><th>Model name</th><th>Context window</th><th>Input</th><th>Output</th></tr></thead>
<tbody>
<tr><td>Teal-4-Mini</td><td>128K</td><td>Text, image</td><td>Text</td></tr>
<tr><td>Teal-4-Pro</td><td>1M</td><td>Text, image, audio</td><td>Text</td></tr>
</tbody></table>
</body></html>
"""

MIXED_HEADERS_MD = """# Pintail-1 models

| Model | Context length | Notes |
| ----- | -------------- | ----- |
| Pintail-1-Base | 4K | pretrained |
| Pintail-1-Chat | great for chat | tuned |
| Pintail-1-Code | also good | tuned |
"""


def by_name(result):
    return {m.name: m for m in result.models}


def test_pipe_table_rows_keep_cells_header_and_source_line():
    doc = read_markdown(OVERVIEW_MD)
    tables, _ = find_tables(doc)
    assert len(tables) == 1
    table = tables[0]
    assert table.header == ("Model", "Max tokens", "#Params", "Release date", "License")
    assert table.name_col == 0 and not table.scores
    first = doc.blocks[table.blocks[0]]
    assert first.cells[0] == "Orca-2-Small"  # the link's text, not its markup
    assert first.source.startswith("| [Orca-2-Small](https://example.com/small)")
    assert first.source in OVERVIEW_MD


def test_models_overview_table_gives_each_row_its_facts_with_the_row_as_excerpt():
    result = extract_document(read_markdown(OVERVIEW_MD))
    models = by_name(result)
    assert sorted(models) == ["Orca-2-Large", "Orca-2-Small", "Orca-2-Tiny"]
    small, large, tiny = models["Orca-2-Small"], models["Orca-2-Large"], models["Orca-2-Tiny"]
    assert (small.context_window, large.context_window, tiny.context_window) == (8192, 32000, 4096)
    assert (small.parameters, large.parameters, tiny.parameters) == (7 * 10**9, 70 * 10**9, 1_500_000_000)
    assert (small.release_date, large.release_date) == ("2024-03", "2024-05")
    assert (small.license, tiny.license) == ("Apache-2.0", "MIT")
    for model in models.values():
        for excerpt in model.evidence.values():
            assert fold(excerpt) in fold(OVERVIEW_MD)
    assert models["Orca-2-Large"].evidence["context_window"].startswith("| [Orca-2-Large]")


def test_benchmark_table_rows_are_not_the_documents_models():
    doc = read_markdown(BENCHMARK_MD)
    table = find_tables(doc)[0][0]
    assert table.scores
    names = sorted(by_name(extract_document(doc)))
    assert names == ["Gadwall-3 7B"]


def test_html_table_name_column_and_modalities_from_input_output_columns():
    result = extract_document(read_html_document(HTML_TABLE))
    models = by_name(result)
    assert sorted(models) == ["Teal-4-Mini", "Teal-4-Pro"]
    assert models["Teal-4-Mini"].context_window == 128000
    assert models["Teal-4-Pro"].context_window == 1_000_000
    assert models["Teal-4-Pro"].input_modalities == ["text", "image", "audio"]
    assert models["Teal-4-Mini"].output_modalities == ["text"]
    for model in models.values():
        for excerpt in model.evidence.values():
            assert fold(excerpt) in fold(HTML_TABLE)


def test_a_column_maps_to_a_field_only_when_most_cells_parse():
    result = extract_document(read_markdown(MIXED_HEADERS_MD))
    models = by_name(result)
    assert "Pintail-1-Base" in models
    # One cell in three parses as a token count: the column is not read as context windows.
    assert models["Pintail-1-Base"].context_window in (None, 4000)
    assert models.get("Pintail-1-Chat") is None or models["Pintail-1-Chat"].context_window is None


def test_header_synonyms_and_cell_parsers():
    assert column_field("Max tokens") == "context_window"
    assert column_field("Context length") == "context_window"
    assert column_field("Sequence Length") == "context_window"
    assert column_field("#Params") == "parameters"
    assert column_field("Parameters") == "parameters"
    assert column_field("Size") == "parameters"
    assert column_field("Activated Params") is None
    assert column_field("Max output tokens") is None
    assert column_field("Release date") == "release_date"
    assert column_field("Knowledge cutoff") == "knowledge_cutoff"
    assert column_field("License") == "license"
    assert column_field("Input") == "input_modalities"
    assert column_field("Output") == "output_modalities"
    assert column_field("MMLU") is None
    assert parse_cell("parameters", "7B") == 7 * 10**9
    assert parse_cell("parameters", "7B (1B active)") == 7 * 10**9
    assert parse_cell("parameters", "1B activated") is None
    assert parse_cell("context_window", "128K") == 128000
    assert parse_cell("context_window", "131,072 tokens") == 131072
    assert parse_cell("context_window", "long") is None
    assert parse_cell("input_modalities", "Text and image") == ["text", "image"]
    assert parse_cell("input_modalities", "Text (up to 10 pages)") is None


SECTIONED_MD = """# Shoveler models

| Model | Family | Weights |
| ----- | ------ | ------- |
| **Text-to-text models** | | |
| Shoveler-2-1B | Shoveler-2 | [link](https://example.com/a) |
| Shoveler-2-3B | Shoveler-2 | [link](https://example.com/b) |
| **Vision models** | | |
| Shoveler-2-VL-3B | Shoveler-2 | [link](https://example.com/c) |
"""


def test_a_section_row_states_the_modalities_of_the_rows_under_it_only():
    doc = read_markdown(SECTIONED_MD)
    models = by_name(extract_document(doc))
    assert sorted(models) == ["Shoveler-2-1B", "Shoveler-2-3B", "Shoveler-2-VL-3B"]
    for name in ("Shoveler-2-1B", "Shoveler-2-3B"):
        assert models[name].input_modalities == ["text"] and models[name].output_modalities == ["text"]
        assert models[name].evidence["input_modalities"] == "| **Text-to-text models** | | |"
        assert models[name].parameters is None  # a size only inside a hyphenated name is not stated as a size
    assert models["Shoveler-2-VL-3B"].input_modalities is None


BADGE = "[![Open in OpenXLab](https://e.org/b.svg)](https://openxlab.org.cn/x)"
DOWNLOADS_MD = f"""# Smew-3 release

| Model | Transformers(HF) | ModelScope(HF) | OpenXLab | Release Date |
| ----- | ---------------- | -------------- | -------- | ------------ |
| **Smew-3-7B** | [🤗smew-3-7b](https://hf.co/x) | [smew-3-7b](https://modelscope.cn/x) | {BADGE} | 2024-07-01 |
| **Smew-3-7B-Chat** | [🤗smew-3-7b-chat](https://huggingface.co/x/smew-3-7b-chat) | ✗ | ✗ | 2024-07-02 |
"""


def test_hub_columns_of_a_models_table_are_each_rows_access_surfaces():
    models = by_name(extract_document(read_markdown(DOWNLOADS_MD)))
    assert models["Smew-3-7B"].access_surfaces == ["Hugging Face", "ModelScope", "OpenXLab"]
    assert models["Smew-3-7B-Chat"].access_surfaces == ["Hugging Face"]
    assert models["Smew-3-7B"].release_date == "2024-07-01"
    assert models["Smew-3-7B-Chat"].release_date == "2024-07-02"
    assert models["Smew-3-7B-Chat"].evidence["release_date"] in DOWNLOADS_MD


UNVERSIONED_MD = """# Scaup translation models

| Model Name | Description | Download |
| ---------- | ----------- | -------- |
| Scaup-X-Instruct | Instruction-tuned for translation. | [Model](https://example.com/a) |
| Scaup-X-RM | Reward model for translation quality. | [Model](https://example.com/b) |
| weights-v1.gguf | A quantised file. | [File](https://example.com/c) |
"""


def test_name_column_cells_are_models_even_without_a_version_but_files_are_not():
    names = sorted(by_name(extract_document(read_markdown(UNVERSIONED_MD))))
    assert names == ["Scaup-X-Instruct", "Scaup-X-RM"]


CAMEL_CELL_MD = """# Merganser retrievers

| Model | Weights |
| ----- | ------- |
| Merganser-2-ColBERT-350M | [link](https://example.com/a) |
| Merganser-2-Embed-350M | [link](https://example.com/b) |
"""


def test_a_name_cell_wins_over_a_shorter_name_read_inside_it():
    names = sorted(by_name(extract_document(read_markdown(CAMEL_CELL_MD))))
    assert names == ["Merganser-2-ColBERT-350M", "Merganser-2-Embed-350M"]


SIZES_MD = """# Eider speech models

## Eider

| Size | Parameters | Languages |
| ---- | ---------- | --------- |
| tiny | 39 M | English |
| base | 74 M | English |
| large | 1550 M | multilingual |
"""


def test_bare_sizes_in_a_name_column_take_the_family_from_the_nearest_heading():
    models = by_name(extract_document(read_markdown(SIZES_MD)))
    assert sorted(models) == ["Eider base", "Eider large", "Eider tiny"]
    assert models["Eider tiny"].parameters == 39_000_000
    assert models["Eider large"].parameters == 1_550_000_000
    assert models["Eider base"].evidence["parameters"] == "| base | 74 M | English |"


NEWS_MD = """# Goldeneye-Audio

Goldeneye-Audio-7B 🤗 | Goldeneye-Audio-7B-Instruct 🤗 | Paper

## News
* April 27, 2025: We release pretrained model weights of [Goldeneye-Audio-7B](https://example.com/base).
* April 25, 2025: We release the inference code and model weights of [Goldeneye-Audio-7B-Instruct](https://example.com/i).
* April 20, 2025: We released the evaluation toolkit.
"""


def test_news_lines_date_the_model_they_name_and_siblings_named_side_by_side_are_two_models():
    models = by_name(extract_document(read_markdown(NEWS_MD)))
    assert sorted(models) == ["Goldeneye-Audio-7B", "Goldeneye-Audio-7B-Instruct"]
    assert models["Goldeneye-Audio-7B"].release_date == "2025-04-27"
    assert models["Goldeneye-Audio-7B-Instruct"].release_date == "2025-04-25"


TITLE_FAMILY_MD = """# Model Card: Eider

Eider is a speech recognition model.

## Model Details

| Size | Parameters | English-only model | Multilingual model |
| ---- | ---------- | ------------------ | ------------------ |
| tiny | 39 M | `tiny.en` | `tiny` |
| base | 74 M | `base.en` | `base` |
| turbo | 809 M | N/A | `turbo` |
"""


def test_bare_sizes_take_the_family_from_the_title_when_the_nearest_heading_names_none():
    models = by_name(extract_document(read_markdown(TITLE_FAMILY_MD)))
    assert sorted(models) == ["Eider base", "Eider base.en", "Eider tiny", "Eider tiny.en", "Eider turbo"]


def test_a_column_headed_as_models_names_more_models_of_the_row():
    models = by_name(extract_document(read_markdown(TITLE_FAMILY_MD)))
    assert models["Eider tiny.en"].parameters == 39_000_000
    assert models["Eider base.en"].evidence["parameters"] == "| base | 74 M | `base.en` | `base` |"
    assert models["Eider turbo"].parameters == 809_000_000


def test_a_heading_that_names_no_family_does_not_name_the_sizes():
    text = TITLE_FAMILY_MD.replace("# Model Card: Eider", "# Model Card").replace("Eider is", "It is")
    assert by_name(extract_document(read_markdown(text))) == {}


def test_a_ruled_table_in_a_pdf_is_read_as_a_table(tmp_path):
    from airegister.extraction.extract import extract_path
    from airegister.extraction.tests.pdfgen import make_pdf

    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([[
        "Merlin-2 Technical Report",
        "Merlin-2 is a family of open language models released by Falconry Labs.",
        "Table 1: The Merlin-2 models.",
        [["Model", "Parameters", "Context length"],
         ["Merlin-2-7B", "7B", "4096"],
         ["Merlin-2-13B", "13B", "8192"],
         ["Merlin-2-70B", "70B", "32768"]],
        "All models are trained on 2T tokens.",
    ]]))
    models = by_name(extract_path(path))
    assert sorted(models) == ["Merlin-2-13B", "Merlin-2-70B", "Merlin-2-7B"]
    assert models["Merlin-2-13B"].context_window == 8192
    assert models["Merlin-2-70B"].parameters == 70_000_000_000
    assert models["Merlin-2-70B"].evidence["context_window"] == "Merlin-2-70B 70B 32768"


FAMILY_ROWS_MD = """# Tern-GPT

Tern-GPT is a family of open models trained on Tern systems.

| Model family | Parameters | Checkpoint URL |
| --- | --- | --- |
| Tern-GPT | 111M | [tern-gpt-111m_final.mdl](https://example.com/111m) |
| Tern-GPT | 1.3B | [tern-gpt-1p3b_final.mdl](https://example.com/1p3b) |
| Tern-GPT muP | 111M muP | [tern-gpt-111m-mup_final.mdl](https://example.com/111m-mup) |
| Tern-GPT muP | 1.3B muP | [tern-gpt-1p3b-mup_final.mdl](https://example.com/1p3b-mup) |

## Model Details

| Model | Parameters | Layers | d_model | Heads |
| --- | --- | --- | --- | --- |
| Tern-GPT | 111M | 10 | 768 | 12 |
| Tern-GPT | 1.3B | 24 | 2048 | 16 |
"""


def test_rows_of_one_family_that_differ_by_size_are_models_and_architecture_columns_are_not_scores():
    models = by_name(extract_document(read_markdown(FAMILY_ROWS_MD)))
    assert sorted(models) == ["Tern-GPT 1.3B", "Tern-GPT 111M", "Tern-GPT muP 1.3B", "Tern-GPT muP 111M"]
    assert models["Tern-GPT 1.3B"].parameters == 1_300_000_000
    doc = read_markdown(FAMILY_ROWS_MD)
    assert [t.scores for t in find_tables(doc)[0]] == [False, False]


COMPARISON_MD = """# LongTern Training Recipe

We introduce LongTern-13B-16K, a chatbot with a long context.

| Model | Size | Claimed Context Length |
| --- | --- | --- |
| Mallard-30-chat | 30B | 8K |
| ChatTeal2-6b | 6B | 32K |
| LongTern-13b-16k (ours) | 13B | 16K |
"""


def test_other_vendors_rows_beside_the_documents_own_model_are_compared_not_described():
    models = by_name(extract_document(read_markdown(COMPARISON_MD)))
    assert list(models) == ["LongTern-13B-16K"]
    assert models["LongTern-13B-16K"].context_window == 16_000


def test_capitalised_sizes_take_the_family_from_a_title_before_its_colon():
    text = """# PIPIT: a Study on Scaling Up Generative Protein Models

PIPIT is a suite of autoregressive models.

Model | #Params | d_model | layers
--- | --- | --- | ---
[Small](https://example.com/s) | 85M | 768 | 12
[Medium](https://example.com/m) | 300M | 1024 | 24
[XLarge](https://example.com/xl) | 1.2B | 2048 | 24
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["PIPIT Medium", "PIPIT Small", "PIPIT XLarge"]
    assert models["PIPIT XLarge"].parameters == 1_200_000_000


def test_a_table_of_results_by_size_names_no_models():
    text = """# KoTern6B Model Card

KoTern6B is our 6 billion parameter language model.

| Models        | #params | method     | NSMC (Acc.) | KorSTS (spearman) |
|:--------------|--------:|:-----------|------------:|------------------:|
| OtherLM[1]    |    1.3B | `p-tuning` |        91.7 |                 - |
| OtherLM[1]    |   39.0B | `p-tuning` |        93.0 |                 - |
| **Ours**      |    6.0B | `finetune` |        95.7 |              85.3 |
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["KoTern6B"]


def test_a_family_spelt_as_a_repository_id_names_the_size_rows():
    text = """# Dunlin

## Models

### XLM-Mallard Longformer

**xlm-mallard-longformer** is a multilingual model. Download xlm-mallard-longformer-base below.

| Model | Parameters | Layers |
| ----- | ---------- | ------ |
| [base](https://example.com/base) | 278M | 12 |
| [large](https://example.com/large) | 561M | 24 |
"""
    assert sorted(by_name(extract_document(read_markdown(text)))) == [
        "XLM-Mallard Longformer base", "XLM-Mallard Longformer large"]


def test_a_settings_table_states_the_models_size_and_context():
    text = """# KoTern6B Model Card

KoTern6B is our language model.

| Hyperparameter       | Value         |
|:---------------------|--------------:|
| \\\\(n_{parameters}\\\\) | 6,166,502,400 |
| \\\\(n_{layers}\\\\)     | 28            |
| \\\\(n_{ctx}\\\\)        | 2,048         |

Built by finetuning KoTern6B on curated data.
"""
    model = by_name(extract_document(read_markdown(text)))["KoTern6B"]
    assert (model.parameters, model.context_window) == (6_166_502_400, 2048)
    assert model.evidence["context_window"] == "| \\\\(n_{ctx}\\\\)        | 2,048         |"
    assert model.developer is None


DOCS_PAGE = """<html><head><title>Models overview | Kestrel Docs</title></head><body>
<h1>Models overview</h1>
<table><thead><tr><th>Model</th><th>Weight availability</th><th>Available via API</th><th>Description</th>
<th>Max Tokens</th><th>API Endpoints</th></tr></thead><tbody>
<tr><td>Kestrel Large 2.1</td><td>Kestrel Research License</td><td>✔️</td><td>Our top-tier reasoning model.</td>
<td>128k</td><td>kestrel-large-latest</td></tr>
<tr><td>Pixkestrel Large</td><td>Kestrel Research License</td><td>✔️</td><td>A frontier multimodal model.</td>
<td>128k</td><td>pixkestrel-large-latest</td></tr>
<tr><td>Kestrel Small 3</td><td>Apache 2.0</td><td>✔️</td><td>A small model for low latency.</td><td>32k</td>
<td>kestrel-small-latest</td></tr>
<tr><td>Codestrel</td><td>Kestrel Non-Production License</td><td>✔️</td><td>A model for coding.</td><td>256k</td>
<td>codestrel-latest</td></tr>
</tbody></table></body></html>"""


def test_a_docs_pages_models_table_names_every_row_and_reads_licences_whatever_the_header():
    models = by_name(extract_document(read_html_document(DOCS_PAGE)))
    assert sorted(models) == ["Codestrel", "Kestrel Large 2.1", "Kestrel Small 3", "Pixkestrel Large"]
    assert {n: (m.context_window, m.license) for n, m in models.items()} == {
        "Kestrel Large 2.1": (128_000, "Kestrel Research License"),
        "Pixkestrel Large": (128_000, "Kestrel Research License"),
        "Kestrel Small 3": (32_000, "Apache-2.0"),
        "Codestrel": (256_000, "Kestrel Non-Production License"),
    }
    # 'Weight availability: Apache 2.0' is a licence, not a place; 'Available via API: ✔️' names no place either
    assert all(m.access_surfaces is None for m in models.values())
    # the site's name in the title ('| Kestrel Docs') is the publisher without the words naming the site
    assert {m.developer for m in models.values()} == {"Kestrel"}


def test_a_versionless_row_name_counts_only_in_a_table_that_lists_models_with_facts():
    text = "# Notes\n\n| Model | Comment |\n| --- | --- |\n| Codestrel | our favourite |\n| Kestrel Embed | fine |\n"
    assert extract_document(read_markdown(text)).models == []


def test_a_table_of_fine_tuning_settings_states_no_context_window():
    text = """# Finch fine-tuning

| Hardware resources | Base model | Finetune strategy | Batch size | Max sequence length |
|:--|:--|:--|:--|:--|
| 8 * 80GB GPUs | Finch-7B, Finch-13B | LoRA | 8 | 16384 |
"""
    assert all(m.context_window is None for m in extract_document(read_markdown(text)).models)


def test_a_size_after_a_non_breaking_hyphen_is_inside_the_name():
    html = ("<html><body><h1>Wren2 series</h1><table><tr><th>Model Name</th><th>HF Link</th></tr>"
            "<tr><td>Wren2\u20111B</td><td>link</td></tr><tr><td>Wren2\u20118B</td><td>link</td></tr>"
            "</table></body></html>")
    assert all(m.parameters is None for m in extract_document(read_html_document(html)).models)


def test_a_context_windows_size_row_states_the_context():
    text = """# Curlew-135m

Curlew-135m is a small language model.

| Model config              | Value                |
| ------------------------- | -------------------- |
| Parameter Size            | 135M                 |
| Context windows size      | 2048                 |
"""
    model = by_name(extract_document(read_markdown(text)))["Curlew-135m"]
    assert model.context_window == 2048


def test_a_hyperparameter_value_table_is_not_a_table_of_results():
    text = """---
license: apache-2.0
---
# Brant-7B

Brant-7B is a decoder-only transformer.

* [Brant-7B-Chat](https://huggingface.co/brant/brant-7b-chat): a chatbot-like model.
* [Brant-7B-Instruct](https://huggingface.co/brant/brant-7b-instruct): short-form instruction following.

| Hyperparameter | Value |
|----------|----------|
|n_parameters | 6.7B |
|n_layers | 32 |
| n_heads | 32 |
| d_model | 4096 |
| vocab size | 50432 |
| sequence length | 2048 |
"""
    doc = read_markdown(text)
    (table,) = find_tables(doc)[0]
    assert score_columns(doc, table) == []  # its figures describe the model: none is a result
    assert by_name(extract_document(doc))["Brant-7B"].parameters == 6_700_000_000


def test_the_name_column_may_follow_columns_that_number_or_group_the_rows():
    numbered = """# Grebe

The Grebe models recognise speech.

| # | Size | Parameters |
| - | ---- | ---------- |
| 1 | tiny | 39 M |
| 2 | base | 74 M |
"""
    models = {m.name: m for m in extract_document(read_markdown(numbered)).models}
    assert sorted(models) == ["Grebe base", "Grebe tiny"]
    assert models["Grebe base"].parameters == 74_000_000
    grouped = """# Grebe models

| Kind | | Context |
| ---- | - | ------- |
| Base | Grebe-2-7B | 4K |
| Base | Grebe-2-13B | 4K |
| Chat | Grebe-2-7B-Chat | 8K |
| Chat | Grebe-2-13B-Chat | 8K |
"""
    doc = read_markdown(grouped)
    (table,), _ = find_tables(doc)
    assert table.name_col == 1
    # a first column of distinct words is neither a name column nor one that groups rows: no name column
    settings = "| Setting | Value |\n| --- | --- |\n| lr | 3e-4 |\n| warmup | 2k |\n| optimiser | AdamW |\n"
    (table,), _ = find_tables(read_markdown(settings))
    assert table.name_col is None


def test_a_table_of_bare_sizes_on_a_page_without_a_title_takes_the_family_the_page_introduces():
    text = """[[Blog]](https://example.com/blog)

Grebe is a general-purpose speech recognition model, trained on diverse audio. Grebe runs on one GPU.

## Available models and languages

| Size | Parameters |
| ---- | ---------- |
| tiny | 39 M |
| base | 74 M |
"""
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    assert sorted(models) == ["Grebe base", "Grebe tiny"]
    assert models["Grebe tiny"].parameters == 39_000_000


@pytest.mark.parametrize("header", ["Model", "Checkpoint name", "Variant name", "Hugging Face ID", "Repository"])
def test_a_name_column_is_headed_in_the_words_vendors_use(header):
    text = f"""# Grebe models

| {header} | Context window | License |
| --- | --- | --- |
| grebe | 4K | MIT |
| grebe-coder | 8K | MIT |
"""
    assert sorted(m.name for m in extract_document(read_markdown(text)).models) == ["grebe", "grebe-coder"]


def test_a_lower_case_family_over_a_table_of_bare_sizes_names_each_size():
    text = """# Model Card: grebe

The grebe models are trained for speech recognition.

| Size | Parameters |
| ---- | ---------- |
| tiny | 39 M |
| base | 74 M |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["grebe base", "grebe tiny"]
    assert models["grebe tiny"].parameters == 39_000_000



def test_a_models_table_headed_in_chinese_is_read_as_its_english_headers():
    # '模型' = model, '参数量' = parameter count, '上下文长度' = context length, '下载链接' = download link.
    text = """# 鹭鸶模型

|模型|参数量|上下文长度|下载链接|
|---|---|---|---|
|Egret-BERT-base|110M|512|[HuggingFace](https://huggingface.co/egret/egret-bert-base)|
|Egret-T5-base|220M|1024|[HuggingFace](https://huggingface.co/egret/egret-t5-base)|
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["Egret-BERT-base", "Egret-T5-base"]
    assert models["Egret-T5-base"].parameters == 220_000_000
    assert models["Egret-T5-base"].context_window == 1024
    assert models["Egret-BERT-base"].access_surfaces == ["Hugging Face"]


def test_a_header_only_containing_a_foreign_model_word_is_not_a_name_header():
    assert column_field("参数量") == "parameters"
    assert column_field("模型效果") is None  # 'model performance': not a column of names or of a field
