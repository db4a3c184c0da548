"""models.dev on the real snapshot: counts, a model's facts and their lines, inheritance, matching, channel kinds."""

from airegister.feeds import ChannelKind, Match, read_models_dev

from .conftest import MODELS_DEV, line_of


def test_counts(models_dev):
    assert len(models_dev.models) == 231
    assert len(models_dev.labs) == 20
    assert len(models_dev.channels) == 147
    assert len(models_dev.offers) > 5000
    assert models_dev.files == 231 + 147 + len(models_dev.offers)
    assert models_dev.skipped == []
    assert models_dev.commit is None and models_dev.version == models_dev.content_hash
    assert models_dev.version.startswith("sha256:") and len(models_dev.version) == 7 + 64


def test_a_model_facts_and_lines(models_dev):
    model = models_dev.models["anthropic/claude-3-5-haiku-20241022"]
    path = MODELS_DEV / model.file
    assert model.file == "models/anthropic/claude-3-5-haiku-20241022.toml"
    assert model.lab == "anthropic" and model.id == "claude-3-5-haiku-20241022"
    assert model.name.value == "Claude Haiku 3.5"
    assert model.family.value == "claude-haiku"
    assert model.release_date.value == "2024-10-22"
    assert model.knowledge.value == "2024-07-31"
    assert model.context_window.value == 200_000
    assert model.output_limit.value == 8_192
    assert model.input_limit is None  # not stated: "Not recorded"
    assert model.input_modalities.value == ("text", "image", "pdf")
    assert model.output_modalities.value == ("text",)
    assert model.open_weights.value is False
    assert model.reasoning.value is False and model.tool_call.value is True
    assert model.attachment.value is True and model.temperature.value is True
    assert model.structured_output is None

    context = model.context_window.citation
    assert (context.feed, context.file, context.key) == ("models.dev", model.file, "limit.context")
    assert context.version == models_dev.version
    assert context.line == context.end_line == line_of(path, "context = 200_000")
    assert model.knowledge.citation.line == line_of(path, 'knowledge = "2024-07-31"')
    assert model.output_modalities.citation.line == line_of(path, 'output = ["text"]')
    assert model.name.citation.line == 1
    assert str(context) == f"models.dev {models_dev.version} {model.file}:{context.line} limit.context"

    (bench,) = model.benchmarks
    assert (bench.name, bench.score, bench.metric) == ("Aider Polyglot", 28.0, "percent correct")
    assert bench.source == "https://aider.chat/docs/leaderboards/" and bench.date == "2024-12-21"
    assert bench.citation.key == "benchmarks[0]"
    assert bench.citation.line == line_of(path, "[[benchmarks]]")
    assert bench.citation.end_line == line_of(path, 'date = "2024-12-21"')
    assert dict(model.facts())["name"] is model.name


def test_every_lab_model_states_the_required_facts(models_dev):
    for model in models_dev.models.values():
        for name in ("name", "release_date", "last_updated", "context_window", "input_modalities", "open_weights"):
            cited = getattr(model, name)
            assert cited is not None, (model.key, name)
            assert cited.citation.line is not None, (model.key, name)


def test_labs_are_the_model_folders(models_dev):
    anthropic = models_dev.labs["anthropic"]
    assert anthropic.folder == "models/anthropic"
    assert "anthropic/claude-fable-5" in anthropic.models
    assert anthropic.name.value == "Anthropic"  # providers/anthropic/provider.toml
    assert anthropic.name.citation.file == "providers/anthropic/provider.toml"
    assert models_dev.labs["meta"].name is None  # no channel has the lab's id: no name is invented
    assert sum(len(lab.models) for lab in models_dev.labs.values()) == 231


def test_claude_on_amazon_bedrock_with_the_channel_model_id(models_dev):
    offers = {o.model_id: o for o in models_dev.offers_of("anthropic/claude-fable-5") if o.channel == "amazon-bedrock"}
    assert {"eu.anthropic.claude-fable-5", "global.anthropic.claude-fable-5", "us.anthropic.claude-fable-5"} <= set(
        offers)
    offer = offers["eu.anthropic.claude-fable-5"]
    assert offer.file == "providers/amazon-bedrock/models/eu.anthropic.claude-fable-5.toml"
    assert offer.match == Match.BASE_MODEL
    assert offer.base_model.value == "anthropic/claude-fable-5"
    channel = models_dev.channels["amazon-bedrock"]
    assert channel.name.value == "Amazon Bedrock" and channel.kind == ChannelKind.CLOUD
    assert channel.doc.value == "https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html"


