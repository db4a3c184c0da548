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


def dates_of(text: str) -> dict:
    return {name: m.release_date for name, m in models_of(text).items()}


def test_a_news_line_releasing_a_family_in_sizes_in_parentheses_dates_each_size():
    text = ("# Grebe\n\n## News\n\n"
            "+ **[2023/7/22]** Released **Grebe-2 (7B, 13B)** models, trained on mixed data.\n")
    assert dates_of(text) == {"Grebe-2 7B": "2023-07-22", "Grebe-2 13B": "2023-07-22"}


def test_chinese_news_lines_adding_models_date_them_but_not_the_one_compared_with():
    text = ("# Grebe\n\n## 更新\n\n"
            "- 2024年01月24日：新增了两个新模型Grebe-92M-v2与Grebe-218M-v1，与Grebe-92M-v1进行对比分析\n"
            "- 2024年02月29日：新增了模型Grebe-218M-v3\n\n"
            "| 模型名称 | 下载 |\n|---|---|\n| Grebe-92M-v1 | [下载](https://example.org/a) |\n"
            "| Grebe-92M-v2 | [下载](https://example.org/b) |\n| Grebe-218M-v1 | [下载](https://example.org/c) |\n"
            "| Grebe-218M-v3 | [下载](https://example.org/d) |\n")
    assert dates_of(text) == {"Grebe-92M-v1": None, "Grebe-92M-v2": "2024-01-24", "Grebe-218M-v1": "2024-01-24",
                              "Grebe-218M-v3": "2024-02-29"}


def test_a_family_released_dates_its_sizes_written_inside_its_name():
    # ('Jan.16 2024': the abbreviation's dot stands for the space)
    text = ("# Grebe\n\n## News\n\n⭐ Jan.16 2024 **Grebe-R** is Released! Please check our paper.\n\n"
            "| Models | Link |\n|---|---|\n| Grebe-7B-R | [hf](https://huggingface.co/x/grebe-7b-r) |\n"
            "| Grebe-13B-R | [hf](https://huggingface.co/x/grebe-13b-r) |\n")
    assert dates_of(text) == {"Grebe-7B-R": "2024-01-16", "Grebe-13B-R": "2024-01-16"}


def test_a_collection_made_available_dates_the_models_named_after_it():
    text = ("# Grebe\n\n## News\n\n- **[May 1, 2025]**: 🤗 **[Grebe Model Collection](https://huggingface.co/"
            "collections/x/grebe)** is now available on Hugging Face.\n- **[May 9, 2025]**: Grebe is on X.\n\n"
            "| Model | Link |\n|---|---|\n| Grebe-R1-7B | [hf](https://huggingface.co/x/grebe-r1-7b) |\n"
            "| Grebe-QwQ-32B | [hf](https://huggingface.co/x/grebe-qwq-32b) |\n")
    assert dates_of(text) == {"Grebe-R1-7B": "2025-05-01", "Grebe-QwQ-32B": "2025-05-01"}
    # ... a single model said to be available is no collection of others
    single = text.replace("Grebe Model Collection", "Grebe-R1-7B")
    assert dates_of(single)["Grebe-QwQ-32B"] is None


def test_results_rows_of_the_titles_organisation_are_its_models_and_a_repeated_version_number_keeps_its_v():
    text = """# Heron-Ranker for Web Search

| Model-Name | NDCG@10 | Docs / Sec |
| --- |:---| --- |
| **Version 2 models** | | |
| heron-ranker/web-TinyBERT-L-2-v2 | 69.84 | 9000
| heron-ranker/web-MiniLM-L-6-v2 | 74.30 | 1800
| **Version 1 models** | | |
| heron-ranker/web-TinyBERT-L-2 | 67.43 | 9000
| **Other models** | | |
| nboost/pt-tinybert-web | 63.63 | 2900
"""
    names = set(models_of(text))
    assert {"web-TinyBERT-L-2-v2", "web-MiniLM-L-6-v2", "web-TinyBERT-L-2"} <= {n.split("/")[-1] for n in names}
    assert not any("nboost" in n or "pt-tinybert" in n for n in names)


def test_models_a_sentence_offers_by_links_to_the_cards_organisation_are_its_models():
    text = """---
license: mit
---
# grebe-large

The Grebe models are trained by Heron Academy. They currently offer three different sizes of models, including
[Grebe-large](https://huggingface.co/heronlp/grebe-large), [Grebe-base](https://huggingface.co/heronlp/grebe-base),
and [Grebe-small](https://huggingface.co/heronlp/grebe-small).
"""
    assert {"grebe-base", "grebe-small"} <= {n.lower() for n in models_of(text)}


