"""The model profile page: the seed page's statements in order, sanitised guidance, continuity both ways,
inherited terms that update every model, and a pinned number of SQL queries whatever the catalog's size."""

import json
from pathlib import Path

import pytest
from django.utils import timezone

from airegister.catalog.models import (
    AIModel,
    Channel,
    ComplianceFlag,
    DataAttribute,
    DataTerm,
    ModelAvailability,
    UseRestriction,
    Vendor,
)
from airegister.core.context import change_context
from airegister.core.testing.views import assert_shows, assert_site_404, count_queries, squash, visible_text

# CI checks out ../shared beside the clone: repo root = parents[4] (tests, catalog, airegister, src, root).
SEED = Path(__file__).resolve().parents[4] / ".." / "shared" / "seeds" / "000_7141504fafc4d5c1.txt"
QUERY_COUNTS = json.loads(Path(__file__).with_name("query_counts.json").read_text())
QUERY_BUDGET = 12  # issue 2: the profile page of any model, for a signed-in viewer

BUILT_IN_MODELS = ["claude-3-7-sonnet", "claude-opus-4", "claude-sonnet-4", "fable-5", "mythos-5"]


def seed_lines() -> list[str]:
    lines = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        line = line.strip().removeprefix("- —")  # the seed's list bullets
        if squash(line):
            lines.append(line)
    return lines


def test_seed_is_present():
    # The walk below is only as good as its input: the seed has every section of the page.
    lines = seed_lines()
    assert len(lines) > 40
    assert lines[0] == "Anthropic" and lines[1] == "Claude 3.7 Sonnet"


# Seed lines a vendor's own page now supersedes (issue 8): the seed profile said them; Anthropic's Privacy and
# Help Center pages, AWS's and Google's pages say what the profile shows instead, in the same place. The date is
# the day those pages were read.
SUPERSEDED = {
    "Updated June 27, 2026": "Updated December 1, 2026",
    "Transient for API (no persistent storage of prompts for training); Enterprise: zero by default": (
        "API: inputs and outputs deleted on the backend within 30 days"
    ),
    "YesVia: Claude for Enterprise; AWS Bedrock; Google Cloud Vertex AI": "Yes Via: AWS Bedrock",
    "NoAnthropic does not train on API customer data by default. Claude.ai free tier: Anthropic may use "
    "conversations to improve models unless opted out in settings.": (
        "No API: inputs and outputs are not used for training by default. Claude.ai free tier: chats may be used "
        "for model training unless the model training setting is turned off."
    ),
    "AvailableHIPAA Business Associate Agreement": (
        "Available Anthropic API; Claude for Enterprise; AWS Bedrock; Google Cloud Vertex AI HIPAA Business "
        "Associate Agreement"
    ),
    "AvailableClaude for Enterprise; AWS Bedrock": "Available AWS Bedrock",
    "US (default); EU available via AWS Bedrock eu-west regions": (
        'API: inference "global" by default; "us" runs it only in US-based infrastructure; EU available via AWS '
        "Bedrock eu-west regions"
    ),
}


def test_profile_shows_every_seed_line_in_order(catalog, viewer_client):
    response = viewer_client.get("/models/claude-3-7-sonnet/")
    assert response.status_code == 200
    page = squash(visible_text(response))
    position = 0
    lines = seed_lines()
    assert set(SUPERSEDED) <= set(lines)
    for line in lines:
        wanted = squash(SUPERSEDED.get(line, line))
        found = page.find(wanted, position)
        assert found >= 0, f"seed line {line!r} not found after: …{page[max(0, position - 80):position + 200]}…"
        position = found + len(wanted)


def test_walk_fails_when_a_statement_is_missing(catalog, viewer_client):
    # The walk must be able to fail: drop one inherited term and its sentence disappears from the page.
    DataTerm.objects.filter(attribute__slug="data-residency", channel__slug="aws-bedrock").delete()
    page = squash(visible_text(viewer_client.get("/models/claude-3-7-sonnet/")))
    assert squash("EU available via AWS Bedrock eu-west regions") not in page
    assert squash('API: inference "global" by default') in page


def test_script_in_guidance_never_reaches_the_page(catalog, viewer_client):
    model = AIModel.objects.get(slug="claude-3-7-sonnet")
    model.enterprise_guidance = (
        "Use **Bedrock**.\n\n<script>alert('x')</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>"
    )
    model.save()
    response = viewer_client.get("/models/claude-3-7-sonnet/")
    html = response.content.decode()
    assert "<strong>Bedrock</strong>" in html  # Markdown is rendered…
    assert "<script" not in html  # …raw HTML never is: at most it shows as text
    assert "<img" not in html
    assert 'href="javascript:' not in html


def test_unknown_model_is_a_404_in_the_site_look(db, viewer_client, settings):
    settings.DEBUG = False
    assert_site_404(viewer_client.get("/models/no-such-model/"))


def test_fable_5_shows_unknowns_and_its_continuity_option(catalog, viewer_client):
    response = viewer_client.get("/models/fable-5/")
    assert response.status_code == 200
    assert_shows(
        response,
        "Vendor not recorded",
        "Version not recorded · Tier not recorded · Release date not recorded",
        "Continuity options: Claude 3.7 Sonnet",
    )
    text = visible_text(response)
    assert text.count("Not recorded") >= 8  # facts panel, data-handling attributes, guidance
    assert 'href="/models/claude-3-7-sonnet/"' in response.content.decode()


