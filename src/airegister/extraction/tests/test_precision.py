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
