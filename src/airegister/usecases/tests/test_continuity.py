"""Continuity planning: which models are at risk, which use cases they affect, and where to move them."""

import datetime

import pytest
from django.utils import timezone

from airegister.catalog.models import AIModel, ComplianceFlag, ContinuityLink
from airegister.usecases.testing import make_use_case

from ..continuity import plan_continuity


def at_risk(days=90):
    return {entry.model.slug: entry for entry in plan_continuity(days=days)}


def test_fable_5_withdrawn_recommends_claude_3_7_sonnet_with_gains_and_losses(builtin):
    AIModel.objects.filter(slug="fable-5").update(lifecycle_status="withdrawn")
    make_use_case(
        "Patient letters", model="fable-5", data_classes=["phi"], regions=["eu"], status="in-production"
    )
    entry = at_risk()["fable-5"]
    assert [r.label for r in entry.risks] == ["Withdrawn"]
    plan = entry.plans[0]
    assert plan.use_case.slug == "patient-letters"
    assert plan.current.verdict == "fail"
    recommended = plan.recommended
    # The seed's continuity link first, on the channel where its facts meet PHI for EU data subjects.
    assert recommended.link.kind == "continuity"
    assert (recommended.option.model.slug, recommended.option.channel.slug) == ("claude-3-7-sonnet", "aws-bedrock")
    assert recommended.option.verdict == "pass"
    gains = recommended.comparison.gains
    assert "HIPAA BAA: unknown → pass" in gains and "EU data residency: unknown → pass" in gains
    assert "Active model: fail → pass" in gains and "Lifecycle: Withdrawn → Active" in gains
    assert recommended.comparison.losses == []
    # What cannot be compared is said, not guessed: neither model's modalities are recorded.
    assert "Input: not recorded for either model." in recommended.comparison.notes
    # Then every other passing model × channel.
    others = {(o.option.model.slug, o.option.channel.slug) for o in plan.options[1:]}
    assert others == {("claude-opus-4", "aws-bedrock"), ("claude-sonnet-4", "aws-bedrock")}


def test_gains_and_losses_capability_by_capability(builtin):
    AIModel.objects.filter(slug="claude-opus-4").update(context_window=200000, lifecycle_status="deprecated")
    AIModel.objects.filter(slug="claude-sonnet-4").update(context_window=100000)
    ContinuityLink.objects.create(
        from_model=AIModel.objects.get(slug="claude-opus-4"), to_model=AIModel.objects.get(slug="claude-sonnet-4"),
        kind="successor",
    )
    make_use_case("Research", model="claude-opus-4", channel="anthropic-api", data_classes=["internal"])
    plan = at_risk()["claude-opus-4"].plans[0]
    successor = plan.recommended
    assert successor.link.kind == "successor" and successor.option.model.slug == "claude-sonnet-4"
    assert successor.option.channel.slug == "anthropic-api"  # a channel it is listed on comes first
    comparison = successor.comparison
    assert "Context window: 200,000 → 100,000 tokens" in comparison.losses
    assert "Lifecycle: Deprecated → Active" in comparison.gains
    assert "Deployment safety level: ASL-3 → ASL-2." in comparison.notes


@pytest.mark.parametrize(("days_ahead", "window", "expected"), [(30, 90, True), (120, 90, False), (-5, 90, True)])
def test_retiring_within_n_days(builtin, days_ahead, window, expected):
    day = timezone.localdate() + datetime.timedelta(days=days_ahead)
    AIModel.objects.filter(slug="claude-opus-4").update(retirement_date=day)
    make_use_case("Research", model="claude-opus-4", channel="anthropic-api", data_classes=["internal"])
    assert ("claude-opus-4" in at_risk(window)) is expected


def test_an_active_flag_puts_every_model_of_the_vendor_at_risk(builtin):
    model = AIModel.objects.get(slug="claude-sonnet-4")
    ComplianceFlag.objects.create(
        vendor=model.vendor, title="Sub-processor change", category="legal", severity="medium",
        opened=datetime.date(2026, 3, 1),
    )
    entries = at_risk()
    assert {"claude-3-7-sonnet", "claude-opus-4", "claude-sonnet-4"} <= set(entries)
    assert entries["claude-sonnet-4"].risks[0].label == "Active medium flag: Sub-processor change"


def test_retired_use_cases_are_not_affected(builtin):
    AIModel.objects.filter(slug="fable-5").update(lifecycle_status="withdrawn")
    make_use_case("Old job", model="fable-5", data_classes=["internal"], status="retired")
    assert at_risk()["fable-5"].plans == []


def test_a_successor_that_passes_nowhere_is_still_shown_with_its_verdict(builtin):
    AIModel.objects.filter(slug="fable-5").update(lifecycle_status="withdrawn")
    make_use_case("Cards", model="fable-5", data_classes=["payment-card-data"], regions=["us"])
    AIModel.objects.filter(slug="claude-3-7-sonnet").update(lifecycle_status="legacy")
    plan = at_risk()["fable-5"].plans[0]
    assert plan.recommended.option.model.slug == "claude-3-7-sonnet"
    assert plan.recommended.option.verdict == "fail"
