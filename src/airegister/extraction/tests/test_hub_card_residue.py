"""Shapes of hub model cards and READMEs whose own model the reader missed (fifteenth session), written with
made-up names: an older card's `model_index:` (one entry, not a list) naming the model a snippet loads; an HTML
results table whose column labels stand in a row of <td> cells under its <th> groups, with only figures below; a card
titled '<four words> Model Card' whose name begins with a famous model's ('Stable Diffusion Image Variations'); a
README whose news lines integrate another project's detector ('Integrate new face detectors of ['RetinaFace',
'YOLOv5']'); a card headed by news said in a sentence ('Our 33B model is now in beta!') and by its licence's name
('LLaMA-2 Licence + X Extended Version'), whose own size follows a sentence ending in 'and defensive cybersecurity.';
data named by the noun after it ('the X 2.0 data release'); an SDK's README listing the models its API supports in
code spans, one of them a section's ('### X 2.0 Voices'), above 'can take a URL string as input:' and a heading; an
OCR README's list of language models to download, each a link in lower case to a release's archive ('[latin
model](…/releases/download/v1.1.6/latin.zip)'); an organisation speaking as 'we' ('At Play.AI, we've addressed
…'); models 'available at' a hub organisation's address written out ('https://huggingface.co/sudo-ai'); a results
table's row naming the released 'X-8B-v1.0' without its version ('X 8B').

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


OLD_MODEL_INDEX = """---
license: apache-2.0
tags:
- generated_from_trainer
model_index:
  name: corvid-ser-large
---

# Speech Emotion Recognition By Fine-Tuning Wav2Vec 2.0

