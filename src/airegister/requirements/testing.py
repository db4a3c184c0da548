"""Fixtures and helpers for the tests of use cases, requirements and the dashboard (imported by their conftest)."""

import pytest

from airegister.core.context import change_context

from .loader import load_requirements


@pytest.fixture
def builtin(catalog):
    """The built-in catalog with the default data classes, regions and requirement profile."""
    load_requirements()
    return catalog


def make_use_case(name, model=None, channel=None, data_classes=(), regions=(), **fields):
    """A use case by slugs (model, channel, data classes, regions), created as `alice`."""
    from airegister.catalog.models import AIModel, Channel
    from airegister.usecases.models import DataClass, Region, UseCase

    with change_context(user_name="alice"):
        use_case = UseCase.objects.create(
            name=name,
            slug=fields.pop("slug", name.lower().replace(" ", "-")),
            owner=fields.pop("owner", "Team"),
            model=AIModel.objects.get(slug=model) if model else None,
            channel=Channel.objects.get(slug=channel) if channel else None,
            **fields,
        )
        use_case.data_classes.set(DataClass.objects.filter(slug__in=data_classes))
        use_case.regions.set(Region.objects.filter(slug__in=regions))
    return use_case


def client_for(user):
    """A test client signed in as `user`."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def results_by_key(option) -> dict[str, str]:
    return {r.rule.key: r.result for r in option.results}
