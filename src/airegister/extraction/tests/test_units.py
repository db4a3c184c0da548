"""Value shapes, names and readers in isolation."""

import pytest

from airegister.extraction import extract_document
from airegister.extraction.readers import front_matter, read_html_document, read_markdown, read_text
from airegister.extraction.values import DATE_RE, find_license, modalities, parse_date, parse_size


@pytest.mark.parametrize(("text", "expected"), [
    ("May 2025", "2025-05"),
    ("July 23, 2024", "2024-07-23"),
    ("23 July 2024", "2024-07-23"),
    ("2024-07-23", "2024-07-23"),
    ("Sept. 2023", "2023-09"),
    ("dateMay 2025", "2025-05"),  # run-together text dumped from a page
])
def test_dates(text, expected):
    assert parse_date(DATE_RE.search(text)) == expected


def test_not_dates():
    assert DATE_RE.search("version 2025.1 of 12/31") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("8B", 8_000_000_000), ("1.5B", 1_500_000_000), ("405B", 405_000_000_000), ("125M", 125_000_000),
])
def test_sizes(text, expected):
    assert parse_size(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("released under the Apache License, Version 2.0.", "Apache-2.0"),
    ("License: Apache 2.0", "Apache-2.0"),
    ("under the MIT license", "MIT"),
    ("A custom commercial license, the Llama 3.1 Community License, is available", "Llama 3.1 Community License"),
    ("licensed CC BY-NC 4.0", "CC-BY-NC-4.0"),
    ("Terms of Use: Borealis Open Weights License", "Borealis Open Weights License"),
    ("The pre-trained models are licensed under the CC-BY-NC license", "CC-BY-NC"),
    ("under CC BY-NC-SA (see LICENSE)", "CC-BY-NC-SA"),
    ("licensed cc-by-nc-sa-4.0", "CC-BY-NC-SA-4.0"),
])
def test_licences(text, expected):
    assert find_license(text)[0] == expected


def test_modality_words():
    assert modalities("Text, images, audio and videos") == ["text", "image", "audio", "video"]
    assert modalities("screenshots and photos") == ["image"]


def extract_text(text: str, fmt: str = "text"):
    doc = {"text": read_text, "markdown": read_markdown, "html": read_html_document}[fmt](text)
    return {m.name: m for m in extract_document(doc).models}


def test_comparative_mentions_are_not_models():
    models = extract_text(
        "Kite 2 model card\nKite 2 is a compact model from Tern Labs. It outperforms Falcon-X 9 on our tests, "
        "and improves over our previous Kite 1.5. Kite 2 has a context window of 16K tokens.\n"
    )
    assert list(models) == ["Kite 2"]
    assert models["Kite 2"].context_window == 16000
    assert models["Kite 2"].developer == "Tern Labs"


def test_short_forms_and_family_names_are_resolved():
    models = extract_text(
        "Model report for Wisp Pro 3 and Wisp Lite 3\nThe Wisp 3 family: Wisp Pro 3 and Wisp Lite 3 are models "
        "from Ember AI. Pro 3 has a knowledge cutoff of March 2025. Lite 3 has a knowledge cutoff of June 2024.\n"
    )
    assert sorted(models) == ["Wisp Lite 3", "Wisp Pro 3"]
    assert models["Wisp Pro 3"].knowledge_cutoff == "2025-03"
    assert models["Wisp Lite 3"].knowledge_cutoff == "2024-06"


def test_sizes_listed_for_a_family_make_one_model_each():
    models = extract_text("# Gale 4\n\nGale 4 is available in 3B, 12B and 40B sizes.\n\n**License:** MIT\n",
                          "markdown")
    assert sorted(models) == ["Gale 4 12B", "Gale 4 3B", "Gale 4 40B"]
    assert models["Gale 4 12B"].parameters == 12_000_000_000
    assert all(m.license == "MIT" for m in models.values())


def test_nothing_stated_means_null():
    models = extract_text("Dune 2 overview\nDune 2 is our newest assistant. It is helpful and honest.\n")
    facts = models["Dune 2"].to_dict()
    assert all(facts[f] in (None, []) for f in ("release_date", "context_window", "license", "parameters",
                                               "knowledge_cutoff", "input_modalities", "access_surfaces"))
    assert facts["evidence"] == {}


def test_a_document_about_no_model_has_no_models():
    assert extract_text("Our company picnic was a success. Thanks to everyone who came!\n") == {}