The model is a fine-tuned version of [quill/wav2vec2-large-en](https://huggingface.co/quill/wav2vec2-large-en) for a
speech emotion recognition task.

Load it with `pipeline("audio-classification", model="corvid-ser-large")`.
"""


def test_an_older_cards_model_index_names_its_model():
    models = models_of(OLD_MODEL_INDEX)
    assert "corvid-ser-large" in models
    assert models["corvid-ser-large"].license == "Apache-2.0"


GROUPED_RESULTS = """---
license: mit
pipeline_tag: audio-classification
---
The model was trained on Podcast-X for the Corvid 2024 challenge baseline.

# Benchmarks
Scores on the Test3 and Development sets of the challenge
<table style="width:500px">
  <tr><th colspan=6 align="center" >Multi-Task Setup</th></tr>
  <tr><th colspan=3 align="center">Test 3</th><th colspan=3 align="center">Development</th></tr>
  <tr>   <td>Val</td> <td>Dom</td> <td>Aro</td> <td>Val</td> <td>Dom</td> <td>Aro</td> </tr>
  <tr>  <td> 0.577</td> <td>0.577</td> <td>0.405</td> <td>0.652</td> <td>0.688</td> <td>0.579</td> </tr>
</table>

# Usage
```python
model = AutoModelForAudioClassification.from_pretrained("corvid/SER-Baseline-Multi-Attributes")
```
"""


def test_a_row_of_labels_under_header_groups_is_no_model():
    models = models_of(GROUPED_RESULTS)
    assert not any("Setup" in name or "Test" in name for name in models)
    assert list(models) == ["SER-Baseline-Multi-Attributes"]
    assert models["SER-Baseline-Multi-Attributes"].license == "MIT"


FOUR_WORD_CARD = """---
license: creativeml-openrail-m
tags:
- image-to-image
---

# Stable Diffusion Pebble Variations Model Card

## Version 2

This version of Stable Diffusion has been fine tuned from
[CompVis/stable-diffusion-v1-4-original](https://huggingface.co/CompVis/stable-diffusion-v-1-4-original) to accept
CLIP image embedding rather than text embeddings.

- **Stage 1** - Fine tune only CrossAttention layer weights from Stable Diffusion v1.4 model

```python
pipe = Pipeline.from_pretrained("quill/sd-pebble-variations", revision="v2.0")
```
"""


def test_a_four_word_name_before_model_card_is_the_cards_model():
    models = models_of(FOUR_WORD_CARD)
    assert list(models) == ["Stable Diffusion Pebble Variations"]
    assert models["Stable Diffusion Pebble Variations"].license == "CreativeML OpenRAIL-M"


INTEGRATED_COMPONENT = """<p align="center">
  <img src="assets/FaceMender_logo.png" height=110>
</p>

## Towards Robust Blind Face Repair with a Lookup Transformer (NeurIPS 2022)

[Paper](https://arxiv.org/abs/2206.00000) | [![Hugging Face](https://img.shields.io/badge/Demo-blue)](https://huggingface.co/spaces/quill/FaceMender)

:star: If FaceMender is helpful to your images or projects, please help star this repo. Thanks!

### Update
- **2022.07.29**: Integrate new face detectors of `['RetinaFace'(default), 'YOLOv5']`.
- **2022.07.17**: Add Colab demo of FaceMender.

We release the pre-trained FaceMender network weights for face restoration.

### Acknowledgement
Some codes are brought from [YOLOv5-face](https://github.com/deepcam-cn/yolov5-face). Thanks for their work.
"""


def test_a_component_the_readme_integrates_is_not_its_model():
    models = models_of(INTEGRATED_COMPONENT)
    assert list(models) == ["FaceMender"]


NEWS_AND_LICENCE_HEADINGS = """---
license: llama2
---

# Our 33B model is now in beta!
Access at: https://www.corvo-sec.example/

# LLaMA-2 Licence + Corvo Extended Version

You agree not to use the Model or Derivatives of the Model:

- For the purpose of harming minors in any way;
- For the purpose of military use in any way;
- For the purpose of defaming others in any way;
- For the purpose of exploiting any group in any way;
- For the purpose of generating false information in any way;
- For the purpose of automated legal decisions in any way;
- For the purpose of discriminating against people in any way;
- For the purpose of harassing others in any way;
- For the purpose of disclosing personal data in any way;
- For the purpose of infringing rights in any way;

# Terms of Use
By accessing and using this Artificial Intelligence (AI) model, you acknowledge that you are solely responsible for
its use. Your use of the AI model is at your own risk and discretion.

# Corvo

![Corvo](https://huggingface.co/quill/Corvo/resolve/main/Corvo.png)

Corvo is a model series that can be used for offensive and defensive cybersecurity.

This 13B model is getting released as a public preview of its capabilities.
"""


def test_news_and_licence_headings_name_no_model_and_a_size_to_come_is_not_its_own():
    models = models_of(NEWS_AND_LICENCE_HEADINGS)
    assert list(models) == ["Corvo"]
    assert models["Corvo"].parameters == 13_000_000_000
    assert models["Corvo"].license == "Llama 2 Community License"


def test_a_size_still_to_come_is_no_size_of_the_cards_model():
    card = """---
license: apache-2.0
---

# Corvo-Chat

Corvo-Chat is a chat model for security analysts, trained on incident reports.

Our 70B model is coming soon, and our 34B model is now in beta.
"""
    models = models_of(card)
    assert list(models) == ["Corvo-Chat"]
    assert models["Corvo-Chat"].parameters is None


DATA_RELEASE_CARD = """---
language:
- en
license: apache-2.0
---

# Corvid Bert for English

This is one of the encoder-only monolingual language models trained as a second release by the Corvid project.

A monolingual model is trained for some languages in the
[Corvid 2.0 data release](https://corvid-project.org/datasets/v2.0).

```python
model = AutoModelForMaskedLM.from_pretrained("corvid/corvid_bert_base_eng-Latn", trust_remote_code=True)
```
"""


def test_a_data_release_is_no_model():
    models = models_of(DATA_RELEASE_CARD)
    assert "Corvid 2.0" not in models
    assert list(models) == ["corvid_bert_base_eng-Latn"]


def test_a_corpus_named_inside_a_rows_model_name_leaves_the_model():
    page = """# Pipelines

| Model | Description | Install URL |
|:---|:---|:---|
| en_ner_quill_md | A spaCy NER model trained on the QUILL corpus. | [Download](https://x.org/q.tar.gz) |
| en_ner_wren5_md | A spaCy NER model trained on the WREN5 corpus. | [Download](https://x.org/w.tar.gz) |
"""
    assert set(models_of(page)) == {"en_ner_quill_md", "en_ner_wren5_md"}


SDK_MODEL_TYPES = """# Corvo Node.js SDK

All text-to-speech methods above accept an optional `options` parameter. You can use it to generate audio with
different voices, AI models, output file formats and much more.

The options available will depend on the AI model that synthesizes the selected voice. Corvo API supports
different types of models: `CorvoTalk`, `Corvo3.0-mini`, `Corvo2.0`, `Corvo2.0-turbo`, `Corvo1.0` and `Standard`.

### Corvo 2.0 Voices

Our conversational voice AI model with emotion direction.

```javascript
const stream = await Corvo.stream('Hello', { voiceEngine: 'Corvo2.0' });
```

The clone() method can also take in a URL string as input:

### Deleting a Cloned Voice

Use the deleteClone() method.
"""


def test_models_an_api_supports_are_listed_models_and_as_input_is_no_label():
    models = models_of(SDK_MODEL_TYPES)
    # 'Corvo2.0' of the list is the section's 'Corvo 2.0', one model
    assert set(models) == {"Corvo 2.0", "CorvoTalk", "Corvo3.0-mini", "Corvo2.0-turbo", "Corvo1.0", "Standard"}
    assert all(m.input_modalities is None for m in models.values())  # not 'as input:⏎Deleting a Cloned Voice'


def test_lower_case_model_links_to_release_archives_are_models():
    page = """# CorvOCR

Model weight for chosen language will be automatically downloaded or you can
download it manually from the following links and put it in the model folder

- [text detection model (CRAFT)](https://github.com/quill/CorvOCR/releases/download/pre-v1.1.6/craft_mlt_25k.zip)
- [latin model](https://github.com/quill/CorvOCR/releases/download/pre-v1.1.6/latin.zip)
- [chinese (traditional) model](https://github.com/quill/CorvOCR/releases/download/pre-v1.1.6/chinese.zip)
- [thai model](https://github.com/quill/CorvOCR/releases/download/v1.1.7/thai.zip)
"""
    assert {"latin model", "chinese (traditional) model", "thai model"} <= set(models_of(page))


def test_an_organisation_speaking_as_we_is_the_maker():
    opening = """# Corvo Diffusion

At Quillon Labs, we have addressed these challenges with Corvo Diffusion, a diffusion model for speech editing.

Corvo Diffusion is a diffusion model for speech editing.
"""
    later = """# Corvo Diffusion

[Blog Post](https://blog.quillon.example/corvo-diffusion)

Corvo Diffusion is a diffusion model for speech editing.

## Installation

Install the package with pip.

## Why

Editing speech is hard: a changed word changes the timing of the whole sentence.

Traditional approaches splice new audio in, and the seams can be heard.

At [Quillon.AI](http://quillon.example/), we’ve addressed this problem with a novel diffusion-based approach for
speech editing, the Corvo Diffusion model.
"""
    assert models_of(opening)["Corvo Diffusion"].developer == "Quillon Labs"
    assert models_of(later)["Corvo Diffusion"].developer == "Quillon.AI"


def test_models_available_at_a_hub_organisations_address_are_on_the_hub():
    page = """# Corvo++

Corvo++ is a diffusion model.

## Models

The models are available at [https://huggingface.co/quill](https://huggingface.co/quill):

+ `quill/corvoplus-v1.1`, base Corvo++ model release (v1.1).
+ `quill/controlnet-cp11-depth-v1` depth ControlNet checkpoint release (v1) for Corvo++ (v1.1).

Its documentation is at https://huggingface.co/docs/diffusers.
"""
    models = models_of(page)
    assert set(models) == {"corvoplus-v1.1", "controlnet-cp11-depth-v1"}
    assert all(m.access_surfaces == ["Hugging Face"] for m in models.values())
    address = "[https://huggingface.co/quill](https://huggingface.co/quill)"
    docs_only = page.replace(f"available at {address}", "listed below")
    assert all(not m.access_surfaces for m in models_of(docs_only).values())


def test_a_results_tables_name_without_its_version_is_the_released_model():
    page = """# Corvid-Med

- [2026-03-26]: We have released [Corvid-Med-8B-v1.0](https://huggingface.co/quill/Corvid-Med-8B-v1.0)!

## Model Zoo

| Model | Size | Download |
| --- | --- | --- |
| Corvid-Med-8B-v1.0 | 8B | [🤗 Corvid-Med-8B-v1.0](https://huggingface.co/quill/Corvid-Med-8B-v1.0) |

## Results

| Model | MMMU-Med | VQA-RAD | PathVQA |
| --- | --- | --- | --- |
| MedGemma 4B | 43.70 | 72.50 | 48.80 |
| Lingshu 7B | 54.00 | 67.90 | 61.90 |
| **Corvid-Med 8B** | 78.20 | 65.36 | 23.67 |
"""
    assert "Corvid-Med 8B" not in models_of(page)
    assert "Corvid-Med-8B-v1.0" in models_of(page)


def test_a_table_of_header_rows_only_is_read():
    from airegister.extraction.readers import read_html_document

    page = """<html><body><h1>Corvo-7B</h1><p>Corvo-7B is a 7B language model released under Apache 2.0.</p>
<table><tr><th>Size</th><th>Context</th></tr><tr><th>7B</th><th>32K</th></tr></table></body></html>"""
    models = {m.name: m for m in extract_document(read_html_document(page)).models}
    assert models["Corvo-7B"].parameters == 7_000_000_000
