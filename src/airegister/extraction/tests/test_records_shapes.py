"""Files that list several models as records of `key: value` lines (a models.yaml, a JSON list, a text file of one
block per model): each record's facts go to its own model, with the record's lines as the excerpt.

Small hand-written documents with invented vendor and model names (not the corpus files, which are scored).
"""

from airegister.extraction.extract import extract_path
from airegister.extraction.text_runs import unrun


def models_of(tmp_path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {m.name: m for m in extract_path(path).models}


YAML_LIST = """models:
  - name: Zorvak-7B
    developer: Quillon Labs
    parameters: 7B
    context_length: 32768
    release_date: 2025-03-04
    license: Apache-2.0
  - name: Zorvak-70B
    developer: Quillon Labs
    parameters: 70B
    context_length: 131072
    release_date: 2025-06-10
    license: Quillon Community License
"""


def test_yaml_list_of_records_gives_each_model_its_own_facts(tmp_path):
    models = models_of(tmp_path, "models.yaml", YAML_LIST)
    small, large = models["Zorvak-7B"], models["Zorvak-70B"]
    assert (small.release_date, small.context_window, small.parameters) == ("2025-03-04", 32768, 7_000_000_000)
    assert (large.release_date, large.context_window, large.parameters) == ("2025-06-10", 131072, 70_000_000_000)
    assert small.license == "Apache-2.0" and large.license == "Quillon Community License"
    assert "release_date: 2025-06-10" in large.evidence["release_date"]
    assert "Zorvak-70B" in large.evidence["context_window"] and "2025-03-04" not in large.evidence["context_window"]


TEXT_BLOCKS = """Brastel model list

Name: Brastel-3B
Parameters: 3B
Context length: 8K tokens
Release date: 2024-11-02
License: MIT

Name: Brastel-12B
Parameters: 12B
Context length: 128K tokens
Release date: 2025-01-15
License: Apache 2.0
"""


def test_text_blocks_one_per_model(tmp_path):
    models = models_of(tmp_path, "models.txt", TEXT_BLOCKS)
    assert models["Brastel-3B"].release_date == "2024-11-02"
    assert models["Brastel-12B"].release_date == "2025-01-15"
    assert models["Brastel-3B"].license == "MIT"
    assert models["Brastel-12B"].parameters == 12_000_000_000
    assert models["Brastel-12B"].evidence["release_date"].startswith("Name: Brastel-12B")


def test_text_records_with_no_blank_line_between(tmp_path):
    text = ("Orbenix model overview\nModel: Orbenix-S\nParameters: 4B\nRelease date: 2025-05-05\n"
            "Model: Orbenix-M\nParameters: 22B\nRelease date: 2025-07-07\n")
    models = models_of(tmp_path, "overview.txt", text)
    assert models["Orbenix-S"].release_date == "2025-05-05"
    assert models["Orbenix-M"].release_date == "2025-07-07"
    assert models["Orbenix-M"].parameters == 22_000_000_000


PRETTY_JSON = """{
  "provider": "Harvolt AI",
  "models": [
    {
      "id": "harvolt-chat-2",
      "context_window": 32000,
      "release_date": "2024-05-01"
    },
    {
      "id": "harvolt-vision-2",
      "context_window": 128000,
      "release_date": "2024-10-12",
      "license": {
        "name": "Harvolt Research License"
      }
    }
  ]
}
"""


def test_json_records_and_a_nested_licence_name(tmp_path):
    models = models_of(tmp_path, "models.json", PRETTY_JSON)
    chat, vision = models["harvolt-chat-2"], models["harvolt-vision-2"]
    assert (chat.release_date, chat.context_window) == ("2024-05-01", 32000)
    assert (vision.release_date, vision.context_window) == ("2024-10-12", 128000)
    assert vision.license == "Harvolt Research License" and chat.license is None
    assert '"release_date": "2024-10-12"' in vision.evidence["release_date"]


def test_json_objects_one_a_line(tmp_path):
    text = ('[\n  {"name": "Kelvora-1B", "context_window": 8192, "release_date": "2024-02-01"},\n'
            '  {"name": "Kelvora-9B", "context_window": 65536, "release_date": "2024-08-20"}\n]\n')
    models = models_of(tmp_path, "models.json", text)
    assert (models["Kelvora-1B"].release_date, models["Kelvora-1B"].context_window) == ("2024-02-01", 8192)
    assert (models["Kelvora-9B"].release_date, models["Kelvora-9B"].context_window) == ("2024-08-20", 65536)


def test_yaml_mapping_keyed_by_model_name(tmp_path):
    text = ("# Sculpane model registry\nSculpane-Lite:\n  parameters: 1.5B\n  context_length: 16384\n"
            "  released: 2025-02-11\nSculpane-Pro:\n  parameters: 34B\n  context_length: 200000\n"
            "  released: 2025-04-30\n")
    models = models_of(tmp_path, "registry.yaml", text)
    assert (models["Sculpane-Lite"].context_window, models["Sculpane-Lite"].release_date) == (16384, "2025-02-11")
    assert (models["Sculpane-Pro"].context_window, models["Sculpane-Pro"].release_date) == (200000, "2025-04-30")


def test_settings_groups_are_no_models(tmp_path):
    text = "defaults:\n  temperature: 0.7\n  top_p: 0.9\nlimits:\n  max_tokens: 4096\n  timeout: 30\n"
    assert models_of(tmp_path, "settings.yaml", text) == {}


def test_key_value_blocks_under_model_headings(tmp_path):
    text = ("Vontrix models\n\nVontrix-Small\nParameters: 2B\nContext window: 4,096 tokens\nReleased: March 2024\n\n"
            "Vontrix-Large\nParameters: 40B\nContext window: 32,768 tokens\nReleased: September 2024\n")
    models = models_of(tmp_path, "vontrix.txt", text)
    assert (models["Vontrix-Small"].context_window, models["Vontrix-Small"].release_date) == (4096, "2024-03")
    assert (models["Vontrix-Large"].context_window, models["Vontrix-Large"].release_date) == (32768, "2024-09")


# -- run-together text: a page's text saved with no break between its blocks, a table's cells cut by tabs -----------

PAGE = ("Quillon Labs trains open language models for research.Model OverviewOur models are released under the "
        "Quillon Community License and can be downloaded from our hub. Each model is available as a base and a chat "
        "version, and every checkpoint ships with its tokenizer.Model Index")
TAIL = "Usage notesPlease read the license before use.\n"


def run_together(tmp_path, table: str):
    """The page with `table` run into it: its lines as text_runs puts them back, and the models extracted."""
    path = tmp_path / "page.txt"
    path.write_text(PAGE + table + TAIL, encoding="utf-8")
    return unrun(PAGE + table + TAIL).split("\n"), {m.name: m for m in extract_path(path).models}


def test_run_together_size_opening_a_row_stays_whole(tmp_path):
    lines, models = run_together(tmp_path, "Model\tQuenmir-hf\tQuenmir-chat-hf7B\tLink\tLink13B\tLink\tComing Soon"
                                           "70B\tLink\tLinkThe 13B model was released on February 4th, 2024.")
    assert "Model\tQuenmir-hf\tQuenmir-chat-hf" in lines
    assert "7B\tLink\tLink" in lines and "13B\tLink\tComing Soon" in lines and "70B\tLink\tLink" in lines
    assert models["Quenmir-13B-hf"].parameters == 13_000_000_000


def test_run_together_second_table_header_under_its_own_title(tmp_path):
    lines, models = run_together(tmp_path, "Model\tQuenmir-hf\tQuenmir-chat-hf7B\tLink\tLink13B\tLink\tLink"
                                           "Quenmir Index NVE (No Vocabulary Expansion)Model\tQuenmir-NVE-hf\t"
                                           "Quenmir-NVE-chat-hf7B\tLink\tLink70B\tLink\tLink")
    assert "Quenmir Index NVE (No Vocabulary Expansion)" in lines
    assert "Model\tQuenmir-NVE-hf\tQuenmir-NVE-chat-hf" in lines
    assert models["Quenmir-70B-NVE-hf"].parameters == 70_000_000_000


def test_run_together_names_start_at_the_capital_after_a_column_of_one_licence(tmp_path):
    lines, models = run_together(tmp_path, "Model\tSize\tLicenseKelvora-Mini-v1\t1B\tQuillon LicenseKelvora-Small-v1"
                                           "\t3B\tQuillon LicenseKelvora-Large-v1\t9B\tQuillon LicenseKelvora-Huge-v1"
                                           "\t30B\tQuillon License")
    assert "Model\tSize\tLicense" in lines and "Kelvora-Small-v1\t3B\tQuillon License" in lines
    assert sorted(models) == ["Kelvora-Huge-v1", "Kelvora-Large-v1", "Kelvora-Mini-v1", "Kelvora-Small-v1"]
    assert models["Kelvora-Large-v1"].parameters == 9_000_000_000


def test_run_together_table_ends_where_the_names_shared_beginning_stops(tmp_path):
    lines, _models = run_together(tmp_path, "Method\tparams\ttokens\tfiletok_ds16_v1\t72M\t16x16\ttok_ds16_v1.bin"
                                            "tok_ds16_v2\t72M\t24x24\tsame as abovetok_ds8_v1\t70M\t32x32\t"
                                            "tok_ds8_v1.binGenerator modelsMethod\tparams\ttokens\tweight"
                                            "Vontrix-B\t111M\t16x16\tgen_b.ptVontrix-L\t343M\t24x24\tgen_l.pt")
    assert "Method\tparams\ttokens\tfile" in lines
    assert "tok_ds16_v2\t72M\t24x24\tsame as above" in lines
    assert any(line.startswith("tok_ds8_v1\t70M\t32x32\ttok_ds8_v1.bin") for line in lines)


def test_run_together_names_shared_beginning_at_the_right_width(tmp_path):
    lines, models = run_together(tmp_path, "Checkpoints:model\treso.\tFID\t#params\tweights🤗ZORV-d16\t256\t3.55\t310M"
                                           "\tzorv_d16.pthZORV-d20\t256\t2.95\t600M\tzorv_d20.pthZORV-d24\t256\t2.33"
                                           "\t1.0B\tzorv_d24.pthZORV-d30\t256\t1.97\t2.0B\tzorv_d30.pth")
    assert "ZORV-d20\t256\t2.95\t600M\tzorv_d20.pth" in lines
    assert models["ZORV-d24"].parameters == 1_000_000_000


def test_run_together_counts_share_no_names_beginning(tmp_path):
    lines, _models = run_together(tmp_path, "Datasize\t200,000\t600,000\t1,000,000\t2,000,000Finetuned Model\t"
                                            "Brastel-7B-0.2M\tBrastel-7B-0.6M\tBrastel-7B-1M\tBrastel-7B-2M"
                                            "Training detailsThe models were trained for three epochs.")
    assert "Datasize\t200,000\t600,000\t1,000,000\t2,000,000" in lines


def test_run_together_size_inside_a_name_is_no_cut(tmp_path):
    lines, _models = run_together(tmp_path, "Datasize\t200,000\t600,000\t1,000,000Finetuned Model\tBrastel-7B-0.2M\t"
                                            "Brastel-7B-0.6M\tBrastel-7B-1MTraining detailsThe models were trained "
                                            "for three epochs.")
    assert "Finetuned Model\tBrastel-7B-0.2M\tBrastel-7B-0.6M\tBrastel-7B-1M" in lines


def test_run_together_names_begin_at_the_capital_not_the_letter_before(tmp_path):
    lines, _models = run_together(tmp_path, "Method\tparams\ttokens\tweightVontrix-B\t111M\t16x16\tgen_b.ptVontrix-L"
                                            "\t343M\t24x24\tgen_l.ptVontrix-XL\t775M\t24x24\tgen_xl.pt")
    assert "Method\tparams\ttokens\tweight" in lines
    assert "Vontrix-L\t343M\t24x24\tgen_l.pt" in lines


def test_run_together_card_titles_over_their_sizes(tmp_path):
    lines, models = run_together(tmp_path, "Pluxen9 ModelsPluxen9-1.2B-Instruct1.2B · RecommendedInstruction-tuned for "
                                           "chat.Pluxen9-2.6B2.6B · AgenticDense model trained for agentic work."
                                           "Pluxen9-8B-A1B8B · 1.5B active · MoEMixture-of-experts reasoning model."
                                           "Pluxen9 Legacy ModelsPluxen9-24B-A2B24B · 2B active · MoEOur largest "
                                           "model.Pluxen9-700M700MMid sized model for most devices.")
    assert "Pluxen9-1.2B-Instruct" in lines and "1.2B · Recommended" in lines
    assert "Pluxen9-2.6B" in lines and "Pluxen9-8B-A1B" in lines and "Pluxen9-700M" in lines
    assert "Pluxen9-24B-A2B" in lines
    assert {"Pluxen9-1.2B-Instruct", "Pluxen9-2.6B", "Pluxen9-8B-A1B", "Pluxen9-24B-A2B"} <= set(models)


def test_rows_that_repeat_at_a_shorter_width_are_two_rows():
    from airegister.extraction.text_runs import _repeats

    # 'Size | Parameters | English | Multilingual' over rows 'tiny | 39 M | ✓ | ✓', run together: read 6 cells a
    # row (two rows as one) the cells repeat every 3.
    segs = ("Size\tParameters\tEnglish\tMultilingualtiny\t39 M\t✓\t✓base\t74 M\t✓\t✓small\t244 M\t✓\t✓medium\t"
            "769 M\t✓\t✓large\t1550 M\t\t✓").split("\t")
    assert _repeats(segs, 0, 6) and not _repeats(segs, 0, 3)


def test_run_together_mark_cells_run_into_lower_case_names(tmp_path):
    lines, _models = run_together(tmp_path, "Class\tFrench\tEnglish\tGermanorvik\t✅\t✅\t❌lyrex\t✅\t✅\t❌"
                                            "aurilo\t❌\t❌\t✅morvane\t✅\t❌\t✅tessik\t❌\t✅\t✅")
    assert "lyrex\t✅\t✅\t❌" in lines and "aurilo\t❌\t❌\t✅" in lines and "tessik\t❌\t✅\t✅" in lines


def test_records_of_one_name_are_read_once_and_make_no_table():
    from airegister.extraction.text_records import record_tables

    lines = ["- name: default", "  temperature: 0.7"] * 5000  # read once, not again from each record (linear)
    assert record_tables(lines, set()) == []
    mixed = ['{"name": "Kelvora-1B", "x": 1}', '{"id": "Kelvora-2B", "x": 2}', '{"id": "Kelvora-3B", "x": 3}']
    assert [t.rows[1:] for t in record_tables(mixed, set())] == [[["Kelvora-2B", "2"], ["Kelvora-3B", "3"]]]
