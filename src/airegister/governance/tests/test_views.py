"""Controls and playbook guides: their pages, and the models their applicability rules select."""

import datetime

import pytest

from airegister.catalog.models import AIModel, ComplianceFlag, Vendor
from airegister.core.context import change_context
from airegister.core.testing.views import ObjectViewTestCase, ViewTestCase, visible_text
from airegister.governance.models import Control, Framework, FrameworkClause, Playbook


def make_governance():
    with change_context(user_name="alice", message="control library import"):
        acme = Vendor.objects.create(name="Acme AI", slug="acme")
        ours = Vendor.objects.create(name="In-house", slug="in-house", is_third_party=False)
        AIModel.objects.create(vendor=acme, name="Rocket 2", slug="rocket-2", tier="frontier")
        pebble = AIModel.objects.create(vendor=acme, name="Pebble 1", slug="pebble-1", tier="small")
        AIModel.objects.create(vendor=ours, name="Homegrown", slug="homegrown", tier="small")
        ComplianceFlag.objects.create(
            vendor=acme, model=pebble, title="Open incident", category="security", severity="high",
            opened=datetime.date(2026, 3, 1),
        )
        framework = Framework.objects.create(
            name="Fictional Framework", slug="fictional", urn="urn:airegister:framework:fictional", edition="1.0",
            groups=[{"ref_id": "GOV", "name": "Govern"}, {"ref_id": "MAP", "name": "Map"}],
        )
        served = FrameworkClause.objects.create(
            framework=framework, urn="urn:airegister:clause:fictional:gov-1", ref_id="GOV 1", group="GOV",
            title="Third parties are governed.", weight=1,
        )
        FrameworkClause.objects.create(
            framework=framework, urn="urn:airegister:clause:fictional:map-1", ref_id="MAP 1", group="MAP",
            title="Risks are mapped.", weight=2,
        )
        due = Control.objects.create(
            name="AI Vendor Due Diligence", slug="due-diligence", ref_id="TPR-01", category="third-party-risk",
            description="Assess AI vendors before procurement.", objective="Only vetted vendors.",
            questionnaire=[
                {"id": "certified", "kind": "yes-no", "text": "Is the vendor certified?"},
                {"id": "training", "kind": "choice", "text": "Training on our data?", "choices": ["No", "Yes"]},
            ],
        )
        due.clauses.add(served)
        Control.objects.create(
            name="Frontier Evaluation", slug="frontier-eval", description="Evaluate frontier models.",
            applies_to="tier", applies_value="frontier",
        )
        Control.objects.create(
            name="Flag Review", slug="flag-review", description="Review flagged models.", applies_to="has-active-flag"
        )
        guide = Playbook.objects.create(
            question="How are we managing third-party AI risks?", slug="third-party-risk",
            summary="Governing external AI APIs.", steps="1. List the models\n2. **Review** each one",
        )
        guide.related_controls.add(due)


class WithGovernance:
    @pytest.fixture
    def data(self, db):
        make_governance()


class TestControlList(WithGovernance, ViewTestCase):
    url = "/controls/"
    expected_texts = ("Governance controls", "TPR-01", "AI Vendor Due Diligence", "Third-party risk",
                      "Models of tier frontier")


class TestControl(WithGovernance, ObjectViewTestCase):
    url = "/controls/due-diligence/"
    unknown_url = "/controls/nothing/"
    expected_texts = (
        "AI Vendor Due Diligence", "Assess AI vendors before procurement.", "Only vetted vendors.",
        "Fictional Framework GOV 1 Third parties are governed.", "urn:airegister:control:due-diligence",
        "Is the vendor certified? · Yes / no", "Training on our data? · Choice: No / Yes", "Every third-party model",
        "How are we managing third-party AI risks?",
    )


class TestControlHistory(WithGovernance, ObjectViewTestCase):
    url = "/controls/due-diligence/history/"
    unknown_url = "/controls/nothing/history/"
    expected_texts = ("History of AI Vendor Due Diligence", "control library import", "by alice")


class TestPlaybookList(WithGovernance, ViewTestCase):
    url = "/playbooks/"
    expected_texts = ("Playbook guides", "How are we managing third-party AI risks?", "Governing external AI APIs.")


class TestPlaybook(WithGovernance, ObjectViewTestCase):
    url = "/playbooks/third-party-risk/"
    unknown_url = "/playbooks/nothing/"
    expected_texts = ("How are we managing third-party AI risks?", "Governing external AI APIs.", "List the models",
                      "AI Vendor Due Diligence", "Rocket 2")


class TestPlaybookHistory(WithGovernance, ObjectViewTestCase):
    url = "/playbooks/third-party-risk/history/"
    unknown_url = "/playbooks/nothing/history/"
    expected_texts = ("History of How are we managing third-party AI risks?", "control library import")


def covered(client, url) -> set[str]:
    text = visible_text(client.get(url))
    section = text[text.index("Models it applies to"):]
    return {name for name in ("Rocket 2", "Pebble 1", "Homegrown") if name in section}


@pytest.mark.django_db
def test_each_rule_selects_its_models(viewer_client):
    make_governance()
    assert covered(viewer_client, "/controls/due-diligence/") == {"Rocket 2", "Pebble 1"}  # third parties only
    assert covered(viewer_client, "/controls/frontier-eval/") == {"Rocket 2"}
    assert covered(viewer_client, "/controls/flag-review/") == {"Pebble 1"}


@pytest.mark.django_db
def test_playbook_steps_are_rendered_markdown(viewer_client):
    make_governance()
    html = viewer_client.get("/playbooks/third-party-risk/").content.decode()
    assert "<ol>" in html and "<strong>Review</strong>" in html


class TestFrameworkList(WithGovernance, ViewTestCase):
    url = "/frameworks/"
    expected_texts = ("Framework references", "Fictional Framework", "1 of 2")


class TestFramework(WithGovernance, ObjectViewTestCase):
    url = "/frameworks/fictional/"
    unknown_url = "/frameworks/nothing/"
    expected_texts = (
        "Fictional Framework", "1 of 2 clauses are served by at least one control",
        "GOV · Govern 1 of 1 served", "GOV 1 Third parties are governed. AI Vendor Due Diligence",
        "MAP · Map 0 of 1 served", "MAP 1 Risks are mapped. No control",
        "Not served by any control MAP 1",
    )


class TestFrameworkHistory(WithGovernance, ObjectViewTestCase):
    url = "/frameworks/fictional/history/"
    unknown_url = "/frameworks/nothing/history/"
    expected_texts = ("History of Fictional Framework", "control library import")


@pytest.mark.django_db
def test_coverage_picture_marks_each_clause(viewer_client):
    make_governance()
    html = viewer_client.get("/frameworks/fictional/").content.decode()
    assert "<title>GOV 1: served by AI Vendor Due Diligence</title>" in html
    assert "<title>MAP 1: no control</title>" in html
