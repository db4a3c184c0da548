"""The `airegister` command line: serve, demo-users, createuser; bad input exits 2 with one line."""

import io
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command
from django.test import RequestFactory

from airegister.core.management.commands.serve import default_workers, gunicorn_argv
from airegister.core.roles import role_of

CLI = [sys.executable, "-m", "airegister.cli"]


def sign_in_request():
    """The sign-in a password check stands for: the lockout backend (django-axes) counts per request."""
    return RequestFactory().post("/login/")


def run_cli(*args, env=None, cwd=None, stdin="", timeout=120):
    """Run `airegister ARGS` in a fresh process with a clean environment plus `env`."""
    clean = {k: os.environ[k] for k in ("PATH", "HOME", "LANG") if k in os.environ}
    return subprocess.run(
        [*CLI, *args],
        env={**clean, **(env or {})},
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_refused(result, *words):
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


# serve -------------------------------------------------------------------------------------------------


def test_serve_refuses_to_start_without_a_secret_key_in_production(tmp_path):
    result = run_cli("serve", cwd=tmp_path)
    assert_refused(result, "SECRET_KEY")


@pytest.fixture
def no_exec(monkeypatch):
    """In-process `serve` must never replace the test process with gunicorn."""

    def refuse(*args):
        raise AssertionError(f"serve would have started gunicorn: {args}")

    monkeypatch.setattr(os, "execv", refuse)


@pytest.mark.parametrize(
    "args, flag",
    [
        (["--bind", "8000"], "--bind"),
        (["--bind", "127.0.0.1:99999"], "--bind"),
        (["--workers", "0"], "--workers"),
        (["--workers", "many"], "--workers"),
        (["--timeout", "-5"], "--timeout"),
    ],
)
def test_serve_rejects_bad_options_with_exit_status_2(no_exec, args, flag):
    with pytest.raises(CommandError) as raised:
        call_command("serve", *args)
    assert raised.value.returncode == 2
    assert str(raised.value).startswith(flag)
    assert "\n" not in str(raised.value)


def test_serve_in_demo_mode_needs_no_secret_key(no_exec, settings, tmp_path):
    settings.DEBUG, settings.DEMO_MODE, settings.SECRET_KEY = False, True, "unset-0123"
    settings.STATIC_ROOT = tmp_path / "static"
    with pytest.raises(AssertionError, match="would have started gunicorn"):
        call_command("serve", stdout=io.StringIO())
    # Created up front so that no worker warns about it.
    assert settings.STATIC_ROOT.is_dir()


def test_default_workers_follow_the_cores_and_are_capped(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert default_workers() == 5
    monkeypatch.setattr(os, "cpu_count", lambda: 32)
    assert default_workers() == 8
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    assert default_workers() == 3


def test_gunicorn_gets_the_bind_workers_and_an_access_log_on_stdout():
    argv = gunicorn_argv("0.0.0.0:9000", 4, 60)
    assert argv[-1] == "airegister.wsgi:application"
    options = dict(zip(argv[3:-1:2], argv[4:-1:2], strict=True))
    assert options["--bind"] == "0.0.0.0:9000"
    assert options["--workers"] == "4"
    assert options["--access-logfile"] == "-"
    assert options["--config"] == "python:airegister.core.gunicorn_config"


def test_the_server_preloads_the_app_and_freezes_the_heap_after_forking():
    import gc

    from airegister.core import gunicorn_config

    assert gunicorn_config.preload_app is True
    try:
        gunicorn_config.post_fork(server=None, worker=None)
        assert gc.get_freeze_count() > 0  # the heap is in the permanent generation: the collector skips it
    finally:
        gc.unfreeze()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get(url: str) -> tuple[int, str]:
    """(status, Location) of one request, redirects not followed."""
    try:
        with urllib.request.build_opener(NoRedirect).open(url, timeout=5) as response:
            return response.status, response.headers.get("Location", "")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Location", "")


def test_serve_runs_gunicorn_workers_that_answer_and_log_requests(tmp_path):
    # No database is needed: an anonymous request without a session cookie never reaches one.
    env = {"SECRET_KEY": "test-" + "k" * 50, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    port = free_port()
    log_path = tmp_path / "server.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [*CLI, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
            env={**{k: os.environ[k] for k in ("PATH", "HOME") if k in os.environ}, **env},
            cwd=tmp_path,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        answer = None
        for _ in range(150):  # bounded wait for the workers to boot
            try:
                answer = get(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                assert server.poll() is None, log_path.read_text()
                time.sleep(0.2)
        # Production mode: reading needs an account, so the catalog sends the reader to sign in.
        assert answer == (302, "/login/?next=/")
    finally:
        server.terminate()
        server.wait(timeout=30)
    output = log_path.read_text()
    assert output.count("Booting worker with pid") == 2
    assert '"GET / HTTP/1.1" 302' in output


# demo-users --------------------------------------------------------------------------------------------


def test_demo_users_refuses_outside_demo_mode(tmp_path):
    # Also shows that hyphenated names reach the commands (demo-users → demo_users).
    result = run_cli("demo-users", env={"AIREGISTER_TESTING": "1"}, cwd=tmp_path)
    assert_refused(result, "AIREGISTER_DEMO=1")


def test_demo_users_are_created_once_with_their_roles_and_passwords(db, settings):
    settings.DEMO_MODE = True
    out = io.StringIO()
    call_command("demo_users", stdout=out)
    call_command("demo_users", stdout=io.StringIO())  # idempotent

    User = get_user_model()
    assert sorted(User.objects.values_list("username", flat=True)) == ["editor", "viewer"]
    assert role_of(authenticate(sign_in_request(), username="editor", password="demo-editor")) == "editor"
    assert role_of(authenticate(sign_in_request(), username="viewer", password="demo-viewer")) == "viewer"
    lines = out.getvalue().strip().splitlines()
    assert len(lines) == 2
    assert "editor / demo-editor" in lines[0] and "http://127.0.0.1:8000/login/" in lines[0]
    assert "viewer / demo-viewer" in lines[1]


def test_demo_users_restores_a_changed_demo_password(db, settings):
    settings.DEMO_MODE = True
    call_command("demo_users", stdout=io.StringIO())
    editor = get_user_model().objects.get(username="editor")
    editor.set_password("something-else")
    editor.save()

    call_command("demo_users", stdout=io.StringIO())
    assert authenticate(sign_in_request(), username="editor", password="demo-editor") is not None


# createuser --------------------------------------------------------------------------------------------


def test_createuser_with_a_role_and_password_from_stdin(db):
    out = io.StringIO()
    call_command(
        "createuser",
        "dana",
        "--role",
        "editor",
        "--password-stdin",
        stdin=io.StringIO("Tr1cky-pass!\n"),
        stdout=out,
    )
    user = authenticate(sign_in_request(), username="dana", password="Tr1cky-pass!")
    assert user is not None
    assert role_of(user) == "editor"
    assert user.is_staff
    assert "dana" in out.getvalue()


@pytest.mark.parametrize(
    "args, words",
    [
        (["--role", "owner"], ["'owner'", "viewer", "editor", "admin"]),
        # A usage error from argparse is one line too, not the usage block.
        ([], ["--role", "required"]),
    ],
)
def test_createuser_bad_or_missing_role_is_one_line(tmp_path, args, words):
    result = run_cli("createuser", "dana", *args, "--password-stdin", cwd=tmp_path, stdin="x\n")
    assert_refused(result, *words)


@pytest.mark.parametrize(
    "password, words",
    [("", ["empty"]), ("short", ["password refused", "too short"]), ("password123", ["too common"])],
)
def test_createuser_refuses_weak_passwords_and_creates_nothing(db, password, words):
    with pytest.raises(CommandError) as raised:
        call_command(
            "createuser", "dana", "--role", "viewer", "--password-stdin", stdin=io.StringIO(password + "\n")
        )
    assert raised.value.returncode == 2
    for word in words:
        assert word in str(raised.value)
    assert not get_user_model().objects.filter(username="dana").exists()


def test_createuser_refuses_an_existing_user(db, viewer):
    with pytest.raises(CommandError, match="already exists") as raised:
        call_command(
            "createuser", "viewer", "--role", "admin", "--password-stdin", stdin=io.StringIO("Tr1cky-pass!\n")
        )
    assert raised.value.returncode == 2
    viewer.refresh_from_db()
    assert role_of(viewer) == "viewer"


def test_createuser_without_a_terminal_asks_for_password_stdin(db):
    with pytest.raises(CommandError, match="--password-stdin"):
        call_command("createuser", "dana", "--role", "viewer", stdin=io.StringIO(""))
