"""`/health/` for load balancers: 200 JSON when the database answers and every migration is applied, else 503.

The failing databases are real: a fresh process pointed at a database that cannot be reached or was never
migrated, not a mocked connection.
"""

import json
import os
import subprocess
import sys

import pytest
from django.db import connection

# A fresh Django process asks its own /health/ through the test client, with the given DATABASE_URL.
PROBE = """
import django
django.setup()
from django.test import Client
response = Client().get("/health/")
print(response.status_code, response.content.decode())
"""


def probe(database_url, var_dir):
    env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG") if k in os.environ}
    env |= {
        "DJANGO_SETTINGS_MODULE": "airegister.settings",
        "AIREGISTER_TESTING": "1",
        "AIREGISTER_VAR_DIR": str(var_dir),
        "DATABASE_URL": database_url,
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    status, body = result.stdout.strip().split(" ", 1)
    return int(status), json.loads(body)


@pytest.mark.django_db
def test_health_answers_200_json_with_one_query_and_no_session(client, django_assert_num_queries, settings):
    settings.ANONYMOUS_READ = False  # reading needs an account: the probe still needs none

    with django_assert_num_queries(1):
        response = client.get("/health/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    assert response.json() == {"status": "ok", "database": "ok", "migrations": "ok"}
    assert not response.cookies


@pytest.mark.django_db
def test_health_answers_a_probe_that_addresses_the_server_by_ip(client):
    # Load balancers send their target's IP as the Host header; ALLOWED_HOSTS does not list it.
    assert client.get("/health/", HTTP_HOST="10.0.0.7:8000").status_code == 200
    # Only /health/ skips the host check.
    assert client.get("/models/", HTTP_HOST="10.0.0.7:8000").status_code == 400


@pytest.mark.django_db
def test_health_answers_head_and_refuses_other_methods(client):
    assert client.head("/health/").status_code == 200
    response = client.post("/health/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


@pytest.mark.django_db
def test_health_is_503_when_a_migration_is_not_applied(client):
    # As after deploying code whose new migration has not been run yet (the test's transaction restores it).
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM django_migrations WHERE app = 'core' AND name = '0001_initial'")

    response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "ok",
        "migrations": "pending",
        "pending_migrations": 1,
    }


@pytest.mark.parametrize(
    "database_url",
    [
        pytest.param("sqlite:////nonexistent-directory/airegister.sqlite3", id="sqlite-in-a-missing-directory"),
        pytest.param("postgres://postgres@127.0.0.1:1/airegister?connect_timeout=5", id="postgresql-closed-port"),
    ],
)
def test_health_is_503_when_the_database_is_unreachable(database_url, tmp_path):
    status, body = probe(database_url, tmp_path)

    assert status == 503
    assert body == {"status": "unavailable", "database": "unreachable", "migrations": "unknown"}


def test_health_is_503_on_a_database_never_migrated(tmp_path):
    status, body = probe(f"sqlite:///{tmp_path / 'empty.sqlite3'}", tmp_path)

    assert status == 503
    assert body == {"status": "unavailable", "database": "ok", "migrations": "not applied"}
