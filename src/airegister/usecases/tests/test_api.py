"""The use-case API: records through the generic cases, the live check of one use case, CSV import."""

import pytest
from django.urls import reverse

from airegister.catalog.models import AIModel
from airegister.core.testing.api import APIViewTestCases, token_client
from airegister.requirements.testing import restore_builtin
from airegister.usecases.testing import make_use_case

from ..models import DataClass, Region, UseCase


class TestUseCaseAPI(APIViewTestCases.APIViewTestCase):
    model = UseCase
    basename = "usecases-api:use-case"
    create_data = [
        {"name": "Claims triage", "slug": "claims-triage", "owner": "Claims team", "data_classes": ["phi"],
         "regions": ["eu"], "model": "claude-3-7-sonnet", "channel": "aws-bedrock", "capabilities": ["text-input"]},
    ]
    update_data = {"owner": "Another team", "regions": ["eu", "us"], "status": "approved"}
    bad_data = {"regions": ["mars"], "capabilities": ["telepathy"]}

    def create_objects(self):
        # The built-in catalog and default requirements (the generic cases make the records in their setup).
        restore_builtin()
        # No data classes or regions: setting them would log an update, and the cases count updates.
        return [make_use_case(f"Use case {i}", model="claude-opus-4", channel="anthropic-api") for i in range(3)]

    def test_list_and_detail_carry_the_live_verdict(self):
        data = self.viewer_client.get(self.list_url()).json()["results"]
        assert {row["verdict"] for row in data} == {"pass"}
        assert self.viewer_client.get(self.detail_url(self.objects[0])).json()["verdict"] == "pass"

    def test_slug_is_derived_from_the_name(self):
        response = self.editor_client.post(self.list_url(), {"name": "New Thing", "owner": "Me"}, format="json")
        assert response.status_code == 201 and response.json()["slug"] == "new-thing"

    def test_unknown_region_names_the_valid_ones(self):
        response = self.editor_client.post(self.list_url(), {"name": "X", "owner": "Y", "regions": ["mars"]},
                                           format="json")
        assert response.json()["regions"] == ["Unknown region “mars”; valid: eu, uk, us."]

    def test_check_action_is_the_option_rule_by_rule(self):
        use_case = make_use_case("PHI job", model="claude-3-7-sonnet", channel="claude-ai-free",
                                 data_classes=["phi"], regions=["eu"])
        data = self.viewer_client.get(reverse("api:usecases-api:use-case-check", args=[use_case.slug])).json()
        assert (data["model"], data["channel"], data["verdict"]) == ("claude-3-7-sonnet", "claude-ai-free", "fail")
        assert {r["rule"]: r["result"] for r in data["rules"]}["no-training"] == "fail"

    def test_import_csv_body(self):
        url = reverse("api:usecases-api:use-case-import-csv")
        body = b"name,owner,data_classes\nImported,Ops,internal\n"
        assert self.viewer_client.post(url, body, content_type="text/csv").status_code == 403
        response = self.editor_client.post(url, body, content_type="text/csv")
        assert response.status_code == 201 and response.json() == {"created": ["imported"], "updated": []}
        bad = self.editor_client.post(url, b"name,owner,regions\nA,B,mars\n", content_type="text/csv")
        assert bad.status_code == 400
        assert bad.json()["errors"] == ["Row 2: regions: unknown region 'mars'; valid: eu, uk, us"]
        assert not UseCase.objects.filter(name="A").exists()


class TestDataClassAPI(APIViewTestCases.APIViewTestCase):
    model = DataClass
    basename = "usecases-api:data-class"
    create_data = [{"name": "Trade secrets", "slug": "trade-secrets", "parents": ["class-0"]}]
    update_data = {"description": "Edited.", "parents": ["class-1"]}
    bad_data = {"parents": ["no-such-class"]}

    @pytest.fixture(autouse=True)
    def _as_admin(self, _api_setup, admin_user, editor):
        self.editor = admin_user
        self.editor_client = token_client(admin_user)
        self.plain_editor_client = token_client(editor)

    def create_objects(self):
        return [DataClass.objects.create(name=f"Class {i}", slug=f"class-{i}") for i in range(3)]

    def test_editors_cannot_change_the_vocabulary(self):
        response = self.plain_editor_client.post(self.list_url(), self.create_data[0], format="json")
        assert response.status_code == 403


class TestRegionAPI(TestDataClassAPI):
    model = Region
    basename = "usecases-api:region"
    create_data = [{"name": "Switzerland", "slug": "ch", "code": "CH", "parents": []}]
    update_data = {"description": "Edited.", "parents": ["region-1"]}
    bad_data = {"code": ""}

    def create_objects(self):
        return [Region.objects.create(name=f"Region {i}", slug=f"region-{i}", code=f"R{i}") for i in range(3)]


def test_continuity_endpoint_recommends_the_successor(builtin, viewer):
    AIModel.objects.filter(slug="fable-5").update(lifecycle_status="withdrawn")
    make_use_case("Release notes", model="fable-5", data_classes=["internal"], status="in-production")
    response = token_client(viewer).get("/api/usecases/continuity/")
    assert response.status_code == 200
    fable = next(m for m in response.json() if m["model"] == "fable-5")
    assert fable["risks"] == [{"kind": "withdrawn", "label": "Withdrawn"}]
    plan = fable["use_cases"][0]
    assert plan["use_case"] == "release-notes"
    first = plan["options"][0]
    assert first["model"] == "claude-3-7-sonnet" and first["link"] == "continuity"
    assert "Lifecycle: Withdrawn → Active" in first["gains"]
    assert token_client(viewer).get("/api/usecases/continuity/?days=zero").status_code == 400
