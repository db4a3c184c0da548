"""Seed 002 (Anthropic's Transparency Hub model report): both models, every fact issue 3 names, excerpts."""

import json
import re

import pytest

from airegister.extraction import extract_path

from .conftest import run_cli


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def result(request):
    from .conftest import SEED_002

    if not SEED_002.exists():
        pytest.skip("../shared/seeds is not beside the checkout")
    return extract_path(SEED_002)


@pytest.fixture(scope="module")
def models(result):
    return {m.name: m for m in result.models}


def test_finds_exactly_the_two_models_it_describes(models):
    # Claude Sonnet 3.7 (a predecessor it mentions) and "Claude 4" (the family) are not models of this report.
    assert sorted(models) == ["Claude Opus 4", "Claude Sonnet 4"]


@pytest.mark.parametrize("name", ["Claude Opus 4", "Claude Sonnet 4"])
def test_shared_facts(models, name):
    m = models[name]
    assert m.developer == "Anthropic"
    assert m.release_date == "2025-05"
    assert m.knowledge_cutoff == "2025-01"
    assert m.training_data_cutoff == "2025-03"
    assert sorted(m.input_modalities) == ["image", "text"]
    assert m.output_modalities == ["text"]  # "audio via text-to-speech" is not the model's output
    assert m.access_surfaces == ["Claude.ai", "Anthropic API", "Amazon Bedrock", "Google Vertex AI"]
    # Not stated anywhere in the report: null, never a guess.
    assert m.context_window is None and m.license is None and m.parameters is None


def test_safety_levels_per_model(models):
    assert models["Claude Opus 4"].safety_level == "ASL-3"
    assert models["Claude Sonnet 4"].safety_level == "ASL-2"


def evals(model):
    return {(e.name.split(":")[0], e.value, e.condition, e.margin) for e in model.evaluations}


def test_evaluations_per_model_with_conditions_and_margins(models):
    opus, sonnet = evals(models["Claude Opus 4"]), evals(models["Claude Sonnet 4"])
    assert ("Prompt Injection", 89.0, "with safeguards", None) in opus
    assert ("Prompt Injection", 71.0, "without safeguards", None) in opus
    assert ("Prompt Injection", 86.0, "with safeguards", None) in sonnet
    assert ("Prompt Injection", 69.0, "without safeguards", None) in sonnet
    assert ("Malicious Agentic Coding", 88.0, "without safeguards", None) in opus
    assert ("Malicious Agentic Coding", 90.0, "without safeguards", None) in sonnet
    assert ("CBRN Evaluations", 63.0, None, 13.0) in opus
    assert ("CBRN Evaluations", 42.0, None, 11.0) in sonnet
    for model in (opus, sonnet):
        assert ("CBRN Evaluations", 25.0, "control group", 13.0) in model
    # "close to 100%" is an approximation, not a result; Opus's figures never land on Sonnet.
    assert not any(v == 100.0 for _, v, _, _ in opus | sonnet)
    assert not any(v in (89.0, 71.0, 63.0, 88.0) for _, v, _, _ in sonnet)


def test_every_fact_has_a_verbatim_excerpt(result, seed_002):
    text = folded(seed_002.read_text())
    for model in result.to_dict()["models"]:
        for field, value in model.items():
            if field in ("name", "evidence", "evaluations") or value in (None, []):
                continue
            assert folded(model["evidence"][field]) in text, (model["name"], field)
        for item in model["evaluations"]:
            assert folded(item["evidence"]) in text


def test_cli_prints_the_contract(seed_002):
    proc = run_cli(str(seed_002), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["source"]["format"] == "text"
    assert out["source"]["path"] == str(seed_002)
    assert len(out["source"]["sha256"]) == 64
    assert [m["name"] for m in out["models"]] == ["Claude Opus 4", "Claude Sonnet 4"]
    keys = {"name", "developer", "release_date", "knowledge_cutoff", "training_data_cutoff", "input_modalities",
            "output_modalities", "context_window", "license", "parameters", "access_surfaces", "safety_level",
            "evaluations", "evidence"}
    assert all(keys <= set(m) for m in out["models"])
    assert out["models"][0]["evidence"]["release_date"] == "Release dateMay 2025"
