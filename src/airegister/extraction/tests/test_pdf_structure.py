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
