"""The catalog's REST API: every endpoint through the generic cases, then the model endpoint's own behaviour.

Records made here are fictional (Example Labs, Acme AI); the built-in catalog is used where the tests
check the seed's facts through the API.
"""

import datetime

import pytest
from django.urls import reverse

from airegister.core.testing.api import APIViewTestCases, token_client
from airegister.sources.models import SourceDocument

from ..models import (
    AIModel,
    Certification,
    Channel,
    ComplianceFlag,
    ContinuityLink,
    DataAttribute,
    DataTerm,
    ModelAvailability,
    SafetyDocument,
    SafetyEvaluation,
    UseRestriction,
    Vendor,
)


def make_world():
    """Two fictional vendors with models, channels, attributes and a source document."""
    example = Vendor.objects.create(name="Example Labs", slug="example-labs")
    acme = Vendor.objects.create(name="Acme AI", slug="acme-ai")
    models = [
        AIModel.objects.create(vendor=example, name=f"Example {n}", slug=f"example-{n}", tier="mid") for n in (1, 2, 3)
    ]
    AIModel.objects.create(vendor=acme, name="Acme One", slug="acme-one", tier="frontier")
    channels = [
        Channel.objects.create(name="Example API", slug="example-api", kind="vendor-api", operator="Example Labs"),
        Channel.objects.create(name="Example Cloud", slug="example-cloud", kind="cloud-platform", operator="Example"),
    ]
    attributes = [
        DataAttribute.objects.create(name="Default data retention", slug="default-retention"),
        DataAttribute.objects.create(name="HIPAA BAA", slug="hipaa-baa"),
    ]
    source = SourceDocument.objects.create(title="Example trust page", slug="example-trust", url="https://e.test/t")
    return {"vendors": [example, acme], "models": models, "channels": channels, "attributes": attributes,
            "source": source}


class TestVendorAPI(APIViewTestCases.APIViewTestCase):
    model = Vendor
    basename = "catalog-api:vendor"
    create_data = [
        {"name": "Fictional Vendor", "slug": "fictional-vendor", "website": "https://vendor.test"},
        {"name": "Second Vendor", "slug": "second-vendor", "is_third_party": False},
    ]
    update_data = {"description": "Edited through the API.", "safety_page_url": "https://vendor.test/safety"}
    bad_data = {"slug": "not a slug", "website": "not-a-url"}

    def create_objects(self):
        world = make_world()
        return [*world["vendors"], Vendor.objects.create(name="Spare", slug="spare")]


class TestAIModelAPI(APIViewTestCases.APIViewTestCase):
    model = AIModel
    basename = "catalog-api:model"
    create_data = [
        {
            "name": "Example 4", "slug": "example-4", "vendor": "example-labs", "tier": "small",
            "release_date": "2025-05", "input_modalities": ["text", "image"], "output_modalities": ["text"],
        },
        {"name": "Unattributed", "slug": "unattributed", "vendor": None},
    ]
    update_data = {
        "capability_notes": "Extended thinking mode available.", "tier": "frontier", "vendor": "acme-ai",
        "evidence": {"tier": "A sentence of the source."},
    }
    bad_data = {"release_date": "2025-13", "input_modalities": ["smell"], "tier": "giant"}

    def test_evidence_for_unknown_field_is_400(self):
        data = {"evidence": {"colour": "Blue."}}
        response = self.editor_client.patch(self.detail_url(self.objects[0]), data, format="json")
        assert response.status_code == 400
        assert "colour" in response.json()["evidence"][0]

    def create_objects(self):
        return make_world()["models"]


class TestChannelAPI(APIViewTestCases.APIViewTestCase):
    model = Channel
    basename = "catalog-api:channel"
    create_data = [
        {"name": "Other Cloud", "slug": "other-cloud", "kind": "cloud-platform", "operator": "Other",
         "website": "https://cloud.test", "aliases": ["OC"]},
    ]
    update_data = {"name": "Example API (renamed)", "weight": 5}
    bad_data = {"kind": "carrier-pigeon"}

    def create_objects(self):
        world = make_world()
        return [*world["channels"], Channel.objects.create(name="Spare", slug="spare", kind="other", operator="x")]


class TestDataAttributeAPI(APIViewTestCases.APIViewTestCase):
    model = DataAttribute
    basename = "catalog-api:attribute"
    create_data = [{"name": "Data residency options", "slug": "data-residency", "headline": "none"}]
    update_data = {"yes_label": "Available", "detail": "via"}
    bad_data = {"headline": "loud"}

    def create_objects(self):
        return [*make_world()["attributes"], DataAttribute.objects.create(name="Spare", slug="spare")]


