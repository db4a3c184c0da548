"""The governance API: controls and playbook guides (fictional records), through the generic cases."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from rest_framework.test import APIClient

from airegister.catalog.models import Vendor
from airegister.core.roles import assign_role
from airegister.core.testing.api import APIViewTestCases, token_client

from ..models import Assessment, Control, Framework, FrameworkClause, Playbook


def make_controls():
    return [
        Control.objects.create(name=f"Control {n}", slug=f"control-{n}", description=f"Does {n}.", ref_id=f"C-{n}")
        for n in (1, 2, 3)
    ]


class TestControlAPI(APIViewTestCases.APIViewTestCase):
    model = Control
    basename = "governance-api:control"
    create_data = [
        {
            "name": "Fictional Control", "slug": "fictional-control", "description": "Checks things.",
            "category": "monitoring", "applies_to": "tier", "applies_value": "frontier",
        }
    ]
    update_data = {"objective": "A clearer objective.", "version": 2}
    bad_data = {"applies_to": "tier", "applies_value": "giant"}
    bad_fields = {"applies_value"}

    def create_objects(self):
        return make_controls()

    def test_rule_needing_a_value_without_one_is_400(self):
        response = self.editor_client.patch(self.detail_url(self.objects[0]), {"applies_to": "vendor"}, format="json")
        assert response.status_code == 400
        assert "applies_value" in response.json()

    def test_questionnaire_round_trips(self):
        questions = [{"id": "ok", "kind": "choice", "text": "Is it fine?", "choices": ["Yes", "Mostly"]}]
        response = self.editor_client.post(self.list_url(), {**self.create_data[0], "questionnaire": questions},
                                           format="json")
        assert response.status_code == 201 and response.json()["questionnaire"] == questions

    def test_malformed_questionnaire_is_400(self):
        data = {**self.create_data[0], "questionnaire": [{"id": "x", "kind": "choice", "text": "Which?"}]}
        response = self.editor_client.post(self.list_url(), data, format="json")
        assert response.status_code == 400
        assert "questionnaire" in response.json()

    def test_urn_is_given_from_the_slug(self):
        response = self.viewer_client.get(self.detail_url(self.objects[0]))
        assert response.json()["urn"] == "urn:airegister:control:control-1"

    def test_applicability_is_said_in_words(self):
        response = self.viewer_client.get(self.detail_url(self.objects[0]))
        assert response.json()["applicability"] == "Every third-party model"


class TestPlaybookAPI(APIViewTestCases.APIViewTestCase):
    model = Playbook
    basename = "governance-api:playbook"
    create_data = [
        {"question": "How do we do a fictional thing?", "slug": "fictional-thing", "summary": "Like this.",
         "related_controls": ["control-1", "control-2"]},
    ]
    update_data = {"summary": "Edited summary.", "related_controls": ["control-3"]}
    bad_data = {"related_controls": ["no-such-control"]}

    def create_objects(self):
        make_controls()
        return [
            Playbook.objects.create(question=f"Question {n}?", slug=f"question-{n}", summary="S") for n in (1, 2)
        ]

    def test_related_controls_change_is_logged(self):
        self.editor_client.patch(self.detail_url(self.objects[0]), {"related_controls": ["control-1"]}, format="json")
        response = self.viewer_client.get(reverse("api:core-api:objectchange-list"), {"action": "update"})
        changes = response.json()["results"]
        assert any(c["object_type"] == "governance.playbook" and c["user_name"] == "editor" for c in changes)

    def test_filter_by_control(self):
        self.objects[1].related_controls.set(Control.objects.filter(slug="control-2"))
        response = self.viewer_client.get(self.list_url(), {"control": "control-2"})
        assert [row["slug"] for row in response.json()["results"]] == ["question-2"]


class TestFrameworkAPI(APIViewTestCases.ReadOnlyAPIViewTestCase):
    model = Framework
    basename = "governance-api:framework"

    def create_objects(self):
        return [
            Framework.objects.create(name=f"Framework {n}", slug=f"framework-{n}", urn=f"urn:x:framework:{n}")
            for n in (1, 2)
        ]


class TestFrameworkClauseAPI(APIViewTestCases.ReadOnlyAPIViewTestCase):
    model = FrameworkClause
    basename = "governance-api:frameworkclause"

    def create_objects(self):
        framework = Framework.objects.create(name="Framework", slug="framework", urn="urn:x:framework")
        return [
            FrameworkClause.objects.create(framework=framework, ref_id=f"A.{n}", urn=f"urn:x:clause:{n}")
            for n in (1, 2)
        ]


SUBJECT_ID = 901  # the assessed vendor's id, fixed so that the data below can name it


def make_assessments(assessor, count=2):
    control = make_controls()[0]
    vendor = Vendor.objects.create(pk=SUBJECT_ID, name="Example Labs", slug="example-labs")
    return [
        Assessment.objects.create(
            control=control, subject_type=ContentType.objects.get_for_model(Vendor), subject_id=vendor.pk,
            assessor=assessor,
        )
        for _ in range(count)
    ]


class TestAssessmentAPI(APIViewTestCases.APIViewTestCase):
    model = Assessment
    basename = "governance-api:assessment"
    create_data = [{"control": "control-2", "subject_type": "catalog.vendor", "subject_id": SUBJECT_ID}]
    update_data = {"summary": "Reviewed the terms.", "risk_rating": "low"}
    bad_data = {"risk_rating": "giant"}

    def create_objects(self):
        return make_assessments(self.editor)


# --- framework references and assessments ---------------------------------------------------------------------


@pytest.fixture
def api_editor(editor):
    client = APIClient()
    client.force_authenticate(editor)
    return client


def test_framework_api_lists_coverage(catalog, viewer_client):
    response = viewer_client.get("/api/governance/frameworks/nist-ai-rmf/")
    body = response.json()
    assert (body["urn"], body["clause_count"]) == ("urn:airegister:framework:nist-ai-rmf", 72)
    assert 0 < body["covered_count"] < 72
    clauses = viewer_client.get("/api/governance/framework-clauses/", {"control": "ai-vendor-due-diligence"}).json()
    assert "urn:airegister:clause:nist-ai-rmf:govern-6.1" in {c["urn"] for c in clauses["results"]}
    control = viewer_client.get("/api/governance/controls/", {"clause": "urn:airegister:clause:iso-iec-42001:a.10.3"})
    assert len(control.json()["results"]) == 5


def test_assessment_through_the_api(catalog, api_editor, django_user_model):
    vendor = Vendor.objects.get(slug="anthropic")
    data = {"control": "ai-vendor-due-diligence", "subject_type": "catalog.vendor", "subject_id": vendor.pk}
    created = api_editor.post("/api/governance/assessments/", data, format="json")
    assert created.status_code == 201, created.json()
    url = f"/api/governance/assessments/{created.json()['id']}/"
    assert created.json()["assessor"] == "editor" and created.json()["status"] == "draft"
    bad = api_editor.patch(url, {"answers": {"security-certifications": "maybe"}}, format="json")
    assert bad.status_code == 400 and "answers" in bad.json()
    answers = {"security-certifications": "yes", "certification-evidence": "SOC 2", "training-on-our-data": "No",
               "data-processing-agreement": "yes", "incident-history": "None", "hipaa-baa": "no",
               "zero-retention": "no", "default-retention": "30 days"}
    assert api_editor.patch(url, {"answers": answers, "risk_rating": "high"}, format="json").status_code == 200
    done = api_editor.post(url + "complete/")
    assert done.status_code == 200, done.json()
    completed = datetime.date.fromisoformat(done.json()["completed_on"])
    assert done.json()["next_due"] == (completed + datetime.timedelta(days=90)).isoformat()
    assert api_editor.post(url + "sign-off/").status_code == 400  # the assessor cannot sign off
    other = django_user_model.objects.create_user(username="second", password="x-unused-2")
    assign_role(other, "editor")
    client = APIClient()
    client.force_authenticate(other)
    signed = client.post(url + "sign-off/")
    assert (signed.status_code, signed.json()["reviewer"]) == (200, "second")
    assert api_editor.patch(url, {"summary": "late edit"}, format="json").status_code == 400


def test_viewer_cannot_write_assessments(catalog, viewer):
    client = APIClient()
    client.force_authenticate(viewer)
    data = {"control": "ai-vendor-due-diligence", "subject_type": "catalog.vendor", "subject_id": 1}
    assert client.post("/api/governance/assessments/", data, format="json").status_code == 403


def test_unknown_subject_type_is_400(catalog, api_editor):
    data = {"control": "ai-vendor-due-diligence", "subject_type": "auth.user", "subject_id": 1}
    response = api_editor.post("/api/governance/assessments/", data, format="json")
    assert response.status_code == 400 and "subject_type" in response.json()


# --- the assessment's actions honour If-Match as its edits do --------------------------------------------------


@pytest.fixture
def assessment(editor):
    done = make_assessments(editor, count=1)[0]
    done.risk_rating = "low"
    done.save()
    return done


def stale_etag(client, assessment):
    """The ETag a client read, made stale by someone else's save."""
    url = reverse("api:governance-api:assessment-detail", args=[assessment.pk])
    etag = client.get(url)["ETag"]
    Assessment.objects.get(pk=assessment.pk).save()
    return url, etag


