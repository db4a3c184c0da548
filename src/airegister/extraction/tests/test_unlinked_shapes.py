"""Pages read without their links or their title (saved as text or PDF; a banner image for a title): what those told
the reader must come from the written words. Each test is a small made-up page with invented vendor and model names,
in a shape the development half loses under bench/name_robustness.py's `unlink` and `no-title` perturbations.
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def names_of(text: str) -> list[str]:
    return [m.name for m in extract_document(read_markdown(text)).models]


TWO_ACCOUNTS_MD = """# Zorq

Zorq trains sentence embeddings.

## Official Pretrained Models

| HF | Max Tokens | Scenario |
|----|----|----|
| Quillon/ZQ-Large-V1 | 512 | English, General-purpose |
| Quillon/ZQ-Code-Large-V1 | 512 | Code Similarity |

| HF (lora weight) | Backbone | Max Tokens | Scenario |
|----|----|----|----|
| Vexa97/zorq-llama-13b-nli | Other/Llama-2-13b-hf | 4096 | English |
| Vexa97/zorq-llama-7b-nli-v2 | Other/Llama-2-7b-hf | 4096 | English |
"""


def test_written_ids_of_a_second_account_carrying_the_title_word_are_the_documents_models():
    names = names_of(TWO_ACCOUNTS_MD)
    assert {"ZQ-Large-V1", "ZQ-Code-Large-V1", "zorq-llama-13b-nli", "zorq-llama-7b-nli-v2"} <= set(names)
    assert not any("Llama-2" in name for name in names)  # the backbones stay another's


FINE_TUNE_MD = """# Mistral-7B-Zorq

We fine-tuned mistralai/Mistral-7B-v0.1 on the Zorq dataset; the result is Mistral-7B-Zorq.

Compare it with mistralai/Mistral-7B-Instruct-v0.1, the base model's own chat version, in the table below.

| Model | Score |
|----|----|
| Mistral-7B-Zorq | 71.2 |
"""


def test_a_known_makers_written_id_carrying_the_title_word_is_not_the_documents():
    names = names_of(FINE_TUNE_MD)
    assert "Mistral-7B-Zorq" in names
    assert not any("Instruct" in name for name in names)


UNTITLED_CARD_MD = """---
license: apache-2.0
pipeline_tag: text-generation
---

> Better using the new version of Zorvak!
> [Quillon/Zorvak-7B-Chat-1.5-DPO](https://huggingface.co/Quillon/Zorvak-7B-Chat-1.5-DPO) or [Quillon/Zorvak-7B-Chat-1.5-SFT](https://huggingface.co/Quillon/Zorvak-7B-Chat-1.5-SFT)

Zorvak-7B-Chat, The First Open-source Large Language Model for Geology, built on Other-2.

## News
- Zorvak-1.5 released! Two versions are available
  [Quillon/Zorvak-7B-Chat-1.5-DPO](https://huggingface.co/Quillon/Zorvak-7B-Chat-1.5-DPO) or
  [Quillon/Zorvak-7B-Chat-1.5-SFT](https://huggingface.co/Quillon/Zorvak-7B-Chat-1.5-SFT).[2024-4-2]
- Zorvak-7B-Chat ver 1.0 released. [2024-1-18]

## Usage
Zorvak-7B-Chat answers questions about rocks.
"""


def test_an_untitled_card_introduces_its_model_by_a_sentence_opened_with_its_name_and_what_it_is():
    # No title line (a banner image, front matter only): the sentence 'X, the first … model' introduces X.
    names = names_of(UNTITLED_CARD_MD)
    assert {"Zorvak-7B-Chat", "Zorvak-7B-Chat-1.5-DPO", "Zorvak-7B-Chat-1.5-SFT"} <= set(names)
    # Mid-sentence, the same words describe another's model: 'built on Other-2, a model …' makes no model.
    later = UNTITLED_CARD_MD.replace("built on Other-2.", "built on Other-2, a model for chat.")
    assert "Other-2" not in names_of(later)



ZOO_COLUMNS_MD = """# Pipit: a new visual generation method

<p align="center"><strong>NeurIPS 2026 Oral</strong></p>

## News

* **2026-09:** Pipit is accepted as **NeurIPS 2026 Oral** Presentation.

## Pipit zoo

We provide Pipit models for you to play with:

|  | Pipit-d12 | Pipit-d24 | Pipit-d24-re |
|---|---|---|---|
| reso. | 256 | 256 | 512 |
| FID | 3.55 | 2.95 | 2.33 |
| rel. cost | 0.4 | 0.5 | 0.6 |
| #params | 310M | 1.0B | 1.0B |
| HF weights | [p12.pth](https://x.io/p12.pth) | [p24.pth](https://x.io/p24.pth) | [p.pth](https://x.io/p.pth) |
"""


def test_a_table_with_models_as_columns_and_a_row_of_their_weights_is_a_zoo_of_the_documents_models():
    # Its rows of results (FID, cost, resolution) outnumber its rows of facts, but a row offering each column's
    # weights makes each column one of the document's models, 'Pipit-d24' beside 'Pipit-d24-re' included.
    models = {m.name: m.parameters for m in extract_document(read_markdown(ZOO_COLUMNS_MD)).models}
    assert models == {"Pipit-d12": 310_000_000, "Pipit-d24": 1_000_000_000, "Pipit-d24-re": 1_000_000_000}


def test_a_venue_and_its_year_is_no_model():
    # 'NeurIPS 2026 Oral' in bold under the title: where the paper appeared.
    page = "# Scaling laws of visual generation\n\n<p align=\"center\"><strong>NeurIPS 2026 Oral</strong></p>\n\n" \
           "* **2026-09:** Our paper is accepted as **NeurIPS 2026 Oral** Presentation.\n"
    assert names_of(page) == []
