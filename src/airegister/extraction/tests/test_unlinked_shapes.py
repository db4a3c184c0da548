"""Pages read without their links (saved as text or PDF, or written so): what the links told the reader must come
from the written words. Each test is a small made-up page with invented vendor and model names, in the shape the
development half loses under bench/name_robustness.py's `unlink` perturbation.
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
