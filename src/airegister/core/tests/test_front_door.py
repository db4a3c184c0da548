"""The front door (docs/security.md): sign-in lockout, password rules, the security headers and the CSP, CSRF on
every form, session rotation on sign-in, secrets kept out of logs, bounded uploads. One test (or a few) per point,
against the real middleware, axes' real database handler and real requests."""

import io
import logging
import re
from datetime import timedelta
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

import airegister
from airegister.core.redaction import REDACTED, RedactSecretsFilter, redact
from airegister.core.tokens import create_token

LOCKED = "This account is locked"
POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'self'; frame-ancestors 'none'; form-action 'self'"
)


def directives(policy: str) -> dict:
    """A policy as {directive: sources}: django-csp writes the directives in no fixed order."""
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def sign_in(client, username, password):
    return client.post("/login/", {"username": username, "password": password})


def fail_ten_times(client, username):
    return [sign_in(client, username, f"wrong-{i}").status_code for i in range(10)]


# --- Lockout ------------------------------------------------------------------------------------------------------


def test_ten_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused(editor, user_password, caplog):
    client = Client()
    with caplog.at_level(logging.WARNING, logger="axes"):
        statuses = fail_ten_times(client, editor.username)
    # Nine ordinary refusals (the form again), the tenth locks.
    assert statuses[:9] == [200] * 9
    assert statuses[9] == 429
    assert any("lock" in r.getMessage().lower() and editor.username in r.getMessage() for r in caplog.records)

    response = sign_in(client, editor.username, user_password)
    assert response.status_code == 429
    body = response.content.decode()
    assert LOCKED in body and "Try again in 30 minutes" in body and "airegister unlock editor" in body
    assert "<header class=\"topbar\">" in body  # the register's page, not axes' bare text
    assert "_auth_user_id" not in client.session

    # The refused right password counts as one more failure; another account is not affected.
    assert AccessAttempt.objects.get(username=editor.username).failures_since_start == 11
    assert sign_in(Client(), "viewer-nobody", "wrong").status_code == 200


def test_the_lockout_ends_after_the_cool_off(editor, user_password):
    client = Client()
    fail_ten_times(client, editor.username)
    assert sign_in(client, editor.username, user_password).status_code == 429
    # The cool-off counts from the last failure: move it 31 minutes into the past (AXES_COOLOFF_TIME is 30).
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
    assert sign_in(client, editor.username, user_password).status_code == 302


def test_the_cool_off_comes_from_the_environment(settings, editor, user_password):
    settings.AXES_COOLOFF_TIME = timedelta(minutes=5)
    client = Client()
    fail_ten_times(client, editor.username)
    assert "Try again in 5 minutes" in sign_in(client, editor.username, user_password).content.decode()


def test_unlock_command_lifts_the_lockout(editor, user_password):
    client = Client()
    fail_ten_times(client, editor.username)
    out = io.StringIO()
    call_command("unlock", editor.username, stdout=out)
    assert out.getvalue().startswith("Unlocked editor")
    assert sign_in(client, editor.username, user_password).status_code == 302

    out = io.StringIO()
    call_command("unlock", editor.username, stdout=out)
    assert "was not locked" in out.getvalue()


