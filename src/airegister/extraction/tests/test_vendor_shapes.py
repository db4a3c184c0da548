"""Shapes of vendor pages first seen in corpus set r: identifier columns, hub columns, dated news lines, modality
wording, hubs named by badges or in prose.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def names_of(text: str) -> list[str]:
    return sorted(m.name for m in extract_document(read_markdown(text)).models)


def test_a_column_headed_id_of_quoted_identifiers_names_the_models_not_the_dataset_column():
    text = """# Other taggers

We ship these taggers with the library.

| ID | Task | Training Dataset | Accuracy |
| --- | --- | --- | --- |
| '[parse](https://example.com/parse-en)' | Parsing | Treebank-3.1 | **95.1** (F1) |
| '[parse-fast](https://example.com/parse-en-fast)' | Parsing | Treebank-3.1 | **94.0** (F1) |
| 'sentiment' | Sentiment | Reviews-2000 | **91.2** (F1) |
"""
    assert names_of(text) == ["parse", "parse-fast", "sentiment"]


def test_a_column_headed_id_of_row_numbers_is_no_name_column():
    text = """# Grebe-2 results

| ID | Model | Context window |
| --- | --- | --- |
| 1 | Grebe-2-Small | 4K |
| 2 | Grebe-2-Large | 8K |
"""
    assert names_of(text) == ["Grebe-2-Large", "Grebe-2-Small"]


HUB_TABLE_MD = """# Grebe-2

