"""Pages that reach the reader as copied text (each heading, paragraph, list item and table row on a line of its
own, no markup): their structure read from the lines alone.

Small hand-written documents with invented vendor and model names (not the corpus files, which are scored).
"""

from airegister.extraction.extract import extract_path
from airegister.extraction.readers import read_path


def read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc, _data = read_path(path)
    headings = {doc.text[b.start:b.end]: b.level for b in doc.blocks if b.kind == "heading"}
    return headings, {m.name: m for m in extract_path(path).models}


# A section's heading right over its first subsection's ('## Training Details' over '### Training Data' in the
# page's source), copied without markup: two short lines one over the other after a closed sentence, over a body.
# Neither reads as a heading by the one-line rule (each stands over a line no longer than itself, or under another
# short line); the pair does. A run of short lines (a page's menu) is no pair.
PAIRED_HEADINGS = """Zorvak-7B Model Card
Zorvak-7B is a compact chat model from Quillon Labs, tuned for support desks.
Model Details
Model Description
It has 7 billion parameters and reads up to 32,768 tokens of context.
Training Details
Training Data
The model was trained on 2 trillion tokens of public web text with a cutoff of June 2024.
Get started
Models
Pricing
Every model is served through the Quillon API and can be downloaded from the Quillon hub today.
"""


def test_a_heading_over_its_first_subheading_in_copied_text(tmp_path):
    headings, models = read(tmp_path, "card.txt", PAIRED_HEADINGS)
    assert headings["Training Details"] == 2 and headings["Training Data"] == 3
    assert not {"Get started", "Models", "Pricing"} & set(headings)
    model = models["Zorvak-7B"]
    assert (model.parameters, model.context_window, model.knowledge_cutoff) == (7_000_000_000, 32768, "2024-06")
    assert "cutoff of June 2024" in model.evidence["knowledge_cutoff"]


# A line of figures under a model's name ('9B · Largest') labels it: no subsection, or the sentence under it would
# be read apart from the name above.
NAME_OVER_FIGURES = """Quillon Model Cards
Quillon trains compact language models for phones, sensors and gateways.
Quillon-2-400M
400M
A small model for phones and watches, with a 4K context window, released under the Apache 2.0 license.
Quillon-3-9B
9B · Largest
Our largest model for laptops and single-GPU servers, with a 32K context window, released under the MIT license.
"""


def test_a_name_over_its_figures_in_copied_text_is_no_pair_of_headings(tmp_path):
    _headings, models = read(tmp_path, "cards.txt", NAME_OVER_FIGURES)
    small, large = models["Quillon-2-400M"], models["Quillon-3-9B"]
    assert (small.parameters, small.context_window, small.license) == (400_000_000, 4000, "Apache-2.0")
    assert (large.parameters, large.context_window, large.license) == (9_000_000_000, 32000, "MIT")
