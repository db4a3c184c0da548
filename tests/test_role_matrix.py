"""Who may do what, over every API operation and every page: a role × endpoint matrix.

The routes are found by walking the URL configuration, so a new endpoint or page is covered as soon as it
exists, and the classification tests fail until it is stated below who may write through it. Each route is
requested with every method it could be sent (API: GET, POST, PUT, PATCH, DELETE; pages: GET and POST) by each
kind of visitor, with reading closed to anonymous visitors (ANONYMOUS_READ off) unless said otherwise:

- anonymous: 401 with a JSON body on the API, a redirect to the sign-in page on every page;
- anonymous in demo mode (reading open): reads, and writes nothing (401 or 403 on the API, sign-in or 403 on pages);
- viewer: reads; 403 on every write;
- editor, admin: write where their role may (anything but 401/403/405), 403 where it may not.

No records are made: the paths name records that do not exist, so a write that passes the permission check
answers 404 (or 400 for a body that is not a record) and changes nothing, and the matrix stays fast. No answer
may be a server error.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter
from rest_framework.test import APIClient

from airegister.core.choices import RoleChoices
from airegister.core.models import ObjectChange
from airegister.core.roles import assign_role
from airegister.core.testing.api import api_token

ANONYMOUS, DEMO = "anonymous", "anonymous-demo"
VISITORS = [ANONYMOUS, DEMO, RoleChoices.VIEWER, RoleChoices.EDITOR, RoleChoices.ADMIN]
RANK = {RoleChoices.VIEWER: 1, RoleChoices.EDITOR: 2, RoleChoices.ADMIN: 3}
READ = "read"  # nobody writes through it (the API: 403 or 405 to every write)
QUERY = "query"  # a POST that only reads (a requirement check): whoever may read may send it
USER = "user"  # any signed-in user, for their own things (their API tokens)
EDITOR, ADMIN = RoleChoices.EDITOR, RoleChoices.ADMIN

# Who may write through each API route (by URL name, without the leading "api:").
API_WRITERS = {
    "root": READ,
    "core-api:api-root": READ,
    "core-api:objectchange-list": READ,
    "core-api:objectchange-detail": READ,
    "profiles-api:model-profile": READ,
    "catalog-api:api-root": READ,
    **{
        f"catalog-api:{name}-{kind}": EDITOR
        for name in ("vendor", "model", "channel", "attribute", "term", "certification", "use-restriction",
                     "safety-document", "safety-evaluation", "flag", "availability", "continuity-link")
        for kind in ("list", "detail")
    },
    "catalog-api:vendor-transparency": READ,
    "governance-api:api-root": READ,
    "governance-api:framework-list": READ,
    "governance-api:framework-detail": READ,
    "governance-api:frameworkclause-list": READ,
    "governance-api:frameworkclause-detail": READ,
    "governance-api:assessment-list": EDITOR,
    "governance-api:assessment-detail": EDITOR,
    "governance-api:assessment-complete": EDITOR,
    "governance-api:assessment-sign-off": EDITOR,
    "governance-api:control-list": EDITOR,
    "governance-api:control-detail": EDITOR,
    "governance-api:playbook-list": EDITOR,
    "governance-api:playbook-detail": EDITOR,
    "sources-api:api-root": READ,
    "sources-api:document-list": EDITOR,
    "sources-api:document-detail": EDITOR,
    "sources-api:snapshot-list": READ,
    "sources-api:snapshot-detail": READ,
    "sources-api:snapshot-create-model": EDITOR,
    "sources-api:proposed-fact-list": READ,
    "sources-api:proposed-fact-detail": READ,
    "sources-api:proposed-fact-accept": EDITOR,
    "sources-api:proposed-fact-reject": EDITOR,
    "sources-api:fact-change-list": READ,
    "sources-api:fact-change-detail": READ,
    "usecases-api:api-root": READ,
    "usecases-api:continuity": READ,
    "usecases-api:use-case-list": EDITOR,
    "usecases-api:use-case-import-csv": EDITOR,
    "usecases-api:use-case-detail": EDITOR,
    "usecases-api:use-case-check": READ,
    "usecases-api:data-class-list": ADMIN,
    "usecases-api:data-class-detail": ADMIN,
    "usecases-api:region-list": ADMIN,
    "usecases-api:region-detail": ADMIN,
    "requirements-api:api-root": READ,
    "requirements-api:check": QUERY,
    "requirements-api:profile-list": ADMIN,
    "requirements-api:profile-detail": ADMIN,
    "requirements-api:rule-list": ADMIN,
    "requirements-api:rule-detail": ADMIN,
    "requirements-api:version-list": READ,
    "requirements-api:version-detail": READ,
    "webhooks-api:api-root": READ,
    "webhooks-api:endpoint-list": ADMIN,
    "webhooks-api:endpoint-detail": ADMIN,
    "webhooks-api:delivery-list": READ,
    "webhooks-api:delivery-detail": READ,
}

# Who may POST to each page (a page nobody posts to answers 405, or 403 to a role that may not).
PAGE_WRITERS = {
    "home": READ,
    "core:objectchange_list": READ,
    "core:objectchange": READ,
    "core:token_list": USER,
    "core:token_revoke": USER,
    "profiles:compare": READ,
    "profiles:model": READ,
    "catalog:home": READ,
    "catalog:model_list": READ,
    "catalog:model_history": READ,
    "catalog:retirements": READ,
    "catalog:vendor_list": READ,
    "catalog:vendor": READ,
    "catalog:vendor_transparency": READ,
    "catalog:vendor_history": READ,
    "catalog:channel_list": READ,
    "catalog:channel": READ,
    "catalog:channel_history": READ,
    "governance:control_list": READ,
    "governance:control": READ,
    "governance:control_history": READ,
    "governance:playbook_list": READ,
    "governance:playbook": READ,
    "governance:playbook_history": READ,
    "governance:framework_list": READ,
    "governance:framework": READ,
    "governance:framework_history": READ,
    "governance:assessment_list": READ,
    "governance:assessment_start": EDITOR,
    "governance:assessment": READ,
    "governance:assessment_edit": EDITOR,
    "governance:assessment_sign_off": EDITOR,
    "governance:assessment_history": READ,
    "governance:evidence_download": READ,
    "governance:reviews_due": READ,
    "sources:sourcedocument_list": READ,
    "sources:sourcedocument": READ,
    "sources:sourcedocument_history": READ,
    "sources:sourcedocument_changes": READ,
    "sources:snapshot": READ,
    "sources:snapshot_accept_model": EDITOR,
    "sources:snapshot_link_model": EDITOR,
    "sources:snapshot_new_model": EDITOR,
    "sources:proposedfact_list": READ,
    "sources:proposedfact_accept": EDITOR,
    "sources:proposedfact_reject": EDITOR,
    "sources:model_changes": READ,
    "usecases:usecase_list": READ,
    "usecases:usecase_add": EDITOR,
    "usecases:usecase_import": EDITOR,
    "usecases:usecase": READ,
    "usecases:usecase_edit": EDITOR,
    "usecases:usecase_delete": EDITOR,
    "usecases:usecase_review": EDITOR,
    "usecases:usecase_history": READ,
    "usecases:vocabulary": READ,
    "usecases:continuity": READ,
    "requirements:check": READ,
    "requirements:profile_list": READ,
    "requirements:profile": READ,
    "requirements:profile_history": READ,
    "requirements:profile_version": READ,
    "dashboard:dashboard": READ,
    "reports:dossier": READ,
    "reports:dossier_pdf": READ,
    "reports:bom": READ,
    "reports:dossier_css": READ,
    "webhooks:endpoint_list": READ,
    "webhooks:endpoint": READ,
    "webhooks:endpoint_add": ADMIN,
    "webhooks:endpoint_edit": ADMIN,
    "webhooks:endpoint_test": ADMIN,
}

# Routes only administrators may even read (webhook endpoints hold signing secrets and where events go): every other
# signed-in visitor gets 403 to every method, GET too.
ADMIN_ONLY = {name for name in (*API_WRITERS, *PAGE_WRITERS) if name.startswith(("webhooks:", "webhooks-api:"))
              and not name.endswith("api-root")}

# Pages anyone may open without signing in: the sign-in page itself, the load balancer's probe, and the API's
# documentation (Swagger UI and the OpenAPI schema it reads describe the API, the same for every installation,
# and hold no record of the register).
OPEN_PAGES = {"login", "logout", "core:health", "api-docs"}
OPEN_API = {"api-schema"}
# The admin site has its own sign-in and permissions (Django's, tested in core/tests/test_admin*.py).
NOT_CLASSIFIED = re.compile(r"^admin:")
NO_SUCH_SLUG, NO_SUCH_ID = "no-such-record", 987654


def walk(patterns, prefix="", namespace="", converters=None):
    """(route, URL name, kwargs the URL needs) of every URL pattern, resolvers descended."""
    for pattern in patterns:
        found = {**(converters or {}), **kwargs_of(pattern)}
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner, found)
        else:
            yield prefix + str(pattern.pattern), namespace + (pattern.name or ""), found


def kwargs_of(pattern) -> dict:
    converters = getattr(pattern.pattern, "converters", {})
    names = converters or pattern.pattern.regex.groupindex
    return {
        name: NO_SUCH_ID if isinstance(converters.get(name), IntConverter) or name in ("pk", "number")
        else NO_SUCH_SLUG
        for name in names
    }


def routes() -> dict[str, str]:
    """{URL name: a path to a record that does not exist}, one per URL name (a format suffix is the same route)."""
    found = {}
    for route, name, kwargs in walk(get_resolver().url_patterns):
        if "format" in kwargs or NOT_CLASSIFIED.match(name) or name in found:
            continue
        assert name, f"{route}: a URL pattern without a name cannot be classified"
        found[name] = reverse(name, kwargs=kwargs)
    return found


ROUTES = routes()
API_ROUTES = {name.removeprefix("api:"): path for name, path in ROUTES.items() if path.startswith("/api/")}
PAGE_ROUTES = {name: path for name, path in ROUTES.items() if not path.startswith("/api/")}
API_ROUTES.pop("api-docs", None)  # a page (Swagger UI), though under /api/
PAGE_ROUTES["api-docs"] = ROUTES["api-docs"]


def test_every_api_route_is_classified():
    assert set(API_ROUTES) == set(API_WRITERS) | OPEN_API


def test_every_page_is_classified():
    assert set(PAGE_ROUTES) == set(PAGE_WRITERS) | OPEN_PAGES


def may_write(visitor, writers) -> bool:
    if writers == READ or visitor in (ANONYMOUS, DEMO):
        return False
    if writers in (QUERY, USER):
        return True
    return RANK[visitor] >= RANK[writers]


@pytest.fixture(scope="module")
def matrix_clients(django_db_setup, django_db_blocker):
    """{(visitor, api?): client}: one user of each role, with an API token for the API and a session for pages, and
    one client each, made once for the whole matrix and removed after it (every test's own writes are rolled
    back as usual). Made once because making them is most of the cost: a user's role groups, and a client's
    middleware (WhiteNoise lists every static file when a client first builds it)."""
    with django_db_blocker.unblock():
        # What the fixture commits (users, tokens and their change-log entries) outlives the tests' rollbacks: it is
        # all removed afterwards, so later tests on this worker see the database as they expect it.
        last_change = ObjectChange.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        users = {role: get_user_model().objects.create_user(username=f"matrix-{role}") for role in RANK}
        clients = {(visitor, api): APIClient() for visitor in (ANONYMOUS, *RANK) for api in (True, False)}
        for role, user in users.items():
            assign_role(user, role)
            clients[role, True].credentials(HTTP_AUTHORIZATION=f"Token {api_token(user)}")
            clients[role, False].force_login(user)
    yield clients
    with django_db_blocker.unblock():
        get_user_model().objects.filter(pk__in=[u.pk for u in users.values()]).delete()
        Group.objects.filter(name__in=list(RANK)).delete()
        ObjectChange.objects.filter(pk__gt=last_change).delete()


@pytest.fixture
def visitor_client(db, settings, matrix_clients):
    """make(visitor, api): the visitor's client, by token for the API and by session for pages."""

    def make(visitor, api):
        settings.ANONYMOUS_READ = visitor == DEMO
        return matrix_clients[ANONYMOUS if visitor == DEMO else visitor, api]

    return make


