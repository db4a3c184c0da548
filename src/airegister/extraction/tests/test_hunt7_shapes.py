"""Shapes of READMEs and model-zoo pages of non-chat model families (speech, vision, image generation, embeddings)
met in a seventh hunt over unseen public documents: each test is a small made-up page in the shape, with invented
vendor and model names.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


LINK_CAPTIONS_MD = """# Introduction

ZentaVox is a speech foundation model with speech recognition and emotion recognition.

Model Zoo:
[modelscope](https://www.modelscope.cn/models/qorva/ZentaVoxSmall), [huggingface](https://huggingface.co/Qorva/ZentaVoxSmall)

Online Demo:
[modelscope demo](https://www.modelscope.cn/studios/qorva/ZentaVox), [huggingface space](https://huggingface.co/spaces/Qorva/ZentaVox)

# Highlights

The ZentaVox-Small model is fast.
"""


def test_words_captioning_a_line_of_hub_links_name_no_model():
    models = models_of(LINK_CAPTIONS_MD)
    assert "ZentaVox" in models
    assert "Model Zoo" not in models and "Online Demo" not in models


LINKED_LABELS_MD = """# Qorva speech models

- ZentaVox-Small: [modelscope](https://www.modelscope.cn/models/qorva/ZentaVox-Small), [huggingface](https://huggingface.co/Qorva/ZentaVox-Small)
- ZentaVox-Large: [modelscope](https://www.modelscope.cn/models/qorva/ZentaVox-Large), [huggingface](https://huggingface.co/Qorva/ZentaVox-Large)
"""


def test_a_label_its_hub_links_share_a_word_with_still_names_the_model():
    models = models_of(LINKED_LABELS_MD)
    assert {"ZentaVox-Small", "ZentaVox-Large"} <= set(models)