def test_a_param_column_headed_with_a_dot_is_read_and_a_file_size_cue_sizes_no_model():
    text = """# Grebe

| Model | Pretrain | Top-1 | #Param. | FLOPs |
| --- | --- | --- | --- | --- |
| Grebe-S | ImageNet-1K | 82.9 | 22M | 3.6G |
| Grebe-B | ImageNet-1K | 83.9 | 50M | 8.3G |

## Data

| DataSet | Size | Images | Texts |
|---|---|---|---|
| CC12M | 3.12 GB | 10.26M | 20.5M |
"""
    models = models_of(text)
    assert {n: m.parameters for n, m in models.items()} == {"Grebe-S": 22_000_000, "Grebe-B": 50_000_000}


def test_a_heading_naming_an_option_is_no_model():
    text = ("# Grebe\n\n## Testing pretrained models\n\n### Option 1: Using this code\n\nRun it:\n\n```\n"
            "python eval.py --config ./configs/Grebe-48-384__nuscenes.yaml\n```\n\n"
            "### Option 2: Using the official APIs\n\n"
            "This option allows test time augmentation, not possible with Option 1 above.\n")
    assert not any("Option" in n for n in models_of(text))


def test_a_news_line_releasing_code_and_models_dates_every_model_and_reads_dotted_dates_month_first():
    table = "\n| Name | Params |\n|---|---|\n| Grebe-T | 31.8M |\n| Grebe-S | 50.1M |\n"
    text = ("# Grebe\n\n## News\n\n- **[07.14.2024]** We added support for any resolution.\n\n"
            "- **[07.10.2024]** We have released the code and model checkpoints for Grebe !\n" + table)
    assert dates_of(text) == {"Grebe-T": "2024-07-10", "Grebe-S": "2024-07-10"}
    text = ("# Grebe\n\n## News\n\n- `Jan 10, 2023:`🚀🚀 Code and models are released.\n"
            "- `Dec 06, 2022:`🚀 Code and models of Grebe will be released in this repository.\n" + table)
    assert dates_of(text) == {"Grebe-T": "2023-01-10", "Grebe-S": "2023-01-10"}
    # ... not a line whose words of all models belong to another clause
    text = ("# Grebe\n\n## News\n\n- [2026-05-09] Grebe-X released; support for timestamps in all Grebe models.\n"
            + table)
    assert set(dates_of(text).values()) == {None}


def test_a_table_of_training_settings_with_models_in_columns_names_each_column():
    text = """---
license: apache-2.0
---
# Italian Grebe Large

The [GR5](https://huggingface.co/models?search=gr5) model family is the first of its kind for Italian.

## Model variants

The following table summarizes the parameters for all available models

|                  |`gr5-small`  |`gr5-base`  |`gr5-large` (this one) |`gr5-base-oscar` |
|------------------|-------------|------------|-----------------------|-----------------|
|`dataset`         |`x/clean_it` |`x/clean_it`|`x/clean_it`           |`oscar/dedup_it` |
|`learning rate`   | 5e-3        | 5e-3       | 5e-3                  | 1e-2            |
|`steps`           | 1'050'000   | 1'050'000  | 2'100'000             | 258'000         |
|`max seq. length` | 512         | 512        | 512                   | 512             |
|`batch size`      | 128         | 128        | 64                    | 128             |

The training procedure is made available on Github. The high training time of `gr5-base-oscar` was due to a bug.
"""
    models = models_of(text)
    assert set(models) == {"gr5-small", "gr5-base", "gr5-large", "gr5-base-oscar"}
    assert all(m.access_surfaces is None for m in models.values())  # a code host is no place to get the model


def test_authors_marked_with_affiliations_are_no_models_and_a_known_makers_word_in_a_name_is_no_developer():
    text = ("# Meta-Grebe\n\nYiyuan Zhang1,2* Kaixiong Gong1,2* Kaipeng Zhang2,✉\nHongsheng Li 1,2 Wanli Ouyang2\n"
            "1Multimedia Lab\n\nAs a foundation model, Meta-Grebe handles 12 modalities. Meta-Grebe is fast.\n"
            "Meta-Grebe is open.\n\n| Model | Params | Download |\n|---|---|---|\n"
            "| Meta-Grebe-B16 | 85M | [ckpt](https://example.org/b16.pth) |\n"
            "| Meta-Grebe-L14 | 302M | [ckpt](https://example.org/l14.pth) |\n\nWe thank the mC4 corpus.\n")
    models = models_of(text)
    assert set(models) == {"Meta-Grebe-B16", "Meta-Grebe-L14"}
    assert all(m.developer is None for m in models.values())


