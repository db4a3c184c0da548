"""Values stated of something else than the document's model (another model, the code, a dataset, a tool) are not
its facts: each test states a document's shape and the value it must (not) yield."""

from airegister.extraction import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


def test_a_licence_name_ending_a_line_is_not_a_label_for_the_next_line():
    text = """# Kite-13B

Kite-13B is a chat model.

## Legacy models

- Kite series: Kite Community License
- Wren series: BigCode OpenRAIL-M v1
"""
    assert models_of(text)["Kite-13B"].license != "OpenRAIL-M"
    heading = "# Kite-13B\n\nKite-13B is a chat model.\n\n## License\n\nKite-13B is licensed under the MIT License.\n"
    assert models_of(heading)["Kite-13B"].license == "MIT"


def test_front_matter_is_about_the_repository_the_cards_snippets_load_not_the_siblings_it_links():
    hub = "https://huggingface.co/acme"
    text = f"""---
license: apache-2.0
---

**Models**: [Heron-1.3B]({hub}/Heron-1.3B), [Heron-2.7B]({hub}/Heron-2.7B){"  "}
**Chat Models**: [Heron-1.3B-Chat]({hub}/Heron-1.3B-Chat), [Heron-2.7B-Chat]({hub}/Heron-2.7B-Chat){"  "}

---

Heron-1.3B is a model pruned from a larger one.

```
model = AutoModelForCausalLM.from_pretrained("acme/Heron-1.3B")
```
"""
    models = models_of(text)
    assert models.pop("Heron-1.3B").license == "Apache-2.0"
    assert models and all(m.license is None for m in models.values())


def test_a_hubs_name_inside_another_sites_address_is_not_a_surface():
    text = """# Petrel-2

Petrel-2 is a speech model.

## Projects we build on

- [Transformers](https://github.com/huggingface/transformers)
- [Prompts](https://example.com/prompts?utm_source=huggingface)
"""
    assert models_of(text)["Petrel-2"].access_surfaces is None
    on_hub = "# Petrel-2\n\nPetrel-2 is a speech model.\n\n- [Petrel-2](https://huggingface.co/acme/Petrel-2)\n"
    assert models_of(on_hub)["Petrel-2"].access_surfaces == ["Hugging Face"]


def test_a_pretraining_context_length_is_the_bases_not_the_models():
    text = """# Auk-13B-16K

| Model | Size | Pretrained Context Length | Claimed Context Length |
| --- | --- | --- | --- |
| Auk-13B-16K | 13B | 2K | 16K |
"""
    assert models_of(text)["Auk-13B-16K"].context_window == 16000
    prose = "# Auk-13B-16K\n\nAuk-13B-16K keeps the 2K pretrained context length of its base.\n"
    assert models_of(prose)["Auk-13B-16K"].context_window is None


def test_a_length_a_run_is_set_to_is_no_context_window():
    text = """# Auk-Chat-7B

Auk-Chat-7B is a chat model.

## Evaluation

For the generation process, we employ a greedy decoding strategy and set the maximum sequence length to 2048.
"""
    assert models_of(text)["Auk-Chat-7B"].context_window is None
    stated = "# Auk-Chat-7B\n\nAuk-Chat-7B is a chat model with a maximum sequence length of 2048.\n"
    assert models_of(stated)["Auk-Chat-7B"].context_window == 2048


def test_a_length_in_parentheses_for_one_model_is_that_models_and_only_its():
    text = """# Gull models

| Model | Params |
| --- | --- |
| Gull-1.2B | 1.2B |
| Gull-8B | 8B |

- 32K token context length for extended conversations and document processing (128K for Gull-8B)
"""
    models = models_of(text)
    assert models["Gull-8B"].context_window == 128000
    assert models["Gull-1.2B"].context_window == 32000
    near = text.replace("for extended conversations and document processing ", "for long documents ")
    assert [models_of(near)[n].context_window for n in ("Gull-1.2B", "Gull-8B")] == [32000, 128000]


