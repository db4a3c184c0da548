"""Shapes of Hugging Face model cards and model-family READMEs met in a fifth hunt over unseen public documents
(card titles, news lines, licence lists, size statements): each test is a small made-up page in the shape, with
invented vendor and model names.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


YARDSTICK_CARD_MD = """---
pipeline_tag: image-text-to-text
library_name: transformers
---

<h1>A Corvex-5V Level Multimodal LLM on Your Laptop</h1>

## News

* [2027.03.02] We open-source [Pelorus-V 3.1](https://huggingface.co/pelorus/Pelorus-V-3_1). Try it now!

## Model Summary

**Pelorus-V 3.1** is the latest model in the Pelorus-V series. It surpasses proprietary models such as
Corvex-5V-0409 and Corvex-5V-1106 on OCR benchmarks.

```python
model = AutoModel.from_pretrained('pelorus/Pelorus-V-3_1', trust_remote_code=True)
```
"""


def test_name_written_as_a_level_in_the_title_is_a_yardstick_not_the_cards_model():
    models = models_of(YARDSTICK_CARD_MD)
    assert not any(name.startswith("Corvex") for name in models)
    assert models["Pelorus-V 3.1"].input_modalities == ["image", "text"]


def test_front_matter_goes_to_the_model_its_snippet_loads_under_the_repositorys_spelling():
    text = YARDSTICK_CARD_MD.replace(
        "* [2027.03.02] We open-source [Pelorus-V 3.1](https://huggingface.co/pelorus/Pelorus-V-3_1). Try it now!",
        "* [2027.05.02] We open-source [Pelorus-V 3.2](https://huggingface.co/pelorus/Pelorus-V-3_2), which "
        "outperforms Corvex-5V. Pelorus-V 3.2 reads video too.\n"
        "* [2027.03.02] We open-source [Pelorus-V 3.1](https://huggingface.co/pelorus/Pelorus-V-3_1). Try it now!")
    models = models_of(text)
    assert models["Pelorus-V 3.1"].input_modalities == ["image", "text"]
    assert models["Pelorus-V 3.2"].input_modalities is None  # announced, not the card's repository
