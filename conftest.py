"""Fixtures shared by every app's tests and the cross-app tests under tests/.

The environment the settings depend on (AIREGISTER_TESTING, …) is set by tests/testenv.py, loaded with
`-p testenv` before pytest-django imports the settings; this file is imported too late for that.
"""

import pytest
from django.test import Client

from airegister.core.choices import RoleChoices
from airegister.core.roles import assign_role

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # The default hasher costs ~0.3 s per login by design; tests sign in often and test no hashing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_page_cache():
    # Cached pages and the users each worker remembers are keyed by the change sequence, which restarts with each
    # test's database: what an earlier test stored could match a later one's key. Every test starts with neither.
    from django.conf import settings
    from django.core.cache import caches

    from airegister.core.auth import forget_users

    for alias in settings.CACHES:
        caches[alias].clear()
    forget_users()
    yield


@pytest.fixture
def catalog(db):
    """The built-in catalog, loaded from the data files in the repository; returns the loader's report.

    Loaded once per test process and restored in each test from what it wrote (core/testing/snapshots.py)."""
    from airegister.catalog.testing import restore_catalog

    return restore_catalog()


@pytest.fixture
def user_password():
    """The password of the viewer, editor and admin_user fixtures' accounts."""
    return PASSWORD


def make_user(django_user_model, username: str, role: str):
    user = django_user_model.objects.create_user(username=username, password=PASSWORD)
    assign_role(user, role)
    return user


@pytest.fixture
def viewer(db, django_user_model):
    return make_user(django_user_model, "viewer", RoleChoices.VIEWER)


@pytest.fixture
def editor(db, django_user_model):
    return make_user(django_user_model, "editor", RoleChoices.EDITOR)


@pytest.fixture
def admin_user(db, django_user_model):
    """An administrator by role (not a superuser): overrides pytest-django's fixture of the same name."""
    return make_user(django_user_model, "admin", RoleChoices.ADMIN)


def logged_in_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def viewer_client(viewer):
    return logged_in_client(viewer)


@pytest.fixture
def editor_client(editor):
    return logged_in_client(editor)


@pytest.fixture
def anon_read(settings):
    """Anyone may read without signing in, as in demo mode (the middleware reads the setting per request)."""
    settings.ANONYMOUS_READ = True
    return settings


def pytest_terminal_summary(terminalreporter):
    """One line, once, when the browser tests were skipped for want of Chromium (tests/browser/conftest.py)."""
    for report in terminalreporter.stats.get("skipped", []):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else ""
        if "browser tests skipped:" in reason:
            terminalreporter.write_line(reason.removeprefix("Skipped: "), yellow=True, bold=True)
            return


# --- the second database's run: only the tests that can reach a database ------------------------------------------

# Fixtures through which pytest-django opens the test database (directly or as a dependency).
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "django_db_reset_sequences",
                     "django_db_serialized_rollback", "live_server"}


def pytest_addoption(parser):
    parser.addoption(
        "--database-tests-only", action="store_true",
        help="Run only the tests that can reach the database (django_db marker, a database fixture or a Django "
             "TestCase); the others behave the same on every database, so `make test` runs them once, on SQLite.")


def reaches_database(item) -> bool:
    """Whether pytest-django lets `item` touch the database: every other test is blocked from it, so its outcome
    cannot depend on which database the run uses."""
    from django.test import TransactionTestCase

    if item.get_closest_marker("django_db") or DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())):
        return True
    cls = getattr(item, "cls", None)
    return isinstance(cls, type) and issubclass(cls, TransactionTestCase)


# The longest tests (minutes each: the API fuzzer, the crawls of every page) start first: xdist hands out tests in
# collection order, and one of them started last keeps one worker busy alone while the others have finished.
LONGEST_TESTS = ("tests/test_api_fuzz.py::", "tests/test_crawl.py::")


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: not item.nodeid.startswith(LONGEST_TESTS))  # stable: the rest keep their order
    if not config.getoption("--database-tests-only"):
        return
    kept = [item for item in items if reaches_database(item)]
    if len(kept) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if not reaches_database(item)])
        items[:] = kept
