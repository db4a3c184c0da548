"""The catalog list for hundreds of models: every filter a query parameter, search over names, families, vendors,
aliases and channels' model ids, bad values named on the page, sorting, paging, a pinned number of queries, and the
retirement timeline."""

import datetime
import re

import pytest
from django.utils import timezone

from airegister.catalog.models import AIModel, Channel, ComplianceFlag, ModelAvailability, Vendor
from airegister.catalog.timeline import build_timeline
from airegister.core.testing.views import assert_shows, count_queries, squash, visible_text

NAMES = ("Rocket 2", "Pebble 1", "Stone 9", "Café Model", "Lonely")


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def data(db):
    acme = Vendor.objects.create(name="Acme AI", slug="acme")
    other = Vendor.objects.create(name="Other Labs", slug="other")
    api = Channel.objects.create(name="Acme API", slug="acme-api", kind="vendor-api", operator="Acme", weight=10)
    cloud = Channel.objects.create(name="Big Cloud", slug="big-cloud", kind="cloud-platform", operator="Big")
    rocket = AIModel.objects.create(
        vendor=acme, name="Rocket 2", slug="rocket-2", family="Rocket", tier="frontier", lifecycle_status="active",
        input_modalities=["text", "image"], output_modalities=["text"], open_weights=False,
        aliases=["rkt-2", "Rocket Two"],
    )
    pebble = AIModel.objects.create(
        vendor=acme, name="Pebble 1", slug="pebble-1", family="Gravel", tier="small", lifecycle_status="deprecated",
        input_modalities=["text"], output_modalities=["text", "audio"], open_weights=True, retirement_date=days(30),
    )
    stone = AIModel.objects.create(
        vendor=other, name="Stone 9", slug="stone-9", lifecycle_status="legacy", retirement_date=days(400),
        input_modalities=["text", "pdf"],
    )
    cafe = AIModel.objects.create(vendor=other, name="Café Model", slug="cafe-model", aliases=["Crème brûlée"])
    AIModel.objects.create(name="Lonely", slug="lonely", retirement_date=days(-3))  # vendor not recorded
    ModelAvailability.objects.create(model=rocket, channel=api, channel_model_id="acme.rocket-2-20250501")
    ModelAvailability.objects.create(
        model=rocket, channel=cloud, channel_model_id="big/rocket2", retirement_date=days(90)
    )
    ModelAvailability.objects.create(model=stone, channel=cloud, retirement_date=days(200))
    ModelAvailability.objects.create(model=cafe, channel=api, retirement_date=days(500))
    ComplianceFlag.objects.create(
        vendor=other, model=stone, title="Leak", category="security", severity="high", opened=days(-10)
    )
    return {"rocket": rocket, "pebble": pebble, "stone": stone, "cafe": cafe, "api": api, "cloud": cloud}


def listed(client, query: str) -> set[str]:
    response = client.get("/models/" + query)
    assert response.status_code == 200
    text = visible_text(response)
    return {name for name in NAMES if name in text}


def test_filter_by_vendor_and_channel(data, viewer_client):
    assert listed(viewer_client, "?vendor=other") == {"Stone 9", "Café Model"}
    assert listed(viewer_client, "?channel=big-cloud") == {"Rocket 2", "Stone 9"}
    assert listed(viewer_client, "?channel=big-cloud&channel=acme-api") == {"Rocket 2", "Stone 9", "Café Model"}
    assert listed(viewer_client, "?channel=acme-api&vendor=acme") == {"Rocket 2"}
    # Offered on two of the chosen channels: listed once.
    assert visible_text(viewer_client.get("/models/?channel=big-cloud&channel=acme-api")).count("Rocket 2") == 1


def test_filter_by_modality_input_or_output_all_of_them(data, viewer_client):
    assert listed(viewer_client, "?modality=image") == {"Rocket 2"}
    assert listed(viewer_client, "?modality=audio") == {"Pebble 1"}  # an output modality
    assert listed(viewer_client, "?modality=pdf") == {"Stone 9"}
    assert listed(viewer_client, "?modality=text&modality=image") == {"Rocket 2"}
    assert listed(viewer_client, "?modality=text") == {"Rocket 2", "Pebble 1", "Stone 9"}


