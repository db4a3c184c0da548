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
    "SESSION_COOKIE_SECURE": settings.SESSION_COOKIE_SECURE,
    "CSRF_COOKIE_SECURE": settings.CSRF_COOKIE_SECURE,
    "SECURE_HSTS_SECONDS": settings.SECURE_HSTS_SECONDS,
    "SECURE_SSL_REDIRECT": settings.SECURE_SSL_REDIRECT,
    "SECURE_PROXY_SSL_HEADER": settings.SECURE_PROXY_SSL_HEADER,
    "AXES_COOLOFF_TIME": settings.AXES_COOLOFF_TIME and settings.AXES_COOLOFF_TIME.total_seconds(),
    "AXES_FAILURE_LIMIT": settings.AXES_FAILURE_LIMIT,
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


def test_plain_http_by_default_and_https_flags_turn_on_secure_cookies_hsts_and_the_redirect(tmp_path):
    plain = load_settings(tmp_path)
    assert (plain["SESSION_COOKIE_SECURE"], plain["CSRF_COOKIE_SECURE"]) == (False, False)
    assert (plain["SECURE_HSTS_SECONDS"], plain["SECURE_SSL_REDIRECT"]) == (0, False)
    assert plain["SECURE_PROXY_SSL_HEADER"] is None

    https = load_settings(tmp_path, AIREGISTER_HTTPS="1", AIREGISTER_BEHIND_PROXY="1")
    assert (https["SESSION_COOKIE_SECURE"], https["CSRF_COOKIE_SECURE"]) == (True, True)
    assert https["SECURE_HSTS_SECONDS"] == 365 * 24 * 3600 and https["SECURE_SSL_REDIRECT"] is True
    assert https["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]

    tuned = load_settings(tmp_path, AIREGISTER_HTTPS="1", SECURE_HSTS_SECONDS="300", SECURE_SSL_REDIRECT="0")
    assert (tuned["SECURE_HSTS_SECONDS"], tuned["SECURE_SSL_REDIRECT"]) == (300, False)


def test_lockout_cool_off_and_limit_come_from_the_environment(tmp_path):
    default = load_settings(tmp_path)
    assert (default["AXES_FAILURE_LIMIT"], default["AXES_COOLOFF_TIME"]) == (10, 30 * 60)
    tuned = load_settings(tmp_path, AXES_COOLOFF_MINUTES="5", AXES_FAILURE_LIMIT="5")
    assert (tuned["AXES_FAILURE_LIMIT"], tuned["AXES_COOLOFF_TIME"]) == (5, 5 * 60)
    assert load_settings(tmp_path, AXES_COOLOFF_MINUTES="0")["AXES_COOLOFF_TIME"] is None  # until an admin lifts it
