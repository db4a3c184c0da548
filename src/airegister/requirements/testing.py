"""Fixtures and helpers for the tests of use cases, requirements and the dashboard (imported by their conftest)."""

import pytest

from .loader import load_requirements


@pytest.fixture
def builtin(catalog):
    """The built-in catalog with the default data classes, regions and requirement profile."""
    restore_requirements()
    return catalog


def restore_requirements():
    """The default requirements on top of the restored built-in catalog, restored from a snapshot taken once per
    test process (core/testing/snapshots.py)."""
    from airegister.core.testing.snapshots import restore_or_build

    return restore_or_build("catalog+requirements", load_requirements)


def restore_builtin():
    """The built-in catalog and the default requirements, for tests that make their own records first."""
    from airegister.catalog.testing import restore_catalog

    report = restore_catalog()
    restore_requirements()
    return report


def client_for(user):
    """A test client signed in as `user`."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def results_by_key(option) -> dict[str, str]:
    return {r.rule.key: r.result for r in option.results}