def test_results_rows_linking_one_organisations_repositories_are_that_pages_models():
    text = """## GRIBE

This repository provides all materials for the paper.

| Model | Description | Emb performance | Gen performance |
|:------|:---:|:---:|:---:|
| [Gribe-7B](https://huggingface.co/GribeLM/gribe-7b) | 7B model, finetuned from Mistral-7B | 66.8 | 55.5 |
| [Gribe-8x7B](https://huggingface.co/GribeLM/gribe-8x7b) | 8x7B model, from Mixtral-8x7B | 65.7 | 65.7 |
| [Generative-only variant](https://hf.co/GribeLM/gen_m7_sq2048) | generative-only Gribe-7B | 41.2 | 55.2 |
"""
    names = set(models_of(text))
    assert {"Gribe-7B", "Gribe-8x7B"} <= names and not any("Mistral" in n for n in names)
    assert len(names) == 3
    # ... rows linking several organisations' repositories are compared models
    mixed = text.replace("GribeLM/gribe-8x7b", "mistralai/mixtral-8x7b").replace("GribeLM/gen_m7", "other/gen_m7")
    assert "gen_m7_sq2048" not in set(models_of(mixed))


def test_a_column_of_settings_marked_with_a_hubs_logo_is_no_place_and_attributes_and_tasks_are_no_places():
    text = """# Grebe

| 模型名称 | 🤗模型参数 | 下载地址 |
|---|---|---|
| Grebe-92M-v1 | max_seq_len=512 dim=512 | [模型下载](https://pan.example.org/s/1) |
| Grebe-218M-v1 | max_seq_len=1024 dim=1024 | [模型下载](https://pan.example.org/s/2) |

The predicted spans are available via the Doc.spans container. To try finetuning Grebe-92M-v1 on the MRPC text
classification task, you can use the example.
"""
    assert all(m.access_surfaces is None for m in models_of(text).values())
    # ... while a column headed by the hub alone says where each row's model is
    hub = text.replace("🤗模型参数", "🤗 HuggingFace").replace("max_seq_len=512 dim=512", "[hf](https://huggingface.co/x/a)")
    assert models_of(hub)["Grebe-92M-v1"].access_surfaces == ["Hugging Face"]


def test_a_hub_cards_unscoped_facts_are_the_model_its_snippets_load_not_its_previous_version():
    text = """---
license: apache-2.0
---
# A large RoBERTa for the Grebe language

This **Heron/roberta-large-grebish-v2** model is a new version of the previously trained
[Heron/roberta-large-grebish](https://huggingface.co/Heron/roberta-large-grebish) model.

```python
>>> unmasker = pipeline('fill-mask', model='Heron/roberta-large-grebish-v2')
tokenizer = RobertaTokenizer.from_pretrained('Heron/roberta-large-grebish-v2')
model = RobertaModel.from_pretrained('Heron/roberta-large-grebish-v2')
```

## Evaluation results

This model (the first row of the table) is compared to our previous
[Heron/roberta-large-grebish](https://huggingface.co/Heron/roberta-large-grebish) model:

| Model | Accuracy |
|---|---|
| Heron/roberta-large-grebish-v2 | 94.1 |
| Heron/roberta-large-grebish | 94.2 |

### Preprocessing

The model takes pieces of 512 contiguous tokens, with a context length of 512 tokens.
"""
    windows = {n.split("/")[-1]: m.context_window for n, m in models_of(text).items()}
    assert windows == {"roberta-large-grebish-v2": 512, "roberta-large-grebish": None}


def test_the_maker_of_a_tool_a_reward_model_or_a_base_checkpoint_is_no_developer():
    table = ("\n| Model | Params | Download |\n|---|---|---|\n| Grebe-7B | 7B | [ckpt](https://example.org/7b.pth) |\n"
             "| Grebe-13B | 13B | [ckpt](https://example.org/13b.pth) |\n")
    for sentence in ("See the amazing results at Threestudio developed by Heron Labs!",
                     "We use a trained reward model heron/gptj-rm-static trained by Heron Labs.",
                     "We fine-tune the image-conditioned stable diffusion checkpoint released by Heron Labs."):
        models = models_of(f"# Grebe\n\n{sentence}\n{table}")
        assert len(models) == 2 and {m.developer for m in models.values()} == {None}, sentence
    # ... while the maker of a model for a language is the model's
    models = models_of(f"# Grebe\n\nGrebe is the Embedding Model for French developed by Heron Labs.\n{table}")
    assert {m.developer for m in models.values()} == {"Heron Labs"}


def test_a_list_of_models_each_dated_in_parentheses_names_and_dates_them():
    text = """# GrebeMind

## Models

- [**StructGrebe**](StructGrebe) (March 15, 2021): pre-trained models for natural language understanding.
- [**PALG**](PALG) (March 15, 2021): pre-trained models for natural language generation (NLG).
- [**mPLUG**](mPLUG) (September 1, 2022): large-scale pre-trained model for vision-language understanding.

## Quantised files

|  模型量化类型  | 模型大小 |
|:-------:|:-------:|
| Q8_0 | 14G |
| Q4_K_M | 8.8G |
"""
    assert dates_of(text) == {"StructGrebe": "2021-03-15", "PALG": "2021-03-15", "mPLUG": "2022-09-01"}


