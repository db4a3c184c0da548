"""`airegister load-requirements`: seeds the defaults once, never overwrites an administrator's edits."""

import pytest
from django.core.management import CommandError, call_command

from airegister.requirements.models import DataClass, Region

from ..loader import DEFAULT_FILE, RequirementsError, load_requirements
from ..models import ProfileVersion, RequirementProfile, Rule


def test_defaults_are_seeded_with_implications(catalog):
    report = load_requirements()
    assert report["data classes created"] == 7 and report["regions created"] == 3
    assert report["profiles created"] == 1
    phi = DataClass.objects.get(slug="phi")
    assert [p.slug for p in phi.parents.all()] == ["special-category-personal-data"]
    implied = {c.slug for c in DataClass.objects.implied_by([phi])}
    assert implied == {"phi", "special-category-personal-data", "personal-data", "confidential", "internal"}
    assert Region.objects.get(slug="eu").code == "EU"
    profile = RequirementProfile.objects.get(slug="default")
    assert profile.is_default and profile.current_version == 1  # the whole load is one version
    assert Rule.objects.get(key="hipaa-baa").attribute.slug == "hipaa-baa"


def test_loading_again_changes_nothing_and_keeps_edits(catalog):
    load_requirements()
    Rule.objects.filter(key="gdpr-dpa").delete()
    DataClass.objects.filter(slug="public").update(description="Edited by an administrator")
    versions = ProfileVersion.objects.count()
    report = load_requirements()
    assert report["profiles unchanged"] == 1 and report["data classes unchanged"] == 7
    assert not Rule.objects.filter(key="gdpr-dpa").exists()
    assert DataClass.objects.get(slug="public").description == "Edited by an administrator"
    assert ProfileVersion.objects.count() == versions


def test_reset_restores_the_default_profile_as_a_new_version(catalog):
    load_requirements()
    Rule.objects.filter(key="gdpr-dpa").delete()
    profile = RequirementProfile.objects.get(slug="default")
    edited = profile.current_version
    load_requirements(reset=True)
    assert Rule.objects.filter(key="gdpr-dpa").exists()
    assert profile.current_version == edited + 1
    assert profile.versions.filter(number=edited).exists()


def test_rules_need_the_catalogs_attributes(db):
    with pytest.raises(RequirementsError, match=r"defaults.yaml:\d+: profiles\[0\]\.rules\[0\]\.attribute: unknown"):
        load_requirements()
    assert not RequirementProfile.objects.exists() and not DataClass.objects.exists()  # nothing half-loaded


@pytest.mark.parametrize(("change", "message"), [
    (("attribute: hipaa-baa", "attribute: hipaa-bee"), "unknown data attribute 'hipaa-bee'; valid:"),
    (("implies: [special-category-personal-data]", "implies: [nothing]"), "unknown data class 'nothing'"),
    (("kind: lifecycle-status\n        statuses: [active]", "kind: lifecycle-status\n        statuses: [eternal]"),
     "statuses: Unknown status eternal"),
    (("    rules:\n", "    rules:\n      - colour: red\n"), "unknown key"),
])
def test_a_wrong_file_is_refused_in_one_line_naming_where(catalog, tmp_path, change, message):
    text = DEFAULT_FILE.read_text()
    assert change[0] in text
    path = tmp_path / "defaults.yaml"
    path.write_text(text.replace(change[0], change[1], 1))
    with pytest.raises(RequirementsError) as info:
        load_requirements(path)
    assert message in str(info.value) and "\n" not in str(info.value)
    assert str(info.value).startswith("defaults.yaml:")
    assert not DataClass.objects.exists()


def test_command_reports_what_it_loaded(catalog, capsys):
    call_command("load_requirements")
    assert "profiles created: 1" in capsys.readouterr().out


def test_command_before_load_catalog_refuses_with_status_2(db):
    with pytest.raises(CommandError) as info:
        call_command("load_requirements")
    assert info.value.returncode == 2
    assert "has `airegister load-catalog` been run?" in str(info.value)
