"""Controls and playbook guides in the admin: editors edit them, with the change logged."""

from django.urls import reverse

from airegister.core.testing.admin import admin_form_data
from airegister.core.testing.api import changes_of

from ..models import Control, Playbook


def test_editor_edits_a_control_with_a_change_message(catalog, editor_client):
    control = Control.objects.get(slug="ai-vendor-due-diligence")
    url = reverse("admin:governance_control_change", args=[control.pk])
    data = admin_form_data(editor_client.get(url))
    data.update(objective="Vetted vendors only.", change_message="Objective agreed")
    assert editor_client.post(url, data).status_code == 302
    control.refresh_from_db()
    assert control.objective == "Vetted vendors only."
    change = changes_of(control, "update").get(user_name="editor")
    assert change.message == "Objective agreed"


def test_bad_applicability_value_is_a_form_error(catalog, editor_client):
    control = Control.objects.get(slug="ai-vendor-due-diligence")
    url = reverse("admin:governance_control_change", args=[control.pk])
    data = admin_form_data(editor_client.get(url))
    data.update(applies_to="tier", applies_value="giant")
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "Unknown value(s) giant" in response.content.decode()
    control.refresh_from_db()
    assert control.applies_to != "tier"


def test_playbook_related_controls_edit_is_logged(catalog, editor_client):
    playbook = Playbook.objects.first()
    url = reverse("admin:governance_playbook_change", args=[playbook.pk])
    data = admin_form_data(editor_client.get(url))
    data["related_controls"] = [str(pk) for pk in Control.objects.values_list("pk", flat=True)[:2]]
    assert editor_client.post(url, data).status_code == 302
    assert playbook.related_controls.count() == 2
    assert changes_of(playbook, "update").filter(user_name="editor").exists()
