"""Use cases from CSV: every row checked first; a bad row is reported by number and nothing is stored."""

import pytest
from django.urls import reverse

from airegister.core.testing.views import assert_shows

from ..csvimport import import_use_cases
from ..models import UseCase

GOOD = (
    "name,owner,data_classes,regions,capabilities,model,channel,status\n"
    "Claims triage,Claims team,phi,EU,text-input,claude-3-7-sonnet,aws-bedrock,in-production\n"
    "Support assistant,Service,personal-data;internal,eu;us,,claude-sonnet-4,anthropic-api,\n"
)


def test_good_rows_are_all_stored(builtin):
    result = import_use_cases(GOOD.encode())
    assert result.ok, result.errors
    claims = UseCase.objects.get(slug="claims-triage")
    assert [c.slug for c in claims.data_classes.all()] == ["phi"]
    assert [r.slug for r in claims.regions.all()] == ["eu"]
    assert claims.capabilities == ["text-input"] and claims.status == "in-production"
    support = UseCase.objects.get(slug="support-assistant")
    assert {r.code for r in support.regions.all()} == {"EU", "US"} and support.status == "proposed"


def test_a_row_naming_an_existing_slug_updates_it(builtin):
    import_use_cases(GOOD.encode())
    result = import_use_cases(b"slug,name,owner\nclaims-triage,Claims triage,New owner\n")
    assert result.ok and [u.slug for u in result.updated] == ["claims-triage"]
    assert UseCase.objects.get(slug="claims-triage").owner == "New owner"


def test_bad_rows_are_reported_by_row_and_nothing_is_stored(builtin):
    text = GOOD + (
        "Bad one,,phx,mars,telepathy,no-model,no-channel,shipping\n"
        "Claims triage,Again,,,,,,\n"
    )
    result = import_use_cases(text.encode())
    assert not result.ok
    errors = "\n".join(result.errors)
    assert "Row 4: data_classes: unknown data class 'phx'; valid: confidential, internal" in errors
    assert "Row 4: regions: unknown region 'mars'; valid: eu, uk, us" in errors
    assert "Row 4: capabilities: unknown capability 'telepathy'" in errors
    assert "Row 4: model: unknown model 'no-model'" in errors
    assert "Row 4: channel: unknown channel 'no-channel'" in errors
    assert "Row 4: status: unknown status 'shipping'" in errors
    assert "Row 4: owner: This field is required." in errors
    assert "Row 5: slug: 'claims-triage' is also on row 2" in errors
    assert not UseCase.objects.exists()


@pytest.mark.parametrize(("data", "message"), [
    (b"", "The file is empty"),
    (b"name,owner\n", "no rows"),
    (b"name,colour\nA,red\n", "Unknown column 'colour'"),
    (b"name,description\nA,B\n", "Missing column owner"),
    (b"\xff\xfe\x00n\x00a", "binary"),
    ("name,owner\nCaf\xe9,B\n".encode("latin-1"), "not UTF-8"),
    (b"name,owner\nA,B,C\n", "Row 2: more values than columns"),
])
def test_unreadable_files_are_refused_with_one_message(builtin, data, message):
    result = import_use_cases(data)
    assert len(result.errors) == 1 and message in result.errors[0]
    assert not UseCase.objects.exists()


def test_import_page(builtin, editor_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    url = reverse("usecases:usecase_import")
    bad = SimpleUploadedFile("uc.csv", b"name,owner,regions\nX,Y,mars\n", content_type="text/csv")
    response = editor_client.post(url, {"file": bad})
    assert response.status_code == 400
    assert_shows(response, "Nothing was imported", "Row 2: regions: unknown region 'mars'")
    good = SimpleUploadedFile("uc.csv", GOOD.encode(), content_type="text/csv")
    response = editor_client.post(url, {"file": good}, follow=True)
    assert_shows(response, "Imported 2 new and 0 updated use case(s).", "Claims triage", "Support assistant")
