"""Finding the models a document describes (names.py): titles and names written in lower case, hardware, venues and
teams that are not models.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def by_name(result):
    return {m.name: m for m in result.models}


def test_a_team_named_with_a_possessive_is_its_organisations():
    text = "# Scaup-7B\n\nScaup-7B is a decoder model. It was trained by Scaupworks’s NLP team on the Scaupworks " \
           "platform.\n"
    assert by_name(extract_document(read_markdown(text)))["Scaup-7B"].developer == "Scaupworks"


def test_a_name_the_title_writes_in_lower_case_is_found_as_if_capitalised():
    text = """# grebe: an open reproduction of a language model

We release grebe 7B and grebe 13B, trained on one trillion tokens.

- grebe 7B: a context length of 2048 tokens
- grebe 13B: a context length of 4096 tokens
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["grebe 13B", "grebe 7B"]  # the names as the document writes them
    assert models["grebe 13B"].context_window == 4096


def test_only_a_lower_case_title_word_is_a_lower_case_name_stem():
    from airegister.extraction.name_stems import cased_text, lower_title_stem

    assert lower_title_stem("Model Card: grebe") == "grebe"
    assert lower_title_stem("grebe-GPT") == "grebe"
    assert lower_title_stem("Grebe 7B") is None  # a capitalised name is found by its shape already
    assert lower_title_stem("the models") is None
    # the same length, so every position stays the document's; an address keeps its case
    assert cased_text("grebe 7B at hf.co/org/grebe-7b; grebe", "grebe") == "Grebe 7B at hf.co/org/grebe-7b; Grebe"


def test_a_lower_case_name_introduced_as_a_model_at_a_sentences_start_or_named_by_the_title_is_the_model():
    defined = "heron is a 1.6B parameter text-to-speech model created by Wader Labs.\n\nheron runs on one GPU.\n"
    assert list(by_name(extract_document(read_markdown(defined)))) == ["heron"]
    introduced = ("# heron TTS\n\nWe're excited to introduce heron, our first open source TTS model.\n\n"
                  "Try heron today.\n")
    assert list(by_name(extract_document(read_markdown(introduced)))) == ["heron"]
    # ... or presented ('We present heron - a … model'), its title spelling it so
    presented = ("# heron -- Multimodal Augmentation of Language Models\n\n"
                 "We present heron - a simple method for augmenting generative language models.\n\nheron is fast.\n")
    assert list(by_name(extract_document(read_markdown(presented)))) == ["heron"]
    # an ordinary lower-case word after 'introduce', not in the title, names nothing
    ordinary = "# Notes\n\nWe introduce weights, a new format for models.\n\nThe weights are small.\n"
    assert list(by_name(extract_document(read_markdown(ordinary)))) == []
    assert list(by_name(extract_document(read_markdown(ordinary.replace("introduce", "present"))))) == []


def test_the_name_the_opening_sentence_defines_finds_its_lower_case_versions():
    # No title names the model ('# About'); the opening sentence defines it, and the news lists its releases in
    # lower case ('heron 0.4.1'), as the API ids are written ('heron-0.4').
    text = ("# About\n\nHeron is a multimodal language model that understands speech.\n\n"
            "## News\n\n- 2024/11: heron 0.4.1 available\n- 2024/08: heron 0.4 available\n\n"
            "The API serves `heron-0.4` too.\n")
    assert {"heron 0.4", "heron 0.4.1"} <= set(by_name(extract_document(read_markdown(text))))
    # an opening sentence defining no model ('a method') gives no stem: the lower-case word stays a word
    method = ("# About\n\nHeron is a method for tuning.\n\n- 2024/11: heron 0.4.1 notes\n"
              "- 2024/08: heron 0.4 notes\n")
    assert list(by_name(extract_document(read_markdown(method)))) == []


