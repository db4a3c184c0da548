"""Shapes of vendor pages first seen in corpus set zb: hub licence ids beyond the common ones, a label word ending a
line of prose.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


def test_a_hub_licence_id_of_the_less_common_spdx_licences_is_the_cards_licence():
    for hub_id, spdx in (("afl-3.0", "AFL-3.0"), ("artistic-2.0", "Artistic-2.0"), ("bsl-1.0", "BSL-1.0"),
                         ("epl-2.0", "EPL-2.0"), ("unlicense", "Unlicense")):
        text = f"""---
license: {hub_id}
---
# grebe-ner-base

**grebe-ner-base** is a named entity recognition model for nine languages.
"""
        model = models_of(text)["grebe-ner-base"]
        assert model.license == spdx, hub_id
        assert model.evidence["license"] == f"license: {hub_id}"


def test_a_label_word_ending_a_line_of_prose_names_no_developer_on_the_next_line():
    text = """---
license: mit
---
# grebe-ner-base

**grebe-ner-base** is a named entity recognition model.

Tag|Meaning
-|-
B-ORG |Beginning of an organisation right after another organisation
I-ORG |Organisation
"""
    assert models_of(text)["grebe-ner-base"].developer is None


def test_a_label_over_its_value_on_the_next_line_still_names_the_developer():
    text = """---
license: mit
---
# grebe-ner-base

**grebe-ner-base** is a named entity recognition model.

**Developer**
Grebe Labs
"""
    assert models_of(text)["grebe-ner-base"].developer == "Grebe Labs"