def test_html_table_rowspan_and_header():
    doc = read_html_document(
        "<table><tr><th>Model</th><th>Params</th><th>Context</th></tr>"
        "<tr><td rowspan=2>Reed 2</td><td>7B</td><td>8K</td></tr><tr><td>70B</td><td>128K</td></tr></table>"
    )
    rows = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "row"]
    assert rows == ["Model: Reed 2 | Params: 7B | Context: 8K", "Model: Reed 2 | Params: 70B | Context: 128K"]


def test_markdown_front_matter_code_and_links():
    doc = read_markdown("---\nlicense: mit\ntitle: Reed card\n---\n# Reed 2\n\n```python\nx = 'Reed 9'\n```\n"
                        "See [the **docs**](https://example.invalid).\n")
    assert doc.meta["license"] == "mit" and doc.meta_lines["license"] == "license: mit"
    assert doc.title == "Reed card"
    assert "Reed 9" not in doc.text and "See the docs." in doc.text


def test_front_matter_aliases_are_refused():
    # A billion-laughs style front matter is ignored (read as no front matter), never expanded.
    meta, lines, offset = front_matter("---\na: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n---\nbody\n")
    assert meta == {} and offset == 0


def test_a_length_in_characters_is_not_a_context_window():
    models = extract_text("Wigeon-2 is our model.\n\nEffective support for ultra-long contexts of up to 200,000 "
                          "characters: Wigeon-2 finds a needle in long inputs.\n")
    assert [m.context_window for m in models.values()] == [None]


def test_a_tools_purpose_does_not_state_a_models_input():
    models = extract_text("Wigeon-3 is our model. We propose a processing framework [WigeonMapReduce] to support text "
                          "of any length.\n", "markdown")
    assert models["Wigeon-3"].input_modalities is None


def test_where_writing_about_a_model_is_read_is_not_an_access_surface():
    text = ("# Wigeon-4\n\nWigeon-4 is our 100B model. Training details can be found on **[Medium](https://medium.com/p/1)**"
            " and **[Habr](https://habr.com/ru/p/2/)** articles.\n\n- the tokenizer is not a class in the "
            "[Transformers](https://huggingface.co/docs/transformers/index) library.\n")
    result = extract_document(read_markdown(text))
    assert [m.access_surfaces for m in result.models] == [None]


def test_front_matter_is_about_the_cards_own_model_not_every_sibling_it_lists():
    text = ("---\nlicense: apache-2.0\npipeline_tag: text-generation\n---\n\n# Shoveler-7B-Chat: LLM for Chemistry\n\n"
            "Shoveler-7B-Chat is our chat model.\n\n- [Shoveler-7B-Chat-1.5-DPO](https://huggingface.co/shov/"
            "Shoveler-7B-Chat-1.5-DPO)\n- [Shoveler-7B-Chat-1.5-SFT](https://huggingface.co/shov/Shoveler-7B-Chat-1.5-SFT)\n")
    models = extract_text(text, "markdown")
    assert models["Shoveler-7B-Chat"].license == "Apache-2.0"
    assert models["Shoveler-7B-Chat-1.5-DPO"].license is None
    # 'text-generation' names no input or output type: no modality is read from it
    assert models["Shoveler-7B-Chat"].input_modalities is None


def test_a_pipeline_tag_that_spells_inputs_and_outputs_states_modalities():
    text = "---\npipeline_tag: image-text-to-text\n---\n\n# Smew-1.6-9B\n\nSmew-1.6-9B is our new model.\n"
    model = extract_text(text, "markdown")["Smew-1.6-9B"]
    assert sorted(model.input_modalities) == ["image", "text"]
    assert model.output_modalities == ["text"]
    assert model.evidence["input_modalities"] == "pipeline_tag: image-text-to-text"


def test_the_base_model_of_a_fine_tune_is_not_the_cards_model():
    text = ("---\nbase_model: othermaker/Merganser-7B-v0.1\n---\n\n# Scoter 2.5\n\nScoter 2.5 is our new model, "
            "a fine-tune of Merganser-7B-v0.1.\n\nMerganser-7B-v0.1 is a base model.\n")
    assert list(extract_text(text, "markdown")) == ["Scoter 2.5"]


