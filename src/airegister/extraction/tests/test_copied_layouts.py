"""The same document read alike as a PDF or as a page's text: paragraphs where the lines' spacing and wrap width put
them (not where a line happens to end on a full stop), nested list items where their bullets are set further in, a
page copied as text read without re-wrapping its lines, a tab-separated table whose header opens on an empty cell."""

from airegister.extraction.extract import extract_document, extract_path
from airegister.extraction.readers import read_path, read_text
from airegister.extraction.tests.pdfgen import make_pdf


def blocks(doc):
    return [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks]


def texts(doc, kind="text"):
    return [text for k, _level, text in blocks(doc) if k == kind]


WRAPPED = [  # a paragraph wrapped at the page's width, one of its lines ending on a sentence's stop
    "Tern-7B is an open language model trained by Falconry Labs on two trillion tokens of text.",
    "It reads and writes English and French, and it answers questions about documents it is given.",
    "The weights are released for research and for commercial use under the Apache 2.0 license.",
]


def test_lines_of_a_pdf_set_at_the_paragraphs_pitch_are_one_paragraph_whatever_their_stops(tmp_path):
    path = tmp_path / "card.pdf"
    path.write_bytes(make_pdf([[
        ("heading", 16, "Tern-7B"), *WRAPPED, ("space", 8),
        "The model card was written by the team that trained the model", ("space", 8),
        "Contact the team at the address given on the project's page."]]))
    doc, _ = read_path(path)
    assert texts(doc) == [" ".join(WRAPPED), "The model card was written by the team that trained the model",
                          "Contact the team at the address given on the project's page."]


def test_a_bullet_set_further_in_on_a_pdf_page_is_a_nested_items_and_its_facts_are_its_parents(tmp_path):
    path = tmp_path / "models.pdf"
    path.write_bytes(make_pdf([[
        ("heading", 16, "Tern models"),
        "The following models are finetuned from Tern-7B:",
        "\u2022 Tern-7B-Chat: a model for dialogue, finetuned on conversations.",
        ("at", 86, "\u2022 License: Apache 2.0"),
        "\u2022 Tern-7B-Story: a model that writes fiction with long context.",
        ("at", 86, "\u2022 License: CC-BY-NC-SA-4.0"),
    ]]))
    doc, _ = read_path(path)
    assert [(doc.block_text(b), b.depth) for b in doc.blocks if b.kind == "item"] == [
        ("Tern-7B-Chat: a model for dialogue, finetuned on conversations.", 1), ("License: Apache 2.0", 2),
        ("Tern-7B-Story: a model that writes fiction with long context.", 1), ("License: CC-BY-NC-SA-4.0", 2)]
    models = {m.name: m for m in extract_path(path).models}
    assert models["Tern-7B-Chat"].license == "Apache-2.0"
    assert models["Tern-7B-Story"].license == "CC-BY-NC-SA-4.0"


COPIED = """Tern-7B
Tern-7B is an open language model trained by Falconry Labs on two trillion tokens of English and French text, \
released in March 2025 with its training code and its evaluation harness.
Community
Discord: https://discord.example.com/tern
Forum: https://forum.example.com/tern
License
The weights are released under the Apache 2.0 license, which allows research and commercial use alike.
Our thanks go to the many people who tested early versions
Before you use the model, read the section on its limitations and the evaluation results it was released with.
"""


def test_a_page_copied_as_text_keeps_each_line_a_block_and_heads_after_an_unfinished_line():
    # Each block of a copied page stands on a line of its own, as long as it is: no line is wrapped there, so a
    # line ending without a stop does not run on into the next, and a short line after it may head a section.
    doc = read_text(COPIED)
    assert ("heading", 2, "License") in blocks(doc)
    assert "Our thanks go to the many people who tested early versions" in texts(doc)


def test_a_line_of_a_wrapped_text_going_on_in_lower_case_is_no_heading():
    doc = read_text("Tern tagger models\n\nwsj-left3words.tagger\nTrained on WSJ sections 0-18 with the left3words "
                    "model and\nword shape features. Penn tagset. Ignores case.\n\nenglish-bidirectional.tagger\n"
                    "Trained on WSJ sections 0-18 with a bidirectional architecture, it tags\nmore slowly but more "
                    "accurately than the left3words architecture does.\n")
    headings = [text for kind, _level, text in blocks(doc) if kind == "heading"]
    assert not any(text.startswith("Trained on") for text in headings)
    assert "Trained on WSJ sections 0-18 with the left3words model and word shape features. Penn tagset. " \
           "Ignores case." in texts(doc)