def test_continuity_links_back_from_the_option(catalog, viewer_client):
    response = viewer_client.get("/models/claude-3-7-sonnet/")
    assert_shows(response, "Recommended continuity option for: Fable 5, Mythos 5")
    html = response.content.decode()
    assert 'href="/models/fable-5/"' in html and 'href="/models/mythos-5/"' in html


def test_opus_4_shows_safety_level_and_cited_evaluations(catalog, viewer_client):
    html = viewer_client.get("/models/claude-opus-4/").content.decode()
    assert_shows(
        html.replace("<details ", "<details open "),  # excerpts are one click away, in closed <details>
        "Deployment safety level: ASL-3",
        "Prompt injection attack prevention score 89% with safeguards",
        "Claude Opus 4 achieving an 89% attack prevention score",  # the excerpt, cited
        "63% ± 13%",
        "Released May 2025",
    )


def test_per_channel_breakdown_says_where_each_term_comes_from(catalog, viewer_client):
    html = viewer_client.get("/models/claude-3-7-sonnet/").content.decode()
    opened = visible_text(html.replace("<details ", "<details open "))
    assert_shows(opened, "Claude.ai free tier Conditional", "inherited from Anthropic")
    assert "model-specific" not in opened  # every term of the seed model is Anthropic's


def test_editing_a_channel_term_updates_every_inheriting_model(catalog, viewer_client, editor):
    hipaa = "HIPAA Business Associate Agreement Available AWS Bedrock Data residency options"
    before = squash(visible_text(viewer_client.get("/models/claude-sonnet-4/")))
    assert squash(hipaa) in before
    term = DataTerm.objects.get(
        vendor__slug="anthropic", attribute__slug="hipaa-baa", channel__slug="aws-bedrock", model__isnull=True
    )
    with change_context(user=editor, message="Bedrock BAA withdrawn"):
        term.value = "no"
        term.save()
    today = timezone.now()
    for slug in ["claude-3-7-sonnet", "claude-sonnet-4", "claude-opus-4"]:
        page = squash(visible_text(viewer_client.get(f"/models/{slug}/")))
        assert squash(f"Updated {today:%B} {today.day}, {today.year}") in page
        assert squash(hipaa) not in page  # no channel left with a BAA: not "Available" any more
        history = visible_text(viewer_client.get(f"/models/{slug}/history/"))
        assert "Bedrock BAA withdrawn" in history and "by editor" in history


# --- query budget ---------------------------------------------------------------------------------------------




def pinned_profile_count(model: AIModel) -> int:
    # A model whose vendor is not recorded has no vendor certifications to look up: one query fewer.
    return QUERY_COUNTS["profile"] if model.vendor_id else QUERY_COUNTS["profile_vendor_not_recorded"]


@pytest.mark.parametrize("slug", BUILT_IN_MODELS)
def test_profile_query_count_is_pinned(catalog, viewer_client, slug):
    model = AIModel.objects.get(slug=slug)
    assert count_queries(viewer_client, f"/models/{slug}/") == pinned_profile_count(model)


def test_profile_is_within_the_issue_budget():
    assert QUERY_COUNTS["profile"] <= QUERY_BUDGET


def test_catalog_list_query_count_is_pinned(catalog, viewer_client):
    assert count_queries(viewer_client, "/models/") == QUERY_COUNTS["model_list"]


def test_query_counts_do_not_grow_with_the_catalog(catalog, viewer_client):
    built_in = AIModel.objects.count()
    generated = generate_catalog(models=2000)
    assert AIModel.objects.count() == built_in + 2000
    sample = ["claude-3-7-sonnet", "fable-5", generated[0].slug, generated[-1].slug]
    for model in AIModel.objects.filter(slug__in=sample):
        assert count_queries(viewer_client, model.get_absolute_url()) == pinned_profile_count(model), model.slug
    assert count_queries(viewer_client, "/models/") == QUERY_COUNTS["model_list"]
    assert count_queries(viewer_client, "/models/?page=40&tier=frontier") == QUERY_COUNTS["model_list"]


def generate_catalog(models: int, vendors: int = 40) -> list[AIModel]:
    """A large synthetic catalog, written with bulk_create (no change log: only the page's reads matter).

    Every vendor holds a term per attribute and channel, a restriction and a flag, so each generated
    profile has as many facts as the seed model's, spread over many more rows in every table.
    """
    channels = list(Channel.objects.all())
    attributes = list(DataAttribute.objects.all())
    made = Vendor.objects.bulk_create(Vendor(name=f"Vendor {i:03}", slug=f"vendor-{i:03}") for i in range(vendors))
    DataTerm.objects.bulk_create(
        DataTerm(vendor=v, channel=c, attribute=a, value="yes", statement=f"{v.name} on {c.name}")
        for v in made for c in channels for a in attributes
    )
    UseRestriction.objects.bulk_create(UseRestriction(vendor=v, text=f"No misuse of {v.name}") for v in made)
    today = timezone.now().date()
    ComplianceFlag.objects.bulk_create(
        ComplianceFlag(vendor=v, title="Review", category="other", severity="low", opened=today) for v in made
    )
    generated = AIModel.objects.bulk_create(
        AIModel(vendor=made[i % vendors], name=f"Model {i:04}", slug=f"model-{i:04}", tier="frontier")
        for i in range(models)
    )
    ModelAvailability.objects.bulk_create(
        ModelAvailability(model=m, channel=channels[i % len(channels)]) for i, m in enumerate(generated)
    )
    return generated