class TestDataTermAPI(APIViewTestCases.APIViewTestCase):
    model = DataTerm
    basename = "catalog-api:term"
    create_data = [
        {"vendor": "example-labs", "channel": "example-cloud", "attribute": "hipaa-baa", "value": "yes",
         "statement": "Signed on request.", "source": "example-trust", "source_excerpt": "We sign BAAs."},
        # A model's own term: the vendor is taken from the model.
        {"model": "example-2", "channel": "example-api", "attribute": "hipaa-baa", "value": "no"},
        {"vendor": "example-labs", "channel": None, "attribute": "hipaa-baa", "value": "conditional"},
    ]
    update_data = {"statement": "Edited sentence.", "value": "conditional", "regions": ["US", "EU"]}
    bad_data = {"value": "perhaps"}

    def create_objects(self):
        world = make_world()
        vendor, (api, cloud), (retention, _hipaa) = world["vendors"][0], world["channels"], world["attributes"]
        return [
            DataTerm.objects.create(vendor=vendor, channel=api, attribute=retention, value="yes", retention="zero"),
            DataTerm.objects.create(vendor=vendor, channel=cloud, attribute=retention, value="no"),
        ]

    def test_duplicate_vendor_term_is_400(self):
        data = {"vendor": "example-labs", "channel": "example-api", "attribute": "default-retention"}
        response = self.editor_client.post(self.list_url(), data, format="json")
        assert response.status_code == 400
        assert "already exists" in response.json()["non_field_errors"][0]
        assert DataTerm.objects.count() == 2

    def test_model_of_another_vendor_is_400_naming_model(self):
        data = {"vendor": "acme-ai", "model": "example-1", "channel": "example-api", "attribute": "hipaa-baa"}
        response = self.editor_client.post(self.list_url(), data, format="json")
        assert response.status_code == 400
        assert "model" in response.json()

    def test_days_retention_needs_the_days(self):
        response = self.editor_client.patch(self.detail_url(self.objects[0]), {"retention": "days"}, format="json")
        assert response.status_code == 400
        assert "retention_days" in response.json()

    def test_unknown_slug_in_reference_is_400_naming_field(self):
        data = {"vendor": "example-labs", "channel": "no-such-channel", "attribute": "hipaa-baa"}
        response = self.editor_client.post(self.list_url(), data, format="json")
        assert response.status_code == 400
        assert "no-such-channel" in response.json()["channel"][0]

    def test_filter_by_channel_and_attribute(self):
        response = self.viewer_client.get(self.list_url(), {"channel": "example-api", "attribute": "default-retention"})
        assert [row["id"] for row in response.json()["results"]] == [self.objects[0].pk]


class TestCertificationAPI(APIViewTestCases.APIViewTestCase):
    model = Certification
    basename = "catalog-api:certification"
    create_data = [{"vendor": "example-labs", "name": "Example Cert", "valid_until": "2030-01-31"}]
    update_data = {"scope": "Everything", "issuer": "An auditor"}
    bad_data = {"valid_until": "soon"}

    def create_objects(self):
        vendor = make_world()["vendors"][0]
        return [Certification.objects.create(vendor=vendor, name=f"Cert {n}") for n in (1, 2)]

    def test_duplicate_is_400_not_500(self):
        response = self.editor_client.post(self.list_url(), {"vendor": "example-labs", "name": "Cert 1"}, format="json")
        assert response.status_code == 400
        assert response.json()["non_field_errors"]


class TestUseRestrictionAPI(APIViewTestCases.APIViewTestCase):
    model = UseRestriction
    basename = "catalog-api:use-restriction"
    create_data = [{"vendor": "example-labs", "text": "No fictional misuse"}, {"model": "example-1", "text": "Own"}]
    update_data = {"text": "Edited restriction", "weight": 1}
    bad_data = {"text": "x" * 501}

    def create_objects(self):
        vendor = make_world()["vendors"][0]
        return [UseRestriction.objects.create(vendor=vendor, text=f"Restriction {n}") for n in (1, 2)]

    def test_vendor_or_model_required(self):
        response = self.editor_client.post(self.list_url(), {"text": "Orphan"}, format="json")
        assert response.status_code == 400
        assert "vendor" in response.json()