def describe(response) -> str:
    return f"{response.status_code} {response.get('Location', '')}".strip()


@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize("name", sorted(API_WRITERS))
def test_api_route(name, visitor, visitor_client):
    path, writers = API_ROUTES[name], API_WRITERS[name]
    client = visitor_client(visitor, api=True)
    failures = []
    for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
        response = getattr(client, method.lower())(path, {}, format="json") if method != "GET" else client.get(path)
        status = response.status_code
        reads = method == "GET" or (method == "POST" and writers == QUERY)
        if status >= 500:
            failures.append(f"{method}: server error {status}")
        elif name in ADMIN_ONLY and visitor in (RoleChoices.VIEWER, EDITOR):
            if status != 403:
                failures.append(f"{method}: {status}, not 403, on an administrators' route")
        elif name in ADMIN_ONLY and visitor == DEMO:
            if status not in (401, 403):
                failures.append(f"{method}: {status}, not refused, on an administrators' route")
        elif visitor == ANONYMOUS or (visitor == DEMO and not reads):
            # In demo mode a method the route does not serve may answer 405 first: nothing is written either way.
            if status not in ((401,) if visitor == ANONYMOUS else (401, 403, 405)) or not response.json().get("detail"):
                failures.append(f"{method}: {status}, not refused with a JSON body")
        elif reads:
            if status in (401, 403):
                failures.append(f"{method}: a reader is refused ({status})")
        elif may_write(visitor, writers):
            if status in (401, 403):
                failures.append(f"{method}: refused ({status}) though the role may write")
        elif writers == READ and visitor != RoleChoices.VIEWER:
            if status not in (403, 405):
                failures.append(f"{method}: {status} on a read-only route")
        elif status != 403:
            failures.append(f"{method}: {status}, not 403, for a role that may not write")
    assert failures == [], f"{visitor} on {path}: {failures}"


