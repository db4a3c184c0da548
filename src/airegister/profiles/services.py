"""A model's whole profile: what the catalog knows of it plus the governance resources that apply to it."""

from airegister.catalog.choices import FlagStatusChoices
from airegister.catalog.models import AIModel
from airegister.catalog.profile import ModelProfile, build_model_facts, get_profile_model
from airegister.governance.models import Control, Playbook

__all__ = ["applicable_resources", "build_model_profile", "get_profile_model"]


def applicable_resources(model: AIModel, has_active_flag: bool) -> tuple[list[Control], list[Playbook]]:
    """The controls and playbook guides whose applicability rule selects `model` (one query each)."""
    controls = [c for c in Control.objects.all() if c.applies_to_model(model, has_active_flag)]
    playbooks = [p for p in Playbook.objects.all() if p.applies_to_model(model, has_active_flag)]
    return controls, playbooks


def build_model_profile(model: AIModel) -> ModelProfile:
    """Everything the profile page shows; `model` should come from `get_profile_model` (with its vendor)."""
    profile = build_model_facts(model)
    has_active_flag = any(f.status == FlagStatusChoices.ACTIVE for f in profile.flags)
    profile.controls, profile.playbooks = applicable_resources(model, has_active_flag)
    return profile
