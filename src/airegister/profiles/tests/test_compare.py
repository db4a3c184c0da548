"""The compare page: two to four models side by side, differences marked, the data terms the check resolves, the
verdicts of the check page's engine, clear errors, and a number of queries that does not grow with channels or terms."""

import json
import re
from pathlib import Path

import pytest

from airegister.catalog.models import AIModel, Channel, DataAttribute, DataTerm, ModelAvailability, Vendor
from airegister.core.testing.views import assert_shows, count_queries, squash, visible_text
from airegister.requirements.choices import ResultChoices
from airegister.requirements.engine import build_workload, run_check

URL = "/compare/?models=claude-3-7-sonnet,claude-opus-4"
QUERY_COUNTS = json.loads(Path(__file__).with_name("query_counts.json").read_text())


def row_classes(html: str) -> dict[str, str]:
    """{row label: the row's class} for the compare table's rows."""
    found = {}
    for classes, label in re.findall(r'<tr class="([^"]*)"><th scope="row">([^<]+)', html):
        found.setdefault(label.strip(), classes.strip())
    return found


def test_two_built_in_models_side_by_side(catalog, viewer_client):
    response = viewer_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    text = squash(visible_text(response))
    assert text.index(squash("Claude 3.7 Sonnet")) < text.index(squash("Claude Opus 4"))
    assert_shows(response, "Facts", "Lifecycle", "Compliance flags", "Offers", "Data terms · Anthropic API", "ASL-3")
    assert 'href="/models/claude-3-7-sonnet/"' in html and 'href="/models/claude-opus-4/"' in html
    rows = row_classes(html)
    assert rows["Safety level"] == "differs"  # Opus 4: ASL-3; 3.7 Sonnet: not recorded
    assert rows["Family"] == ""  # both Claude
    assert rows["Vendor"] == ""


def test_not_recorded_where_empty_and_citations_where_cited(catalog, viewer_client):
    html = viewer_client.get(URL).content.decode()
    assert "Not recorded" in visible_text(html)
    opened = visible_text(html.replace("<details ", "<details open "))
    opus = AIModel.objects.get(slug="claude-opus-4")
    assert opus.evidence.get("safety_level") and squash(opus.evidence["safety_level"]) in squash(opened)


def test_data_terms_per_channel_are_the_ones_the_check_resolves(db, viewer_client):
    """A model's own all-channel term beside its vendor's term on a channel: the model's term holds on that channel
    (model on the channel → model on every channel → vendor on the channel → vendor on every channel)."""
    vendor = Vendor.objects.create(name="Acme", slug="acme")
    api = Channel.objects.create(name="Acme API", slug="acme-api", kind="vendor-api", operator="Acme")
    retention = DataAttribute.objects.create(name="Default data retention", slug="retention")
    own = AIModel.objects.create(vendor=vendor, name="Own", slug="own")
    AIModel.objects.create(vendor=vendor, name="Plain", slug="plain")
    DataTerm.objects.create(vendor=vendor, channel=api, attribute=retention, value="yes", statement="Vendor: 30 days")
    DataTerm.objects.create(vendor=vendor, model=own, attribute=retention, value="yes", statement="Own: zero")
    ModelAvailability.objects.create(
        model=own, channel=api, channel_model_id="acme/own-1", evidence={"channel_model_id": "Call it acme/own-1."}
    )
    html = viewer_client.get("/compare/?models=own,plain").content.decode()
    section = html[html.index('id="terms-'):]
    api_section = section[section.index("Data terms · Acme API"):]
    cells = re.findall(r"<td>(.*?)</td>", api_section.split("</tbody>")[0], re.S)
    assert "Own: zero" in cells[0] and "model&#x27;s own term, all channels" in cells[0]
    assert "Vendor: 30 days" in cells[1] and "vendor&#x27;s term, Acme API" in cells[1]
    assert row_classes(html)["Default data retention"] == "differs"
    assert_shows(html, "Id: acme/own-1", "Not offered")
    assert "Call it acme/own-1." in visible_text(html.replace("<details ", "<details open "))  # the offer's citation


