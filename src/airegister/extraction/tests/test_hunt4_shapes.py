"""Shapes of vendor pages met in a fourth hunt over unseen public documents (docs-site model pages, release
announcements): each test is a small made-up page in the shape, with invented vendor and model names.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


DOCS_PAGE_MD = """---
title: Harbor Mini Code
slug: docs/harbor-mini-code
description: >-
  Harbor Mini Code is a compact model for agentic coding. It has 24 billion parameters and a 128k context length.
---

## Description

Harbor Mini Code is our smallest coding model, released under the Apache 2.0 license.

## What can Harbor Mini Code be used for?

Harbor Mini Code is well suited to repository-level edits and terminal agents.
"""


def test_front_matter_title_of_a_docs_page_titles_its_model():
    # The site renders 'title:' as the page's heading; the body opens at '## Description'.
    models = models_of(DOCS_PAGE_MD)
    assert list(models) == ["Harbor Mini Code"]
    model = models["Harbor Mini Code"]
    assert model.parameters == 24_000_000_000
    assert model.context_window == 128_000
    assert model.license == "Apache-2.0"


HEADLINE_MD = """---
title: "How Far Can Small Models Really Read?"
---

## Results

We test Quill-7B and Quill-13B on long inputs.
"""


def test_front_matter_headline_of_a_post_is_no_heading():
    assert not any("How Far" in name for name in models_of(HEADLINE_MD))


ADDRESS_MD = """# Introducing PeakMind-V4-Exp

Introducing PeakMind-V4-Exp, our latest experimental model, now live on our app and API.

## Open Source Release

Model: <https://huggingface.co/peakmind-ai/PeakMind-V4-Exp>
"""


def test_capital_inside_a_word_of_an_address_starts_no_name():
    # 'PeakMind-V4-Exp' in the address was read as 'Mind-V4-Exp', which kept the link from naming the model.
    models = models_of(ADDRESS_MD)
    assert list(models) == ["PeakMind-V4-Exp"]
    assert models["PeakMind-V4-Exp"].access_surfaces == ["Hugging Face"]


FINE_TUNE_MD = """# Quokka 3.1 - Falcon 9B

Quokka 3.1 Falcon 9B is a state of the art Falcon fine-tune, a continuation of Quokka 3, released under the MIT license.

Quokka 3.1 on Falcon-9B outperforms all Quokka models of the past, and most Falcon-9B fine-tunes.

You can chat with it in the arena as quokka-3.1-falcon-9b.
"""


def test_fine_tune_named_with_its_base_is_not_called_by_its_base():
    # 'Falcon 9B' ends the name 'quokka-3.1-falcon-9b' after 'Quokka 3.1': the base it was tuned from, not a short
    # form of the fine-tune (whose most written spelling would then be 'Falcon-9B'), nor a model of the page.
    assert list(models_of(FINE_TUNE_MD)) == ["quokka-3.1-falcon-9b"]


CHANGELOG_MD = """---
title: Partner models now available on Edgebox AI
date: 2027-02-01
---

We're thrilled to bring Quillon's latest open models to Edgebox AI.

Get started with the new models at `@eb/quillon/quill-oss-90b` and `@eb/quillon/quill-oss-12b`.
See the [`quill-oss-90b`](/edgebox-ai/models/quill-oss-90b) and [`quill-oss-12b`](/edgebox-ai/models/quill-oss-12b)
model pages for pricing and context windows.
"""


def test_name_linking_to_its_model_page_is_a_model_of_the_page():
    # The catalogue ids ('@eb/quillon/…') are code; the links to the site's page for each model introduce them.
    assert sorted(models_of(CHANGELOG_MD)) == ["quill-oss-12b", "quill-oss-90b"]


TIERED_MD = """# Partner models

We're excited to partner with Acme to bring `@eb/acme/zorvak-3-90b` to Edgebox AI. Acme Zorvak 3 Colossal is a
Mixture-of-Experts model with 90B total parameters.