def test_the_maker_of_a_dataset_is_not_the_models_developer():
    text = """# Tern-Chat-20B

Tern-Chat-20B is a chat model developed by Tern Computer.

The chat model was trained on the ABC dataset built by LAION, Tern and Ontocord.
"""
    assert models_of(text)["Tern-Chat-20B"].developer == "Tern Computer"
    only = "# Tern-Chat-20B\n\nTern-Chat-20B was trained on the ABC dataset built by LAION.\n"
    assert models_of(only)["Tern-Chat-20B"].developer is None


def test_a_modality_in_a_relative_clause_or_of_any_model_of_a_kind_is_not_this_models():
    text = """# Wren-2

Wren-2 is a speech model.

## Stages

- Input: text, tokenized
- Output: semantic tokens that encode the audio to be generated

We acknowledge that any text to audio model has the potential for dual use.
"""
    model = models_of(text)["Wren-2"]
    assert model.input_modalities == ["text"]
    assert model.output_modalities is None
    own = "# Wren-2\n\nWren-2 is a text to audio model.\n"
    assert models_of(own)["Wren-2"].output_modalities == ["audio"]


def test_a_models_tables_link_to_the_rows_own_repository_names_its_hub():
    from airegister.extraction.readers import read_html_document

    hf, ms = "https://huggingface.co/acme", "https://www.modelscope.cn/models/acme"
    rows = "".join(
        f"<tr><td>Plover-{s}</td><td><a href='{hf}/PloverViT-{s}'>PloverViT-{s}</a></td>"
        f"<td><a href='{hf}/Plover-{s}'>🤗 link</a></td><td><a href='{ms}/Plover-{s}'>🤖 link</a></td></tr>"
        for s in ("1B", "8B"))
    html = ("<html><body><h1>Plover</h1><p>We release two models.</p><table><tr><th>Model Name</th>"
            f"<th>Vision Part</th><th>HF Link</th><th>MS Link</th></tr>{rows}</table></body></html>")
    models = {m.name: m for m in extract_document(read_html_document(html)).models}
    assert models["Plover-1B"].access_surfaces == ["Hugging Face", "ModelScope"]
    assert models["Plover-1B"].evidence["access_surfaces"] == f"{hf}/Plover-1B"


def test_a_place_named_after_in_the_cloud_via_and_a_model_studio_is_a_place():
    text = """# Skua models

| Model | Params |
| --- | --- |
| Skua-2 1B | 1B |
| Skua-2 7B | 7B |

All Skua-2 models are available on Hugging Face.

Skua checkpoints are available in the cloud via the Skua Model Studio.
"""
    models = models_of(text)
    expected = ["Hugging Face", "Skua Model Studio"]
    assert [models[n].access_surfaces for n in ("Skua-2 1B", "Skua-2 7B")] == [expected, expected]


def test_a_licence_named_for_the_models_beside_a_general_one_is_the_models():
    text = """# Murre-16B

Murre-16B is a base model.

## License

When using the Murre models, you must comply with the Apache 2.0 License and the Murre Models Community License.
"""
    assert models_of(text)["Murre-16B"].license == "Murre Models Community License"
    general = text.replace(" and the Murre Models Community License", "")
    assert models_of(general)["Murre-16B"].license == "Apache-2.0"


def test_a_front_matter_licence_the_prose_gives_to_the_code_is_not_the_weights():
    text = """---
license: apache-2.0
---

# Eider-7B-Chat

Eider-7B-Chat is a chat model for chemistry.

## Open Source License

The code is licensed under Apache-2.0, while model weights are open for academic research on application.
"""
    assert models_of(text)["Eider-7B-Chat"].license is None
    plain = text.replace("The code is licensed under Apache-2.0, while model weights are", "Its weights are")
    assert models_of(plain)["Eider-7B-Chat"].license == "Apache-2.0"


