"""The requirement check page, profile pages and continuity planning, as a reader sees them."""

import pytest

from airegister.catalog.models import AIModel, DataTerm
from airegister.core.testing.views import ObjectViewTestCase, ViewTestCase, assert_shows, squash, visible_text
from airegister.usecases.testing import make_use_case

from ..models import RequirementProfile, Rule
from ..testing import client_for


class TestCheckPagePhiEu(ViewTestCase):
    url = "/check/?data_classes=phi&regions=eu"
    expected_texts = (
        "110 options for PHI · data subjects in European Union",
        "Default requirements v1",
        "HIPAA BAA", "EU data residency", "GDPR DPA", "Zero retention", "No training on our data",
        "Claude 3.7 Sonnet AWS Bedrock Pass",
        "3 pass", "5 unknown", "34 fail", "68 not offered",
    )

    @pytest.fixture
    def data(self, builtin):
        return builtin


def rows(html) -> list[str]:
    """The results' rows (each option's <summary>) as text, in order."""
    text = html.content.decode()
    parts = text.split('<details')[1:]
    return [squash(visible_text("<div" + p.split("</summary>")[0] + "</div>")) for p in parts if "<summary>" in p]


def test_check_page_rule_by_rule_with_reasons(builtin, viewer_client):
    # Without AWS's no-training term on Bedrock, zero retention answers the training rule (the fallback).
    DataTerm.objects.filter(
        vendor__slug="anthropic", channel__slug="aws-bedrock", attribute__slug="training-on-customer-data"
    ).delete()
    response = viewer_client.get("/check/?data_classes=phi&regions=eu")
    summary_rows = [r for r in rows(response) if r.startswith("Claude3.7Sonnet")]
    bedrock = next(r for r in summary_rows if "AWSBedrock" in r)
    free = next(r for r in summary_rows if "Claude.aifreetier" in r)
    assert "Pass" in bedrock and "✗" not in bedrock and "?" not in bedrock
    assert "Fail" in free and "✗" in free
    html = response.content.decode()
    # Reasons, facts and the rule legend are in the page (in each row's "Why").
    assert "Claude.ai free tier: chats may be used for model training unless the model training setting" in html
    assert "Data kept for no time cannot be used for training." in html
    assert "regions US does not cover EU" in html


def test_check_page_lists_the_options_not_offered_last_and_can_hide_them(builtin, viewer_client):
    response = viewer_client.get("/check/?data_classes=phi&regions=eu")
    html = response.content.decode()
    summary = rows(response)
    first = next(i for i, r in enumerate(summary) if "Notoffered" in r)
    assert all("Notoffered" in r for r in summary[first:])
    assert html.count('class="group-not-offered"') == 1
    assert "Offered: an offer of Claude 3.7 Sonnet on AWS Bedrock is recorded." in html
    # 110 options, 50 a page: the second page holds only options not offered, Claude 3.7 Sonnet on Vertex among them.
    second = viewer_client.get("/check/?data_classes=phi&regions=eu&page=2")
    assert all("Notoffered" in r for r in rows(second))
    vertex = next(r for r in rows(second) if r.startswith("Claude3.7Sonnet") and "GoogleCloudVertexAI" in r)
    assert "Notoffered" in vertex
    second_html = second.content.decode()
    assert "Not offered: no offer of Claude 3.7 Sonnet on Google Cloud Vertex AI is recorded." in second_html
    hidden = viewer_client.get("/check/?data_classes=phi&regions=eu&offered=1")
    assert not any("Notoffered" in r for r in rows(hidden))
    assert_shows(hidden, "42 options for PHI", "68 not offered", "Show the options not offered too")


def test_check_page_bad_value_is_400_naming_it(builtin, viewer_client):
    response = viewer_client.get("/check/?data_classes=phx")
    assert response.status_code == 400
    assert_shows(response, "Unknown data class “phx”; valid: public, internal, confidential")


def test_check_page_needs_a_workload(builtin, viewer_client):
    response = viewer_client.get("/check/?profile=")
    assert response.status_code == 400
    assert_shows(response, "Choose at least one data class, region or capability.")
    assert viewer_client.get("/check/").status_code == 200


def test_check_page_without_profiles_says_how_to_get_them(catalog, viewer_client):
    response = viewer_client.get("/check/")
    assert_shows(response, "No requirement profile is recorded", "airegister load-requirements")


def test_check_page_paginates_and_links_the_json(builtin, viewer_client):
    html = viewer_client.get("/check/?data_classes=internal").content.decode()
    assert "/api/requirements/check/?data_classes=internal" in html


class TestProfilePage(ObjectViewTestCase):
    url = "/requirements/default/"
    unknown_url = "/requirements/no-such-profile/"
    expected_texts = (
        "Default requirements", "HIPAA BAA", "PHI", "Personal data · European Union", "v1",
        "If not recorded: Zero-retention available",
    )

    @pytest.fixture
    def data(self, builtin):
        return builtin


class TestProfileList(ViewTestCase):
    url = "/requirements/"
    expected_texts = ("Requirement profiles", "Default requirements", "Default")

    @pytest.fixture
    def data(self, builtin):
        return builtin


def test_version_page_shows_what_changed(builtin, viewer_client):
    rule = Rule.objects.get(key="gdpr-dpa")
    rule.name = "GDPR data processing agreement"
    rule.save()
    response = viewer_client.get("/requirements/default/versions/2/")
    assert_shows(response, "Default requirements v2", "Compared with v1", "GDPR DPA", "GDPR data processing agreement")
    first = viewer_client.get("/requirements/default/versions/1/")
    assert_shows(first, "The first version", "Rules added")
    assert viewer_client.get("/requirements/default/versions/9/").status_code == 404


def test_edit_link_only_for_administrators(builtin, editor_client, admin_user):
    assert "/admin/requirements/requirementprofile/" not in editor_client.get("/requirements/default/").content.decode()
    page = client_for(admin_user).get("/requirements/default/").content.decode()
    assert f"/admin/requirements/requirementprofile/{RequirementProfile.objects.get().pk}/change/" in page


class TestContinuityPage(ViewTestCase):
    url = "/continuity/"
    expected_texts = (
        "Fable 5", "Withdrawn", "Release notes writer", "Recommended: Claude 3.7 Sonnet via Anthropic API",
        "Recommended continuity option", "Gains", "Active model: fail → pass", "Lifecycle: Withdrawn → Active",
        "Losses",
    )

    @pytest.fixture
    def data(self, builtin):
        AIModel.objects.filter(slug="fable-5").update(lifecycle_status="withdrawn")
        return make_use_case("Release notes writer", model="fable-5", data_classes=["internal"], status="approved")


def test_continuity_days_must_be_a_number(builtin, viewer_client):
    assert viewer_client.get("/continuity/?days=-3").status_code == 400
    assert viewer_client.get("/continuity/?days=30").status_code == 200


def test_at_risk_in_the_builtin_catalog_without_use_cases(builtin, viewer_client):
    # Anthropic's page marks Claude Sonnet 4.5 deprecated; no use case depends on it in the built-in catalog.
    response = viewer_client.get("/continuity/")
    assert_shows(response, "Claude Sonnet 4.5", "Deprecated", "No live use case depends on it.")
    assert "No model is withdrawn, retired, deprecated" not in response.content.decode()
