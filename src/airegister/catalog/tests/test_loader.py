"""The built-in catalog files and `load-catalog`: content from the seeds, idempotence, one-line errors."""

import datetime
import os
import shutil
import sqlite3
import subprocess
import sys
import zoneinfo
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from airegister.catalog.choices import TierChoices
from airegister.catalog.loader import DEFAULT_ROOT, CatalogError, load_catalog
from airegister.catalog.models import (
    AIModel,
    Channel,
    ComplianceFlag,
    ContinuityLink,
    DataTerm,
    ModelAvailability,
    SafetyEvaluation,
    UseRestriction,
    Vendor,
)
from airegister.catalog.schema import SCHEMAS
from airegister.catalog.yaml_lines import YAMLLineError, load_yaml
from airegister.core.models import ObjectChange
from airegister.governance.models import Control, Playbook

FIXTURES = Path(__file__).parent / "fixtures"
REGISTER_APPS = ("catalog", "governance", "sources")


def noon_utc(day: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(day).replace(hour=12, tzinfo=datetime.UTC)


# Rows a migration creates (settings an administrator edits), not the catalog.
SETTINGS_MODELS = {"ReviewInterval"}


def table_counts() -> dict[str, int]:
    counts = {
        m.__name__: m._base_manager.count()
        for app in REGISTER_APPS
        for m in apps.get_app_config(app).get_models()
        if m.__name__ not in SETTINGS_MODELS
    }
    counts["ObjectChange"] = ObjectChange.objects.count()
    return counts


def all_rows() -> dict[str, list]:
    """Every stored value of every register record, timestamps included."""
    return {
        m.__name__: sorted(m._base_manager.values_list(), key=repr)
        for app in REGISTER_APPS
        for m in apps.get_app_config(app).get_models()
    }


@pytest.fixture
def catalog_copy(tmp_path):
    """A writable copy of the built-in catalog."""
    root = tmp_path / "catalog"
    shutil.copytree(DEFAULT_ROOT, root)
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


# Loading the built-in catalog ------------------------------------------------------------------------


@pytest.mark.django_db
def test_load_creates_every_record_the_seeds_state():
    report = load_catalog()
    created = {name: counter["created"] for name, counter in report.counts.items()}
    assert created == {
        "DataAttribute": 6,
        "Channel": 18,
        "Vendor": 8,
        "SourceDocument": 61,
        "SafetyCommitment": 14,
        "DataTerm": 91,
        "UseRestriction": 11,
        "SafetyDocument": 1,
        "AIModel": 35,
        "ModelAvailability": 45,
        "ContinuityLink": 2,
        "SafetyEvaluation": 10,
        "Control": 5,
        "Framework": 3,
        "FrameworkClause": 132,
        "Playbook": 3,
        "FmtiIndicator": 200,  # 100 per edition, Dec 2025 and May 2024 (fmti/, test_transparency.py)
        "FmtiScore": 27,
    }
    assert report.total("updated") == report.total("unchanged") == 0
    assert report.files == 134
    # One change-log row per created record, attributed to the loader and naming the file (and one for each
    # control's framework clauses, a many-to-many set once the control exists).
    assert ObjectChange.objects.filter(action="create").count() == report.total("created")
    updates = ObjectChange.objects.filter(action="update")
    # (and the playbook guides' related controls and framework references).
    assert sorted(updates.values_list("changed_object_type__model", flat=True)) == ["control"] * 5 + ["playbook"] * 6
    change = ObjectChange.objects.get(object_repr="Claude 3.7 Sonnet")
    assert (change.user_name, change.message) == (
        "load-catalog",
        "Loaded from models/anthropic/claude-3-7-sonnet.yaml",
    )


@pytest.mark.django_db
def test_claude_3_7_sonnet_is_loaded_as_seed_000_states_it(catalog):
    model = AIModel.objects.get(slug="claude-3-7-sonnet")
    assert (model.vendor.name, model.version_label, model.tier, model.release_date) == (
        "Anthropic",
        "v3.7",
        TierChoices.FRONTIER,
        "2025-02-24",
    )
    assert model.availability_summary == "Available via API and Claude.ai."
    assert model.capability_notes == "Extended thinking mode available."
    assert model.enterprise_guidance.startswith(
        "Claude 3.7 Sonnet is Anthropic's primary enterprise-ready model"
    )
    assert model.last_updated == noon_utc("2026-06-27")
    offers = {a.channel.slug: a for a in model.availabilities.all()}
    assert set(offers) == {"anthropic-api", "claude-ai-free", "claude-enterprise", "aws-bedrock"}
    # The guidance's sentence is a statement of the Enterprise and Bedrock offers: it is their excerpt.
    for slug in ("claude-enterprise", "aws-bedrock"):
        assert offers[slug].source_excerpt.startswith("For regulated industries, use Claude for Enterprise or AWS")
        assert offers[slug].source_excerpt in " ".join(model.enterprise_guidance.split())
        assert str(offers[slug].source_date) == "2026-06-27"
    links = ContinuityLink.objects.filter(to_model=model).order_by("from_model__slug")
    assert [(link.from_model.slug, link.kind) for link in links] == [
        ("fable-5", "continuity"),
        ("mythos-5", "continuity"),
    ]
    assert "recommended continuity option" in links[0].rationale


@pytest.mark.django_db
def test_unattributed_models_record_nothing_the_seeds_do_not_state(catalog):
    for slug, name in (("fable-5", "Fable 5"), ("mythos-5", "Mythos 5")):
        model = AIModel.objects.get(slug=slug)
        assert (model.name, model.vendor, model.tier, model.release_date, model.family) == (
            name,
            None,
            "",
            "",
            "",
        )
        assert model.last_updated == noon_utc("2026-06-27")


@pytest.mark.django_db
def test_vendor_terms_are_structured_per_channel(catalog):
    anthropic = Vendor.objects.get(slug="anthropic")
    terms = DataTerm.objects.filter(vendor=anthropic, model=None)
    zero = terms.filter(attribute__slug="zero-retention").order_by("channel__weight")
    assert [(t.channel.name, t.value) for t in zero] == [
        ("Anthropic API", "conditional"),
        ("Claude for Enterprise", "no"),
        ("AWS Bedrock", "yes"),
        ("Google Cloud Vertex AI", "conditional"),
    ]
    gdpr = terms.get(attribute__slug="gdpr-dpa", channel=None)
    assert gdpr.value == "yes"  # one vendor-wide term (the seed profile's), beside the per-channel ones
    assert gdpr.source.document_type == "register_profile"
    retention = terms.get(attribute__slug="default-retention", channel__slug="anthropic-api")
    assert (retention.retention, retention.retention_days, retention.source.slug) == (
        "days", 30, "anthropic-commercial-data-retention"
    )
    free = terms.get(attribute__slug="training-on-customer-data", channel__slug="claude-ai-free")
    assert free.value == "conditional"
    eu = terms.get(attribute__slug="data-residency", channel__slug="aws-bedrock")
    assert eu.regions == ["EU"]
    assert [r.text for r in UseRestriction.objects.filter(vendor=anthropic)][0] == (
        "No CSAM or sexual content involving minors"
    )
    weights = UseRestriction.objects.filter(vendor=anthropic).values_list("weight", flat=True)
    assert list(weights) == [10, 20, 30, 40, 50]


@pytest.mark.django_db
def test_seed_002_facts_carry_their_source_and_excerpt(catalog):
    opus = AIModel.objects.get(slug="claude-opus-4")
    assert (opus.release_date, opus.knowledge_cutoff, opus.training_data_cutoff, opus.safety_level) == (
        "2025-05",
        "2025-01",
        "2025-03",
        "ASL-3",
    )
    assert (opus.input_modalities, opus.output_modalities, opus.tier) == (["text", "image"], ["text"], "")
    assert opus.source.slug == "anthropic-transparency-hub"
    assert "deploy Claude Opus 4 under the ASL-3 Standard" in opus.evidence["safety_level"]
    assert opus.evidence["release_date"] == "Release dateMay 2025"
    assert opus.lifecycle_status == "active"
    # The seed names Fable 5 without a status: not recorded, not "active".
    assert AIModel.objects.get(slug="fable-5").lifecycle_status == ""
    assert AIModel.objects.get(slug="claude-sonnet-4").safety_level == "ASL-2"
    availability = ModelAvailability.objects.filter(model=opus)
    assert {a.channel.slug for a in availability} == {
        "claude-ai-free",
        "anthropic-api",
        "aws-bedrock",
        "google-vertex-ai",
    }
    assert all(a.is_cited and a.source_date == datetime.date(2025, 8, 7) for a in availability)
    evaluations = {
        (e.name, e.condition): (e.value, e.margin)
        for e in SafetyEvaluation.objects.filter(model__slug="claude-sonnet-4")
    }
    assert evaluations[("Prompt injection attack prevention score", "with safeguards")] == (86, None)
    assert evaluations[("Prompt injection attack prevention score", "without safeguards")] == (69, None)
    assert evaluations[("Malicious agentic coding safety score", "without safeguards")] == (90, None)
    assert evaluations[
        ("Bioweapons acquisition uplift trial score", "model-assisted group (safeguards removed)")
    ] == (
        42,
        11,
    )
    assert evaluations[("Bioweapons acquisition uplift trial score", "control group (no AI assistance)")] == (
        25,
        13,
    )


@pytest.mark.django_db
def test_controls_and_playbooks_apply_to_third_party_models(catalog):
    assert list(Control.objects.values_list("name", flat=True)) == [
        "AI Vendor Due Diligence",
        "AI Contractual Requirements",
        "AI Procurement Risk Assessment",
        "Third-Party AI Model Evaluation",
        "Vendor Safety Commitment Verification",
    ]
    assert set(Control.objects.values_list("applies_to", flat=True)) == {"third-party"}
    assert Playbook.objects.first().question == "How do we ensure third-party AI vendors meet our standards?"
    assert set(Playbook.objects.values_list("applies_to", flat=True)) == {"third-party"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "zone", ["Pacific/Honolulu", "America/Los_Angeles", "UTC", "Asia/Kolkata", "Asia/Tokyo"]
)
def test_updated_dates_read_as_the_stated_day_in_any_usual_timezone(catalog, zone):
    # Noon UTC is the stated day from UTC-11:59 to UTC+11:59 (not in New Zealand or Tonga, say).
    model = AIModel.objects.get(slug="claude-3-7-sonnet")
    assert model.last_updated.astimezone(zoneinfo.ZoneInfo(zone)).date() == datetime.date(2026, 6, 27)


def test_every_schema_is_a_valid_draft_2020_12_schema():
    from jsonschema import Draft202012Validator

    for schema in SCHEMAS.values():
        Draft202012Validator.check_schema(schema)


EXAMPLE_VENDOR = """\
slug: example-vendor
name: Example vendor
updated: 2026-01-15
certifications:
  - name: SOC 2 Type II
    valid_until: 2027-01-31
    source: anthropic-transparency-hub
    excerpt: An example sentence.
data_terms:
  - attribute: hipaa-baa
    channel: aws-bedrock
    value: yes
compliance_flags:
  - title: Example flag
    category: legal
    severity: high
    status: resolved
    opened: 2026-01-01
    resolved: 2026-01-10
"""
EXAMPLE_MODEL = """\
slug: example-model
name: Example model
vendor: example-vendor
updated: 2026-02-01
data_terms:
  - attribute: hipaa-baa
    channel: aws-bedrock
    value: no
    statement: Not for this model.
    updated: 2026-03-01
compliance_flags:
  - title: Model flag
    category: safety
    severity: low
    opened: 2026-02-01
continuity_for: [fable-5]
"""


@pytest.mark.django_db
def test_every_kind_of_fact_loads_and_reloads_unchanged(catalog_copy):
    (catalog_copy / "vendors/example-vendor.yaml").write_text(EXAMPLE_VENDOR)
    (catalog_copy / "models/example-vendor").mkdir()
    (catalog_copy / "models/example-vendor/example-model.yaml").write_text(EXAMPLE_MODEL)
    playbook = catalog_copy / "playbooks/third-party-ai-risk-management.md"
    text = playbook.read_text()
    playbook.write_text(text.replace(text[text.index("related_controls:"):text.index("framework_references:")],
                                     "related_controls: [ai-vendor-due-diligence]\n"))
    load_catalog(catalog_copy)

    vendor = Vendor.objects.get(slug="example-vendor")
    certification = vendor.certifications.get()
    assert (certification.valid_until, certification.source.slug) == (
        datetime.date(2027, 1, 31),
        "anthropic-transparency-hub",
    )
    assert certification.source_date == datetime.date(2025, 8, 7)  # the source's own date, by default
    model = AIModel.objects.get(slug="example-model")
    own = DataTerm.objects.get(model=model)
    assert (own.vendor, own.value, own.last_updated) == (vendor, "no", noon_utc("2026-03-01"))
    assert DataTerm.objects.get(vendor=vendor, model=None).value == "yes"  # the vendor's term stays
    assert ComplianceFlag.objects.get(vendor=vendor, model=None).status == "resolved"
    assert ComplianceFlag.objects.get(model=model).status == "active"
    link = ContinuityLink.objects.get(to_model=model)
    assert (link.from_model.slug, link.kind, link.rationale) == ("fable-5", "continuity", "")
    assert list(Playbook.objects.get(slug="third-party-ai-risk-management").related_controls.all()) == [
        Control.objects.get(slug="ai-vendor-due-diligence")
    ]

    changes, rows = ObjectChange.objects.count(), all_rows()
    report = load_catalog(catalog_copy)
    assert report.total("created") == report.total("updated") == 0
    assert (ObjectChange.objects.count(), all_rows()) == (changes, rows)


# Idempotence ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_loading_twice_changes_no_row_and_logs_nothing(catalog):
    before_rows, before_changes = all_rows(), ObjectChange.objects.count()
    report = load_catalog()
    assert report.total("created") == report.total("updated") == 0
    assert report.total("unchanged") == catalog.total("created")
    assert ObjectChange.objects.count() == before_changes
    assert all_rows() == before_rows


@pytest.mark.django_db
def test_an_edited_fact_updates_that_record_only(catalog_copy):
    load_catalog(catalog_copy)
    edit(
        catalog_copy / "vendors/anthropic.yaml", "statement: EU available via AWS Bedrock eu-west regions",
        "statement: EU available via AWS Bedrock eu-west regions (stated)",
    )
    changes = ObjectChange.objects.count()
    report = load_catalog(catalog_copy)
    assert report.total("updated") == 1 and report.counts["DataTerm"]["updated"] == 1
    assert ObjectChange.objects.count() == changes + 1
    change = ObjectChange.objects.first()
    assert (change.action, change.message) == ("update", "Loaded from vendors/anthropic.yaml")
    assert change.diff() == [
        {
            "field": "statement",
            "before": "EU available via AWS Bedrock eu-west regions",
            "after": "EU available via AWS Bedrock eu-west regions (stated)",
        }
    ]
    term = DataTerm.objects.get(attribute__slug="data-residency", channel__slug="aws-bedrock", vendor__slug="anthropic")
    assert term.last_updated == noon_utc("2026-12-01")  # the file's date, not the time of loading


@pytest.mark.django_db
def test_a_new_file_date_moves_last_updated_without_logging(catalog_copy):
    load_catalog(catalog_copy)
    edit(catalog_copy / "channels/aws-bedrock.yaml", "updated: 2026-06-27", "updated: 2026-07-01")
    changes = ObjectChange.objects.count()
    report = load_catalog(catalog_copy)
    assert report.counts["Channel"]["updated"] == 1 and report.total("updated") == 1
    assert Channel.objects.get(slug="aws-bedrock").last_updated == noon_utc("2026-07-01")
    assert ObjectChange.objects.count() == changes  # timestamps are not content


@pytest.mark.django_db
def test_records_not_in_the_files_are_left_alone(catalog):
    Channel.objects.create(name="Oracle OCI Generative AI", slug="oci", kind="cloud-platform", operator="Oracle")
    load_catalog()
    assert Channel.objects.filter(slug="oci").exists()


# Bad files -----------------------------------------------------------------------------------------

BAD_FILES = [
    ("malformed.yaml", "channels/example-channel.yaml", "channels/example-channel.yaml:7: yaml syntax: "),
    (
        "unknown_key.yaml",
        "channels/example-channel.yaml",
        "channels/example-channel.yaml:6: colour: unknown field",
    ),
    (
        "wrong_enum.yaml",
        "channels/example-channel.yaml",
        "channels/example-channel.yaml:4: kind: 'satellite' is not one",
    ),
    (
        "bad_date.yaml",
        "channels/example-channel.yaml",
        "channels/example-channel.yaml:3: updated: '2026-02-30' is not",
    ),
    (
        "duplicate_key.yaml",
        "channels/example-channel.yaml",
        "channels/example-channel.yaml:5: yaml syntax: key 'name'",
    ),
    (
        "wrong_term_value.yaml",
        "vendors/example-vendor.yaml",
        "vendors/example-vendor.yaml:9: data_terms[1].value: 'maybe' is not one of: yes, no",
    ),
    (
        "dangling_reference.yaml",
        "models/anthropic/example-model.yaml",
        "models/anthropic/example-model.yaml:7: availability[1].channel: unknown channel 'no-such-channel'",
    ),
    (
        "unknown_attribute.yaml",
        "vendors/example-vendor.yaml",
        "vendors/example-vendor.yaml:7: data_terms[1].attribute: unknown data attribute 'soc-2'",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("fixture, destination, expected", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_bad_file_is_named_by_file_line_and_field_and_nothing_is_stored(
    catalog_copy, fixture, destination, expected
):
    shutil.copy(FIXTURES / fixture, catalog_copy / destination)
    with pytest.raises(CatalogError) as caught:
        load_catalog(catalog_copy)
    message = str(caught.value)
    assert message.startswith(expected), message
    assert "\n" not in message
    assert set(table_counts().values()) == {0}  # nothing of the good files before it was kept either


@pytest.mark.django_db
def test_a_late_error_rolls_back_earlier_changes(catalog_copy):
    load_catalog(catalog_copy)
    counts, rows = table_counts(), all_rows()
    # Channels are written early, models late: the channel edit must not survive the model's error.
    edit(catalog_copy / "channels/aws-bedrock.yaml", "name: AWS Bedrock", "name: Amazon Bedrock (renamed)")
    shutil.copy(FIXTURES / "dangling_reference.yaml", catalog_copy / "models/anthropic/example-model.yaml")
    with pytest.raises(CatalogError):
        load_catalog(catalog_copy)
    assert table_counts() == counts
    assert all_rows() == rows


@pytest.mark.django_db
def test_errors_the_database_finds_also_name_file_and_field(catalog_copy):
    Channel.objects.create(name="AWS Bedrock", slug="bedrock", kind="cloud-platform", operator="AWS")
    with pytest.raises(
        CatalogError, match=r"^channels/aws-bedrock\.yaml:2: name: Channel with this Name already"
    ):
        load_catalog(catalog_copy)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "file, old, new, expected",
    [
        (
            "models/anthropic/claude-3-7-sonnet.yaml",
            "vendor: anthropic",
            "vendor: openai",
            "models/anthropic/claude-3-7-sonnet.yaml:4: vendor: must be 'anthropic'",
        ),
        (
            "channels/aws-bedrock.yaml",
            "slug: aws-bedrock",
            "slug: bedrock",
            "channels/aws-bedrock.yaml:1: slug: must match",
        ),
        (
            "models/anthropic/claude-opus-4.yaml",
            "release_date: 2025-05",
            "release_date: 2025",
            "models/anthropic/claude-opus-4.yaml:9: release_date: expected text, got 2025 (put it in quotes)",
        ),
        (
            "models/anthropic/claude-3-7-sonnet.yaml",
            "model: mythos-5",
            "model: claude-3-7-sonnet",
            "models/anthropic/claude-3-7-sonnet.yaml:41: continuity_for[1].model: a model cannot be its own",
        ),
        (
            "controls/ai-contractual-requirements.yaml",
            "applies_to: third-party",
            "applies_to: tier",
            "controls/ai-contractual-requirements.yaml:12: applies_value: This rule needs a value.",
        ),
        (
            "vendors/anthropic.yaml",
            "- attribute: hipaa-baa\n    channel: aws-bedrock",
            "- attribute: hipaa-baa\n    channel: claude-enterprise",
            "vendors/anthropic.yaml:175: data_terms[15]: duplicate data term: vendors/anthropic.yaml:122",
        ),
    ],
)
def test_inconsistent_files_are_refused(catalog_copy, file, old, new, expected):
    edit(catalog_copy / file, old, new)
    with pytest.raises(CatalogError) as caught:
        load_catalog(catalog_copy)
    assert str(caught.value).startswith(expected), str(caught.value)


def test_a_stray_file_is_refused(catalog_copy):
    (catalog_copy / "model.yaml").write_text("slug: x\n")
    with pytest.raises(CatalogError, match=r"^model\.yaml:1: \(file\): not a catalog file"):
        load_catalog(catalog_copy)


# YAML reading --------------------------------------------------------------------------------------


def test_yaml_keeps_yes_no_region_codes_and_dates_as_text():
    data, lines = load_yaml("value: yes\nother: no\nregions: [NO, EU]\nupdated: 2026-06-27\nflag: true\n")
    assert data == {
        "value": "yes",
        "other": "no",
        "regions": ["NO", "EU"],
        "updated": "2026-06-27",
        "flag": True,
    }
    assert lines[("regions", 1)] == 3


def test_yaml_refuses_a_repeated_key_naming_both_lines():
    with pytest.raises(YAMLLineError) as caught:
        load_yaml("a: 1\nb: 2\na: 3\n")
    assert caught.value.line == 3 and "first on line 1" in caught.value.message


# The command ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_command_refuses_bad_input_with_status_2(catalog_copy):
    shutil.copy(FIXTURES / "wrong_enum.yaml", catalog_copy / "channels/example-channel.yaml")
    with pytest.raises(CommandError) as caught:
        call_command("load_catalog", path=catalog_copy)
    assert caught.value.returncode == 2
    assert str(caught.value).startswith("channels/example-channel.yaml:4: kind:")


@pytest.mark.django_db
def test_command_check_writes_nothing(capsys):
    call_command("load_catalog", check=True)
    assert "Checked (nothing written): 134 files." in capsys.readouterr().out
    assert set(table_counts().values()) == {0}


def test_real_command_exit_status_and_one_stderr_line(tmp_path, catalog_copy):
    executable = Path(sys.executable).with_name("airegister")
    command = [str(executable)] if executable.exists() else [sys.executable, "-m", "airegister.cli"]
    db = tmp_path / "db.sqlite3"
    env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG") if k in os.environ}
    env.update(DATABASE_URL=f"sqlite:///{db}", AIREGISTER_TESTING="1", AIREGISTER_VAR_DIR=str(tmp_path))

    def run(*args):
        return subprocess.run([*command, *args], env=env, capture_output=True, text=True, timeout=300)

    assert run("migrate", "-v0").returncode == 0
    shutil.copy(FIXTURES / "dangling_reference.yaml", catalog_copy / "models/anthropic/example-model.yaml")
    bad = run("load-catalog", "--path", str(catalog_copy))
    assert bad.returncode == 2, bad.stderr
    assert bad.stdout == ""
    lines = bad.stderr.strip().splitlines()
    assert len(lines) == 1, bad.stderr
    assert "models/anthropic/example-model.yaml:7: availability[1].channel: unknown channel" in lines[0]

    def models_stored():
        with sqlite3.connect(db) as conn:
            return conn.execute("select count(*) from catalog_aimodel").fetchone()[0]

    assert models_stored() == 0
    checked = run("load-catalog", "--check")
    assert checked.returncode == 0 and "Checked (nothing written)" in checked.stdout
    assert models_stored() == 0
    loaded = run("load-catalog")
    assert loaded.returncode == 0, loaded.stderr
    assert models_stored() == 35
