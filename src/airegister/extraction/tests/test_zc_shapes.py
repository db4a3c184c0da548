"""Shapes of vendor pages first seen in corpus sets zc and ze: sample headings, text encodings, conjunctions before
a name, sections named for a group of checkpoints, sizes written in words.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def names_of(text: str) -> list[str]:
    return sorted(m.name for m in extract_document(read_markdown(text)).models)


def test_a_cards_numbered_sample_headings_and_a_text_encoding_are_no_models():
    text = """# Grebe-72B-v0.1

We recently released Grebe-72B-v0.1, an open model. Files are read as UTF-8.

## Example 1

**Question:** What is 2 + 2?

## Example 2

**Question:** Name a colour.
"""
    assert names_of(text) == ["Grebe-72B-v0.1"]


def test_a_conjunction_opening_a_sentence_is_no_part_of_the_name_after_it():
    text = "# Grebe-2\n\nGrebe-2 is our language model. Because Grebe-2 1.5B is large, it is slow.\n"
    assert not any(name.startswith("Because") for name in names_of(text))


def test_sections_named_for_groups_of_checkpoints_are_no_models():
    text = """# Grebe zoo

## Multi-task Checkpoints

Checkpoints trained on several tasks at once.

## Single-task Checkpoints

Checkpoints trained on one task each.
"""
    assert names_of(text) == []


def test_sizes_written_in_words_that_the_document_released_are_its_family_sizes():
    text = """# Grebe-2 model card

This is the Grebe-2 family of models we are releasing.

1.5 billion parameters: the fourth and largest Grebe-2 version. We have also released 124 million, 355 million,
and 774 million parameter models.
"""
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    assert {"Grebe-2 124M", "Grebe-2 355M", "Grebe-2 774M"} <= set(models)
    assert models["Grebe-2 355M"].parameters == 355_000_000


def test_a_list_of_checkpoint_ids_a_sentence_says_we_have_names_one_model_each():
    text = """# Grebe 2

Grebe 2 generates audio from text.

We have three checkpoints you can choose for now:
1. **grebe2-full** (default): This checkpoint can make both sound effects and music.
2. **grebe2-music-665k**: This checkpoint is specialised on music.
3. **grebe2-full-large-650k**: This checkpoint is the larger version of grebe2-full.
"""
    assert {"grebe2-full", "grebe2-music-665k", "grebe2-full-large-650k"} <= set(names_of(text))
    # ... but a list of steps after 'we have' names none
    steps = """# Grebe 2

We have three steps you can follow for now:
1. **install**: This step installs the package.
2. **download**: This step fetches the files.
"""
    assert names_of(steps) in ([], ["Grebe 2"])


def test_a_link_to_an_own_repository_standing_alone_as_a_paragraph_names_a_model():
    link = "[heron-lab/grebe-{0}](https://huggingface.co/heron-lab/grebe-{0})"
    sections = "\n\n".join(f"### {task} + VQA\n\n- Huggingface Path\n\n{link.format(task.lower())}\n\n"
                           "- Training Dataset\n\nKonIQ, SPAQ." for task in ("Quality", "Aesthetic", "Image"))
    text = f"# Model Zoo\n\n## Checkpoints\n\n{sections}\n"
    assert names_of(text) == ["heron-lab/grebe-aesthetic", "heron-lab/grebe-image", "heron-lab/grebe-quality"]
    # ... not a link inside a sentence that only mentions it
    mention = "# Notes\n\nWe compared against [heron-lab/grebe-quality](https://huggingface.co/heron-lab/grebe-quality).\n"
    assert names_of(mention) == []


def test_links_to_the_weights_in_a_download_column_name_each_rows_repository():
    hub = "https://huggingface.co/heron/grebe-{0}/blob/main/diffusion_pytorch_model.bin"
    modes = (("Box+Text", "generation-text-box"), ("Keypoint", "generation-keypoint"), ("Canny", "generation-canny"))
    rows = [f"| Generation | {m} | [HF Hub]({hub.format(r)}) |" for m, r in modes]
    text = "\n".join(["# Grebe", "", "## Download Grebe models", "", "We provide three checkpoints.",
                      "| Mode | Modality | Download |", "|---|---|---|", *rows, ""])
    assert names_of(text) == ["grebe-generation-canny", "grebe-generation-keypoint", "grebe-generation-text-box"]


def test_a_repository_of_many_checkpoints_and_a_link_named_as_a_file_are_no_models():
    text = """# Grebe-7B

