"""The ML-BOM: valid CycloneDX 1.6 on the built-in catalog with the demo use cases, stable between runs, and the
`airegister bom OUT.json` command's refusal of a bad path."""

import json

import pytest
from django.core.management import CommandError, call_command

from ..bom import bom_json, validation_error


def _without_run_details(document: dict) -> dict:
    document = dict(document)
    document.pop("serialNumber")
    document["metadata"] = {k: v for k, v in document["metadata"].items() if k != "timestamp"}
    return document


def test_bom_of_the_demo_inventory_validates_against_cyclonedx_1_6(demo):
    document = bom_json()
    assert validation_error(document) is None
    bom = json.loads(document)
    assert bom["specVersion"] == "1.6"
    refs = {c["bom-ref"]: c for c in bom["components"]}
    model = refs["urn:airegister:model:claude-3-7-sonnet"]
    assert model["type"] == "machine-learning-model"
    assert model["supplier"]["name"] == "Anthropic"
    assert refs["urn:airegister:use-case:example-phi-triage-eu"]["type"] == "application"
    # The use case's channel offer carries the data handling there and the data classes it is sent.
    use_case = next(d for d in bom["dependencies"] if d["ref"] == "urn:airegister:use-case:example-phi-triage-eu")
    offer_ref = next(r for r in use_case["dependsOn"] if r.startswith("urn:airegister:offer:"))
    offer = next(s for s in bom["services"] if s["bom-ref"] == offer_ref)
    properties = {p["name"]: p["value"] for p in offer["properties"]}
    assert any(name.startswith("airegister:data-handling:") for name in properties)
    assert offer["data"] and all(d["flow"] == "outbound" for d in offer["data"])
    assert {d["classification"] for d in offer["data"]} == {"PHI"}


def test_two_runs_differ_only_in_serial_number_and_timestamp(demo):
    first, second = json.loads(bom_json()), json.loads(bom_json())
    assert first["serialNumber"] != second["serialNumber"]
    assert _without_run_details(first) == _without_run_details(second)


def test_an_empty_register_gives_a_valid_bom(db):
    assert validation_error(bom_json()) is None


def test_the_command_writes_a_valid_bom(demo, tmp_path, capsys):
    out = tmp_path / "bom.json"
    call_command("bom", str(out))
    assert validation_error(out.read_text(encoding="utf-8")) is None
    assert str(out) in capsys.readouterr().out


@pytest.mark.parametrize("where", ["missing-folder/bom.json", ""])
def test_the_command_refuses_a_bad_path_with_exit_2(db, tmp_path, where):
    with pytest.raises(CommandError) as info:
        call_command("bom", str(tmp_path / where) if where else str(tmp_path))
    assert info.value.returncode == 2
    assert "\n" not in str(info.value)


def test_the_use_cases_list_links_the_download(demo, viewer_client):
    html = viewer_client.get("/use-cases/").content.decode()
    assert 'href="/reports/ai-inventory.cdx.json"' in html
    response = viewer_client.get("/reports/ai-inventory.cdx.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.cyclonedx+json"
    assert response["Content-Disposition"] == 'attachment; filename="ai-inventory.cdx.json"'
    assert validation_error(response.content.decode()) is None


def test_the_download_needs_signing_in(demo, client, settings):
    settings.ANONYMOUS_READ = False
    assert client.get("/reports/ai-inventory.cdx.json").status_code == 302
