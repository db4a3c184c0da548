"""The labelled fixtures, scored with the shared scorer's own comparison rules."""

import importlib.util
import json
import re

import pytest

from airegister.extraction import extract_path
from airegister.extraction.readers import read_path

from .conftest import FIXTURES, SHARED

LABELS = json.loads((FIXTURES / "labels.json").read_text())


@pytest.fixture(scope="module")
def scorer():
    path = SHARED / "extraction" / "score.py"
    if not path.exists():
        pytest.skip("../shared/extraction is not beside the checkout")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("entry", LABELS, ids=[e["doc"] for e in LABELS])
def test_fixture_facts_match_labels(entry, scorer):
    predicted = [m.to_dict() for m in extract_path(FIXTURES / entry["doc"]).models]
    pairs = scorer.pair_models(entry["models"], predicted)
    assert len(pairs) == len(entry["models"]) == len(predicted)
    for truth, guess in pairs:
        for field in scorer.FIELDS:
            want, got = truth.get(field), guess.get(field)
            if want in (None, []):
                assert got in (None, []), (truth["name"], field, got)  # never invent
            else:
                assert scorer.field_score(field, want, got) == 1.0, (truth["name"], field, got, want)


@pytest.mark.parametrize("entry", LABELS, ids=[e["doc"] for e in LABELS])
def test_fixture_excerpts_are_verbatim(entry):
    path = FIXTURES / entry["doc"]
    source = read_path(path)[0].verbatim if path.suffix == ".pdf" else path.read_text()
    text = re.sub(r"\s+", " ", source)
    for model in extract_path(path).to_dict()["models"]:
        for field, excerpt in model["evidence"].items():
            assert re.sub(r"\s+", " ", excerpt).strip() in text, (model["name"], field, excerpt)


def test_html_scripts_styles_navigation_and_footer_are_not_read():
    models = extract_path(FIXTURES / "zephyrix-halo-3-system-card.html").models
    # "Halo 9 Ultra" and "999K tokens" live in a script, "MIT" in a style, "Apache 2.0" in a trailing script,
    # "Google Vertex AI" only in the footer.
    assert [m.name for m in models] == ["Halo 3", "Halo 3 Mini"]
    for m in models:
        assert m.license is None
        assert "Google Vertex AI" not in m.access_surfaces
        assert m.context_window in (256000, 64000)


def test_family_card_gives_one_model_per_size():
    models = {m.name: m for m in extract_path(FIXTURES / "acme-orion-2-model-card.md").models}
    assert sorted(models) == ["Orion-2 70B", "Orion-2 8B"]
    assert models["Orion-2 8B"].context_window == 32000 and models["Orion-2 70B"].context_window == 128000
    assert models["Orion-2 8B"].license == "Apache-2.0"
    # The benchmark table's comparison model is not described by the card.
    assert "Nimbus 7B" not in models


def test_pdf_source_and_title():
    result = extract_path(FIXTURES / "cirrus-nimbus-lm-tech-report.pdf")
    assert result.source.format == "pdf"
    assert result.source.title == "Nimbus-LM 1.5B Technical Report"
    (model,) = result.models
    assert (model.parameters, model.context_window, model.license) == (1_500_000_000, 4096, "MIT")
    assert [(e.value, e.unit) for e in model.evaluations] == [(48.2, "%")]