def test_a_link_to_a_hub_users_profile_does_not_put_the_model_on_the_hub():
    text = ("# Wigeon-5\n\nWigeon-5 is our 82M model.\n\n## Acknowledgements\n\n"
            "- [@Pintail](https://huggingface.co/Pintail) for adding Wigeon-5 to an arena.\n")
    assert extract_text(text, "markdown")["Wigeon-5"].access_surfaces is None


def test_a_list_of_context_lengths_for_versions_is_no_models_context_window():
    models = extract_text("Wigeon-6 is our model. This release includes 2K and 32K context length versions for both "
                          "Base and Chat models.\n")
    assert [m.context_window for m in models.values()] == [None]


def test_a_bold_line_alone_is_a_heading_below_the_last_one_and_a_bold_lead_in_stays_a_label():
    doc = read_markdown("# Grebe\n\n## Results\n\n**Results and findings**\n\nGrebe wins.\n\n"
                        "**Model developers** Grebe Labs\n\n- **Grebe-7B**\n")
    blocks = [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks]
    assert blocks == [("heading", 1, "Grebe"), ("heading", 2, "Results"), ("heading", 3, "Results and findings"),
                      ("text", 0, "Grebe wins."), ("label", 0, "Model developers"), ("text", 0, "Grebe Labs"),
                      ("item", 0, "Grebe-7B")]


def test_a_cloud_one_deploys_the_model_on_oneself_is_not_an_access_surface():
    models = extract_text("# Wigeon-5\n\nWigeon-5 is our 1B speech model.\n\n1. Deploy it on any cloud "
                          "(AWS/GCP/Azure), "
                          "using our inference server.\n", "markdown")
    assert models["Wigeon-5"].access_surfaces is None


def test_a_service_one_uses_this_model_in_is_an_access_surface():
    models = extract_text("# Wigeon-6\n\nWigeon-6 is our layout model. You can use this model in the serverless "
                          "[Wigeon Partitioning Service](https://example.com/service).\n", "markdown")
    assert models["Wigeon-6"].access_surfaces == ["Wigeon Partitioning Service"]


def test_an_abbreviation_spelled_out_states_the_modalities():
    models = extract_text("# Wigeon-7\n\nWigeon-7 is a 1.2B parameter base model trained on 100K hours of speech for "
                          "TTS (text-to-speech).\n", "markdown")
    assert (models["Wigeon-7"].input_modalities, models["Wigeon-7"].output_modalities) == (["text"], ["audio"])


def test_the_institution_the_authors_are_from_is_the_developer_not_its_school():
    models = extract_text("# Wigeon-8B\n\nWigeon-8B is our chat model.\n\n## Citation\n\nWe are from the School of "
                          "Data Science, the Wigeon University of Hong Kong, Shenzhen (WUHKSZ), and the Shenzhen "
                          "Institute of Big Data (SIBD).\n", "markdown")
    assert models["Wigeon-8B"].developer == "Wigeon University of Hong Kong"


def test_a_link_naming_a_playground_is_an_access_surface():
    text = ('# Wigeon-9\n\n<p>\n<a href="https://demo.wigeon.example/"><b>Playground</b></a> | '
            '<a href="https://example.com/paper">Paper</a>\n</p>\n\nWigeon-9 is a 1B speech model.\n')
    assert extract_text(text, "markdown")["Wigeon-9"].access_surfaces == ["Playground"]



def test_trainable_parameters_are_the_models_size_unless_an_adapter_trains_them():
    text = "# Tern v2\n\nTern v2 is a Dutch language model.\n\nIts architecture has 12 layers with 117M trainable " \
        "parameters.\n"
    assert extract_document(read_markdown(text)).models[0].parameters == 117_000_000
    lora = text.replace("Its architecture has 12 layers with", "The LoRA adapter has")
    assert extract_document(read_markdown(lora)).models[0].parameters is None


@pytest.mark.parametrize("sentence", [
    "Gannet-12B supports up to 128K tokens of context.",
    "Gannet-12B has a 128K-token context window.",
    "Gannet-12B offers 128K context.",
])
def test_a_context_length_written_before_the_word_context_is_read(sentence):
    (model,) = extract_document(read_markdown(f"# Gannet-12B\n\n{sentence}\n")).models
    assert model.context_window == 128_000


@pytest.mark.parametrize("text, date", [("| 2023 Nov 2 | Release X |", "2023-11-02"), ("2024 March 5th", "2024-03-05")])
def test_a_date_written_year_first_with_the_months_name_is_read(text, date):
    assert parse_date(DATE_RE.search(text)) == date
