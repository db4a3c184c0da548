"""Loaded by pytest with `-p testenv` (see pyproject.toml), before pytest-django imports the settings.

A root conftest.py is imported too late for that: pytest-django reads the settings while pytest is still
looking for conftest files, so environment the settings depend on must be set here.
"""

import os

# Settings: a fixed development SECRET_KEY instead of a random "unset-" one.
os.environ.setdefault("AIREGISTER_TESTING", "1")
# Playwright's sync API runs an event loop in the test thread; Django then refuses ORM calls from it
# ("You cannot call this from an async context") unless told the loop is not serving requests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# Never download a browser: the browser tests use Debian's /usr/bin/chromium.
os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
# The optional LLM reader stays off in the suite whatever the developer's shell sets: the tests that use it
# (extraction/tests/test_llm*.py) pass their endpoint explicitly.
for _name in ("AIREGISTER_LLM_BASE_URL", "AIREGISTER_LLM_MODEL", "AIREGISTER_LLM_API_KEY"):
    os.environ.pop(_name, None)
