"""LiteLLM's model map on the real snapshot: entries per channel, deprecation dates with their source and successor."""

from airegister.feeds import read_litellm

from .conftest import LITELLM, line_of


def test_counts(litellm):
    assert len(litellm.entries) == 4877  # 4,878 entries less sample_spec
    assert "sample_spec" not in litellm.entries
    assert len(litellm.deprecations) == 924
    assert sum(1 for e in litellm.entries.values() if e.deprecation_source) == 744
    assert sum(1 for e in litellm.entries.values() if e.successor_model) == 446
    assert litellm.version == "sha256:8943af58bf9f979c6a4bef815687117ffa341e462a41faed9be17b5c33d3dcc2"  # SOURCES.md
    assert len(litellm.by_channel()["bedrock_converse"]) > 100


def test_deprecation_with_its_vendor_page_and_successor(litellm):
    key = "anthropic.claude-sonnet-4-20250514-v1:0"
    entry = litellm.entries[key]
    assert entry.channel.value == "bedrock_converse"
    assert entry.model_id == key  # no "bedrock_converse/" prefix to remove
    assert entry.mode.value == "chat"
    assert entry.deprecation_date.value == "2026-10-14"
    assert entry.deprecation_source.value == "https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle-legacy.html"
    assert entry.successor_model.value == "anthropic.claude-sonnet-5"
    assert entry.line == line_of(LITELLM, f'"{key}": {{')
    citation = entry.deprecation_date.citation
    assert (citation.feed, citation.file, citation.entry, citation.key) == (
        "litellm", "model_prices_and_context_window.json", key, "deprecation_date")
    assert citation.line == line_of(LITELLM, '"deprecation_date": "2026-10-14"', start=entry.line)
    assert entry.successor_model.citation.line == line_of(LITELLM, '"successor_model"', start=entry.line)
    assert str(citation).endswith(f'model_prices_and_context_window.json:{citation.line} ["{key}"].deprecation_date')


def test_limits_capabilities_and_prefixed_ids(litellm):
    entry = litellm.entries["azure/gpt-realtime-2.1-2026-07-07"]
    assert entry.channel.value == "azure" and entry.model_id == "gpt-realtime-2.1-2026-07-07"
    assert entry.max_input_tokens.value == 32000 and entry.max_output_tokens.value == 4096
    assert entry.deprecation_date.value == "2027-06-25"
    assert "learn.microsoft.com" in entry.deprecation_source.value
    assert entry.line == 2
    tools = [e for e in litellm.entries.values() if "function_calling" in e.capabilities]
    assert len(tools) > 2000
    assert all(isinstance(e.capabilities["function_calling"].value, bool) for e in tools)


def test_alias_entries_name_their_target(litellm):
    alias = litellm.entries["bedrock/claude-fable-latest"]
    assert alias.channel is None  # the file states no channel for it
    assert alias.alias_of.value == "global.anthropic.claude-fable-5-1"


def test_every_read_value_has_a_line(litellm):
    for entry in list(litellm.entries.values())[::25]:
        for _name, cited in entry.facts():
            assert cited.citation.line is not None and cited.citation.line >= entry.line


def test_minified_json_claims_no_lines(tmp_path):
    path = tmp_path / "map.json"
    path.write_text('{"m": {"litellm_provider": "openai", "mode": "chat", "deprecation_date": "2026-01-02"}}')
    feed = read_litellm(path)
    assert feed.entries["m"].deprecation_date.value == "2026-01-02"
    assert feed.entries["m"].line is None  # no line is claimed; the entry key and field still cite the value
    assert feed.entries["m"].deprecation_date.citation.entry == "m"


def test_an_entry_at_another_indentation_still_gets_its_lines(litellm):
    # In the snapshot, "claude-haiku-5-5" starts at column 0, unlike its neighbours.
    entry = litellm.entries["claude-haiku-5-5"]
    assert entry.line == line_of(LITELLM, '"claude-haiku-5-5": {')
    assert entry.channel.citation.line > entry.line


def test_reading_twice_gives_the_same_version(litellm_path, litellm):
    assert read_litellm(litellm_path).version == litellm.version
