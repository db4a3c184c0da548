import contextlib

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.generic import View
from django_tables2 import RequestConfig

from airegister.catalog.models import ContinuityLink
from airegister.core.context import change_context, current_change_context
from airegister.core.export import wants_csv
from airegister.core.models import ConcurrentEditError
from airegister.core.permissions import RoleRequiredMixin, can_edit_use_cases
from airegister.core.views import PAGE_SIZE, ObjectHistoryView, table_csv, use_checkboxes
from airegister.requirements.choices import ResultChoices
from airegister.requirements.engine import UseCaseChecker
from airegister.requirements.forms import DaysForm
from airegister.requirements.index import CatalogIndex
from airegister.requirements.views import result_rows

from .continuity import DEFAULT_DAYS, plan_continuity, plan_for, risks_of
from .csvimport import COLUMNS, import_use_cases
from .filtersets import UseCaseFilterSet
from .forms import UseCaseForm, UseCaseImportForm
from .models import DataClass, Region, UseCase
from .services import live_result, live_results, mark_reviewed, prefetched
from .tables import UseCaseTable


@contextlib.contextmanager
def attributed(request, message=""):
    """Changes made by a form attributed to the user, with the form's change message, in the request's group."""
    request_id = current_change_context().request_id
    with change_context(user=request.user, message=message) as ctx:
        ctx.request_id = request_id
        yield


class UseCaseListView(View):
    def get(self, request):
        queryset = prefetched(UseCase.objects.all())
        filterset = UseCaseFilterSet(request.GET, queryset=queryset, request=request)
        use_checkboxes(filterset.form)
        use_cases = list(filterset.qs if filterset.is_valid() else queryset.none())
        for use_case, live in zip(use_cases, live_results(use_cases).values(), strict=True):
            use_case.live = live
        table = UseCaseTable(use_cases)
        if wants_csv(request):
            return table_csv(request, table, "use-cases")
        RequestConfig(request, paginate={"per_page": PAGE_SIZE}).configure(table)
        context = {"table": table, "filterset": filterset, "can_edit": can_edit_use_cases(request.user)}
        return render(request, "usecases/usecase_list.html", context)


class UseCaseView(View):
    """A use case with its check result now, rule by rule; where to move it when its model is at risk or its
    check no longer passes."""

    def get(self, request, slug):
        use_case = get_object_or_404(prefetched(UseCase.objects.all()), slug=slug)
        live = live_result(use_case)
        context = {"object": use_case, "live": live, "can_edit": can_edit_use_cases(request.user)}
        if live.option is not None:
            context["rows"] = result_rows(live.index, [live.option])
            context["rules"] = [r.rule for r in live.option.results]
            context["changed_rules"] = live.facts_changed_since_review()
            risks = risks_of(live.index, live.option.model, DEFAULT_DAYS, timezone.localdate())
            context["risks"] = risks
            if risks or live.verdict != ResultChoices.PASS:
                links = list(ContinuityLink.objects.filter(from_model_id=use_case.model_id).select_related("to_model"))
                context["plan"] = plan_for(use_case, UseCaseChecker(CatalogIndex.load()), links, limit=10)
        return render(request, "usecases/usecase.html", context)


class UseCaseFormView(RoleRequiredMixin, View):
    template_name = "usecases/usecase_form.html"

    def get_object(self, slug):
        return get_object_or_404(UseCase, slug=slug) if slug else None

    def get(self, request, slug=None):
        obj = self.get_object(slug)
        return render(request, self.template_name, {"form": UseCaseForm(instance=obj), "object": obj})

    def post(self, request, slug=None):
        obj = self.get_object(slug)
        form = UseCaseForm(request.POST, instance=obj)
        if form.is_valid():
            try:
                with attributed(request, form.cleaned_data.get("change_message", "")):
                    use_case = form.save()
            except ConcurrentEditError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, f"Saved “{use_case}”.")
                return redirect(use_case)
        return render(request, self.template_name, {"form": form, "object": obj}, status=400)


class UseCaseDeleteView(RoleRequiredMixin, View):
    def get(self, request, slug):
        return render(request, "usecases/usecase_delete.html", {"object": get_object_or_404(UseCase, slug=slug)})

    def post(self, request, slug):
        use_case = get_object_or_404(UseCase, slug=slug)
        with attributed(request, "Deleted"):
            use_case.delete()
        messages.success(request, f"Deleted “{use_case}”.")
        return redirect("usecases:usecase_list")


class UseCaseReviewView(RoleRequiredMixin, View):
    """Record that the use case was reviewed with its current check result."""

    def post(self, request, slug):
        use_case = get_object_or_404(prefetched(UseCase.objects.all()), slug=slug)
        live = live_result(use_case)
        mark_reviewed(use_case, live.verdict, user=request.user)
        messages.success(request, f"Marked reviewed with the result “{live.verdict or 'not checked'}”.")
        return redirect(use_case)


class UseCaseImportView(RoleRequiredMixin, View):
    template_name = "usecases/usecase_import.html"

    def get(self, request):
        return render(request, self.template_name, {"form": UseCaseImportForm(), "columns": COLUMNS})

    def post(self, request):
        form = UseCaseImportForm(request.POST, request.FILES)
        context = {"form": form, "columns": COLUMNS}
        if not form.is_valid():
            return render(request, self.template_name, context, status=400)
        with attributed(request, "Imported from CSV"):
            result = import_use_cases(form.cleaned_data["file"].read())
        if not result.ok:
            context["errors"] = result.errors
            return render(request, self.template_name, context, status=400)
        messages.success(
            request, f"Imported {len(result.created)} new and {len(result.updated)} updated use case(s)."
        )
        return redirect("usecases:usecase_list")


class UseCaseHistoryView(ObjectHistoryView):
    queryset = UseCase.objects.all()


class VocabularyView(View):
    """Data classes and regions, with what each implies."""

    def get(self, request):
        context = {
            "data_classes": DataClass.objects.prefetch_related("parents", "children"),
            "regions": Region.objects.prefetch_related("parents", "children"),
        }
        return render(request, "usecases/vocabulary.html", context)


class ContinuityView(View):
    """Models at risk, the use cases they affect, and where to move each one."""

    def get(self, request):
        form = DaysForm(request.GET or None)
        if form.is_bound and not form.is_valid():
            context = {"form": form, "models": [], "days": DEFAULT_DAYS}
            return render(request, "usecases/continuity.html", context, status=400)
        days = (form.cleaned_data.get("days") if form.is_bound else None) or DEFAULT_DAYS
        models = plan_continuity(days=days)
        return render(request, "usecases/continuity.html", {"form": form, "models": models, "days": days})
