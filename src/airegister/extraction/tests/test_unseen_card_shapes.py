"""Shapes of cards and READMEs the name rules had not met: the page's subject when no rule found a model
(name_subject.py), a card titled by its family, a card copied without its front matter's opening fence, a name
misspelt once beside its title.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def names_of(text: str) -> list[str]:
    return [m.name for m in extract_document(read_markdown(text)).models]


def test_a_name_in_a_logo_alt_text_and_repeated_in_the_prose_is_the_model():
    text = """![Quillon Tune Logo](https://example.org/quillon_logo.png)

Quillon Tune is a small library for music transcription, built on a light neural network.

Quillon Tune works best on one instrument at a time. Quillon Tune is released under the MIT licence.
"""
    assert names_of(text) == ["Quillon Tune"]
    model = extract_document(read_markdown(text)).models[0]
    assert model.license == "MIT"
    assert "Quillon Tune is released under the MIT licence." in model.evidence["license"]


def test_a_title_word_the_prose_writes_once_is_no_subject():
    text = """# Grebe: fast voice cloning

We describe a method for cloning a voice from a short clip; Grebe was the code name.

## Usage

Run the script.
"""
    assert names_of(text) == []


def test_the_title_wins_over_an_architecture_the_prose_names_more_often():
    text = """# Zorvak BERT

Zorvak BERT is pre-trained on clinical notes. Like BERT, it reads text; unlike BERT, it knows clinical words.
BERT checkpoints are converted with the script. We compare Zorvak BERT with BERT on ten tasks; Zorvak BERT wins.
"""
    assert names_of(text) == ["Zorvak BERT"]


def test_an_ordinary_word_written_with_a_capital_is_no_subject():
    text = """# Introduction

Introduction to the toolkit. This introduction explains the introduction of new features, and the
introduction is long. Introduction. Introduction again.
"""
    assert names_of(text) == []


def test_a_camel_case_name_standing_inside_the_title_counts():
    text = """# VoxPlume Model Zoo

We release the weights of VoxPlume trained on two data sets. VoxPlume is a speech encoder.
Load VoxPlume with the script below.
"""
    assert names_of(text) == ["VoxPlume"]


def test_the_fallback_never_adds_a_model_beside_those_the_rules_found():
    text = """# Zorvak-7B

Zorvak-7B is a language model. Grebe Tune is mentioned here, Grebe Tune there, Grebe Tune everywhere.

![Grebe Tune logo](https://example.org/grebe_logo.png)
"""
    assert names_of(text) == ["Zorvak-7B"]



def test_a_card_titled_by_the_family_gives_its_front_matter_to_every_member():
    text = """---
license: mit
---

# Zorvak-Ranker

## Released models

| Model | Parameters | Hugging Face |
|---|---|---|
| Zorvak-Q-Ranker-0.8B | 0.8B | [link](https://huggingface.co/quill/Zorvak-Q-Ranker-0.8B) |
| Zorvak-Q-Ranker-4B | 4B | [link](https://huggingface.co/quill/Zorvak-Q-Ranker-4B) |

```python
model = AutoModel.from_pretrained("quill/Zorvak-Q-Ranker-4B")
```
"""
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    assert {name: m.license for name, m in models.items()} == {
        "Zorvak-Q-Ranker-0.8B": "MIT", "Zorvak-Q-Ranker-4B": "MIT"}


def test_a_card_copied_without_its_opening_fence_keeps_its_front_matter():
    text = """language: en
license: bsd
datasets:
- bookcorpus
---

# ZorvakBERT pretrained model

This model, `zorvakbert-uncased`, is a pretrained model for English. We pretrain for 56k steps with a maximum
sequence length of 128 and then for 6k steps with a maximum sequence length of 512.
"""
    doc = read_markdown(text)
    assert doc.meta["license"] == "bsd"
    (model,) = extract_document(doc).models
    assert model.license == "BSD"
    assert model.context_window == 512  # not '6k steps'


def test_a_name_missing_a_letter_of_the_titles_name_is_that_name_misspelt():
    text = """# Zorvalion 6B

Zorvaion 6B is a proof-of-concept dialogue model based on a 6B model. It was fine-tuned on dialogue data.
"""
    assert names_of(text) == ["Zorvalion 6B"]


def test_an_activity_word_heading_an_example_is_no_part_of_the_name():
    text = """# Zorvak

Zorvak is a protein language model, in two sizes: Zorvak 350M and Zorvak 120M.

**Example 1: Pre-training Zorvak 350M on a Single Machine with 2 GPUs**

**Example 2: Pre-training Zorvak 120M on a SLURM Cluster**
"""
    names = names_of(text)
    assert {"Zorvak 120M", "Zorvak 350M"} <= set(names)
    assert not [name for name in names if name.startswith("Pre-training")]


def test_a_method_a_model_was_trained_by_is_no_developer():
    text = """# Zorvak-v1.0

Zorvak-v1.0 is a text-to-image model. Its upscaler, trained by DDPM objective, upscales 64px to 256px.
"""
    (model,) = extract_document(read_markdown(text)).models
    assert model.developer is None


def test_a_code_block_listing_the_valid_model_names_lists_models():
    text = """# Zorvak: Making Plain Nets Great (CVPR-2021)

To test the latest model Zorvak-D2se, download it. The valid model names include
```
Zorvak-A0, Zorvak-A1, Zorvak-B1g2, Zorvak-B3
```
We tested this script with Zorvak-A0. Then run:
```
python test.py train Zorvak-B3-train.pth -a Zorvak-B3
```
"""
    assert sorted(names_of(text)) == ["Zorvak-A0", "Zorvak-A1", "Zorvak-B1g2", "Zorvak-B3", "Zorvak-D2se"]


def test_places_to_download_from_are_read_past_a_long_object_and_a_data_set_is_none():
    text = """# Zorvak-B3

Zorvak-B3 is an image classification model.

You may download all of the ImageNet-pretrained models reported in the paper from Google Drive
(https://drive.google.com/drive/folders/abc) or Baidu Cloud (https://pan.baidu.com/s/xyz).

Note that the argument "deploy" builds an inference-time model. We run the model on ImageNet training set to
record the statistics.
"""
    (model,) = extract_document(read_markdown(text)).models
    assert model.access_surfaces == ["Google Drive", "Baidu Cloud"]
    assert model.developer is None


def test_a_card_titled_by_a_name_says_what_it_is_in_its_opening_lines():
    text = """# QUILLTRA-small-OWT

This is an extension of the ELECTRA small model, trained on the OpenWebText corpus.

## Evaluation

| Model | GLUE |
|---|---|
| QUILLTRA-Small-OWT | 81.6 |

We compare QUILLTRA-small-OWT with ELECTRA.
"""
    assert [name.lower() for name in names_of(text)] == ["quilltra-small-owt"]


def test_a_dimension_after_a_word_is_no_version_of_a_name():
    text = """# Zorvak-7B: Towards Fast, Accurate and Stable 3D Dense Face Alignment

Zorvak-7B is a face alignment model. Stable 3D alignment matters to it.
"""
    assert names_of(text) == ["Zorvak-7B"]


def test_a_role_a_credits_heading_and_a_file_host_are_no_developers():
    text = """# Zorvak Dreams

Zorvak Dreams 2 is a text-to-image model. The model has been mostly developed by Founder and CEO of Quill, Jane Doe.
Download the checkpoint from Baidu Netdisk. The Baidu Netdisk code is abcd; Baidu Netdisk links expire.

Development Team
"""
    (model,) = extract_document(read_markdown(text)).models
    assert model.developer not in ("Founder", "Baidu", "Development")


def test_data_available_on_the_internet_names_no_place():
    text = """# Zorvak-13B

Zorvak-13B is a chat model, on [Hugging Face](https://huggingface.co/quill/Zorvak-13B).
To safeguard privacy, we do not directly use any data available on the Internet as prompts.
"""
    (model,) = extract_document(read_markdown(text)).models
    assert "Internet" not in (model.access_surfaces or [])
