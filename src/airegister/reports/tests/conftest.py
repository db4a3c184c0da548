import pytest
from django.core.management import call_command

from airegister.requirements.testing import builtin  # noqa: F401  (fixture)


@pytest.fixture
def demo(builtin, settings):  # noqa: F811
    """The built-in catalog with the demo use cases, as `load-catalog && demo-use-cases` leave it."""
    settings.DEMO_MODE = True
    call_command("demo_use_cases")
    return builtin