def assert_unchanged(assessment, before):
    fresh = Assessment.objects.get(pk=assessment.pk)
    assert fresh.serialize_object() == before


@pytest.mark.parametrize("action", ["complete", "sign-off"])
def test_a_stale_if_match_on_an_action_is_412_and_changes_nothing(assessment, editor, admin_user, action):
    if action == "sign-off":
        assessment.complete(editor)
    client = token_client(admin_user if action == "sign-off" else editor)  # the assessor may not sign off
    url, etag = stale_etag(client, assessment)
    before = Assessment.objects.get(pk=assessment.pk).serialize_object()
    response = client.post(f"{url}{action}/", headers={"If-Match": etag})
    assert response.status_code == 412
    assert "If-Match" in response.json()["detail"]
    assert_unchanged(assessment, before)
    current = client.get(url)["ETag"]
    done = client.post(f"{url}{action}/", headers={"If-Match": current})
    assert done.status_code == 200, done.json()
    assert done["ETag"] == client.get(url)["ETag"] != current


def test_a_stale_if_match_is_412_even_when_the_action_would_be_refused(assessment, editor):
    """Preconditions first, as HTTP orders them: an assessment that may not be signed off yet still answers 412."""
    client = token_client(editor)
    url, etag = stale_etag(client, assessment)
    assert client.post(f"{url}sign-off/", headers={"If-Match": etag}).status_code == 412


def test_confirming_facts_with_a_stale_if_match_is_412(assessment, editor):
    client = token_client(editor)
    url, etag = stale_etag(client, assessment)
    before = Assessment.objects.get(pk=assessment.pk).serialize_object()
    response = client.patch(url, {"confirm_facts": ["training-on-our-data"]}, format="json",
                            headers={"If-Match": etag})
    assert response.status_code == 412
    assert_unchanged(assessment, before)