def test_a_sites_bare_address_after_access_the_api_on_is_a_place():
    text = """# Gannet-3

Gannet-3 is a reasoning model.

> You can access Gannet-3's API on https://platform.gannet.ai/ , an OpenAI-compatible API.
"""
    assert models_of(text)["Gannet-3"].access_surfaces == ["platform.gannet.ai"]
    docs = "# Gannet-3\n\nGannet-3 is a reasoning model. Read the docs at https://docs.gannet.ai/guide/start.\n"
    assert models_of(docs)["Gannet-3"].access_surfaces is None


def test_a_highlight_headed_by_a_licence_states_it_but_a_bare_model_license_label_does_not():
    text = """# Ibis

- `ibis-120b` — for production use
- `ibis-20b` — for local use

### Highlights

- **Permissive Apache 2.0 license:** Build freely without copyleft restrictions.
- **Model License:** Ibis weights are open for academic research.
"""
    models = models_of(text)
    assert [models[n].license for n in ("ibis-120b", "ibis-20b")] == ["Apache-2.0", "Apache-2.0"]
    label_only = text.replace("- **Permissive Apache 2.0 license:** Build freely without copyleft restrictions.\n", "")
    assert [m.license for m in models_of(label_only).values()] == [None, None]


def test_a_place_that_offers_access_to_the_models_is_their_surface():
    text = """# Models

**The Loon API offers access to models in different languages.**

| Model | Params |
| --- | --- |
| loon-en-2 | 40B |
| loon-fr-2 | 40B |
"""
    assert [m.access_surfaces for m in models_of(text).values()] == [["Loon API"], ["Loon API"]]


def test_a_length_a_siblings_name_carries_is_that_siblings_not_the_familys():
    text = """# Shag-2 Model Card

We release three models:

- Shag-2-7B: the base model.
- Shag-2-7B-Chat: the chat model.
- Shag-2-7B-Chat-1M: the long-context version of Shag-2-7B-Chat.

Highlights:

- Long context: nearly perfect at finding needles in a haystack with 1M-long context.
"""
    models = models_of(text)
    assert models["Shag-2-7B-Chat-1M"].context_window == 1000000
    assert [m.context_window for name, m in models.items() if name != "Shag-2-7B-Chat-1M"] == [None] * (len(models) - 1)
    assert "Shag-2-7B-Chat" in models


def test_a_length_the_model_can_be_extended_to_is_not_its_length():
    text = """# Puffin-6B

Puffin-6B is a base model. It is trained with 4K sequence length and can be extended to 32K during inference time.
"""
    assert models_of(text)["Puffin-6B"].context_window == 4000


def test_an_input_of_two_kinds_named_as_such_states_the_input_modalities():
    text = ("# Tern-Extract-2B\n\nTern-Extract-2B extracts fields from documents.\n\n"
            "To use the model, provide an input text/image and a JSON template.\n\n"
            "The input text is split into chunks.\n")
    model = extract_document(read_markdown(text)).models[0]
    assert model.input_modalities == ["text", "image"]
    one = "# Tern-7B\n\nTern-7B answers questions.\n\nThe input text is split into chunks first.\n"
    assert extract_document(read_markdown(one)).models[0].input_modalities is None


def test_a_research_effort_between_two_labs_is_led_by_the_first():
    text = ("# Tern-70B\n\nTern-70B is an open model.\n\n## Acknowledgements\n\nThe Tern project is an open "
            "collaborative research effort between Falconry Lab and Heron Research. We thank our sponsors.\n")
    assert extract_document(read_markdown(text)).models[0].developer == "Falconry Lab"