def test_filter_by_open_weights_including_not_recorded(data, viewer_client):
    assert listed(viewer_client, "?open_weights=true") == {"Pebble 1"}
    assert listed(viewer_client, "?open_weights=false") == {"Rocket 2"}
    assert listed(viewer_client, "?open_weights=unknown") == {"Stone 9", "Café Model", "Lonely"}


def test_filter_by_status_and_active_flags(data, viewer_client):
    assert listed(viewer_client, "?lifecycle_status=deprecated&lifecycle_status=legacy") == {"Pebble 1", "Stone 9"}
    assert listed(viewer_client, "?has_active_flags=true") == {"Stone 9"}
    assert "Stone 9" not in listed(viewer_client, "?has_active_flags=false")


def test_retiring_within_counts_the_models_and_their_offers_dates(data, viewer_client):
    assert listed(viewer_client, "?retiring_within=60") == {"Pebble 1"}  # its own date, in 30 days
    assert listed(viewer_client, "?retiring_within=100") == {"Pebble 1", "Rocket 2"}  # Rocket's cloud offer
    assert listed(viewer_client, "?retiring_within=365") == {"Pebble 1", "Rocket 2", "Stone 9"}  # Stone's offer
    assert listed(viewer_client, "?retiring_within=3650") == set(NAMES) - {"Lonely"}  # retired 3 days ago


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("rocket", {"Rocket 2"}),
        ("GRAVEL", {"Pebble 1"}),  # a family, any case
        ("other labs", {"Stone 9", "Café Model"}),  # the vendor's name, both words
        ("rkt-2", {"Rocket 2"}),  # an alias
        ("rocket two", {"Rocket 2"}),
        ("brûlée", {"Café Model"}),  # a non-ASCII alias, as each database stores JSON text
        ("café", {"Café Model"}),
        ("acme.rocket-2-2025", {"Rocket 2"}),  # a channel's own model id
        ("stone acme", set()),  # every word must match
        ("%", set()),  # a wildcard is a character, not a wildcard
    ],
)
def test_search(data, viewer_client, query, expected):
    assert listed(viewer_client, f"?q={query}") == expected


def test_search_combines_with_filters_sorting_and_pages(data, viewer_client):
    assert listed(viewer_client, "?q=acme&lifecycle_status=deprecated") == {"Pebble 1"}
    text = squash(visible_text(viewer_client.get("/models/?sort=retirement_date")))
    assert squash(f"Lonely Not recorded Not recorded Not recorded {days(-3).isoformat()} (past)") in text
    # By the date shown (the model's own, else its first offer's), unknown dates last.
    assert text.index("Lonely") < text.index("Pebble1") < text.index("Rocket2") < text.index("Stone9")
    text = squash(visible_text(viewer_client.get("/models/?sort=-offer_count")))
    assert text.index("Rocket2") < text.index("Pebble1")
    page = visible_text(viewer_client.get("/models/?per_page=25&page=1&sort=name"))
    assert "5 models" in page


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?retiring_within=soon", "Retiring within (days): Enter a whole number."),
        ("?retiring_within=0", "Retiring within (days): Ensure this value is greater than or equal to 1."),
        ("?retiring_within=99999", "less than or equal to 3650"),
        ("?open_weights=maybe", "Open weights: Select a valid choice."),
        ("?modality=smell", "Modality (all of): Select a valid choice. smell"),
        ("?channel=nowhere", "Offered on: Select a valid choice. nowhere"),
        ("?vendor=nobody", "Vendor: Select a valid choice."),
        ("?has_active_flags=perhaps", "Has active flags: Give true or false."),
        ("?sort=bogus", "Cannot sort by “bogus”"),
        ("?per_page=0", "Per page: give one of 25, 50, 100, 200."),
        ("?per_page=100000", "Per page: give one of 25, 50, 100, 200."),
    ],
)
def test_a_bad_value_is_named_on_the_page_never_a_server_error(data, viewer_client, query, message):
    response = viewer_client.get("/models/" + query)
    assert response.status_code == 200
    assert_shows(response, "Some parameters were not understood", message)