def test_base_model_inheritance(models_dev):
    offer = next(o for o in models_dev.offers
                 if o.channel == "amazon-bedrock" and o.model_id == "eu.anthropic.claude-fable-5")
    own = MODELS_DEV / offer.file
    base = MODELS_DEV / "models/anthropic/claude-fable-5.toml"
    # The offer's own values.
    assert offer.name.value == "Claude Fable 5 (EU)" and not offer.name.inherited
    assert offer.name.citation.file == offer.file and offer.name.citation.line == line_of(own, "name =")
    assert offer.input_modalities.value == ("text", "image") and not offer.input_modalities.inherited
    assert offer.prices["input"].value == 11 and offer.prices["cache_write"].value == 13.75
    assert offer.prices["input"].citation.line == line_of(own, "input = 11")
    assert offer.reasoning_options.value[0]["type"] == "effort"
    # Inherited from the lab model: cited there. [modalities] deep-merges (output from the base, input its own).
    assert offer.output_modalities.value == ("text",) and offer.output_modalities.inherited
    assert offer.output_modalities.citation.file == "models/anthropic/claude-fable-5.toml"
    assert offer.knowledge.value == "2026-01-31" and offer.knowledge.inherited
    assert offer.knowledge.citation.line == line_of(base, "knowledge =")
    assert offer.context_window.value == 1_000_000 and offer.context_window.inherited
    assert offer.context_window.citation.line == line_of(base, "context =")
    assert offer.status is None and not offer.deprecated


def test_base_model_omit_drops_an_inherited_value(models_dev):
    offer = next(o for o in models_dev.offers
                 if o.channel == "azure-cognitive-services" and o.model_id == "gpt-5-pro")
    assert offer.omitted == ("limit.input",)
    assert models_dev.models["openai/gpt-5-pro"].input_limit.value == 272_000
    assert offer.input_limit is None
    assert offer.context_window.value == 400_000 and offer.context_window.inherited


def test_nested_offer_ids_keep_their_folders(models_dev):
    offer = next(o for o in models_dev.offers if o.file == "providers/poe/models/openai/gpt-5.5.toml")
    assert offer.model_id == "openai/gpt-5.5" and offer.channel == "poe"


def test_matching_rules(models_dev):
    by = {(o.channel, o.model_id): o for o in models_dev.offers}
    first_party = by[("anthropic", "claude-fable-5")]
    assert first_party.model == "anthropic/claude-fable-5" and first_party.match == Match.FIRST_PARTY
    assert first_party.base_model is None and not first_party.context_window.inherited  # no base: own values only
    bedrock = by[("amazon-bedrock", "anthropic.claude-opus-4-5-20251101-v1:0")]
    assert bedrock.model == "anthropic/claude-opus-4-5-20251101" and bedrock.match == Match.PLATFORM_NAME
    matches = {o.match for o in models_dev.offers if o.model is not None}
    assert matches == {Match.BASE_MODEL, Match.LAB_PATH, Match.FIRST_PARTY, Match.UNIQUE_ID, Match.PLATFORM_NAME}
    for offer in models_dev.offers:
        if offer.model is not None:
            assert offer.model in models_dev.models
            assert not offer.unmatched_reason


def test_unmatched_offers_are_reported_not_guessed(models_dev):
    unmatched = models_dev.unmatched
    assert 0 < len(unmatched) < len(models_dev.offers)
    nova = next(o for o in unmatched if o.channel == "amazon-bedrock" and o.model_id == "amazon.nova-pro-v1:0")
    assert nova.model is None and nova.match == ""
    assert nova.unmatched_reason == "no base_model, and no lab model has the id 'amazon.nova-pro-v1:0'"
    assert nova.name.value  # its own facts are still read
    assert all(o.unmatched_reason for o in unmatched)


def test_deprecated_status(models_dev):
    deprecated = [o for o in models_dev.offers if o.deprecated]
    assert len(deprecated) > 50
    assert all(o.status.citation.key == "status" and o.status.citation.line for o in deprecated)


def test_channel_kinds_follow_evidence(models_dev):
    channels = models_dev.channels
    assert channels["anthropic"].kind == ChannelKind.VENDOR and channels["anthropic"].lab == "anthropic"
    assert channels["openai"].kind == ChannelKind.VENDOR
    assert channels["google-vertex"].kind == ChannelKind.CLOUD
    assert channels["azure"].kind == ChannelKind.CLOUD
    assert channels["openrouter"].kind == ChannelKind.AGGREGATOR
    # NVIDIA is a lab, but its channel serves other labs' models: not first-party.
    assert channels["nvidia"].kind == ChannelKind.AGGREGATOR
    assert {c.kind for c in channels.values()} <= set(ChannelKind.ALL)
    assert all(c.kind_evidence for c in channels.values())
    assert channels["anthropic"].offers == len([o for o in models_dev.offers if o.channel == "anthropic"])
    assert channels["anthropic"].env.value == ("ANTHROPIC_API_KEY",)


def test_offers_cite_their_own_file_lines(models_dev):
    for offer in models_dev.offers[::50]:
        for _name, cited in offer.facts():
            citation = cited.citation
            assert citation.line is not None, (offer.file, citation.key)
            text = (MODELS_DEV / citation.file).read_text(encoding="utf-8").splitlines()[citation.line - 1]
            assert citation.key.split(".")[-1] in text, (citation, text)
            assert cited.inherited == (citation.file != offer.file)


def test_reading_twice_gives_the_same_records(models_dev_path, models_dev):
    again = read_models_dev(models_dev_path)
    assert again.version == models_dev.version
    assert [(o.channel, o.model_id, o.model) for o in again.offers] == [
        (o.channel, o.model_id, o.model) for o in models_dev.offers]
