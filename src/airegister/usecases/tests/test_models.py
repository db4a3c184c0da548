"""Data classes and regions imply broader ones; use cases validate what they need."""

import pytest
from django.core.exceptions import ValidationError

from airegister.requirements.models import DataClass, Region, closure

from ..models import UseCase


def test_closure_follows_every_parent_and_survives_cycles():
    parents = {1: {2}, 2: {3, 4}, 4: {1}}
    assert closure([1], parents) == {1, 2, 3, 4}
    assert closure([], parents) == set()


def test_implied_by_uses_the_parent_links(db):
    personal = DataClass.objects.create(name="Personal", slug="personal")
    special = DataClass.objects.create(name="Special", slug="special")
    health = DataClass.objects.create(name="Health", slug="health")
    special.parents.add(personal)
    health.parents.add(special)
    assert {c.slug for c in DataClass.objects.implied_by([health])} == {"health", "special", "personal"}
    assert {c.slug for c in DataClass.objects.implied_by([personal])} == {"personal"}
    eu = Region.objects.create(name="EU", slug="eu", code="EU")
    de = Region.objects.create(name="Germany", slug="de", code="DE")
    de.parents.add(eu)
    assert {r.slug for r in Region.objects.implied_by([de])} == {"de", "eu"}


@pytest.mark.parametrize(("capabilities", "ok"), [
    (["image-input"], True), (["telepathy"], False), ("image-input", False), ([], True),
])
def test_capabilities_must_be_known(db, capabilities, ok):
    use_case = UseCase(name="X", slug="x", owner="Team", capabilities=capabilities)
    if ok:
        use_case.full_clean()
    else:
        with pytest.raises(ValidationError) as info:
            use_case.full_clean()
        assert "capabilities" in info.value.message_dict


def test_a_channel_needs_a_model(builtin):
    from airegister.catalog.models import Channel

    use_case = UseCase(name="X", slug="x", owner="Team", channel=Channel.objects.first())
    with pytest.raises(ValidationError) as info:
        use_case.full_clean()
    assert "model" in info.value.message_dict