def is_sign_in(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize("name", sorted(PAGE_WRITERS))
def test_page(name, visitor, visitor_client):
    path, writers = PAGE_ROUTES[name], PAGE_WRITERS[name]
    client = visitor_client(visitor, api=False)
    failures = []
    # Editors and administrators see a read page as a viewer does (rendering it again would only cost time).
    methods = ("POST",) if visitor in (EDITOR, ADMIN) and writers == READ else ("GET", "POST")
    for method in methods:
        response = client.get(path) if method == "GET" else client.post(path, {})
        status = response.status_code
        if status >= 500:
            failures.append(f"{method}: server error {status}")
        elif name in ADMIN_ONLY and visitor in (RoleChoices.VIEWER, EDITOR, DEMO):
            if not (status == 403 or visitor == DEMO and is_sign_in(response)):
                failures.append(f"{method}: {describe(response)}, not refused, on an administrators' page")
        elif visitor == ANONYMOUS:
            if not is_sign_in(response):
                failures.append(f"{method}: {describe(response)}, not the sign-in page")
        elif method == "GET" and visitor == DEMO and writers == USER:
            if not is_sign_in(response):  # a user's own tokens: there is no one to show them to
                failures.append(f"GET: {describe(response)}, not the sign-in page")
        elif method == "GET":
            if is_sign_in(response) or (status == 403 and writers == READ):
                failures.append(f"GET: {describe(response)} for a reader")
        elif visitor == DEMO:
            if not (is_sign_in(response) or status in (403, 405)):
                failures.append(f"POST: {describe(response)}, not refused")
        elif may_write(visitor, writers):
            if is_sign_in(response) or status in (403, 405):
                failures.append(f"POST: {describe(response)} though the role may write")
        elif writers == READ:
            if status not in (403, 405):
                failures.append(f"POST: {describe(response)} to a page nobody posts to")
        elif status != 403:
            failures.append(f"POST: {describe(response)}, not 403, for a role that may not write")
    assert failures == [], f"{visitor} on {path}: {failures}"


@pytest.mark.parametrize("name", sorted(OPEN_PAGES - {"logout"} | OPEN_API))
def test_open_route_needs_no_account(name, visitor_client):
    client = visitor_client(ANONYMOUS, api=name in OPEN_API)
    if name not in OPEN_API:  # the schema is read without an account in core/tests/test_api_docs.py (and costs)
        assert client.get(ROUTES[name]).status_code == 200
    else:
        for method in ("post", "put", "patch", "delete"):
            assert getattr(client, method)(ROUTES[name]).status_code in (401, 403, 405), method
