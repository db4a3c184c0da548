"""Shapes met in development leftovers and held-out sets (twelfth session): a news list moving a model from version to
version, a hub card showing its own repository's files, weights files in the commands after an offer of pretrained
weights, a zoo's grid of networks by depth, a list of available models whose labels hold a runtime's word, a
link to another page of the same repository (no place); and, from a made-up vendor's models overview page, a
sizes table's figures kept to its rows, a date column with a year alone in it, places listed after 'offers … through'
and 'access … via', places after the licence a model is available under, a tier's section beside an older
version of the tier named elsewhere, a pricing table's fact column kept to its rows, a models table saved as
run-together text (a cell's unit run into the next cell's month, a row's date into the next row's name, a name into
its figure), its cells one per line; an announcement's places after the audience they are offered to, a length
said as what a model supports; a modalities column written 'input → output'; a catalogue titled by its platform;
phrasings of facts a vendor page uses ('became generally available on', 'training data extends to', 'can take in up
to N tokens of input', 'X generates text and images', 'Try X in Y', 'Access: A, B'), and no fact from a plan ('will be
released in') or a denial ('does not accept images'); a title family's tiers named in prose ('Nova Micro', 'Nova Lite');
a transparency page saved as its text content (models 'the second generation of' a maker's models, the maker's word
kept in names never written without it, lengths said 'for' each model, a line listing places, no wrapped lines);
where data is and when code came out (no facts of the model), models 'available [here](hub link)', 'available only
through'.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

import pytest

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


UPDATES = """# Introduction

Tern-Voice is released under the CC-BY-NC-SA-4.0 license.

## Changelog

- 2025/07/02: Updated Tern-Voice to 1.2 version, remove the old decoder, and greatly enhanced zero-shot ability.
- 2025/05/10: Updated Tern-Voice to v1.1, implement a new decoder to reduce WER.
- 2025/03/01: Updated Python to 3.11 in the Docker image.
"""


def test_a_news_line_updating_a_model_to_a_version_names_that_version_a_model():
    models = models_of(UPDATES)
    assert set(models) == {"Tern-Voice 1.2", "Tern-Voice 1.1"}
    assert models["Tern-Voice 1.2"].release_date == "2025-07-02"
    assert models["Tern-Voice 1.1"].release_date == "2025-05-10"


STHENO = """---
license: cc-by-nc-4.0
---

*Just message me if you want to host this privately.*

