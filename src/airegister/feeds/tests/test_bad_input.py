"""Bad input: one `FeedError` with a one-line message naming the file (and line or key) and what is wrong."""

import pytest

from airegister.feeds import FeedError, read_litellm, read_models_dev

from .conftest import write


def fails(read, path) -> str:
    with pytest.raises(FeedError) as caught:
        read(path)
    message = str(caught.value)
    assert "\n" not in message and message
    return message


def test_the_small_feed_reads(small_feed):
    feed = read_models_dev(small_feed)
    (offer,) = feed.offers
    assert offer.model == "acme/alpha-one" and offer.deprecated
    assert offer.output_limit.value == 4_096 and not offer.output_limit.inherited
    assert offer.context_window.value == 128_000 and offer.context_window.inherited
    assert offer.input_limit is None  # base_model_omit
    assert offer.prices == {"input": offer.prices["input"], "output": offer.prices["output"]}
    assert feed.channels["acme"].kind == "vendor" and feed.channels["acme"].api.value == "https://api.acme.test/v1"


def test_missing_folder(tmp_path):
    missing = tmp_path / "nowhere"
    expected = "not found (expected a models.dev checkout folder or its published api.json)"
    assert fails(read_models_dev, missing) == f"{missing}: {expected}"


def test_not_a_checkout(tmp_path):
    (tmp_path / "models").mkdir()
    assert fails(read_models_dev, tmp_path) == f"{tmp_path}: not a models.dev checkout: no providers/ folder"


def test_malformed_toml(small_feed):
    path = write(small_feed, "models/acme/broken.toml", 'name = "Broken"\nfamily = [\n')
    message = fails(read_models_dev, small_feed)
    assert message.startswith(f"{path}: malformed TOML: ")
    assert "line" in message


def test_unknown_field_names_file_line_and_key(small_feed):
    path = small_feed / "models/acme/alpha-one.toml"
    path.write_text(path.read_text().replace("[limit]\n", "[limit]\nwindow = 3\n"))
    assert fails(read_models_dev, small_feed) == f"{path}:12: limit.window: unknown field"


def test_unknown_top_level_field(small_feed):
    path = write(small_feed, "providers/acme/provider.toml", 'name = "Acme"\nlogo = "acme.svg"\n')
    assert fails(read_models_dev, small_feed) == f"{path}:2: logo: unknown field"


def test_provider_only_field_in_a_lab_file(small_feed):
    path = small_feed / "models/acme/alpha-one.toml"
    path.write_text(path.read_text() + '\n[cost]\ninput = 1\n')
    assert fails(read_models_dev, small_feed) == f"{path}:20: cost: unknown field"


@pytest.mark.parametrize(("line", "expected"), [
    ('release_date = "January 2025"', "release_date: expected a date (YYYY-MM or YYYY-MM-DD), found 'January 2025'"),
    ("open_weights = \"yes\"", "open_weights: expected true or false, found 'yes'"),
    ('status = "retired"', "status: 'retired' is not one of alpha, beta, deprecated"),
])
def test_wrong_types(small_feed, line, expected):
    path = write(small_feed, "providers/acme/models/beta.toml", f'base_model = "acme/alpha-one"\n{line}\n')
    assert fails(read_models_dev, small_feed) == f"{path}:2: {expected}"


def test_wrong_type_in_a_list(small_feed):
    path = small_feed / "models/acme/alpha-one.toml"
    path.write_text(path.read_text().replace('input = ["text"]', 'input = ["text", "smell"]'))
    assert fails(read_models_dev, small_feed) == (
        f"{path}:17: modalities.input[1]: 'smell' is not one of text, audio, image, video, pdf")


def test_base_model_naming_no_lab_model(small_feed):
    path = write(small_feed, "providers/acme/models/gamma.toml", 'name = "G"\nbase_model = "acme/gamma"\n')
    assert fails(read_models_dev, small_feed) == (
        f"{path}:2: base_model: no lab model 'acme/gamma' (no models/acme/gamma.toml)")


def test_offers_of_a_provider_without_provider_toml(small_feed):
    path = write(small_feed, "providers/other/models/x.toml", 'base_model = "acme/alpha-one"\n')
    assert fails(read_models_dev, small_feed) == (
        f"{small_feed / 'providers/other/provider.toml'}: no such file")
    assert path.exists()


def test_not_utf8(small_feed):
    path = small_feed / "models/acme/alpha-one.toml"
    path.write_bytes(b'name = "\xff"\n')
    assert fails(read_models_dev, small_feed) == f"{path}: not UTF-8 text (byte 8)"


def test_broken_symlink_is_skipped_and_reported(small_feed):
    (small_feed / "providers/acme/models/link.toml").symlink_to(small_feed / "nowhere.toml")
    assert read_models_dev(small_feed).skipped == ["providers/acme/models/link.toml"]


# --- LiteLLM ------------------------------------------------------------------------------------------------------


def test_litellm_missing_file(tmp_path):
    path = tmp_path / "missing.json"
    assert fails(read_litellm, path) == f"{path}: no such file"
    assert fails(read_litellm, tmp_path).startswith(f"{tmp_path}: is a folder")


def test_malformed_json(tmp_path):
    path = write(tmp_path, "map.json", '{\n    "m": {\n        "mode": "chat",\n    }\n}\n')
    assert fails(read_litellm, path) == (
        f"{path}:4: malformed JSON: Expecting property name enclosed in double quotes (column 5)")


def test_litellm_unknown_field(tmp_path):
    path = write(tmp_path, "map.json", '{\n    "m": {\n        "mode": "chat",\n        "colour": "red"\n    }\n}\n')
    assert fails(read_litellm, path) == f'{path}:4: "m": colour: unknown field'


def test_litellm_wrong_types(tmp_path):
    path = write(tmp_path, "map.json", '{\n    "m": {\n        "deprecation_date": "soon"\n    }\n}\n')
    assert fails(read_litellm, path) == f'{path}:3: "m": deprecation_date: expected a date (YYYY-MM-DD), found \'soon\''
    path = write(tmp_path, "map.json", '{"m": {"supports_vision": "yes"}}')
    assert fails(read_litellm, path) == f'{path}: "m": supports_vision: expected true or false, found \'yes\''
    path = write(tmp_path, "map.json", '{"m": 3}')
    assert fails(read_litellm, path) == f'{path}: "m": expected an object, found int'
    path = write(tmp_path, "map.json", "[]")
    assert fails(read_litellm, path) == f"{path}: expected a JSON object of model entries, found a list"
