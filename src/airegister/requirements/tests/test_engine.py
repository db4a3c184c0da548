"""The check engine: rules over the recorded facts, implication, unknowns, ranking, a fixed number of queries.

The acceptance check of issue 4 runs on the built-in catalog: a PHI workload for EU data subjects passes for
Claude 3.7 Sonnet only where the recorded facts grant a BAA, zero retention and EU residency (AWS Bedrock),
and fails on the consumer free tier.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from airegister.catalog.models import AIModel, Channel, ComplianceFlag, DataAttribute, DataTerm, Vendor
from airegister.requirements.models import Region

from ..engine import WorkloadError, build_workload, run_check
from ..facts import check_json
from ..testing import results_by_key

SONNET = "claude-3-7-sonnet"


def options_of(check, model_slug):
    return {o.channel.slug: o for o in check.options if o.model.slug == model_slug}


def phi_eu(profile=None):
    return run_check(build_workload(["phi"], ["eu"]), profile)


def test_phi_eu_passes_for_claude_3_7_sonnet_only_where_the_facts_grant_baa_zero_retention_and_eu_residency(builtin):
    sonnet = options_of(phi_eu(), SONNET)
    assert {slug for slug, o in sonnet.items() if o.verdict == "pass"} == {"aws-bedrock"}
    assert results_by_key(sonnet["aws-bedrock"]) == {
        "hipaa-baa": "pass",
        "eu-data-residency": "pass",
        "gdpr-dpa": "pass",
        "zero-retention": "pass",
        "no-training": "pass",
        "no-critical-flag": "pass",
        "lifecycle-active": "pass",
    }
    # The consumer free tier fails: the recorded term says conversations may be used for training.
    free = results_by_key(sonnet["claude-ai-free"])
    assert sonnet["claude-ai-free"].verdict == "fail"
    assert free["no-training"] == "fail"
    assert free["hipaa-baa"] == free["eu-data-residency"] == free["zero-retention"] == "unknown"
    # Exactly as recorded, no more: the API's residency is US only; Enterprise and Vertex record no EU residency.
    assert sonnet["anthropic-api"].verdict == "fail"
    assert results_by_key(sonnet["anthropic-api"])["eu-data-residency"] == "fail"
    # Anthropic's own pages: its BAA covers only HIPAA-ready Enterprise plans (conditional), and its zero data
    # retention only API products (no) — both fail where the seed profile's "yes" passed.
    enterprise = results_by_key(sonnet["claude-enterprise"])
    assert sonnet["claude-enterprise"].verdict == "fail"
    assert (enterprise["hipaa-baa"], enterprise["zero-retention"]) == ("fail", "fail")
    assert enterprise["eu-data-residency"] == "unknown"
    # No offer of Claude 3.7 Sonnet on Vertex is recorded: not an option there, whatever the terms say (Google's
    # page: zero retention on Vertex AI only by the customer's own actions, conditional).
    vertex = results_by_key(sonnet["google-vertex-ai"])
    assert sonnet["google-vertex-ai"].verdict == "no-offer"
    assert (vertex["hipaa-baa"], vertex["zero-retention"]) == ("unknown", "fail")


def test_each_rule_result_carries_the_fact_behind_it(builtin):
    # AWS's page states Bedrock's no-training; without it, zero retention answers the rule (the fallback).
    DataTerm.objects.filter(
        vendor__slug="anthropic", channel__slug="aws-bedrock", attribute__slug="training-on-customer-data"
    ).delete()
    check = phi_eu()
    options = {(o["model"], o["channel"]): o for o in check_json(check)}
    bedrock = {r["rule"]: r for r in options[(SONNET, "aws-bedrock")]["rules"]}
    residency = bedrock["eu-data-residency"]
    assert residency["fact"]["statement"] == "EU available via AWS Bedrock eu-west regions"
    assert residency["fact"]["regions"] == ["EU"] and residency["fact"]["inherited"] is True
    assert "regions EU covers EU" in residency["reason"]
    # No recorded training term on Bedrock: zero retention answers the rule, and the reason says so.
    training = bedrock["no-training"]
    assert training["fact"]["attribute"] == "zero-retention" and training["fact"]["via_fallback"] is True
    assert "Data kept for no time cannot be used for training" in training["reason"]
    free = {r["rule"]: r for r in options[(SONNET, "claude-ai-free")]["rules"]}
    assert free["no-training"]["fact"]["value"] == "conditional"
    assert "may be used for model training unless" in free["no-training"]["reason"]
    assert free["hipaa-baa"]["fact"] is None and free["hipaa-baa"]["reason"].startswith("Not recorded")
    assert set(free["hipaa-baa"]) >= {"rule", "result", "fact", "excerpt"}


def test_options_are_ranked_pass_then_fewest_unknowns_then_fewest_fails(builtin):
    options = phi_eu().options
    ranks = [({"pass": 0, "unknown": 1, "fail": 2, "no-offer": 3}[o.verdict], o.fails, o.unknowns) for o in options]
    assert ranks == sorted(ranks)
    assert options[0].verdict == "pass" and options[-1].verdict == "no-offer"
    assert [o.verdict for o in options if o.verdict != "no-offer"][-1] == "fail"
    unknown = [o for o in options if o.verdict == "unknown"]
    assert [o.unknowns for o in unknown] == sorted(o.unknowns for o in unknown)


def test_data_classes_imply_their_parents(builtin):
    # PHI is special-category personal data, personal data and confidential: all their rules apply.
    keys = {r.key for r in phi_eu().rules}
    assert keys == {
        "hipaa-baa", "eu-data-residency", "gdpr-dpa", "zero-retention", "no-training", "no-critical-flag",
        "lifecycle-active",
    }
    internal_us = run_check(build_workload(["internal"], ["us"]))
    assert {r.key for r in internal_us.rules} == {"no-critical-flag", "lifecycle-active"}


def test_a_region_within_another_gets_its_rules(builtin):
    germany = Region.objects.create(name="Germany", slug="de", code="DE")
    germany.parents.add(Region.objects.get(slug="eu"))
    check = run_check(build_workload(["personal-data"], ["de"]))
    assert {"eu-data-residency", "gdpr-dpa"} <= {r.key for r in check.rules}
    # The rule asks for its own region's residency (EU), which Bedrock records.
    assert results_by_key(options_of(check, SONNET)["aws-bedrock"])["eu-data-residency"] == "pass"


def test_an_unrecorded_fact_is_unknown_never_a_pass(builtin):
    DataTerm.objects.filter(attribute__slug="hipaa-baa").delete()
    sonnet = options_of(phi_eu(), SONNET)
    assert all(results_by_key(o)["hipaa-baa"] == "unknown" for o in sonnet.values())
    assert "pass" not in {o.verdict for o in sonnet.values()}


def test_a_model_term_overrides_the_vendors_on_its_channel(builtin):
    model = AIModel.objects.get(slug=SONNET)
    DataTerm.objects.create(
        vendor=model.vendor, model=model, channel=Channel.objects.get(slug="aws-bedrock"),
        attribute=DataAttribute.objects.get(slug="hipaa-baa"), value="no", statement="Not for this model.",
    )
    check = phi_eu()
    assert results_by_key(options_of(check, SONNET)["aws-bedrock"])["hipaa-baa"] == "fail"
    # Other models of the vendor still inherit the vendor's term.
    assert options_of(check, "claude-opus-4")["aws-bedrock"].verdict == "pass"


def test_a_recorded_training_term_decides_even_where_zero_retention_is_offered(builtin):
    anthropic = Vendor.objects.get(slug="anthropic")
    DataTerm.objects.update_or_create(
        vendor=anthropic, model=None, channel=Channel.objects.get(slug="aws-bedrock"),
        attribute=DataAttribute.objects.get(slug="training-on-customer-data"), defaults={"value": "yes"},
    )
    result = results_by_key(options_of(phi_eu(), SONNET)["aws-bedrock"])
    assert result["no-training"] == "fail"


def test_a_term_recorded_as_not_known_is_unknown(builtin):
    DataTerm.objects.filter(attribute__slug="hipaa-baa", channel__slug="aws-bedrock").update(value="not-recorded")
    assert results_by_key(options_of(phi_eu(), SONNET)["aws-bedrock"])["hipaa-baa"] == "unknown"


@pytest.mark.parametrize(("severity", "status", "expected"), [
    ("critical", "active", "fail"), ("high", "active", "pass"), ("critical", "resolved", "pass"),
])
def test_critical_flags_fail_every_model_that_inherits_them(builtin, severity, status, expected):
    resolved = datetime.date(2026, 2, 1) if status == "resolved" else None
    ComplianceFlag.objects.create(
        vendor=Vendor.objects.get(slug="anthropic"), title="Incident", category="security", severity=severity,
        status=status, opened=datetime.date(2026, 1, 1), resolved=resolved,
    )
    check = run_check(build_workload(["internal"]))
    anthropic = Vendor.objects.get(slug="anthropic").pk
    inheriting = [o for o in check.options if o.model.vendor_id == anthropic]
    assert inheriting and {results_by_key(o)["no-critical-flag"] for o in inheriting} == {expected}


def test_lifecycle_not_recorded_is_unknown_and_withdrawn_fails(builtin):
    AIModel.objects.filter(slug="claude-opus-4").update(lifecycle_status="")
    AIModel.objects.filter(slug="claude-sonnet-4").update(lifecycle_status="withdrawn")
    check = run_check(build_workload(["public"]))
    assert {results_by_key(o)["lifecycle-active"] for o in options_of(check, "claude-opus-4").values()} == {"unknown"}
    offered = [o for o in options_of(check, "claude-sonnet-4").values() if o.listed]
    assert offered and {o.verdict for o in offered} == {"fail"}


def test_required_capabilities_are_checked_against_recorded_modalities(builtin):
    check = run_check(build_workload(capabilities=["image-input", "audio-output"]))
    opus = results_by_key(options_of(check, "claude-opus-4")["anthropic-api"])
    assert opus["capability-image-input"] == "pass"
    assert opus["capability-audio-output"] == "fail"  # recorded output: text only
    # Claude 3.7 Sonnet's modalities are not recorded: unknown, not assumed.
    assert results_by_key(options_of(check, SONNET)["anthropic-api"])["capability-image-input"] == "unknown"


def test_channels_are_those_the_model_is_listed_on_plus_those_its_vendor_has_terms_for(builtin):
    sonnet = options_of(phi_eu(), SONNET)
    assert set(sonnet) == {"anthropic-api", "claude-ai-free", "claude-enterprise", "aws-bedrock", "google-vertex-ai"}
    assert sonnet["aws-bedrock"].listed and not sonnet["google-vertex-ai"].listed
    # Fable 5's maker and channels are not recorded: it has no option to check.
    assert "fable-5" not in {o.model.slug for o in phi_eu().options}


@pytest.mark.parametrize(("args", "field", "value"), [
    ({"data_classes": ["phx"]}, "data_class", "phx"),
    ({"regions": ["mars"]}, "region", "mars"),
    ({"capabilities": ["telepathy"]}, "capability", "telepathy"),
])
def test_unknown_workload_values_name_the_value_and_the_valid_ones(builtin, args, field, value):
    with pytest.raises(WorkloadError) as info:
        build_workload(**args)
    assert info.value.field == field
    assert repr(value) in str(info.value) and "valid:" in str(info.value)


def test_regions_are_found_by_slug_or_code_in_any_case(builtin):
    assert [r.slug for r in build_workload(regions=["EU", "us"]).regions] == ["eu", "us"]


def test_the_check_reads_the_catalog_in_a_fixed_number_of_queries(builtin):
    def queries():
        with CaptureQueriesContext(connection) as ctx:
            check = phi_eu()
            check_json(check)
        return len(ctx), len(check.options)

    small, small_options = queries()
    vendor = Vendor.objects.create(name="Bulk Labs", slug="bulk-labs")
    channel = Channel.objects.get(slug="aws-bedrock")
    baa = DataAttribute.objects.get(slug="hipaa-baa")
    models = AIModel.objects.bulk_create(
        AIModel(vendor=vendor, name=f"Bulk {i}", slug=f"bulk-{i}", lifecycle_status="active") for i in range(60)
    )
    DataTerm.objects.bulk_create(
        DataTerm(vendor=vendor, model=m, channel=channel, attribute=baa, value="yes") for m in models
    )
    large, large_options = queries()
    assert large_options == small_options + 60
    assert large == small


# --- offers (issue 8, point 3) ------------------------------------------------------------------------------


def test_phi_eu_passes_claude_3_7_sonnet_only_on_a_recorded_offer_with_baa_and_eu_residency(builtin):
    """Seed 000's guidance ("use Claude for Enterprise or AWS Bedrock") records those two offers; Bedrock also has
    the BAA and EU residency; on Enterprise Anthropic's own pages state the BAA only for HIPAA-ready plans
    (conditional) and no zero retention; Vertex has no offer at all."""
    sonnet = options_of(phi_eu(), SONNET)
    assert {slug for slug, o in sonnet.items() if o.verdict == "pass"} == {"aws-bedrock"}
    assert sonnet["aws-bedrock"].listed and sonnet["claude-enterprise"].listed
    assert sonnet["claude-enterprise"].verdict == "fail"
    vertex = sonnet["google-vertex-ai"]
    assert vertex.verdict == "no-offer" and not vertex.listed and vertex.ended is None
    # The rules are still evaluated: they say what the Vertex terms would give (Google's page: zero retention
    # only by the customer's own actions, conditional).
    assert results_by_key(vertex)["zero-retention"] == "fail"


def test_without_a_recorded_offer_even_passing_terms_are_not_offered(builtin):
    from airegister.catalog.models import ModelAvailability

    ModelAvailability.objects.filter(model__slug=SONNET, channel__slug="aws-bedrock").delete()
    check = phi_eu()
    bedrock = options_of(check, SONNET)["aws-bedrock"]
    assert bedrock.verdict == "no-offer" and bedrock.fails == 0 and bedrock.unknowns == 0
    assert check.counts["no-offer"] >= 1
    as_json = {(o["model"], o["channel"]): o for o in check_json(check)}[(SONNET, "aws-bedrock")]
    assert as_json["verdict"] == "no-offer" and as_json["offer"]["status"] == "not-recorded"
    assert as_json["offer"]["reason"].startswith("Not offered: no offer of Claude 3.7 Sonnet on AWS Bedrock")
    assert {r["result"] for r in as_json["rules"]} == {"pass"}  # rule by rule, what the terms would give


@pytest.mark.parametrize(("change", "words"), [
    ({"lifecycle_status": "retired"}, "its status there is retired"),
    ({"lifecycle_status": "withdrawn"}, "its status there is withdrawn"),
    ({"retirement_date": datetime.date(2026, 1, 31)}, "it was retired there on 2026-01-31"),
])
def test_an_ended_offer_is_not_offered(builtin, change, words):
    from airegister.catalog.models import ModelAvailability

    ModelAvailability.objects.filter(model__slug=SONNET, channel__slug="aws-bedrock").update(**change)
    check = phi_eu()
    bedrock = options_of(check, SONNET)["aws-bedrock"]
    assert bedrock.listed and bedrock.ended is not None and bedrock.verdict == "no-offer"
    offer = {(o["model"], o["channel"]): o for o in check_json(check)}[(SONNET, "aws-bedrock")]["offer"]
    assert offer["status"] == "ended" and words in offer["reason"]


def test_an_offer_retiring_later_is_still_an_option(builtin):
    from airegister.catalog.models import ModelAvailability

    later = datetime.date.today() + datetime.timedelta(days=90)
    ModelAvailability.objects.filter(model__slug=SONNET, channel__slug="aws-bedrock").update(
        lifecycle_status="deprecated", retirement_date=later
    )
    assert options_of(phi_eu(), SONNET)["aws-bedrock"].verdict == "pass"
