from airegister.requirements.testing import builtin  # noqa: F401  (fixture)
