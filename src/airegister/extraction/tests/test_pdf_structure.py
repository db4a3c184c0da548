"""A PDF read as the same document model as Markdown and HTML (pdf_reader.py): headings from the type size, list
items from bullets, tables where they stand on the page, addresses written out as links."""

from airegister.extraction.extract import extract_path
from airegister.extraction.readers import read_path, read_text
from airegister.extraction.tests.pdfgen import make_pdf


def blocks(doc):
    return [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks]


def test_lines_in_larger_type_are_headings_ranked_by_size(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([[
        ("heading", 20, "Harrier Technical Report"),
        "Harrier is a family of open language models trained by Falconry Labs on public data.",
        ("heading", 15, "Models"),
        "We release two sizes of the model for research and commercial use.",
        ("heading", 15, "Limitations"),
        "The models can produce inaccurate statements about people, places or facts.",
    ]]))
    doc, _ = read_path(path)
    headings = [(kind, level, text) for kind, level, text in blocks(doc) if kind == "heading"]
    assert headings == [("heading", 1, "Harrier Technical Report"), ("heading", 2, "Models"),
                        ("heading", 2, "Limitations")]
    texts = [text for kind, _level, text in blocks(doc) if kind == "text"]
    assert "We release two sizes of the model for research and commercial use." in texts


def test_a_table_stays_under_the_heading_it_stands_under_and_its_models_take_their_section(tmp_path):
    path = tmp_path / "overview.pdf"
    path.write_bytes(make_pdf([[
        ("heading", 18, "Kestrel model overview"),
        "Kestrel models are developed by Falconry Labs.",
        ("heading", 14, "Available models"),
        [["Model", "Context length", "Parameters"],
         ["Kestrel-Small", "8192", "3B"],
         ["Kestrel-Medium", "32768", "14B"],
         ["Kestrel-Large", "131072", "70B"]],
        ("heading", 14, "Changelog"),
        "Kestrel-Large was updated in March 2025.",
    ]]))
    doc, _ = read_path(path)
    order = [(kind, text.split(" |")[0]) for kind, _level, text in blocks(doc)]
    at = order.index(("heading", "Available models"))
    assert order[at + 1][0] == "row" and order[at + 1][1] == "Model: Kestrel-Small"
    assert order.index(("heading", "Changelog")) > max(i for i, (kind, _t) in enumerate(order) if kind == "row")
    models = {m.name: m for m in extract_path(path).models}
    assert sorted(models) == ["Kestrel-Large", "Kestrel-Medium", "Kestrel-Small"]
    assert models["Kestrel-Medium"].context_window == 32768


def test_bulleted_lines_of_a_pdf_are_list_items_joined_to_their_wrapped_lines(tmp_path):
    path = tmp_path / "card.pdf"
    path.write_bytes(make_pdf([[
        ("heading", 16, "Model details"),
        "\u2022 Developed by: Falconry Labs, a research group working on efficient models for devices",
        "and servers alike.",
        "\u2022 License: Apache 2.0",
    ]]))
    doc, _ = read_path(path)
    items = [text for kind, _level, text in blocks(doc) if kind == "item"]
    assert items == ["Developed by: Falconry Labs, a research group working on efficient models for devices "
                     "and servers alike.", "License: Apache 2.0"]


def test_a_pdf_with_one_type_size_has_no_headings(tmp_path):
    path = tmp_path / "plain.pdf"
    path.write_bytes(make_pdf([["Harrier-7B model card", "Harrier-7B is a model.", "It has 7B parameters."]]))
    doc, _ = read_path(path)
    assert not [b for b in doc.blocks if b.kind == "heading"]


def test_an_address_written_out_in_text_is_a_link_named_by_itself():
    doc = read_text("Weights: https://huggingface.co/falconry/Harrier-7B-Instruct. Paper: see (https://example.org/p).\n")
    links = [(doc.text[start:end], url) for start, end, url in doc.links]
    assert links == [("https://huggingface.co/falconry/Harrier-7B-Instruct", "https://huggingface.co/falconry/Harrier-7B-Instruct"),
                     ("https://example.org/p", "https://example.org/p")]


def test_link_annotations_name_the_models_their_cells_and_words_only_say_link_to(tmp_path):
    """A PDF keeps a page's links as annotations over their words: a table whose cells only say "Link" names its
    models by the addresses, as the same table in Markdown or HTML does."""
    rows = [["Model", "Parameters", "Weights"], ["Small", "7B", "Link"], ["Large", "70B", "Link"]]
    # make_pdf draws the table's cells 130 points wide and 18 high, its top at y = 744 below the two lines of text.
    cell = [(72 + 2 * 130, 744 - (r + 1) * 18, 72 + 3 * 130, 744 - r * 18) for r in range(3)]
    path = tmp_path / "index.pdf"
    path.write_bytes(make_pdf([[
        "Tern models released by Falconry Labs.",
        "The weights of both sizes are on the model hub, see https://example.org/tern for the licence.",
        rows,
    ]], links=[(*cell[1], "https://huggingface.co/falconry/Tern-7b-hf"),
               (*cell[2], "https://huggingface.co/falconry/Tern-70b-hf")]))
    doc, _ = read_path(path)
    linked = sorted((doc.text[start:end], url) for start, end, url in doc.links)
    assert ("Link", "https://huggingface.co/falconry/Tern-7b-hf") in linked
    assert ("Link", "https://huggingface.co/falconry/Tern-70b-hf") in linked
    assert ("https://example.org/tern", "https://example.org/tern") in linked