Grebe-7B is a video language model.
Checkpoints: [all weights](https://huggingface.co/heron/Grebe-Series/resolve/main/finetune-grebe7b.pth).
In ComfyUI use [`grebe.fp16.safetensors`](https://huggingface.co/heron/grebe-7b-x/blob/main/grebe.fp16.safetensors).
Install [LLVM-17.0.6](https://huggingface.co/heron/tools/resolve/main/LLVM-17.0.6-win64.exe) first.
"""
    assert names_of(text) == ["Grebe-7B"]


def test_sizes_inside_another_models_name_and_a_subjects_101_make_no_models():
    text = """# Grebe-2.1-Open

Grebe-2.1-Open detects hallucinations in the output of language models.

## Hallucination Detection 101

- Models judged: GPT-4-0613, Llama-2-7B/13B/70B-chat, and Mistral-7B-instruct.
"""
    assert names_of(text) == ["Grebe-2.1-Open"]


def test_a_braced_list_after_a_stem_names_one_model_per_item():
    hf = "https://huggingface.co/heron"
    text = f"""# Grebe-SDM

Grebe-SDMs are lightweight text-to-image (T2I) synthesis models.

- Available at Hugging Face: Grebe-SDM-{{[Base]({hf}/grebe-sdm-base), [Small]({hf}/grebe-sdm-small)}} and
  {{[Base-2M]({hf}/grebe-sdm-base-2m), [Small-2M]({hf}/grebe-sdm-small-2m)}}
"""
    names = names_of(text)
    assert {"Grebe-SDM-Base", "Grebe-SDM-Small", "Grebe-SDM-Base-2M", "Grebe-SDM-Small-2M"} <= set(names)
    assert "T2I" not in names


def test_a_lower_case_prefix_before_one_capital_is_part_of_a_sized_name():
    text = ("# Code models\n\nTo this end, we have open-sourced kiGrebe 7B Base, trained on 1.2T tokens.\n"
            "kiGrebe 7B Base stands out as the most effective model in code completion.\n")
    assert names_of(text) == ["kiGrebe 7B Base"]
    # ... not a word of that shape before a figure that is no size
    assert names_of("# Notes\n\nThe iPhone 15 runs it.\n") == []


def test_a_results_tables_download_column_of_own_repositories_names_each_rows_model():
    hf = "https://huggingface.co/heron-nlp/grebe-math-{0}"
    rows = [f"| `Grebe-Math-{size}` ({kind}) | {score} | 90.4 | [HuggingFace]({hf.format(f'{size}-{kind}'.lower())}) |"
            for size, kind, score in (("70B", "Uniform", 54.9), ("70B", "Hard", 56.1), ("8B", "Uniform", 46.6))]
    text = "\n".join(["# Grebe-Math", "", "## Models", "", "| Model | MATH | GSM8K | Download |", "|---|---|---|---|",
                      *rows, "| Llama-3-70B-Instruct | 50.4 | 93.0 | |", ""])
    names = names_of(text)
    # (the qualifiers tell the rows apart: each is part of its row's name, as the table writes it)
    assert {"Grebe-Math-70B (Uniform)", "Grebe-Math-70B (Hard)", "Grebe-Math-8B (Uniform)"} <= set(names)
    assert not any("Llama" in name for name in names)


def test_a_news_lines_verb_in_the_past_is_no_part_of_the_name_after_it():
    text = "# Grebe\n\n## News\n\n- **[2024/09/13]** Released Grebe-MoE-A36B, our mixture-of-experts model.\n"
    assert names_of(text) == ["Grebe-MoE-A36B"]


def test_data_sets_named_with_a_number_are_no_models_but_fine_tunes_named_after_them_are():
    text = """# Grebe transformers

| Model | CIFAR-10 | CIFAR-100 | ImageNet-1K |
| --- | --- | --- | --- |
| ResNet | 91.4% | 69.7% | 76.1% |

Trained on the LDC Chinese Treebank 7.
"""
    assert names_of(text) == []
    card = "# grebe-base-squad2\n\nThis is the grebe-base-squad2 model, fine-tuned on SQuAD2.0 for answering.\n"
    assert names_of(card) == ["grebe-base-squad2"]


def test_links_a_models_heading_offers_name_the_repositories_models():
    hf = "https://huggingface.co/heron-ltl/GrebeBERT-from-PubMed"
    text = f"""# GrebeBERT: Self-alignment pretraining

### English Models: [\\[GrebeBERT\\]]({hf}) and [\\[GrebeBERT-mean\\]]({hf}-mean)
Standard GrebeBERT as described in the paper.
"""
    assert len(names_of(text)) == 2


def test_package_ids_linking_to_anchors_on_the_sites_model_pages_name_models():
    rows = [f"| [`{p}`](/models/gr#{p}) | Greek | 98.2 | 87.4 |" for p in ("gr_core_news_sm", "gr_core_news_md")]
    text = "\n".join(["# What's new in Grebe v3.1", "", "### New pipeline packages", "",
                      "Grebe v3.1 adds 2 new pipeline packages for Greek.", "",
                      "| Package | Language | UPOS | NER F |", "| --- | --- | ---: | ---: |", *rows, ""])
    assert {"gr_core_news_md", "gr_core_news_sm"} <= set(names_of(text))


def test_a_models_tables_package_ids_are_its_models_under_their_own_spelling():
    text = """# grebespacy

| Model | Description | Install URL |
|:------|:------------|:------------|
| en_core_grb_sm | A full pipeline for biomedical data. | [Download](https://example.org/en_core_grb_sm.tar.gz) |
| en_ner_bc5cdr_md | A NER model trained on the BC5CDR corpus. | [Download](https://example.org/bc5cdr.tar.gz) |
"""
    assert names_of(text) == ["en_core_grb_sm", "en_ner_bc5cdr_md"]


def test_a_project_licence_that_covers_its_weights_is_the_models():
    base = "# Grebe-7B\n\nGrebe-7B is a text-to-image model.\n\n## License\n"
    for line in ("This project, along with its weights, is subject to the [CreativeML Open RAIL-M license](LICENSE).",
                 "This project including the weights are distributed under [CreativeML Open RAIL-M license](LICENSE)."):
        model = extract_document(read_markdown(base + line + "\n")).models[0]
        assert model.license == "CreativeML OpenRAIL-M", line
    code_only = extract_document(read_markdown(base + "This project is subject to the [MIT License](LICENSE).\n"))
    assert code_only.models[0].license is None


def test_an_faq_questions_first_word_and_two_word_ids_in_a_models_table():
    rows = [f"| [{n}](../experiments/{n}.sh) | 4 | {t} | 45ms | {v} | {w} | [model](https://example.org/open?id={n}) |"
            for n, t, v, w in (("mot17_fulltrain", "4h", "-", "67.3 (Private)"), ("mot17_half", "2h", "66.1", "-"),
                               ("kitti_half", "2h", "88.7", "-"))]
    text = "\n".join(["# Grebe zoo", "", "### MOT17", "",
                      "| Model | GPUs | Train time | Test time | Validation MOTA | Test MOTA | Download |",
                      "|---|---|---|---|---|---|---|", *rows, "", "## FAQ", "",
                      "### Can Grebe11 be deployed on edge devices?", ""])
    names = names_of(text)
    assert {"mot17_fulltrain", "mot17_half", "kitti_half"} <= set(names)
    assert not any(name.startswith("Can ") for name in names)


def test_a_list_of_ids_each_described_after_a_comma_that_a_sentence_introduces_as_models():
    text = """# Grebe Farm

## Downloading pre-tuned Grebe models

The current list of models (
available [here](https://huggingface.co/heron)) includes:

- `reward-model-sim`, the reward model trained on simulated preference data.
- `ppo-sim`, the best PPO checkpoint trained in simulation.
- `ppo-human`, the best PPO checkpoint trained on human data.
"""
    assert {"reward-model-sim", "ppo-sim", "ppo-human"} <= set(names_of(text))
    steps = "# Grebe\n\nThe list of steps includes:\n\n- `install`, the first step.\n- `run`, the second step.\n"
    assert names_of(steps) == []


def test_a_zoo_of_a_familys_sizes_with_results_and_weights_names_each_row():
    drive = "https://drive.google.com/file/d/{0}/view"
    rows = [f"| Grebe-{tier} | 224 | {acc} | {params} | [config](c/{tier}.py) | [Google]({drive.format(tier)}) |"
            for tier, acc, params in (("Tiny", 75.1, 13.2), ("Small", 79.8, 24.5), ("Large", 81.7, 61.4))]
    text = "\n".join(["# Grebe", "", "## Model Zoo", "", "| Method | Size | Acc@1 | #Params (M) | Config | Download |",
                      "|---|:---:|:---:|:---:|---|---|", *rows, ""])
    assert names_of(text) == ["Grebe-Large", "Grebe-Small", "Grebe-Tiny"]


def test_a_size_list_read_into_another_names_first_size_is_that_names_not_the_titles():
    text = """# Grebe v2 & v2.1

### Grebe v2.1

Grebe v2.1 is a mixture-of-experts model with 671 billion total parameters.

### Grebe v2

Grebe v2 70B, 109B, and 405B are optimised for speed.
"""
    names = names_of(text)
    assert not any(name.startswith("Grebe v2.1 ") and not name.endswith("671B") for name in names), names


def test_a_pricing_tables_rows_are_the_models_it_sells():
    text = """# Models

Grebe offers several speech recognition models.

| Model | Price per Minute | Volume discounts |
| --- | --- | --- |
| Universal | $0.27/hr | Available |
| Slam-1 | $0.27/hr | Available |
| Nano | $0.12/hr | Available |
"""
    assert names_of(text) == ["Nano", "Slam-1", "Universal"]


def test_what_a_title_says_its_model_was_trained_on_is_no_model():
    text = "# Grebe-v1.0.alpha on COYO-100M and CC15M\n\nGrebe-v1.0.alpha is a text-to-image model.\n"
    assert names_of(text) == ["Grebe-v1.0.alpha"]


def test_a_name_written_only_as_what_the_model_was_based_on_is_its_base():
    text = """---
license: cc-by-nc-sa-4.0
pipeline_tag: audio-classification
---

# Model for Speech Emotion Recognition based on Grebe 2.0

The model was created by fine-tuning a large speech model on podcasts.

```python
model_name = 'heron/grebe2-large-robust-12-ft-emotion'
model = EmotionModel.from_pretrained(model_name)
```
"""
    assert "Grebe 2.0" not in names_of(text)
