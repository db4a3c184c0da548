"""Shapes of vendor pages met in a hunt over unseen public documents (docs pages with dated model ids, README
model lists): each test is a small made-up page in the shape, with invented vendor and model names.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


def value(model, field):
    return getattr(model, field)


DATED_IDS_MD = """# Zeta models

### Model Details
| Model Name | Description | Context Length | Maximum Output Tokens |
|---|---|---|---|
| `zeta-q7-11-2024` | `zeta-q7-11-2024` is a small update of the Zeta Q model, from November 2024. | 128k | 4k |
| `zeta-q-plus-08-2024` | `zeta-q-plus-08-2024` is an update of the Zeta Q+ model. | 128k | 4k |
| `zeta-q-plus` | Alias for `zeta-q-plus-08-2024`. | 128k | 4k |

## Zeta Q7 November 2024 Release
Zeta Q7 is the smallest model in our Q family. With a context window of 128K, Zeta Q7 is fast.
"""


def test_a_dated_model_id_keeps_its_date_when_prose_names_it_without():
    # The prose's 'Zeta Q7' is the same model as the row 'zeta-q7-11-2024'; the row's id, with its date stamp,
    # is the name (siblings on such pages differ by their dates alone).
    assert sorted(models_of(DATED_IDS_MD)) == ["zeta-q-plus", "zeta-q-plus-08-2024", "zeta-q7-11-2024"]


def test_a_size_cue_ending_a_size_phrase_does_not_label_the_next_figure():
    # 'parameters' closes '90B total parameters'; the figure after it is the active count in another word.
    text = """# OSPR

OSPR is a mixture-of-experts model with 90B total parameters and 21B live parameters. OSPR has a context
length of 16K tokens.

The following models are open-sourced:

