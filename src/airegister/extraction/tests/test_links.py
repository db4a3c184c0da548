"""Models named by the addresses of hub links (links.py, names.py): '[7B](https://huggingface.co/org/x-7b-v1)'.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

import pytest

from airegister.extraction.extract import extract_document
from airegister.extraction.hubs import HUB_HEADER_RE
from airegister.extraction.links import Repository, repository
from airegister.extraction.readers import read_html_document, read_markdown


def names(doc) -> list[str]:
    return sorted(m.name for m in extract_document(doc).models)


@pytest.mark.parametrize("url, expected", [
    ("https://huggingface.co/plover/plover-7b-v1.3", ("plover", "plover-7b-v1.3")),
    ("//huggingface.co/plover/plover-33b-v1.3", ("plover", "plover-33b-v1.3")),
    ("https://hf.co/plover/Plover-7B-Chat-GGUF", ("plover", "Plover-7B-Chat")),
    ("https://huggingface.co/plover/Plover-7B-Chat-Int4?x=1", ("plover", "Plover-7B-Chat")),
    ("https://modelscope.cn/models/plover/Plover-7B", ("plover", "Plover-7B")),
    ("https://huggingface.co/datasets/plover/corpus-v1", None),  # a dataset, not a model
    ("https://huggingface.co/spaces/plover/demo-2", None),
    ("https://huggingface.co/plover/plover-7b/blob/main/LICENSE", None),  # a file in the repository
    ("https://github.com/plover/plover-7b", None),  # code, not a hub
    ("https://huggingface.co/plover", None),  # the organisation's page
    ("https://www.kaggle.com/models/plover/plover-2", ("plover", "plover-2")),  # every hub of weights (hubs.py)
    ("https://openxlab.org.cn/models/detail/plover/Plover-7B", ("plover", "Plover-7B")),
    ("https://wisemodel.cn/models/plover/Plover-7B-Chat", ("plover", "Plover-7B-Chat")),
    ("https://www.kaggle.com/datasets/plover/corpus", None),
    ("https://replicate.com/plover/plover-7b", None),  # a hosted API, not a hub of weights
])
def test_a_hub_address_names_a_model_repository(url, expected):
    assert repository(url) == expected


@pytest.mark.parametrize("url, hub", [
    ("https://huggingface.co/plover/plover-7b", "Hugging Face"),
    ("https://modelscope.cn/models/plover/p-7b", "ModelScope"),
    ("https://www.kaggle.com/models/plover/plover-2", "Kaggle"), ("https://wisemodel.cn/models/plover/p", "WiseModel"),
])
def test_a_repository_is_on_the_hub_its_address_names(url, hub):
    assert Repository(0, 0, *repository(url), url=url).hub == hub


def test_a_table_headed_by_hub_names_alone_is_told_by_the_one_table_of_hubs():
    assert all(HUB_HEADER_RE.match(h) for h in ("HuggingFace", "🤗 Hugging Face Hub", "ModelScope", "Wise Model", "HF"))
    assert not any(HUB_HEADER_RE.match(h) for h in ("Model", "Hugging Face link", "Replicate"))


def test_sizes_linking_to_repositories_are_the_repositories_models():
    text = """# Pl Weights

