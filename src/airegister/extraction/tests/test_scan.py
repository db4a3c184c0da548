"""The gated scans find exactly what a plain `finditer` of their pattern finds (they are only faster)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from airegister.extraction import field_dates, field_developers, field_modalities, field_surfaces, fields
from airegister.extraction.readers import read_path
from airegister.extraction.scan import Gated, lowered

from .conftest import FIXTURES, SEED_002

MODULES = (fields, field_dates, field_developers, field_surfaces)
GATED = [(name, value) for module in MODULES for name, value in vars(module).items() if isinstance(value, Gated)]
GATED += [(f"MODALITY_PATTERNS[{i}]", pattern) for i, (pattern, _rank) in enumerate(field_modalities.MODALITY_PATTERNS)]
DOCUMENTS = sorted(p for p in FIXTURES.rglob("*.*") if p.suffix in (".md", ".txt", ".html", ".pdf")
                   and p.name not in ("README.md", "SOURCES.md")) + [SEED_002]
WORDS = ["Release date", "released on", "knowledge cutoff", "Training data", "context window", "128K", "8B",
         "parameters", "licensed under", "Apache 2.0", "MIT", "input", "Output:", "text", "image", "audio",
         "available on", "Amazon Bedrock", "developed by", "Meta", "models from", "March 2025", "©", "update",
         "İ", "ß", "\n", ". ", ", ", "  "]


def spans(matches) -> list:
    return [(m.start(), m.end(), m.groupdict()) for m in matches]


def test_every_cue_pattern_is_gated():
    assert {name for name, _ in GATED} >= {"DATE_CUES", "NUMBER_CUES", "LICENSE_CUES", "ACCESS_CUES", "DEVELOPER_RE"}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_gated_scans_equal_plain_scans_on_documents(path):
    if not path.exists():
        pytest.skip("../shared/seeds is not beside the checkout")
    text = read_path(path)[0].text
    low = lowered(text)
    for name, gated in GATED:
        assert spans(gated.finditer(text, low)) == spans(gated.pattern.finditer(text)), name


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=40))
def test_gated_scans_equal_plain_scans_on_any_text(parts):
    text = "".join(parts)
    for name, gated in GATED:
        assert spans(gated.finditer(text)) == spans(gated.pattern.finditer(text)), name


def test_lowered_keeps_offsets():
    text = "İstanbul ẞ Release DATE"
    assert len(lowered(text)) == len(text) and lowered(text).endswith("release date")
