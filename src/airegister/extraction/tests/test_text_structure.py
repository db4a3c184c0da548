"""Plain text read for its structure (text_reader.py): headings from short lines standing over longer ones,
setext underlines and numbered section lines; tables from tab-separated rows; list items from bullets."""

import re

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_text

COPIED = """Tern model overview
Tern is a family of open language models trained by Falconry Labs.
Models
The following table lists the released models.
Model\tParameters\tContext length
Tern-Small\t3B\t8192
Tern-Large\t70B\t32768
Licence
All Tern models are released under the Apache 2.0 license.
"""


def blocks(doc):
    return [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks]


def test_a_page_copied_as_text_keeps_its_headings_and_its_table():
    doc = read_text(COPIED)
    read = blocks(doc)
    assert ("heading", 1, "Tern model overview") in read
    assert ("heading", 2, "Models") in read and ("heading", 2, "Licence") in read
    assert [text for kind, _level, text in read if kind == "row"] == [
        "Model: Tern-Small | Parameters: 3B | Context length: 8192",
        "Model: Tern-Large | Parameters: 70B | Context length: 32768"]
    models = {m.name: m for m in extract_document(doc).models}
    assert set(models) == {"Tern-Small", "Tern-Large"}
    assert models["Tern-Large"].context_window == 32768
    assert "32768" in models["Tern-Large"].evidence["context_window"]


def test_a_wrapped_paragraphs_short_line_is_not_a_heading():
    doc = read_text("Tern Report\n\nTern-7B is a model trained on public data and released under the Apache\n"
                    "License 2.0 by Falconry\nLabs in March 2025 for research and for commercial use of all kinds.\n")
    assert [text for kind, _level, text in blocks(doc) if kind == "heading"] == ["Tern Report"]


def test_underlined_and_numbered_section_lines_are_headings():
    doc = read_text("Tern-7B\n=======\n\nAbstract\nWe introduce Tern-7B, an open model for text.\n\n"
                    "2.1 Intended uses\nTern-7B answers questions in English and French.\n\n"
                    "License: MIT\nAll weights are public.\n")
    headings = [(level, text) for kind, level, text in blocks(doc) if kind == "heading"]
    assert headings == [(1, "Tern-7B"), (2, "Abstract"), (3, "2.1 Intended uses")]


def test_a_capital_inside_a_word_of_a_line_of_its_own_is_a_name_not_text_run_together():
    # Only a long line (a page's text saved without its layout) may run words together ('dateMay 2025').
    doc = read_text("SkyLark-1B\nSkyLark-1B is a 1.2B parameter base model trained on 100K hours of speech for "
                    "text-to-speech.\nWe are releasing SkyLark-1B under the Apache 2.0 license.\n")
    models = {m.name: m for m in extract_document(doc).models}
    assert set(models) == {"SkyLark-1B"}
    assert models["SkyLark-1B"].parameters == 1_200_000_000 and models["SkyLark-1B"].license == "Apache-2.0"


def test_short_lines_opening_alike_are_a_list_copied_without_its_bullets():
    doc = read_text("Tern fine-tuning\nTern fine-tuning is a tool to fine-tune the base models of Falconry Labs.\n"
                    "We support the following base models:\nFalconry's Tern Small in the hub\n"
                    "Falconry's Tern Large in the hub\nFalconry's Tern Large 2025-08 in the hub\n"
                    "We also support any model built on one of these.\n")
    read = blocks(doc)
    assert [text for kind, _level, text in read if kind == "item"] == [
        "Falconry's Tern Small in the hub", "Falconry's Tern Large in the hub",
        "Falconry's Tern Large 2025-08 in the hub"]
    assert [text for kind, _level, text in read if kind == "heading"] == ["Tern fine-tuning"]


