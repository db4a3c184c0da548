"""Document shapes met first in set j of the corpus (issue 9), each stated with a small hand-written text (not a
corpus copy): model cards titled with decorations, named by their maker's name and a version, or only by what their
snippets load; READMEs whose tables and download lists name the models.
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def by_name(result):
    return {m.name: m for m in result.models}


def test_a_makers_name_before_a_bare_version_is_the_models_name():
    text = """---
license: other
---
# Quokka v2.5 – 1024px Aesthetic Model

**Quokka v2.5** is a diffusion-based text-to-image generative model, a successor to Quokka v2.

- **Developed by:** [Quokka](https://quokka.example)
- **Model type:** Diffusion-based text-to-image generative model

Quokka v2.5 outperforms Quokka v2 in aesthetic quality.
"""
    assert "Quokka v2.5" in by_name(extract_document(read_markdown(text)))
