"""Shared by the feed tests: the real snapshots in ../shared/data, read once per session, and a small feed maker."""

from pathlib import Path

import pytest

from airegister.feeds import read_litellm, read_models_dev

REPO = Path(__file__).resolve().parents[4]
DATA = REPO.parent / "shared" / "data"
MODELS_DEV = DATA / "models-dev"
LITELLM = DATA / "litellm" / "model_prices_and_context_window.json"


@pytest.fixture(scope="session")
def models_dev_path() -> Path:
    if not (MODELS_DEV / "models").is_dir():
        pytest.skip("../shared/data/models-dev is not beside the checkout")
    return MODELS_DEV


@pytest.fixture(scope="session")
def litellm_path() -> Path:
    if not LITELLM.is_file():
        pytest.skip("../shared/data/litellm is not beside the checkout")
    return LITELLM


@pytest.fixture(scope="session")
def models_dev(models_dev_path):
    return read_models_dev(models_dev_path)


@pytest.fixture(scope="session")
def litellm(litellm_path):
    return read_litellm(litellm_path)


def line_of(path: Path, text: str, start: int = 1) -> int:
    """The first line (from `start`) of `path` that contains `text`: what a citation must point at."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if number >= start and text in line:
            return number
    raise AssertionError(f"{text!r} is not in {path}")


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


LAB_MODEL = """\
name = "Alpha One"
family = "alpha"
release_date = "2025-01-02"
last_updated = "2025-02"
attachment = false
reasoning = true
tool_call = true
open_weights = true
knowledge = "2024-06"

[limit]
context = 128_000
input = 100_000
output = 8_192

[modalities]
input = ["text"]
output = ["text"]
"""


@pytest.fixture
def small_feed(tmp_path) -> Path:
    """A three-file models.dev checkout: one lab model, its lab's channel, one offer inheriting from it."""
    root = tmp_path / "models-dev"
    write(root, "models/acme/alpha-one.toml", LAB_MODEL)
    write(root, "providers/acme/provider.toml",
          'name = "Acme"\nenv = ["ACME_KEY"]\nnpm = "@ai-sdk/openai-compatible"\napi = "https://api.acme.test/v1"\n'
          'doc = "https://acme.test/models"\n')
    write(root, "providers/acme/models/alpha-one.toml",
          'base_model = "acme/alpha-one"\nbase_model_omit = ["limit.input"]\nstatus = "deprecated"\n\n'
          "[limit]\noutput = 4_096\n\n[cost]\ninput = 1.5\noutput = 6\n")
    return root