def test_one_word_lines_after_the_line_introducing_them_are_a_list_copied_without_its_bullets():
    doc = read_text("Tern\nTern is a toolkit from Falconry Labs to train and run embedding models.\n"
                    "Pretrained models\nWe provide pretrained models at the following locations:\n"
                    "tern-embed-v1\ntern-embed-v1-unsupervised\ntern-bert-2048\ntern-xlm-2048\n"
                    "Inference\nYou can run inference with the command below and any of the models above.\n")
    read = blocks(doc)
    assert [text for kind, _level, text in read if kind == "item"] == [
        "tern-embed-v1", "tern-embed-v1-unsupervised", "tern-bert-2048", "tern-xlm-2048"]
    assert ("heading", 2, "Inference") in read  # the last word over a longer line heads it
    names = {m.name for m in extract_document(doc).models}
    assert {"tern-embed-v1", "tern-bert-2048", "tern-xlm-2048"} <= names


def test_lines_opening_with_a_term_and_a_colon_after_the_line_introducing_them_are_list_items():
    doc = read_text("Tern models\nTern are open models trained by Falconry Labs. It contains 2 models:\n"
                    "Tern-7B: a decoder-style transformer pretrained on 1T tokens of text and code, with 8k context.\n"
                    "Tern-7B-Instruct: a model for instruction following, built by finetuning Tern-7B on chat data.\n"
                    "Tern FAQ\nWhen would I choose one over the other? Use the instruct model for most tasks.\n")
    assert [text.split(":")[0] for kind, _level, text in blocks(doc) if kind == "item"] == [
        "Tern-7B", "Tern-7B-Instruct"]


def test_a_long_first_line_over_a_longer_one_titles_the_page():
    doc = read_text("Tern: An Efficient Language Model Family with Open Training and Inference Framework\n"
                    "We provide pretraining, evaluation and instruction tuning code along with pretrained models and "
                    "checkpoints of Tern.\nCitation\nIf you find our work useful, please cite the paper below.\n")
    assert [(level, text) for kind, level, text in blocks(doc) if kind == "heading"] == [
        (1, "Tern: An Efficient Language Model Family with Open Training and Inference Framework"), (2, "Citation")]


def test_a_title_over_a_sections_heading_is_still_the_title():
    doc = read_text("Tern Model Card\nModel\nTern consists of pure transformer blocks for latent diffusion.\n")
    assert [(level, text) for kind, level, text in blocks(doc) if kind == "heading"] == [
        (1, "Tern Model Card"), (2, "Model")]


def test_a_picture_before_a_headings_words_is_read_past():
    doc = read_text("\U0001f431 Tern Model Card\nTern consists of pure transformer blocks for latent diffusion.\n"
                    "\u2728 Features\nTern generates 1024px images from text prompts in a single sampling process.\n")
    assert [(level, text) for kind, level, text in blocks(doc) if kind == "heading"] == [
        (1, "\U0001f431 Tern Model Card"), (2, "\u2728 Features")]


def test_code_lines_after_a_colon_are_no_list():
    doc = read_text("Tern\nTern is a toolkit from Falconry Labs.\nRun the following:\n"
                    "outputs = model.generate(\nmax_new_tokens=128,\ntop_k=1,\ndo_sample=True\n")
    assert not [text for kind, _level, text in blocks(doc) if kind == "item"]


TAGGERS = """Tern Tagger, v2.1 - 2021-04-02

This document describes the models included in this release.

English taggers
---------------------------
en-left3words.tagger
Trained on news text using the left3words architecture.
Performance:
96.97% correct on held-out news

en-left3words-distsim.tagger
Trained on news text using the left3words architecture with distributional similarity features.

en-left3words-caseless.tagger
Trained on news text using the left3words architecture. Ignores case.

en-bidirectional.tagger
Trained on news text using a bidirectional architecture.

French tagger
---------------------------
french.tagger
Trained on the French treebank, whose tagset was jointly developed by the Institut für Sprachverarbeitung of a
university.
"""


def test_paragraphs_each_opening_with_a_lone_identifier_line_list_the_documents_models():
    result = extract_document(read_text(TAGGERS))
    names = {m.name for m in result.models}
    assert names == {"en-left3words.tagger", "en-left3words-distsim.tagger", "en-left3words-caseless.tagger",
                     "en-bidirectional.tagger", "french.tagger"}
    assert all(m.developer is None for m in result.models)  # 'the Institut' cut short names no maker


