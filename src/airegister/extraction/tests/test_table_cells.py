"""Models tables as API docs and READMEs write their cells: token limits and prices beside the models, a family
column before the variants, sizes with a dotted variant ('base.cn'), line breaks and subscripts inside a name cell, a
'Training data' column.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown

from .test_tables import by_name

API_MODELS_MD = """# Available models

| Model name | Model ID | Context length | Max output tokens | Price per 1M tokens |
| --- | --- | --- | --- | --- |
| Kelvora Large | kelvora-large-2411 | 128k | 4096 | 2.00 |
| Kelvora Small | kelvora-small-2409 | 32k | 4096 | 0.20 |
| Kelvora Embed | kelvora-embed | 8k | 512 | 0.10 |
"""


def test_an_api_models_table_with_token_limits_and_prices_is_a_models_table_not_results():
    # 'Max output tokens' and a price are figures of how a model is offered, not scores of a comparison
    models = by_name(extract_document(read_markdown(API_MODELS_MD)))
    assert sorted(models) == ["Kelvora Embed", "Kelvora Large", "Kelvora Small"]
    assert models["Kelvora Small"].context_window == 32_000
    row = "| Kelvora Small | kelvora-small-2409 | 32k | 4096 | 0.20 |"
    assert models["Kelvora Small"].evidence["context_window"] == row


def test_a_family_column_before_the_variant_column_names_each_rows_model():
    text = """# Model lineup

| Family | Variant | Parameters | Context window |
| --- | --- | --- | --- |
| Zorvak | 7B | 7B | 32K |
| Zorvak | 7B-Instruct | 7B | 32K |
| Zorvak | 70B-Instruct | 70B | 128K |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["Zorvak 70B-Instruct", "Zorvak 7B", "Zorvak 7B-Instruct"]
    assert models["Zorvak 70B-Instruct"].context_window == 128_000


def test_a_line_break_in_a_table_cell_parts_the_words_either_side():
    text = """# Model variants

| Model variant | Input(s) | Output |
| --- | --- | --- |
| Corvid 2.0 Flash<br>`corvid-2.0-flash` | Audio, images, videos, and text | Text |
| Corvid 1.5 Pro<br>`corvid-1.5-pro` | Audio, images, videos, and text | Text |
| Corvid Embedding<br>`corvid-embedding-001` | Text | Text embeddings |
"""
    models = by_name(extract_document(read_markdown(text)))
    # not 'Corvid 2.0 Flashcorvid-2.0-flash'; a display name no shape finds gives way to the identifier it spells
    assert sorted(models) == ["Corvid 1.5 Pro", "Corvid 2.0 Flash", "corvid-embedding-001"]
    assert models["Corvid 1.5 Pro"].input_modalities == ["audio", "image", "video", "text"]


def test_a_training_data_column_of_an_api_models_table_states_the_training_data_cutoff():
    text = """# Models

| Model | Description | Context window | Max output tokens | Training data |
| --- | --- | --- | --- | --- |
| zorvak-4 | Points to zorvak-4-0613. | 8,192 tokens | 8,192 tokens | Up to Sep 2021 |
| zorvak-4-turbo | The latest model with vision. | 128,000 tokens | 4,096 tokens | Up to Dec 2023 |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert (models["zorvak-4"].training_data_cutoff, models["zorvak-4"].context_window) == ("2021-09", 8192)
    assert len(models) == 2 and all(m.knowledge_cutoff is None for m in models.values())


def test_a_subscript_in_a_name_cell_is_a_word_of_the_name():
    text = """# CDial models

| Model | Parameter number | Note |
| --- | --- | --- |
| [GPT<sub>Novel</sub>](https://example.org/GPT_Novel.zip) | 104M | Pre-trained on novels |
| [GPT<sub>LCCC-large</sub>](https://example.org/GPT_LCCC-large.zip) | 104M | Post-trained from GPT<sub>Novel</sub> |
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["GPT LCCC-large", "GPT Novel"]  # not 'GPTNovel'
    assert models["GPT Novel"].parameters == 104_000_000


DOTTED_SIZES_MD = """# Heron

Heron is a speech recognition model. Heron's code and model weights are released under the MIT License.

## Available Models and Languages

| Model | Parameters |
|:---:|:---:|
| base | 0.1 B |
| small | 0.4 B |
| base.cn | 0.1 B |
| small.cn.streaming | 0.4 B |
"""


def test_sizes_with_a_dotted_variant_take_the_family_past_a_heading_of_section_words():
    # 'Available Models and Languages' names no family; '# Heron' does; 'base.cn' is a size with a variant
    models = by_name(extract_document(read_markdown(DOTTED_SIZES_MD)))
    assert sorted(models) == ["Heron base", "Heron base.cn", "Heron small", "Heron small.cn.streaming"]
    assert models["Heron small.cn.streaming"].parameters == 400_000_000
    assert all(m.license == "MIT" for m in models.values())
