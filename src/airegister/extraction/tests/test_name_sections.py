"""Models tables written another way (bench/name_robustness.py 'subsections', 'definitions', 'index-column'):
the models a document compares with its own stay out whatever layout gives them.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def names(text: str) -> list[str]:
    return sorted(m.name for m in extract_document(read_markdown(text)).models)


COMPARED_SECTIONS = """# Zorvak

Zorvak is a family of chat models by Quillon Labs.

## Benchmarks

We compare our releases with other open models.

### Zorvak-7B

Size: 7B. Context: 8K. MT-bench (score): 7.9.

### Zorvak-13B

Size: 13B. Context: 8K. MT-bench (score): 8.1.

### Kelvora-13B

Size: 13B. Context: 4K. MT-bench (score): 6.5.
"""


def test_a_section_per_model_beside_the_documents_own_is_a_competitor_as_a_table_row_would_be():
    found = names(COMPARED_SECTIONS)
    assert "Zorvak-7B" in found and "Zorvak-13B" in found
    assert "Kelvora-13B" not in found


COMPARED_DEFINITIONS = """# Zorvak

Zorvak is a family of chat models by Quillon Labs.

## Benchmarks

We compare our releases with other open models.

**Zorvak-7B**: Size 7B; Context 8K; MT-bench (score) 7.9

**Zorvak-13B**: Size 13B; Context 8K; MT-bench (score) 8.1

**Kelvora-13B**: Size 13B; Context 4K; MT-bench (score) 6.5
"""


def test_a_definition_line_per_model_beside_the_documents_own_is_a_competitor_as_a_table_row_would_be():
    found = names(COMPARED_DEFINITIONS)
    assert "Zorvak-7B" in found and "Zorvak-13B" in found
    assert "Kelvora-13B" not in found


NUMBERED_ROWS = """# Zorvak

Zorvak is a family of chat models by Quillon Labs.

## Models

| # | Model | Parameters | Context Length |
|---|---|---|---|
| 1 | **Zorvak Nanos** | | |
| 2 | Zorvak-7B-Chat | 7B | 8K |
| 3 | Zorvak-70B-Chat | 70B | 32K |
"""


def test_a_column_numbering_the_rows_is_read_as_if_absent():
    models = {m.name: m for m in extract_document(read_markdown(NUMBERED_ROWS)).models}
    assert sorted(models) == ["Zorvak-70B-Chat", "Zorvak-7B-Chat"]  # the label row over the rows names no model
    assert (models["Zorvak-7B-Chat"].parameters, models["Zorvak-7B-Chat"].context_window) == (7_000_000_000, 8_000)


UNTITLED_CARD = """---
license: apache-2.0
---

Zorvak-7B is a decoder-style transformer pretrained on 1T tokens of English text and code.

### How is this model different?

Zorvak-7B has a context of 2048 tokens.

We also release models fine-tuned from it:

* [Zorvak-7B-Instruct](https://huggingface.co/quillon/zorvak-7b-instruct): a model for short instructions.
* [Zorvak-7B-Chat](https://huggingface.co/quillon/zorvak-7b-chat): a chatbot-like model for dialogue.
"""


def test_a_card_without_its_title_keeps_the_model_its_opening_sentence_defines_beside_those_made_from_it():
    found = names(UNTITLED_CARD)
    assert "Zorvak-7B" in found
    assert "Zorvak-7B-Chat" in found and "Zorvak-7B-Instruct" in found


DEFINITION_LINES = """# Quillon Labs models

Quillon Labs releases open chat models.

## Models

**Zorvak-7B**: Size 7B; Context 4096; Weights [Hugging Face](https://huggingface.co/quillon/zorvak-7b)

**Zorvak-15B**: Size 15B; Context 8192; Weights [Hugging Face](https://huggingface.co/quillon/zorvak-15b)
"""


def test_a_definition_lines_facts_are_its_bold_labels_model():
    models = {m.name: m for m in extract_document(read_markdown(DEFINITION_LINES)).models}
    assert sorted(models) == ["Zorvak-15B", "Zorvak-7B"]
    assert (models["Zorvak-7B"].parameters, models["Zorvak-7B"].context_window) == (7_000_000_000, 4096)
    assert (models["Zorvak-15B"].parameters, models["Zorvak-15B"].context_window) == (15_000_000_000, 8192)


PLAIN_NAMED_COLUMNS = """# Quillon Labs models

Quillon Labs releases open chat models: zorvak, zorvakcoder and zorvak8192.

## Models

| | zorvak | zorvak8192 | zorvakcoder |
|---|---|---|---|
| Size | 13B | 13B | 15B |
| Context | 2K | 8K | 8K |
"""


def test_an_empty_corner_over_rows_of_fields_heads_its_columns_with_models_whatever_their_names():
    models = {m.name: m for m in extract_document(read_markdown(PLAIN_NAMED_COLUMNS)).models}
    assert (models["zorvakcoder"].parameters, models["zorvakcoder"].context_window) == (15_000_000_000, 8_000)
    assert (models["zorvak"].parameters, models["zorvak"].context_window) == (13_000_000_000, 2_000)


CONFIG_KEY_ROWS = """# Zorvak

## Models

### Zorvak Longformer

| | base | large |
|---|---|---|
| attention_window | 256 | 512 |
| hidden_size | 768 | 1024 |
| num_hidden_layers | 12 | 24 |
| model_max_length | 16384 | 16384 |
"""


def test_rows_labelled_by_config_keys_read_as_words_make_a_table_of_models_in_columns():
    models = {m.name: m for m in extract_document(read_markdown(CONFIG_KEY_ROWS)).models}
    assert len(models) == 2 and all(name.startswith("Zorvak") for name in models)
    base, large = sorted(models.values(), key=lambda m: m.name)  # '… base', '… large'
    assert base.name.endswith("base") and large.name.endswith("large")
    assert large.context_window == 16384  # 'model_max_length', not the attention window


LYNX = """# Lynx model family

Lynx models are developed by Felid AI and released under the MIT license.

{mark}Lynx-S{end}
- Parameters: 1.3B
- Context length: 4K

{mark}Lynx-M{end}
- Parameters: 6.7B
- Context length: 16K

## Function Calling

- Context: the tools the model is given

## Long Context Capability

- Context length: up to 16K
"""


def test_sibling_sections_of_one_familys_tiers_stating_their_facts_are_models_whatever_the_names_shape():
    for mark, end in (("### ", ""), ("**", "**")):
        models = {m.name: m for m in extract_document(read_markdown(LYNX.format(mark=mark, end=end))).models}
        assert sorted(models) == ["Lynx-M", "Lynx-S"], mark  # the topics' headings share no family name
        assert (models["Lynx-M"].parameters, models["Lynx-M"].context_window) == (6_700_000_000, 16_000)
