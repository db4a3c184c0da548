"""Channel-aware term filters (issue 11, point 2): `?hipaa_baa=available`, `?zero_retention=yes&channel=…`,
`?training_on_customer_data=no`, `?residency=eu` on the API's model list and on the catalog list page, inheritance
applied as on the profile page (`catalog.terms.resolve_term`)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from airegister.core.testing.api import token_client
from airegister.core.testing.views import count_queries, visible_text
from airegister.sources.models import SourceDocument

from ..models import AIModel, Channel, DataAttribute, DataTerm, ModelAvailability, Vendor

LIST = reverse("api:catalog-api:model-list")
BAA_URL = "https://acme.example/legal/baa"
NAMES = ("Rocket 2", "Pebble 1", "Boulder 3", "Stone 9", "Lonely", "Drifter", "Ghost")


@pytest.fixture
def data(db):
    acme = Vendor.objects.create(name="Acme AI", slug="acme")
    other = Vendor.objects.create(name="Other Labs", slug="other")
    api = Channel.objects.create(name="Acme API", slug="acme-api", kind="vendor-api", operator="Acme", weight=10)
    bedrock = Channel.objects.create(
        name="AWS Bedrock", slug="aws-bedrock", kind="cloud-platform", operator="AWS", weight=20
    )
    attrs = {
        slug: DataAttribute.objects.create(name=slug, slug=slug, weight=i)
        for i, slug in enumerate(("zero-retention", "training-on-customer-data", "hipaa-baa", "data-residency"))
    }
    baa_source = SourceDocument.objects.create(title="Acme BAA", slug="acme-baa", url=BAA_URL)
    models = {
        "rocket": AIModel.objects.create(vendor=acme, name="Rocket 2", slug="rocket-2", tier="frontier"),
        "pebble": AIModel.objects.create(vendor=acme, name="Pebble 1", slug="pebble-1", tier="small"),
        "boulder": AIModel.objects.create(vendor=acme, name="Boulder 3", slug="boulder-3", tier="frontier"),
        "stone": AIModel.objects.create(vendor=other, name="Stone 9", slug="stone-9", tier="mid"),
        # No offer recorded: the vendor's terms are looked at on every channel they name.
        "drifter": AIModel.objects.create(vendor=acme, name="Drifter", slug="drifter", tier="small"),
        "lonely": AIModel.objects.create(name="Lonely", slug="lonely"),  # no vendor, no term
        "ghost": AIModel.objects.create(name="Ghost", slug="ghost"),  # nor any offer: looked at on all channels
    }
    for model, channel in (("rocket", api), ("rocket", bedrock), ("pebble", api), ("boulder", api),
                           ("stone", bedrock), ("lonely", api)):
        ModelAvailability.objects.create(model=models[model], channel=channel)

    def term(attribute, value, holder, channel=None, **extra):
        vendor = holder if isinstance(holder, Vendor) else holder.vendor
        model = None if isinstance(holder, Vendor) else holder
        return DataTerm.objects.create(
            vendor=vendor, model=model, channel=channel, attribute=attrs[attribute], value=value, **extra
        )

    # A BAA on Acme's own API, which every Acme model inherits — but Boulder's own term says it is not available.
    term("hipaa-baa", "yes", acme, api, source=baa_source, source_excerpt="We sign a BAA.")
    term("hipaa-baa", "no", models["boulder"], api)
    # Zero retention on Bedrock only; Acme's API keeps data.
    term("zero-retention", "yes", acme, bedrock)
    term("zero-retention", "no", acme, api)
    term("zero-retention", "no", other)  # Other Labs: on every channel
    # Training: Acme says no everywhere; Pebble's own term says yes.
    term("training-on-customer-data", "no", acme)
    term("training-on-customer-data", "yes", models["pebble"])
    # Residency: EU on Bedrock for Acme (conditional counts: the option exists), US only for Other Labs.
    term("data-residency", "conditional", acme, bedrock, regions=["EU", "US"])
    term("data-residency", "yes", other, bedrock, regions=["US"])
    return {**models, "api": api, "bedrock": bedrock}


def api_slugs(client, **params) -> list[str]:
    response = client.get(LIST, {"ordering": "name", **params})
    assert response.status_code == 200, response.content
    return [row["slug"] for row in response.json()["results"]]


def test_a_vendors_baa_is_inherited_unless_a_model_overrides_it(data, viewer):
    client = token_client(viewer)
    assert api_slugs(client, hipaa_baa="available") == ["drifter", "pebble-1", "rocket-2"]
    assert api_slugs(client, hipaa_baa="yes") == ["drifter", "pebble-1", "rocket-2"]  # the stored value
    assert api_slugs(client, hipaa_baa="unavailable") == ["boulder-3"]
    # Nothing recorded on some channel the model is on: Rocket on Bedrock, Stone, Lonely, Ghost (on every channel).
    assert api_slugs(client, hipaa_baa="not-recorded") == ["ghost", "lonely", "rocket-2", "stone-9"]
    ghost = client.get(LIST, {"hipaa_baa": "unknown", "q": "ghost"}).json()["results"][0]
    assert ghost["matching_channels"] == [{"slug": None, "name": "All channels", "terms": [{
        "attribute": "hipaa-baa", "value": "not-recorded", "regions": [], "source": None, "source_url": None,
        "inherited": False,
    }]}]


def test_each_model_names_the_channels_and_the_terms_it_matched_on(data, viewer):
    results = token_client(viewer).get(LIST, {"hipaa_baa": "available", "ordering": "name"}).json()["results"]
    rocket = next(row for row in results if row["slug"] == "rocket-2")
    assert rocket["matching_channels"] == [{
        "slug": "acme-api", "name": "Acme API",
        "terms": [{
            "attribute": "hipaa-baa", "value": "yes", "regions": [], "source": "Acme BAA", "source_url": BAA_URL,
            "inherited": True,
        }],
    }]
    # Without a term filter the list says nothing of matching channels.
    plain = token_client(viewer).get(LIST, {"vendor": "acme"}).json()["results"]
    assert plain and all("matching_channels" not in row for row in plain)


def test_zero_retention_on_one_channel(data, viewer):
    client = token_client(viewer)
    assert api_slugs(client, zero_retention="yes") == ["drifter", "rocket-2"]
    assert api_slugs(client, zero_retention="yes", channel="aws-bedrock") == ["rocket-2"]
    assert api_slugs(client, zero_retention="yes", channel="acme-api") == []
    assert api_slugs(client, zero_retention="no", channel="aws-bedrock") == ["stone-9"]
    rocket = token_client(viewer).get(LIST, {"zero_retention": "yes", "channel": "aws-bedrock"}).json()["results"][0]
    assert [entry["slug"] for entry in rocket["matching_channels"]] == ["aws-bedrock"]


def test_training_and_residency(data, viewer):
    client = token_client(viewer)
    # Pebble's own all-channel "yes" outranks Acme's all-channel "no".
    assert api_slugs(client, training_on_customer_data="no") == ["boulder-3", "drifter", "rocket-2"]
    assert api_slugs(client, training_on_customer_data="yes") == ["pebble-1"]
    assert api_slugs(client, residency="eu") == ["drifter", "rocket-2"]
    assert api_slugs(client, residency="US") == ["drifter", "rocket-2", "stone-9"]
    rocket = client.get(LIST, {"residency": "eu"}).json()["results"][-1]
    assert rocket["matching_channels"][0]["terms"][0]["regions"] == ["EU", "US"]


def test_several_term_filters_must_hold_on_the_same_channel(data, viewer):
    client = token_client(viewer)
    # Rocket (and Drifter) have a BAA on Acme's API and zero retention on Bedrock, but not both on one channel.
    assert api_slugs(client, hipaa_baa="available") == ["drifter", "pebble-1", "rocket-2"]
    assert api_slugs(client, hipaa_baa="available", zero_retention="yes") == []
    assert api_slugs(client, zero_retention="yes", residency="eu") == ["drifter", "rocket-2"]


def test_term_filters_combine_with_vendor_tier_search_ordering_and_pages(data, viewer):
    client = token_client(viewer)
    assert api_slugs(client, hipaa_baa="available", vendor="acme", tier="frontier") == ["rocket-2"]
    assert api_slugs(client, hipaa_baa="available", q="pebble") == ["pebble-1"]
    assert api_slugs(client, hipaa_baa="available", vendor="other") == []
    assert api_slugs(client, hipaa_baa="available", ordering="-name") == ["rocket-2", "pebble-1", "drifter"]
    first = client.get(LIST, {"hipaa_baa": "available", "ordering": "name", "limit": 2}).json()
    assert first["count"] == 3
    assert [row["slug"] for row in first["results"]] == ["drifter", "pebble-1"]
    second = client.get(first["next"]).json()
    assert [row["slug"] for row in second["results"]] == ["rocket-2"]
    assert second["results"][0]["matching_channels"][0]["slug"] == "acme-api"


@pytest.mark.parametrize(("parameter", "value"), [
    ("hipaa_baa", "maybe"), ("zero_retention", "sometimes"), ("training_on_customer_data", "perhaps"),
    ("residency", "mars"),
])
def test_an_unknown_value_is_refused_naming_the_parameter(data, viewer, parameter, value):
    response = token_client(viewer).get(LIST, {parameter: value})
    assert response.status_code == 400
    body = response.json()
    assert list(body) == [parameter]
    assert value in " ".join(body[parameter]) and "give one of" in " ".join(body[parameter])


def test_the_api_list_query_count_does_not_grow_with_the_catalog(data, viewer):
    client = token_client(viewer)
    query = {"hipaa_baa": "available", "vendor": "acme"}

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(LIST, query).status_code == 200
        return len(ctx)

    client.get(LIST)  # a token's first use records when it was used (one write, once a minute): not counted
    few = count()
    add_models(data, 60)
    many = count()
    assert few == many == API_QUERIES


# token, the page cache's key (the change sequence and the token user's role: core/pagecache.py), the vendor the
# filter names, the count and the page (with their channels), the filter's models, attributes, terms and offers, the
# channels and sources of the page's matches.
API_QUERIES = 13
# The list page without filters costs LIST_QUERIES (test_model_list); the chosen vendor one more; a term filter adds
# the filter's models, attributes, terms and offers, and the page's matched channels and sources.
PAGE_QUERIES = 7 + 1 + 6


def add_models(data, n: int):
    acme = Vendor.objects.get(slug="acme")
    models = AIModel.objects.bulk_create(
        AIModel(vendor=acme, name=f"Bulk {i}", slug=f"bulk-{i}") for i in range(n)
    )
    ModelAvailability.objects.bulk_create(
        ModelAvailability(model=m, channel=data["api" if i % 2 else "bedrock"]) for i, m in enumerate(models)
    )


def listed(client, query: str) -> set[str]:
    response = client.get("/models/" + query)
    assert response.status_code == 200
    text = visible_text(response)
    return {name for name in NAMES if name in text}


def test_the_list_page_shows_the_same_models_and_their_channels(data, viewer, viewer_client):
    api = token_client(viewer)
    for query in ({"hipaa_baa": "available"}, {"zero_retention": "yes", "channel": "aws-bedrock"},
                  {"training_on_customer_data": "no"}, {"residency": "EU"}, {"hipaa_baa": "not-recorded"}):
        names = {AIModel.objects.get(slug=slug).name for slug in api_slugs(api, **query)}
        assert listed(viewer_client, "?" + "&".join(f"{k}={v}" for k, v in query.items())) == names, query
    response = viewer_client.get("/models/?zero_retention=yes&hipaa_baa=Available")
    page = visible_text(viewer_client.get("/models/?zero_retention=yes"))
    assert "Matched on" in page and "AWS Bedrock" in page
    # The form shows the choice an alias or another letter case named.
    select = response.content.decode().split('name="hipaa_baa"')[1].split("</select>")[0]
    assert '<option value="yes" selected>' in select
    assert "Matched on" not in visible_text(viewer_client.get("/models/"))
    # Acme's EU residency on Bedrock is conditional: said next to the channel.
    assert "AWS Bedrock (conditional)" in visible_text(viewer_client.get("/models/?residency=EU"))


def test_the_list_page_names_a_bad_value(data, viewer_client):
    response = viewer_client.get("/models/?hipaa_baa=maybe")
    assert response.status_code == 200
    text = visible_text(response)
    assert "HIPAA BAA" in text and "maybe" in text
    assert "Rocket 2" not in text


def test_the_list_page_query_count_does_not_grow_with_the_catalog(data, viewer_client):
    url = "/models/?hipaa_baa=available&vendor=acme"
    few = count_queries(viewer_client, url)
    add_models(data, 60)
    many = count_queries(viewer_client, url)
    assert few == many == PAGE_QUERIES
