"""Facts a models table or a family's sentence gives to every model it covers: a size column whose header names the
unit ('#Params (M)' over '3.4'), a family's release or licence given to its members.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

import re

from airegister.extraction.extract import extract_document
from airegister.extraction.family_facts import member_of
from airegister.extraction.readers import read_markdown


def facts_of(text: str) -> dict[str, dict]:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


def test_a_size_column_whose_header_gives_the_unit_reads_bare_numbers_in_it():
    text = """# Grebe

## Model Zoo

| Method | Size | Acc@1 | #Params (M) | Config |
|---|:---:|:---:|:---:|---|
| Grebe-V2-B0 | 224 | 70.5 | 3.4 | [config](c/b0.py) |
| Grebe-V2-B1 | 224 | 78.7 | 13.1 | [config](c/b1.py) |
"""
    models = facts_of(text)
    assert models["Grebe-V2-B0"].parameters == 3_400_000
    assert models["Grebe-V2-B1"].parameters == 13_100_000
    assert "| Grebe-V2-B1 | 224 | 78.7 | 13.1 |" in models["Grebe-V2-B1"].evidence["parameters"]


def test_a_unit_written_under_the_header_and_in_billions_is_read_too():
    text = """# Zorvak

| Model | size<br><sup>(pixels)</sup> | params<br><sup>(B)</sup> |
| --- | --- | --- |
| Zorvak-Lite | 640 | 1.5 |
| Zorvak-Pro | 640 | 12 |
"""
    models = facts_of(text)
    assert models["Zorvak-Lite"].parameters == 1_500_000_000
    assert models["Zorvak-Pro"].parameters == 12_000_000_000


def test_a_column_without_a_unit_leaves_bare_numbers_unread():
    text = """# Zorvak

| Model | Params | Speed |
| --- | --- | --- |
| Zorvak-Lite | 640 | 1.5 |
| Zorvak-Pro | 640 | 12 |
"""
    models = facts_of(text)
    assert models["Zorvak-Lite"].parameters is None
    assert models["Zorvak-Pro"].parameters is None


def test_a_transposed_tables_size_row_gives_its_unit_in_its_label():
    text = """# Zorvak

| | Zorvak-Lite | Zorvak-Pro |
| --- | --- | --- |
| Parameters (B) | 1.5 | 12 |
| Context length | 8K | 32K |
"""
    models = facts_of(text)
    assert models["Zorvak-Lite"].parameters == 1_500_000_000
    assert models["Zorvak-Pro"].parameters == 12_000_000_000


FAMILY_MD = """# Spotter3

Spotter3 was released by Qorva on May 4, 2027, delivering excellent accuracy.

