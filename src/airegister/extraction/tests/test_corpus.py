"""The labelled corpus of real vendor documents (fixtures/corpus, issue 9): every document is labelled, sourced and
in exactly one half by the fixed rule, and every label follows the scorer's schema."""

import hashlib
import json
import re

import pytest

from .conftest import FIXTURES

CORPUS = FIXTURES / "corpus"
NOT_DOCUMENTS = {"README.md", "SOURCES.md", "split.py", ".gitignore"}
FIELDS = {
    "name", "developer", "release_date", "knowledge_cutoff", "training_data_cutoff", "input_modalities",
    "output_modalities", "context_window", "license", "parameters", "access_surfaces",
}  # fmt: skip


def hand_written(prefix: str) -> list:
    """The hand-written labels or alternatives files (not the per-half files split.py writes)."""
    paths = sorted(CORPUS.glob(f"{prefix}-*.json"))
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths if not p.stem.endswith(("-dev", "-blind"))]


LABELS = [entry for listing in hand_written("labels") for entry in listing]
DOCUMENTS = sorted(
    p.name for p in CORPUS.iterdir() if p.is_file() and p.name not in NOT_DOCUMENTS and p.suffix != ".json"
)


def test_every_document_is_labelled_once_and_every_label_names_a_document():
    labelled = [entry["doc"] for entry in LABELS]
    assert len(labelled) == len(set(labelled)), "a document is labelled twice"
    assert sorted(labelled) == DOCUMENTS


def test_every_document_names_its_vendor_and_has_a_source_row():
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\|\s*`([^`]+)`", sources, flags=re.M))
    for name in DOCUMENTS:
        assert re.fullmatch(r"[a-z0-9-]+--.+", name), f"{name}: not <vendor>--<document>"
        assert name in rows, f"{name}: no row in SOURCES.md"


@pytest.mark.parametrize("entry", LABELS, ids=lambda e: e["doc"])
def test_labels_follow_the_scorer_schema(entry):
    for model in entry["models"]:
        assert set(model) == FIELDS, f"{model.get('name')}: fields {sorted(set(model) ^ FIELDS)}"
        assert model["name"], "a model without a name"
        for date_field in ("release_date", "knowledge_cutoff", "training_data_cutoff"):
            value = model[date_field]
            assert value is None or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value), (model["name"], value)
        for number_field in ("context_window", "parameters"):
            assert model[number_field] is None or (isinstance(model[number_field], int) and model[number_field] > 0)


def test_both_halves_of_the_fixed_split_hold_documents():
    """README: blind when the first hex digit of sha256(vendor slug) is 8–f, computed here independently of
    split.py. A corpus whose vendors all fall in one half measures nothing blind."""
    halves: dict[str, set[str]] = {"dev": set(), "blind": set()}
    for name in DOCUMENTS:
        vendor = name.split("--", 1)[0]
        digit = hashlib.sha256(vendor.encode("utf-8")).hexdigest()[0]
        halves["blind" if digit in "89abcdef" else "dev"].add(vendor)
    assert halves["dev"] and halves["blind"]
