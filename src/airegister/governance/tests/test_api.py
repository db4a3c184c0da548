"""The governance API: controls and playbook guides (fictional records), through the generic cases."""

from django.urls import reverse

from airegister.core.testing.api import APIViewTestCases

from ..models import Control, Playbook


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
            "questionnaire": [{"id": "ok", "kind": "yes-no", "text": "Is it fine?"}],
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