def test_lone_identifier_lines_in_capitals_read_as_headings_still_list_the_documents_models():
    # 'EN-LEFT3WORDS.tagger' opens with a capital: a plain-text reader takes the short line for a heading
    text = re.sub(r"^(en|french)(?=[\w-]*\.tagger$)", lambda m: m.group(1).upper(), TAGGERS, flags=re.M)
    assert "EN-left3words.tagger" in text
    names = {m.name for m in extract_document(read_text(text)).models}
    assert names == {"EN-left3words.tagger", "EN-left3words-distsim.tagger", "EN-left3words-caseless.tagger",
                     "EN-bidirectional.tagger", "FRENCH.tagger"}


def test_lone_identifier_lines_written_after_their_organisation_name_the_models_without_it():
    text = re.sub(r"^(?=[\w-]+\.tagger$)", "acme-nlp/", TAGGERS, flags=re.M)
    assert "acme-nlp/french.tagger" in text
    names = {m.name for m in extract_document(read_text(text)).models}
    assert names == {"en-left3words.tagger", "en-left3words-distsim.tagger", "en-left3words-caseless.tagger",
                     "en-bidirectional.tagger", "french.tagger"}


def test_lone_identifier_lines_in_a_document_not_about_models_name_none():
    text = """Release notes

Version 2.1 of the toolkit changes how files are read.

read_csv.v2
Reads comma-separated files with a header line.

read_tsv.v2
Reads tab-separated files with a header line.

read_json.v2
Reads one record a line.
"""
    assert not {m.name for m in extract_document(read_text(text)).models} & {"read_csv.v2", "read_tsv.v2"}


def test_a_wrapped_line_before_a_joining_word_or_holding_a_sentences_end_is_no_heading():
    text = """Tern NER

INCLUDED MODELS

The basic included model labels PERSON, ORGANIZATION and LOCATION entities in news text.
Because this model is trained on both US
and UK newswire, it is fairly robust across the two domains.

A second model labels PERSON, ORGANIZATION,
LOCATION, and MISC. It is named
after the shared task it was trained for, which was held in 2003 with several teams.
"""
    headings = [t for kind, _level, t in blocks(read_text(text)) if kind == "heading"]
    assert headings == ["Tern NER", "INCLUDED MODELS"]


SHIPPED = """Tern NER - v1.2 - 2020-03-01

This package provides a named entity recognizer and pre-trained models for English.

INCLUDED SERIALIZED MODELS

The basic included model is a 3 class tagger. It is included as
english.all.3class.tern.crf.ser.gz. It is trained on news text.

A second model labels four classes. It is named
english.conll.4class.tern.crf.ser.gz .

QUICKSTART

Run it on a file:

java -cp tern.jar Tern -loadClassifier classifiers/english.all.3class.tern.crf.ser.gz -textFile sample.txt
Save a combined model with -serializeTo combined.ncc.ser.gz and read the output in sample.tsv or notes.txt.
"""


def test_the_files_a_section_on_the_included_models_names_in_its_prose_are_its_models():
    names = {m.name for m in extract_document(read_text(SHIPPED)).models}
    assert names == {"english.all.3class.tern.crf.ser.gz", "english.conll.4class.tern.crf.ser.gz"}


def test_a_shipped_file_written_after_one_folder_is_still_a_model_a_longer_paths_tail_is_not():
    text = SHIPPED.replace("It is included as\n", "It is included as\nacme/").replace(
        "It is named\n", "It is named\nacme/").replace(
        "\nQUICKSTART", "A copy is kept at edu/acme/nlp/models/english.muc.7class.tern.crf.ser.gz.\n\nQUICKSTART")
    names = {m.name for m in extract_document(read_text(text)).models}
    assert names == {"english.all.3class.tern.crf.ser.gz", "english.conll.4class.tern.crf.ser.gz"}