def test_verdicts_of_a_chosen_workload_match_the_check(catalog, viewer_client):
    from airegister.requirements.loader import load_requirements

    load_requirements()
    plain = visible_text(viewer_client.get(URL))
    assert "Check verdicts" not in plain  # none by default
    response = viewer_client.get(URL + "&data_classes=phi&regions=eu")
    assert response.status_code == 200
    html = response.content.decode()
    assert_shows(response, "Check verdicts — PHI", "Best option")
    check = run_check(build_workload(["phi"], ["eu"]))
    verdicts = html[html.index('id="verdicts"'):html.index("</tbody>", html.index('id="verdicts"'))]
    for option in check.options:
        if option.model.slug not in ("claude-3-7-sonnet", "claude-opus-4"):
            continue
        row = verdicts[verdicts.index(f'<th scope="row">{option.channel.name}</th>'):]
        row = row[:row.index("</tr>")]
        cells = re.findall(r"<td>(.*?)</td>", row, re.S)
        column = 0 if option.model.slug == "claude-3-7-sonnet" else 1
        assert f"badge-{ResultChoices.color(option.verdict)}" in cells[column]
        assert ResultChoices.label(option.verdict) in cells[column]


def test_a_bad_workload_value_is_named(catalog, viewer_client):
    response = viewer_client.get(URL + "&data_classes=secret-sauce")
    assert response.status_code == 400
    assert "secret-sauce" in visible_text(response)


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("?models=claude-opus-4", 400, "Choose at least 2 models to compare (you chose 1)."),
        ("?models=claude-opus-4,claude-opus-4", 400, "Choose at least 2 models"),  # duplicates count once
        ("?models=claude-3-7-sonnet,claude-opus-4,claude-sonnet-4,fable-5,mythos-5", 400, "at most 4 models"),
        ("?models=claude-opus-4,claude-opus-9", 404, "No model “claude-opus-9” in the catalog."),
        ("?models=nope-1,claude-opus-4,nope-2", 404, "No model “nope-1”, “nope-2” in the catalog."),
    ],
)
def test_wrong_choices_say_what_is_wrong(catalog, viewer_client, query, status, message):
    response = viewer_client.get("/compare/" + query)
    assert response.status_code == status
    assert_shows(response, message)


def test_duplicates_are_dropped_and_repeated_parameters_work(catalog, viewer_client):
    response = viewer_client.get(
        "/compare/?models=claude-opus-4&models=Claude-3-7-Sonnet&models=claude-opus-4,claude-3-7-sonnet"
    )
    assert response.status_code == 200
    header = response.content.decode().split("<thead>")[1].split("</thead>")[0]
    assert header.count('href="/models/') == 2
    assert header.index("claude-opus-4") < header.index("claude-3-7-sonnet")  # in the order asked


def test_without_models_the_page_explains_itself(db, viewer_client):
    response = viewer_client.get("/compare/")
    assert response.status_code == 200
    assert_shows(response, "Compare models", "2 to 4 models side by side")




def test_query_count_does_not_grow_with_channels_offers_or_terms(catalog, viewer_client):
    from airegister.requirements.loader import load_requirements

    load_requirements()
    checked = URL + "&data_classes=phi&regions=eu"
    before, before_checked = count_queries(viewer_client, URL), count_queries(viewer_client, checked)
    assert (before, before_checked) == (QUERY_COUNTS["compare"], QUERY_COUNTS["compare_checked"])
    anthropic = Vendor.objects.get(slug="anthropic")
    sonnet = AIModel.objects.get(slug="claude-3-7-sonnet")
    channels = Channel.objects.bulk_create(
        Channel(name=f"Extra {i}", slug=f"extra-{i}", kind="aggregator", operator="x") for i in range(25)
    )
    attributes = list(DataAttribute.objects.all())
    DataTerm.objects.bulk_create(
        DataTerm(vendor=anthropic, channel=c, attribute=a, value="no", statement=f"{a.name} on {c.name}")
        for c in channels for a in attributes
    )
    DataTerm.objects.bulk_create(
        DataTerm(vendor=anthropic, model=sonnet, channel=c, attribute=attributes[0], value="yes") for c in channels
    )
    ModelAvailability.objects.bulk_create(
        ModelAvailability(model=sonnet, channel=c, channel_model_id=f"id-{c.slug}") for c in channels
    )
    assert count_queries(viewer_client, URL) == before
    assert count_queries(viewer_client, checked) == before_checked
    assert_shows(viewer_client.get(URL), "Data terms · Extra 24", "Id: id-extra-24")


def test_only_the_rows_that_differ(catalog, viewer_client):
    html = viewer_client.get(URL + "&only=differences").content.decode()
    rows = row_classes(html)
    assert rows["Safety level"] == "differs" and "Family" not in rows
    assert set(rows.values()) == {"differs"}
    assert "Show every row" in visible_text(html)
