"""Names the register already knows help recognise a vendor's models (name_known.py): `extract_document`'s
`known_names`, `airegister extract --known-names FILE`. Small hand-written documents only."""

import json

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown

from .conftest import run_cli

PAGE = """# Gannet models

Our Gannet family powers enterprise chat.

## Gannet Swift

Gannet Swift is an instruction-following conversational model with a context length of 128K tokens.

## Gannet Deep

Gannet Deep is our most performant model. It has a 256K context window.

## Compared with others

| Model | Score |
|---|---|
| gannet-swift | 70.1 |
| Heron Guard | 60.2 |
"""


def models(text: str, known=()) -> dict:
    return {m.name: m.context_window for m in extract_document(read_markdown(text), known_names=known).models}


def test_known_names_written_where_the_page_introduces_its_models_are_its_models():
    assert models(PAGE) == {}  # names without a digit: their shape alone does not make them models
    known = ["Gannet Swift", "Gannet Deep", "Heron Guard", "Gannet Max", "Ga"]
    assert models(PAGE, known) == {"Gannet Swift": 128_000, "Gannet Deep": 256_000}


def test_a_known_name_only_in_a_results_table_or_prose_is_not_recognised():
    text = PAGE.replace("## Gannet Deep\n\nGannet Deep is", "## Others\n\nWe also offer Gannet Deep. It is")
    assert models(text, ["Gannet Deep"]) == {}
    assert models(PAGE.replace("## Gannet Swift", "## Swift"), ["Heron Guard"]) == {}


def test_a_known_name_already_found_is_not_added_twice():
    text = "# Gannet-7B\n\nGannet-7B is a model with a 32K context window.\n"
    assert models(text, ["gannet-7b", "Gannet 7B", "Gannet"]) == {"Gannet-7B": 32_000}


def test_the_command_reads_known_names_from_a_file(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(PAGE)
    known = tmp_path / "known.txt"
    known.write_text("# the register's Gannet models\nGannet Swift\nGannet Deep  # newest\n")
    proc = run_cli(str(page), "--known-names", str(known))
    assert proc.returncode == 0, proc.stderr
    assert [m["name"] for m in json.loads(proc.stdout)["models"]] == ["Gannet Swift", "Gannet Deep"]
    proc = run_cli(str(page), "--known-names", str(tmp_path / "missing.txt"))
    assert proc.returncode == 2 and proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1
    assert "known-names file cannot be read" in proc.stderr
