from django.shortcuts import get_object_or_404, render
from django.views.generic import View

from airegister.core.charts import stacked_bar
from airegister.core.pagecache import CachedPageMixin
from airegister.core.permissions import can_edit_policy
from airegister.core.views import ObjectHistoryView, ObjectListView, ObjectView, paginate

from .choices import ResultChoices
from .engine import build_workload, run_check
from .facts import describe, describe_offer, sources_for
from .forms import CheckForm
from .models import ProfileVersion, RequirementProfile
from .tables import RequirementProfileTable
from .versions import version_diff

RESULTS_PER_PAGE = 50


def result_rows(index, options) -> list[dict]:
    """Options with each rule's result in words (the fact, its excerpt, the reason) and whether the model is
    offered on the channel; `first_not_offered` marks where the options not offered begin (they rank last)."""
    sources = sources_for(index, options)
    rows, seen_not_offered = [], False
    for o in options:
        not_offered = o.verdict == ResultChoices.NOT_OFFERED
        rows.append({
            "option": o,
            "offer": describe_offer(index, o),
            "details": [describe(index, r, o, sources) for r in o.results],
            "first_not_offered": not_offered and not seen_not_offered,
        })
        seen_not_offered = seen_not_offered or not_offered
    return rows


def verdict_bar(counts: dict, label: str):
    parts = [
        ("Pass", counts["pass"], "pass"), ("Unknown", counts["unknown"], "unknown"), ("Fail", counts["fail"], "fail"),
    ]
    if ResultChoices.NOT_OFFERED in counts:
        parts.append(("Not offered", counts[ResultChoices.NOT_OFFERED], "gray"))
    return stacked_bar(parts, label)


class CheckView(CachedPageMixin, View):
    """A workload in, every model × channel out: ranked, rule by rule, with the facts behind each result."""

    def get(self, request):
        submitted = any(k in request.GET for k in ("data_classes", "regions", "capabilities", "profile"))
        form = CheckForm(request.GET if submitted else None)
        context = {"form": form, "has_profile": RequirementProfile.objects.exists()}
        status = 200
        if submitted and not form.is_valid():
            status = 400
        elif submitted and context["has_profile"]:
            data = form.cleaned_data
            workload = build_workload(
                [c.slug for c in data["data_classes"]], [r.slug for r in data["regions"]], data["capabilities"]
            )
            check = run_check(workload, data["profile"])
            counts = check.counts
            offered_only = request.GET.get("offered") == "1"
            if offered_only:
                check.options = [o for o in check.options if o.verdict != ResultChoices.NOT_OFFERED]
            page = paginate(request, check.options, RESULTS_PER_PAGE)
            toggle = request.GET.copy()
            toggle.pop("page", None)
            if offered_only:
                toggle.pop("offered", None)
            else:
                toggle["offered"] = "1"
            context.update(
                check=check,
                counts=counts,
                not_offered_count=counts[ResultChoices.NOT_OFFERED],
                offered_only=offered_only,
                toggle_query=toggle.urlencode(),
                page=page,
                rows=result_rows(check.index, page.object_list),
                bar=verdict_bar(counts, "Options by verdict"),
                query=request.GET.copy(),
            )
        return render(request, "requirements/check.html", context, status=status)


class RequirementProfileListView(ObjectListView):
    queryset = RequirementProfile.objects.all()
    table = RequirementProfileTable
    title = "Requirement profiles"
    lead = (
        "Named, versioned rules over the catalog's facts: which data-handling terms a workload needs on a "
        "channel, by the data it handles and where its data subjects are."
    )


class RequirementProfileView(ObjectView):
    queryset = RequirementProfile.objects.all()
    template_name = "requirements/profile.html"

    def get_extra_context(self, request, obj):
        rules = obj.rules.select_related("data_class", "region", "attribute", "fallback_attribute")
        return {
            "rules": rules,
            "versions": obj.versions.all()[:20],
            # The use cases that name this profile (the reverse relation: use cases sit above requirements).
            "use_cases": obj.use_cases.all() if not obj.is_default else None,
            "can_edit": can_edit_policy(request.user),
        }


class RequirementProfileHistoryView(ObjectHistoryView):
    queryset = RequirementProfile.objects.all()


class ProfileVersionView(View):
    def get(self, request, slug, number):
        profile = get_object_or_404(RequirementProfile, slug=slug)
        version = get_object_or_404(ProfileVersion, profile=profile, number=number)
        previous = profile.versions.filter(number__lt=number).order_by("-number").first()
        context = {"object": profile, "version": version, "previous": previous, "diff": version_diff(previous, version)}
        return render(request, "requirements/version.html", context)