## News
1. Runs in llama.cpp: see [Grebe-2-Chat-GGUF](https://huggingface.co/acme/Grebe-2-Chat-GGUF)

## Download
| HuggingFace | ModelScope |
| --- | --- |
| 🤗 [Grebe-2-Chat](https://huggingface.co/acme/Grebe-2-Chat) | [Grebe-2-Chat](https://modelscope.cn/ac/Grebe-2-Chat) |
| 🤗 [Grebe-2-Base](https://huggingface.co/acme/Grebe-2-Base) | [Grebe-2-Base](https://modelscope.cn/ac/Grebe-2-Base) |
"""


def test_a_table_headed_by_hub_names_puts_each_row_model_on_every_hub():
    models = {m.name: m for m in extract_document(read_markdown(HUB_TABLE_MD)).models}
    assert models["Grebe-2-Base"].access_surfaces == ["Hugging Face", "ModelScope"]
    assert models["Grebe-2-Chat"].access_surfaces == ["Hugging Face", "ModelScope"]


def test_a_row_model_is_not_merged_into_its_quantised_sibling_named_elsewhere():
    assert {"Grebe-2-Chat", "Grebe-2-Base"} <= set(names_of(HUB_TABLE_MD))


NEWS_MD = """# Grebe

_Latest News_
* 2025/03 — [Grebe 2.1.1](https://example.com/releases/v2.1.1) available
* 2024/12 — [Grebe 2.1](https://example.com/releases/v2.1) available

Grebe is a speech model.
"""


def test_a_dated_news_line_ending_in_available_dates_the_version_it_names():
    models = {m.name: m for m in extract_document(read_markdown(NEWS_MD)).models}
    assert models["Grebe 2.1.1"].release_date == "2025-03"


def test_a_point_release_is_not_the_long_form_of_its_version():
    models = {m.name: m for m in extract_document(read_markdown(NEWS_MD)).models}
    assert models["Grebe 2.1"].release_date == "2024-12"


def modalities_of(text: str) -> tuple:
    model = extract_document(read_markdown(text)).models[0]
    return model.input_modalities, model.output_modalities


def test_takes_in_and_emits_with_a_word_before_the_kind_state_modalities():
    text = "# Grebe-2\n\nGrebe-2 currently takes in audio and emits streaming text.\n"
    assert modalities_of(text) == (["audio"], ["text"])


def test_understands_one_kind_as_well_as_another_states_both_inputs():
    text = "# Grebe-2\n\nGrebe-2 is a model that can understand text as well as human speech.\n"
    assert modalities_of(text)[0] == ["text", "audio"]


def test_responses_generated_from_instructions_of_a_kind_state_input_and_output():
    text = ("# Grebe-2\n\nGrebe-2 is a speech-language model. It supports fast interactions, simultaneously "
            "generating both text and speech responses based on speech instructions.\n")
    assert modalities_of(text) == (["audio"], ["text", "audio"])


def test_what_a_product_name_states_holds_for_each_version_of_it_named():
    text = """# Grebe

_Latest News_
* 2025/03 — [Grebe 2.1](https://example.com/releases/v2.1) available
* 2024/12 — [Grebe 2.0](https://example.com/releases/v2.0) available

Grebe is a new kind of multimodal LLM that can understand text as well as human speech.
"""
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    assert models["Grebe 2.1"].input_modalities == ["text", "audio"]
    assert models["Grebe 2.0"].input_modalities == ["text", "audio"]
    assert models["Grebe 2.0"].release_date == "2024-12"


def test_a_name_without_digits_followed_by_currently_is_the_subject_of_a_modality_verb():
    text = "# Grebe\n\nGrebe is a speech model.\n\nGrebe currently takes in audio and emits streaming text.\n"
    assert modalities_of(text) == (["audio"], ["text"])


def test_badges_linking_the_model_page_on_a_hub_put_the_model_there():
    text = """# Grebe-2-Omni: fast speech chat

[![code](https://img.shields.io/badge/Github-Code-keygen.svg)](https://github.com/acme/Grebe-2-Omni)
[![ModelScope](https://img.shields.io/badge/ModelScope-Model-blue.svg)](https://modelscope.cn/models/acme/Grebe-2-Omni)
[![Replicate](https://replicate.com/acme/grebe-2-omni/badge)](https://replicate.com/acme/grebe-2-omni)
[![Paper](https://img.shields.io/badge/arXiv-1234-red.svg)](https://arxiv.org/abs/1234.5678)

Grebe-2-Omni is a speech-language model.
"""
    models = extract_document(read_markdown(text)).models
    assert [m.name for m in models] == ["Grebe-2-Omni"]
    assert models[0].access_surfaces == ["ModelScope", "Replicate"]


def test_the_partner_a_model_is_run_on_and_a_named_api_said_available_are_places():
    text = """# Grebe-2

* 2024/08 — Preview of Grebe APIs available

Grebe-2 is a speech model. You can try out Grebe-2 by spinning up an instance on our partner, Basecamp: [https://basecamp.example.co/grebe/](https://basecamp.example.co/grebe/).
"""
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    assert models["Grebe-2"].access_surfaces == ["Grebe APIs", "Basecamp"]


def test_a_link_text_naming_the_repository_of_the_titled_model_is_another_name_for_it():
    text = """# Gannet Owl 2 7B

Fully open and commercially usable, with its SFT data set; the input format follows owl-2-chat.

## Downloads

- Model: [Gannet Owl2 Chat Model](https://huggingface.co/acme/Gannet-Owl-2-7b)
- Data set: [https://huggingface.co/datasets/acme/sft_set](https://huggingface.co/datasets/acme/sft_set)

## Related projects

- [Owl2](#)

## License

[Apache-2.0 license](https://github.com/acme/Gannet-Owl-2-7b/blob/main/LICENSE)
"""
    assert names_of(text) == ["Gannet Owl 2 7B"]


TERN_MDX = """---
title: Models
---

# Models

<CardGroup cols={2}>
  <Card title="Tern Pro" icon="star">
    Our most capable model. 200K context window. Knowledge cutoff: April 2025.
  </Card>
  <Card title="Tern Swift" icon="bolt">
    Fast and affordable. 128K context window. Knowledge cutoff: January 2025.
  </Card>
</CardGroup>

## Model IDs

| Model | API ID |
| --- | --- |
| Tern Pro | `tern-pro-2025-05` |
| Tern Swift | `tern-swift-2025-05` |
"""


def test_names_without_a_version_listed_beside_their_api_ids_are_models_and_title_their_cards():
    # the table of API identifiers lists the models; each card titled by one states that model's facts; a
    # figure after the sentence that names the context window ('… April 2025') is no length
    models = {m.name: m for m in extract_document(read_markdown(TERN_MDX)).models}
    assert sorted(models) == ["Tern Pro", "Tern Swift"]
    assert (models["Tern Pro"].context_window, models["Tern Pro"].knowledge_cutoff) == (200_000, "2025-04")
    assert (models["Tern Swift"].context_window, models["Tern Swift"].knowledge_cutoff) == (128_000, "2025-01")


FALCORA_OVERVIEW = """---
id: models_overview
title: Models Overview
---

Falcora provides two types of models: free models and premier models.

:::note
For API pricing details, please visit our [pricing page](https://falcora.ai/pricing/).
:::

### Premier models

| Model | Weight availability | Available via API | Description | Max Tokens | API Endpoints | Version |
|---|:---:|:---:|:---:|:---:|:---:|:---:|
| Falcora Large | :heavy_check_mark: <br/> [Falcora Research License](https://falcora.ai/FRL.md) \
| :heavy_check_mark: | Our top-tier reasoning model. | 128k | `falcora-large-latest` | 24.11 |
| Falcora Small | :heavy_check_mark: <br/> [Falcora Research License](https://falcora.ai/FRL.md) \
| :heavy_check_mark: | Our enterprise-grade small model. | 32k | `falcora-small-latest` | 24.09 |
| Codefal | | :heavy_check_mark: | Our language model for coding. | 256k | `codefal-latest` | 25.01 |

### Free models

| Model | Weight availability | Available via API | Description | Max Tokens | API Endpoints | Version |
|---|:---:|:---:|:---:|:---:|:---:|:---:|
| Falcora Nemo | :heavy_check_mark: <br/> Apache2 | :heavy_check_mark: | Our multilingual model. | 128k \
| `open-falcora-nemo` | 24.07 |
| Falcora 7B | :heavy_check_mark: <br/> Apache2 | :heavy_check_mark: | Our first model, released September 2023. | 32k \
| `open-falcora-7b` | v0.3 |
"""


def test_a_docs_models_overview_with_check_marks_versions_and_endpoints_lists_every_model_with_its_licence():
    # 'Version' cells ('24.11') are no scores; a licence after a check mark ('✔️ Falcora Research License') is the
    # weights' licence, not a place to reach them
    models = {m.name: m for m in extract_document(read_markdown(FALCORA_OVERVIEW)).models}
    assert sorted(models) == ["Codefal", "Falcora 7B", "Falcora Large", "Falcora Nemo", "Falcora Small"]
    large = models["Falcora Large"]
    assert (large.license, large.access_surfaces) == ("Falcora Research License", None)
    assert (models["Falcora Nemo"].license, models["Codefal"].context_window) == ("Apache-2.0", 256_000)


TOOLKIT_README = """# Sandpiper toolkit

Sandpiper is a speech toolkit. Whisper is supported too.

## Model Zoo

| Model | Task | Params | Links |
| --- | --- | --- | --- |
| **Tern-ASR-Nano** | ASR | 800M | [🤗](https://huggingface.co/SandpiperAI/Tern-ASR-Nano) |
| **Plover-zh** | ASR + timestamps | 220M | [🤗](https://huggingface.co/SandpiperAI/Plover-zh) |
| Whisper-large-v3 | ASR + translation | 1550M | [usage](examples/whisper) |

Whisper transcribes well; compare Whisper with Tern-ASR-Nano. See the Whisper paper, Hugging Face checkpoint.

## News

- 2026/05/20: Added Qwen3-ASR (0.6B/1.7B) — 52 languages.

## License

Sandpiper toolkit source code in this repository: [MIT License](./LICENSE).
"""


def test_a_toolkits_model_zoo_of_several_families_keeps_each_row_as_written():
    # a 'Links' column of hub addresses offers the rows (not a comparison with the much-mentioned Whisper); one
    # family's sizes in a news line ('Qwen3-ASR (0.6B/1.7B)') size no other family; the code's licence under a
    # 'License' heading and a hub's checkpoint are neither the models' licence nor their maker
    models = {m.name: m for m in extract_document(read_markdown(TOOLKIT_README)).models}
    assert {"Tern-ASR-Nano", "Plover-zh", "Whisper-large-v3"} <= set(models)
    assert not any(name.endswith(("0.6B", "1.7B")) for name in models if not name.startswith("Qwen3"))
    assert models["Plover-zh"].parameters == 220_000_000
    assert all(m.license is None and m.developer != "Hugging Face" for m in models.values())
