from django.http import Http404
from django.shortcuts import render
from django.views.generic import View

from airegister.catalog.models import AIModel

from .services import build_model_profile, get_profile_model


class AIModelView(View):
    """The model profile: every section of the seed page, built from `build_model_profile` alone."""

    def get(self, request, slug):
        try:
            model = get_profile_model(slug)
        except AIModel.DoesNotExist as exc:
            raise Http404(f"No model {slug!r}") from exc
        profile = build_model_profile(model)
        return render(request, "profiles/aimodel.html", {"object": model, "profile": profile})
