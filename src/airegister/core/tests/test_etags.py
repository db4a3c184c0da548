"""Every versioned record's API detail carries an ETag; If-Match is a precondition (412), written once in core.

The endpoints are stated as data; a new endpoint of a record with a version (`last_updated`) fails the first
test until it is listed here. Each app's generic API test cases (core/testing/api.py) check the writes: a
matching If-Match succeeds, a stale one answers 412 and changes nothing, a stale `last_updated` 409.
"""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import URLResolver, get_resolver, reverse

from airegister.catalog.models import Vendor
from airegister.core.api.viewsets import RegisterViewSetMixin, etag_for
from airegister.core.testing.api import lookup_value, token_client
from airegister.webhooks.models import WebhookEndpoint

# Detail endpoints of records with a version, and whether the API edits them (PUT/PATCH/DELETE).
VERSIONED_ENDPOINTS = {
    "catalog-api:vendor": True,
    "catalog-api:model": True,
    "catalog-api:channel": True,
    "catalog-api:attribute": True,
    "catalog-api:term": True,
    "catalog-api:certification": True,
    "catalog-api:use-restriction": True,
    "catalog-api:safety-document": True,
    "catalog-api:safety-evaluation": True,
    "catalog-api:flag": True,
    "catalog-api:availability": True,
    "catalog-api:continuity-link": True,
    "governance-api:framework": False,
    "governance-api:frameworkclause": False,
    "governance-api:assessment": True,
    "governance-api:control": True,
    "governance-api:playbook": True,
    "sources-api:document": True,
    "usecases-api:use-case": True,
    "usecases-api:data-class": True,
    "usecases-api:region": True,
    "requirements-api:profile": True,
    "requirements-api:rule": True,
    "webhooks-api:endpoint": True,
}
# Read by administrators only (the others get 403): checked with an administrator's token.
ADMIN_ONLY = {"webhooks-api:endpoint"}


def detail_routes():
    """{basename: (viewset class, its actions)} of every API detail route, found in the URL configuration."""

    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, inner)
            elif (pattern.name or "").endswith("-detail") and hasattr(pattern.callback, "cls"):
                yield namespace.removeprefix("api:") + pattern.name.removesuffix("-detail"), pattern.callback

    return {name: (callback.cls, set(callback.actions)) for name, callback in walk(get_resolver().url_patterns)}


def test_every_versioned_endpoint_is_stated():
    found = {}
    for name, (viewset, methods) in detail_routes().items():
        assert issubclass(viewset, RegisterViewSetMixin), f"{name}: not built on core's viewsets"
        if hasattr(viewset.queryset.model, "last_updated"):
            found[name] = bool(methods & {"put", "patch", "delete"})
    assert found == VERSIONED_ENDPOINTS


@pytest.fixture
def one_of_each(catalog, editor):
    """The built-in catalog, the default requirements, a use case and an assessment: a record for each endpoint."""
    from airegister.catalog.models import Certification, ComplianceFlag
    from airegister.governance.models import Assessment, Control
    from airegister.requirements.loader import load_requirements
    from airegister.sources.models import SourceDocument
    from airegister.usecases.testing import make_use_case

    load_requirements()
    vendor = Vendor.objects.order_by("pk").first()
    source = SourceDocument.objects.first()
    Certification.objects.create(vendor=vendor, name="Example certification", source=source)
    ComplianceFlag.objects.create(
        vendor=vendor, title="Example flag", category="other", severity="low", opened=datetime.date(2025, 1, 1),
        source=source,
    )
    make_use_case("Example use case", model="claude-3-7-sonnet")
    Assessment.objects.create(
        control=Control.objects.first(), subject_type=ContentType.objects.get_for_model(Vendor),
        subject_id=Vendor.objects.first().pk, assessor=editor,
    )
    WebhookEndpoint.objects.create(name="Example receiver", url="https://hooks.example.com/in", secret="s" * 20)


def test_each_detail_carries_the_etag_of_its_version(one_of_each, viewer, admin_user, settings):
    settings.ANONYMOUS_READ = False
    clients = {False: token_client(viewer), True: token_client(admin_user)}
    routes = detail_routes()
    missing = []
    for name in VERSIONED_ENDPOINTS:
        client = clients[name in ADMIN_ONLY]
        record = routes[name][0].queryset.model.objects.order_by("pk").first()
        if record is None:
            missing.append(f"{name}: no record to read")
            continue
        response = client.get(reverse(f"api:{name}-detail", args=[lookup_value(record)]))
        if response.status_code != 200 or response.get("ETag") != etag_for(record):
            missing.append(f"{name}: {response.status_code} ETag={response.get('ETag')!r}")
    assert missing == [], missing


def test_stale_if_match_is_412_before_the_body_is_read(editor, settings):
    vendor = Vendor.objects.create(name="Example Labs", slug="example-labs")
    url = reverse("api:catalog-api:vendor-detail", args=["example-labs"])
    client = token_client(editor)
    etag = client.get(url)["ETag"]
    Vendor.objects.get(pk=vendor.pk).save()  # someone else saves meanwhile
    before = Vendor.objects.get(pk=vendor.pk).serialize_object()
    response = client.patch(url, {"slug": "not a slug"}, format="json", headers={"If-Match": etag})
    assert response.status_code == 412
    assert "If-Match" in response.json()["detail"]
    assert Vendor.objects.get(pk=vendor.pk).serialize_object() == before


def test_if_match_any_version(editor):
    Vendor.objects.create(name="Example Labs", slug="example-labs")
    url = reverse("api:catalog-api:vendor-detail", args=["example-labs"])
    response = token_client(editor).patch(url, {"description": "Edited."}, format="json", headers={"If-Match": "*"})
    assert response.status_code == 200
    assert Vendor.objects.get(slug="example-labs").description == "Edited."