def test_files_under_the_title_in_code_or_holding_documents_name_no_model():
    text = """Tern Pretrained Models

Tern-Base reads Japanese text. Please download and unzip tern-base.zip and tern-large.zip first.

Available pretrained models

model = Tern("tern-base.pt")  # load the base model
Read the notes in NOTES.md and the settings in tern-base.yaml and tern-large.yaml before you start.
"""
    names = {m.name for m in extract_document(read_text(text)).models}
    assert not any("." in name for name in names)


def test_a_row_of_empty_cells_inside_a_tab_table_does_not_end_it():
    text = ("Tern benchmark\n\nWe have trained 2 models: Tern-BERT and Tern-RoBERTa.\n"
            "Model\tEmbedding size\tHidden size\t# Layers\t# Heads\n"
            "Tern-BERT-base\t768\t768\t12\t12\n"
            "\t\t\t\t\n"
            "Tern-RoBERTa-small\t768\t768\t6\t12\n"
            "Tern-RoBERTa-large\t1024\t1024\t24\t16\n"
            "All baselines are on our site.\n")
    assert {m.name for m in extract_document(read_text(text)).models} == {
        "Tern-BERT-base", "Tern-RoBERTa-small", "Tern-RoBERTa-large"}


def test_hub_ids_opening_their_lines_over_a_description_are_models_of_a_page_copied_as_text():
    text = ("Available Evaluation Models\n"
            "Within Tern, there are several evaluation models available. The primary ones are:\n"
            "Default Model: falconry/tern22-eval-da - This model employs a reference-based regression approach.\n"
            "Reference-free Model: falconry/tern22-evalkiwi-da - This model needs no reference.\n"
            "Older scores can be compared with falconry/tern20-eval-da, which we no longer recommend.\n"
            "Unified Models:\n"
            "falconry/unite-mup - This is the original Unified metric.\n")
    names = {m.name for m in extract_document(read_text(text)).models}
    assert {"tern22-eval-da", "tern22-evalkiwi-da", "unite-mup"} <= names, names
    assert "tern20-eval-da" not in names  # named in a sentence, not listed


def test_a_header_over_a_single_tab_separated_row_is_a_table():
    text = ("Tern release\n\nOne model is released today.\n"
            "Model\tParameters\tContext length\n"
            "Tern-Small\t3B\t8192\n"
            "Weights are on our site.\n")
    rows = [text for kind, _level, text in blocks(read_text(text)) if kind == "row"]
    assert rows == ["Model: Tern-Small | Parameters: 3B | Context length: 8192"]
    models = {m.name: m for m in extract_document(read_text(text)).models}
    assert models["Tern-Small"].context_window == 8192


def test_empty_cells_at_the_end_of_a_tab_row_are_counted():
    # 'Tern-Small\t3B\t\t' has four cells: it lines up with the header, not with a two-column row.
    text = ("Models\n\nThe released models.\n"
            "Model\tParameters\tLicence\tContext length\n"
            "Tern-Small\t3B\t\t\n"
            "Tern-Large\t70B\tMIT\t32768\n")
    doc = read_text(text)
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert [len(b.cells) for b in rows] == [4, 4]
    assert [doc.block_text(b) for b in rows][0] == "Model: Tern-Small | Parameters: 3B"


def test_a_wide_tab_tables_row_one_cell_short_stays_in_the_table():
    # The page's last cell of the middle row was empty, and its copy dropped the trailing tab.
    text = ("Models\n\nThe released models.\n"
            "Model\tParameters\tLayers\tContext length\n"
            "Tern-Small\t3B\t24\t8192\n"
            "Tern-Medium\t13B\t40\n"
            "Tern-Large\t70B\t80\t32768\n")
    doc = read_text(text)
    rows = [doc.block_text(b) for b in doc.blocks if b.kind == "row"]
    assert rows == ["Model: Tern-Small | Parameters: 3B | Layers: 24 | Context length: 8192",
                    "Model: Tern-Medium | Parameters: 13B | Layers: 40",
                    "Model: Tern-Large | Parameters: 70B | Layers: 80 | Context length: 32768"]
    models = {m.name: m for m in extract_document(doc).models}
    assert models["Tern-Large"].context_window == 32768 and models["Tern-Medium"].parameters == 13_000_000_000