def test_a_versioned_lower_case_name_the_opening_sentence_defines_is_the_model():
    text = """# GreBERT

grebert-v2 is a Dutch language model based on RoBERTa.

| Model | Accuracy |
|---|---|
| mBERT | 91.2 |
| grebert-v2 | **95.1** |

With small data sets grebert-v2 outperforms other models.
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["grebert-v2"]


def test_the_document_stems_are_a_lower_case_title_word_and_an_opening_definitions_name():
    from airegister.extraction.name_stems import cased_text, name_stems

    assert name_stems("grebe: a language model", []) == ["grebe"]
    assert name_stems("About", ["Grebe is a speech model.", "grebe 0.4 is out."]) == ["grebe"]
    assert name_stems("Grebe v2", ["It is a model."]) == []  # a capitalised title: its name is found by its shape
    assert name_stems("GreBERT", ["grebert-v2 is a Dutch language model."]) == ["grebert"]
    assert cased_text("grebe 0.4 and heron-2 beside grebe; heron", ["grebe", "heron"]) \
        == "Grebe 0.4 and Heron-2 beside Grebe; Heron"


def test_a_long_name_defining_its_abbreviation_introduces_the_abbreviation_as_the_model():
    text = ("Agronomic Grebe Transformer (AgroGT) is a novel foundational large language model trained on plant "
            "genomes.\n\nAgroGT reaches state-of-the-art results.\n")
    assert list(by_name(extract_document(read_markdown(text)))) == ["AgroGT"]
    # a plural kind of models defined so ('… Models (LFMs) are a family …') introduces no model
    kind = ("Grebe Foundation Models (GFMs) are a family of language models.\n\nGFMs run on phones.\n")
    assert list(by_name(extract_document(read_markdown(kind)))) == []


def test_a_variant_word_after_a_spaced_size_is_part_of_the_name():
    text = ("# Grebe models\n\nWe release Grebe 7B and Grebe 7B Chat, trained on one trillion tokens.\n\n"
            "- Grebe 7B: a context length of 4096 tokens\n- Grebe 7B Chat: a context length of 8192 tokens\n")
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["Grebe 7B", "Grebe 7B Chat"]  # 'Grebe 7B Chat' is not a spelling of 'Grebe 7B'
    assert models["Grebe 7B Chat"].context_window == 8192


def test_a_context_length_in_a_name_is_part_of_it():
    text = ("# Grebe\n\nWe release Grebe 6B and Grebe 6B 200K, a long-context version.\n\n"
            "| Model | Context |\n| --- | --- |\n| Grebe 6B | 4K |\n| Grebe 6B 200K | 200K |\n")
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["Grebe 6B", "Grebe 6B 200K"]  # not 'Grebe 6B 200'
    assert models["Grebe 6B 200K"].context_window == 200_000


def test_a_score_after_a_sized_name_is_not_its_version():
    from airegister.extraction.name_shapes import clean_name

    assert clean_name("Grebe-7B 71.6", set()) == "Grebe-7B"
    assert clean_name("Grebe 2 7B", set()) == "Grebe 2 7B"  # a version before the size stays
    assert clean_name("Grebe 2.5", set()) == "Grebe 2.5"  # and a version with no size


def test_a_dated_heading_and_an_accelerator_are_not_models():
    from airegister.extraction.name_shapes import clean_name

    assert clean_name("Update 2022-02-10", set()) is None  # the digits are a date, not a version
    assert clean_name("News 2024.05", set()) is None
    assert clean_name("RTX 3090 24", set()) is None  # the GPU a run used
    assert clean_name("grebe-2024-05", set()) == "grebe-2024-05"  # a dated snapshot joins the date to its name
    assert clean_name("Grebe 2 2024-05-01", set()) == "Grebe 2 2024-05-01"  # a version beside a date stays
    text = """# Grebe

## Update 2022-02-10
We released Grebe-7B, fine-tuned on 8 RTX 3090 24G GPUs.
"""
    assert [m.name for m in extract_document(read_markdown(text)).models] == ["Grebe-7B"]


def test_a_card_titled_by_a_description_is_about_the_versionless_repository_it_loads():
    text = """---
license: apache-2.0
---
# Sparse DETR model trained on PubLayNet

Sparse DEtection TRansformer (DETR), trained on PubLayNet.

```python
processor = AutoImageProcessor.from_pretrained("Loonlab/sparse-detr-PubLayNet")
model = SparseDetrForObjectDetection.from_pretrained("Loonlab/sparse-detr-PubLayNet")
```
"""
    models = by_name(extract_document(read_markdown(text)))
    assert list(models) == ["sparse-detr-PubLayNet"]
    assert models["sparse-detr-PubLayNet"].license == "Apache-2.0"


def test_a_versionless_repository_the_title_does_not_spell_names_no_model():
    text = """# Usage

The library runs models.

```python
tok = AutoTokenizer.from_pretrained("someone/roberta-large")
model = AutoModel.from_pretrained("someone/roberta-large")
```
"""
    assert list(by_name(extract_document(read_markdown(text)))) == []


def test_a_lower_case_family_in_the_title_names_its_size_words_and_a_lower_case_title_defines_the_model():
    sizes = """# grebe - Portuguese BERT

This repository contains pre-trained grebe models for Brazilian Portuguese.

## Evaluation

grebe Base and grebe Large reach the best results on both tasks.
"""
    assert sorted(by_name(extract_document(read_markdown(sizes)))) == ["grebe Base", "grebe Large"]
    defined = """# grebe is an open source image model fine tuned on 100k images, by Wader Labs

Include 'grebe style' in your prompt. grebe v4 was trained on more images.

