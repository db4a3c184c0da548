"""Use case pages: the live check result (red as soon as a fact it depends on changes), editing by editors."""

import pytest
from django.urls import reverse

from airegister.catalog.models import AIModel, DataTerm
from airegister.core.context import change_context
from airegister.core.testing.api import changes_of
from airegister.core.testing.views import ObjectViewTestCase, ViewTestCase, assert_shows, visible_text
from airegister.usecases.testing import make_use_case

from ..models import DataClass, Region, UseCase


@pytest.fixture
def claims(builtin):
    return make_use_case(
        "Claims triage", model="claude-3-7-sonnet", channel="aws-bedrock", data_classes=["phi"], regions=["eu"],
        status="in-production", owner="Claims team",
    )


class TestUseCasePage(ObjectViewTestCase):
    url = "/use-cases/claims-triage/"
    unknown_url = "/use-cases/no-such-use-case/"
    expected_texts = (
        "Claims triage", "Claims team", "In production", "Claude 3.7 Sonnet via AWS Bedrock meets every rule",
        "Default requirements v1", "HIPAA BAA", "PHI", "European Union",
    )

    @pytest.fixture
    def data(self, claims):
        return claims


class TestUseCaseList(ViewTestCase):
    url = "/use-cases/"
    expected_texts = ("Use cases", "Claims triage", "Claude 3.7 Sonnet", "AWS Bedrock", "PHI, EU", "Pass")

    @pytest.fixture
    def data(self, claims):
        return claims


class TestVocabulary(ViewTestCase):
    url = "/data-classes/"
    expected_texts = ("Data classes", "PHI", "Special-category personal data", "Regions", "European Union", "EU")

    @pytest.fixture
    def data(self, builtin):
        return builtin


def test_a_use_case_on_a_channel_without_an_offer_is_not_an_option(builtin, viewer_client):
    use_case = make_use_case(
        "Vertex summaries", model="claude-3-7-sonnet", channel="google-vertex-ai", data_classes=["internal"],
        status="in-production", owner="Ops",
    )
    page = viewer_client.get(use_case.get_absolute_url())
    assert 'class="verdict verdict-no-offer"' in page.content.decode()
    assert_shows(
        page, "Not offered", "Claude 3.7 Sonnet via Google Cloud Vertex AI is not an option: no offer of the model on "
        "this channel is recorded.",
    )


def test_the_result_turns_red_when_a_fact_it_depends_on_changes(claims, viewer_client, editor_client):
    editor_client.post(reverse("usecases:usecase_review", args=[claims.slug]))
    claims.refresh_from_db()
    assert claims.reviewed_verdict == "pass"
    page = viewer_client.get(claims.get_absolute_url())
    assert 'class="verdict verdict-pass"' in page.content.decode()
    # The vendor withdraws the BAA on Bedrock.
    with change_context(user_name="bob"):
        term = DataTerm.objects.get(vendor__slug="anthropic", model=None, channel__slug="aws-bedrock",
                                    attribute__slug="hipaa-baa")
        term.value = "no"
        term.save()
    page = viewer_client.get(claims.get_absolute_url())
    html = page.content.decode()
    assert 'class="verdict verdict-fail"' in html
    assert_shows(page, "fails 1 rule", "changed since", "Facts behind 1 rule changed since the review")
    listing = visible_text(viewer_client.get("/use-cases/"))
    assert "Fail (was pass)" in listing
    # And where to move it: no channel of the catalog records a BAA any more, so nothing passes.
    assert_shows(page, "Where to move it")


def test_a_use_case_without_a_model_is_not_checked(builtin, viewer_client):
    use_case = make_use_case("Idea", data_classes=["internal"])
    assert_shows(viewer_client.get(use_case.get_absolute_url()), "No model is recorded for this use case")


def form_data(**overrides):
    data = {
        "name": "Support assistant", "slug": "", "owner": "Customer service", "status": "proposed",
        "description": "Drafts replies.", "data_classes": [DataClass.objects.get(slug="personal-data").pk],
        "regions": [Region.objects.get(slug="eu").pk], "capabilities": ["text-input"],
        "model": AIModel.objects.get(slug="claude-sonnet-4").pk, "channel": "", "profile": "",
        "change_message": "New workflow",
    }
    data.update(overrides)
    return data


def test_an_editor_adds_and_edits_a_use_case(builtin, editor_client, editor):
    response = editor_client.post(reverse("usecases:usecase_add"), form_data())
    assert response.status_code == 302
    use_case = UseCase.objects.get(slug="support-assistant")  # derived from the name
    assert use_case.capabilities == ["text-input"]
    created = changes_of(use_case, "create").get()
    assert created.user == editor and created.message == "New workflow"
    url = reverse("usecases:usecase_edit", args=[use_case.slug])
    page = editor_client.get(url).content.decode()
    version = page.split('name="_last_updated" value="')[1].split('"')[0]
    response = editor_client.post(url, form_data(slug="support-assistant", owner="Support", _last_updated=version))
    assert response.status_code == 302
    assert UseCase.objects.get().owner == "Support"


def test_a_stale_edit_is_refused(builtin, editor_client):
    use_case = make_use_case("Old", model="claude-opus-4", data_classes=["internal"])
    url = reverse("usecases:usecase_edit", args=[use_case.slug])
    page = editor_client.get(url).content.decode()
    version = page.split('name="_last_updated" value="')[1].split('"')[0]
    UseCase.objects.get(pk=use_case.pk).save()  # someone else saves meanwhile
    response = editor_client.post(url, form_data(name="Old", slug="old", owner="Me", _last_updated=version))
    assert response.status_code == 400
    assert "changed by someone else" in response.content.decode()
    assert UseCase.objects.get().owner == "Team"


def test_bad_input_names_the_field_and_saves_nothing(builtin, editor_client):
    response = editor_client.post(reverse("usecases:usecase_add"), form_data(owner="", capabilities=["telepathy"]))
    assert response.status_code == 400
    assert_shows(response, "Nothing was saved", "This field is required.", "Select a valid choice")
    assert not UseCase.objects.exists()


def test_viewers_cannot_change_use_cases(claims, viewer_client, settings):
    settings.DEBUG = False
    for url in ("usecases:usecase_add", "usecases:usecase_import"):
        assert viewer_client.get(reverse(url)).status_code == 403
    for url in ("usecases:usecase_edit", "usecases:usecase_delete", "usecases:usecase_review"):
        assert viewer_client.post(reverse(url, args=[claims.slug])).status_code == 403
    assert "Add use case" not in viewer_client.get("/use-cases/").content.decode()


def test_an_editor_deletes_a_use_case(claims, editor_client):
    response = editor_client.post(reverse("usecases:usecase_delete", args=[claims.slug]))
    assert response.status_code == 302
    assert not UseCase.objects.exists()
    assert changes_of(claims, "delete").get().user_name == "editor"


def test_history_lists_the_changes(claims, viewer_client):
    assert_shows(viewer_client.get(f"/use-cases/{claims.slug}/history/"), "Claims triage", "alice")


def test_pages_do_not_make_a_query_per_use_case(builtin, viewer_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(url):
        # Taken warm: the first request after a write also re-reads the signed-in user (core/auth.py).
        viewer_client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert viewer_client.get(url).status_code == 200
        return len(ctx)

    make_use_case("First", model="claude-opus-4", channel="aws-bedrock", data_classes=["phi"], regions=["eu"])
    before = count("/use-cases/")
    for i in range(10):
        make_use_case(f"More {i}", model="claude-sonnet-4", channel="aws-bedrock", data_classes=["phi"],
                      regions=["eu"])
    assert count("/use-cases/") == before
