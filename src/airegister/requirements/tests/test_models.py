"""Rules are validated when saved; every edit of a profile is a new version and old versions are kept."""

import pytest
from django.core.exceptions import ValidationError

from airegister.catalog.models import DataAttribute
from airegister.core.context import change_context
from airegister.requirements.models import DataClass

from ..models import RequirementProfile, Rule
from ..versioning import versioning_batch
from ..versions import version_diff


@pytest.fixture
def profile(db):
    with change_context(user_name="alice"):
        return RequirementProfile.objects.create(name="Strict", slug="strict")


@pytest.fixture
def baa(db):
    return DataAttribute.objects.create(name="HIPAA BAA", slug="hipaa-baa")


def test_a_rule_naming_an_attribute_that_does_not_exist_is_refused_when_saved(profile):
    rule = Rule(profile=profile, key="baa", name="BAA", kind="data-term", attribute_id=987654, expected="yes")
    with pytest.raises(ValidationError) as info:
        rule.full_clean()
    assert "attribute" in info.value.message_dict


@pytest.mark.parametrize(("fields", "bad"), [
    ({"kind": "data-term", "expected": "yes"}, "attribute"),
    ({"kind": "data-term", "attribute": True}, "expected"),
    ({"kind": "lifecycle-status", "statuses": []}, "statuses"),
    ({"kind": "lifecycle-status", "statuses": ["immortal"]}, "statuses"),
    ({"kind": "no-active-flag"}, "severity"),
    ({"kind": "no-active-flag", "severity": "critical", "attribute": True}, "attribute"),
    ({"kind": "data-term", "attribute": True, "expected": "no", "fallback_expected": "yes"}, "fallback_attribute"),
])
def test_rules_say_what_they_need(profile, baa, fields, bad):
    if fields.get("attribute") is True:
        fields["attribute"] = baa
    rule = Rule(profile=profile, key="r", name="R", **fields)
    with pytest.raises(ValidationError) as info:
        rule.full_clean()
    assert bad in info.value.message_dict


def test_each_edit_is_a_new_version_and_old_versions_are_kept(profile, baa):
    assert [v.number for v in profile.versions.all()] == [1]
    with change_context(user_name="bob", message="BAA for PHI"):
        rule = Rule.objects.create(profile=profile, key="baa", name="BAA", attribute=baa, expected="yes")
    assert profile.current_version == 2
    latest = profile.versions.get(number=2)
    assert latest.user_name == "bob" and latest.message == "BAA for PHI"
    assert [r["key"] for r in latest.data["rules"]] == ["baa"]
    rule.save()  # nothing changed: no new version
    assert profile.current_version == 2
    rule.name = "HIPAA BAA"
    rule.save()
    assert profile.current_version == 3
    assert profile.versions.get(number=2).data["rules"][0]["name"] == "BAA"  # the old version is untouched
    diff = version_diff(profile.versions.get(number=2), profile.versions.get(number=3))
    assert diff.changed == [{"key": "baa", "name": "HIPAA BAA", "changes": [
        {"field": "name", "before": "BAA", "after": "HIPAA BAA"},
    ]}]


def test_one_batch_of_edits_is_one_version(profile, baa):
    phi = DataClass.objects.create(name="PHI", slug="phi")
    with versioning_batch():
        Rule.objects.create(profile=profile, key="a", name="A", attribute=baa, expected="yes", data_class=phi)
        Rule.objects.create(profile=profile, key="b", name="B", kind="no-active-flag", severity="critical")
        profile.description = "Two rules"
        profile.save()
    assert profile.current_version == 2
    assert len(profile.versions.get(number=2).data["rules"]) == 2


def test_a_failed_batch_makes_no_version(profile, baa):
    with pytest.raises(RuntimeError), versioning_batch():
        Rule.objects.create(profile=profile, key="a", name="A", attribute=baa, expected="yes")
        raise RuntimeError("the edit failed")
    assert profile.current_version == 1


def test_deleting_a_profile_deletes_its_rules_and_versions(profile, baa):
    Rule.objects.create(profile=profile, key="a", name="A", attribute=baa, expected="yes")
    profile.delete()
    assert not RequirementProfile.objects.exists() and not Rule.objects.exists()


def test_only_one_default_profile(profile):
    RequirementProfile.objects.create(name="A", slug="a", is_default=True)
    other = RequirementProfile(name="B", slug="b", is_default=True)
    with pytest.raises(ValidationError):
        other.full_clean()
    assert RequirementProfile.objects.default().slug == "a"