| Model | size<br><sup>(pixels)</sup> | params<br><sup>(M)</sup> |
| ----- | ------------- | ---------- |
| [Spotter3n](https://example.com/releases/download/v3/spotter3n.pt) | 640 | 2.6 |
| [Spotter3s](https://example.com/releases/download/v3/spotter3s.pt) | 640 | 9.4 |
| [Spotter3n-seg](https://example.com/releases/download/v3/spotter3n-seg.pt) | 640 | 2.9 |
"""


def test_a_familys_release_date_is_each_of_its_members_with_the_familys_sentence_as_evidence():
    models = facts_of(FAMILY_MD)
    for name in ("Spotter3n", "Spotter3s", "Spotter3n-seg"):
        assert models[name].release_date == "2027-05-04", name
        assert models[name].evidence["release_date"].startswith("Spotter3 was released by Qorva")


def test_a_member_that_states_its_own_date_keeps_it():
    text = FAMILY_MD + "\nSpotter3n-seg was released later, on June 9, 2027.\n"
    models = facts_of(text)
    assert models["Spotter3n-seg"].release_date == "2027-06-09"
    assert models["Spotter3n"].release_date == "2027-05-04"


def test_a_sized_base_models_date_is_not_given_to_its_tuned_siblings():
    text = """# Zorvak-7B

Zorvak-7B is a decoder-only transformer trained by Qorva and released on May 5, 2027.

| Model | Context length |
| --- | --- |
| Zorvak-7B | 2048 |
| Zorvak-7B-Chat | 2048 |
| Zorvak-7B-Instruct | 4096 |
"""
    models = facts_of(text)
    assert models["Zorvak-7B"].release_date == "2027-05-05"
    assert models["Zorvak-7B-Chat"].release_date is None
    assert models["Zorvak-7B-Instruct"].release_date is None


def test_a_new_version_is_no_member_of_the_family_before_it():
    text = FAMILY_MD + "| [Spotter3.5-n](https://example.com/35.pt) | 640 | 3.3 |\n"
    models = facts_of(text)
    assert models["Spotter3s"].release_date == "2027-05-04"
    assert models["Spotter3.5-n"].release_date is None


def test_member_of_tells_sizes_and_variants_from_new_versions_and_other_words():
    assert member_of("Spotter3", "Spotter3n-seg") and member_of("Zorvak 3", "Zorvak 3 8B")
    assert member_of("Zorvak", "Zorvak-Mini")
    assert not member_of("Zorvak 3", "Zorvak 3.1 8B") and not member_of("Zorvak", "Zorvak 4")
    assert not member_of("Zorvak", "Zorvak v2") and not member_of("Phi", "Phind")


def test_a_row_named_by_a_label_whose_links_reach_one_model_gives_that_model_its_facts():
    rows = [("Tiny", "5M", 160), ("Tiny", "5M", 224), ("Base", "86M", 224), ("Base", "86M", 384)]
    lines = [f"| Grebe-ViT-{tier} | {size} | 16 | {res} | 49.6% | [Available](https://hf.co/q/grebe-vit-{tier.lower()}"
             f"-p16-{res}/tree/main/jax) | [Available](https://hf.co/q/grebe-vit-{tier.lower()}-p16-{res}) |"
             for tier, size, res in rows]
    text = "\n".join(["# Grebe", "", "## Model Zoo", "",
                      "| Model | Size | Patch Size | Resolution | IN-1K Top-1 | JAX Weight | PyTorch Weight |",
                      "|---|---|---|---|---|---|---|", *lines, ""])
    models = facts_of(text)
    assert models["grebe-vit-tiny-p16-160"].parameters == 5_000_000
    assert models["grebe-vit-base-p16-384"].parameters == 86_000_000
    assert "86M" in models["grebe-vit-base-p16-384"].evidence["parameters"]


def test_the_sizes_of_a_base_family_to_download_are_not_the_documents_models():
    text = """# Grebe: an open language model for Basque

We introduce Grebe, a family of models for Basque. Grebe is based on Zorvak 2, which we continue pretraining.

## Download the base models

Zorvak-2-7b: https://huggingface.co/qorva/Zorvak-2-7b

Zorvak-2-13b: https://huggingface.co/qorva/Zorvak-2-13b

## Models

- [Grebe-7B](https://huggingface.co/tidal/Grebe-7B)
- [Grebe-13B](https://huggingface.co/tidal/Grebe-13B)
"""
    assert sorted(facts_of(text)) == ["Grebe-13B", "Grebe-7B"]


def test_a_vendors_own_base_sizes_stay_beside_its_tuned_model_made_from_them():
    text = """# Zorvak 2 Chat

Zorvak 2 Chat is based on Zorvak 2, our pretrained model.

## Download

Zorvak-2-7b: https://huggingface.co/qorva/Zorvak-2-7b

Zorvak-2-13b: https://huggingface.co/qorva/Zorvak-2-13b
"""
    assert {"Zorvak-2-7b", "Zorvak-2-13b"} <= set(facts_of(text))


def test_identifiers_a_release_statement_names_as_models_are_the_documents_models():
    text = """# Grebe

Initially, we released one Grebe model. As part of the staged release process, we have also released the GR101
model. In July 2027, we additionally released the GR50x16 and ViT-Q/16 models.

The code for the ResNet backbone is also available.
"""
    names = set(facts_of(text))
    assert {"GR101", "GR50x16", "ViT-Q/16"} <= names
    assert "ResNet" not in names


def test_a_model_named_in_a_sentence_without_a_release_is_not_read_so():
    text = """# Grebe

Grebe is compared with the GR101 model and the ViT-Q/16 models of other groups.
"""
    assert not {"GR101", "ViT-Q/16"} & set(facts_of(text))


def test_a_domain_word_after_the_size_of_a_hyphenated_name_is_part_of_the_name():
    from airegister.extraction.name_shapes import clean_name

    assert clean_name("Zorvak2-350M-Math", set()) == "Zorvak2-350M-Math"
    assert clean_name("Zorvak2-350M-ENJP-MT", set()) == "Zorvak2-350M-ENJP-MT"
    assert clean_name("Zorvak2-7B MMLU", set()) is None  # a score table's column beside a name
    assert clean_name("MATH-500", set()) is None and clean_name("MT-Bench", set()) is None


def test_a_hub_the_checkpoints_come_from_is_not_their_developer():
    text = """# Grebe2-Coder

- [2027.01.29] We add checkpoints from ModelScope.
- [2027.01.23] We release Grebe2-Coder-7B and Grebe2-Coder-20B.
"""
    models = facts_of(text)
    assert {"Grebe2-Coder-7B", "Grebe2-Coder-20B"} <= set(models)
    assert all(m.developer is None for m in models.values())
    made = facts_of(text.replace("from ModelScope", "developed by Qorva Labs"))
    assert made["Grebe2-Coder-7B"].developer == "Qorva Labs"


def test_a_size_the_models_own_name_contradicts_is_not_its_size():
    text = """# Grebe v2

Grebe v2 70B, 109B, 405B and 671B are released today.

| Model | Parameters |
| --- | --- |
| Grebe v2 70B | 70B |
| Grebe v2 405B | 70B |
"""
    models = facts_of(text)
    assert models["Grebe v2 70B"].parameters == 70_000_000_000
    assert models["Grebe v2 405B"].parameters in (None, 405_000_000_000)


def test_a_size_close_to_the_names_is_kept():
    text = """# Grebe 7B

Grebe 7B is a language model with 8.5 billion parameters.
"""
    assert facts_of(text)["Grebe 7B"].parameters == 8_500_000_000


def test_repository_ids_written_with_underscores_name_the_documents_models_with_their_own_licences():
    text = """# Grebe

### Available Models on Hugging Face

- **Grebe Base**: `qorva/grebe_base` *(CC BY NC 4.0)*
- **Grebe Small**: `qorva/grebe_small` *(CC BY NC 4.0)*
- **Grebe Small v2**: `qorva/grebe_small-v2` *(Apache 2.0)*
- **Korean**: `someone/grebe_ko`
"""
    models = {re.sub(r"[^a-z0-9]", "", name.lower()): m for name, m in facts_of(text).items()}
    assert {"grebebase", "grebesmall", "grebesmallv2"} <= set(models)
    assert models["grebebase"].license == "CC-BY-NC-4.0"
    assert models["grebesmall"].license == "CC-BY-NC-4.0"
    assert models["grebesmallv2"].license == "Apache-2.0"


def test_a_path_written_with_underscores_is_no_repository():
    text = """# Grebe-7B

Grebe-7B is a language model. Put the weights under `data/train_set` and run `scripts/run_eval`.
"""
    assert set(facts_of(text)) == {"Grebe-7B"}


def test_repository_ids_with_underscores_alone_in_a_list_are_models():
    text = """# Grebe

Our checkpoints on the hub:

- `qorva/grebe_base`
- `qorva/grebe_large`
- `qorva/grebe_multi`
"""
    assert {"grebe_base", "grebe_large", "grebe_multi"} <= set(facts_of(text))


def test_a_name_column_of_weights_files_names_each_row_by_the_files_stem():
    text = """# Grebe

## Model Zoo

| Name | HuggingFace | Type | Storage |
| - | - | - | - |
| `v3_adapter_sd_v15.ckpt` | [Link](https://hf.co/q/g/blob/main/a.ckpt) | Domain Adapter | 97.4 MB |
| `v3_sd15_mm.ckpt.ckpt` | [Link](https://hf.co/q/g/blob/main/mm.ckpt) | Motion Module | 1.56 GB |
| `v3_sd15_sparsectrl_rgb.ckpt` | [Link](https://hf.co/q/g/blob/main/rgb.ckpt) | SparseCtrl Encoder | 1.85 GB |
"""
    models = facts_of(text)
    assert set(models) == {"v3_adapter_sd_v15", "v3_sd15_mm", "v3_sd15_sparsectrl_rgb"}
    assert models["v3_sd15_mm"].access_surfaces == ["Hugging Face"]


def test_a_class_of_others_models_a_module_works_with_states_no_modality_of_it():
    text = """# Grebe: Animate Your Personalized Text-to-Image Models

Grebe-v3 is a plug-and-play module turning most community text-to-image models into animation generators.
"""
    model = facts_of(text)["Grebe-v3"]
    assert model.input_modalities is None and model.output_modalities in (None, ["video"])


def test_an_id_written_under_a_heading_naming_a_hub_is_on_that_hub():
    text = """# Grebe

### Available Models on Hugging Face

#### For English

- `qorva/grebe_base`
- `qorva/grebe_large`

### Training

- `qorva/grebe_multi` was trained on our own cluster.
"""
    models = facts_of(text)
    assert models["grebe_base"].access_surfaces == ["Hugging Face"]
    assert models["grebe_base"].evidence["access_surfaces"] == "Available Models on Hugging Face"
    assert models["grebe_multi"].access_surfaces is None


ZOO_MD = """# Model Zoo

## Scene Flow

| Method       | EPE  | Params | Time(ms) | Download |
| ------------ | :--: | :----: | :------: | :------: |
| Grebe-AA     | 1.08 | 0.53M  |    17    | [model](https://drive.google.com/open?id=1Cim) |
| Tern-Net-AA  | 0.98 | 2.15M  |    91    | [model](https://drive.google.com/open?id=18Ni) |
| Grebe        | 0.87 | 3.93M  |    68    | [model](https://drive.google.com/open?id=1_Ou) |
"""


def test_a_zoo_whose_rows_link_their_weights_names_its_models_with_or_without_a_version():
    models = facts_of(ZOO_MD)
    assert {"Grebe-AA", "Tern-Net-AA", "Grebe"} <= set(models)
    assert models["Grebe-AA"].parameters == 530_000  # a small model's size, read from a sizes column
    assert models["Grebe"].parameters == 3_930_000


def test_rows_linking_data_or_headed_by_languages_are_no_zoo():
    data = ZOO_MD.replace("https://drive.google.com/open?id=", "https://huggingface.co/datasets/q/")
    assert not {"Grebe-AA", "Tern-Net-AA"} & set(facts_of(data))
    languages = """# Corpora

| Language | Download Link |
| --- | --- |
| Assamese | [Download](https://example.com/as.bin) |
| Bengali | [Download](https://example.com/bn.bin) |
"""
    assert not {"Assamese", "Bengali"} & set(facts_of(languages))


def test_the_weights_licence_beats_the_projects_and_a_licence_name_is_no_model():
    text = """# Grebe

- [grebe-small-1.1](https://huggingface.co/qorva/grebe-small-1.1)
- [grebe-large-1.1](https://huggingface.co/qorva/grebe-large-1.1)

## License

- Grebe as a whole is licensed under the [Apache License, Version 2.0](LICENSE).
- Model weights are licensed under the [Creative Commons Attribution-NonCommercial 4.0 International License](W).
"""
    models = facts_of(text)
    assert set(models) == {"grebe-small-1.1", "grebe-large-1.1"}
    assert {m.license for m in models.values()} == {"CC-BY-NC-4.0"}


def test_the_models_licence_in_a_line_that_also_gives_the_scripts_one():
    text = """# Grebe

- [grebe-lora-v2](https://huggingface.co/qorva/grebe-lora-v2)
- [grebe-canny-v2](https://huggingface.co/qorva/grebe-canny-v2)

## Models Licence

Our models fall under the [Zorvak.1 [dev] Non-Commercial License](https://e.co/l) <br/> Our training and infer \
scripts under the Apache 2 License
"""
    models = facts_of(text)
    assert {m.license for m in models.values()} == {"Zorvak.1 [dev] Non-Commercial License"}


def test_the_team_announcing_a_release_is_the_developer_not_the_maker_of_the_model_its_scripts_serve():
    text = """# Grebe

This repository provides training scripts for [Zorvak model](https://example.com/zorvak) by Qorva Labs. <br/>
[Tern AI](https://github.com/tern-ai) team is happy to publish fine-tuning scripts and models, including:

- [grebe-controlnet-canny](https://huggingface.co/tern-ai/grebe-controlnet-canny)
- [grebe-realism-lora](https://huggingface.co/tern-ai/grebe-realism-lora)
"""
    assert {m.developer for m in facts_of(text).values()} == {"Tern AI"}


def test_a_kind_of_model_a_script_works_on_states_no_modality_of_the_documents_models():
    text = """# Grebe

| Model | Updates | Download |
|---|---|---|
| Grebe-tiny | 100K | [download](https://example.com/grebe-tiny-100k.pt) |
| Grebe-small | 100K | [download](https://example.com/grebe-small-100k.pt) |

Then run this script to evaluate a pre-trained ASR model.
"""
    models = facts_of(text)
    assert models and all(m.output_modalities is None for m in models.values())
    spoken = facts_of(text.replace("Then run this script to evaluate a pre-trained ASR model.",
                                   "Grebe-tiny is an ASR model."))
    assert spoken["Grebe-tiny"].output_modalities == ["text"]


def test_benchmarks_listed_as_such_and_data_sets_linked_to_their_pages_are_no_models():
    text = """# Grebe-1.7B-Instruct

We evaluate Grebe-1.7B-Instruct on several translation benchmarks: FLORES-300, WMT-33, and WMT-34.

#### WMT-33

| Model | Score |
| --- | --- |
| Grebe-1.7B-Instruct | 81.2 |

## Test data

| Name | Hours |
| --- | --- |
| [CommonTalk17-EN](https://huggingface.co/datasets/org/common_talk_17) | 1,738 |
| [NTUQ2021](https://huggingface.co/datasets/org/ntuq) | 11 |
"""
    assert set(facts_of(text)) == {"Grebe-1.7B-Instruct"}


def test_a_spec_tables_part_counts_are_not_the_size_and_its_total_is():
    text = """# Grebe-1.7B

| Parameter | Value |
| --- | --- |
| Embedding Parameters | 0.262B |
| LM Head Parameters | 0.262B |
| Non-embedding Parameters | 1.133B |
| Total Parameters | 1.657B |
"""
    assert facts_of(text)["Grebe-1.7B"].parameters == 1_657_000_000


def test_a_heading_over_a_table_of_other_models_is_a_section_not_a_model():
    rows = "| Grebe-AA | 1.91 | 3.93M | [model](https://drive.google.com/open?id=1G2M) |\n" \
           "| Tern-Net-AA | 1.55 | 8.44M | [model](https://drive.google.com/open?id=1a2P) |\n"
    sections = "".join(f"## {title}\n\n| Method | EPE | Params | Download |\n| --- | --- | --- | --- |\n{rows}\n"
                       for title in ("Scene Flow 2", "KITTI 2016", "KITTI 2017"))
    models = facts_of("# Model Zoo\n\n" + sections)
    assert not {"Scene Flow 2", "KITTI 2016", "KITTI 2017"} & set(models)
    assert {"Grebe-AA", "Tern-Net-AA"} <= set(models)


FAMILIES_MD = """# Grebe

## Grebe Supports

Currently, Grebe has been tested on the **Zorvak-3**, **Qen2** and **Tern** series. Please submit an issue.

|Model Family | Grebe | Grebe Scripts | Datasets | Size | Note |
|-------------|:------:|:-------|:-------|:-------|:-------|
| [Zorvak 3.1](https://hf.co/q/z31) | ⭕️ | [8B](s/a.sh),[70B](s/b.sh) | [70B](https://hf.co/G/g) | 1M | |
| [Qen2](https://hf.co/Qen/qen2) | ✅ | [7B](s/c.sh),[72B](s/d.sh) | [7B](https://hf.co/datasets/G/q) | 3M | |
| [Tern](https://example.com/tern)   | ⭕️ | [7B](scripts/grebe-tern-7b.sh)
| [Wren](https://huggingface.co/collections/wren-ai/wren-15)    | ⭕️ | [34B](scripts/grebe-wren34b.sh)
"""


def test_a_size_list_of_one_family_is_not_every_familys_sizes():
    names = set(facts_of(FAMILIES_MD))
    assert {"Tern", "Wren"} <= names
    assert not any(name.startswith(("Tern ", "Wren ")) for name in names), names


def test_a_base_model_column_names_what_each_row_was_made_from_not_the_row():
    text = """# Zorvak German

Zorvak German models are German fine-tunes of several base models.

| Base Model | HF | GPTQ |
|-------|-------|-------|
| Llama2 7b | [Link](https://huggingface.co/quillon/zorvak_german_7b_v01) | [Link](https://huggingface.co/Rehost/zorvak_german_7b_v01-GPTQ) |
| Llama2 13b | [Link](https://huggingface.co/quillon/zorvak_german_13b_v01) | [Link](https://huggingface.co/Rehost/zorvak_german_13b_v01-GPTQ) |
"""  # noqa: E501
    assert list(facts_of(text)) == ["zorvak_german_7b_v01", "zorvak_german_13b_v01"]


def test_the_organisation_whose_repositories_others_convert_publishes_the_models():
    # A re-publisher's conversions outnumber the original links; the originals' organisation is the page's own.
    text = """# German fine-tunes

| Base Model | HF | GGUF | AWQ |
|---|---|---|---|
| [Llama2 7b](https://huggingface.co/meta-llama/Llama-2-7b) | [Link](https://huggingface.co/quillon/zorvak_7b_v01) | [Link](https://huggingface.co/Rehost/zorvak_7b_v01-GGUF) | [Link](https://huggingface.co/Rehost/zorvak_7b_v01-AWQ) |
| [Llama2 13b](https://huggingface.co/meta-llama/Llama-2-13b) | [Link](https://huggingface.co/quillon/zorvak_13b_v01) | [Link](https://huggingface.co/Rehost/zorvak_13b_v01-GGUF) | [Link](https://huggingface.co/Rehost/zorvak_13b_v01-AWQ) |
"""  # noqa: E501
    assert list(facts_of(text)) == ["zorvak_7b_v01", "zorvak_13b_v01"]


def test_a_names_context_tag_is_no_size_and_a_frameworks_copy_is_the_same_model():
    text = """# Zorvak

| Model Name | Params | Context Size | URL |
|---|---|---|---|
| Zorvak-Text-128K | 7B | 128K | [[Pytorch](https://huggingface.co/Quill/Zorvak-Text-128K)][[Jax](https://huggingface.co/Quill/Zorvak-Text-128K-Jax)] |
| Zorvak-Text-1M | 7B | 1M | [[Pytorch](https://huggingface.co/Quill/Zorvak-Text-1M)][[Jax](https://huggingface.co/Quill/Zorvak-Text-1M-Jax)] |
"""  # noqa: E501
    models = facts_of(text)
    assert sorted(models) == ["Zorvak-Text-128K", "Zorvak-Text-1M"]
    assert models["Zorvak-Text-1M"].context_window == 1_000_000
    assert models["Zorvak-Text-1M"].parameters == 7_000_000_000


def test_columns_headed_by_a_kind_of_model_are_told_apart_by_the_size_row():
    text = """# Zorvak

- **Zorvak-21B-A3B**: the large model.
- **Zorvak-4B-A0.6B**: the small model.

## Model Summary

| **Architecture** | **Large MoE Model** | **Small MoE Model** |
|:---:|:---:|:---:|
| **Total Parameters** | 21B | 4B |
| **Number of Layers** | 52 | 32 |
| **Number of Attention Heads** | 28 | 12 |
| **Context Length** | 16K | 32K |
"""
    models = facts_of(text)
    assert sorted(models) == ["Zorvak-21B-A3B", "Zorvak-4B-A0.6B"]
    assert models["Zorvak-21B-A3B"].context_window == 16_000
    assert models["Zorvak-4B-A0.6B"].context_window == 32_000


def test_a_size_cell_giving_the_models_parts_gives_their_sum():
    text = """# Zorvak

| Model | # Params (M) <BR> (img + txt) | Latency (ms) | Checkpoint |
|:---|:---:|:---:|:---:|
| Zorvak-S0 | 11.4 + 42.4 | 1.5 + 1.6 | [zorvak_s0.pt](https://example.org/zorvak_s0.pt) |
| Zorvak-B | 86.3 + 63.4 | 10.4 + 3.3 | [zorvak_b.pt](https://example.org/zorvak_b.pt) |
"""
    models = facts_of(text)
    assert models["Zorvak-S0"].parameters == 53_800_000
    assert models["Zorvak-B"].parameters == 149_700_000


def test_a_table_laid_out_twice_side_by_side_reads_as_one_table():
    text = """# Zorvak

| Base Model | Zorvak on Hugging Face | # Zorvak Parameters | Base Model | Zorvak on Hugging Face | # Zorvak Parameters |
|---|---|---|---|---|---|
| Vicuna 7B | [quill/Zorvak-Vicuna-7B](https://huggingface.co/quill/Zorvak-Vicuna-7B) | 0.24B | LLaMA2-Chat 7B | [quill/Zorvak-llama2-chat-7B](https://huggingface.co/quill/Zorvak-llama2-chat-7B) | 0.24B |
| Vicuna 13B | [quill/Zorvak-Vicuna-13B](https://huggingface.co/quill/Zorvak-Vicuna-13B) | 0.37B | LLaMA2-Chat 70B | [quill/Zorvak-llama2-chat-70B](https://huggingface.co/quill/Zorvak-llama2-chat-70B) | 0.99B |
"""  # noqa: E501
    models = {name.rsplit("/", 1)[-1]: m for name, m in facts_of(text).items()}
    assert sorted(models) == [
        "Zorvak-Vicuna-13B", "Zorvak-Vicuna-7B", "Zorvak-llama2-chat-70B", "Zorvak-llama2-chat-7B"]
    assert models["Zorvak-llama2-chat-70B"].parameters == 990_000_000
    assert models["Zorvak-Vicuna-7B"].parameters == 240_000_000


def test_capitalised_snake_ids_in_a_models_column_are_models_and_a_shortcode_is_none():
    text = """# :european_castle: Model Zoo

## For General Images

| Models | Scale | Description |
| --- | :--- | :--- |
| [ZorvakGAN_x4plus](https://github.com/quill/zorvak/releases/download/v0.1.0/ZorvakGAN_x4plus.pth) | X4 | X4 model |
| [ZorvakGAN_x2plus](https://github.com/quill/zorvak/releases/download/v0.2.1/ZorvakGAN_x2plus.pth) | X2 | X2 model |
"""
    assert sorted(facts_of(text)) == ["ZorvakGAN_x2plus", "ZorvakGAN_x4plus"]


def test_a_name_column_wins_over_a_version_column_and_link_icons_are_no_part_of_a_name():
    text = """# Zorvak-VC

| Version | Name | Purpose |
|---|---|---|
| v1.0 | zorvak-uvit-tiny ([🤗](https://huggingface.co/Quill/Zorvak-VC/blob/main/tiny.pth)[📄](configs/tiny.yml)) | Voice Conversion |
| v1.0 | zorvak-uvit-base ([🤗](https://huggingface.co/Quill/Zorvak-VC/blob/main/base.pth)[📄](configs/base.yml)) | Singing Voice Conversion |
"""  # noqa: E501
    assert {"zorvak-uvit-tiny", "zorvak-uvit-base"} <= set(facts_of(text))


def test_an_icon_linked_beside_a_rows_name_to_a_hub_puts_the_model_on_it():
    text = """# Zorvak-VC

| Version | Name | Purpose |
|---|---|---|
| v1.0 | zorvak-uvit-tiny ([🤗](https://huggingface.co/Quill/Zorvak-VC/blob/main/tiny.pth)[📄](configs/tiny.yml)) | VC |
| v1.0 | zorvak-uvit-base ([🤗](https://huggingface.co/Quill/Zorvak-VC/blob/main/base.pth)[📄](configs/base.yml)) | SVC |
"""  # noqa: E501
    models = facts_of(text)
    assert models["zorvak-uvit-tiny"].access_surfaces == ["Hugging Face"]
