"""The LLM reader's merge rules, against canned answers (httpx.MockTransport): what is kept, what is dropped."""

import json

import httpx
import pytest

from airegister.extraction import ExtractionError
from airegister.extraction.extract import extract_document
from airegister.extraction.grounding import DROP_REASONS, Grounds, Proposal, check, family
from airegister.extraction.llm import LLMSettings, account_line, parse_answer, read_with_llm, sections
from airegister.extraction.readers import read_markdown

CARD = """# Kestrel 2 Models

Kestrel 2 is developed by Kestrel AI. Kestrel 2 has a context window of 128K tokens.

## Kestrel 2 Mini

Kestrel 2 Mini was trained on data up to March 2024.
Kestrel 2 Mini is the small model of the family and reads prompts of up to 32K tokens; it runs on a laptop.

| Model | Parameters | Licence |
| --- | --- | --- |
| Kestrel 2 Mini | 3B | Apache 2.0 |

Other vendors' models, such as Falcon 9, are not described here.
"""
SETTINGS = LLMSettings(base_url="http://llm.test/v1", model="canned", timeout=5)


def answer(*facts, content: str | None = None):
    """A transport that answers every request with these facts, and records the requests."""
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        body = content if content is not None else json.dumps(
            {"facts": [dict(zip(("model", "field", "value", "excerpt"), f, strict=True)) for f in facts]})
        return httpx.Response(200, json={"choices": [{"message": {"role": "assistant", "content": body}}]})

    transport = httpx.MockTransport(handler)
    transport.seen = seen
    return transport


def run(*facts, content=None, text=CARD):
    doc = read_markdown(text)
    offline = extract_document(doc, "card.md")
    transport = answer(*facts, content=content)
    result = read_with_llm(offline, doc, SETTINGS, transport=transport)
    return result, {m.name: m for m in result.models}, transport


def test_the_offline_reader_alone():
    models = {m.name: m for m in extract_document(read_markdown(CARD), "card.md").models}
    assert models["Kestrel 2 Mini"].knowledge_cutoff is None  # what the canned answers below fill
    assert models["Kestrel 2 Mini"].training_data_cutoff == "2024-03"
    assert models["Kestrel 2 Mini"].context_window is None


def test_a_grounded_value_is_kept_and_marked_as_the_llms():
    excerpt = "Kestrel 2 Mini is the small model of the family and reads prompts of up to 32K tokens"
    result, models, transport = run(("Kestrel 2 Mini", "context_window", "32,000 tokens", excerpt))
    mini = models["Kestrel 2 Mini"]
    assert mini.context_window == 32000
    assert mini.evidence["context_window"] == excerpt
    assert mini.llm_fields == ["context_window"]
    assert result.llm == {"model": "canned", "proposed": 1, "kept": 1, "dropped": {}, "error": None}
    out = result.to_dict()
    assert out["llm"]["kept"] == 1
    assert [m["llm_fields"] for m in out["models"] if m["name"] == "Kestrel 2 Mini"] == [["context_window"]]
    request = transport.seen[0]
    assert request["model"] == "canned" and request["temperature"] == 0
    assert request["response_format"]["type"] == "json_schema"
    assert "Kestrel 2 Mini" in request["messages"][1]["content"]


def test_an_excerpt_not_verbatim_is_dropped():
    _, models, _ = run(("Kestrel 2 Mini", "context_window", "32K",
                        "Kestrel 2 Mini supports a context of 32K tokens"))  # a paraphrase
    assert models["Kestrel 2 Mini"].context_window is None


def test_a_value_the_parser_does_not_read_from_the_excerpt_is_dropped():
    excerpt = "Kestrel 2 Mini is the small model of the family and reads prompts of up to 32K tokens"
    result, models, _ = run(("Kestrel 2 Mini", "context_window", "64K", excerpt))
    assert models["Kestrel 2 Mini"].context_window is None
    assert result.llm["dropped"] == {"parser_disagrees": 1}
    year = Proposal("Kestrel 2 Mini", "context_window", "2024", "Kestrel 2 Mini was trained on data up to March 2024.")
    assert check(year, Grounds(read_markdown(CARD)))[0] == "parser_disagrees"  # a year is not a token count
    bare = Proposal("Kestrel 2 Mini", "context_window", "32K", "32K tokens")
    assert check(bare, Grounds(read_markdown(CARD)))[0] == "parser_disagrees"  # a bare figure is no statement