def test_lines_each_opening_with_a_picture_are_no_headings_and_a_heading_may_close_on_a_parenthesis():
    doc = read_text("Tern: open language models\n"
                    "Tern is a family of open language models trained on public data by Falconry Labs in 2025, "
                    "released with their training code, their data recipes and the harness that evaluated them.\n"
                    "\U0001f525 Rank #1 of 7B open models on our leaderboard\n"
                    "\U0001f4b2 Free for commercial use under the Apache 2.0 license\n"
                    "\U0001f552 Efficient finetuning, only ten hours on eight GPUs for the largest\n"
                    "Legacy Models (V1 and V2)\n"
                    "The following models are older versions of Tern, kept for reproducing published results; "
                    "their scores are lower than the latest ones' on every benchmark we report.\n")
    headings = [text for kind, _level, text in blocks(doc) if kind == "heading"]
    assert headings == ["Tern: open language models", "Legacy Models (V1 and V2)"]


def test_a_tab_separated_header_opening_on_an_empty_cell_heads_its_table():
    # A comparison table's first header cell is often empty: the copied header line opens with a tab.
    doc = read_text("Tern models\nThe models compare as follows.\n\tTern-7B\tTern-70B\n"
                    "Parameters\t7B\t70B\nContext length\t4K\t32K\n")
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert [b.cells for b in rows] == [("Parameters", "7B", "70B"), ("Context length", "4K", "32K")]
    assert rows[0].header == ("", "Tern-7B", "Tern-70B")


def test_lines_indented_by_a_tab_are_no_table():
    doc = read_text("Install\nRun these commands:\n\tpip install tern\n\ttern serve --port 8080\n")
    assert not [b for b in doc.blocks if b.kind == "row"]


def test_code_lines_copied_with_a_page_are_blocks_of_their_own_never_headings_or_list_items():
    doc = read_text("Tern-7B\nTern-7B is an open language model by Falconry Labs for chat and code, released with "
                    "its weights and a small library that loads them in three lines of code.\nUsage\n"
                    "Load the model with the library:\nfrom tern import Tern\nmodel = Tern.load(\"falconry/Tern-7B\")\n"
                    "print(model.chat(\"Hello\"))\n# Write the answers as subtitles\n"
                    "tern audio.wav --output result.srt --output_format srt\n"
                    "The model answers in English and in French, and it keeps a context of 8K tokens across the turns "
                    "of a conversation.\n")
    read = blocks(doc)
    assert ("heading", 2, "Usage") in read
    for line in ("from tern import Tern", 'model = Tern.load("falconry/Tern-7B")', 'print(model.chat("Hello"))',
                 "# Write the answers as subtitles", "tern audio.wav --output result.srt --output_format srt"):
        assert ("text", 0, line) in read
    assert not [text for kind, _level, text in read if kind == "item"]


def test_a_text_table_written_with_pipes_is_read_as_rows_its_delimiter_left_out():
    doc = read_text("Tern models\nThe released models:\n| Model | Parameters | Context length |\n|---|:---:|---|\n"
                    "| Tern-7B | 7B | 4096 |\n| Tern-70B | 70B | 32768 |\nAll are released under Apache 2.0.\n"
                    "Chinese | English | Japanese\n")
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert [b.cells for b in rows] == [("Tern-7B", "7B", "4096"), ("Tern-70B", "70B", "32768")]
    assert rows[0].header == ("Model", "Parameters", "Context length")
    assert rows[1].source == "| Tern-70B | 70B | 32768 |"  # the row's line as written, its excerpt
    assert "Chinese | English | Japanese" in texts(doc)  # one line of '|' is no table
    models = {m.name: m for m in extract_document(doc).models}
    assert models["Tern-70B"].context_window == 32768 and models["Tern-70B"].parameters == 70_000_000_000


def test_a_text_table_set_in_space_aligned_columns_is_read_as_rows():
    doc = read_text("Tern models\nThe released models:\n\nModel       Parameters   Context length\n"
                    "----------  -----------  --------------\nTern-7B     7B           4096\n"
                    "Tern-70B    70B          32768\n\nTrained on WSJ sections 0-18.  Penn tagset.  Ignores case.\n")
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert [b.cells for b in rows] == [("Tern-7B", "7B", "4096"), ("Tern-70B", "70B", "32768")]
    assert rows[0].header == ("Model", "Parameters", "Context length")
    models = {m.name: m for m in extract_document(doc).models}
    assert models["Tern-7B"].context_window == 4096


