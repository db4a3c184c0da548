"""Shapes of vendor pages met in a fourth hunt over unseen public documents (docs-site model pages, release
announcements): each test is a small made-up page in the shape, with invented vendor and model names.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


DOCS_PAGE_MD = """---
title: Harbor Mini Code
slug: docs/harbor-mini-code
description: >-
  Harbor Mini Code is a compact model for agentic coding. It has 24 billion parameters and a 128k context length.
---

## Description

Harbor Mini Code is our smallest coding model, released under the Apache 2.0 license.

## What can Harbor Mini Code be used for?

Harbor Mini Code is well suited to repository-level edits and terminal agents.
"""


def test_front_matter_title_of_a_docs_page_titles_its_model():
    # The site renders 'title:' as the page's heading; the body opens at '## Description'.
    models = models_of(DOCS_PAGE_MD)
    assert list(models) == ["Harbor Mini Code"]
    model = models["Harbor Mini Code"]
    assert model.parameters == 24_000_000_000
    assert model.context_window == 128_000
    assert model.license == "Apache-2.0"


HEADLINE_MD = """---
title: "How Far Can Small Models Really Read?"
---

## Results

We test Quill-7B and Quill-13B on long inputs.
"""


def test_front_matter_headline_of_a_post_is_no_heading():
    assert not any("How Far" in name for name in models_of(HEADLINE_MD))

