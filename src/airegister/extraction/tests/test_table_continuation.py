"""Models tables whose rows continue the row above (an empty name cell) and whose size column is headed as a
config key ('n_params'). Small hand-written documents only."""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown

CONTINUED_MD = """# Plover

## Model

| Model         |  n_params |   Type   | n_layers  |
|---------------|:---------:|:--------:|----------:|
| `Plover-base` | 124M      |  Encoder |   6       |
|               |           |  Decoder |   6       |
"""


def test_a_continuation_row_does_not_make_its_name_cell_a_shared_label():
    result = extract_document(read_markdown(CONTINUED_MD))
    models = {m.name: m for m in result.models}
    assert list(models) == ["Plover-base"]
    assert models["Plover-base"].parameters == 124_000_000


def test_a_name_written_in_two_rows_is_still_a_shared_label():
    doc = CONTINUED_MD.replace("|               |           |  Decoder", "| `Plover-base` | 124M      |  Decoder")
    assert "Plover-base" not in {m.name for m in extract_document(read_markdown(doc)).models}


def test_config_key_headers_for_the_parameter_count():
    from airegister.extraction.tables import FIELD_HEADERS

    params = dict(FIELD_HEADERS)["parameters"]
    assert all(params.search(h) for h in ("n_params", "num_params", "nparams", "# params"))
    assert not any(params.search(h) for h in ("n_layers", "n_heads", "params_dtype"))


SIZED_CONTINUATION_MD = """# Plover

| Model | Params | Context |
| --- | --- | --- |
| Plover 3 | 1B | 128k |
|  | 3B | |
"""


def test_a_continuation_row_with_a_size_of_its_own_is_another_model_of_the_family():
    names = {m.name for m in extract_document(read_markdown(SIZED_CONTINUATION_MD)).models}
    assert {"Plover 3 1B", "Plover 3 3B"} <= names