def test_a_bad_page_number_shows_a_page(data, viewer_client):
    for page in ("abc", "0", "-1", "999"):
        response = viewer_client.get(f"/models/?page={page}")
        assert response.status_code == 200 and "Rocket 2" in visible_text(response)


def test_each_row_has_a_tick_box_for_the_compare_form(data, viewer_client):
    html = viewer_client.get("/models/").content.decode()
    assert '<form id="compare-form"' in html and 'action="/compare/"' in html
    assert 'name="models" value="rocket-2" form="compare-form"' in html


# --- query count ----------------------------------------------------------------------------------------------

LIST_QUERIES = 7  # user, count, page, the vendors and channels of the filter form, the retirement summary (2)




def make_many(n: int, first: int = 0):
    """`n` more models (numbered from `first`), each offered on five of 30 channels, of 20 vendors with a flag each."""
    vendors = list(Vendor.objects.filter(slug__startswith="bulk-vendor-").order_by("pk"))
    if not vendors:
        vendors = Vendor.objects.bulk_create(
            Vendor(name=f"Bulk vendor {i}", slug=f"bulk-vendor-{i}") for i in range(20)
        )
        Channel.objects.bulk_create(
            Channel(name=f"Bulk channel {i}", slug=f"bulk-channel-{i}", kind="aggregator", operator="x")
            for i in range(30)
        )
        ComplianceFlag.objects.bulk_create(
            ComplianceFlag(vendor=v, title="Bulk flag", category="other", severity="low", opened=days(-1))
            for v in vendors
        )
    channels = list(Channel.objects.filter(slug__startswith="bulk-channel-").order_by("pk"))
    models = AIModel.objects.bulk_create(
        AIModel(vendor=vendors[i % 20], name=f"Bulk {i:03}", slug=f"bulk-{i:03}", aliases=[f"b{i}"],
                retirement_date=days(i % 400), input_modalities=["text"])
        for i in range(first, first + n)
    )
    ModelAvailability.objects.bulk_create(
        ModelAvailability(model=m, channel=channels[(i + k) % 30], retirement_date=days((i * 7 + k) % 380))
        for i, m in enumerate(models, start=first) for k in range(5)
    )


# A vendor or channel chosen in the filters costs one query more (the form looks the chosen ones up).
QUERIES = {
    "": LIST_QUERIES,
    "?q=bulk&sort=-retirement_date": LIST_QUERIES,
    "?channel=bulk-channel-3&retiring_within=365&per_page=25&page=2": LIST_QUERIES + 1,
    "?modality=text&open_weights=unknown&has_active_flags=true&sort=offer_count": LIST_QUERIES,
}


@pytest.mark.parametrize(("query", "pinned"), QUERIES.items())
def test_query_count_is_the_same_with_few_and_with_many_models(data, viewer_client, query, pinned):
    make_many(3)
    few = count_queries(viewer_client, "/models/" + query)
    make_many(300, first=3)
    many = count_queries(viewer_client, "/models/" + query)
    assert few == many == pinned


def test_query_count_with_the_built_in_catalog(catalog, viewer_client):
    assert count_queries(viewer_client, "/models/") == LIST_QUERIES


# --- retirement timeline --------------------------------------------------------------------------------------


def test_timeline_holds_the_next_twelve_months_soonest_first(data):
    timeline = build_timeline()
    entries = [(e.model.slug, e.channel.slug if e.channel else None) for e in timeline.endings]
    # Stone's own date (400 days), Café's offer (500) and Lonely's (past) are outside the window.
    assert entries == [("pebble-1", None), ("rocket-2", "big-cloud"), ("stone-9", "big-cloud")]
    assert [lane.key for lane in timeline.lanes] == ["pebble-1", "rocket-2", "stone-9"]
    by_channel = build_timeline(group="channel")
    assert [(lane.label, len(lane.endings)) for lane in by_channel.lanes] == [("All channels", 1), ("Big Cloud", 2)]


