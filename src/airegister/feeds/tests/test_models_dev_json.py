"""models.dev's published api.json: the same records as a checkout, cited by JSON path and line; bad input."""

import hashlib
import json

import pytest

from airegister.feeds import LAB_IDS, FeedError, Match, read_models_dev, read_models_dev_json
from airegister.feeds.records import OFFER_FACTS

from .apijson import build_api_json, write_api_json


def fails(path) -> str:
    with pytest.raises(FeedError) as caught:
        read_models_dev_json(path, labs=LAB_IDS | {"acme"})
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


def test_records_and_citations(small_feed, tmp_path):
    file = write_api_json(small_feed, tmp_path / "api.json")
    feed = read_models_dev_json(file, labs=LAB_IDS | {"acme"})
    digest = "sha256:" + hashlib.sha256(file.read_bytes()).hexdigest()
    assert feed.version == feed.content_hash == digest and feed.commit is None and feed.files == 1
    assert list(feed.labs) == ["acme"] and feed.labs["acme"].models == ["acme/alpha-one"]
    assert feed.labs["acme"].name.value == "Acme"
    model = feed.models["acme/alpha-one"]
    # The first-party entry stands for the lab model: the lab file's values, merged with the provider's own.
    assert (model.name.value, model.family.value, model.knowledge.value) == ("Alpha One", "alpha", "2024-06")
    assert model.context_window.value == 128_000 and model.output_limit.value == 4_096
    assert model.input_limit is None  # base_model_omit, applied by models.dev's build
    (offer,) = feed.offers
    assert (offer.channel, offer.model_id, offer.model, offer.match) == ("acme", "alpha-one", "acme/alpha-one",
                                                                         Match.FIRST_PARTY)
    assert offer.deprecated and offer.prices["input"].value == 1.5 and not offer.context_window.inherited
    assert feed.channels["acme"].kind == "vendor" and feed.channels["acme"].env.value == ("ACME_KEY",)
    lines = file.read_text(encoding="utf-8").splitlines()
    citation = model.context_window.citation
    assert (citation.feed, citation.version, citation.file) == ("models.dev", digest, "api.json")
    assert citation.key == "acme.models.alpha-one.limit.context"
    assert lines[citation.line - 1].strip() == '"context": 128000,'
    modalities = model.input_modalities.citation
    assert lines[modalities.line - 1].strip() == '"input": [' and lines[modalities.end_line - 1].strip() == "],"
    assert offer.prices["output"].citation.key == "acme.models.alpha-one.cost.output"
    assert lines[offer.prices["output"].citation.line - 1].strip() == '"output": 6'
    assert feed.channels["acme"].doc.citation.key == "acme.doc"
    assert str(citation) == f"models.dev {digest} api.json:{citation.line} acme.models.alpha-one.limit.context"


def test_a_minified_file_is_cited_without_lines(small_feed, tmp_path):
    file = write_api_json(small_feed, tmp_path / "api.min.json", indent=None)
    feed = read_models_dev_json(file, labs=LAB_IDS | {"acme"})
    citation = feed.models["acme/alpha-one"].context_window.citation
    assert citation.line is None and citation.key == "acme.models.alpha-one.limit.context"


def test_a_provider_not_a_lab_has_only_offers(small_feed, tmp_path):
    feed = read_models_dev_json(write_api_json(small_feed, tmp_path / "api.json"))
    assert feed.labs == {} and feed.models == {}
    assert feed.offers[0].model is None and "no lab model" in feed.offers[0].unmatched_reason


def test_the_snapshot_as_json_has_the_checkout_s_channels_and_offers(models_dev_path, models_dev, tmp_path):
    file = write_api_json(models_dev_path, tmp_path / "api.json")
    feed = read_models_dev_json(file)
    assert set(feed.channels) == set(models_dev.channels)
    assert [(o.channel, o.model_id) for o in feed.offers] == [(o.channel, o.model_id) for o in models_dev.offers]
    assert set(feed.labs) == set(models_dev.labs) & set(models_dev.channels)
    checkout = {(o.channel, o.model_id): o for o in models_dev.offers}
    lines = file.read_text(encoding="utf-8").splitlines()
    for offer in feed.offers[::50]:
        same = checkout[(offer.channel, offer.model_id)]
        for name in OFFER_FACTS:  # the build applied base_model: the same values, each the offer's own
            mine, theirs = getattr(offer, name), getattr(same, name)
            assert (mine and mine.value) == (theirs and theirs.value), (offer.model_id, name)
            if mine is not None and not isinstance(mine.value, tuple | list | dict):
                assert lines[mine.citation.line - 1].strip().startswith(f'"{mine.citation.key.split(".")[-1]}":')
        if same.model is not None and offer.model is not None:  # the lab model's key is the first-party id:
            assert same.model.split("/")[0] == offer.model.split("/")[0]  # nvidia/nvidia/… for nvidia/…


@pytest.mark.parametrize("text, words", [
    ("{\n  \"acme\": {\n", "api.json:3: malformed JSON"),
    ("[]", "expected a JSON object of providers"),
    ('{\n  "acme": 3\n}\n', "api.json:2: acme: expected an object, found int"),
    ('{\n  "acme": {\n    "name": "Acme"\n  }\n}\n', "acme: models: missing"),
    ('{\n  "acme": {\n    "models": {}\n  }\n}\n', "api.json:2: acme: name: missing"),
    ('{\n  "acme": {\n    "name": "Acme",\n    "models": []\n  }\n}\n', "acme.models: expected an object"),
    ('{\n  "acme": {\n    "name": "Acme",\n    "color": "red",\n    "models": {}\n  }\n}\n',
     "api.json:4: acme.color: unknown field"),
    ('{\n  "acme": {\n    "name": "Acme",\n    "models": {\n      "a": {\n        "id": "b"\n      }\n    }\n  }\n}\n',
     "api.json:6: acme.models.a.id: 'b' differs from its key 'a'"),
    ('{\n  "acme": {\n    "name": "Acme",\n    "models": {\n      "a": {\n        "limit": {\n'
     '          "window": 3\n        }\n      }\n    }\n  }\n}\n',
     "api.json:7: acme.models.a.limit.window: unknown field"),
    ('{"acme": {"name": "Acme", "models": {"a": {"status": "retired"}}}}',
     "api.json: acme.models.a.status: 'retired' is not one of alpha, beta, deprecated"),
])
def test_bad_input(tmp_path, text, words):
    file = tmp_path / "api.json"
    file.write_text(text, encoding="utf-8")
    assert words in fails(file)


def test_missing_file_and_folder(tmp_path):
    assert fails(tmp_path / "nowhere.json").endswith("no such file")
    assert "is a folder" in fails(tmp_path)


def test_the_builder_follows_models_dev_s_shape(small_feed):
    built = build_api_json(small_feed)
    assert json.loads(json.dumps(built))["acme"]["models"]["alpha-one"]["id"] == "alpha-one"
    assert "base_model" not in built["acme"]["models"]["alpha-one"]
    # the checkout reader still reads the same folder
    assert read_models_dev(small_feed).offers[0].model == "acme/alpha-one"