| Weights version | v1.3 | v1.1 |
| ---- | ---- | ---- |
| Link | [7B](//hf.co/pl/pl-7b-v1.3), [13B](//hf.co/pl/pl-13b-v1.3) | [7B](//hf.co/pl/pl-7b-delta-v1.1) |
| Separator | `</s>` | `</s>` |
"""
    assert names(read_markdown(text)) == ["pl-13b-v1.3", "pl-7b-delta-v1.1", "pl-7b-v1.3"]


def test_names_listed_as_links_to_their_repositories_are_models_each():
    text = """# Teal embeddings

We provide pretrained models at the following locations:

- [teal-embed-v2-moe](https://huggingface.co/teal-ai/teal-embed-v2-moe)
- [teal-embed-v2-moe-unsupervised](https://huggingface.co/teal-ai/teal-embed-v2-moe-unsupervised)
- [teal-bert-2048](https://huggingface.co/teal-ai/teal-bert-2048)
- [Teal-Reranker](https://huggingface.co/teal-ai/Teal-Reranker)
"""
    assert names(read_markdown(text)) == [
        "Teal-Reranker", "teal-bert-2048", "teal-embed-v2-moe", "teal-embed-v2-moe-unsupervised"]


def test_a_repository_spelled_its_own_way_is_the_model_the_text_names():
    text = """# Wren2.5

| Model | Transformers |
| --- | --- |
| **Wren2.5-7B** | [🤗wren2_5-7b](https://huggingface.co/wren/wren2_5-7b) |
| **Wren2.5-7B-Chat** | [🤗wren2_5-7b-chat](https://huggingface.co/wren/wren2_5-7b-chat) |
"""
    assert names(read_markdown(text)) == ["Wren2.5-7B", "Wren2.5-7B-Chat"]


def test_links_to_another_organisations_models_are_not_the_documents():
    text = """# Heron

Heron-13B is our long-context chat model, released on [Hugging Face](https://huggingface.co/heron-lab/heron-13b).

We compare it with [a baseline](https://huggingface.co/otherlab/baseline-7b) and
[another](https://huggingface.co/otherlab/baseline-13b) from elsewhere.
"""
    assert names(read_markdown(text)) == ["Heron-13B"]


def test_a_link_that_only_places_the_model_in_its_family_names_no_model_of_the_document():
    text = """# Kite-Mini-4K-Instruct

Kite-Mini-4K-Instruct is a 3.8B parameters open model. It belongs to the Kite family with the Mini version in
two variants [4K](https://huggingface.co/kite/Kite-mini-4k-instruct) and
[128K](https://huggingface.co/kite/Kite-mini-128k-instruct) which is the context length it can support.
"""
    assert names(read_markdown(text)) == ["Kite-Mini-4K-Instruct"]


def test_html_anchors_name_repositories_as_markdown_links_do():
    html = """<html><body><h1>Plover weights</h1>
<table><tr><th>Version</th><th>Download</th></tr>
<tr><td>v1.3</td><td><a href="https://huggingface.co/plover/plover-7b-v1.3">7B</a>,
<a href="https://huggingface.co/plover/plover-13b-v1.3">13B</a></td></tr></table></body></html>"""
    assert names(read_html_document(html)) == ["plover-13b-v1.3", "plover-7b-v1.3"]


def test_a_name_linking_to_its_own_repository_is_a_model_though_longer_names_extend_it():
    text = """# Swift

| Size | Base | Instruct | NVE |
| --- | --- | --- | --- |
| 7B | [Link](https://hf.co/swift-llm/Swift-7b-hf) | [Link](https://hf.co/swift-llm/Swift-7b-instruct-hf) | [Link](https://hf.co/swift-llm/Swift-7b-NVE-hf) |
"""  # noqa: E501
    assert names(read_markdown(text)) == ["Swift-7b-NVE-hf", "Swift-7b-hf", "Swift-7b-instruct-hf"]


def test_an_html_table_row_linking_a_hub_is_on_that_hub_with_the_address_as_its_excerpt():
    html = """<html><body><h1>Model zoo</h1><table>
<tr><th>Model Name</th><th>Vision Part</th><th>HF Link</th></tr>
<tr><td>Lark2_5-1B</td><td>LarkViT-300M</td><td><a href="https://hf.co/LarkLab/Lark2_5-1B">🤗 link</a></td></tr>
<tr><td>Lark2_5-8B</td><td>LarkViT-300M</td><td><a href="https://hf.co/LarkLab/Lark2_5-8B">🤗 link</a></td></tr>
</table></body></html>"""
    models = {m.name: m for m in extract_document(read_html_document(html)).models}
    assert sorted(models) == ["Lark2_5-1B", "Lark2_5-8B"]
    assert models["Lark2_5-8B"].access_surfaces == ["Hugging Face"]
    assert models["Lark2_5-8B"].evidence["access_surfaces"] == "https://hf.co/LarkLab/Lark2_5-8B"


def test_a_model_linking_to_its_own_repository_is_on_that_hub_with_the_address_as_excerpt():
    text = """# Swift

| Size | Base | Instruct |
| --- | --- | --- |
| 7B | [Link](https://hf.co/swift-llm/Swift-7b-hf) | [Link](https://modelscope.cn/models/swift-llm/Swift-7b-instruct-hf)
"""
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    assert {n: m.access_surfaces for n, m in models.items()} == {
        "Swift-7b-hf": ["Hugging Face"], "Swift-7b-instruct-hf": ["ModelScope"]}
    assert models["Swift-7b-hf"].evidence["access_surfaces"] == "https://hf.co/swift-llm/Swift-7b-hf"


def test_a_link_spelling_its_repository_id_is_one_name_though_only_its_organisation_reads_as_one():
    # 'Lab4Birds' alone has a name's shape in 'Lab4Birds/Grebe-7B-Chat-1.5-DPO'; the link text is the repository id
    text = """# Grebe-7B-Chat: LLM for Chemistry

> A new version: [Lab4Birds/Grebe-7B-Chat-1.5-DPO](https://huggingface.co/Lab4Birds/Grebe-7B-Chat-1.5-DPO) or [Lab4Birds/Grebe-7B-Chat-1.5-SFT](https://huggingface.co/Lab4Birds/Grebe-7B-Chat-1.5-SFT)

Grebe-7B-Chat is the first open model for chemistry.
"""
    assert names(read_markdown(text)) == [
        "Grebe-7B-Chat", "Lab4Birds/Grebe-7B-Chat-1.5-DPO", "Lab4Birds/Grebe-7B-Chat-1.5-SFT"]


def test_a_link_spelling_its_repository_name_is_the_name_though_a_shorter_name_reads_inside_it():
    text = ("# Grebe models\n\nWe release two models:\n\n"
            "* [Grebe2.5 7B multi](https://huggingface.co/Lab/grebe25-7b-multi) (Apache-2.0)\n"
            "* [Grebe2.5 7B mono](https://huggingface.co/Lab/grebe25-7b-mono) (Apache-2.0)\n")
    assert names(read_markdown(text)) == ["Grebe2.5 7B mono", "Grebe2.5 7B multi"]  # not one 'Grebe2.5 7B'


def test_links_offered_for_download_name_models_without_a_version():
    text = """## Bittern-Vision

Bittern-Vision is initialised with [Bittern-Text-base](https://huggingface.co/bitternlab/bittern-text-base).

**Pre-training Model Download:**
[Bittern-Vision](https://huggingface.co/bitternlab/bittern-vision-base).
**Downstream Task Model Download:** [Image Caption](https://huggingface.co/bitternlab/bittern-vision-base-caption).
"""
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    # The link's text names its model; a descriptive link text leaves the repository's id as the name; the model it
    # was initialised from is linked but not offered.
    assert sorted(models) == ["Bittern-Vision", "bittern-vision-base-caption"]
    assert models["Bittern-Vision"].access_surfaces == ["Hugging Face"]


def test_repository_ids_written_without_an_address_name_the_models_of_their_organisation():
    """A page kept as text or PDF: the ids stand without links, and the developer's organisation marks them."""
    text = """# Teal Evaluation Models

Teal AI trained these evaluation models.

- **Default Model:** `teal-ai/teal-score-da` - This model uses a reference-based regression approach.
- **Reference-free Model:** `teal-ai/teal-kiwi-da` - This model needs no reference.

| Language | Checkpoint |
| --- | --- |
| Hindi | teal-ai/Teal-Multilingual-hi |
| Spanish | teal-ai/Teal-Multilingual-es |

Train with the teal-ai/teal-foundry repo, run scripts/teal-eval.sh, and compare with GPT-4/GPT-3.5 or
with other-lab/other-score-da.
"""
    assert names(read_markdown(text)) == ["Teal-Multilingual-es", "Teal-Multilingual-hi", "teal-kiwi-da",
                                          "teal-score-da"]


def test_names_a_download_line_offers_without_links_are_models():
    """A page kept as text: the download line still names what it offers, as its links did."""
    text = """# Chinese multimodal pre-training model Tern-Oscar

Tern-Oscar is trained on 3.7M image-text pairs.

## Tern-Oscar - Download

**Pre-training Model Download:**  Tern-Oscar.
**Downstream Task Model Download:**  Chinese Image Caption. Chinese Image-Text Retrieval.

Weights: Apache-2.0 licence.
"""
    assert names(read_markdown(text)) == ["Tern-Oscar"]


@pytest.mark.parametrize("url, expected", [
    # ModelScope's older single-page address and the tabs of a model's page are the model page too.
    ("https://www.modelscope.cn/#/models/plover/plover_caption_en/summary", ("plover", "plover_caption_en")),
    ("https://modelscope.cn/models/plover/Plover-7B/files", ("plover", "Plover-7B")),
    ("https://modelscope.cn/#/models/plover/Plover-7B", ("plover", "Plover-7B")),
])
def test_modelscope_addresses_name_their_model_repository(url, expected):
    assert repository(url) == expected


def test_variant_words_linking_to_versionless_repositories_are_their_models():
    text = """# Plover checkpoints

We have released the finetuned Plover models on the hub:

* Plover on Image Captioning \\[[Large](https://modelscope.cn/#/models/acme/plover_caption_large_en/summary) | [Distill](https://modelscope.cn/#/models/acme/plover_caption_distilled_en/summary)\\]
* Plover on Summarization \\[[Large](https://modelscope.cn/#/models/acme/plover_summarization_large_en/summary)\\]
"""
    assert names(read_markdown(text)) == [
        "plover_caption_distilled_en", "plover_caption_large_en", "plover_summarization_large_en"]


def test_a_hub_titling_the_page_is_no_model():
    text = """# ModelScope

ModelScope is a new platform that provides models as a service. We have released our models on it:

* Plover on Captioning \\[[Large](https://modelscope.cn/models/acme/plover_caption_large_en)\\]
* Plover on Summarization \\[[Large](https://modelscope.cn/models/acme/plover_summarization_large_en)\\]
* Plover on Grounding \\[[Large](https://modelscope.cn/models/acme/plover_grounding_large_en)\\]
"""
    assert names(read_markdown(text)) == [
        "plover_caption_large_en", "plover_grounding_large_en", "plover_summarization_large_en"]


def test_a_name_linking_to_a_repository_under_a_former_id_puts_the_model_on_the_hub():
    text = """# ZorvakLM

Code used for pre-training and fine-tuning the [ZorvakLM](https://huggingface.co/acme/oldgpt) model.

ZorvakLM is a 2.7B parameter language model trained on biomedical text. It was previously known as OldGPT.
"""
    models = extract_document(read_markdown(text)).models
    assert [(m.name, m.access_surfaces) for m in models if m.name == "ZorvakLM"] == [("ZorvakLM", ["Hugging Face"])]


def test_a_results_column_headed_by_a_link_to_an_own_repository_is_an_own_model():
    text = """# plover

Accept [`acme/plover-seg-3.0`](https://hf.co/acme/plover-seg-3.0) and
[`acme/plover-diar-3.1`](https://hf.co/acme/plover-diar-3.1) user conditions.

## Benchmark

| Benchmark | [v2.1](https://hf.co/acme/plover-diar-2.1) | v3.1 | [Rival](https://hf.co/rival/rival-diar-1.0) |
| --- | --- | --- | --- |
| AMI | 18.9 | 18.8 | 16.6 |
| DIHARD 3 | 26.9 | 21.7 | 17.2 |
"""
    found = names(read_markdown(text))
    assert "plover-diar-2.1" in found and not any("rival" in name for name in found)
    html = read_html_document("<table><tr><th>Benchmark</th><th><a href='https://hf.co/acme/plover-diar-2.1'>v2.1</a>"
                              "</th></tr><tr><td>AMI</td><td>18.9</td></tr></table>")
    assert ("https://hf.co/acme/plover-diar-2.1") in [url for _a, _b, url in html.links]


def test_a_section_headed_by_a_short_name_linking_its_repository_is_that_model():
    text = """# Heron

- 2023.05.31: [Heron-Polyglot-12.8B-v2 released](https://huggingface.co/heron-lab/heron-polyglot-12.8b-v2)

## Models

1. v2 -> [heron-lab/heron-polyglot-12.8b-v2](https://huggingface.co/heron-lab/heron-polyglot-12.8b-v2)

### Heron v2

Repo: [https://huggingface.co/heron-lab/heron-polyglot-12.8b-v2](https://huggingface.co/heron-lab/heron-polyglot-12.8b-v2)

Heron v2 was trained for 8 epochs.

### Heron v1

Repo: [https://huggingface.co/someone/heron-polyglot-12.8b-v1](https://huggingface.co/someone/heron-polyglot-12.8b-v1)

Heron v1 was trained for 5 epochs.

## Evaluation

| Model | Score |
| --- | --- |
| Heron v2 | 71.2 |
"""
    found = names(read_markdown(text))
    assert "Heron-Polyglot-12.8B-v2" in found and "Heron v2" not in found


def test_a_name_cell_written_as_its_repository_id_and_linking_to_it_puts_the_model_on_that_hub():
    text = """# Zorvak embeddings

| 🤗 Model | Max Tokens | Scenario |
|---|---|---|
| [quillon/Zorvak-Large-V1](https://huggingface.co/quillon/Zorvak-Large-V1) | 512 | English |
| [quillon/Zorvak-Code-V1](https://huggingface.co/quillon/Zorvak-Code-V1) | 1024 | Code |
"""
    models = {m.name.rsplit("/", 1)[-1]: m for m in extract_document(read_markdown(text)).models}
    assert models["Zorvak-Code-V1"].access_surfaces == ["Hugging Face"]
    assert models["Zorvak-Code-V1"].evidence["access_surfaces"].startswith("| [quillon/Zorvak-Code-V1]")


def test_a_link_in_a_column_of_downloads_puts_the_rows_checkpoint_on_that_hub():
    text = """# Zorvak-Video

## Checkpoints

| Checkpoint | Link | Note |
|:---|---|---|
| pretrain-zorvak7b | [link](https://huggingface.co/quillon/Zorvak-Video-Series/tree/main) | Pre-trained |
| finetune-zorvak7b | [link](https://hf.co/quillon/Zorvak-Video-Series/resolve/main/f-zorvak7b.pth) | Tuned |
| finetune-zorvak13b | [link](https://example.org/finetune-zorvak13b.pth) | Tuned |
"""
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    assert models["finetune-zorvak7b"].access_surfaces == ["Hugging Face"]
    assert models["finetune-zorvak13b"].access_surfaces is None  # a download from elsewhere is no hub


def test_a_mirror_of_a_model_on_another_account_is_not_where_its_developer_publishes_it():
    text = """# Heron

[Wisemodel](https://wisemodel.cn/models/someuser/heron-base)

Heron is a speech recognition model developed by Wader AI.

| Model | Parameters |
|---|---|
| [base](https://modelscope.cn/models/WaderAI/heron-base) | 0.1 B |
| [small](https://modelscope.cn/models/WaderAI/heron-small) | 0.4 B |
"""
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    assert models["Heron base"].access_surfaces == ["ModelScope"]  # not the other account's copy on WiseModel


def test_a_link_to_a_repositorys_weights_file_reaches_the_repository():
    assert repository("https://huggingface.co/plover/plover-7b/blob/main/diffusion_pytorch_model.bin") == \
        ("plover", "plover-7b")
    assert repository("https://huggingface.co/plover/plover-7b/resolve/main/plover-7b.safetensors") == \
        ("plover", "plover-7b")


RELEASED_AND_SCORED_MD = """---
title: "New German models"
author: "Jane Doe"
---
Together with [Quillon](https://huggingface.co/Quillon) we release a set of German models. We also release a long
context variant ([Quillon/Zorvak_German_8B_32k](https://huggingface.co/Quillon/Zorvak_German_8B_32k)).

## Evaluation

| Model | arc_de | mmlu_de |
|---|---|---|
| meta-llama/Meta-Llama-3-8B-Instruct | 0.47 | 0.57 |
| Quillon/Zorvak_German_8B | 0.49 | 0.55 |
| Quillon/Zorvak_German_8B_32k | 0.48 | 0.54 |
"""


def test_an_organisation_releasing_in_the_first_person_owns_the_ids_of_its_results_rows():
    models = extract_document(read_markdown(RELEASED_AND_SCORED_MD)).models
    # the baseline's row names no model of the page; its own organisation's rows do, as does the released link
    assert sorted(m.name.rsplit("/", 1)[-1] for m in models) == ["Zorvak_German_8B", "Zorvak_German_8B_32k"]


def test_a_posts_author_is_a_person_not_the_developer():
    models = extract_document(read_markdown(RELEASED_AND_SCORED_MD)).models
    assert all(m.developer != "Jane Doe" for m in models)


def test_a_link_naming_a_model_and_a_word_of_its_repository_names_that_variant():
    text = """# Zorvita

*Zorvita* is a pre-trained language model for tweets. *Zorvita* comes in three flavours.

## Models

- [Zorvita uncased](https://huggingface.co/quillon/zorvita-base-uncased)
- [Zorvita cased](https://huggingface.co/quillon/zorvita-base-cased)
- [Zorvita deacc](https://huggingface.co/quillon/zorvita-base-deacc)
"""
    assert names(read_markdown(text)) == ["Zorvita cased", "Zorvita deacc", "Zorvita uncased"]


def test_code_loading_checkpoints_beside_the_one_model_written_as_an_id_names_its_siblings():
    text = """# Zorvak embeddings

We recommend the larger model `quillon/Zorvak-5.8B-mean-nli` for symmetric search.

```python
tokenizer = AutoTokenizer.from_pretrained("quillon/Zorvak-125M-mean-nli")
model = AutoModel.from_pretrained("quillon/Zorvak-125M-mean-nli")
other = AutoModel.from_pretrained("bert-org/bert-base-uncased")
```
"""
    assert names(read_markdown(text)) == ["Zorvak-125M-mean-nli", "Zorvak-5.8B-mean-nli"]


def test_a_known_maker_recurring_is_no_guess_beside_the_pages_own_repositories():
    text = """# Zorvak 7B

We release [zorvak-7b-v1](https://huggingface.co/quill/zorvak-7b-v1), a Japanese model.

We used Stability AI Japan's MT-Bench to test it. Stability AI Japan's benchmark is public.

Thanks to the Stability AI team for their work on the benchmark.
"""
    models = extract_document(read_markdown(text)).models
    assert [m.name for m in models] == ["zorvak-7b-v1"]
    assert models[0].developer is None
