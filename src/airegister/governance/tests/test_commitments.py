"""Safety commitments that can be checked: Anthropic's, shipped from its Transparency Hub with verbatim excerpts,
listed on the vendor page, walked one by one by the Vendor Safety Commitment Verification assessment, and a new
reading of their source page re-opens the review with what changed on it."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from airegister.catalog.models import SafetyCommitment, Vendor
from airegister.core.testing.views import assert_shows
from airegister.governance.models import Assessment, Control
from airegister.sources.models import Snapshot, SourceDocument

from .test_api import api_editor  # noqa: F401  (a fixture)
from .test_assessments import evidence_dir  # noqa: F401  (a fixture)

CONTROL = "vendor-safety-commitment-verification"
SEED = Path(__file__).resolve().parents[5] / "shared" / "seeds" / "002_24293406e07a3cde.txt"
RSP = "Our Responsible Scaling Policy (RSP) evaluation process"


def start(client) -> Assessment:
    pk = Vendor.objects.get(slug="anthropic").pk
    response = client.post("/assessments/start/", {"control": CONTROL, "subject": f"catalog.vendor:{pk}"})
    assert response.status_code == 302, response.content.decode()[:500]
    return Assessment.objects.latest("pk")


def test_anthropic_commitments_are_shipped_with_their_source(catalog):
    commitments = list(SafetyCommitment.objects.filter(vendor__slug="anthropic").select_related("source"))
    assert len(commitments) == 4
    assert {c.source.slug for c in commitments} == {"anthropic-transparency-hub"}
    assert all(c.source_excerpt and c.statement for c in commitments)
    assert str(commitments[0].source_date) == "2025-08-07"  # the page's "Last updated August 7, 2025"


def test_excerpts_are_verbatim_from_the_seed_document(catalog):
    if not SEED.exists():
        pytest.skip("the seed documents are not next to this worktree")
    text = SEED.read_text()
    for commitment in SafetyCommitment.objects.filter(vendor__slug="anthropic"):
        assert commitment.source_excerpt in text, commitment.slug


def test_vendor_page_lists_the_commitments(catalog, viewer_client):
    assert_shows(
        viewer_client.get("/vendors/anthropic/"), "Safety commitments", "Scaling policy",
        "Claude Opus 4 is deployed under the ASL-3 Standard and Claude Sonnet 4 under the ASL-2 Standard.",
    )


def test_assessment_walks_each_commitment(catalog, editor_client, evidence_dir):  # noqa: F811
    assessment = start(editor_client)
    walked = [q for q in assessment.questionnaire if q.get("commitment")]
    assert len(walked) == 4
    assert all(q["choices"] == ["Honoured", "Not honoured", "Cannot tell"] for q in walked)
    assert walked[0]["commitment"]["excerpt"].startswith(RSP)
    page = editor_client.get(f"/assessments/{assessment.pk}/edit/")
    assert_shows(page, "Published commitment (Scaling policy)", RSP)
    first = walked[0]["id"]
    version = page.context["form"].initial["_last_updated"]
    response = editor_client.post(f"/assessments/{assessment.pk}/edit/", {
        "_last_updated": version, "action": "save", f"answer__{first}": "Honoured",
        f"note__{first}": "The RSP update of 2026 lists the evaluations.",
        f"evidence__{first}": SimpleUploadedFile("rsp-update.txt", b"RSP update, 2026", "text/plain"),
    })
    assert response.status_code == 302, response.content.decode()[:800]
    assessment = Assessment.objects.get(pk=assessment.pk)
    assert assessment.answers[first] == "Honoured"
    assert assessment.notes == {first: "The RSP update of 2026 lists the evaluations."}
    assert_shows(editor_client.get(assessment.get_absolute_url()),
                 "Evidence note: The RSP update of 2026 lists the evaluations.", "rsp-update.txt")
    assert [e.name for e in assessment.evidence.all()] == ["rsp-update.txt"]
    assert assessment.evidence.get().question_id == first
    bad = editor_client.get(f"/assessments/{assessment.pk}/edit/")
    version = bad.context["form"].initial["_last_updated"]
    refused = editor_client.post(f"/assessments/{assessment.pk}/edit/",
                                 {"_last_updated": version, "action": "save", f"answer__{first}": "Maybe"})
    assert refused.status_code == 400


def completed(editor) -> Assessment:
    vendor = Vendor.objects.get(slug="anthropic")
    assessment = Assessment.objects.create(
        control=Control.objects.get(slug=CONTROL), subject=vendor, assessor=editor,
    )
    answers = {q["id"]: (q.get("choices") or ["yes"])[0] for q in assessment.questionnaire if q["kind"] != "evidence"}
    answers.update({q["id"]: "note" for q in assessment.questionnaire if q["kind"] in ("evidence", "text")})
    assessment.answers, assessment.risk_rating = answers, "medium"
    assessment.save()
    assessment.complete(editor)
    return assessment


def test_a_new_reading_of_the_source_page_reopens_the_review_with_the_diff(catalog, editor, viewer_client):
    assessment = completed(editor)
    due = assessment.next_due
    document = SourceDocument.objects.get(slug="anthropic-transparency-hub")
    Snapshot.objects.create(document=document, number=1, sha256="a" * 64, location="x", format="text", size=1,
                            text="Model Report\nWe commit to X.\n")
    assert Assessment.objects.get(pk=assessment.pk).reopened_on is None  # a first reading changes nothing
    snapshot = Snapshot.objects.create(document=document, number=2, sha256="b" * 64, location="x", format="text",
                                       size=1, text="Model Report\nWe no longer commit to X.\n")
    assessment = Assessment.objects.get(pk=assessment.pk)
    assert assessment.reopened_on is not None and assessment.next_due < due
    assert assessment.reopened_by_snapshot == snapshot
    assert assessment.reopening_page_diff == ["-We commit to X.", "+We no longer commit to X."]
    assert_shows(viewer_client.get(assessment.get_absolute_url()), "Re-opened early", "+We no longer commit to X.")


def test_a_page_no_commitment_cites_reopens_nothing(catalog, editor):
    assessment = completed(editor)
    document = SourceDocument.objects.get(slug="anthropic-zero-data-retention")
    for number in (1, 2):
        Snapshot.objects.create(document=document, number=number, sha256=str(number) * 64, location="x",
                                format="text", size=1, text=f"reading {number}")
    assert Assessment.objects.get(pk=assessment.pk).reopened_on is None


def test_api_takes_an_evidence_note_per_commitment(catalog, api_editor):  # noqa: F811
    vendor = Vendor.objects.get(slug="anthropic")
    created = api_editor.post("/api/governance/assessments/", {
        "control": CONTROL, "subject_type": "catalog.vendor", "subject_id": vendor.pk}, format="json")
    body = created.json()
    first = next(q["id"] for q in body["questionnaire"] if q.get("commitment"))
    assert body["questionnaire"][1]["commitment"]["excerpt"].startswith(RSP)
    url = f"/api/governance/assessments/{body['id']}/"
    ok = api_editor.patch(url, {"answers": {first: "Cannot tell"}, "notes": {first: "No report yet."}}, format="json")
    assert ok.status_code == 200 and ok.json()["notes"] == {first: "No report yet."}
    bad = api_editor.patch(url, {"notes": {"commitments-listed": "x"}}, format="json")
    assert bad.status_code == 400 and "commitments-listed" in bad.json()["notes"]
