"""Facts a models table or a family's sentence gives to every model it covers: a size column whose header names the
unit ('#Params (M)' over '3.4'), a family's release or licence given to its members.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def facts_of(text: str) -> dict[str, dict]:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


def test_a_size_column_whose_header_gives_the_unit_reads_bare_numbers_in_it():
    text = """# Grebe

## Model Zoo

| Method | Size | Acc@1 | #Params (M) | Config |
|---|:---:|:---:|:---:|---|
| Grebe-V2-B0 | 224 | 70.5 | 3.4 | [config](c/b0.py) |
| Grebe-V2-B1 | 224 | 78.7 | 13.1 | [config](c/b1.py) |
"""
    models = facts_of(text)
    assert models["Grebe-V2-B0"].parameters == 3_400_000
    assert models["Grebe-V2-B1"].parameters == 13_100_000
    assert "| Grebe-V2-B1 | 224 | 78.7 | 13.1 |" in models["Grebe-V2-B1"].evidence["parameters"]


def test_a_unit_written_under_the_header_and_in_billions_is_read_too():
    text = """# Zorvak

| Model | size<br><sup>(pixels)</sup> | params<br><sup>(B)</sup> |
| --- | --- | --- |
| Zorvak-Lite | 640 | 1.5 |
| Zorvak-Pro | 640 | 12 |
"""
    models = facts_of(text)
    assert models["Zorvak-Lite"].parameters == 1_500_000_000
    assert models["Zorvak-Pro"].parameters == 12_000_000_000


def test_a_column_without_a_unit_leaves_bare_numbers_unread():
    text = """# Zorvak

| Model | Params | Speed |
| --- | --- | --- |
| Zorvak-Lite | 640 | 1.5 |
| Zorvak-Pro | 640 | 12 |
"""
    models = facts_of(text)
    assert models["Zorvak-Lite"].parameters is None
    assert models["Zorvak-Pro"].parameters is None


def test_a_transposed_tables_size_row_gives_its_unit_in_its_label():
    text = """# Zorvak

| | Zorvak-Lite | Zorvak-Pro |
| --- | --- | --- |
| Parameters (B) | 1.5 | 12 |
| Context length | 8K | 32K |
"""
    models = facts_of(text)
    assert models["Zorvak-Lite"].parameters == 1_500_000_000
    assert models["Zorvak-Pro"].parameters == 12_000_000_000
