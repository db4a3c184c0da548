"""A bad filter, ordering or pagination value answers 400 with JSON naming the parameter; every error under /api/
is JSON (never the site's HTML error page, never a traceback)."""

import json

import pytest
from django.test import Client, RequestFactory

from airegister.core import views as core_views
from airegister.core.testing.api import token_client


@pytest.fixture
def client(db, viewer):
    return token_client(viewer)


def assert_names(response, parameter: str, status: int = 400):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert parameter in body, body
    return body[parameter]


@pytest.mark.parametrize(
    "url, parameter",
    [
        ("/api/sources/snapshots/?number=abc", "number"),
        ("/api/sources/proposed-facts/?snapshot=x", "snapshot"),
        ("/api/core/changes/?changed_object_id=1.5", "changed_object_id"),
        ("/api/catalog/models/?has_active_flags=maybe", "has_active_flags"),
        ("/api/catalog/flags/?severity=apocalyptic", "severity"),
        ("/api/core/changes/?action=", "action"),  # a typed filter cannot be empty (a text filter can)
    ],
)
def test_a_bad_filter_value_is_a_400_naming_it(client, url, parameter):
    assert_names(client.get(url), parameter)


def test_a_good_filter_value_still_filters(client, catalog):
    from airegister.catalog.models import ComplianceFlag

    response = client.get("/api/catalog/flags/", {"severity": "high"})
    assert response.status_code == 200
    assert response.json()["count"] == ComplianceFlag.objects.filter(severity="high").count()
    assert client.get("/api/catalog/models/", {"has_active_flags": "false"}).status_code == 200


def test_an_unknown_ordering_field_is_a_400_naming_ordering(client):
    message = assert_names(client.get("/api/catalog/vendors/", {"ordering": "-secret"}), "ordering")
    assert "-secret" in message[0] and "name" in message[0]


def test_known_ordering_fields_order(client, catalog):
    response = client.get("/api/catalog/vendors/", {"ordering": "-name,last_updated"})
    names = [vendor["name"] for vendor in response.json()["results"]]
    assert names == sorted(names, reverse=True)


def test_a_list_without_ordering_fields_cannot_be_ordered(client):
    assert_names(client.get("/api/catalog/attributes/", {"ordering": "name"}), "ordering")


@pytest.mark.parametrize(
    "parameter, value",
    [("limit", "abc"), ("limit", "-1"), ("limit", "0"), ("limit", "1001"), ("limit", "1.5"),
     ("offset", "x"), ("offset", "-5"), ("offset", "²")],
)
def test_a_bad_limit_or_offset_is_a_400_naming_it(client, parameter, value):
    assert_names(client.get("/api/catalog/vendors/", {parameter: value}), parameter)


def test_good_limit_and_offset_paginate(client, catalog):
    data = client.get("/api/catalog/vendors/", {"limit": "1", "offset": "1"}).json()
    assert len(data["results"]) == 1 and data["previous"] and data["count"] > 1


def test_an_unknown_address_under_the_api_is_a_json_404(client):
    response = client.get("/api/no-such-section/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"]


def test_a_site_page_404_is_still_html(client, anon_read):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize(
    "handler, args",
    [(core_views.server_error, ()), (core_views.bad_request, (Exception(),)),
     (core_views.permission_denied, (Exception(),))],
)
def test_every_error_under_the_api_is_json(handler, args):
    response = handler(RequestFactory().get("/api/catalog/vendors/"), *args)
    assert response["Content-Type"].startswith("application/json")
    assert json.loads(response.content)["detail"]


def test_the_browsable_api_form_of_a_record_with_related_records_renders(catalog, editor):
    browser = Client()
    browser.force_login(editor)
    response = browser.get("/api/usecases/use-cases/import/", HTTP_ACCEPT="text/html")
    assert response.status_code == 405  # POST only; the page still renders its form, naming models by slug


def test_a_nul_character_is_a_400_on_every_database(db, editor):
    # PostgreSQL refuses text with NUL characters outright: the refusal is the client's error, in JSON.
    client = token_client(editor)
    assert client.get("/api/catalog/vendors/a%00b/").status_code in (400, 404)
    response = client.get("/api/usecases/use-cases/", {"region": "e\x00u"})
    assert response.status_code == 400 and response["Content-Type"].startswith("application/json")
