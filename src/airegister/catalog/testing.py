"""Test helpers of the catalog (imported by the root conftest's `catalog` fixture and by test cases that make
their records before loading it)."""

from airegister.core.testing.snapshots import restore_or_build

from .loader import load_catalog


def restore_catalog():
    """The built-in catalog, loaded once per test process and restored in each test from what the loader wrote
    (core/testing/snapshots.py); returns the loader's report."""
    return restore_or_build("catalog", load_catalog)