def test_a_familys_media_are_not_those_of_its_members_named_as_text_models():
    text = """# Grebe World Model

Grebe can chat with images. Grebe can generate videos and images from text.

| Model | Context | Download |
|---|---|---|
| Grebe-Text-128K | 128K | [hf](https://huggingface.co/heron/grebe-text-128k) |
| Grebe-Chat-1M | 1M | [hf](https://huggingface.co/heron/grebe-chat-1m) |
"""
    outputs = {n: m.output_modalities for n, m in models_of(text).items()}
    assert outputs["Grebe-Text-128K"] is None and set(outputs["Grebe-Chat-1M"]) == {"video", "image"}



def test_licences_of_a_data_set_said_with_a_pronoun_of_sources_and_of_source_files_are_no_models():
    table = "\n| Model | Params |\n|---|---|\n| Grebe-7B | 7B |\n| Grebe-13B | 13B |\n"
    for sentence in ("The data was built by the contributors of this dataset. And it is distributed under the MIT "
                     "license.",
                     "Our code builds on others, while ABINet and CRNN sources are released under the BSD and MIT "
                     "licenses, respectively.",
                     "See the License for the specific language governing permissions and limitations under the "
                     "Apache License."):
        models = models_of(f"# Grebe\n\n{sentence}\n{table}")
        assert len(models) == 2 and {m.license for m in models.values()} == {None}, sentence
    # ... while a sentence that says it of the models still gives their licence
    said = "The models are trained by us. And they are distributed under the MIT license."
    models = models_of(f"# Grebe\n\n{said}\n{table}")
    assert {m.license for m in models.values()} == {"MIT"}


def test_a_compared_models_maker_is_no_developer_and_a_person_in_a_collaboration_gives_way_to_the_organisation():
    table = "\n| Model | Params |\n|---|---|\n| Grebe-7B | 7B |\n| Grebe-13B | 13B |\n"
    models = models_of(f"# Grebe\n\nWe present Grebe-7B that outperforms Meta AI's Llama-3.1-8B-Instruct.\n{table}")
    assert {m.developer for m in models.values()} == {None}
    models = models_of(f"# Grebe\n\nIt was developed through the collaboration between Asahi Ushio and Heron "
                       f"Technologies.\n{table}")
    assert {m.developer for m in models.values()} == {"Heron Technologies"}


def test_a_size_said_of_another_family_or_a_data_sets_bytes_is_no_models_size():
    text = """# Grebe

GrebeLM is a series of chat language models. Currently, we have released the 13B version.

Trained only with Wikipedia (around 522MB) for 5 hours.

| Model | Download |
|---|---|
| GrebeLM-13B | [hf](https://huggingface.co/heron/grebelm-13b) |
| GrebeRM-13B | [hf](https://huggingface.co/heron/greberm-13b) |
| grebe-base-522M | [hf](https://huggingface.co/heron/grebe-base-522M) |
"""
    sizes = {n: m.parameters for n, m in models_of(text).items()}
    assert sizes == {"GrebeLM-13B": 13_000_000_000, "GrebeRM-13B": None, "grebe-base-522M": None}


def test_links_standing_alone_on_a_host_of_files_under_a_download_heading_are_checkpoints():
    drive = "https://drive.google.com/file/d/{}/view?usp=sharing"
    text = f"""# GrebeMotion

### 3. Download the pretrained models

Download the model(s) you wish to use, then unzip and place them in `./save/`.

<details>
  <summary><b>Text to Motion</b></summary>

**HumanML3D**

[grebe-encoder-512]({drive.format("a1")}) (best model)

[grebe-decoder-512]({drive.format("b2")})

</details>
"""
    assert {"grebe-encoder-512", "grebe-decoder-512"} <= set(models_of(text))
    # ... not such a link where nothing offers it for download ('## Results' over a sheet of scores)
    results = f"# GrebeMotion\n\n## Results\n\nAll the scores:\n\n[grebe-scores-512]({drive.format('c3')})\n"
    assert "grebe-scores-512" not in set(models_of(results))


def test_a_results_rows_sibling_of_the_organisation_whose_row_is_the_titles_model_is_the_documents():
    text = """---
license: mit
---
# Grebe Embeddings — large 0.1

| Model | Mean Score |
|---|---|
| **HeronTech/Grebe-embeddings-large-0.1** | 0.7490 |
| intfloat/multilingual-e5-large | 0.7460 |
| **HeronTech/Grebe-embeddings-base-0.1** | 0.7306 |
| BAAI/bge-m3 | 0.7200 |
"""
    names = {n.split("/")[-1] for n in models_of(text)}
    assert "Grebe-embeddings-base-0.1" in names and not names & {"multilingual-e5-large", "bge-m3"}