class TestSafetyDocumentAPI(APIViewTestCases.APIViewTestCase):
    model = SafetyDocument
    basename = "catalog-api:safety-document"
    create_data = [{"vendor": "example-labs", "title": "Model card", "document_url": "https://e.test/card"}]
    update_data = {"summary": "Edited summary.", "document_url": "https://e.test/new"}
    bad_data = {"document_url": "not a url"}

    def create_objects(self):
        vendor = make_world()["vendors"][0]
        return [SafetyDocument.objects.create(vendor=vendor, title=f"Doc {n}") for n in (1, 2)]


class TestSafetyEvaluationAPI(APIViewTestCases.APIViewTestCase):
    model = SafetyEvaluation
    basename = "catalog-api:safety-evaluation"
    create_data = [{"model": "example-1", "name": "Attack prevention", "value": 50.5, "unit": "%",
                    "condition": "with safeguards"}]
    update_data = {"value": 60.0, "margin": 1.5}
    bad_data = {"value": "a lot"}

    def create_objects(self):
        model = make_world()["models"][0]
        return [SafetyEvaluation.objects.create(model=model, name=f"Eval {n}", value=n) for n in (1, 2)]


class TestComplianceFlagAPI(APIViewTestCases.APIViewTestCase):
    model = ComplianceFlag
    basename = "catalog-api:flag"
    create_data = [{"vendor": "example-labs", "title": "Fictional flag", "category": "legal", "severity": "low",
                    "opened": "2025-01-02"}]
    update_data = {"status": "resolved", "resolved": "2025-02-03"}
    bad_data = {"status": "resolved", "resolved": None}
    bad_fields = {"resolved"}

    def create_objects(self):
        model = make_world()["models"][0]
        return [
            ComplianceFlag.objects.create(
                model=model, title=f"Flag {n}", category="other", severity="low", opened=datetime.date(2025, 1, n)
            )
            for n in (1, 2)
        ]

    def test_resolved_before_opened_is_400(self):
        response = self.editor_client.patch(
            self.detail_url(self.objects[0]), {"resolved": "2024-01-01"}, format="json"
        )
        assert response.status_code == 400
        assert "resolved" in response.json()


class TestModelAvailabilityAPI(APIViewTestCases.APIViewTestCase):
    model = ModelAvailability
    basename = "catalog-api:availability"
    create_data = [{"model": "example-3", "channel": "example-cloud", "note": "Preview"}]
    update_data = {"note": "Generally available", "channel": "example-cloud"}
    bad_data = {"channel": "nowhere"}

    def create_objects(self):
        world = make_world()
        (m1, m2, _m3), (api, _cloud) = world["models"], world["channels"]
        return [ModelAvailability.objects.create(model=m, channel=api) for m in (m1, m2)]

    def test_duplicate_is_400(self):
        response = self.editor_client.post(
            self.list_url(), {"model": "example-1", "channel": "example-api"}, format="json"
        )
        assert response.status_code == 400
        assert "already exists" in response.json()["non_field_errors"][0]


class TestContinuityLinkAPI(APIViewTestCases.APIViewTestCase):
    model = ContinuityLink
    basename = "catalog-api:continuity-link"
    create_data = [{"from_model": "example-3", "to_model": "example-1", "kind": "successor"}]
    update_data = {"rationale": "Same vendor, newer.", "kind": "continuity"}
    bad_data = {"kind": "sideways"}

    def create_objects(self):
        m1, m2, m3 = make_world()["models"]
        return [
            ContinuityLink.objects.create(from_model=m1, to_model=m2, kind="successor"),
            ContinuityLink.objects.create(from_model=m2, to_model=m3, kind="continuity"),
        ]

    def test_link_to_itself_is_400(self):
        data = {"from_model": "example-1", "to_model": "example-1", "kind": "successor"}
        response = self.editor_client.post(self.list_url(), data, format="json")
        assert response.status_code == 400
        assert response.json()["non_field_errors"]


# The model endpoint beyond the generic cases


@pytest.fixture
def world(db):
    return make_world()


