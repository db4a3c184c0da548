"""Facts answer questions: a question that names the recorded fact answering it is pre-filled from the fact, with
its source and excerpt; when the fact changes the answer is marked stale and completing needs it confirmed or
changed; a fact not recorded fills nothing in."""

import pytest

from airegister.catalog.models import DataTerm, ModelAvailability, Vendor
from airegister.core.testing.views import assert_shows
from airegister.governance.models import Assessment

from .test_api import api_editor  # noqa: F401  (a fixture)

DUE_DILIGENCE = "ai-vendor-due-diligence"
TRAINING_EXCERPT = "AWS doesn't use your content to train models"


def offer(model="claude-3-7-sonnet", channel="aws-bedrock") -> ModelAvailability:
    return ModelAvailability.objects.get(model__slug=model, channel__slug=channel)


def start(client, subject) -> Assessment:
    key = f"{subject._meta.app_label}.{subject._meta.model_name}:{subject.pk}"
    response = client.post("/assessments/start/", {"control": DUE_DILIGENCE, "subject": key})
    assert response.status_code == 302, response.content.decode()[:500]
    return Assessment.objects.latest("pk")


def bedrock_term(attribute) -> DataTerm:
    return DataTerm.objects.get(
        vendor__slug="anthropic", model__isnull=True, channel__slug="aws-bedrock", attribute__slug=attribute
    )


def test_channel_offer_is_prefilled_from_its_channel_terms_with_source_and_excerpt(catalog, editor_client):
    assessment = start(editor_client, offer())
    # Bedrock's terms, not the Anthropic API's: the channel decides which term applies.
    assert assessment.answers["training-on-our-data"] == "No"
    assert assessment.answers["hipaa-baa"] == "yes"
    assert assessment.answers["data-processing-agreement"] == "yes"
    kept = assessment.facts["training-on-our-data"]["fact"]
    assert kept["channel"] == "AWS Bedrock" and TRAINING_EXCERPT in kept["excerpt"]
    assert kept["source_url"].startswith("https://")
    page = editor_client.get(f"/assessments/{assessment.pk}/edit/")
    assert page.context["form"].initial["answer__training-on-our-data"] == "No"
    assert_shows(page, "Pre-filled from the register", TRAINING_EXCERPT, "cited as of")
    assert f'href="{kept["source_url"]}"' in page.content.decode()


def test_the_same_model_on_another_channel_reads_that_channels_term(catalog, editor_client):
    assessment = start(editor_client, offer(channel="anthropic-api"))
    # The API's HIPAA term is "conditional": it is shown, but gives no yes/no by itself.
    assert "hipaa-baa" not in assessment.answers
    assert assessment.facts["hipaa-baa"]["fact"]["value"] == "conditional"
    assert assessment.answers["training-on-our-data"] == "No"


def test_not_recorded_fills_nothing_in(catalog, editor_client):
    # A vendor is answered only by its all-channel terms: Anthropic has none for HIPAA or retention.
    assessment = start(editor_client, Vendor.objects.get(slug="anthropic"))
    assert "hipaa-baa" not in assessment.answers and "hipaa-baa" not in assessment.facts
    assert "default-retention" not in assessment.answers
    assert assessment.answers == {"data-processing-agreement": "yes"}  # the one all-channel term
    row = assessment.fact_rows["hipaa-baa"]
    assert row["now"] is None and row["not_recorded"] == "Not recorded" and not row["stale"]
    assert_shows(editor_client.get(f"/assessments/{assessment.pk}/edit/"), "Recorded fact: Not recorded")


def test_a_changed_fact_makes_the_answer_stale_until_confirmed(catalog, editor_client):
    assessment = start(editor_client, offer())
    term = bedrock_term("training-on-customer-data")
    term.value, term.statement = "yes", "Changed: Bedrock content may now be used for training."
    term.save()
    assessment = Assessment.objects.get(pk=assessment.pk)
    assert assessment.stale_questions == ["training-on-our-data"]
    assert_shows(
        editor_client.get(assessment.get_absolute_url()),
        "Stale: the recorded fact has changed", "It said: No", "It says now: Yes",
        "Changed: Bedrock content may now be used for training.",
    )
    answers = {f"answer__{q}": v for q, v in assessment.answers.items()}
    answers.update({"answer__security-certifications": "yes", "answer__certification-evidence": "SOC 2",
                    "answer__incident-history": "None", "answer__zero-retention": "yes",
                    "answer__default-retention": "Per account setting", "risk_rating": "medium"})
    page = editor_client.get(f"/assessments/{assessment.pk}/edit/")
    version = page.context["form"].initial["_last_updated"]
    refused = editor_client.post(f"/assessments/{assessment.pk}/edit/",
                                 {"_last_updated": version, "action": "complete", **answers})
    assert refused.status_code == 400
    assert_shows(refused, "confirm or change it (training-on-our-data)")
    assert Assessment.objects.get(pk=assessment.pk).status == "draft"
    version = editor_client.get(f"/assessments/{assessment.pk}/edit/").context["form"].initial["_last_updated"]
    done = editor_client.post(f"/assessments/{assessment.pk}/edit/", {
        "_last_updated": version, "action": "complete", **answers, "confirm__training-on-our-data": "on",
    })
    assert done.status_code == 302, done.content.decode()[:800]
    assessment = Assessment.objects.get(pk=assessment.pk)
    assert assessment.status == "completed" and assessment.stale_questions == []
    assert assessment.facts["training-on-our-data"]["fact"]["value"] == "yes"
    assert assessment.facts["training-on-our-data"]["confirmed_by"] == "editor"


