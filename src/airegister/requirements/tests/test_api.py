"""The requirements API: the check (POST and GET), profiles and rules (administrators), versions, continuity."""

import pytest
from django.urls import reverse

from airegister.catalog.models import DataAttribute
from airegister.core.choices import RoleChoices
from airegister.core.testing.api import APIViewTestCases, token_client

from ..models import ProfileVersion, RequirementProfile, Rule

CHECK = "/api/requirements/check/"


@pytest.fixture
def viewer_api(builtin, viewer):
    return token_client(viewer)


def by_option(data):
    return {(o["model"], o["channel"]): o for o in data}


def test_post_phi_eu_check(viewer_api):
    response = viewer_api.post(CHECK, {"data_classes": ["phi"], "regions": ["eu"]}, format="json")
    assert response.status_code == 200
    options = by_option(response.json())
    assert options[("claude-3-7-sonnet", "aws-bedrock")]["verdict"] == "pass"
    free = options[("claude-3-7-sonnet", "claude-ai-free")]
    assert free["verdict"] == "fail"
    rules = {r["rule"]: r for r in free["rules"]}
    assert rules["no-training"]["result"] == "fail"
    assert rules["no-training"]["fact"]["channel"] == "claude-ai-free"
    assert set(rules["hipaa-baa"]) >= {"rule", "result", "fact", "excerpt"}
    sonnet_passes = {c for (m, c), o in options.items() if m == "claude-3-7-sonnet" and o["verdict"] == "pass"}
    assert sonnet_passes == {"aws-bedrock"}


def test_an_option_not_offered_is_a_verdict_of_its_own_with_the_reason(viewer_api):
    options = by_option(viewer_api.get(CHECK, {"data_classes": "phi", "regions": "eu"}).json())
    vertex = options[("claude-3-7-sonnet", "google-vertex-ai")]
    assert vertex["verdict"] == "no-offer" and vertex["listed_availability"] is False
    assert vertex["offer"]["status"] == "not-recorded"
    assert vertex["offer"]["reason"].startswith("Not offered: no offer of Claude 3.7 Sonnet on Google Cloud Vertex AI")
    assert vertex["rules"] and all(r["result"] != "no-offer" for r in vertex["rules"])
    bedrock = options[("claude-3-7-sonnet", "aws-bedrock")]
    assert bedrock["offer"]["status"] == "offered" and bedrock["listed_availability"] is True
    only = viewer_api.get(CHECK, {"data_classes": "phi", "regions": "eu", "verdict": "no-offer"}).json()
    assert only and {o["verdict"] for o in only} == {"no-offer"}


def test_get_with_parameters_gives_the_same_answer(viewer_api):
    posted = viewer_api.post(CHECK, {"data_classes": ["phi"], "regions": ["eu"]}, format="json").json()
    fetched = viewer_api.get(CHECK, {"data_classes": "phi", "regions": "EU"}).json()
    assert fetched == posted
    passing = viewer_api.get(CHECK + "?data_classes=phi&regions=eu&verdict=pass").json()
    assert {o["verdict"] for o in passing} == {"pass"} and len(passing) == 3


@pytest.mark.parametrize(("body", "field", "words"), [
    ({"data_classes": ["phx"]}, "data_classes", ["'phx'", "valid: public, internal, confidential"]),
    ({"data_classes": ["phi"], "regions": ["mars"]}, "regions", ["'mars'", "valid: eu, uk, us"]),
    ({"capabilities": ["telepathy"]}, "capabilities", ["'telepathy'"]),
    ({"data_classes": ["phi"], "profile": "nope"}, "profile", ["'nope'", "valid: default"]),
    ({"regions": "eu", "verdict": "maybe"}, "verdict", []),
    ({}, "non_field_errors", ["at least one"]),
    ({"data_classes": "phi", "regions": 5}, "regions", []),
])
def test_bad_input_is_400_naming_the_field(viewer_api, body, field, words):
    response = viewer_api.post(CHECK, body, format="json")
    assert response.status_code == 400
    data = response.json()
    assert field in data, data
    for word in words:
        assert word in " ".join(data[field])


def test_anonymous_is_refused_unless_reading_is_open(builtin, settings):
    settings.ANONYMOUS_READ = False
    assert token_client().post(CHECK, {"data_classes": ["phi"]}, format="json").status_code in (401, 403)
    settings.ANONYMOUS_READ = True
    assert token_client().post(CHECK, {"data_classes": ["phi"]}, format="json").status_code == 200


class TestProfileAPI(APIViewTestCases.APIViewTestCase):
    """Profiles and rules are policy: administrators write them, editors are refused like viewers."""

    model = RequirementProfile
    write_role = RoleChoices.ADMIN
    basename = "requirements-api:profile"
    create_data = [{"name": "Strict", "slug": "strict", "description": "For the most sensitive work."}]
    update_data = {"description": "Edited."}
    bad_data = {"slug": "not a slug"}

    def create_objects(self):
        return [RequirementProfile.objects.create(name=f"Profile {i}", slug=f"profile-{i}") for i in range(3)]

    def test_version_is_shown_and_bumped_by_an_edit(self):
        obj = self.objects[0]
        assert self.viewer_client.get(self.detail_url(obj)).json()["version"] == 1
        self.editor_client.patch(self.detail_url(obj), {"description": "New"}, format="json")
        assert self.viewer_client.get(self.detail_url(obj)).json()["version"] == 2


class TestRuleAPI(APIViewTestCases.APIViewTestCase):
    model = Rule
    write_role = RoleChoices.ADMIN
    basename = "requirements-api:rule"
    create_data = [
        {"profile": "profile-0", "key": "baa", "name": "BAA", "kind": "data-term", "attribute": "baa",
         "expected": "yes"},
        {"profile": "profile-0", "key": "active", "name": "Active", "kind": "lifecycle-status",
         "statuses": ["active"]},
    ]
    update_data = {"name": "Renamed"}
    bad_data = {"attribute": "no-such-attribute"}

    def create_objects(self):
        self.profile = RequirementProfile.objects.create(name="Profile 0", slug="profile-0")
        DataAttribute.objects.create(name="BAA", slug="baa")
        return [
            Rule.objects.create(profile=self.profile, key=f"flag-{i}", name=f"Flag {i}", kind="no-active-flag",
                                severity="critical")
            for i in range(3)
        ]

    def test_missing_attribute_is_refused_naming_it_and_the_valid_ones(self):
        data = {**self.create_data[0], "attribute": "hipaa-bee"}
        response = self.editor_client.post(self.list_url(), data, format="json")
        assert response.status_code == 400
        assert "hipaa-bee" in response.json()["attribute"][0] and "valid: baa" in response.json()["attribute"][0]

    def test_a_rule_edit_makes_one_version(self):
        before = self.profile.current_version
        self.editor_client.patch(self.detail_url(self.objects[0]), {"name": "X", "severity": "high"}, format="json")
        assert self.profile.current_version == before + 1
        versions = self.viewer_client.get(reverse("api:requirements-api:version-list"), {"profile": "profile-0"})
        assert versions.json()["count"] == ProfileVersion.objects.filter(profile=self.profile).count()


class TestProfileVersionAPI(APIViewTestCases.ReadOnlyAPIViewTestCase):
    """Versions are made by edits of a profile or its rules, never written directly."""

    model = ProfileVersion
    basename = "requirements-api:version"

    def create_objects(self):
        profile = RequirementProfile.objects.create(name="Profile 0", slug="profile-0")
        profile.description = "Edited."
        profile.save()
        return list(ProfileVersion.objects.order_by("pk"))
