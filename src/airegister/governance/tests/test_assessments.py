"""Assessments: a control applied to a subject, answered as a draft, completed (scheduling the next review by its
risk rating), signed off by someone else; evidence files only ever downloaded."""

import datetime
from unittest import mock

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from airegister.catalog.models import Vendor
from airegister.core.models import ObjectChange
from airegister.core.roles import assign_role
from airegister.core.testing.views import assert_shows, visible_text
from airegister.governance.models import Assessment, Control, Evidence, ReviewInterval
from airegister.governance.testing import ANSWERS, DUE_DILIGENCE

TODAY = datetime.date(2026, 12, 1)


@pytest.fixture
def evidence_dir(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    return tmp_path / "evidence"


@pytest.fixture
def reviewer(db, django_user_model):
    user = django_user_model.objects.create_user(username="reviewer", password="x-unused-1")
    assign_role(user, "editor")
    return user


def logged_in_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def start(client, control=DUE_DILIGENCE, vendor="anthropic") -> Assessment:
    pk = Vendor.objects.get(slug=vendor).pk
    response = client.post("/assessments/start/", {"control": control, "subject": f"catalog.vendor:{pk}"})
    assert response.status_code == 302, response.content.decode()[:500]
    return Assessment.objects.latest("pk")


def edit(client, assessment, action="save", **data):
    page = client.get(f"/assessments/{assessment.pk}/edit/")
    version = page.context["form"].initial["_last_updated"]
    return client.post(
        f"/assessments/{assessment.pk}/edit/", {"_last_updated": version, "action": action, **data}
    )


def test_draft_is_saved_and_resumed(catalog, editor_client, evidence_dir):
    assessment = start(editor_client)
    assert assessment.status == "draft" and assessment.subject_name == "Anthropic"
    assert assessment.control_version == 2 and len(assessment.questionnaire) == 8
    response = edit(editor_client, assessment, **{"answer__security-certifications": "yes"})
    assert response.status_code == 302
    page = editor_client.get(f"/assessments/{assessment.pk}/edit/")
    assert page.context["form"].initial["answer__security-certifications"] == "yes"
    assessment.refresh_from_db()
    # The DPA answer the vendor's all-channel term filled in was not posted back: cleared, and not filled in again.
    assert assessment.answers == {"security-certifications": "yes"} and assessment.next_due is None
    assert assessment.facts["data-processing-agreement"]["answer"] == "yes"


def test_completing_rated_high_schedules_the_next_review_90_days_later(catalog, editor_client, evidence_dir):
    assessment = start(editor_client)
    response = edit(editor_client, assessment, action="complete", risk_rating="high", **ANSWERS)
    assert response.status_code == 302
    assessment.refresh_from_db()
    today = assessment.completed_on
    assert assessment.status == "completed"
    assert assessment.next_due == today + datetime.timedelta(days=90)
    assert_shows(editor_client.get(assessment.get_absolute_url()), "Completed, awaiting sign-off", "High")


def test_interval_follows_the_admin_setting(catalog, editor, evidence_dir):
    # Stated here, not taken from the data migration's row: a transactional test (the API fuzzer, a browser test)
    # flushes the tables at its teardown, migration-seeded rows included, before later tests on the same worker.
    ReviewInterval.objects.update_or_create(risk_rating="low", defaults={"days": 30})
    assessment = make_assessment(editor, risk_rating="low")
    assessment.complete(editor, today=TODAY)
    assert assessment.next_due == datetime.date(2026, 12, 31)


def test_completion_needs_every_answer_and_a_rating(catalog, editor_client, evidence_dir):
    assessment = start(editor_client)
    response = edit(editor_client, assessment, action="complete", **{"answer__security-certifications": "yes"})
    assert response.status_code == 400
    assert_shows(response, "Give a risk rating before completing the assessment.", "unanswered: certification-evidence")
    assessment.refresh_from_db()
    assert assessment.status == "draft"


def test_stale_edit_is_refused(catalog, editor_client, evidence_dir):
    assessment = start(editor_client)
    page = editor_client.get(f"/assessments/{assessment.pk}/edit/")
    stale = page.context["form"].initial["_last_updated"]
    edit(editor_client, assessment, summary="First")
    response = editor_client.post(
        f"/assessments/{assessment.pk}/edit/", {"_last_updated": stale, "action": "save", "summary": "Second"}
    )
    assert response.status_code == 400
    assert "changed by someone else" in visible_text(response)
    assessment.refresh_from_db()
    assert assessment.summary == "First"


def make_assessment(assessor, risk_rating="high", **answers) -> Assessment:
    control = Control.objects.get(slug=DUE_DILIGENCE)
    vendor = Vendor.objects.get(slug="anthropic")
    answers = answers or {k.removeprefix("answer__"): v for k, v in ANSWERS.items()}
    return Assessment.objects.create(
        control=control, subject_type=ContentType.objects.get_for_model(Vendor), subject_id=vendor.pk,
        assessor=assessor, risk_rating=risk_rating, answers=answers,
    )


def test_sign_off_by_someone_else(catalog, editor, reviewer, evidence_dir):
    assessment = make_assessment(editor)
    assessment.complete(editor, today=TODAY)
    with pytest.raises(ValidationError, match="someone other than the assessor"):
        assessment.sign_off(editor)
    client = logged_in_client(reviewer)
    assert client.post(f"/assessments/{assessment.pk}/sign-off/").status_code == 302
    assessment.refresh_from_db()
    assert (assessment.status, assessment.reviewer) == ("signed-off", reviewer)
    # The assessor's own page offers no sign-off.
    assert "Sign off" not in visible_text(logged_in_client(editor).get(assessment.get_absolute_url()))


def test_viewer_cannot_start_or_edit(catalog, viewer_client, editor, evidence_dir):
    assessment = make_assessment(editor)
    assert viewer_client.get("/assessments/start/").status_code == 403
    assert viewer_client.post(f"/assessments/{assessment.pk}/edit/", {}).status_code == 403
    assert viewer_client.post(f"/assessments/{assessment.pk}/sign-off/").status_code == 403


def test_a_new_review_supersedes_the_last_one(catalog, editor, evidence_dir):
    first = make_assessment(editor, risk_rating="high")
    first.complete(editor, today=TODAY)
    second = make_assessment(editor, risk_rating="low")
    second.complete(editor, today=TODAY + datetime.timedelta(days=80))
    first.refresh_from_db()
    assert first.superseded and not second.superseded
    assert list(Assessment.objects.scheduled()) == [second]


def test_overdue_and_due_soon(catalog, editor, evidence_dir):
    assessment = make_assessment(editor)
    assessment.complete(editor, today=TODAY)
    due = TODAY + datetime.timedelta(days=90)
    assert not Assessment.objects.overdue(due).exists()
    assert list(Assessment.objects.due_soon(due - datetime.timedelta(days=10))) == [assessment]
    assert list(Assessment.objects.overdue(due + datetime.timedelta(days=1))) == [assessment]
    assert assessment.due_state(due + datetime.timedelta(days=1)) == "overdue"


def test_changes_are_logged_with_the_user(catalog, editor_client, evidence_dir):
    assessment = start(editor_client)
    edit(editor_client, assessment, summary="Looks fine", change_message="first pass")
    change = ObjectChange.objects.filter(changed_object_id=assessment.pk, action="update").latest("time")
    assert (change.user_name, change.message) == ("editor", "first pass")
    assert_shows(editor_client.get(f"/assessments/{assessment.pk}/history/"), "first pass")


def test_newer_library_version_keeps_older_assessments(catalog, editor, evidence_dir):
    assessment = make_assessment(editor)
    assessment.complete(editor, today=TODAY)
    control = Control.objects.get(slug=DUE_DILIGENCE)
    control.version = 3
    control.questionnaire = [{"id": "new-question", "kind": "text", "text": "A new question?"}]
    control.save()
    assessment.refresh_from_db()
    assert assessment.control_version == 2 and assessment.questionnaire[0]["id"] == "security-certifications"
    assert [q["answer"] for q in assessment.questions][0] == "yes"


# --- evidence -----------------------------------------------------------------------------------------


def upload(client, assessment, name, content):
    return edit(
        client, assessment,
        **{"evidence__certification-evidence": SimpleUploadedFile(name, content, content_type="text/html")},
    )


def test_html_evidence_is_only_ever_downloaded(catalog, editor_client, viewer_client, evidence_dir):
    assessment = start(editor_client)
    html = b"<html><script>alert(1)</script>SOC 2</html>"
    assert upload(editor_client, assessment, "trust-centre.html", html).status_code == 302
    evidence = Evidence.objects.get(assessment=assessment)
    stored = evidence_dir / evidence.file.name
    assert stored.read_bytes() == html and evidence.question_id == "certification-evidence"
    response = viewer_client.get(evidence.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="trust-centre.html"'
    assert response["Content-Type"] == "application/octet-stream"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == html
    # Shown on the assessment as a download link.
    assert_shows(viewer_client.get(assessment.get_absolute_url()), "trust-centre.html")


def test_disallowed_type_is_refused_with_a_clear_message(catalog, editor_client, evidence_dir):
    assessment = start(editor_client)
    response = upload(editor_client, assessment, "setup.exe", b"MZ\x90\x00")
    assert response.status_code == 400
    assert_shows(response, "“setup.exe”: files of this type are not accepted as evidence. Allowed types:")
    assert not Evidence.objects.exists()


def test_file_over_the_limit_is_refused(catalog, editor_client, evidence_dir, settings):
    settings.EVIDENCE_MAX_BYTES = 1024
    assessment = start(editor_client)
    response = upload(editor_client, assessment, "report.txt", b"x" * 2048)
    assert response.status_code == 400
    assert_shows(response, "“report.txt” is 2 KB; evidence files may be at most 1 KB.")
    assert not Evidence.objects.exists()


def test_content_must_match_the_name(catalog, editor_client, evidence_dir):
    assessment = start(editor_client)
    response = upload(editor_client, assessment, "report.pdf", b"<html>not a pdf</html>")
    assert response.status_code == 400
    assert_shows(response, "“report.pdf” is not a PDF file, as its name says it is.")


def test_pages(catalog, editor, viewer_client, evidence_dir):
    assessment = make_assessment(editor)
    assessment.complete(editor, today=TODAY)
    assert_shows(viewer_client.get("/assessments/"), "AI Vendor Due Diligence", "Vendor Anthropic", "High")
    assert_shows(
        viewer_client.get(assessment.get_absolute_url()),
        "AI Vendor Due Diligence: Anthropic", "Is a data processing agreement (GDPR DPA) in place or available?",
        "Next review March 1, 2027",
    )
    assert_shows(viewer_client.get(f"/assessments/?subject=catalog.vendor:{assessment.subject_id}"), "Anthropic")


# --- review cadence on the dashboard and per subject ---------------------------------------------------


def test_high_risk_review_is_overdue_on_the_dashboard_once_the_clock_passes_it(catalog, editor_client, evidence_dir):
    assessment = start(editor_client)
    edit(editor_client, assessment, action="complete", risk_rating="high", **ANSWERS)
    assessment.refresh_from_db()
    assert assessment.next_due == assessment.completed_on + datetime.timedelta(days=90)
    dashboard = visible_text(editor_client.get("/dashboard/"))
    assert "0 reviews overdue" in dashboard and "No review is overdue." in dashboard
    later = timezone.now() + datetime.timedelta(days=91)
    with mock.patch("django.utils.timezone.now", return_value=later):
        response = editor_client.get("/dashboard/")
        reviews = editor_client.get("/reviews/")
    row = "Overdue Control Subject Risk Due AI Vendor Due Diligence Vendor Anthropic High"
    assert_shows(response, "1 review overdue", row)
    assert_shows(reviews, "Overdue 1 Control Subject Risk Due AI Vendor Due Diligence Vendor Anthropic")
    assert_shows(editor_client.get("/dashboard/"), "0 reviews overdue, 0 due in 30 days")


def test_model_and_vendor_pages_lead_to_their_assessments(catalog, editor, viewer_client, evidence_dir):
    from airegister.catalog.models import AIModel

    model = AIModel.objects.get(slug="claude-3-7-sonnet")
    control = Control.objects.get(slug="third-party-ai-model-evaluation")
    Assessment.objects.create(
        control=control, subject_type=ContentType.objects.get_for_model(AIModel), subject_id=model.pk, assessor=editor
    )
    assert_shows(viewer_client.get(model.get_absolute_url()), "Assessments and reviews", "Assessments of Claude 3.7")
    # The subject's own list: its assessments with where each review stands.
    listing = viewer_client.get(f"/assessments/?subject=catalog.aimodel:{model.pk}")
    assert_shows(listing, "1 result", "Third-Party AI Model Evaluation Model Claude 3.7 Sonnet Draft Not rated")
    vendor = Vendor.objects.get(slug="anthropic")
    assert_shows(viewer_client.get(vendor.get_absolute_url()), "Assessments of Anthropic, with when each is next due")


# --- reminders ------------------------------------------------------------------------------------------


def test_remind_sends_each_reminder_once(catalog, editor, evidence_dir, mailoutbox):
    from django.core.management import call_command

    from airegister.governance.reminders import send_reminders

    editor.email = "editor@example.com"
    editor.save()
    assessment = make_assessment(editor)
    assessment.complete(editor, today=TODAY)
    overdue_day = TODAY + datetime.timedelta(days=91)
    assert send_reminders(today=overdue_day) == (1, 0)
    assert send_reminders(today=overdue_day) == (0, 0)  # a second run sends nothing
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["editor@example.com"]
    assert mail.subject == "Review is overdue: AI Vendor Due Diligence of Anthropic"
    assert "it was due on March 1, 2027" in mail.body and f"/assessments/{assessment.pk}/" in mail.body
    # The command, with the real clock: nothing due today, nothing more sent.
    call_command("remind")
    assert len(mailoutbox) == 1


def test_due_soon_and_overdue_are_separate_reminders(catalog, editor, evidence_dir, mailoutbox):
    from airegister.governance.reminders import send_reminders

    editor.email = "editor@example.com"
    editor.save()
    make_assessment(editor).complete(editor, today=TODAY)
    assert send_reminders(today=TODAY + datetime.timedelta(days=70)) == (1, 0)  # due soon
    assert send_reminders(today=TODAY + datetime.timedelta(days=95)) == (1, 0)  # then overdue
    assert [m.subject.split(":")[0] for m in mailoutbox] == ["Review is due soon", "Review is overdue"]


def test_reminder_without_recipient_is_skipped(catalog, editor, evidence_dir, mailoutbox, settings):
    from airegister.governance.reminders import send_reminders

    settings.REVIEW_REMINDER_RECIPIENTS = []
    make_assessment(editor).complete(editor, today=TODAY)
    assert send_reminders(today=TODAY + datetime.timedelta(days=95)) == (0, 1)
    settings.REVIEW_REMINDER_RECIPIENTS = ["grc@example.com"]
    assert send_reminders(today=TODAY + datetime.timedelta(days=95)) == (1, 0)
    assert mailoutbox[0].to == ["grc@example.com"]


# --- a fact change re-opens the review early --------------------------------------------------------------


def test_fact_change_reopens_the_model_evaluation_with_the_diff(catalog, editor, viewer_client, evidence_dir):
    from airegister.catalog.models import AIModel
    from airegister.core.context import change_context

    model = AIModel.objects.get(slug="claude-3-7-sonnet")
    control = Control.objects.get(slug="third-party-ai-model-evaluation")
    evaluation = Assessment.objects.create(
        control=control, subject_type=ContentType.objects.get_for_model(AIModel), subject_id=model.pk,
        assessor=editor, risk_rating="low",
        answers={q["id"]: "yes" if q["kind"] == "yes-no" else (q.get("choices") or ["Done"])[0]
                 for q in control.questionnaire},
    )
    evaluation.complete(editor, today=TODAY)
    assert evaluation.next_due == TODAY + datetime.timedelta(days=365)
    with change_context(user_name="monitor", message="vendor page changed"):
        model.retirement_date = datetime.date(2027, 2, 1)
        model.save()
    evaluation.refresh_from_db()
    assert evaluation.reopened_on == timezone.localdate() and evaluation.next_due <= timezone.localdate()
    assert ("retirement_date", None, "2027-02-01") in evaluation.reopening_diff
    assert list(Assessment.objects.due_soon()) + list(Assessment.objects.overdue()) == [evaluation]
    assert_shows(
        viewer_client.get(evaluation.get_absolute_url()),
        "Re-opened by a fact change", "Re-opened early", "by monitor", "retirement_date — 2027-02-01",
    )


def test_immaterial_change_or_other_subject_does_not_reopen(catalog, editor, evidence_dir):
    assessment = make_assessment(editor)  # of the vendor Anthropic
    assessment.complete(editor, today=TODAY)
    other = Vendor.objects.get(slug="openai")
    other.description = "Changed."
    other.save()
    anthropic = Vendor.objects.get(slug="anthropic")
    anthropic.save()  # nothing changed: nothing logged
    assessment.refresh_from_db()
    assert assessment.reopened_on is None and assessment.next_due == TODAY + datetime.timedelta(days=90)
