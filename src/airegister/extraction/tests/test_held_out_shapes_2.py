"""Shapes met in held-out sets (eleventh session): checkpoints a research README lists by what they were trained
for, each over its download, and data archives a data-preparation section has one download (no models).

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


CHECKPOINTS = """# Tern: Domain-Adaptive Segmentation

## Setup Datasets

**Roads:** Please, download leftRoad_trainval.zip and gt_roads_v2.zip from [here](https://example.org/roads/)
and extract them to `data/roads`.

## Checkpoints

Below, we provide checkpoints of Tern for different benchmarks.

* [Tern for Roads→Fields](https://drive.google.com/file/d/1aaaaaaaaaaaaaaaaaaaaaaa/view)
* [Tern for Towns→Fields](https://drive.google.com/file/d/1bbbbbbbbbbbbbbbbbbbbbbb/view)
* [Tern for Roads Domain Generalization](https://drive.google.com/file/d/1cccccccccccccccccccccc/view)

The checkpoints come with the training logs.
"""


def test_linked_checkpoints_named_by_their_training_data_are_models_and_data_archives_are_not():
    models = models_of(CHECKPOINTS)
    assert set(models) == {"Tern for Roads→Fields", "Tern for Towns→Fields", "Tern for Roads Domain Generalization"}
    # each on the host its link points to
    assert models["Tern for Towns→Fields"].access_surfaces == ["Google Drive"]


COMMANDS = """# Plover: speech enhancement with diffusion

## Pretrained checkpoints

- For enhancement, we offer checkpoints trained on two datasets. You can download them [here](https://drive.google.com/drive/folders/1x).
    - Plover trained on QuietBank: `gdown 1_H3EXvhcYBhOZ9QNUcD5VZHc6ktrRbwQ`
    - Plover trained on NoisyRoom-3: `gdown 16K4DUdpmLhDNC7pJhBBc08pkSIn_yMPi`
    - Note that this checkpoint works better with `--N 50`.
- For the objectives study, the checkpoints are on our server:
    - M1: `wget https://example.org/checkpoints/m1.ckpt`
    - M2: `wget https://example.org/checkpoints/m2.ckpt`
"""


def test_labels_over_download_commands_name_checkpoints():
    assert set(models_of(COMMANDS)) == {"Plover trained on QuietBank", "Plover trained on NoisyRoom-3", "M1", "M2"}


def test_one_labelled_download_or_labels_without_an_offer_name_no_checkpoints():
    one = COMMANDS.split("    - Plover trained on NoisyRoom-3")[0]
    assert "Plover trained on QuietBank" not in models_of(one)
    # items of a list of links to documents are no checkpoints, however they are worded
    links = """# Plover

## Resources

* [Plover for beginners](https://example.org/guide.html)
* [Plover in production](https://example.org/production.html)
"""
    assert not {"Plover for beginners", "Plover in production"} & set(models_of(links))


RESOLUTIONS = """# Token Tricks

#### Kite Models

| Model | layer | dim | Image resolution | Param | Top 1 | Download |
| :---- | :---- | :-- | :--------------: | ----: | ----: | -------: |
| Kite-S | 16 | 384 | 224 | 25.77M | 83.3 | [link](https://drive.google.com/file/d/1a/view) |
| Kite-S | 16 | 384 | 384 | 26.30M | 84.4 | [link](https://drive.google.com/file/d/1b/view) |
| Kite-L | 24 | 768 | 448 | 150.47M | 86.2 | [link](https://drive.google.com/file/d/1c/view) |
"""


def test_rows_repeating_a_name_at_other_input_sizes_are_models_of_that_setting():
    models = models_of(RESOLUTIONS)
    assert set(models) == {"Kite-S (224)", "Kite-S (384)", "Kite-L"}
    assert models["Kite-S (384)"].parameters == 26_300_000
    # a column of data types is no setting a model is trained at: the rows stay one model each, unnamed by it
    dtypes = """# Kite

| Model | Data Type | GPU Memory |
|---|---|---|
| Kite-7B | torch.float16 | 14GB |
| Kite-7B | torch.float32 | 28GB |
"""
    assert not any("float" in name for name in models_of(dtypes))


NETWORKS = """# Model Zoo

## Keyword Spotting

<table>
    <tr><th>Network</th><th>Type</th><th>Framework</th><th>Cortex-M</th><th>Score (Accuracy)</th></tr>
    <tr><td><a href="models/kws/ds_cnn_small/tflite_int8">DS-CNN Small INT8 *</a></td><td>INT8</td>
        <td>TensorFlow Lite</td><td>yes</td><td>0.931</td></tr>
    <tr><td><a href="models/kws/ds_cnn_clustered/fp32">DS-CNN Clustered FP32 *</a></td><td>FP32</td>
        <td>TensorFlow Lite</td><td>yes</td><td>0.950</td></tr>
    <tr><td><a href="models/kws/wav2letter_pruned/int8">Wav2letter Pruned INT8 **</a></td><td>INT8</td>
        <td>TensorFlow Lite</td><td>yes</td><td>0.087</td></tr>
    <tr><td><a href="models/vww/micronet_vww2/int8">MicroNet VWW-2 INT8</a></td><td>INT8</td>
        <td>TensorFlow Lite</td><td>yes</td><td>0.768</td></tr>
</table>

\\* Clustered to 32 clusters. \\*\\* Pruned to 50%.
"""


def test_a_zoo_column_headed_network_names_its_models_without_their_footnote_marks():
    assert set(models_of(NETWORKS)) == {"DS-CNN Small INT8", "DS-CNN Clustered FP32", "Wav2letter Pruned INT8",
                                        "MicroNet VWW-2 INT8"}


def test_an_architecture_column_beside_a_version_column_names_no_models():
    text = """# Pelican Plan

| Version | Architecture | Weights |
|---|---|---|
| v1.3.0 | Skiparse 3D | [93x640](https://huggingface.co/acme/Pelican-Plan-v1.3.0/tree/main/93x640) |
| v1.0.0 | 2+1D | [65x512](https://huggingface.co/acme/Pelican-Plan-v1.0.0/tree/main/65x512) |
"""
    assert not {"Skiparse 3D", "2+1D"} & set(models_of(text))


FRAMEWORKS = """# Matting Made Robust

Our model is available on various inference frameworks.

<table>
    <thead><tr><td>Framework</td><td>Download</td><td>Notes</td></tr></thead>
    <tbody>
        <tr><td>PyTorch</td><td><a href="https://example.org/releases/v1/rmm_mobilenetv3.pth">rmm_mobilenetv3.pth</a></td>
            <td>Official weights.</td></tr>
        <tr><td>TorchHub</td><td>Nothing to Download.</td><td>Easiest way.</td></tr>
        <tr><td>TorchScript</td><td><a href="https://example.org/releases/v1/rmm_mobilenetv3_fp32.torchscript">fp32</a></td>
            <td>For inference.</td></tr>
        <tr><td>ONNX</td><td><a href="https://example.org/releases/v1/rmm_mobilenetv3_fp32.onnx">fp32</a></td>
            <td>Tested on ONNX Runtime.</td></tr>
    </tbody>
</table>

## Data

Annotations can be downloaded separately from the OpenPictures home page above. Each `train_<x>.tar.gz` should be
extracted to `train/<x>`.
"""


def test_rows_of_a_framework_column_are_runtimes_and_data_downloads_are_no_places():
    models = models_of(FRAMEWORKS)
    assert not {"PyTorch", "TorchHub", "TorchScript", "ONNX", "train_"} & set(models)
    card = "# Tern-7B\n\nTern-7B is a detection model trained on OpenPictures.\n\n" + FRAMEWORKS.split("## Data\n\n")[1]
    assert set(models_of(card)) == {"Tern-7B"}
    assert models_of(card)["Tern-7B"].access_surfaces is None  # where its data is, not where the model is


def _row(name: str, repo: str, scores: str) -> str:
    return f"| {name} | [{repo}](https://huggingface.co/{repo}) | {scores} |"


RELEASED = "\n".join([
    "# Simple Preference Tuning (SimPT)", "", "## Released Models", "### v0.1",
    "Below is the complete list of models evaluated in our preprint.", "",
    "| models | | AE2 LC | AE2 WR |", "|---|---|:---:|:---:|",
    _row("Kestrel Base 7B RRHF", "acme-nlp/Kestrel-7B-Base-RRHF", "11.6 | 10.2"),
    _row("Kestrel Base 7B SLiC-HF", "acme-nlp/Kestrel-7B-Base-SLiC-HF", "10.9 | 8.9"),
    _row("Kestrel Base 7B SimPT", "acme-nlp/Kestrel-7B-Base-SimPT", "21.4 | 20.8"),
    _row("Wren 3 Instruct 8B R-DPO v0.2", "acme-nlp/Wren-3-Instruct-8B-RDPO-v0.2", "53.3 | 47.5"),
    _row("Heron-1.5-7B", "heron/heron-v1.5-7b", "9.1 | 8.8"), "",
])


def test_results_rows_linking_the_tables_own_organisation_under_a_heading_of_released_models_are_models():
    models = models_of(RELEASED)
    assert {"Kestrel Base 7B RRHF", "Kestrel Base 7B SLiC-HF", "Kestrel Base 7B SimPT",
            "Wren 3 Instruct 8B R-DPO v0.2"} <= set(models)
    assert "Heron-1.5-7B" not in models  # a baseline on another organisation's repository
    # each on the hub its unheaded column of repositories links
    assert models["Kestrel Base 7B SimPT"].access_surfaces == ["Hugging Face"]
    # the same table under a heading of results compares models
    assert not set(models_of(RELEASED.replace("## Released Models", "## Results"))) & {"Kestrel Base 7B RRHF"}


AVAILABLE = '''# PlumeMPNN

### Available models

To run the model of your choice specify `--model_type` and optionally the checkpoint path. Available models:
- PlumeMPNN
```
--model_type "plume_mpnn"
--checkpoint_plume_mpnn "./model_params/plumempnn_v_48_002.pt" #noised with 0.02A Gaussian noise
--checkpoint_plume_mpnn "./model_params/plumempnn_v_48_010.pt" #noised with 0.10A Gaussian noise
```
- PlumeMPNN with a membrane label
```
--checkpoint_membrane_mpnn "./model_params/membrane_mpnn_v_48_020.pt" #noised with 0.20A Gaussian noise
```
'''


def test_weights_files_a_code_block_of_the_available_models_lists_are_checkpoints():
    assert {"plumempnn_v_48_002", "plumempnn_v_48_010", "membrane_mpnn_v_48_020"} <= set(models_of(AVAILABLE))
    # a command loading one file under '# Use our pretrained models' names no checkpoint of its own
    usage = """# Plume-B2

# Use our pretrained models

```
python test.py data train Plume-B2-train.pth -a Plume-B2
```
"""
    assert "Plume-B2-train" not in models_of(usage)


def _zoo(data: str, ids: list[str]) -> str:
    rows = "\n".join(f"| {name} | {acc} | 90.3 | [{i}](https://drive.google.com/file/d/{i}/view) |"
                     for (name, acc), i in zip([("CLIP-B/16", "68.31"), ("CLIP-L/14", "77.22")], ids, strict=True))
    return f"train on {data}\n\n| model | Acc1 | Acc5 | google drive link |\n|---|---|---|---|\n{rows}\n"


def test_rows_repeating_a_name_in_several_tables_are_named_by_their_downloads_identifiers():
    text = "# Model Zoo\n\n## CLIP\n\n" + _zoo("grit-1m", ["clip_b16_grit1m_8xe", "clip_l14_grit1m_8xe"]) + "\n" \
        + _zoo("grit-20m", ["clip_b16_grit20m_2xe", "clip_l14_grit20m_2xe"])
    assert set(models_of(text)) == {"clip_b16_grit1m_8xe", "clip_l14_grit1m_8xe", "clip_b16_grit20m_2xe",
                                    "clip_l14_grit20m_2xe"}  # and no 'Acc1', 'Acc5': metrics, not models


def test_items_a_sentence_introduces_as_models_name_them_by_their_weights_file_before_an_aside():
    text = """# Results

## Pretrained models

We provide four pretrained models for download:

1. Loon.pth (Default)
2. Loon-s012.pth (Trained with BL30K)
3. Loon-s2.pth (No pretraining on static images)
4. Loon-no-sensory (No sensory memory)
"""
    assert set(models_of(text)) == {"Loon", "Loon-s012", "Loon-s2", "Loon-no-sensory"}
    # a list of notes with asides introduces no models
    notes = "# Loon\n\nWe provide two models:\n\n1. Note (read first)\n2. Warning (slow)\n"
    assert not {"Note", "Warning"} & set(models_of(notes))


def test_a_name_in_two_tables_one_per_data_set_is_a_model_per_data_set_and_a_qualified_row_beside_its_bare_one():
    rows = "|Model|Dataset|Inference|Weights|\n|:-|:-:|:-:|:-:|\n"
    text = ("# Stilt\n\n" + rows + "|Stilt-R50|HICO-DET|`0.042s`|[weights](https://drive.google.com/file/d/1a/view)|\n"
            "|Stilt-R101|HICO-DET|`0.061s`|[weights](https://drive.google.com/file/d/1b/view)|\n\n"
            "The models trained on V-COCO:\n\n" + rows
            + "|Stilt-R50|V-COCO|`0.043s`|[weights](https://drive.google.com/file/d/1c/view)|\n"
            "|Stilt-R101|V-COCO|`0.064s`|[weights](https://drive.google.com/file/d/1d/view)|\n")
    assert set(models_of(text)) == {"Stilt-R50 (HICO-DET)", "Stilt-R101 (HICO-DET)", "Stilt-R50 (V-COCO)",
                                    "Stilt-R101 (V-COCO)"}
    widths = """# Stilt

| name | mIoU | Params |
|---|---|---|
| **Stilt-S** | 86.7 | 0.8M |
| **Stilt-S (C=64)** | 86.9 | 3.6M |
| **Stilt-S (C=160)** | 87.0 | 22.5M |
"""
    assert {"Stilt-S", "Stilt-S (C=64)", "Stilt-S (C=160)"} <= set(models_of(widths))


def test_a_headings_last_word_over_a_sentence_opening_with_input_states_no_modality():
    text = """# Pipit

Pipit-7B is our protein design model.

### Main differences compared with Plover code

Input PDBs are parsed using Prody preserving protein residue indices.
"""
    assert models_of(text)["Pipit-7B"].input_modalities is None


def test_names_linking_files_on_a_host_of_files_make_a_zoo():
    text = """# Encoding in Style

### Pretrained Models
Please download the pre-trained models from the following links.
| Path | Description
| :--- | :----------
|[Face Frontalization](https://drive.google.com/file/d/1_S4/view)  | pSp trained with FFHQ for face frontalization.
|[Sketch to Image](https://drive.google.com/file/d/1lB7/view)  | pSp trained with CelebA-HQ for image synthesis.
|[Super Resolution](https://drive.google.com/file/d/1Zpm/view)  | pSp trained with CelebA-HQ for super resolution.
"""
    models = models_of(text)
    assert {"Face Frontalization", "Sketch to Image", "Super Resolution"} <= set(models)
    assert models["Sketch to Image"].access_surfaces == ["Google Drive"]


def test_an_architecture_column_of_names_linking_weights_files_names_each_width():
    base = "https://github.com/acme/zoo/blob/master/pretrained/"
    text = f"""# PyTorch Implementation of Swift V3

# Models
| Architecture      | # Parameters | MFLOPs | Top-1 / Top-5 Accuracy (%) |
| ----------------- | ------------ | ------ | -------------------------- |
| [SwiftV3-Large 1.0]({base}swiftv3-large-1cd25616.pth) | 5.483M | 216.60 | 74.280 / 91.928 |
| [SwiftV3-Large 0.75]({base}swiftv3-large-0.75-9632d2a8.pth) | 3.994M | 154.57 | 72.842 / 90.846 |
| [SwiftV3-Small 1.0]({base}swiftv3-small-55df8e1f.pth) | 2.543M |  56.52 | 67.214 / 87.304 |
"""
    models = models_of(text)
    assert {"SwiftV3-Large 1.0", "SwiftV3-Large 0.75", "SwiftV3-Small 1.0"} <= set(models)
    assert models["SwiftV3-Large 0.75"].parameters == 3_994_000


def test_an_acronym_titled_as_the_model_names_it_and_sections_on_quantised_formats_name_none():
    text = """# GPTSAN Model

GPTSANでは、異なる4種類の事前学習をサポートします。

# FP8

Quantised weights: [link](https://huggingface.co/acme/gptsan-fp8)

# EXL2

Quantised weights: [link](https://huggingface.co/acme/gptsan-exl2)
"""
    models = models_of(text)
    assert "GPTSAN" in models and not {"FP8", "EXL2"} & set(models)
    assert "Language" not in models_of("# Language Model\n\nA model of language.\n")


def test_a_famous_model_the_card_builds_on_is_not_one_of_its_models():
    text = """---
license: apache-2.0
---

Wren-7B-v1.3: Base model is Mistral-7B-v0.1

# Wren-7B-v1.3
Wren (Wise Reasoning Engine) 7B-v1.3 is a Mistral-7B-v0.1 model trained on Orca style datasets. It has been
fine-tuned for instruction following as well as having long-form conversations.

| Model | ARC | HellaSwag |
|---|---|---|
| Wren-7B-v1.3 | 64.8 | 84.3 |
| Mistral-7B-v0.1 | 59.9 | 83.3 |
"""
    assert set(models_of(text)) == {"Wren-7B-v1.3"}
    # ... but it is the model of a document about its own family, or of a row offering its weights
    own = "# Mistral\n\nWe release Mistral-7B-v0.1 and Mistral-7B-Instruct-v0.2, two language models.\n"
    assert {"Mistral-7B-v0.1", "Mistral-7B-Instruct-v0.2"} <= set(models_of(own))


def test_a_dataset_possessive_a_framework_and_a_training_container_name_no_developer():
    text = """# EfficientDet (PyTorch)

This was done to support other datasets as XYWH is COCO's evaluator requirement. Pretrained models below.
All models updated to latest checkpoints from TF original.

| Variant | Params | Download |
|---|---|---|
| tf_efficientdet_d0 | 3.9M | [weights](https://example.org/tf_efficientdet_d0.pth) |
| tf_efficientdet_d1 | 6.6M | [weights](https://example.org/tf_efficientdet_d1.pth) |
"""
    assert all(m.developer is None for m in models_of(text).values())
    card = """# grebe-large-samsum

This model was trained using Amazon SageMaker and the new Hugging Face Deep Learning container. The Hugging Face
containers make training easy. See the [Amazon SageMaker documentation for Hugging Face](https://example.org/docs).
"""
    assert models_of(card)["grebe-large-samsum"].developer is None


def test_a_chinese_date_running_into_its_hour_before_uploaded_dates_the_model():
    text = """# Grebe-llama3-Chinese-8B

* 中国联通AI创新中心发布业界第一个llama3中文指令微调模型（全参数微调），2024年4月19日22点上传
"""
    assert models_of(text)["Grebe-llama3-Chinese-8B"].release_date == "2024-04-19"


def test_the_licence_of_annotations_is_not_the_models():
    text = """# Tern-Det

Tern-Det-D0 and Tern-Det-D1 are our detection models.

### Data
The annotations are licensed by Heron LLC under CC BY 4.0 license.
"""
    assert all(m.license is None for m in models_of(text).values())


def test_results_rows_whose_scores_link_files_on_a_host_are_on_that_host():
    text = """# Kite Model Zoo

| name | mIoU (original) | mIoU (our released) | Params |
|:---:|:---:|:---:|:---:|
| **Kite-S** | 87.7 | [88.20](https://drive.google.com/drive/folders/1A) | 1.4M |
| **Kite-B** | 88.4 | [88.91](https://drive.google.com/drive/folders/1B) | 3.8M |
"""
    models = models_of(text)
    assert models["Kite-S"].access_surfaces == ["Google Drive"]
    zoo = _zoo("grit-1m", ["clip_b16_grit1m_8xe", "clip_l14_grit1m_8xe"]) + "\n" + _zoo(
        "grit-20m", ["clip_b16_grit20m_2xe", "clip_l14_grit20m_2xe"])  # a column headed 'google drive link'
    assert models_of("# Zoo\n\n" + zoo)["clip_b16_grit20m_2xe"].access_surfaces == ["Google Drive"]


def test_a_last_column_of_links_written_as_their_repositories_names_the_models():
    text = """# klaam

We currently support three models.

|Language | Description | Source |
|-------- | ----------- | ------ |
|Egyptian | Speech recognition | [w2v-large-xlsr-53-arabic-egyptian](https://huggingface.co/Zaid/w2v-large-xlsr-53-arabic-egyptian)|
|EGY, NOR, MSA | Speech classification | [w2v-large-xlsr-dialect-classification](https://huggingface.co/Zaid/w2v-large-xlsr-dialect-classification)|
"""
    assert {"w2v-large-xlsr-53-arabic-egyptian", "w2v-large-xlsr-dialect-classification"} <= set(models_of(text))
