"""API tokens: hashed at rest, expiring when set, "last used" recorded, named in the change log; the
`airegister token` command and the tokens page."""

import io
import os
import subprocess
import sys
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from airegister.catalog.models import Vendor
from airegister.core.models import APIToken, ObjectChange
from airegister.core.tokens import create_token

VENDORS = reverse("api:catalog-api:vendor-list")


@pytest.fixture(autouse=True)
def _reading_needs_an_account(settings):
    settings.ANONYMOUS_READ = False


def client_with(raw: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
    return client


def test_token_lifecycle(viewer):
    token, raw = create_token(viewer, "nightly sync")
    assert token.last_used is None
    response = client_with(raw).get(VENDORS)
    assert response.status_code == 200
    token.refresh_from_db()
    assert token.last_used is not None and timezone.now() - token.last_used < timedelta(minutes=1)
    token.delete()  # revoked
    response = client_with(raw).get(VENDORS)
    assert response.status_code == 401
    assert response.json()["detail"] == "Invalid token."


def test_expired_token_is_refused_and_kept_listed(viewer):
    token, raw = create_token(viewer, "short-lived", expires_days=1)
    APIToken.objects.filter(pk=token.pk).update(expiry=timezone.now() - timedelta(seconds=1))
    response = client_with(raw).get(VENDORS)
    assert response.status_code == 401
    assert response.json()["detail"] == "This token has expired."
    assert APIToken.objects.get(pk=token.pk).is_expired
    # A wrong token with the same lookup prefix learns nothing about the expired one.
    forged = raw[:15] + ("0" if raw[15] != "0" else "1") + raw[16:]
    assert client_with(forged).get(VENDORS).json()["detail"] == "Invalid token."


def test_anonymous_read_needs_an_account_401_json(db):
    response = APIClient().get(VENDORS)
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"]
    assert response["WWW-Authenticate"] == "Token"


def test_token_is_stored_hashed(viewer):
    _, raw = create_token(viewer, "ci")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {APIToken._meta.db_table}")
        rows = cursor.fetchall()
    stored = " ".join(str(value) for row in rows for value in row)
    assert len(raw) == 64
    assert raw not in stored
    assert raw[:15] in stored  # knox's lookup prefix: too short to use, it only finds the row to compare


def test_api_write_names_user_and_token_in_change_log(editor, admin_user):
    _, raw = create_token(editor, "grc-import")
    response = client_with(raw).post(VENDORS, {"name": "Example Labs", "slug": "example-labs"}, format="json")
    assert response.status_code == 201
    change = ObjectChange.objects.for_object(Vendor.objects.get(slug="example-labs")).get()
    assert (change.user, change.user_name, change.token_name) == (editor, editor.username, "grc-import")
    assert change.actor == f"{editor.username} (token “grc-import”)"
    page = Client()
    page.force_login(admin_user)
    history = page.get(reverse("catalog:vendor_history", args=["example-labs"])).content.decode()
    assert f"by {editor.username} (token “grc-import”)" in history


def test_session_write_names_no_token(editor):
    create_token(editor, "unused")
    client = APIClient()
    client.force_login(editor)  # the browsable API's sign-in session
    response = client.post(VENDORS, {"name": "Example Labs", "slug": "example-labs"}, format="json")
    assert response.status_code == 201
    change = ObjectChange.objects.for_object(Vendor.objects.get(slug="example-labs")).get()
    assert (change.user_name, change.token_name, change.actor) == (editor.username, "", editor.username)


def test_viewer_token_cannot_write(viewer):
    _, raw = create_token(viewer, "reader")
    response = client_with(raw).post(VENDORS, {"name": "Example Labs", "slug": "example-labs"}, format="json")
    assert response.status_code == 403
    assert not Vendor.objects.exists()


def test_names_are_unique_per_user(viewer, editor):
    create_token(viewer, "sync")
    create_token(editor, "sync")  # another user's token may share the name
    with pytest.raises(Exception, match="already has a token named"):
        create_token(viewer, "sync")
    assert create_token(viewer)[0].name == "token 1"


# The command ---------------------------------------------------------------------------------------------------


def run(*args) -> str:
    out = io.StringIO()
    call_command("token", *args, stdout=out)
    return out.getvalue()


def test_cli_create_prints_the_token_alone(viewer, capsys):
    out = run("create", viewer.username, "--name", "backup", "--expires", "30")
    raw = out.strip()
    assert out == raw + "\n" and len(raw) == 64
    assert "not shown again" in capsys.readouterr().err
    token = APIToken.objects.get(name="backup")
    assert timedelta(days=29) < token.expiry - timezone.now() <= timedelta(days=30)
    assert client_with(raw).get(VENDORS).status_code == 200


def test_cli_list_never_shows_the_token(viewer):
    raw = run("create", viewer.username, "--name", "backup").strip()
    listing = run("list")
    assert "backup" in listing and viewer.username in listing and "LAST USED" in listing
    assert raw not in listing and raw[:15] not in listing


def test_cli_revoke_by_name_and_id(viewer, editor):
    run("create", viewer.username, "--name", "a")
    run("create", viewer.username, "--name", "b")
    assert "Revoked" in run("revoke", "a")
    b = APIToken.objects.get(name="b")
    assert "Revoked" in run("revoke", str(b.pk))
    assert not APIToken.objects.exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (("create", "nobody"), "no user named 'nobody'"),
        (("create", "viewer", "--expires", "0"), "Expiry is a number of days"),
        (("create", "viewer", "--name", "x" * 101), "at most 100 characters"),
        (("revoke", "no-such-token"), "no token with the id or name"),
        (("revoke", "shared"), "2 tokens are named 'shared'"),
    ],
)
def test_cli_bad_input_exits_2(viewer, editor, args, message):
    create_token(viewer, "shared")
    create_token(editor, "shared")
    before = APIToken.objects.count()
    with pytest.raises(CommandError, match=message) as exc:
        run(*args)
    assert exc.value.returncode == 2
    assert APIToken.objects.count() == before