# grebe Links
- Prompts: wader.example.com
"""
    assert "grebe" in by_name(extract_document(read_markdown(defined)))


def test_a_family_the_title_writes_in_capitals_names_its_size_words():
    sizes = """# GREBE - Portuguese BERT

This repository contains pre-trained GREBE models for Brazilian Portuguese.

- [GREBE Base model card](https://example.com/base)
- [GREBE Large model card](https://example.com/large)
"""
    assert sorted(by_name(extract_document(read_markdown(sizes)))) == ["GREBE Base", "GREBE Large"]
    # an acronym the title opens with, followed by one size word only, names no family of sizes
    one = "# NLP - Portuguese tools\n\nNLP Base is a set of scripts.\n"
    assert by_name(extract_document(read_markdown(one))) == {}


def test_a_lower_case_name_with_spaces_is_prose_not_a_repository_id():
    text = """# grebe: open chat models

We release grebe 3.2, our best chat model. grebe 3.2 has a context length of 4096 tokens.

Download grebe V3.2 from the hub.
"""
    assert list(by_name(extract_document(read_markdown(text)))) == ["grebe 3.2"]  # as the prose writes it most


def test_a_title_naming_its_model_in_lower_case_names_it_as_a_capitalised_title_would():
    card = """# Model Card: grebe

grebe is a transformer that turns text into audio, from Wader Labs.

## Model Details

grebe was trained on 10,000 hours of speech.
"""
    assert list(by_name(extract_document(read_markdown(card)))) == ["grebe"]
    subject = """# grebe VAD

**grebe VAD** - a pre-trained voice activity detector.

grebe VAD has excellent results on speech detection tasks.

grebe VAD was trained on huge corpora that include over 100 languages.
"""
    assert list(by_name(extract_document(read_markdown(subject)))) == ["grebe VAD"]


def test_an_acronym_with_a_year_is_a_venue_not_a_model():
    text = """Official research release for the **Grebe1** models (`2B`, `6B`, `16B`) as presented in ICLR 2023:

*Grebe: An Open Large Language Model for Code* (ICLR 2023)

The Grebe1 models are available on the Hugging Face Hub.
"""
    names = list(by_name(extract_document(read_markdown(text))))
    assert not any("ICLR" in name for name in names)


def test_an_accelerator_named_with_its_memory_is_hardware_not_a_model():
    text = ("# Tern-Speech-7B\n\nTern-Speech-7B transcribes speech.\n\n"
            "Run `python infer.py` on an A100-SXM-80GB or an H100-80G; an MI300X works too.\n")
    names = {m.name for m in extract_document(read_markdown(text)).models}
    assert names == {"Tern-Speech-7B"}


def test_a_sized_title_its_first_sentence_defines_is_the_cards_model_without_front_matter():
    members = ("## Models finetuned off Grebe-7B\n\n"
               "* [Grebe-7B-Instruct](https://example.com/a): a model for instruction following.\n"
               "Built by finetuning Grebe-7B on a dataset we release.\n\n"
               "* [Grebe-7B-Chat](https://example.com/b): a chatbot-like model for dialogue.\n"
               "Built by finetuning Grebe-7B on chats.\n")
    card = "# Grebe-7B\n\nGrebe-7B is a decoder-style transformer pretrained on 1T tokens.\n\n" + members
    assert sorted(by_name(extract_document(read_markdown(card)))) == ["Grebe-7B", "Grebe-7B-Chat",
                                                                      "Grebe-7B-Instruct"]
    # A README the title heads without defining it there is a family's: its members are the models.
    readme = "# Grebe-7B\n\nThis repository holds the weights and the code of our models.\n\n" + members
    assert sorted(by_name(extract_document(read_markdown(readme)))) == ["Grebe-7B-Chat", "Grebe-7B-Instruct"]


def test_a_heading_naming_a_family_with_a_capital_inside_its_first_word_names_its_table_of_sizes():
    text = """# Dirge

Dirge is a collection of encoder models.

## Models

### grebe-RoBERTa Longformer

| Size | Parameters | Context |
|---|---|---|
| base | 149M | 4096 |
| large | 435M | 4096 |

Load them as `org/grebe-roberta-longformer-base` and `org/grebe-roberta-longformer-large`.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert sorted(models) == ["grebe-RoBERTa Longformer base", "grebe-RoBERTa Longformer large"]
    assert models["grebe-RoBERTa Longformer large"].parameters == 435_000_000
    # a heading of plain lower-case words names no family: the sizes take the title's
    plain = {m.name for m in extract_document(read_markdown(text.replace("### grebe-RoBERTa", "### sizes"))).models}
    assert plain == {"Dirge base", "Dirge large"}