def test_a_line_labelled_with_a_hub_repository_puts_the_sections_model_on_that_hub():
    text = """# Heron

## Models

### Heron v2

Heron v2 is our second chat model.

### Heron v1

🤗 Huggingface Repo: [https://huggingface.co/someone/polyglot-h-12b-v1](https://huggingface.co/someone/polyglot-h-12b-v1)

Heron v1 was trained for 5 epochs.
"""
    models = models_of(text)
    assert models["Heron v1"].access_surfaces == ["Hugging Face"]
    assert models["Heron v2"].access_surfaces is None


def test_a_pointer_verb_in_a_downloads_cell_is_no_place():
    hub = "https://huggingface.co/acme"
    text = f"""# Tern models

## Model weights

The following models are available from the Hugging Face model hub:

| Model              | Downloads
| ------------------ | ---------------------------------------
| `acme/tern-base-cased`  | See [model hub]({hub}/tern-base-cased)
| `acme/tern-large-cased` | See [model hub]({hub}/tern-large-cased)
"""
    surfaces = [m.access_surfaces for m in models_of(text).values()]
    assert len(surfaces) == 2 and all(s == ["Hugging Face"] for s in surfaces)


def test_a_promise_to_upload_to_a_hub_is_no_place_the_model_is_at():
    text = """# Tern models

| Model | Layers |
|---|---|
| Tern-BERT-base | 12 |
| Tern-RoBERTa-large | 24 |

`NOTE`: All baselines are going to be uploaded in Huggingface Model Hub until the end of May. Stay tuned!
"""
    assert [m.access_surfaces for m in models_of(text).values()] == [None, None]
    done = text.replace("are going to be uploaded in", "are uploaded in")
    assert [m.access_surfaces for m in models_of(done).values()] == [["Hugging Face"], ["Hugging Face"]]


def test_a_licence_named_for_a_model_line_is_its_value_and_every_member_of_the_line_has_it():
    text = """# Murre

| Model | Parameters |
| --- | --- |
| Murre-7B-Base | 7B |
| Murre-7B-Chat | 7B |
| Murre-7B-Chat-4bits | 7B |

## License

Our code is licensed under the [Apache-2.0](LICENSE) and [Community License for Murre Model](MODEL_LICENSE.pdf).
"""
    models = models_of(text)
    assert {n: models[n].license for n in ("Murre-7B-Base", "Murre-7B-Chat", "Murre-7B-Chat-4bits")} == {
        n: "Community License for Murre Model" for n in ("Murre-7B-Base", "Murre-7B-Chat", "Murre-7B-Chat-4bits")}
    plural = text.replace("[Community License for Murre Model]",
                          "the Skerry Community License Agreement for Murre Models")
    assert models_of(plural)["Murre-7B-Chat"].license == "Skerry Community License Agreement for Murre Models"


def test_a_licence_named_for_a_sized_model_covers_the_models_of_that_name_only():
    # The name it is named for is a model of its own too; the licence is still its whole line's.
    text = """# Murre

| Model | Parameters |
| --- | --- |
| Murre-7B-Chat | 7B |
| Murre-13B | 13B |
| Murre-13B-Chat | 13B |

For community use of the Murre-13B model, see [Community License for Murre-13B Model](LICENSE.pdf).
"""
    models = models_of(text)
    assert models["Murre-13B"].license == models["Murre-13B-Chat"].license == \
        "Community License for Murre-13B Model"
    assert models["Murre-7B-Chat"].license is None


def test_a_plural_statement_after_a_linked_name_is_about_every_model_of_its_line():
    text = """# Tern-7B-8K models

[Tern-7B-8K](https://example.com/blog/tern-8k) are 7B parameter open LLM models with 8k context length. It contains \
2 models:
- [Tern-7B-8K](https://hf.co/falconry/tern-7b-8k): a decoder-style transformer. License: MIT
- [Tern-7B-8K-Instruct](https://hf.co/falconry/tern-7b-8k-instruct): a model for instruction following. License: MIT
"""
    models = models_of(text)
    assert {n: (models[n].parameters, models[n].context_window) for n in models} == {
        "Tern-7B-8K": (7_000_000_000, 8000), "Tern-7B-8K-Instruct": (7_000_000_000, 8000)}


