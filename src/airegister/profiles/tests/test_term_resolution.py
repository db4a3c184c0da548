"""One resolution of inherited terms, the same answer everywhere (issue 8, point 4): for Claude 3.7 Sonnet on AWS
Bedrock, the data-residency term that applies is the same on the profile page, its API, the vendor page's matrix,
the requirement check (engine, CLI and API), whatever mix of model/vendor and channel/all-channel terms exists.
"""

import io
import json

import pytest
from django.core.management import call_command

from airegister.catalog.models import AIModel, Channel, DataAttribute, DataTerm
from airegister.core.testing.views import visible_text
from airegister.requirements.engine import build_workload, run_check
from airegister.requirements.index import T_ID
from airegister.requirements.testing import builtin  # noqa: F401  (fixture)

SONNET, BEDROCK, ATTRIBUTE, RULE = "claude-3-7-sonnet", "aws-bedrock", "data-residency", "eu-data-residency"

# (holder, channel): model or vendor term, on Bedrock or on every channel.
MODEL_BEDROCK, MODEL_ALL = ("model", BEDROCK), ("model", None)
VENDOR_BEDROCK, VENDOR_ALL = ("vendor", BEDROCK), ("vendor", None)
CASES = [
    # The case of the issue: a model-level all-channel term beside a vendor channel term.
    ([MODEL_ALL, VENDOR_BEDROCK], MODEL_ALL),
    ([MODEL_BEDROCK, MODEL_ALL, VENDOR_BEDROCK, VENDOR_ALL], MODEL_BEDROCK),
    ([MODEL_ALL, VENDOR_BEDROCK, VENDOR_ALL], MODEL_ALL),
    ([MODEL_BEDROCK, VENDOR_ALL], MODEL_BEDROCK),
    ([VENDOR_BEDROCK, VENDOR_ALL], VENDOR_BEDROCK),
    ([VENDOR_ALL], VENDOR_ALL),
    ([MODEL_ALL], MODEL_ALL),
]


def statement(key) -> str:
    holder, channel = key
    return f"Residency said by the {holder} for {channel or 'every channel'}"


@pytest.fixture
def make_terms(builtin):  # noqa: F811
    model = AIModel.objects.select_related("vendor").get(slug=SONNET)
    bedrock = Channel.objects.get(slug=BEDROCK)
    attribute = DataAttribute.objects.get(slug=ATTRIBUTE)
    DataTerm.objects.filter(vendor=model.vendor, attribute=attribute).delete()

    def make(keys) -> dict:
        made = {}
        for key in keys:
            holder, channel = key
            # Each says US only: which one applies decides nothing but the term's id and sentence.
            made[key] = DataTerm.objects.create(
                vendor=model.vendor, model=model if holder == "model" else None,
                channel=bedrock if channel else None, attribute=attribute, value="yes", regions=["US"],
                statement=statement(key),
            )
        return made

    return make


def answer_from_rows(rows: list[dict]) -> int | None:
    """The term a profile's rows give for Bedrock: its own row, else the all-channel row."""
    by_channel = {(row["channel"] or {}).get("slug"): row["term_id"] for row in rows}
    return by_channel.get(BEDROCK, by_channel.get(None))


@pytest.mark.parametrize(("keys", "winner"), CASES)
def test_the_same_term_applies_everywhere(make_terms, viewer_client, keys, winner):
    made = make_terms(keys)
    expected = made[winner].pk

    # The check: engine, API and CLI.
    check = run_check(build_workload(["personal-data"], ["eu"]))
    option = next(o for o in check.options if o.model.slug == SONNET and o.channel.slug == BEDROCK)
    assert next(r for r in option.results if r.rule.key == RULE).term[T_ID] == expected
    assert check.index.term(option.model, made[winner].attribute_id, option.channel.id)[T_ID] == expected
    api = viewer_client.get("/api/requirements/check/?data_classes=personal-data&regions=eu").json()
    api_option = next(o for o in api if o["model"] == SONNET and o["channel"] == BEDROCK)
    assert next(r for r in api_option["rules"] if r["rule"] == RULE)["fact"]["term_id"] == expected
    out = io.StringIO()
    call_command("check", "--data-class", "personal-data", "--region", "eu", "--format", "json", stdout=out)
    cli_option = next(o for o in json.loads(out.getvalue()) if o["model"] == SONNET and o["channel"] == BEDROCK)
    assert next(r for r in cli_option["rules"] if r["rule"] == RULE)["fact"]["term_id"] == expected

    # The profile's API and page.
    profile = viewer_client.get(f"/api/catalog/models/{SONNET}/profile/").json()
    residency = next(a for a in profile["data_handling"] if a["attribute"]["slug"] == ATTRIBUTE)
    assert answer_from_rows(residency["rows"]) == expected
    page = visible_text(viewer_client.get(f"/models/{SONNET}/"))
    assert statement(winner) in page
    for key, term in made.items():
        applies_somewhere = any(row["term_id"] == term.pk for row in residency["rows"])
        # A term that applies on no channel for this model is not shown as if it did.
        assert (statement(key) in page) == applies_somewhere, key

    # The vendor page: the model's row where the model has terms of its own, else the vendor's matrix.
    context = viewer_client.get("/vendors/anthropic/").context
    slugs = [c.slug if c else None for c in context["model_columns"]]
    model_rows = [r for r in context["model_rows"] if r.model.slug == SONNET and r.attribute.slug == ATTRIBUTE]
    if winner[0] == "model" or any(key[0] == "model" for key in keys):
        assert model_rows[0].cells[slugs.index(BEDROCK)].pk == expected
    else:
        assert not model_rows
        columns = [c.slug if c else None for c in context["columns"]]
        row = next(r for r in context["rows"] if r.attribute.slug == ATTRIBUTE)
        cells = dict(zip(columns, row.cells, strict=True))
        assert (cells.get(BEDROCK) or cells.get(None)).pk == expected
