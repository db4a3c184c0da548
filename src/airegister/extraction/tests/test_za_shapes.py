"""Shapes met in corpus set za (documentation pages and READMEs of model makers new to the corpus), each test a small
made-up page in the shape, with invented vendor and model names.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


def value(model, field: str):
    got = getattr(model, field)
    return getattr(got, "value", got)


CAPABILITY_COLUMNS_MD = """# Models

Orvane offers three models for Speech to Text: Precise, Swift, and Lumen 2. All three use the same API.

## Compare the models

| Capability | Precise | Swift | Lumen 2 |
|---|---|---|---|
| Model | `precise` | `swift` | `lumen-2` |
| Accuracy | Highest | High | High |
| Processing modes | Batch and Realtime | Batch and Realtime | Batch |
| Custom dictionary | ✅ | ✅ | Not yet |

## Lumen 2

Lumen 2 is a multilingual model, available in two regions.

| Region | Endpoint |
|---|---|
| EU1 (Europe) | `eu1.api.orvane.example` |
| US1 (USA) | `us1.api.orvane.example` |
"""


def test_a_row_of_identifiers_makes_a_capability_table_s_columns_models():
    # The columns are the page's own models: a row gives each one's identifier, starting with its header's word.
    assert {"Precise", "Swift", "Lumen 2"} <= set(models_of(CAPABILITY_COLUMNS_MD))


def test_a_table_of_regions_and_endpoints_names_no_model():
    models = models_of(CAPABILITY_COLUMNS_MD)
    assert "EU1" not in models and "US1" not in models


SETTINGS_ROW_MD = """# Orvane Lumen 2

| Setting | Default | Fast |
|---|---|---|
| Model | yes | no |
| Beam size | 5 | 1 |
"""


def test_a_row_of_words_that_are_not_the_columns_identifiers_makes_no_models():
    # 'yes' / 'no' do not start with the columns' words: the columns are settings, not models.
    models = models_of(SETTINGS_ROW_MD)
    assert "Default" not in models and "Fast" not in models


SERVED_BY_A_MAKER_MD = """# Quillon 3: protein sequence modelling

Quillon 3 is a protein language model for long context modeling and design.

You can also run Quillon 3 without any installation using the Nvidia Hosted API.

To host your own instance for running Quillon 3, we recommend using NVIDIA NIM. See the NVIDIA NIM section.

## NVIDIA NIM for Quillon 3

Quillon 3 is available on NVIDIA NIM. The quickstart guides users through running Quillon 3 on the NVIDIA NIM.
"""


def test_a_maker_named_only_as_the_service_serving_the_model_is_not_its_developer():
    # 'NVIDIA NIM', 'Nvidia Hosted API' recur: where the model runs, not who made it.
    models = models_of(SERVED_BY_A_MAKER_MD)
    assert "Quillon 3" in models
    assert value(models["Quillon 3"], "developer") is None


SNAKE_CHECKPOINTS_MD = """# Quillon 3: sequence modelling for proteins

Quillon 3 is a protein language model for long context modeling.

## Checkpoints

