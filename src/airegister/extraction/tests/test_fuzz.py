"""Fuzzing: random bytes, text, Markdown and nested HTML never crash the extractor. Each input is either refused
with an ExtractionError (one line) or read into the contract, with every excerpt verbatim in the document."""

import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from airegister.extraction import ExtractionError, extract_path
from airegister.extraction.readers import read_path

FUZZ = settings(max_examples=120, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
FRAGMENTS = [
    "Orion-2 8B", "Orion-2 70B", "Halo 3 Mini", "model card for Kite 2", "Release date", "May 2025",
    "July 23, 2024", "knowledge cutoff", "training data cutoff", "context window", "128K tokens", "8B parameters",
    "License:", "Apache 2.0", "Llama 3.1 Community License", "available on", "Amazon Bedrock", "Hugging Face",
    "accepts text and images as input", "outputs text", "ASL-3", "under the ASL-2 Standard", "89%", "± 13%",
    "without safeguards", "developed by Acme Labs", "(", ")", ":", ".", "|", "\n", " ", "#", "- ", "**", "<b>",
]


def check(path: Path) -> None:
    try:
        result = extract_path(path)
    except ExtractionError as exc:
        assert "\n" not in str(exc) and str(exc)
        return
    out = json.loads(json.dumps(result.to_dict()))
    verbatim = re.sub(r"\s+", " ", read_path(path)[0].verbatim)
    for model in out["models"]:
        assert model["name"]
        for field in ("release_date", "knowledge_cutoff", "training_data_cutoff"):
            assert model[field] is None or DATE.match(model[field])
        for field in ("context_window", "parameters"):
            assert model[field] is None or isinstance(model[field], int)
        for field in ("input_modalities", "output_modalities"):
            assert model[field] is None or set(model[field]) <= {"text", "image", "audio", "video"}
        for field, value in model.items():
            if field not in ("name", "evidence", "evaluations") and value not in (None, []):
                assert re.sub(r"\s+", " ", model["evidence"][field]).strip() in verbatim, field
        for item in model["evaluations"]:
            assert isinstance(item["value"], float) and item["evidence"]


def run(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(data)
        check(path)


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from([".txt", ".md", ".html", ".pdf", ""]))
def test_random_bytes(data, suffix):
    run(data, suffix)


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=60),
       st.sampled_from([".txt", ".md", ".html"]))
def test_random_model_card_like_text(parts, suffix):
    run("".join(parts).encode("utf-8", "surrogatepass").decode("utf-8", "ignore").encode(), suffix)


TAGS = ["div", "p", "span", "table", "tr", "td", "th", "ul", "li", "h1", "h2", "b", "script", "style", "nav", "dl",
        "dt", "dd", "a", "br", "section"]


def html_tree(max_leaves=40):
    text = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=15))

    def extend(children):
        return st.tuples(st.sampled_from(TAGS), st.sampled_from(["", " rowspan=3", " colspan=2", " hidden"]),
                         st.lists(children, max_size=4)).map(
            lambda t: f"<{t[0]}{t[1]}>" + "".join(t[2]) + (f"</{t[0]}>" if t[0] != "br" else ""))

    return st.recursive(text, extend, max_leaves=max_leaves)


@FUZZ
@given(html_tree(), st.booleans())
def test_random_nested_html(body, unclosed):
    html = f"<!doctype html><html><head><title>t</title></head><body>{body}</body></html>"
    if unclosed:
        html = html.replace("</td>", "").replace("</li>", "").replace("</p>", "")
    run(html.encode("utf-8", "ignore"), ".html")


@settings(max_examples=15, deadline=None, database=None)
@given(st.integers(min_value=1, max_value=3000), st.sampled_from(["div", "ul", "table", "b", "blockquote"]))
def test_deep_nesting_is_refused_or_read(depth, tag):
    run(("<html><body>" + f"<{tag}>" * depth + "Orion-2 8B model card</body></html>").encode(), ".html")
