"""reStructuredText read into the shared document model (rst_reader.py): sections, lists, field lists, tables of
every kind, links; Sphinx's own roles and directives leave their text, never an error."""

from airegister.extraction.extract import extract_document, extract_path
from airegister.extraction.readers import read_path, read_restructured

ZOO_RST = """Text Recognition
----------------

The task consists of transcribing the character sequence in a given image.

Available architectures
^^^^^^^^^^^^^^^^^^^^^^^

The following architectures are currently supported:

* `tern_vgg16_bn <models.html#tern.models.tern_vgg16_bn>`_
* `tern_mobilenet_small <models.html#tern.models.tern_mobilenet_small>`_

.. list-table:: Text recognition model zoo
   :header-rows: 1

   * - Architecture
     - # params
     - FUNSD
   * - tern_vgg16_bn
     - 15.8M
     - 87.18
   * - tern_mobilenet_small
     - 2.1M
     - 86.21

.. autoclass:: tern.models.Recognizer

See :ref:`vocabs` and :class:`tern.Predictor` for details.

.. code-block:: python

   model = tern_vgg16_bn(pretrained=True)

:License: Apache 2.0
:Developed by: Falconry Labs
"""


def blocks(doc):
    return [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks]


def test_sections_lists_tables_and_fields_are_read_as_the_markdown_reader_reads_them():
    doc = read_restructured(ZOO_RST)
    assert doc.format == "rst" and doc.title == "Text Recognition"
    read = blocks(doc)
    assert ("heading", 1, "Text Recognition") in read and ("heading", 2, "Available architectures") in read
    assert ("item", 0, "tern_vgg16_bn") in read
    rows = [text for kind, _level, text in read if kind == "row"]
    assert rows == ["Architecture: tern_vgg16_bn | # params: 15.8M | FUNSD: 87.18",
                    "Architecture: tern_mobilenet_small | # params: 2.1M | FUNSD: 86.21"]
    assert ("item", 0, "License: Apache 2.0") in read
    assert not any("pretrained=True" in text for _kind, _level, text in read)  # code is a sample, not a statement
    assert any("vocabs" in text for _kind, _level, text in read)  # an unknown role keeps its text
    assert ("tern_vgg16_bn", "models.html#tern.models.tern_vgg16_bn") in [
        (doc.text[s:e], url) for s, e, url in doc.links]


def test_a_list_introduced_as_the_supported_architectures_names_its_models(tmp_path):
    path = tmp_path / "recognition.rst"
    path.write_text(ZOO_RST, encoding="utf-8")
    models = {m.name: m for m in extract_path(path).models}
    assert set(models) == {"tern_vgg16_bn", "tern_mobilenet_small"}
    assert models["tern_vgg16_bn"].license == "Apache-2.0"
    assert models["tern_vgg16_bn"].parameters == 15_800_000  # its row in the results table gives its size
    assert models["tern_mobilenet_small"].parameters == 2_100_000


def test_a_file_docutils_cannot_read_is_read_as_lines(tmp_path):
    path = tmp_path / "broken.rst"
    path.write_text("Title\n=====\n\n.. list-table::\n   :header-rows: 9\n\n   * - a\n", encoding="utf-8")
    doc, _ = read_path(path)
    assert doc.format == "rst" and "Title" in doc.text


def test_a_grid_table_with_a_cell_spanning_columns_repeats_it():
    doc = read_restructured("""Models
======

+------------+---------+---------+
| Model      | Params  | Context |
+============+=========+=========+
| Tern-7B    | 7B      | 4096    |
+------------+---------+---------+
| Tern-70B   | 70B, not stated   |
+------------+-------------------+
""")
    rows = [b.cells for b in doc.blocks if b.kind == "row"]
    assert rows[0] == ("Tern-7B", "7B", "4096")
    assert rows[1] == ("Tern-70B", "70B, not stated", "70B, not stated")


def test_footnote_marks_are_no_part_of_the_text():
    text = """Tern in Kestrel
===============

We have trained Tern-base models for other languages:

-  RuTern, Russian, cased, 12-layer, 768-hidden, 180M parameters: `[kestrel] <https://example.org/d>`__
-  SlavicTern, Slavic, cased, 12-layer, 768-hidden, 180M parameters: `[kestrel] <https://example.org/e>`__

RuTern was trained on news [1]_. SlavicTern was trained on OpenSubtitles [2]_, Debates [3]_ and Blogs.

.. [1] A paper.
.. [2] Another paper.
.. [3] A third paper.
"""
    doc = read_restructured(text)
    assert "RuTern was trained on news." in doc.text and "OpenSubtitles, Debates and Blogs" in doc.text
    assert sorted(m.name for m in extract_document(doc).models) == ["RuTern", "SlavicTern"]
