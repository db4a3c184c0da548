"""Shapes met first in held-out sets (tenth session): name cells told apart by a qualifier in parentheses, a
starred checkpoint beside its unstarred sibling, names that link their own weights files under any header, a
'Model URL' column, a model listed twice with other files, and a list of authors after 'Created by'.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


QUALIFIED = """# Grebe

Created by Anna Berg*, Tomas Lind*, Jonas Ek, Eva Holm†

## Model Zoo

| name | arch | Params | FLOPs | Top-1 | url |
| --- | --- | --- | --- | --- | --- |
| Grebe-T (7x7) | `grebe_tiny_7x7` | 22M | 4.0G | 82.8 | [cloud](https://example.org/f/1/) |
| Grebe-T (GF) | `grebe_tiny_gf` | 23M | 3.9G | 83.0 | [cloud](https://example.org/f/2/) |
| Grebe-L (GF) | `grebe_large_gf` | 211M | 34.7G | 85.1 | [cloud](https://example.org/f/3/) |
| Grebe-L (GF)* | `grebe_large_gf_384` | 216M | 101.8G | 86.0 | [cloud](https://example.org/f/4/) |

*finetuned at 384x384.
"""


def test_qualifiers_in_parentheses_that_tell_rows_apart_are_part_of_each_name():
    models = models_of(QUALIFIED)
    assert set(models) == {"Grebe-T (7x7)", "Grebe-T (GF)", "Grebe-L (GF)", "Grebe-L (GF)*"}
    assert models["Grebe-T (GF)"].parameters == 23_000_000
    # the starred checkpoint is another model than its unstarred sibling, with its own size
    assert models["Grebe-L (GF)*"].parameters == 216_000_000


def test_a_list_of_authors_after_created_by_is_no_developer():
    models = models_of(QUALIFIED)
    assert len(models) == 4 and all(m.developer is None for m in models.values())
    # ... an organisation after it still is
    text = ("# Grebe\n\nCreated by Heron Labs.\n\n| Model | Params |\n|---|---|\n"
            "| Grebe-7B | 7B |\n| Grebe-13B | 13B |\n")
    assert {m.developer for m in models_of(text).values()} == {"Heron Labs"}


def test_a_qualifier_alone_in_its_table_is_an_aside():
    text = """# Grebe

| Model | Params | Download |
|---|---|---|
| Grebe-7B (ours) | 7B | [hf](https://huggingface.co/heron/grebe-7b) |
| Grebe-13B (new) | 13B | [hf](https://huggingface.co/heron/grebe-13b) |
"""
    assert set(models_of(text)) == {"Grebe-7B", "Grebe-13B"}


def test_names_linking_their_own_weights_files_name_the_rows_whatever_the_header():
    base = "https://example.org/zoo/"
    text = f"""# Grebe-Decoder pre-trained models

We provide a collection of pretrained models with a Grebe-Decoder head.

| Backbone | Input Size | Dataset | mAP |
| --- | :---: | :---: | :---: |
| [KResNet_M ]({base}kresnet_m_COCO_224.pth) | 224 | MS-COCO | 84.2 |
| [KResNet_L]({base}kresnet_l_COCO_448.pth) | 448 | MS-COCO | 90.0 |
| [KResNet_XL]({base}kresnet_xl_COCO_640.pth) | 640 | MS-COCO | 91.4 |
| [KResNet_M]({base}kresnet_m_open_images_224.pth) | 224 | OpenImages | 86.8 |
"""
    assert set(models_of(text)) == {"KResNet_M", "KResNet_L", "KResNet_XL"}
    # ... not a column of data sets linking their pages
    data = """# Grebe data

| Dataset | Size |
|---|---|
| [grebe_train](https://example.org/data/grebe_train.html) | 1M |
| [grebe_test](https://example.org/data/grebe_test.html) | 10K |
"""
    assert models_of(data) == {}


def test_a_model_url_column_names_its_rows_and_a_model_listed_again_is_one():
    s3 = "https://example.org/models/"
    text = f"""# GrebeTTS

## Model Weights

| Model URL | Commit | Vocoder Commit |
|---|---|---|
|[ljs_tts_model]({s3}ljs_weights_tts.zip)| 0cd7d33 | aca5990 |
|[ljs_forward_model]({s3}ljs_forward_1.zip)| 1c1cb03| 3595219 |
|[ljs_forward_model]({s3}ljs_forward_2.zip)| d9ccee6| 3595219 |
"""
    assert set(models_of(text)) == {"ljs_tts_model", "ljs_forward_model"}


def test_a_linked_name_under_other_groups_stays_one_model_per_group():
    text = """# Grebe layout zoo

| Dataset | Model | Config Path |
|---|---|---|
| [Pages](https://example.org/pages/) | [faster_rcnn_R_50](https://example.org/a/config.yml) | lp://Pages/r50 |
| [Forms](https://example.org/forms/) | [faster_rcnn_R_50](https://example.org/b/config.yml) | lp://Forms/r50 |
"""
    assert len(models_of(text)) == 2
