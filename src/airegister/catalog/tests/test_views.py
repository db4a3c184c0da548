"""Catalog pages: the model list with its filters, vendors, channels and the histories behind a profile."""

import datetime

import pytest

from airegister.catalog.models import (
    AIModel,
    Certification,
    Channel,
    ComplianceFlag,
    DataAttribute,
    DataTerm,
    ModelAvailability,
    Vendor,
)
from airegister.core.context import change_context
from airegister.core.testing.views import ObjectViewTestCase, ViewTestCase, assert_shows, squash, visible_text


def make_catalog():
    """Two vendors, three models, two channels, terms at both levels, one active flag."""
    with change_context(user_name="alice", message="initial entry"):
        acme = Vendor.objects.create(name="Acme AI", slug="acme", trust_center_url="https://trust.example.com")
        other = Vendor.objects.create(name="Other Labs", slug="other")
        api = Channel.objects.create(name="Acme API", slug="acme-api", kind="vendor-api", operator="Acme AI", weight=10)
        cloud = Channel.objects.create(name="Big Cloud", slug="big-cloud", kind="cloud-platform", operator="Big")
        retention = DataAttribute.objects.create(name="Default data retention", slug="retention", headline="none")
        baa = DataAttribute.objects.create(name="HIPAA BAA", slug="baa", yes_label="Available", detail="channels")
        rocket = AIModel.objects.create(
            vendor=acme, name="Rocket 2", slug="rocket-2", tier="frontier", release_date="2025-05",
            lifecycle_status="active",
        )
        pebble = AIModel.objects.create(vendor=acme, name="Pebble 1", slug="pebble-1", tier="small")
        stone = AIModel.objects.create(vendor=other, name="Stone 9", slug="stone-9", lifecycle_status="deprecated")
        DataTerm.objects.create(vendor=acme, channel=api, attribute=retention, value="yes", statement="30 days on API")
        DataTerm.objects.create(vendor=acme, channel=cloud, attribute=baa, value="yes")
        DataTerm.objects.create(
            vendor=acme, model=rocket, channel=api, attribute=retention, value="yes", statement="Zero for Rocket"
        )
        Certification.objects.create(vendor=acme, name="ISO/IEC 27001")
        ModelAvailability.objects.create(model=rocket, channel=api)
        ComplianceFlag.objects.create(
            vendor=other, model=stone, title="Data leak report", category="security", severity="high",
            opened=datetime.date(2026, 1, 5),
        )
    return {"acme": acme, "other": other, "rocket": rocket, "pebble": pebble, "stone": stone, "api": api}


@pytest.fixture
def data(db):
    return make_catalog()


class WithCatalog:
    @pytest.fixture
    def data(self, db):
        return make_catalog()


class TestModelList(WithCatalog, ViewTestCase):
    url = "/models/"
    expected_texts = ("Catalog", "Rocket 2", "Pebble 1", "Stone 9", "Acme AI", "May 2025", "Deprecated")


def test_start_page_is_the_catalog_for_anonymous_readers_and_the_dashboard_when_signed_in(
    data, client, viewer_client, settings
):
    settings.ANONYMOUS_READ = True
    anonymous = visible_text(client.get("/"))
    assert "Rocket 2" in anonymous and "Has active flags" in anonymous  # the catalog with its filters
    signed_in = visible_text(viewer_client.get("/"))
    assert "use cases on a model at risk" in signed_in and "Has active flags" not in signed_in


def listed(client, query: str) -> set[str]:
    text = visible_text(client.get("/models/" + query))
    return {name for name in ("Rocket 2", "Pebble 1", "Stone 9") if name in text}


def test_list_filters(data, viewer_client):
    assert listed(viewer_client, "?tier=frontier") == {"Rocket 2"}
    assert listed(viewer_client, "?tier=frontier&tier=small") == {"Rocket 2", "Pebble 1"}
    assert listed(viewer_client, "?vendor=other") == {"Stone 9"}
    assert listed(viewer_client, "?lifecycle_status=deprecated") == {"Stone 9"}
    assert listed(viewer_client, "?has_active_flags=true") == {"Stone 9"}
    assert listed(viewer_client, "?has_active_flags=false") == {"Rocket 2", "Pebble 1"}
    assert listed(viewer_client, "?q=pebb") == {"Pebble 1"}
    assert listed(viewer_client, "?q=acme") == {"Rocket 2", "Pebble 1"}


def test_list_shows_active_flag_counts_and_sorts(data, viewer_client):
    html = viewer_client.get("/models/?sort=-active_flag_count").content.decode()
    text = squash(visible_text(html))
    assert squash("Stone 9 Other Labs") in text
    assert text.index("Stone9") < text.index("Rocket2")  # the flagged model first
    assert 'href="/models/rocket-2/"' in html and 'href="/vendors/acme/"' in html


def test_list_with_a_bad_filter_value_says_so(data, viewer_client):
    response = viewer_client.get("/models/?tier=gigantic")
    assert response.status_code == 200
    assert "not one of the available choices" in visible_text(response)
    assert listed(viewer_client, "?tier=gigantic") == set()