We provide the following model checkpoints, hosted on [HuggingFace](https://huggingface.co/quillonlab):
| Checkpoint Name                        | Description |
|----------------------------------------|-------------|
| `quillon3_20b`  | A model pretrained with 1 million context obtained by extending `quillon3_20b_base`.|
| `quillon3_20b_base`  | A model pretrained with 8192 context length.|
| `quillon3_2b_base`  | A smaller model pretrained with 8192 context length.|

To use Quillon 3 20B, you will need multiple GPUs.
"""


def test_checkpoint_identifiers_in_snake_case_with_a_size_are_the_table_s_models():
    models = models_of(SNAKE_CHECKPOINTS_MD)
    assert {"quillon3_20b", "quillon3_20b_base", "quillon3_2b_base"} <= set(models)
    assert value(models["quillon3_2b_base"], "context_window") == 8192


def test_a_context_written_with_its_multiplier_in_words_is_read():
    # 'pretrained with 1 million context': 1,000,000 tokens, as '1M context' would be.
    assert value(models_of(SNAKE_CHECKPOINTS_MD)["quillon3_20b"], "context_window") == 1_000_000



VERSIONED_NEWS_MD = """# Vidora Plan

This project aims to create a simple and scalable video generation repo.

# News

* **[2025.06.06]** 🔥 We release version 1.5.0, our most powerful model!
* **[2024.08.13]** 🎉 We are launching Vidora Plan v1.2.0 **I2V** model, which is based on Vidora Plan v1.2.0.
* **[2024.07.24]** 🔥 v1.2.0 is here! We released a true 3D video diffusion model.
* **[2024.04.07]** 🎉 Today, we are thrilled to present Vidora-Plan v1.0.0, which enhances video quality.

# Gallery

Text-to-Video Generation of Vidora Plan v1.5.0.
"""


def test_a_task_word_after_a_versioned_name_makes_another_model():
    # 'Vidora Plan v1.2.0 I2V' (image-to-video) is not 'Vidora Plan v1.2.0': each has its own news line.
    models = models_of(VERSIONED_NEWS_MD)
    assert value(models["Vidora Plan v1.2.0 I2V"], "release_date") == "2024-08-13"



def test_presenting_a_model_on_a_dated_news_line_releases_it():
    assert value(models_of(VERSIONED_NEWS_MD)["Vidora-Plan v1.0.0"], "release_date") == "2024-04-07"


HERE_NEWS_MD = """# Vidora Plan

# News

* **[2024.07.24]** Vidora Plan v1.2.0 is here! A true 3D video diffusion model.
* **[2024.03.27]** We present the report of our video VAE.
"""


def test_a_model_that_is_here_on_a_dated_news_line_is_released():
    assert value(models_of(HERE_NEWS_MD)["Vidora Plan v1.2.0"], "release_date") == "2024-07-24"


def test_a_version_written_alone_in_a_news_line_dates_the_name_ending_in_it():
    models = models_of(VERSIONED_NEWS_MD)
    assert value(models["Vidora Plan v1.5.0"], "release_date") == "2025-06-06"  # 'We release version 1.5.0'
    assert value(models["Vidora Plan v1.2.0"], "release_date") == "2024-07-24"  # 'v1.2.0 is here!'


REQUIREMENT_VERSION_MD = """# Vidora Plan

Vidora Plan v0.25.0 and Vidora Plan v0.30.0 are video diffusion models.

# News

* **[2024.05.02]** We release Vidora Plan v0.30.0.
* **[2024.03.27]** We released support for diffusers version 0.25.0 and Python 3.10.
* **[2024.01.10]** We release Vidora Plan v0.25.0.
"""


def test_a_version_in_a_requirement_is_no_model_s():
    models = models_of(REQUIREMENT_VERSION_MD)
    assert value(models["Vidora Plan v0.30.0"], "release_date") == "2024-05-02"
    assert value(models["Vidora Plan v0.25.0"], "release_date") == "2024-01-10"


CURRENT_VERSION_MD = """# Vidora Plan

# News

* **[2024.08.13]** We are launching Vidora Plan v1.2.0 I2V model, which is based on Vidora Plan v1.2.0. The current
  version supports image-to-video generation and transition generation.
* **[2024.05.27]** We are launching Vidora Plan v1.1.0, which improves video length.
"""


def test_the_current_version_is_the_model_its_news_line_launches():
    models = models_of(CURRENT_VERSION_MD)
    assert value(models["Vidora Plan v1.2.0 I2V"], "input_modalities") == ["image"]
    assert not value(models["Vidora Plan v1.1.0"], "input_modalities")


FUTURE_MODEL_MD = """# Vidora Plan

Vidora Plan v1.0.0 and Vidora Plan v1.1.0 are video generation models.

# News

* **[2024.03.27]** We release the report of our video VAE. The text-to-video model is on the way.
"""


def test_a_model_still_to_come_lends_its_modalities_to_none_of_the_page_s():
    for model in models_of(FUTURE_MODEL_MD).values():
        assert not value(model, "input_modalities")


CREDITS_MD = """# Vidora Plan

Vidora Plan v1.0.0 and Vidora Plan v1.1.0 are video generation models.

# Acknowledgement and Related Work

* Quillet: Quillet is a powerful text-to-video model that makes videos from simple text input, based on our Vidora Plan.
* Latte: a wonderful 2+1D video generation model.
"""


def test_a_section_of_acknowledgements_and_related_work_states_nothing_of_the_page_s_models():
    for model in models_of(CREDITS_MD).values():
        assert not value(model, "input_modalities")


VERSION_ROWS_MD = """# Vidora Plan

Vidora Plan is a video generation project. Vidora Plan v1.5.0 is our most powerful model.

# Resource

| Version | Architecture |  Diffusion Model | Data |
|:---|:---|:---|:---|
| v1.5.0 | SUV | [121x576x1024](https://huggingface.co/VidoraLab/Vidora-Plan-v1.5.0/blob/main/model_ema.pt) | - |
| v1.3.0 [4] | Skiparse 3D | [Anysize](https://huggingface.co/VidoraLab/Vidora-Plan-v1.3.0/tree/main/any) | - |
| v1.2.0 | Dense 3D | [93x720p](https://huggingface.co/VidoraLab/Vidora-Plan-v1.2.0/tree/main/93x720p) | - |

> [4] Model weights are also available elsewhere.
"""


def test_a_table_of_bare_versions_names_the_family_s_model_of_each_version():
    models = models_of(VERSION_ROWS_MD)
    assert {"Vidora Plan v1.5.0", "Vidora Plan v1.3.0", "Vidora Plan v1.2.0"} <= set(models)


WEIGHTS_LICENSED_MD = """# Tabula

To use our default Tabula-3 model, call `Tabula()`; the previous default is Tabula-2.6.

## License

The Tabula-2.5, Tabula-2.6, and Tabula-3 model weights are released under non-commercial licenses.

The code and Tabula-2 model weights are licensed under the Quill Labs License (Apache 2.0 with attribution).
"""


def test_names_whose_weights_are_released_or_licensed_are_the_page_s_models():
    models = models_of(WEIGHTS_LICENSED_MD)
    assert {"Tabula-3", "Tabula-2.6", "Tabula-2.5", "Tabula-2"} <= set(models)
    assert value(models["Tabula-2"], "license") == "Quill Labs License"
    assert value(models["Tabula-3"], "license") != "Quill Labs License"


MODELS_FOR_MD = """# Lumen

Orvane offers two models for Speech to Text: Lumen 2 and Lumen 3.
"""


def test_models_for_a_kind_of_work_written_x_to_y_take_x_and_give_y():
    models = models_of(MODELS_FOR_MD)
    assert value(models["Lumen 3"], "input_modalities") == ["audio"]
    assert value(models["Lumen 3"], "output_modalities") == ["text"]


ITEM_SUBJECT_MD = """# Vidora Plan

Vidora Plan v1.5.0 and Vidora Plan v1.1.0 are video generation models.

# News

* **[2025.06.06]** We release Vidora Plan v1.5.0, our most powerful model! Trained on 40 million clips, it does
  text-to-video generation with sparse attention.
* **[2024.05.27]** We are launching Vidora Plan v1.1.0, which improves video length.
"""


def test_a_later_sentence_of_a_news_item_speaks_of_the_model_the_item_releases():
    models = models_of(ITEM_SUBJECT_MD)
    assert value(models["Vidora Plan v1.5.0"], "input_modalities") == ["text"]
    assert not value(models["Vidora Plan v1.1.0"], "input_modalities")


SCALE_SIZE_MD = """# Vidora Plan

Vidora Plan v1.5.0 and Vidora Plan v1.1.0 are video generation models.

# News

* **[2025.06.06]** We release Vidora Plan v1.5.0, our most powerful model! We match larger systems using an 8B-scale
  model and 40 million video samples.
* **[2024.05.27]** We are launching Vidora Plan v1.1.0, which improves video length.
"""


def test_a_size_said_of_a_scale_or_class_of_model_is_the_model_s_size():
    models = models_of(SCALE_SIZE_MD)
    assert value(models["Vidora Plan v1.5.0"], "parameters") == 8_000_000_000
    assert value(models["Vidora Plan v1.1.0"], "parameters") is None
