"""Settings come from the environment with safe defaults; checked in a clean process per environment."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings

PROBE = """
import json, os
os.environ["DJANGO_SETTINGS_MODULE"] = "airegister.settings"
from django.conf import settings
db = settings.DATABASES["default"]
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "DEMO_MODE": settings.DEMO_MODE,
    "ANONYMOUS_READ": settings.ANONYMOUS_READ,
    "SECRET_KEY": settings.SECRET_KEY,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "ENGINE": db["ENGINE"],
    "NAME": str(db["NAME"]),
    "HOST": db.get("HOST", ""),
}))
"""


def load_settings(tmp_path, **env) -> dict:
    """The settings as a fresh process sees them with only `env` set (plus what Python itself needs)."""
    clean = {k: os.environ[k] for k in ("PATH", "HOME", "LANG", "SYSTEMROOT") if k in os.environ}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**clean, **env},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_defaults_are_production_safe_with_embedded_sqlite_under_var(tmp_path):
    loaded = load_settings(tmp_path)

    assert loaded["DEBUG"] is False
    assert loaded["DEMO_MODE"] is False
    assert loaded["ANONYMOUS_READ"] is False
    assert loaded["ENGINE"] == "django.db.backends.sqlite3"
    assert loaded["NAME"] == str(tmp_path / "var" / "airegister.sqlite3")
    assert loaded["ALLOWED_HOSTS"] == ["localhost", "127.0.0.1"]
    # No key configured: a random placeholder that `airegister serve` recognises and refuses.
    assert loaded["SECRET_KEY"].startswith("unset-")
    assert loaded["SECRET_KEY"] != load_settings(tmp_path)["SECRET_KEY"]


def test_environment_variables_override_the_defaults(tmp_path):
    loaded = load_settings(
        tmp_path,
        DEBUG="1",
        SECRET_KEY="s3cret-for-this-test",
        ALLOWED_HOSTS="register.example.org, localhost",
        DATABASE_URL="postgres://reg:pw@db.internal:5432/register",
    )

    assert loaded["DEBUG"] is True
    assert loaded["SECRET_KEY"] == "s3cret-for-this-test"
    assert loaded["ALLOWED_HOSTS"] == ["register.example.org", "localhost"]
    assert loaded["ENGINE"] == "django.db.backends.postgresql"
    assert (loaded["HOST"], loaded["NAME"]) == ("db.internal", "register")


@pytest.mark.parametrize("value, expected", [("0", False), ("false", False), ("1", True), ("true", True)])
def test_debug_flag_values(tmp_path, value, expected):
    assert load_settings(tmp_path, DEBUG=value)["DEBUG"] is expected


def test_demo_mode_turns_on_anonymous_reading_unless_told_otherwise(tmp_path):
    demo = load_settings(tmp_path, AIREGISTER_DEMO="1")
    assert (demo["DEMO_MODE"], demo["ANONYMOUS_READ"]) == (True, True)
    assert not demo["SECRET_KEY"].startswith("unset-")

    closed = load_settings(tmp_path, AIREGISTER_DEMO="1", AIREGISTER_ANONYMOUS_READ="0")
    assert (closed["DEMO_MODE"], closed["ANONYMOUS_READ"]) == (True, False)


def test_test_runs_get_the_testing_environment_before_settings_load():
    # tests/testenv.py (loaded with -p) must run before pytest-django imports the settings.
    assert os.environ["AIREGISTER_TESTING"] == "1"
    assert not settings.SECRET_KEY.startswith("unset-")


def test_reading_needs_an_account_unless_anonymous_read_is_on(client, db, settings):
    settings.ANONYMOUS_READ = False
    response = client.get("/no-such-page/")
    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/no-such-page/"

    # The middleware reads the setting per request, so an override takes effect at once.
    settings.ANONYMOUS_READ = True
    response = client.get("/no-such-page/")
    assert response.status_code == 404


def test_anon_read_fixture_opens_reading(client, db, anon_read):
    assert client.get("/no-such-page/").status_code == 404