Use Zorvak 3 Colossal through the [Edgebox AI binding](/edgebox-ai/bindings/), the REST API at `/run`, or the
[OpenAI-compatible endpoint](/edgebox-ai/openai-compatibility/).
"""


def test_tier_word_recurring_after_different_lead_words_is_part_of_the_name():
    # 'Acme Zorvak 3 Colossal' and 'Use Zorvak 3 Colossal' are one tiered name written twice (the maker's word,
    # unknown to the extractor, stays in the name as written).
    models = list(models_of(TIERED_MD).values())
    assert len(models) == 1 and models[0].name.endswith("Zorvak 3 Colossal")
    assert models[0].parameters == 90_000_000_000


def test_what_an_endpoint_is_compatible_with_is_no_place_to_get_the_model():
    surfaces = [s for m in models_of(TIERED_MD).values() for s in m.access_surfaces or []]
    assert not any("compatible" in s for s in surfaces)


HOSTED_MD = """# Supported models

| MODEL ID | DEVELOPER | CONTEXT WINDOW (TOKENS) | DETAILS |
| --- | --- | --- | --- |
| zorvak-2-7b | Lantern Data and AI Institute (LDAI) | 4,096 | [Details](https://example.com/docs/model/zorvak-2-7b) |
| quill-tts | Quillsound, Inc | 10K | [Details](https://example.com/docs/model/quill-tts) |
| orca-9b-chat | Acme | 128K | [Details](https://example.com/docs/model/orca-9b-chat) |
"""


def test_developer_column_cell_is_the_whole_maker():
    models = models_of(HOSTED_MD)
    assert models["zorvak-2-7b"].developer == "Lantern Data and AI Institute (LDAI)"
    assert models["quill-tts"].developer == "Quillsound, Inc"
    assert models["orca-9b-chat"].developer == "Acme"


VARIANTS_MD = """# Wren Lite

Wren Lite is a compact multilingual model family.

| Model Name | Description | Parameters | Context Length |
|---|---|---|---|
| `wren-lite-base` | Pretrained foundation model. | 3.1B | 8k |
| `wren-lite-north` | Tuned for northern languages. | 3.1B | 8k |
| `wren-lite-south` | Tuned for southern languages. | 3.1B | 8k |

The instruction-tuned Wren Lite variants (`wren-lite-north`, `wren-lite-south`) are available on the Wren Cloud API.
"""


def test_api_ids_of_a_models_table_name_their_models_in_the_prose():
    # The sentence names two of the table's ids: what it says is theirs, not the base model's.
    models = models_of(VARIANTS_MD)
    assert models["wren-lite-north"].access_surfaces == ["Wren Cloud API"]
    assert models["wren-lite-south"].access_surfaces == ["Wren Cloud API"]
    assert models["wren-lite-base"].access_surfaces is None


CATALOGUE_MD = """---
title: Introducing QuillEmbed from Acme on Edgebox AI
date: 2027-03-01
---

We're excited to bring Acme's newest embedding model to Edgebox AI.

[`@eb/acme/quillembed-300m`](/edgebox-ai/models/quillembed-300m/) is a 300M parameter embedding model from Acme.
"""


def test_catalogue_id_linking_to_its_model_page_names_the_model():
    # The link's text is the catalogue id, the maker's organisation before the name the page's address ends in.
    models = models_of(CATALOGUE_MD)
    assert list(models) == ["quillembed-300m"]
    assert models["quillembed-300m"].parameters == 300_000_000


DEFINING_MAKER_MD = """# Harbor Large

Harbor Large is Quillon's most performant model to date, with a 256K context length.

Harbor Large outperforms Zorvak's largest model on every benchmark we ran.
"""


def test_model_defined_as_an_organisations_model_of_some_rank_names_its_maker():
    assert models_of(DEFINING_MAKER_MD)["Harbor Large"].developer == "Quillon"


COMPARED_MAKER_MD = """# Harbor Large

Harbor Large is a multilingual model with a 256K context length.

Harbor Large outperforms Zorvak's largest model on every benchmark we ran.
"""


def test_organisation_whose_model_is_compared_with_is_not_the_maker():
    assert models_of(COMPARED_MAKER_MD)["Harbor Large"].developer is None


MIXTURE_MD = """# Harbor Code

Harbor Code is a 48B total / 6B active parameter MoE model trained for agentic coding.

Harbor Code is released under the MIT license.
"""


def test_total_before_active_count_of_a_mixture_is_its_size():
    assert models_of(MIXTURE_MD)["Harbor Code"].parameters == 48_000_000_000


DOWNLOADS_MD = """# Zorvak-V5-0601 update

Zorvak-V5-0601 is a minor update of Zorvak-V5, now live on our web app and API.

## Open weights

Zorvak-V5-0601 keeps the base model of Zorvak-V5. Download the weights:

  * Model Scope: <https://modelscope.cn/models/zorvak-ai/Zorvak-V5-0601>
  * Huggingface: <https://huggingface.co/zorvak-ai/Zorvak-V5-0601>
"""


def test_hub_name_split_at_its_capitals_labels_a_download_not_a_model():
    assert list(models_of(DOWNLOADS_MD)) == ["Zorvak-V5-0601"]


def test_download_line_labelled_by_a_hub_is_the_linked_models():
    surfaces = models_of(DOWNLOADS_MD)["Zorvak-V5-0601"].access_surfaces
    assert sorted(surfaces) == ["Hugging Face", "ModelScope"]


ZH_PARAMS_MD = """# Zorvak-V5-0601 模型更新

Zorvak-V5-0601 已完成小版本升级，模型参数约 120B，上下文长度为 64K。
"""

ZH_ACTIVE_MD = """# Zorvak-V5-A6B

Zorvak-V5-A6B 模型采用MoE架构，共48B参数量，实际激活参数为6B。上下文长度为 64K。
"""


def test_chinese_parameter_count_after_its_noun_and_copula():
    # '模型参数约 120B': model parameters, about 120B; '实际激活参数为6B' is the mixture's active count, not its size.
    assert models_of(ZH_PARAMS_MD)["Zorvak-V5-0601"].parameters == 120_000_000_000
    assert [m.parameters for m in models_of(ZH_ACTIVE_MD).values()] == [48_000_000_000]


ZH_LICENSE_MD = """# Zorvak-V5-0601 模型更新

Zorvak-V5-0601 已完成小版本升级，上下文长度为 64K。

## 模型开源

Zorvak-V5-0601 的开源仓库（包括模型权重）统一采用 Apache 2.0 License。
"""


def test_chinese_verb_of_adopting_an_english_licence_name():
    assert models_of(ZH_LICENSE_MD)["Zorvak-V5-0601"].license == "Apache-2.0"


CATALOGUE_NAMED_MD = """---
title: "Acme Zorvak 3 Colossal now available on Edgebox AI"
date: 2027-03-01
---

We're excited to bring [`@eb/acme/zorvak-3-90b-a9b`](/edgebox-ai/models/zorvak-3-90b-a9b/) to Edgebox AI. Acme
Zorvak 3 Colossal is a Mixture-of-Experts model with 90B total parameters.

For more information, refer to the [Zorvak 3 Colossal model page](/edgebox-ai/models/zorvak-3-90b-a9b/).
"""


def test_catalogue_id_of_a_model_the_prose_names_is_no_second_model():
    models = list(models_of(CATALOGUE_NAMED_MD).values())
    assert len(models) == 1 and models[0].name.endswith("Zorvak 3 Colossal")


CATALOGUE_LIST_MD = """---
title: Edgebox AI for Developer Week
date: 2027-04-11
---

Today's new models include:

- [`@eb/quillon/quill-small-3-24b-instruct`](/edgebox-ai/models/quill-small-3-24b-instruct/): a 24B parameter model
  with support for tool calling.
- [`@eb/wren/wren-coder-32b`](/edgebox-ai/models/wren-coder-32b/): a code model with a 128K context window.
- [`@eb/wren/wren-embed-base`](/edgebox-ai/models/wren-embed-base/),
  [`@eb/wren/wren-embed-large`](/edgebox-ai/models/wren-embed-large/) get an updated back end.

Models that support batch inference today include:

- [`@eb/quillon/quill-translate-1b`](/edgebox-ai/models/quill-translate-1b/)
- [`@eb/wren/wren-guard-8b`](/edgebox-ai/models/wren-guard-8b/) (coming soon)
"""


def test_catalogue_ids_of_one_family_each_name_a_model_and_bare_lists_none():
    # Each id a line says something of is a model, several of one stem too; a bare list of ids names none.
    models = models_of(CATALOGUE_LIST_MD)
    assert sorted(models) == ["quill-small-3-24b-instruct", "wren-coder-32b", "wren-embed-base", "wren-embed-large"]
    assert models["quill-small-3-24b-instruct"].parameters == 24_000_000_000
    assert models["wren-coder-32b"].context_window == 128_000
