"""Assessment pages: start one (a control applied to a subject), answer it as a draft and resume it, complete it
(which schedules the next review by its risk rating), sign it off, and download its evidence."""

import contextlib

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.generic import View

from airegister.core.context import change_context, current_change_context
from airegister.core.export import wants_csv
from airegister.core.models import ConcurrentEditError
from airegister.core.permissions import RoleRequiredMixin, can_edit_use_cases
from airegister.core.views import ObjectHistoryView, ObjectListView, ObjectView, table_csv

from ..choices import AssessmentStatusChoices
from ..evidence import download_response
from ..filtersets import AssessmentFilterSet
from ..forms import AssessmentForm, AssessmentStartForm
from ..models import Assessment, Evidence
from ..tables import AssessmentTable

ASSESSMENTS = Assessment.objects.select_related("control", "subject_type", "assessor", "reviewer")


@contextlib.contextmanager
def attributed(request, message=""):
    """Changes attributed to the signed-in user, with the form's message, in the request's change group."""
    request_id = current_change_context().request_id
    with change_context(user=request.user, message=message) as ctx:
        ctx.request_id = request_id
        yield


class AssessmentListView(ObjectListView):
    queryset = ASSESSMENTS
    filterset = AssessmentFilterSet
    table = AssessmentTable
    template_name = "governance/assessment_list.html"
    title = "Assessments"
    lead = (
        "Controls applied to vendors, models, channel offers and use cases: drafts, completed and signed-off reviews."
    )


class AssessmentView(ObjectView):
    queryset = ASSESSMENTS.prefetch_related("evidence")
    template_name = "governance/assessment.html"
    slug_field = "pk"

    def get_extra_context(self, request, obj):
        can_edit = can_edit_use_cases(request.user)
        return {
            "can_edit": can_edit and obj.status == AssessmentStatusChoices.DRAFT,
            "can_sign_off": can_edit and obj.status == AssessmentStatusChoices.COMPLETED
            and request.user.pk != obj.assessor_id,
            "due_state": obj.due_state(),
            "subject": obj.subject,
        }


class AssessmentHistoryView(ObjectHistoryView):
    queryset = Assessment.objects.select_related("control")
    slug_field = "pk"


class AssessmentStartView(RoleRequiredMixin, View):
    """Choose a control and a subject; the draft is created with the control's questionnaire as it is now."""

    template_name = "governance/assessment_start.html"

    def get(self, request):
        initial = {"control": request.GET.get("control"), "subject": request.GET.get("subject")}
        form = AssessmentStartForm(initial=initial)
        return render(request, self.template_name, {"form": form})

    def post(self, request):
        form = AssessmentStartForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)
        subject_type, subject_id = form.cleaned_data["subject"]
        with attributed(request, "Started"):
            assessment = Assessment.objects.create(
                control=form.cleaned_data["control"], subject_type=subject_type, subject_id=subject_id,
                assessor=request.user,
            )
        messages.success(request, "Draft started: answer what you can now and come back to it any time.")
        return redirect("governance:assessment_edit", assessment.pk)


class AssessmentEditView(RoleRequiredMixin, View):
    """Answer a draft. "Save draft" keeps it open; "Complete" also checks it is whole and schedules the next review."""

    template_name = "governance/assessment_form.html"

    def get_object(self, pk):
        assessment = get_object_or_404(ASSESSMENTS.prefetch_related("evidence"), pk=pk)
        if assessment.status != AssessmentStatusChoices.DRAFT:
            raise PermissionDenied
        return assessment

    def get(self, request, pk):
        assessment = self.get_object(pk)
        if assessment.prefill():  # a fact recorded since the draft was saved fills in what is still unanswered
            with attributed(request, "Pre-filled from recorded facts"):
                assessment.save()
        form = AssessmentForm(instance=assessment, user=request.user)
        return render(request, self.template_name, {"form": form, "object": assessment})

    def post(self, request, pk):
        assessment = self.get_object(pk)
        form = AssessmentForm(request.POST, request.FILES, instance=assessment, user=request.user)
        completing = request.POST.get("action") == "complete"
        if form.is_valid():
            try:
                with transaction.atomic(), attributed(request, form.cleaned_data.get("change_message", "")):
                    assessment = form.save()
                    for question_id, upload, sha256 in form.uploads:
                        Evidence.objects.create(
                            assessment=assessment, question_id=question_id, file=upload, name=upload.name[:255],
                            size=upload.size, sha256=sha256, uploaded_by=request.user,
                        )
                    if completing:
                        assessment = Assessment.objects.get(pk=assessment.pk)
                        assessment.complete(request.user, today=timezone.localdate())
            except ConcurrentEditError as exc:
                form.add_error(None, str(exc))
            except ValidationError as exc:
                form.add_error(None, exc.messages)
            else:
                if completing:
                    messages.success(request, f"Completed. Next review due {assessment.next_due:%B %-d, %Y}.")
                    return redirect(assessment)
                messages.success(request, "Draft saved.")
                return redirect("governance:assessment_edit", assessment.pk)
        return render(request, self.template_name, {"form": form, "object": assessment}, status=400)


class AssessmentSignOffView(RoleRequiredMixin, View):
    def post(self, request, pk):
        assessment = get_object_or_404(Assessment, pk=pk)
        try:
            with attributed(request, "Signed off"):
                assessment.sign_off(request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, "Signed off.")
        return redirect(assessment)


class EvidenceDownloadView(View):
    """Evidence is only ever a download: attachment, neutral type, nosniff, sandboxed."""

    def get(self, request, pk):
        evidence = get_object_or_404(Evidence, pk=pk)
        return download_response(evidence)


class ReviewsDueView(View):
    def get(self, request):
        today = timezone.localdate()
        context = {
            "overdue": list(ASSESSMENTS.overdue(today).order_by("next_due")),
            "due_soon": list(ASSESSMENTS.due_soon(today).order_by("next_due")),
            "today": today,
        }
        context["count"] = len(context["overdue"]) + len(context["due_soon"])
        if wants_csv(request):
            # Both lists in one file, overdue first: the assessments list's columns (its "Next review" says which).
            return table_csv(request, AssessmentTable(context["overdue"] + context["due_soon"]), "reviews-due")
        return render(request, "governance/reviews_due.html", context)