def test_active_flag_count_includes_the_vendors_flags(world, viewer):
    example = world["vendors"][0]
    model = world["models"][0]
    opened = datetime.date(2025, 1, 1)
    ComplianceFlag.objects.create(vendor=example, title="Vendor flag", category="legal", severity="low", opened=opened)
    ComplianceFlag.objects.create(model=model, title="Own flag", category="legal", severity="low", opened=opened)
    ComplianceFlag.objects.create(
        model=model, title="Old", category="legal", severity="low", opened=opened, status="resolved", resolved=opened
    )
    response = token_client(viewer).get(reverse("api:catalog-api:model-list"), {"ordering": "name"})
    counts = {row["slug"]: row["active_flag_count"] for row in response.json()["results"]}
    assert counts == {"acme-one": 0, "example-1": 2, "example-2": 1, "example-3": 1}
    flagged = token_client(viewer).get(reverse("api:catalog-api:model-list"), {"has_active_flags": "true"})
    assert {row["slug"] for row in flagged.json()["results"]} == {"example-1", "example-2", "example-3"}


def test_vendor_is_a_brief_object(world, viewer):
    response = token_client(viewer).get(reverse("api:catalog-api:model-detail", args=["example-1"]))
    vendor = response.json()["vendor"]
    assert vendor["slug"] == "example-labs" and vendor["name"] == "Example Labs"
    assert vendor["url"].endswith(reverse("api:catalog-api:vendor-detail", args=["example-labs"]))


def test_write_accepts_what_was_read(world, editor):
    """A client may PUT back the body it read (brief objects and all), with its version."""
    client = token_client(editor)
    url = reverse("api:catalog-api:model-detail", args=["example-1"])
    body = client.get(url).json()
    body["name"] = "Example One"
    response = client.put(url, body, format="json")
    assert response.status_code == 200, response.json()
    assert AIModel.objects.get(slug="example-1").name == "Example One"
    response = client.put(url, body, format="json")  # the same body again: its last_updated is now stale
    assert response.status_code == 409


def test_malformed_if_match_is_400(world, editor):
    url = reverse("api:catalog-api:model-detail", args=["example-1"])
    response = token_client(editor).patch(url, {"name": "X"}, format="json", headers={"If-Match": '"yesterday"'})
    assert response.status_code == 400
    assert "If-Match" in response.json()


def test_deleting_a_referenced_channel_is_400_not_500(world, editor):
    example, api = world["vendors"][0], world["channels"][0]
    DataTerm.objects.create(vendor=example, channel=api, attribute=world["attributes"][0])
    response = token_client(editor).delete(reverse("api:catalog-api:channel-detail", args=["example-api"]))
    assert response.status_code == 400
    assert Channel.objects.filter(slug="example-api").exists()


# Against the built-in catalog (the seeds' facts)


def test_filters_vendor_tier_and_search(catalog, viewer):
    url = reverse("api:catalog-api:model-list")
    response = token_client(viewer).get(url, {"vendor": "anthropic", "tier": "frontier", "q": "sonnet"})
    assert response.status_code == 200
    slugs = {row["slug"] for row in response.json()["results"]}
    assert "claude-3-7-sonnet" in slugs
    assert "claude-opus-4" not in slugs  # not a Sonnet
    assert all("sonnet" in row["name"].lower() for row in response.json()["results"])
    everything = token_client(viewer).get(url, {"limit": 100}).json()["results"]
    expected = {
        row["slug"] for row in everything
        if row["vendor"] and row["vendor"]["slug"] == "anthropic" and row["tier"] == "frontier"
        and "sonnet" in row["name"].lower()
    }
    assert slugs == expected


def test_unknown_filter_value_is_400(catalog, viewer):
    response = token_client(viewer).get(reverse("api:catalog-api:model-list"), {"tier": "giant"})
    assert response.status_code == 400
    assert "tier" in response.json()


def test_model_detail_has_updated_date(catalog, viewer):
    response = token_client(viewer).get(reverse("api:catalog-api:model-detail", args=["claude-3-7-sonnet"]))
    assert response.status_code == 200
    # The latest change to the model or a fact it shows: the vendor pages read on 2026-12-01.
    assert response.json()["updated"].startswith("2026-12-01")


# GET /api/catalog/models/<slug>/profile/


def get_profile(client, slug):
    return client.get(reverse("api:profiles-api:model-profile", args=[slug]))