def test_admin_sees_the_lockout_and_lifts_it_in_the_admin_site(editor, admin_user, user_password):
    fail_ten_times(Client(), editor.username)
    admin = Client()
    admin.force_login(admin_user)
    listing = admin.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200
    assert "editor" in listing.content.decode()

    attempt = AccessAttempt.objects.get(username=editor.username)
    response = admin.post(f"/admin/axes/accessattempt/{attempt.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert sign_in(Client(), editor.username, user_password).status_code == 302


def test_a_success_resets_the_count(editor, user_password):
    client = Client()
    for i in range(9):
        sign_in(client, editor.username, f"wrong-{i}")
    assert sign_in(client, editor.username, user_password).status_code == 302
    other = Client()
    assert [sign_in(other, editor.username, "wrong").status_code for _ in range(9)] == [200] * 9


def test_api_tokens_and_sessions_still_authenticate_while_sign_in_is_locked(catalog, editor):
    """A lockout stops password sign-ins, not an already-issued token (revoke that) nor an open session."""
    _, raw = create_token(editor, "ci")
    fail_ten_times(Client(), editor.username)
    response = Client().get("/api/catalog/models/", HTTP_AUTHORIZATION=f"Token {raw}")
    assert response.status_code == 200
    assert Client().get("/api/catalog/models/", HTTP_AUTHORIZATION="Token " + "0" * 128).status_code == 401


def test_demo_users_lifts_the_demo_accounts_lockout(settings, db):
    settings.DEMO_MODE = True
    call_command("demo_users", stdout=io.StringIO())
    client = Client()
    fail_ten_times(client, "editor")
    assert sign_in(client, "editor", "demo-editor").status_code == 429
    call_command("demo_users", stdout=io.StringIO())
    assert sign_in(client, "editor", "demo-editor").status_code == 302


# --- Password rules -----------------------------------------------------------------------------------------------


def test_password_validators_refuse_a_weak_password_in_the_admin_site(django_user_model):
    superuser = django_user_model.objects.create_superuser("root", password="a-long-enough-passphrase")
    client = Client()
    client.force_login(superuser)
    response = client.post(
        "/admin/auth/user/add/",
        {"username": "newcomer", "password1": "short", "password2": "short", "usable_password": "true"},
    )
    assert response.status_code == 200
    assert "too short" in response.content.decode()
    assert not django_user_model.objects.filter(username="newcomer").exists()


# --- Headers and the Content-Security-Policy ----------------------------------------------------------------------

PAGES = ["/", "/models/", "/vendors/anthropic/", "/models/claude-3-7-sonnet/", "/compare/", "/check/",
         "/dashboard/", "/api/docs/", "/api/catalog/models/", "/admin/", "/login/", "/no-such-page/"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_the_security_headers(catalog, editor_client, path):
    response = editor_client.get(path, follow=False)
    assert directives(response["Content-Security-Policy"]) == directives(POLICY)
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in permissions
    # Served over plain HTTP (the test client): no HSTS, which would pin a host to HTTPS it may not have.
    assert "Strict-Transport-Security" not in response


def test_hsts_when_served_over_https_behind_a_proxy(settings, catalog, editor_client):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    response = editor_client.get("/models/", HTTP_X_FORWARDED_PROTO="https")
    assert response["Strict-Transport-Security"] == "max-age=31536000"
    assert "Strict-Transport-Security" not in editor_client.get("/models/")


TEMPLATE_ROOT = Path(airegister.__file__).parent
INLINE = [
    (re.compile(r"\sstyle\s*=", re.I), "a style attribute"),
    (re.compile(r"<style[\s>]", re.I), "a <style> element"),
    (re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I), "an inline <script>"),
    (re.compile(r"\son[a-z]+\s*=\s*[\"']", re.I), "an inline event handler"),
    (re.compile(r"javascript:", re.I), "a javascript: URL"),
]


def templates():
    """Every app's templates and the project's own (templates/: DRF's browsable API)."""
    return sorted({*TEMPLATE_ROOT.glob("*/templates/**/*.html"), *TEMPLATE_ROOT.glob("templates/**/*.html")})


def test_no_template_has_inline_script_or_style():
    """The CSP refuses them; the browser test (tests/browser/test_csp.py) sees the pages themselves."""
    found = []
    for path in templates():
        text = path.read_text()
        if path.name == "dossier.html":
            # The PDF's copy of the stylesheet (never sent to a browser: {% if for_pdf %}).
            text = re.sub(r"\{% if for_pdf %\}<style>.*?</style>", "", text)
        for pattern, what in INLINE:
            for match in pattern.finditer(text):
                found.append(f"{path.relative_to(TEMPLATE_ROOT)}: {what}: {match.group(0)!r}")
    assert not found, "\n".join(found)


def test_the_dossier_page_links_its_stylesheet_and_the_pdf_inlines_it(catalog, editor_client):
    page = editor_client.get("/models/claude-3-7-sonnet/dossier/").content.decode()
    assert "<style" not in page and 'href="/reports/dossier.css"' in page
    css = editor_client.get("/reports/dossier.css")
    assert css.status_code == 200 and css["Content-Type"].startswith("text/css") and b".sheet" in css.content


# --- CSRF -----------------------------------------------------------------------------------------------------------

FORM = re.compile(r"<form\b[^>]*>.*?</form>", re.I | re.S)


def test_every_post_form_in_every_template_carries_the_csrf_token():
    missing, seen = [], 0
    for path in templates():
        for form in FORM.findall(path.read_text()):
            opening = form[: form.index(">") + 1]
            if not re.search(r"method\s*=\s*[\"']?post", opening, re.I):
                continue
            seen += 1
            if "{% csrf_token %}" not in form:
                missing.append(f"{path.relative_to(TEMPLATE_ROOT)}: {opening}")
    assert seen >= 10  # the walk found the register's forms
    assert not missing, "\n".join(missing)


def test_a_post_without_the_csrf_token_is_refused(editor, user_password):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/login/", {"username": editor.username, "password": user_password})
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


# --- Session rotation -----------------------------------------------------------------------------------------------


def test_sign_in_rotates_the_session(settings, editor, user_password):
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.db"
    client = Client()
    session = client.session
    session["seen"] = True
    session.save()
    before = session.session_key
    client.cookies[settings.SESSION_COOKIE_NAME] = before

    assert sign_in(client, editor.username, user_password).status_code == 302
    after = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert after != before
    assert not Session.objects.filter(session_key=before).exists()  # the old key is gone, not upgraded
    assert Session.objects.get(session_key=after).get_decoded()["_auth_user_id"] == str(editor.pk)


def test_sign_in_rotates_the_signed_cookie_session(settings, editor, user_password):
    assert settings.SESSION_ENGINE == "airegister.core.sessions"  # signed cookies, verified ones remembered
    client = Client()
    client.get("/login/")
    session = client.session
    session["seen"] = True
    session.save()
    before = session.session_key
    client.cookies[settings.SESSION_COOKIE_NAME] = before
    assert sign_in(client, editor.username, user_password).status_code == 302
    assert client.cookies[settings.SESSION_COOKIE_NAME].value != before
    # The pre-sign-in cookie, replayed, is still anonymous.
    replay = Client()
    replay.cookies[settings.SESSION_COOKIE_NAME] = before
    assert replay.get("/dashboard/").status_code == 302


# --- Secrets never in logs ------------------------------------------------------------------------------------------


def test_redaction_of_headers_tokens_passwords_and_the_secret_key(settings):
    token = "a1" * 64
    text = redact(
        f"Authorization: Token {token} {{'HTTP_AUTHORIZATION': 'Bearer abcdefghijklmnopqrstuv'}} "
        f"password=hunter22&username=bob {{\"password\": \"s3cret\"}} key {settings.SECRET_KEY} bare {token}"
    )
    for secret in (token, "abcdefghijklmnopqrstuv", "hunter22", "s3cret", settings.SECRET_KEY):
        assert secret not in text
    assert "username=bob" in text and text.count(REDACTED) >= 5


@pytest.fixture
def console_log():
    """What the console handler (settings.LOGGING, with its redaction filter) writes, at every level."""
    root = logging.getLogger()
    handler = next(h for h in root.handlers if any(isinstance(f, RedactSecretsFilter) for f in h.filters))
    stream = io.StringIO()
    # The stream is swapped, not set with setStream(): that flushes the old one, which an earlier test's output
    # capture may have closed already (the handler keeps the stderr it was configured with).
    old_stream, old_level = handler.stream, root.level
    handler.stream = stream
    root.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        handler.stream = old_stream
        root.setLevel(old_level)


def test_a_request_with_a_token_and_a_failed_login_leave_no_secret_in_the_log(catalog, editor, console_log, settings):
    _, raw = create_token(editor, "ci")
    client = Client()
    assert client.get("/api/catalog/models/", HTTP_AUTHORIZATION=f"Token {raw}").status_code == 200
    assert client.get("/api/no-such-endpoint/", HTTP_AUTHORIZATION=f"Token {raw}").status_code == 404
    wrong = "wrong-horse-battery-9"
    for _ in range(10):
        sign_in(client, editor.username, wrong)
    # A library that logs a request's headers or a form, as some do at DEBUG.
    logging.getLogger("somelibrary").warning("headers %s", {"HTTP_AUTHORIZATION": f"Token {raw}"})
    logging.getLogger("somelibrary").warning("form password=%s key=%s", wrong, settings.SECRET_KEY)
    try:
        raise ValueError(f"token {raw} refused")
    except ValueError:
        logging.getLogger("somelibrary").exception("failed")

    log = console_log.getvalue()
    assert "Not Found: /api/no-such-endpoint/" in log  # django.request's line was captured
    assert "lock" in log.lower() and editor.username in log  # axes' lockout line too
    assert log.count(REDACTED) >= 4
    for secret in (raw, wrong, settings.SECRET_KEY):
        assert secret not in log


# --- Upload limits --------------------------------------------------------------------------------------------------


def test_a_body_over_the_upload_limit_gets_a_clear_400_page_and_stores_nothing(settings, editor_client):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    response = editor_client.post("/login/", {"username": "x" * 4096, "password": "y"})
    assert response.status_code == 400
    assert "<header class=\"topbar\">" in response.content.decode()


def test_an_api_body_over_the_upload_limit_gets_a_json_400(settings, editor_client):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    response = editor_client.post(
        "/api/catalog/vendors/", data='{"name": "' + "x" * 4096 + '"}', content_type="application/json"
    )
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
