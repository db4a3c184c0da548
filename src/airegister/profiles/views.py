from django.http import Http404
from django.shortcuts import render
from django.views.generic import View

from airegister.catalog.models import AIModel
from airegister.core.pagecache import CachedPageMixin
from airegister.requirements.engine import workload_of

from .compare import MAX_MODELS, MIN_MODELS, CompareError, compare, parse_slugs
from .forms import CompareCheckForm
from .services import build_model_profile, get_profile_model


class AIModelView(CachedPageMixin, View):
    """The model profile: every section of the seed page, built from `build_model_profile` alone."""

    def get(self, request, slug):
        try:
            model = get_profile_model(slug)
        except AIModel.DoesNotExist as exc:
            raise Http404(f"No model {slug!r}") from exc
        profile = build_model_profile(model)
        return render(request, "profiles/aimodel.html", {"object": model, "profile": profile})


class CompareView(CachedPageMixin, View):
    """`/compare/?models=a,b,c`: two to four models side by side, with the verdicts of a chosen workload check.

    An unknown slug is a 404 naming it; too few or too many models a 400 saying how many to choose."""

    def get(self, request):
        slugs = parse_slugs(request.GET.getlist("models"))
        form = CompareCheckForm(request.GET if ("data_classes" in request.GET or "regions" in request.GET) else None)
        only = request.GET.get("only") == "differences"
        params = request.GET.copy()
        params.pop("only", None)
        context = {
            "slugs": slugs, "models_param": ",".join(slugs), "form": form, "min": MIN_MODELS, "max": MAX_MODELS,
            "only_differences": only, "all_rows_url": "?" + params.urlencode(),
            "differences_url": "?" + params.urlencode() + "&only=differences",
        }
        if not slugs:
            return render(request, "profiles/compare.html", context)
        workload = None
        if form.is_bound and form.is_valid():
            workload = workload_of(form.cleaned_data["data_classes"], form.cleaned_data["regions"])
        try:
            context["comparison"] = compare(slugs, workload)
        except CompareError as exc:
            context["error"] = str(exc)
            status = 404 if exc.missing else 400
            return render(request, "profiles/compare.html", context, status=status)
        return render(request, "profiles/compare.html", context, status=400 if form.errors else 200)