@pytest.mark.parametrize("args", [["token"], ["token", "create"], ["token", "create", "x", "--expires", "soon"]])
def test_cli_usage_errors_one_line_exit_2(args):
    env = {**os.environ, "AIREGISTER_TESTING": "1", "DATABASE_URL": "sqlite:///:memory:"}
    code = "import sys; from airegister.cli import main; sys.argv[0] = 'airegister'; main()"
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


# The page ------------------------------------------------------------------------------------------------------


def test_page_creates_a_token_shown_once(viewer_client, viewer):
    response = viewer_client.post(reverse("core:token_list"), {"name": "laptop", "expires": "7"})
    assert response.status_code == 200
    token = APIToken.objects.get(user=viewer, name="laptop")
    raw = response.context["created"]["raw"]
    assert raw in response.content.decode()
    assert client_with(raw).get(VENDORS).status_code == 200
    listing = viewer_client.get(reverse("core:token_list")).content.decode()
    assert "laptop" in listing and raw not in listing
    assert token.expiry is not None


def test_page_refuses_bad_input(viewer_client, viewer):
    create_token(viewer, "laptop")
    response = viewer_client.post(reverse("core:token_list"), {"name": "laptop", "expires": "-1"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "Ensure this value is greater than or equal to 1" in text
    response = viewer_client.post(reverse("core:token_list"), {"name": "laptop"})
    assert response.status_code == 400
    assert "already has a token named" in response.content.decode()
    assert APIToken.objects.filter(user=viewer).count() == 1


def test_users_see_and_revoke_only_their_own(viewer_client, viewer, editor):
    mine, _ = create_token(viewer, "mine")
    theirs, _ = create_token(editor, "theirs")
    text = viewer_client.get(reverse("core:token_list")).content.decode()
    assert "mine" in text and "theirs" not in text
    response = viewer_client.post(reverse("core:token_revoke", args=[theirs.pk]))
    assert response.status_code == 404
    assert APIToken.objects.filter(pk=theirs.pk).exists()
    response = viewer_client.post(reverse("core:token_revoke", args=[mine.pk]))
    assert response.status_code == 302
    assert not APIToken.objects.filter(pk=mine.pk).exists()


def test_admin_sees_and_revokes_everyones(admin_user, viewer, editor):
    client = Client()
    client.force_login(admin_user)
    theirs, _ = create_token(editor, "theirs")
    create_token(viewer, "other")
    text = client.get(reverse("core:token_list")).content.decode()
    assert "theirs" in text and "other" in text and editor.username in text
    assert client.post(reverse("core:token_revoke", args=[theirs.pk])).status_code == 302
    assert not APIToken.objects.filter(pk=theirs.pk).exists()


def test_page_needs_sign_in(client, anon_read):
    response = client.get(reverse("core:token_list"))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_page_query_count_does_not_grow_with_tokens(admin_user, viewer):
    client = Client()
    client.force_login(admin_user)
    create_token(viewer, "one")
    # Each count is taken warm (the signed-in user remembered at this change sequence: core/auth.py), as a
    # reader who has just looked at another page is; a cold request reads the user with its role instead.
    assert client.get(reverse("core:token_list")).status_code == 200
    with CaptureQueriesContext(connection) as few:
        assert client.get(reverse("core:token_list")).status_code == 200
    for i in range(10):
        create_token(viewer, f"more {i}")
    assert client.get(reverse("core:token_list")).status_code == 200
    with CaptureQueriesContext(connection) as many:
        assert client.get(reverse("core:token_list")).status_code == 200
    assert len(many) == len(few) <= 6


def test_clear_text_tokens_from_before_are_adopted_hashed(viewer):
    """Migration core 0002: a DRF authtoken row becomes a hashed token that still works; the clear copy goes."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("airegister.core.migrations.0002_api_tokens")
    old_key = "0123456789abcdef0123456789abcdef01234567"
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, user_id integer, created timestamp)")
        cursor.execute(
            "INSERT INTO authtoken_token (key, user_id, created) VALUES (%s, %s, %s)",
            [old_key, viewer.pk, timezone.now()],
        )
    # The function uses only the schema editor's connection (SQLite opens no schema editor inside a test's transaction).
    migration.adopt_drf_tokens(apps, SimpleNamespace(connection=connection))
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM authtoken_token")
        assert cursor.fetchone()[0] == 0
    token = APIToken.objects.get(user=viewer)
    assert token.name == "token (before hashing)" and old_key not in token.digest
    assert client_with(old_key).get(VENDORS).status_code == 200


def test_creating_and_revoking_are_in_the_change_log(viewer_client, viewer):
    viewer_client.post(reverse("core:token_list"), {"name": "laptop", "expires": "7"})
    token = APIToken.objects.get(name="laptop")
    viewer_client.post(reverse("core:token_revoke", args=[token.pk]))
    run("create", viewer.username, "--name", "cron")
    run("revoke", "cron")
    changes = list(ObjectChange.objects.order_by("pk"))
    assert [(c.action, c.user_name, c.object_type_name) for c in changes] == [
        ("create", viewer.username, "API token"), ("delete", viewer.username, "API token"),
        ("create", "token command", "API token"), ("delete", "token command", "API token"),
    ]
    assert changes[0].postchange_data["name"] == "laptop" and changes[1].prechange_data["user"] == viewer.username
    logged = " ".join(str(c.prechange_data) + str(c.postchange_data) for c in changes)
    assert token.digest not in logged and token.token_key not in logged