def test_list_paginates_by_fifty(db, viewer_client):
    AIModel.objects.bulk_create(AIModel(name=f"M{i:03}", slug=f"m{i:03}") for i in range(120))
    first = visible_text(viewer_client.get("/models/"))
    assert "M049" in first and "M050" not in first and "1–50 of 120" in first
    third = visible_text(viewer_client.get("/models/?page=3"))
    assert "M119" in third and "M049" not in third


class TestModelProfile(WithCatalog, ObjectViewTestCase):
    url = "/models/rocket-2/"
    unknown_url = "/models/rocket-3/"
    expected_texts = ("Acme AI", "Rocket 2", "Version not recorded · frontier · Released May 2025", "Zero for Rocket")


def test_model_term_overrides_the_vendors(data, viewer_client):
    rocket = visible_text(viewer_client.get("/models/rocket-2/"))
    pebble = visible_text(viewer_client.get("/models/pebble-1/"))
    assert "Zero for Rocket" in rocket and "30 days on API" not in rocket
    assert "30 days on API" in pebble and "Zero for Rocket" not in pebble


def test_flagged_model_lists_its_flag(data, viewer_client):
    assert_shows(viewer_client.get("/models/stone-9/"), "1 active compliance flag.", "High", "Data leak report")


class TestModelHistory(WithCatalog, ObjectViewTestCase):
    url = "/models/rocket-2/history/"
    unknown_url = "/models/rocket-3/history/"
    expected_texts = ("History of Rocket 2", "Rocket 2", "Acme AI", "Acme API", "by alice", "initial entry")


def test_model_history_holds_inherited_changes_and_nothing_else(data, viewer_client):
    with change_context(user_name="bob", message="Acme renamed its retention sentence"):
        term = DataTerm.objects.get(vendor=data["acme"], model__isnull=True, attribute__slug="retention")
        term.statement = "31 days on API"
        term.save()
    with change_context(user_name="carol", message="other vendor's edit"):
        data["other"].website = "https://other.example.com"
        data["other"].save()
    text = visible_text(viewer_client.get("/models/pebble-1/history/"))
    assert "Acme renamed its retention sentence" in text and "31 days on API" in text
    assert "other vendor's edit" not in text and "Stone 9" not in text and "Rocket 2" not in text
    # Newest first.
    assert text.index("Acme renamed") < text.index("initial entry")


class TestVendor(WithCatalog, ObjectViewTestCase):
    url = "/vendors/acme/"
    unknown_url = "/vendors/nobody/"
    expected_texts = (
        "Acme AI", "Rocket 2", "Pebble 1", "Default data retention", "Acme API", "Big Cloud", "30 days on API",
        "HIPAA BAA", "Available", "Models with terms of their own", "Zero for Rocket", "ISO/IEC 27001",
    )


def test_vendor_without_certifications_invites_verification(data, viewer_client):
    assert_shows(
        viewer_client.get("/vendors/other/"),
        "No certifications recorded for Other Labs. Verify with the vendor's trust centre.",
    )


class TestVendorList(WithCatalog, ViewTestCase):
    url = "/vendors/"
    expected_texts = ("Vendors", "Acme AI", "Other Labs", "https://trust.example.com")


class TestVendorHistory(WithCatalog, ObjectViewTestCase):
    url = "/vendors/acme/history/"
    unknown_url = "/vendors/nobody/history/"
    expected_texts = ("History of Acme AI", "ISO/IEC 27001", "by alice")


class TestChannel(WithCatalog, ObjectViewTestCase):
    url = "/channels/acme-api/"
    unknown_url = "/channels/nowhere/"
    expected_texts = ("Acme API", "Vendor API", "Acme AI", "30 days on API", "Zero for Rocket", "Models available")


class TestChannelList(WithCatalog, ViewTestCase):
    url = "/channels/"
    expected_texts = ("Channels", "Acme API", "Big Cloud", "Cloud platform")


class TestChannelHistory(WithCatalog, ObjectViewTestCase):
    url = "/channels/big-cloud/history/"
    unknown_url = "/channels/nowhere/history/"
    expected_texts = ("History of Big Cloud", "Created")


def test_badges_take_their_choice_set_colours(data, viewer_client):
    # Tables get display labels from django-tables2; the colour must still come from the stored value.
    html = viewer_client.get("/models/").content.decode()
    assert '<span class="badge badge-orange">Deprecated</span>' in html
    assert '<span class="badge badge-green">Active</span>' in html
    assert '<span class="badge badge-purple">frontier</span>' in html
    channels = viewer_client.get("/channels/").content.decode()
    assert '<span class="badge badge-indigo">Cloud platform</span>' in channels


def test_editors_get_an_edit_link_viewers_do_not(data, viewer_client, editor_client):
    edit = f'href="/admin/catalog/aimodel/{data["rocket"].pk}/change/"'
    assert edit in editor_client.get("/models/rocket-2/").content.decode()
    assert edit not in viewer_client.get("/models/rocket-2/").content.decode()