def test_a_licence_the_next_sentence_leaves_to_the_models_own_licences_is_the_codes():
    text = """# Zorvak embeddings

| Model | Max Tokens | Pooling Strategy |
|---|---|---|
| [quillon/Zorvak-Large-V1](https://huggingface.co/quillon/Zorvak-Large-V1) | 512 | cls |
| [quillon/Zorvak-Code-V1](https://huggingface.co/quillon/Zorvak-Code-V1) | 1024 | cls |

# © License

This project is licensed under the MIT License.
For the pretrained models, please refer to the corresponding license of the models.
"""
    models = {m.name.rsplit("/", 1)[-1]: m for m in extract_document(read_markdown(text)).models}
    assert sorted(models) == ["Zorvak-Code-V1", "Zorvak-Large-V1"]
    assert all(m.license is None for m in models.values())  # the project's MIT licence is not the models'
    assert all(m.developer is None for m in models.values())  # '© License' is a heading, not a copyright holder
    # a pooling strategy is how an embedding model is used, not a training setting: 'Max Tokens' is its context
    assert models["Zorvak-Code-V1"].context_window == 1024


def test_the_means_of_calling_a_model_are_no_places_to_reach_it():
    text = """# Zorvak 7B chat

* ID: **@cf/quillon/zorvak-7b-chat** - used to run this model via SDK or API
* Name: Zorvak 7B chat model from Quillon
"""
    models = extract_document(read_markdown(text)).models
    assert models and all(m.access_surfaces is None for m in models)


def test_a_launch_post_comparing_its_model_keeps_only_its_own_facts_and_names_its_releaser():
    text = """# Introducing Puffin-8B

Today Auk Labs releases Puffin-8B, an 8-billion-parameter model with a 64K context window, under the Apache 2.0 license.

Puffin-8B outperforms Llama 3.1 8B, which has a 128K context window, and Mistral 7B (released in September 2023 under
Apache 2.0) on most benchmarks.

| Model | MMLU | GSM8K | Context |
| --- | --- | --- | --- |
| Puffin-8B | 68.2 | 79.1 | 64K |
| Llama 3.1 8B | 66.7 | 84.5 | 128K |
"""
    (model,) = extract_document(read_markdown(text)).models
    assert (model.name, model.developer, model.context_window) == ("Puffin-8B", "Auk Labs", 64_000)
    assert (model.parameters, model.license, model.release_date) == (8_000_000_000, "Apache-2.0", None)


def test_a_fine_tunes_card_gives_it_none_of_the_facts_it_states_of_its_base_model():
    text = """# Zorvak-8B-Tuned

Zorvak-8B-Tuned is a fine-tune of Meta-Llama-3-8B-Instruct, which has 8B parameters and an 8K context window and
was released by Meta in April 2024.
"""
    (model,) = extract_document(read_markdown(text)).models
    assert (model.parameters, model.context_window, model.release_date) == (None, None, None)


def test_a_size_naming_a_class_of_models_it_is_compared_with_is_not_its_size():
    text = """# Xwin-Zorvak

| Model | GSM8K | Download |
|---|---|---|
| Xwin-Zorvak-7B-V1.0 | 66.6 | [HF Link](https://huggingface.co/Xwin/Xwin-Zorvak-7B-V1.0) |
| Xwin-Zorvak-13B-V1.0 | 76.2 | [HF Link](https://huggingface.co/Xwin/Xwin-Zorvak-13B-V1.0) |

The Xwin-Zorvak-7B-V1.0 and Xwin-Zorvak-13B-V1.0 models rank top-1 among all Llama-2 based 7B and 13B models.
"""
    models = extract_document(read_markdown(text)).models
    assert len(models) == 2 and all(m.parameters is None for m in models)
