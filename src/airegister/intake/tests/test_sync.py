"""`airegister sync models-dev PATH` / `sync litellm FILE`: matching, citations, vendor statements kept, idempotence,
field-level changes and flags, --channels, bad input, and the real snapshots of ../shared/data."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from airegister.catalog.models import AIModel, Channel, ComplianceFlag, ContinuityLink, ModelAvailability, Vendor
from airegister.core.models import ObjectChange
from airegister.intake.models import FactChange
from airegister.sources.models import Snapshot, SourceDocument

REPO = Path(__file__).resolve().parents[4]
DATA = REPO.parent / "shared" / "data"

SONNET = """\
name = "Claude Sonnet 3.7"
family = "claude-sonnet"
release_date = "2025-02-19"
last_updated = "2025-02-19"
attachment = true
reasoning = true
temperature = true
tool_call = true
knowledge = "2024-10-31"
open_weights = false

[limit]
context = 200_000
output = 64_000

[modalities]
input = ["text", "image"]
output = ["text"]
"""
ALPHA = 'name = "Alpha One"\nrelease_date = "2025-01-02"\nlast_updated = "2025-01-02"\nattachment = false\n' \
        'reasoning = false\ntool_call = true\nopen_weights = true\n\n[limit]\ncontext = 128_000\noutput = 8_192\n\n' \
        '[modalities]\ninput = ["text"]\noutput = ["text"]\n\n[[benchmarks]]\nname = "MMLU"\nscore = 71.5\n' \
        'metric = "accuracy"\nsource = "https://acme.test/evals"\n'
BEDROCK_OFFER = 'base_model = "anthropic/claude-3-7-sonnet-20250219"\n\n[cost]\ninput = 3\noutput = 15\n'


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def feed(tmp_path) -> Path:
    """A small models.dev checkout: Anthropic's Claude 3.7 Sonnet (a built-in model) on Bedrock and Anthropic's
    API (built-in channels), a new lab with its own API, and an offer no lab model matches."""
    root = tmp_path / "models-dev"
    write(root, "models/anthropic/claude-3-7-sonnet-20250219.toml", SONNET)
    write(root, "models/acme/alpha-one.toml", ALPHA)
    write(root, "providers/amazon-bedrock/provider.toml",
          'name = "Amazon Bedrock"\nenv = ["AWS_ACCESS_KEY_ID"]\nnpm = "@ai-sdk/amazon-bedrock"\n'
          'doc = "https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html"\n')
    write(root, "providers/amazon-bedrock/models/anthropic.claude-3-7-sonnet-20250219-v1:0.toml", BEDROCK_OFFER)
    write(root, "providers/amazon-bedrock/models/us.anthropic.claude-3-7-sonnet-20250219-v1:0.toml", BEDROCK_OFFER)
    write(root, "providers/anthropic/provider.toml",
          'name = "Anthropic"\nenv = ["ANTHROPIC_API_KEY"]\nnpm = "@ai-sdk/anthropic"\n'
          'doc = "https://docs.anthropic.com/en/docs/about-claude/models"\n')
    write(root, "providers/anthropic/models/claude-3-7-sonnet-20250219.toml",
          'base_model = "anthropic/claude-3-7-sonnet-20250219"\n\n[cost]\ninput = 3\noutput = 15\n')
    write(root, "providers/acme/provider.toml",
          'name = "Acme"\nenv = ["ACME_KEY"]\nnpm = "@ai-sdk/openai-compatible"\napi = "https://api.acme.test/v1"\n'
          'doc = "https://acme.test/models"\n')
    write(root, "providers/acme/models/alpha-one.toml", 'base_model = "acme/alpha-one"\n\n[cost]\ninput = 1.5\n'
          "output = 6\n")
    write(root, "providers/acme/models/mystery-9.toml",
          'name = "Mystery 9"\nrelease_date = "2025-01-01"\nlast_updated = "2025-01-01"\nattachment = false\n'
          'reasoning = false\ntool_call = false\nopen_weights = false\n\n[limit]\ncontext = 1000\noutput = 100\n\n'
          '[modalities]\ninput = ["text"]\noutput = ["text"]\n')
    return root


LITELLM_MAP = {
    "sample_spec": {"litellm_provider": "one of https://docs.litellm.ai/docs/providers", "mode": "chat"},
    "anthropic.claude-3-7-sonnet-20250219-v1:0": {
        "litellm_provider": "bedrock", "mode": "chat", "max_input_tokens": 200000,
        "deprecation_date": "2026-04-28",
        "deprecation_source": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html",
        "successor_model": "alpha-one",
    },
    "alpha-one": {"litellm_provider": "acme", "mode": "chat"},
    "nobody-1": {"litellm_provider": "acme", "mode": "chat", "deprecation_date": "2026-01-01"},
}


def sync(*args) -> str:
    out = StringIO()
    call_command("sync", *[str(a) for a in args], stdout=out)
    return out.getvalue()


def history_size() -> int:
    return ObjectChange.objects.count()


def test_feed_matches_built_in_records_and_cites_every_value(catalog, feed):
    before = (Vendor.objects.count(), AIModel.objects.count(), Channel.objects.count())
    output = sync("models-dev", feed)
    # Anthropic, Claude 3.7 Sonnet, AWS Bedrock and the Anthropic API are the built-in records, not copies.
    assert Vendor.objects.count() == before[0] + 1  # Acme
    assert AIModel.objects.count() == before[1] + 1  # Alpha One
    assert Channel.objects.count() == before[2] + 1  # Acme's API
    sonnet = AIModel.objects.get(slug="claude-3-7-sonnet")
    assert sonnet.feed_keys == {"models-dev": "anthropic/claude-3-7-sonnet-20250219"}
    assert Channel.objects.get(slug="aws-bedrock").feed_keys == {"models-dev": "amazon-bedrock"}
    assert Vendor.objects.get(slug="anthropic").feed_keys == {"models-dev": "anthropic"}
    # A fact the built-in catalog did not state is the feed's, cited to its file, line and key.
    assert sonnet.context_window == 200_000
    assert sonnet.evidence["context_window"] == "context = 200_000"
    cited = sonnet.evidence_sources["context_window"]
    assert cited["source"] == "models-dev" and cited["snapshot"] == 1
    assert cited["locator"] == "models/anthropic/claude-3-7-sonnet-20250219.toml:13 limit.context"
    assert cited["version"].startswith("sha256:")
    assert sonnet.capabilities == ["reasoning", "tool-calling", "attachments"]
    # The vendor's (the built-in catalog's) release date outranks the feed's: kept, the feed's shown beside it.
    assert sonnet.release_date == "2025-02-24"
    assert sonnet.feed_facts["release_date"]["value"] == "2025-02-19"
    assert sonnet.feed_facts["release_date"]["excerpt"] == 'release_date = "2025-02-19"'
    # One offer per channel: the plain Bedrock id, the regional one kept beside it.
    offer = ModelAvailability.objects.get(model=sonnet, channel__slug="aws-bedrock")
    assert offer.channel_model_id == "anthropic.claude-3-7-sonnet-20250219-v1:0"
    assert offer.evidence_sources["channel_model_id"]["also"] == ["us.anthropic.claude-3-7-sonnet-20250219-v1:0"]
    assert str(offer.input_price) == "3.000000" and offer.output_limit == 64_000
    assert offer.evidence_sources["output_limit"]["locator"].startswith("models/anthropic/")  # inherited
    assert offer.evidence_sources["input_price"]["locator"].startswith(
        "providers/amazon-bedrock/models/anthropic.claude-3-7-sonnet-20250219-v1:0.toml:")
    # The document and snapshot the citations name; benchmarks as evaluations with their stated source.
    document = SourceDocument.objects.get(slug="models-dev")
    assert document.document_type == "community_dataset" and document.snapshots.count() == 1
    alpha = AIModel.objects.get(name="Alpha One")
    evaluation = alpha.safety_evaluations.get()
    assert evaluation.source == document and "https://acme.test/evals" in evaluation.source_excerpt
    # Unmatched offers are reported, never guessed.
    assert "Unmatched: 1" in output and "acme (1): mystery-9" in output
    assert not AIModel.objects.filter(name="Mystery 9").exists()


def test_a_second_sync_changes_and_logs_nothing(catalog, feed, tmp_path):
    sync("models-dev", feed)
    mapped = tmp_path / "map.json"
    mapped.write_text(json.dumps(LITELLM_MAP, indent=4))
    sync("litellm", mapped)
    logged, snapshots, changes = history_size(), Snapshot.objects.count(), FactChange.objects.count()
    output = sync("models-dev", feed) + sync("litellm", mapped)
    assert output.count("Nothing changed; nothing stored.") == 2
    assert (history_size(), Snapshot.objects.count(), FactChange.objects.count()) == (logged, snapshots, changes)


def test_a_changed_feed_records_field_changes_history_and_a_flag(catalog, feed):
    sync("models-dev", feed)
    logged = history_size()
    offer_file = feed / "providers/amazon-bedrock/models/anthropic.claude-3-7-sonnet-20250219-v1:0.toml"
    offer_file.write_text('base_model = "anthropic/claude-3-7-sonnet-20250219"\nstatus = "deprecated"\n\n'
                          "[cost]\ninput = 3\noutput = 16\n")
    output = sync("models-dev", feed)
    assert "snapshot 2" in output
    rows = {row.field: row for row in FactChange.objects.filter(document__slug="models-dev")}
    assert set(rows) == {"lifecycle_status", "output_price"}
    assert rows["lifecycle_status"].after == "deprecated" and rows["lifecycle_status"].severity == "high"
    assert rows["output_price"].before == 15.0 and rows["output_price"].after == 16.0
    assert rows["output_price"].severity == "low"
    offer = ModelAvailability.objects.get(model__slug="claude-3-7-sonnet", channel__slug="aws-bedrock")
    assert offer.lifecycle_status == "deprecated"
    assert offer.evidence_sources["lifecycle_status"]["snapshot"] == 2
    assert offer.evidence_sources["output_limit"]["snapshot"] == 1  # unchanged facts keep their citation
    assert offer.evidence_sources["input_price"]["snapshot"] == 2  # its line moved: cited anew
    assert history_size() == logged + 2  # the one offer, once; the flag
    flag = ComplianceFlag.objects.get(model__slug="claude-3-7-sonnet", source__slug="models-dev")
    assert flag.severity == "high" and rows["lifecycle_status"].flag == flag


def test_channels_limit_a_sync(catalog, feed):
    sync("models-dev", feed, "--channels", "aws-bedrock")
    assert ModelAvailability.objects.filter(channel__slug="aws-bedrock", model__slug="claude-3-7-sonnet").exists()
    assert not Channel.objects.filter(name="Acme").exists()
    assert not AIModel.objects.filter(name="Alpha One").exists()
    # The built-in catalog records Anthropic API model ids from Anthropic's pages; none comes from this sync.
    api_offers = ModelAvailability.objects.filter(channel__slug="anthropic-api")
    assert not [o for o in api_offers if o.evidence_sources.get("channel_model_id", {}).get("source") == "models-dev"]
    sync("models-dev", feed, "--channels", "acme")  # a feed id
    assert AIModel.objects.filter(name="Alpha One").exists()


@pytest.mark.parametrize("damage, message", [
    (lambda root: (root / "models/acme/alpha-one.toml").write_text("name = \n"), "alpha-one.toml: malformed TOML"),
    (lambda root: (root / "models/acme/alpha-one.toml").write_text(ALPHA + "\n[limit]\nwindow = 3\n"), "alpha-one"),
    (lambda root: (root / "providers/acme/models/alpha-one.toml").write_text('status = "retired"\n'), "status"),
])
def test_bad_input_exits_2_with_one_line_and_stores_nothing(catalog, feed, damage, message):
    damage(feed)
    logged = history_size()
    with pytest.raises(CommandError) as raised:
        sync("models-dev", feed)
    assert raised.value.returncode == 2 and message in str(raised.value) and "\n" not in str(raised.value)
    assert history_size() == logged and not SourceDocument.objects.filter(slug="models-dev").exists()


def test_missing_folder_unknown_channel_and_bad_json_exit_2(catalog, feed, tmp_path):
    for args, message in [
        (("models-dev", tmp_path / "nowhere"), "nowhere"),
        (("models-dev", feed, "--channels", "no-such-channel"), "no-such-channel"),
    ]:
        with pytest.raises(CommandError) as raised:
            sync(*args)
        assert raised.value.returncode == 2 and message in str(raised.value)
    broken = tmp_path / "map.json"
    broken.write_text('{\n  "m": {\n    "litellm_provider": "x",\n    "deprecation_date": 3\n  }\n}\n')
    with pytest.raises(CommandError) as raised:
        sync("litellm", broken)
    assert raised.value.returncode == 2 and "map.json" in str(raised.value)
    assert not SourceDocument.objects.filter(slug__in=["models-dev", "litellm"]).exists()


def test_litellm_dates_cite_the_vendor_page_and_link_successors(catalog, feed, tmp_path):
    sync("models-dev", feed)
    mapped = tmp_path / "map.json"
    mapped.write_text(json.dumps(LITELLM_MAP, indent=4))
    output = sync("litellm", mapped)
    offer = ModelAvailability.objects.get(model__slug="claude-3-7-sonnet", channel__slug="aws-bedrock")
    assert str(offer.retirement_date) == "2026-04-28" and offer.lifecycle_status == "deprecated"
    cited = offer.evidence_sources["retirement_date"]
    assert cited["source"] == "litellm"
    assert cited["stated_by"] == "https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html"
    assert cited["locator"].startswith('map.json:') and '["anthropic.claude-3-7-sonnet-20250219-v1:0"]' in \
        cited["locator"]
    assert offer.evidence["retirement_date"] == '"deprecation_date": "2026-04-28",'
    link = ContinuityLink.objects.get(from_model__slug="claude-3-7-sonnet", kind="successor")
    assert link.to_model.name == "Alpha One" and link.source.slug == "litellm"
    assert "acme (1): nobody-1" in output
    assert "acme: nobody-1 (no register model for 'nobody-1')" in sync("litellm", mapped, "--list-unmatched")


@pytest.mark.skipif(not (DATA / "models-dev" / "models").is_dir(), reason="../shared/data is not beside the checkout")
def test_the_real_snapshots(catalog, viewer_client, settings):
    settings.PAGE_CACHE_ENABLED = False  # the pages' cost of building, which the feeds' data must not grow

    def counts():
        urls = ["/models/", "/models/claude-3-7-sonnet/", "/models/fable-5/", "/vendors/anthropic/",
                "/channels/aws-bedrock/"]
        found = {}
        for url in urls:
            viewer_client.get(url)
            with CaptureQueriesContext(connection) as ctx:
                assert viewer_client.get(url).status_code == 200, url
            found[url] = len(ctx)
        return found

    built_in = counts()
    sync("models-dev", DATA / "models-dev")
    sync("litellm", DATA / "litellm" / "model_prices_and_context_window.json")
    assert AIModel.objects.count() >= 200 and Vendor.objects.count() >= 18 and Channel.objects.count() >= 100
    fable = AIModel.objects.get(slug="fable-5")
    bedrock = fable.availabilities.get(channel__slug="aws-bedrock")
    assert bedrock.channel_model_id.endswith("anthropic.claude-fable-5")
    dated = [a for a in ModelAvailability.objects.exclude(retirement_date=None)
             if a.evidence_sources.get("retirement_date", {}).get("stated_by", "").startswith("https://")]
    assert len(dated) >= 50
    logged = history_size()
    sync("models-dev", DATA / "models-dev")
    sync("litellm", DATA / "litellm" / "model_prices_and_context_window.json")
    assert history_size() == logged
    after = counts()
    pins = json.loads((REPO / "src/airegister/profiles/tests/query_counts.json").read_text())
    assert after["/models/"] == pins["model_list"] and after["/models/claude-3-7-sonnet/"] == pins["profile"]
    # Fable 5's maker is now recorded (the feed states it, cited): it has the query count of a model with a vendor.
    fable_before, fable_after = built_in.pop("/models/fable-5/"), after.pop("/models/fable-5/")
    assert fable_before + 1 == fable_after == built_in["/models/claude-3-7-sonnet/"]
    assert after == built_in


def test_the_profile_shows_feed_values_as_the_community_dataset_s_and_lists_offers(catalog, feed, viewer_client):
    sync("models-dev", feed)
    page = viewer_client.get("/models/claude-3-7-sonnet/").content.decode()
    assert "models.dev · community" in page and "A community dataset, not the vendor" in page
    # The built-in release date stays; the feed's differing one is shown beside it.
    assert "community dataset (models.dev) states: 2025-02-19" in page
    assert "anthropic.claude-3-7-sonnet-20250219-v1:0" in page and "$15" in page
    assert "models/anthropic/claude-3-7-sonnet-20250219.toml:13 limit.context" in page


def test_an_offer_gone_from_the_feed_is_removed_and_shown_in_what_changed(catalog, feed, viewer_client):
    sync("models-dev", feed)
    (feed / "providers/acme/models/alpha-one.toml").unlink()
    (feed / "models/acme/alpha-one.toml").write_text(ALPHA.replace("context = 128_000", "context = 256_000"))
    write(feed, "models/acme/beta-two.toml", ALPHA.replace("Alpha One", "Beta Two"))
    output = sync("models-dev", feed)
    assert FactChange.objects.get(model__name="Beta Two").label == "model newly described"
    alpha = AIModel.objects.get(name="Alpha One")
    assert not alpha.availabilities.exists() and alpha.context_window == 256_000
    rows = {row.field: row for row in FactChange.objects.filter(model=alpha)}
    assert rows["offer"].kind == "removed" and rows["offer"].severity == "medium"
    assert rows["context_window"].before == 128_000 and rows["context_window"].after == 256_000
    assert "flag raised on Alpha One: Medium" in output
    page = viewer_client.get(f"/models/{alpha.slug}/changes/")
    assert page.status_code == 200 and "256,000" in page.content.decode()


def test_litellm_channels_and_quiet_without_a_terminal(catalog, feed, tmp_path):
    sync("models-dev", feed)
    mapped = tmp_path / "map.json"
    mapped.write_text(json.dumps(LITELLM_MAP, indent=4))
    err = StringIO()
    call_command("sync", "litellm", str(mapped), "--channels", "acme", stdout=StringIO(), stderr=err)
    assert err.getvalue() == ""  # progress only on a terminal
    offer = ModelAvailability.objects.get(model__slug="claude-3-7-sonnet", channel__slug="aws-bedrock")
    assert offer.retirement_date is None  # Bedrock was not synced
    sync("litellm", mapped, "--channels", "aws-bedrock")
    offer.refresh_from_db()
    assert str(offer.retirement_date) == "2026-04-28"
    entries = ObjectChange.objects.filter(changed_object_id=offer.pk, changed_object_type__model="modelavailability")
    assert {(e.user_name, e.message.split(" sha256")[0]) for e in entries} >= {("sync", "Sync LiteLLM")}


def test_the_command_line_exits_2_with_one_line_on_stderr(tmp_path, feed):
    (feed / "models/acme/alpha-one.toml").write_text("name = \n")
    env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG") if k in os.environ}
    env.update(AIREGISTER_TESTING="1", AIREGISTER_VAR_DIR=str(tmp_path / "var"))
    for path, words in ((tmp_path / "nowhere", "nowhere"), (feed, "alpha-one.toml: malformed TOML")):
        result = subprocess.run([sys.executable, "-m", "airegister.cli", "sync", "models-dev", str(path)], env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 2 and result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], result.stderr


def test_an_editor_s_value_is_kept_and_the_feed_s_shown_beside_it(catalog, feed):
    sync("models-dev", feed)
    alpha = AIModel.objects.get(name="Alpha One")
    assert alpha.evidence_sources["context_window"]["value"] == 128_000
    alpha.context_window = 100_000  # an editor corrects it from the vendor's page
    alpha.save()
    (feed / "models/acme/alpha-one.toml").write_text(ALPHA.replace("context = 128_000", "context = 256_000"))
    sync("models-dev", feed)
    alpha.refresh_from_db()
    assert alpha.context_window == 100_000
    assert alpha.feed_facts["context_window"]["value"] == 256_000
    assert "context_window" not in alpha.evidence_sources  # the feed's citation was for its own value


def test_a_changed_retirement_date_in_litellm_is_a_high_change_with_a_flag(catalog, feed, tmp_path):
    sync("models-dev", feed)
    mapped = tmp_path / "map.json"
    mapped.write_text(json.dumps(LITELLM_MAP, indent=4))
    sync("litellm", mapped)
    changed = json.loads(json.dumps(LITELLM_MAP))
    changed["anthropic.claude-3-7-sonnet-20250219-v1:0"]["deprecation_date"] = "2026-02-01"
    mapped.write_text(json.dumps(changed, indent=4))
    output = sync("litellm", mapped)
    row = FactChange.objects.get(document__slug="litellm", field="retirement_date")
    assert (row.before, row.after, row.severity) == ("2026-04-28", "2026-02-01", "high")
    assert row.flag is not None and row.flag.model.slug == "claude-3-7-sonnet"
    assert "flag raised on Claude 3.7 Sonnet: High" in output


# --- models.dev's published api.json -------------------------------------------------------------------------------

# Per-record fields that say where a value was read (file, line, version), not what it is.
WHERE = {"id", "created", "last_updated", "evidence", "evidence_sources", "feed_facts", "description",
         "source_excerpt", "snapshot"}


def _values() -> dict:
    """Every vendor, channel, model, offer and evaluation, as values (related records by name), without citations."""
    from airegister.catalog.models import SafetyEvaluation  # noqa: PLC0415

    out = {}
    for model_class in (Vendor, Channel, AIModel, ModelAvailability, SafetyEvaluation):
        rows = []
        for obj in model_class.objects.all():
            row = {}
            for field in model_class._meta.concrete_fields:
                if field.name in WHERE:
                    continue
                value = getattr(obj, field.name)
                row[field.name] = str(value) if field.is_relation and value is not None else value
            rows.append(repr(sorted(row.items())))
        out[model_class.__name__] = sorted(rows)
    return out


@pytest.fixture
def api_json(feed, tmp_path, monkeypatch) -> Path:
    """The `feed` checkout as models.dev publishes it (api.json, built by models.dev's rules), with "acme" counted
    as a lab; Mystery 9, which no lab file states, is left out (in the JSON it would be a lab model of acme's)."""
    from airegister.feeds import models_dev_json  # noqa: PLC0415
    from airegister.feeds.tests.apijson import write_api_json  # noqa: PLC0415

    monkeypatch.setattr(models_dev_json, "LAB_IDS", models_dev_json.LAB_IDS | {"acme"})
    (feed / "providers/acme/models/mystery-9.toml").unlink()
    return write_api_json(feed, tmp_path / "api.json")


def test_the_published_json_gives_the_checkout_s_records_cited_by_json_path(catalog, feed, api_json):
    from django.db import transaction  # noqa: PLC0415

    with transaction.atomic():
        sync("models-dev", feed)
        from_checkout = _values()
        transaction.set_rollback(True)
    assert not AIModel.objects.filter(name="Alpha One").exists()  # rolled back
    assert any("Acme" in row and "alpha-one" in row for row in from_checkout["ModelAvailability"])
    assert any("MMLU" in row and "Alpha One" in row for row in from_checkout["SafetyEvaluation"])
    assert any("Alpha One" in row for row in from_checkout["AIModel"])
    output = sync("models-dev", api_json)
    assert "snapshot 1" in output
    assert _values() == from_checkout
    model = AIModel.objects.get(slug="claude-3-7-sonnet")
    cited = model.evidence_sources["context_window"]
    version = "sha256:" + __import__("hashlib").sha256(api_json.read_bytes()).hexdigest()
    assert cited["source"] == "models-dev" and cited["version"] == version
    assert cited["locator"].startswith("api.json:")
    assert cited["locator"].endswith(" anthropic.models.claude-3-7-sonnet-20250219.limit.context")
    assert model.evidence["context_window"] == '"context": 200000,'
    offer = ModelAvailability.objects.get(model=model, channel__slug="aws-bedrock")
    assert offer.channel_model_id == "anthropic.claude-3-7-sonnet-20250219-v1:0"
    assert "amazon-bedrock.models.anthropic.claude-3-7-sonnet-20250219-v1:0.cost.input" in \
        offer.evidence_sources["input_price"]["locator"]
    snapshot = Snapshot.objects.get(document__slug="models-dev")
    assert snapshot.format == "json" and snapshot.sha256 == version.removeprefix("sha256:")


def test_a_second_sync_of_the_same_json_changes_nothing(catalog, api_json):
    sync("models-dev", api_json)
    logged, snapshots, changes = history_size(), Snapshot.objects.count(), FactChange.objects.count()
    assert "Nothing changed; nothing stored." in sync("models-dev", api_json)
    assert (history_size(), Snapshot.objects.count(), FactChange.objects.count()) == (logged, snapshots, changes)


def test_malformed_json_exits_2_with_one_line_and_stores_nothing(catalog, tmp_path):
    env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG") if k in os.environ}
    env.update(AIREGISTER_TESTING="1", AIREGISTER_VAR_DIR=str(tmp_path / "var"))
    for text, words in (('{\n  "acme": {\n', "api.json:3: malformed JSON"),
                        ('{\n  "acme": {\n    "name": "Acme",\n    "colour": 1,\n    "models": {}\n  }\n}\n',
                         "api.json:4: acme.colour: unknown field")):
        broken = tmp_path / "api.json"
        broken.write_text(text, encoding="utf-8")
        logged = history_size()
        with pytest.raises(CommandError) as raised:
            sync("models-dev", broken)
        assert raised.value.returncode == 2 and words in str(raised.value) and "\n" not in str(raised.value)
        assert history_size() == logged and not SourceDocument.objects.filter(slug="models-dev").exists()
        result = subprocess.run([sys.executable, "-m", "airegister.cli", "sync", "models-dev", str(broken)], env=env,
                                capture_output=True, text=True, timeout=120)
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 2 and len(lines) == 1 and words in lines[0], result.stderr