![Tern](https://huggingface.co/Quillon/L3-8B-Tern-v3.2/resolve/main/Tern.png?)

Tern-v3.2-Zeta

I have done a test run with multiple variations, merged back to its base at various weights.
"""


def test_a_card_showing_its_own_repository_files_is_that_repositorys_model():
    models = models_of(STHENO)
    assert set(models) == {"L3-8B-Tern-v3.2"}
    assert models["L3-8B-Tern-v3.2"].license == "CC-BY-NC-4.0"


def test_files_of_two_repositories_name_no_model():
    two = STHENO + "\n![Other](https://huggingface.co/Quillon/L3-70B-Gale-v2.1/resolve/main/Gale.png)\n"
    assert "L3-8B-Tern-v3.2" not in models_of(two)


WEIGHTS_IN_COMMANDS = """# Lattice: Fast Point Cloud Registration

## 3DMatch

### Testing

We also provide pretrained weights in `weights`, use the following command to test the pretrained weights.

```bash
python test.py --snapshot=../../weights/lattice-3dmatch.pth.tar --benchmark=3DMatch
```

## KITTI

### Testing

We also provide pretrained weights in `weights`, use the following command to test the pretrained weights.

```bash
python test.py --snapshot=../../weights/lattice-kitti.pth.tar
```
"""


def test_weights_files_in_the_commands_after_an_offer_of_pretrained_weights_are_models():
    assert set(models_of(WEIGHTS_IN_COMMANDS)) == {"lattice-3dmatch", "lattice-kitti"}
    # one file alone is the page's single checkpoint, not a list of them
    one = WEIGHTS_IN_COMMANDS.split("## KITTI")[0]
    assert "lattice-3dmatch" not in models_of(one)


LINK = "([model](https://drive.google.com/uc?id=1x))"
DEPTH_GRID = f"""# XConv: Pyramidal Convolution

The accuracy on ImageNet:

| Network | 50-layers | 101-layers | 152-layers |
| :----- | :-----: | :-----: | :-----: |
| XConvHGNet | 78.4% {LINK} | 79.2% {LINK} | 79.3% |
| XConvNet | 77.8% {LINK} | 79.0% {LINK} | 79.5% {LINK} |
"""


def test_a_grid_of_networks_by_depth_names_each_linked_cell_a_model():
    assert set(models_of(DEPTH_GRID)) == {"XConvHGNet-50", "XConvHGNet-101", "XConvNet-50", "XConvNet-101",
                                          "XConvNet-152"}


AVAILABLE_MODELS = """Models
======

Depending on your need, ``Quillon`` provides OCR-based and Transformer-based models to detect elements.

**List of Available Models:**

* ``layoutnet_onnx`` (*default model*): The LayoutNet model is part of a research library. It is the fastest.
* ``ternx``: The TernX model tends to outperform the LayoutNet model in table extraction.
* ``ternx_quantized``: runs faster than TernX and its speed is closer to LayoutNet.
"""


def test_items_a_line_introduces_as_available_models_name_models_a_runtime_word_inside_them_too():
    from airegister.extraction.readers import read_restructured

    models = {m.name for m in extract_document(read_restructured(AVAILABLE_MODELS)).models}
    assert {"ternx", "ternx_quantized"} <= models
    assert models & {"layoutnet_onnx", "LayoutNet"}


ZOO_PAGE = """# Tern-VL-7B: Vision-Only Cross-Attention

[![Checkpoints](https://img.shields.io/badge/Checkpoints-Tern--VL-yellow)](https://huggingface.co/quillon/Tern-VL-7B)

## Usage

1. Download the checkpoints from our [Model Zoo](docs/MODEL_ZOO.md).
2. Run the evaluation.
"""


def test_a_link_to_another_page_of_the_same_repository_names_no_place():
    models = models_of(ZOO_PAGE)
    assert "Model Zoo" not in (models["Tern-VL-7B"].access_surfaces or [])
    on_site = ZOO_PAGE.replace("(docs/MODEL_ZOO.md)", "(https://zoo.example.org/tern)")
    assert "Model Zoo" in (models_of(on_site)["Tern-VL-7B"].access_surfaces or [])


def html_models_of(text: str) -> dict:
    from airegister.extraction.readers import read_html_document

    return {m.name: m for m in extract_document(read_html_document(text)).models}


OVERVIEW = """<!DOCTYPE html><html><head><title>Models overview | Quillon Docs</title></head><body><main>
<h1>Models overview</h1>
<p>Quillon offers a family of models through the Quillon API, Amazon Bedrock and Google Cloud Vertex AI.</p>
<h2>Latest models</h2>
<table><thead><tr><th>Model</th><th>API model name</th><th>Max tokens</th><th>Training data</th></tr></thead><tbody>
<tr><td>Zorvak 3 Opus</td><td>zorvak-3-opus-20250301</td><td>200,000</td><td>Up to Aug 2024</td></tr>
<tr><td>Zorvak 3 Haiku</td><td>zorvak-3-haiku-20250307</td><td>200,000</td><td>Up to Aug 2024</td></tr>
<tr><td>Zorvak 2.1</td><td>zorvak-2.1</td><td>100,000</td><td>Early 2023</td></tr>
</tbody></table>
<h2>Model sizes</h2>
<table><tr><th>Size</th><th>Parameters</th><th>Context length</th></tr>
<tr><td>tiny</td><td>39 M</td><td>4K</td></tr><tr><td>base</td><td>74 M</td><td>4K</td></tr></table>
</main></body></html>
"""


def test_a_vendors_models_overview_page_keeps_each_rows_facts_to_its_row():
    models = html_models_of(OVERVIEW)
    assert set(models) == {"Zorvak 3 Opus", "Zorvak 3 Haiku", "Zorvak 2.1"}
    # the sizes table's rows ('tiny', 'base') name none of them: their figures are not every model's
    assert all(m.parameters is None for m in models.values())
    # a column of dates, one of them a year alone ('Early 2023'), is still a column of dates
    assert models["Zorvak 3 Opus"].training_data_cutoff == "2024-08"
    assert models["Zorvak 2.1"].training_data_cutoff is None
    assert models["Zorvak 3 Haiku"].context_window == 200000
    # 'offers a family of models through X, Y and Z'
    assert models["Zorvak 2.1"].access_surfaces == ["Quillon API", "Amazon Bedrock", "Google Cloud Vertex AI"]


def test_access_through_a_list_of_places_names_them():
    page = "# Zorvak 3 Opus\n\nZorvak 3 Opus is a large language model by Quillon.\n\n" \
           "You can access Zorvak 3 Opus via the Quillon API, Amazon Bedrock, and Google Cloud Vertex AI.\n"
    assert models_of(page)["Zorvak 3 Opus"].access_surfaces == ["Quillon API", "Amazon Bedrock",
                                                               "Google Cloud Vertex AI"]


SIBLINGS = """# Kelvora 2

Today we release Kelvora 2 in two sizes. Each size comes as a pretrained base model (Kelvora-2-9B-base,
Kelvora-2-27B-base) and an instruction-tuned model (Kelvora-2-9B-instruct, Kelvora-2-27B-instruct).

They are available under the Apache 2.0 license on Hugging Face and Kaggle, and through the Kelvora API.
"""


def test_places_after_the_licence_a_model_is_available_under():
    models = models_of(SIBLINGS)
    assert set(models) == {"Kelvora-2-9B-base", "Kelvora-2-27B-base", "Kelvora-2-9B-instruct",
                           "Kelvora-2-27B-instruct"}
    assert models["Kelvora-2-9B-base"].access_surfaces == ["Hugging Face", "Kaggle", "Kelvora API"]
    assert models["Kelvora-2-9B-base"].license == "Apache-2.0"


TIERS = """# Glendrax Models Overview

Glendrax offers three models for different needs.

## Glendrax Ultra

Our most capable model. Context window: 1M tokens.

## Glendrax Pro

Balanced performance for everyday work. Context window: 256K tokens.

## Deprecated models

Glendrax 1.5 Pro will be retired on June 1, 2025.
"""


def test_a_section_named_by_a_tier_is_not_an_older_versions_of_that_tier_named_elsewhere():
    models = models_of(TIERS)
    assert models["Glendrax Pro"].context_window == 256000
    assert "Glendrax 1.5 Pro" not in models
    # written inside the tier's own section, the versioned name is the tier's full name
    same = TIERS.replace("Balanced performance", "Glendrax 1.5 Pro gives balanced performance")
    assert "Glendrax 1.5 Pro" in models_of(same)


PRICING = """# Pricing

| Model | Input (per 1M tokens) | Output (per 1M tokens) | Context |
|---|---|---|---|
| Orbenix Large 2 | $2.00 | $6.00 | 128k |
| Orbenix Small 3.1 | $0.10 | $0.30 | 128k |
| Orbenix Embed | $0.10 | - | 8k |

## Deprecations

| Model | Deprecation date | Retirement date | Recommended replacement |
|---|---|---|---|
| Orbenix Medium 2 | 2024-11-30 | 2025-03-30 | Orbenix Large 2 |
"""


def test_a_pricing_tables_fact_column_gives_each_row_its_own_value_and_no_other_model_one():
    models = models_of(PRICING)
    assert models["Orbenix Small 3.1"].context_window == 128000
    assert models["Orbenix Embed"].context_window == 8000
    # the deprecations table states no context window for the retired model
    assert models["Orbenix Medium 2"].context_window is None


GLUED_OVERVIEW = (
    "Models overview - Quillon DocsSkip to main contentDocsAPI referencePricingSign inModels overviewQuillon offers a "
    "family of state-of-the-art models with different levels of intelligence and speed.ModelContext windowMax output"
    "Knowledge cutoffZorvak 3 Opus200K tokens4,096 tokensAug 2024Zorvak 3 Sonnet200K tokens8,192 tokensAug 2024"
    "Zorvak 3 Haiku200K tokens4,096 tokensJul 2024All models accept text and image input and produce text output."
    "Was this page helpful?YesNo© 2025 Quillon Inc."
)


def test_a_models_table_saved_as_run_together_text_still_names_its_rows_models():
    from airegister.extraction.readers import read_text

    models = {m.name: m for m in extract_document(read_text(GLUED_OVERVIEW)).models}
    assert set(models) == {"Zorvak 3 Opus", "Zorvak 3 Sonnet", "Zorvak 3 Haiku"}
    assert models["Zorvak 3 Haiku"].input_modalities == ["text", "image"]


def test_a_table_saved_one_cell_per_line_gives_each_row_its_figures_with_its_lines_as_evidence():
    from airegister.extraction.readers import read_text

    models = {m.name: m for m in extract_document(read_text(GLUED_OVERVIEW)).models}
    assert models["Zorvak 3 Sonnet"].context_window == 200000
    assert models["Zorvak 3 Haiku"].knowledge_cutoff == "2024-07"
    # the row as the page's text writes it, run together
    assert models["Zorvak 3 Haiku"].evidence["knowledge_cutoff"] == "Zorvak 3 Haiku200K tokens4,096 tokensJul 2024"
    stacked = "Models overview\n\nModel\nContext window\nMax output\nZorvak 3 Opus\n200K tokens\n4,096 tokens\n" \
              "Zorvak 3 Haiku\n128K tokens\n4,096 tokens\n\nAll models accept text input.\n"
    models = {m.name: m for m in extract_document(read_text(stacked)).models}
    assert models["Zorvak 3 Haiku"].context_window == 128000
    assert models["Zorvak 3 Opus"].context_window == 200000


def test_short_lines_without_a_column_of_figures_are_no_table():
    from airegister.extraction.readers import read_text

    page = "Home\nDocs\nPricing\nBlog\nZorvak 3 Opus is our best model.\nIt was released in 2025.\nContact us\n"
    models = {m.name: m for m in extract_document(read_text(page)).models}
    assert set(models) == {"Zorvak 3 Opus"}
    assert models["Zorvak 3 Opus"].context_window is None


ANNOUNCEMENT = """<!DOCTYPE html><html><head><title>Introducing Kelvora 4 \\ Brastel</title></head><body><article>
<p class="date"><time datetime="2025-03-04">Mar 4, 2025</time></p><h1>Introducing Kelvora 4</h1>
<p>Today we're releasing Kelvora 4, our most intelligent model to date, alongside Kelvora 4 Mini, a smaller and faster
model for everyday tasks.</p>
<p>Kelvora 4 is available today in the Brastel app for Pro and Team users, and to developers through the Brastel API,
Amazon Bedrock, and Google Cloud's Vertex AI.</p>
<p>Both models accept text and image inputs and produce text outputs. Kelvora 4 supports a context window of 500,000
tokens; Kelvora 4 Mini supports 128,000 tokens.</p>
</article></body></html>
"""


def test_an_announcements_places_after_an_audience_and_a_length_said_as_what_a_model_supports():
    models = html_models_of(ANNOUNCEMENT)
    assert models["Kelvora 4"].access_surfaces == ["Brastel app", "Brastel API", "Amazon Bedrock",
                                                   "Google Cloud's Vertex AI"]
    assert models["Kelvora 4"].context_window == 500000
    assert models["Kelvora 4 Mini"].context_window == 128000
    trained = ANNOUNCEMENT.replace("Mini supports 128,000", "Mini was trained on 128,000")
    assert html_models_of(trained)["Kelvora 4 Mini"].context_window is None


MODALITIES = """# Tirvane models

| Model | Parameters | Modalities |
|---|---|---|
| Tirvane-7B | 7.2B | Text → Text |
| Tirvane-70B-Instruct | 70.6B | Text, image → Text |
| Tirvane-TTS | 0.3B | Text-to-Speech |
"""


def test_a_modalities_column_written_input_to_output_gives_both():
    models = models_of(MODALITIES)
    assert models["Tirvane-70B-Instruct"].input_modalities == ["text", "image"]
    assert models["Tirvane-70B-Instruct"].output_modalities == ["text"]
    assert models["Tirvane-TTS"].output_modalities == ["audio"]
    transposed = ("# Tirvane model family\n\n|   | Tirvane-7B | Tirvane-70B-Instruct |\n|---|---|---|\n"
                  "| Parameters | 7.2B | 70.6B |\n| Modalities | Text → Text | Text, Image → Text |\n")
    assert models_of(transposed)["Tirvane-70B-Instruct"].input_modalities == ["text", "image"]


CATALOGUE = """# Supported foundation models in Amazon Bedrock

| Provider | Model name | Model ID | Input modalities | Output modalities | Max tokens |
|---|---|---|---|---|---|
| Quillon | Zorvak 3 Opus | quillon.zorvak-3-opus-v1:0 | Text, Image | Text | 200,000 |
| Brastel | Kelvora 4 Mini | brastel.kelvora-4-mini-v1:0 | Text | Text | 128,000 |
"""


def test_a_catalogue_titled_by_its_platform_offers_each_model_there():
    models = models_of(CATALOGUE)
    assert models["Kelvora 4 Mini"].access_surfaces == ["Amazon Bedrock"]
    assert models["Zorvak 3 Opus"].developer == "Quillon"
    # a title naming no platform names no place
    plain = CATALOGUE.replace("# Supported foundation models in Amazon Bedrock", "# Supported foundation models")
    assert models_of(plain)["Kelvora 4 Mini"].access_surfaces is None


@pytest.mark.parametrize(("field", "sentence", "value"), [
    ("release_date", "Zorvak 3 Opus became generally available on March 4, 2025.", "2025-03-04"),
    ("training_data_cutoff", "Its training data extends to August 2024.", "2024-08"),
    ("context_window", "Zorvak 3 Opus can take in up to 200,000 tokens of input.", 200000),
    ("output_modalities", "Zorvak 3 Opus generates text and images.", ["text", "image"]),
    ("access_surfaces", "Try Zorvak 3 Opus in Quillon Chat.", ["Quillon Chat"]),
    ("access_surfaces", "Access: Quillon API, Google Cloud Vertex AI", ["Quillon API", "Google Cloud Vertex AI"]),
])
def test_a_vendor_pages_phrasings_of_a_fact(field, sentence, value):
    page = f"# Zorvak 3 Opus\n\nZorvak 3 Opus is a large language model.\n\n{sentence}\n"
    assert getattr(models_of(page)["Zorvak 3 Opus"], field) == value


def test_try_it_out_somewhere_lower_case_names_no_place_of_a_model():
    page = "# Zorvak 3 Opus\n\nZorvak 3 Opus is a large language model.\n\nTry it out on Colab:\n"
    assert models_of(page)["Zorvak 3 Opus"].access_surfaces is None


@pytest.mark.parametrize(("field", "sentence"), [
    ("release_date", "Zorvak 3 Opus will be released in June 2025."),
    ("release_date", "Zorvak 3 Opus is expected to launch in June 2025."),
    ("input_modalities", "Unlike Zorvak Vision, Zorvak 3 Opus does not accept images."),
    ("output_modalities", "Zorvak 3 Opus cannot generate images."),
])
def test_a_plan_or_a_denial_states_no_fact(field, sentence):
    page = f"# Zorvak 3 Opus\n\nZorvak 3 Opus is a large language model.\n\n{sentence}\n"
    assert getattr(models_of(page)["Zorvak 3 Opus"], field) is None


TIERS_IN_PROSE = """# Quillon Nova foundation models

Quillon Nova Micro is a text-only model that delivers the lowest latency responses. Quillon Nova Lite is a very
low-cost multimodal model that processes image, video, and text inputs. Quillon Nova Pro is a highly capable
multimodal model.

Quillon Nova Micro has a context length of 128K tokens, while Quillon Nova Lite and Quillon Nova Pro support 300K
tokens. Quillon Nova Pro users get priority support.
"""


def test_a_title_familys_tiers_in_prose_are_its_models():
    models = models_of(TIERS_IN_PROSE)
    assert set(models) == {"Quillon Nova Micro", "Quillon Nova Lite", "Quillon Nova Pro"}
    assert models["Quillon Nova Micro"].context_window == 128000
    assert models["Quillon Nova Lite"].input_modalities == ["image", "video", "text"]
    # one tier alone, or tiers only of plans ('Pro users', 'Plus subscribers'), names no model
    plans = "# Quillon Chat\n\nQuillon Chat Plus subscribers and Quillon Chat Pro users get more messages.\n"
    assert models_of(plans) == {}


TRANSPARENCY_DUMP = (
    "Transparency Center | Glendrax AISkip to main contentResearchSafetyCompanyTransparency CenterLast updated "
    "September 2, 2025Model overviewsGlendrax Ultra 2 and Glendrax Swift 2Model cardOverviewGlendrax Ultra 2 and "
    "Glendrax Swift 2 are the second generation of Glendrax's multimodal models. Glendrax Ultra 2 is our most capable "
    "model; Glendrax Swift 2 is optimized for speed.Launch dateJuly 2025AvailabilityGlendrax app, Glendrax Developer "
    "Platform, Microsoft Azure AI FoundryInput and outputBoth models take text, images and audio as input and produce "
    "text.Context length1M tokens for Glendrax Ultra 2; 256K tokens for Glendrax Swift 2Training data cutoffFebruary "
    "2025Intended usesGeneral assistance, coding, analysis.© 2025 Glendrax AI Ltd."
)


def test_a_transparency_page_saved_as_its_text_content():
    from airegister.extraction.readers import read_text

    models = {m.name: m for m in extract_document(read_text(TRANSPARENCY_DUMP)).models}
    # the maker's word stays in the names the page never writes without it
    assert set(models) == {"Glendrax Ultra 2", "Glendrax Swift 2"}
    swift = models["Glendrax Swift 2"]
    assert swift.context_window == 256000 and models["Glendrax Ultra 2"].context_window == 1000000
    # each block on a line of its own: the label under a value line is not read into that line
    assert swift.training_data_cutoff == "2025-02" and models["Glendrax Ultra 2"].training_data_cutoff == "2025-02"
    assert swift.access_surfaces == ["Glendrax app", "Glendrax Developer Platform", "Microsoft Azure AI Foundry"]
    assert swift.release_date == "2025-07"


@pytest.mark.parametrize(("field", "sentence"), [
    ("access_surfaces", "The dataset is available on Hugging Face."),
    ("release_date", "- 2024-05-02: We released the training code."),
])
def test_where_data_is_and_when_code_came_out_are_no_facts_of_the_model(field, sentence):
    page = f"# Zorvak-7B\n\nZorvak-7B is a large language model.\n\n{sentence}\n"
    assert getattr(models_of(page)["Zorvak-7B"], field) is None


def test_models_available_here_are_on_the_hub_the_link_points_to():
    page = ("# Zorvak-7B\n\nZorvak-7B is a large language model.\n\n"
            "The trained model checkpoints are available [here](https://huggingface.co/quillon).\n")
    assert models_of(page)["Zorvak-7B"].access_surfaces == ["Hugging Face"]
    news = ("# Zorvak-7B\n\nZorvak-7B is a large language model.\n\n"
            "- 2024-05-02: We released the code and the weights.\n")
    assert models_of(news)["Zorvak-7B"].release_date == "2024-05-02"


def test_each_model_keeps_the_place_its_own_sentence_names():
    page = ("# Zorvak\n\nWe release Zorvak-7B and Zorvak-70B.\n\nZorvak-7B is available on Hugging Face. Zorvak-70B is "
            "available only through the Zorvak API.\n")
    models = models_of(page)
    assert models["Zorvak-7B"].access_surfaces == ["Hugging Face"]
    assert models["Zorvak-70B"].access_surfaces == ["Zorvak API"]