def test_timeline_page_draws_an_accessible_picture_and_lists_the_dates(data, viewer_client):
    response = viewer_client.get("/retirements/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="img"' in html and '<title id="retirements-title">' in html and '<desc id="retirements-desc">' in html
    text = squash(visible_text(response))
    assert squash(f"{days(30).isoformat()} Pebble 1 Acme AI All channels (the model retires)") in text
    assert squash(f"{days(90).isoformat()} Rocket 2 Acme AI Big Cloud big/rocket2") in text
    assert "Café Model" not in visible_text(response) and "Lonely" not in visible_text(response)
    assert viewer_client.get("/retirements/?group=channel").status_code == 200
    assert viewer_client.get("/retirements/?group=nonsense").status_code == 200


def test_timeline_caps_the_picture_and_links_to_the_filtered_list(db, viewer_client):
    make_many(120)
    timeline = build_timeline()
    assert len(timeline.shown) == 30 and timeline.hidden == len(timeline.lanes) - 30 > 0
    html = viewer_client.get("/retirements/").content.decode()
    assert f"and {timeline.hidden} more models" in visible_text(html)
    assert 'href="/models/?retiring_within=365&amp;sort=retirement_date"' in html
    assert html.count("<circle") + html.count("<polygon") == sum(len(lane.endings) for lane in timeline.shown)


def test_catalog_list_summarises_the_retirements_and_links_the_timeline(data, viewer_client):
    response = viewer_client.get("/models/")
    assert_shows(response, "3 retirements of models or offers in the next 365 days")
    assert 'href="/retirements/"' in response.content.decode()


def test_catalog_list_counts_the_retirements_per_month(data, viewer_client):
    html = viewer_client.get("/models/").content.decode()
    months = re.findall(r"<title>(\w+ \d{4}): (\d+) (models|offers) retiring</title>", html)
    assert (days(30).strftime("%B %Y"), "1", "models") in months  # Pebble 1
    assert (days(90).strftime("%B %Y"), "1", "offers") in months  # Rocket 2 on Big Cloud
    assert sum(int(n) for _, n, _ in months) == 3


def test_a_bad_sort_or_page_size_keeps_the_list_a_bad_filter_empties_it(data, viewer_client):
    kept = visible_text(viewer_client.get("/models/?sort=price&per_page=7&vendor=acme"))
    assert "the others are applied" in kept and "Rocket 2" in kept and "Stone 9" not in kept
    emptied = visible_text(viewer_client.get("/models/?retiring_within=soon&vendor=acme"))
    assert "nothing is listed until they are fixed" in emptied and "Rocket 2" not in emptied


def test_timeline_table_pages_by_a_hundred(db, viewer_client):
    make_many(120)
    count = len(build_timeline().endings)
    assert count > 100
    first = visible_text(viewer_client.get("/retirements/"))
    assert f"1–100 of {count}" in first and "Later →" in first
    second = visible_text(viewer_client.get("/retirements/?page=2"))
    assert f"101–200 of {count}" in second and "← Sooner" in second
    assert viewer_client.get("/retirements/?page=nonsense").status_code == 200


def test_timeline_query_count_does_not_grow(data, viewer_client):
    few = count_queries(viewer_client, "/retirements/")
    make_many(150)
    assert few == count_queries(viewer_client, "/retirements/?group=channel") == count_queries(
        viewer_client, "/retirements/?page=2"
    ) == 3  # user, the models retiring, the offers retiring


def test_per_page_links_keep_the_filters(data, viewer_client):
    html = viewer_client.get("/models/?vendor=acme&page=2&per_page=25").content.decode()
    assert 'href="?vendor=acme&amp;per_page=100"' in html and "<strong>25</strong>" in html
