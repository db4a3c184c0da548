"""Shared helpers for the extractor's tests: the seed documents, the fixtures and a CLI runner."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[4]
SHARED = REPO.parent / "shared"
SEED_002 = SHARED / "seeds" / "002_24293406e07a3cde.txt"


@pytest.fixture
def seed_002() -> Path:
    if not SEED_002.exists():
        pytest.skip("../shared/seeds is not beside the checkout")
    return SEED_002


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`airegister extract …` in a fresh process, exactly as a user (or the scorer) runs it."""
    full_env = {**os.environ, "AIREGISTER_TESTING": "1", **(env or {})}
    code = "from airegister.cli import main; main()"
    return subprocess.run([sys.executable, "-c", code, "extract", *args], capture_output=True, text=True,
                          env=full_env, timeout=120)