def test_a_value_without_the_models_name_nearby_is_dropped():
    # Verbatim, and the parser reads 128K from it, but it is said of Kestrel 2, not of Kestrel 2 Mini's section.
    result, models, _ = run(("Falcon 9", "context_window", "128K",
                             "Kestrel 2 has a context window of 128K tokens."))
    assert "Falcon 9" not in models
    assert result.llm["dropped"] == {"model_not_in_excerpt": 1}
    # The family ('Kestrel 2') stands there, but the sentence names another model of the document in full.
    excerpt = "Kestrel 2 has a context window of 128K tokens."
    result, models, _ = run(("Kestrel 2 Mini", "context_window", "128K", excerpt))
    assert models["Kestrel 2 Mini"].context_window is None
    assert result.llm["dropped"] == {"model_not_in_excerpt": 1}


def test_the_section_heading_names_the_model():
    # 'it runs on a laptop' does not name the model, its section heading does: knowledge cutoff is not stated,
    # so this is about the model rule only: a sentence under '## Kestrel 2 Mini' stands for it.
    g = Grounds(read_markdown(CARD), ["Kestrel 2", "Kestrel 2 Mini"])
    ok = Proposal("Kestrel 2 Mini", "training_data_cutoff", "March 2024",
                  "Kestrel 2 Mini was trained on data up to March 2024.")
    assert check(ok, g) == (None, "2024-03")
    under = Proposal("Kestrel 2 Mini", "context_window", "32K", "reads prompts of up to 32K tokens")
    assert check(under, g) == (None, 32000)
    elsewhere = Proposal("Falcon 9", "context_window", "32K", "reads prompts of up to 32K tokens")
    assert check(elsewhere, g)[0] == "model_not_in_excerpt"


def test_a_table_row_grounds_its_cells():
    g = Grounds(read_markdown(CARD))
    row = "| Kestrel 2 Mini | 3B | Apache 2.0 |"
    assert check(Proposal("Kestrel 2 Mini", "parameters", "3 billion", row), g) == (None, 3_000_000_000)
    assert check(Proposal("Kestrel 2 Mini", "license", "Apache-2.0", row), g) == (None, "Apache-2.0")
    assert check(Proposal("Kestrel 2 Mini", "parameters", "7B", row), g)[0] == "parser_disagrees"


def test_the_offline_value_is_not_overwritten():
    result, models, _ = run(("Kestrel 2", "context_window", "128K", "Kestrel 2 has a context window of 128K tokens."),
                            ("Kestrel 2 Mini", "training_data_cutoff", "2024-03",
                             "Kestrel 2 Mini was trained on data up to March 2024."))
    assert models["Kestrel 2"].context_window == 128000 and models["Kestrel 2"].llm_fields == []
    assert models["Kestrel 2 Mini"].llm_fields == []
    assert result.llm["dropped"] == {"offline_value": 2}


def test_a_model_the_offline_reader_missed_is_added_only_when_grounded():
    text = CARD + "\nFalcon 9 is developed by Falcon Labs.\n"
    result, models, _ = run(("Falcon 9", "developer", "Falcon Labs", "Falcon 9 is developed by Falcon Labs."),
                            ("Kestrel AI", "developer", "Kestrel AI", "Kestrel 2 is developed by Kestrel AI."),
                            ("Heron 3", "license", "MIT", "Heron 3 is licensed under MIT."), text=text)
    if "Falcon 9" in [m.name for m in extract_document(read_markdown(text)).models]:
        pytest.skip("the offline reader found Falcon 9 itself")
    assert models["Falcon 9"].developer == "Falcon Labs" and models["Falcon 9"].llm_fields == ["developer"]
    assert "Kestrel AI" not in models and "Heron 3" not in models
    assert result.llm["dropped"] == {"model_not_in_document": 1, "not_a_model": 1}