def test_profile_data_handling_per_attribute_and_channel(catalog, viewer):
    response = get_profile(token_client(viewer), "claude-3-7-sonnet")
    assert response.status_code == 200
    profile = response.json()
    assert profile["model"]["slug"] == "claude-3-7-sonnet"
    assert profile["vendor"]["slug"] == "anthropic"
    assert profile["updated"].startswith("2026-12-01")
    assert profile["flag_sentence"] == "No active compliance flags."
    handling = {item["attribute"]["slug"]: item for item in profile["data_handling"]}
    assert list(handling) == [
        "default-retention", "zero-retention", "training-on-customer-data", "gdpr-dpa", "hipaa-baa", "data-residency",
    ]
    zero = handling["zero-retention"]
    assert zero["headline"] == "Yes"
    assert zero["detail"] == "Via: AWS Bedrock"
    assert [(row["channel"]["slug"], row["value"]) for row in zero["rows"]] == [
        ("anthropic-api", "conditional"), ("claude-enterprise", "no"), ("aws-bedrock", "yes"),
        ("google-vertex-ai", "conditional"),
    ]
    assert all(row["inherited"] for row in zero["rows"])
    training = {row["channel"]["slug"]: row for row in handling["training-on-customer-data"]["rows"]}
    assert training["claude-ai-free"]["value"] == "conditional"
    assert training["claude-ai-free"]["statement"].startswith("Claude.ai free tier: chats may be used")
    assert handling["hipaa-baa"]["headline"] == "Available"
    assert handling["hipaa-baa"]["detail"] == "AWS Bedrock"
    residency = handling["data-residency"]["rows"]
    assert [(row["channel"]["slug"], row["regions"]) for row in residency] == [("anthropic-api", ["US"]),
                                                                               ("aws-bedrock", ["EU"])]


def test_profile_sections(catalog, viewer):
    profile = get_profile(token_client(viewer), "claude-3-7-sonnet").json()
    assert len(profile["restrictions"]) == 5
    assert all(r["inherited"] for r in profile["restrictions"])
    assert profile["restrictions"][0]["text"] == "No CSAM or sexual content involving minors"
    assert profile["safety_documents"][0]["document_url"]
    assert profile["certifications"] == []
    assert {c["name"] for c in profile["controls"]} >= {"AI Vendor Due Diligence", "Third-Party AI Model Evaluation"}
    assert len(profile["controls"]) == 5 and len(profile["playbooks"]) == 3
    assert {link["from_model"]["slug"] for link in profile["continuity_for"]} == {"fable-5", "mythos-5"}
    assert profile["continuity_options"] == []


def test_profile_shows_a_models_own_term_over_the_vendors(world, viewer):
    example, (api, _cloud), (retention, _hipaa) = world["vendors"][0], world["channels"], world["attributes"]
    model = world["models"][0]
    DataTerm.objects.create(vendor=example, channel=api, attribute=retention, value="yes", statement="Vendor's")
    DataTerm.objects.create(model=model, channel=api, attribute=retention, value="no", statement="Model's own")
    own = get_profile(token_client(viewer), "example-1").json()["data_handling"][0]["rows"]
    assert [(r["statement"], r["inherited"]) for r in own] == [("Model's own", False)]
    other = get_profile(token_client(viewer), "example-2").json()["data_handling"][0]["rows"]
    assert [(r["statement"], r["inherited"]) for r in other] == [("Vendor's", True)]


def test_profile_unknown_model_is_json_404(world, viewer):
    response = get_profile(token_client(viewer), "no-such-model")
    assert response.status_code == 404
    assert "no-such-model" in response.json()["detail"]


def test_profile_needs_sign_in(world, settings):
    settings.ANONYMOUS_READ = False
    assert get_profile(token_client(), "example-1").status_code in (401, 403)


def test_profile_queries_do_not_grow_with_facts(world, viewer, settings):
    """Cited facts (with their sources) cost the same number of queries however many there are."""
    from django.db import connection

    settings.PAGE_CACHE_ENABLED = False  # the cost of building the profile, not of serving it from the page cache
    from django.test.utils import CaptureQueriesContext

    example, model, source = world["vendors"][0], world["models"][0], world["source"]
    client = token_client(viewer)

    def add_facts(n):
        for i in range(n):
            UseRestriction.objects.create(vendor=example, text=f"R{i}-{UseRestriction.objects.count()}", source=source)
            Certification.objects.create(vendor=example, name=f"C{Certification.objects.count()}", source=source)
            ComplianceFlag.objects.create(model=model, title="F", category="other", severity="low",
                                          opened=datetime.date(2025, 1, 1), source=source)

    add_facts(1)
    get_profile(client, "example-1")  # the token's first use records "last used" (one UPDATE, then once a minute)
    with CaptureQueriesContext(connection) as few:
        assert get_profile(client, "example-1").status_code == 200
    add_facts(10)
    with CaptureQueriesContext(connection) as many:
        assert get_profile(client, "example-1").json()["restrictions"][-1]["source"]["slug"] == "example-trust"
    assert len(many) == len(few)
