"""Editing requirement profiles in the admin site: administrators only; one save is one version; a rule naming a
missing attribute is refused when saved."""

import pytest
from django.urls import reverse

from airegister.core.testing.admin import admin_form_data
from airegister.core.testing.api import changes_of

from ..models import RequirementProfile, Rule
from ..testing import client_for


@pytest.fixture
def admin_client(builtin, admin_user):
    return client_for(admin_user)


def change_url(profile):
    return reverse("admin:requirements_requirementprofile_change", args=[profile.pk])


def rule_prefix(data, key) -> str:
    """The inline form prefix ("rules-3") of the rule with this key."""
    name = next(k for k, v in data.items() if k.endswith("-key") and v == key)
    return name.removesuffix("-key")


def test_an_administrator_edits_rules_inline_and_gets_one_new_version(admin_client, admin_user):
    profile = RequirementProfile.objects.get(slug="default")
    data = admin_form_data(admin_client.get(change_url(profile)))
    data[rule_prefix(data, "gdpr-dpa") + "-name"] = "GDPR data processing agreement"
    data[rule_prefix(data, "hipaa-baa") + "-description"] = "PHI needs a BAA."
    data["change_message"] = "Clearer names"
    response = admin_client.post(change_url(profile), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert profile.current_version == 2
    version = profile.versions.get(number=2)
    assert version.user_name == admin_user.username and version.message == "Clearer names"
    assert Rule.objects.get(key="gdpr-dpa").name == "GDPR data processing agreement"
    change = changes_of(Rule.objects.get(key="gdpr-dpa"), "update").get()
    assert change.message == "Clearer names"


def test_a_rule_naming_a_missing_attribute_is_refused_in_the_form(admin_client):
    profile = RequirementProfile.objects.get(slug="default")
    data = admin_form_data(admin_client.get(change_url(profile)))
    data[rule_prefix(data, "hipaa-baa") + "-attribute"] = "987654"
    response = admin_client.post(change_url(profile), data)
    assert response.status_code == 200  # the form again, with the error
    assert "Select a valid choice" in response.content.decode()
    assert profile.current_version == 1


def test_editors_may_read_but_not_change_profiles(builtin, editor_client):
    profile = RequirementProfile.objects.get(slug="default")
    page = editor_client.get(change_url(profile))
    assert page.status_code == 200  # the view-only page
    response = editor_client.post(change_url(profile), {"name": "Hijacked"})
    assert response.status_code == 403
    assert RequirementProfile.objects.get().name == "Default requirements"


def test_versions_are_read_only_in_the_admin(admin_client):
    version = RequirementProfile.objects.get().versions.get()
    url = reverse("admin:requirements_profileversion_change", args=[version.pk])
    assert admin_client.get(url).status_code == 200
    assert admin_client.post(url, {}).status_code == 403