def test_a_link_annotation_over_words_of_a_line_links_those_words(tmp_path):
    path = tmp_path / "notes.pdf"
    # Two runs on one baseline: the link annotation covers the second ("Tern-7B-Chat"), drawn at x = 200.
    stream = (b"BT /F1 11 Tf 72 700 Td (Download the chat model:) Tj ET\n"
              b"BT /F1 11 Tf 200 700 Td (Tern-7B-Chat) Tj ET")
    path.write_bytes(make_pdf([["x"]], raw_stream=__import__("zlib").compress(stream),
                              links=[(199, 697, 270, 712, "https://huggingface.co/falconry/Tern-7B-Chat")]))
    doc, _ = read_path(path)
    assert [(doc.text[s:e], url) for s, e, url in doc.links] == [
        ("Tern-7B-Chat", "https://huggingface.co/falconry/Tern-7B-Chat")]


def test_a_capital_inside_a_word_of_a_pdf_is_a_name_not_text_run_together(tmp_path):
    path = tmp_path / "card.pdf"
    path.write_bytes(make_pdf([[
        ("heading", 20, "SkyLark-1B"),
        "SkyLark-1B is a 1.2B parameter base model trained on 100K hours of speech.",
        "We are releasing SkyLark-1B under the Apache 2.0 license.",
    ]]))
    models = {m.name: m for m in extract_path(path).models}
    assert set(models) == {"SkyLark-1B"}
    assert models["SkyLark-1B"].license == "Apache-2.0"


def test_lines_set_in_courier_are_code_and_skipped_as_a_code_block_is(tmp_path):
    path = tmp_path / "card.pdf"
    path.write_bytes(make_pdf([[
        ("heading", 20, "Harrier-7B"),
        "Harrier-7B is a language model trained by Falconry Labs on public data.",
        ("code", "model = load('falconry/Harrier-7B-Draft-v2')"),
        ("code", "print(model.generate('Hello'))"),
        "It is released under the Apache 2.0 license.",
    ]]))
    doc, _ = read_path(path)
    assert not any("Draft" in text for _kind, _level, text in blocks(doc))
    assert "Draft" in doc.verbatim  # still in the source text, for patterns over code
    assert {m.name for m in extract_path(path).models} == {"Harrier-7B"}


def test_the_smallest_ruled_table_is_read_as_rows(tmp_path):
    # A header and two rows of two cells: four rules across and three down, and no figures to give it away.
    path = tmp_path / "models.pdf"
    path.write_bytes(make_pdf([[
        ("heading", 20, "Downloads"),
        "The models can be downloaded from the hubs below.",
        [["Model", "Download"], ["Harrier-Base", "Hugging Face"], ["Harrier-Chat", "Hugging Face"]],
    ]]))
    doc, _ = read_path(path)
    assert [text for kind, _level, text in blocks(doc) if kind == "row"] == [
        "Model: Harrier-Base | Download: Hugging Face", "Model: Harrier-Chat | Download: Hugging Face"]


def test_a_ruled_table_of_a_header_and_one_row_is_read_as_a_row(tmp_path):
    path = tmp_path / "sizes.pdf"
    path.write_bytes(make_pdf([[
        ("heading", 20, "Harrier models"),
        "Harrier models fine-tuned on instruction sets of different sizes.",
        [["Data size", "200,000", "600,000"], ["Finetuned model", "Harrier-7B-0.2M", "Harrier-7B-0.6M"]],
    ]]))
    doc, _ = read_path(path)
    rows = [text for kind, _level, text in blocks(doc) if kind == "row"]
    assert rows == ["Data size: Finetuned model | 200,000: Harrier-7B-0.2M | 600,000: Harrier-7B-0.6M"]


def test_a_running_header_and_footer_repeated_page_after_page_are_left_out(tmp_path):
    """A page printed from a browser carries the date, the page's title, its address and 'n/N' on every page."""
    def page(n, lines):
        return [f"12/{n}/26, 3:0{n} PM Tern models | Falconry Docs", *lines,
                f"https://docs.falconry.example/models {n}/3"]

    path = tmp_path / "printed.pdf"
    path.write_bytes(make_pdf([
        page(1, [("heading", 18, "Tern models"), "Tern-Small has a context window of 8K tokens."]),
        page(2, ["Tern-Large has a context window of 32K tokens."]),
        page(3, ["Both models are released under the Apache 2.0 license."]),
    ]))
    doc, _ = read_path(path)
    texts = [text for _kind, _level, text in blocks(doc)]
    assert not any("Falconry Docs" in text or "docs.falconry.example" in text for text in texts)
    assert "Tern-Large has a context window of 32K tokens." in texts
    assert "12/2/26, 3:02 PM Tern models | Falconry Docs" in doc.verbatim  # still the source excerpts are read in
