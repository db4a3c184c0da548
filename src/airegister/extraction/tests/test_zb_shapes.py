"""Shapes of vendor pages first seen in corpus set zb: hub licence ids beyond the common ones.

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