def test_malformed_answers_are_counted_not_fatal():
    result, models, _ = run(content="this is not JSON {")
    assert result.llm["dropped"] == {"malformed": 1} and result.llm["error"] is None
    assert models["Kestrel 2"].context_window == 128000  # the offline facts stand
    fenced = '```json\n{"facts": [{"model": "Kestrel 2", "field": "license"}, 3]}\n```'
    assert parse_answer(fenced) == ([], 2)
    unknown = '{"facts": [{"model": "Kestrel 2", "field": "price", "value": "$1", "excerpt": "Kestrel 2"}]}'
    result, _, _ = run(content=unknown)
    assert result.llm["dropped"] == {"unknown_field": 1}


def test_an_endpoint_error_keeps_the_offline_facts():
    doc = read_markdown(CARD)
    failing = httpx.MockTransport(lambda request: httpx.Response(500, text="model not loaded"))
    result = read_with_llm(extract_document(doc), doc, SETTINGS, transport=failing)
    assert "HTTP 500" in result.llm["error"] and "model not loaded" in result.llm["error"]
    assert account_line(result.llm).startswith("warning: LLM reader failed, offline facts only:")

    def refuse(request):
        raise httpx.ConnectError("connection refused")

    result = read_with_llm(extract_document(doc), doc, SETTINGS, transport=httpx.MockTransport(refuse))
    assert "ConnectError" in result.llm["error"]
    assert {m.name for m in result.models} >= {"Kestrel 2", "Kestrel 2 Mini"}


def test_settings_from_the_environment():
    assert LLMSettings.from_env({}) is None
    settings = LLMSettings.from_env({"AIREGISTER_LLM_BASE_URL": "http://127.0.0.1:8080/v1/",
                                     "AIREGISTER_LLM_MODEL": "m", "AIREGISTER_LLM_API_KEY": "k"})
    assert settings.base_url == "http://127.0.0.1:8080/v1" and settings.api_key == "k"
    with pytest.raises(ExtractionError, match="AIREGISTER_LLM_MODEL"):
        LLMSettings.from_env({"AIREGISTER_LLM_BASE_URL": "http://127.0.0.1:8080/v1"})
    with pytest.raises(ExtractionError, match="not an http"):
        LLMSettings.from_env({"AIREGISTER_LLM_BASE_URL": "file:///etc", "AIREGISTER_LLM_MODEL": "m"})


def test_the_document_is_sent_in_bounded_sections():
    long = "".join(f"## Part {i}\n\n" + "Kestrel 2 is a model. " * 100 + "\n\n" for i in range(40))
    parts = sections(read_markdown(long), chunk_chars=3000, max_chars=20000)
    assert len(parts) > 1 and all(len(p) <= 3000 + 200 for p in parts)
    assert sum(len(p) for p in parts) <= 20000 + len(parts)
    assert sections(read_markdown(CARD))[0].startswith("# Kestrel 2 Models")
    assert "| Kestrel 2 Mini | 3B | Apache 2.0 |" in sections(read_markdown(CARD))[0]


def test_families():
    assert family("Llama 3.1 8B Instruct") == ["llama", "3.1"]
    assert family("Kestrel 2 Mini") == ["kestrel", "2"]
    g = Grounds(read_markdown("# Llama 3.1\n\nThe 8B model has a context window of 128K tokens.\n"))
    proposal = Proposal("Llama 3.1 8B Instruct", "context_window", "128K", "has a context window of 128K tokens")
    assert check(proposal, g) == (None, 128000)  # the family stands in the section's heading


def test_every_reason_is_documented():
    result, _, _ = run(("Nobody 1", "context_window", "1K", "nowhere"), ("Kestrel 2", "price", "1", "Kestrel 2"),
                       ("Kestrel 2", "license", "MIT", "x" * 600), ("Kestrel 2", "license", "none", "Kestrel 2"))
    assert result.llm["dropped"] == {"model_not_in_document": 1, "unknown_field": 1, "excerpt_too_long": 1,
                                     "value_unreadable": 1}
    assert set(result.llm["dropped"]) <= set(DROP_REASONS)