| Model | Description |
|---|---|
| [OSPR Base](https://huggingface.co/ospreylabs/ospr-base) | Pre-trained base model |
| [OSPR Instruct](https://huggingface.co/ospreylabs/ospr-instruct) | Finetuned model for instruction following |
"""
    models = models_of(text)
    assert sorted(models) == ["OSPR Base", "OSPR Instruct"]
    assert {value(m, "parameters") for m in models.values()} == {90_000_000_000}


def test_a_dated_release_of_a_named_series_dates_each_size_of_it():
    text = """# Pelican 2.5

## Introduction
We introduce Pelican 2.5, a collection of instruction-tuned models from 3B to 40B parameters: a 3B model, a 9B
model and a 40B model. All models support long-context processing of up to 32K tokens.

## News
- 2025.03.14: We release the Pelican 2.5 language model series including 3B, 9B, and 40B models.

## Quickstart
You can use another size model by changing 9B to 40B or 3B.
"""
    models = models_of(text)
    assert sorted(models) == ["Pelican 2.5 3B", "Pelican 2.5 40B", "Pelican 2.5 9B"]
    assert {value(m, "release_date") for m in models.values()} == {"2025-03-14"}


def test_a_series_release_dates_no_model_of_another_name():
    text = """# Heron1.5

* 5 model sizes: 1B, 4B, 7B, 14B, and 70B;
* All models support the context length of 32768 tokens.

## News
* 2025.01.20: We released the Heron1.5 series.
* 2025.02.02: We released Heron-Coder, a code model built on Heron1.5.
"""
    models = models_of(text)
    assert "Heron1.5 7B" in models
    assert value(models["Heron1.5 7B"], "release_date") == "2025-01-20"
    assert all(value(m, "release_date") != "2025-01-20" for name, m in models.items() if "Coder" in name)


def test_a_value_in_inline_code_is_kept_with_its_source_line_as_the_excerpt():
    text = """# Heron1.5

Heron1.5 is a decoder-only model family. At this moment, we have:
* 3 model sizes: 1B, 7B, and 70B;
* All models support the context length of `32768` tokens;
* With just **12B** parameters, Heron1.5-Vision leads the benchmark.
"""
    result = extract_document(read_markdown(text))
    models = {m.name: m for m in result.models}
    assert {value(m, "context_window") for m in models.values()} == {32768}
    excerpt = models["Heron1.5 7B"].evidence["context_window"]
    assert "`32768`" in excerpt and excerpt in " ".join(text.split())


def test_sections_headed_by_lower_case_api_ids_with_a_status_name_their_models():
    # A docs page heads each model's section with its API id, a status in parentheses after some, and states its
    # facts in a two-column table without a header.
    row = '<tr><td align="left" width="200px">{}</td><td>{}</td></tr>'
    facts = ("Release date", "Parameters", "Context length", "Training data cut-off")

    def table(*values):
        cells = "".join(row.format(k, v) for k, v in zip(facts, values, strict=True))
        return "<table><tbody>" + cells + "</tbody></table>"

    text = f"""# Models

## Kestrel LLM

### kestrel-pro3 (Deprecated)

Kestrel Pro 3 is an open-weight model, optimized for agentic use.

{table("2026-03-08", "22B", "65,536", "Nov 2025")}

### kestrel-mini2

Kestrel Mini 2 is a small model.

{table("2025-12-01", "7B", "32,768", "Aug 2025")}
"""
    models = models_of(text)
    assert sorted(models) == ["kestrel-mini2", "kestrel-pro3"]
    assert value(models["kestrel-pro3"], "parameters") == 22_000_000_000
    assert value(models["kestrel-mini2"], "context_window") == 32768


def test_a_figure_before_the_words_context_length_in_a_spec_list_is_the_context_window():
    text = """# Wren Pro 2

A high-performance model from Wrenworks that supports both Chat and Reasoning modes.

- 65,536 context length
- 31B parameters
- Reasoning mode available
"""
    model = models_of(text)["Wren Pro 2"]
    assert value(model, "context_window") == 65536
    assert value(model, "parameters") == 31_000_000_000


def test_a_possessive_owner_before_a_place_is_not_itself_a_place():
    text = """# Skua-V2

| Model | Context Length | Download |
|---|---|---|
| Skua-V2-Lite | 32k | [HuggingFace](https://huggingface.co/skua-ai/Skua-V2-Lite) |
| Skua-V2 | 128k | [HuggingFace](https://huggingface.co/skua-ai/Skua-V2) |

## Chat Website
You can chat with the Skua-V2 on Skua's official website: [chat.skua.com](https://chat.skua.com/)

Skua models are currently available on the following platforms:

- [Skua’s proprietary platform](https://dashboard.skua.com/playground)
- [Amazon Bedrock](https://console.aws.amazon.com/bedrock/)
"""
    for model in models_of(text).values():
        surfaces = value(model, "access_surfaces") or []
        assert not any(s.endswith(("'s", "’s", " of")) for s in surfaces), surfaces
        assert "Amazon Bedrock" in surfaces


def test_an_api_id_and_the_prose_name_spelling_the_same_letters_are_one_model():
    # 'kestrel-pro3' heads the section, 'Kestrel Pro 3' is the prose's name: the same letters, split differently.
    text = """# Models

## Kestrel LLM

### kestrel-pro3 (Deprecated)

Kestrel Pro 3 is an open-weight model, optimized for agentic use.

| Release date | 2026-03-08 |
|---|---|
| Parameters | 22B |

### kestrel-mini2

Kestrel Mini 2 is a small model.

| Release date | 2025-12-01 |
|---|---|
| Parameters | 7B |
"""
    models = models_of(text)
    assert sorted(models) == ["kestrel-mini2", "kestrel-pro3"]
    assert value(models["kestrel-pro3"], "release_date") == "2026-03-08"


def test_a_header_less_label_value_table_in_text_reads_its_first_row_as_a_fact():
    # A docs page's key/value table saved as text: '|' rows, no delimiter, no header.
    from airegister.extraction.readers import read_text

    text = """Kestrel LLM
Kestrel Open 3 is Acme's open-weight model, optimized for agentic use.
| Release date | 2026-03-08 |
| Parameters | 22B |
| Context length | 65,536 |
| Training data cut-off | Nov 2025 |
"""
    models = {m.name: m for m in extract_document(read_text(text)).models}
    model = models["Kestrel Open 3"]
    assert value(model, "release_date") == "2026-03-08"
    assert value(model, "training_data_cutoff") == "2025-11"