def test_changing_the_answer_settles_a_stale_fact(catalog, editor_client):
    assessment = start(editor_client, offer())
    bedrock_term("hipaa-baa").delete()  # a superseded term: the fact is no longer recorded
    assessment = Assessment.objects.get(pk=assessment.pk)
    assert assessment.fact_rows["hipaa-baa"]["stale"] and assessment.fact_rows["hipaa-baa"]["now"] is None
    page = editor_client.get(f"/assessments/{assessment.pk}/edit/")
    version = page.context["form"].initial["_last_updated"]
    answers = {f"answer__{q}": v for q, v in assessment.answers.items()}
    editor_client.post(f"/assessments/{assessment.pk}/edit/",
                       {"_last_updated": version, "action": "save", **answers, "answer__hipaa-baa": "no"})
    assessment = Assessment.objects.get(pk=assessment.pk)
    assert assessment.answers["hipaa-baa"] == "no" and assessment.stale_questions == []


def test_a_fact_recorded_after_the_draft_started_fills_it_in_on_resume(catalog, editor_client):
    vendor = Vendor.objects.get(slug="anthropic")
    assessment = start(editor_client, vendor)
    assert "hipaa-baa" not in assessment.answers
    DataTerm.objects.create(
        vendor=vendor, attribute=bedrock_term("hipaa-baa").attribute, value="yes", statement="Vendor-wide BAA.",
    )
    page = editor_client.get(f"/assessments/{assessment.pk}/edit/")
    assert page.context["form"].initial["answer__hipaa-baa"] == "yes"
    assessment = Assessment.objects.get(pk=assessment.pk)
    assert assessment.answers["hipaa-baa"] == "yes"
    assert assessment.facts["hipaa-baa"]["fact"]["channel"] == "All channels"


def test_api_shows_the_same(catalog, api_editor):  # noqa: F811
    subject = offer()
    data = {"control": DUE_DILIGENCE, "subject_type": "catalog.modelavailability", "subject_id": subject.pk}
    created = api_editor.post("/api/governance/assessments/", data, format="json")
    assert created.status_code == 201, created.json()
    body = created.json()
    assert body["answers"]["training-on-our-data"] == "No"
    fact = body["facts"]["training-on-our-data"]
    assert TRAINING_EXCERPT in fact["recorded"]["excerpt"] and fact["stale"] is False
    assert body["facts"]["hipaa-baa"]["recorded"]["value"] == "yes"
    term = bedrock_term("training-on-customer-data")
    term.value = "yes"
    term.save()
    url = f"/api/governance/assessments/{body['id']}/"
    fact = api_editor.get(url).json()["facts"]["training-on-our-data"]
    assert fact["stale"] is True and fact["recorded"]["value"] == "no" and fact["now"]["value"] == "yes"
    confirmed = api_editor.patch(url, {"confirm_facts": ["training-on-our-data"]}, format="json")
    assert confirmed.status_code == 200, confirmed.json()
    assert confirmed.json()["facts"]["training-on-our-data"]["stale"] is False


@pytest.mark.parametrize("question", ["hipaa-baa", "training-on-our-data"])
def test_control_names_the_fact_it_reads(catalog, question):
    from airegister.governance.models import Control

    asked = {q["id"]: q for q in Control.objects.get(slug=DUE_DILIGENCE).questionnaire}
    assert "attribute" in asked[question]["answered_by"]


def test_fact_questions_cost_a_fixed_number_of_queries(catalog, editor, viewer_client):
    """Facts are read with two queries (attributes, the subject's terms) whatever the number of questions."""
    from airegister.core.testing.views import count_queries
    from airegister.governance.models import Control

    assessment = Assessment.objects.create(
        control=Control.objects.get(slug=DUE_DILIGENCE), subject=offer(), assessor=editor,
    )
    url = assessment.get_absolute_url()
    pinned = count_queries(viewer_client, url)
    control = Control.objects.get(slug=DUE_DILIGENCE)
    extra = [{**q, "id": f"{q['id']}-again"} for q in control.questionnaire if "answered_by" in q]
    more = Assessment.objects.create(control=control, subject=offer(), assessor=editor)
    more.questionnaire = more.questionnaire + extra
    more.save()
    assert count_queries(viewer_client, more.get_absolute_url()) == pinned == ASSESSMENT_PAGE_QUERIES


# The assessment page of a channel offer, read anonymously (demo-style reading): the assessment with its control
# and users, its evidence, the subject and its model, and the facts (attributes, the subject's terms).
ASSESSMENT_PAGE_QUERIES = 7


def test_a_use_case_is_answered_by_the_model_and_channel_it_names(catalog, editor):
    from airegister.governance.models import Control
    from airegister.usecases.testing import make_use_case

    use_case = make_use_case("Claims triage", model="claude-3-7-sonnet", channel="aws-bedrock")
    assessment = Assessment.objects.create(
        control=Control.objects.get(slug=DUE_DILIGENCE), subject=use_case, assessor=editor,
    )
    assert assessment.answers["hipaa-baa"] == "yes"  # Bedrock's term, as for the channel offer
    assert assessment.facts["hipaa-baa"]["fact"]["channel"] == "AWS Bedrock"
