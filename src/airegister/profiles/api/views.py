from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from airegister.catalog.api.views import attach_sources
from airegister.catalog.models import AIModel
from airegister.core.pagecache import cached_api_data

from ..services import build_model_profile, get_profile_model
from .serializers import ModelProfileSerializer


class ModelProfileView(APIView):
    """Everything the model's profile page shows: data handling per attribute and channel, facts inherited
    from the vendor, flags, continuity links and the governance resources that apply."""

    def get_view_name(self):
        return "Model profile"

    @extend_schema(responses=ModelProfileSerializer, operation_id="catalog_models_profile_retrieve")
    def get(self, request, slug):
        return Response(cached_api_data(request, lambda: self.build(request, slug)))

    @staticmethod
    def build(request, slug):
        try:
            model = get_profile_model(slug)
        except AIModel.DoesNotExist as exc:
            raise NotFound(f"No model with slug “{slug}”.") from exc
        profile = build_model_profile(model)
        model.active_flag_count = len(profile.active_flags)
        attach_sources([*profile.certifications, *profile.restrictions, *profile.flags, *profile.safety_documents])
        return ModelProfileSerializer(profile, context={"request": request}).data