def test_a_pdf_table_drawn_without_rules_is_read_from_its_aligned_runs(tmp_path):
    path = tmp_path / "models.pdf"
    path.write_bytes(make_pdf([[
        ("heading", 16, "Tern models"),
        "The released models are listed below.",
        ("cells", 72, "Model", 200, "Parameters", 320, "Context length"),
        ("cells", 72, "Tern-7B", 200, "7B", 320, "4096"),
        ("cells", 72, "Tern-70B Instruct", 200, "70B", 320, "32768"),
        "All models are released under the Apache 2.0 license.",
        ("cells", 72, "\u2022", 86, "Tern-7B runs on a laptop."),
        ("cells", 72, "\u2022", 86, "Tern-70B Instruct needs a server."),
        ("cells", 72, "\u2022", 86, "Both read English and French."),
        ("cells", 72, "\u2022 Download", 130, "the Tern-7B weights."),  # each item's link a run of its own
        ("cells", 72, "\u2022 Download", 130, "the Tern-70B Instruct weights."),
        ("cells", 72, "\u2022 Download", 130, "the tokenizer."),
    ]]))
    doc, _ = read_path(path)
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert [b.cells for b in rows] == [("Tern-7B", "7B", "4096"), ("Tern-70B Instruct", "70B", "32768")]
    assert rows[0].header == ("Model", "Parameters", "Context length")
    assert "All models are released under the Apache 2.0 license." in texts(doc)
    models = {m.name: m for m in extract_path(path).models}
    assert models["Tern-70B Instruct"].context_window == 32768


def test_a_fact_in_a_sentence_a_pdf_wraps_over_two_lines_keeps_its_excerpt_across_them(tmp_path):
    path = tmp_path / "card.pdf"
    path.write_bytes(make_pdf([[
        ("heading", 16, "Tern-7B-Compact"),
        "Tern-7B-Compact is a small open language model trained by Falconry Labs with just 35 million",
        "parameters, which performs fast inference on a laptop while keeping most of the quality.",
    ]]))
    model = {m.name: m for m in extract_path(path).models}["Tern-7B-Compact"]
    assert model.parameters == 35_000_000
    assert "35 million parameters" in " ".join(model.evidence["parameters"].split())


def test_term_lines_with_a_bracketed_link_after_an_introducing_line_are_list_items():
    doc = read_text("Tern embeddings\nWe release a suite of embedding models under Apache 2.0, each of them "
                    "trained on the same pairs of sentences, in four sizes:\n"
                    "tern-embed-s [Hugging Face]: the fastest model, with 14 million parameters.\n"
                    "tern-embed-l [Hugging Face]: the largest model, with 330 million parameters.\n")
    assert texts(doc, "item") == ["tern-embed-s [Hugging Face]: the fastest model, with 14 million parameters.",
                                  "tern-embed-l [Hugging Face]: the largest model, with 330 million parameters."]


def test_a_line_set_wholly_in_bold_at_the_bodys_size_is_a_heading_a_bold_sentence_is_not(tmp_path):
    path = tmp_path / "card.pdf"
    path.write_bytes(make_pdf([[
        ("heading", 16, "Tern-7B"),
        "Tern-7B is an open language model trained by Falconry Labs.",
        ("heading", 11, "Licence"),
        "The weights are released under the Apache 2.0 license.",
        ("heading", 11, "Do not use the model for medical advice."),
        "It was not evaluated for that use.",
    ]]))
    doc, _ = read_path(path)
    assert [(level, text) for kind, level, text in blocks(doc) if kind == "heading"] == [(1, "Tern-7B"),
                                                                                       (2, "Licence")]


def test_numbered_lines_of_a_pdf_are_list_items_as_a_markdown_ordered_list_is(tmp_path):
    path = tmp_path / "card.pdf"
    path.write_bytes(make_pdf([[
        ("heading", 16, "Tern-7B"), "We provide the following resources:",
        "1. Pre-training code and data recipes", "2. Evaluation harness", "3. Tern-7B-Chat weights"]]))
    doc, _ = read_path(path)
    assert texts(doc, "item") == ["Pre-training code and data recipes", "Evaluation harness", "Tern-7B-Chat weights"]
