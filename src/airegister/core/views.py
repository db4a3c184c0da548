"""Sign-in, error pages, and the generic read views every app's pages are built from (after NetBox's generic views).

- ObjectView: one record by slug (404 in the site's look for an unknown slug).
- ObjectListView: a filterable, sortable, paginated django-tables2 table.
- ObjectHistoryView: the change log of one record, newest first, each change with its diff.
"""

import functools
import logging
from functools import reduce
from operator import or_

from django import forms
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.db.migrations.loader import MigrationLoader
from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.views.generic import View
from django_tables2 import RequestConfig
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularSwaggerSplitView

from .changelog import label_changes
from .export import csv_response, wants_csv
from .forms import APITokenForm, ObjectChangeFilterForm
from .models import ObjectChange
from .tables import ObjectChangeTable
from .tokens import create_token, manages_all_tokens, revoke_token, tokens_visible_to

logger = logging.getLogger(__name__)

PAGE_SIZE = 50
API_PREFIX = "/api/"


class LoginView(auth_views.LoginView):
    template_name = "core/login.html"
    redirect_authenticated_user = True
    # The catalog is the home page; named explicitly so sign-in never depends on a root URL name.
    next_page = "/"


class LogoutView(auth_views.LogoutView):
    """Signing out is a POST (a link must not sign anyone out); a GET shows the confirmation form.

    The top bar links here instead of carrying a sign-out form: read pages then hold no CSRF token, so a cached
    page is the same bytes for every reader of a role (core/pagecache.py) and a hit masks no token."""

    next_page = "/"
    template_name = "core/logout.html"
    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect(self.next_page)
        return render(request, self.template_name)


def _error(request, status, title, message):
    if request.path.startswith(API_PREFIX):
        # An API client gets JSON for every error, as from the API's own views (core/api/exceptions.py).
        return JsonResponse({"detail": f"{title}: {message}"}, status=status)
    return render(request, "core/error.html", {"status": status, "title": title, "message": message}, status=status)


def page_not_found(request, exception=None):
    return _error(
        request, 404, "Not found", "There is no such page in the register. It may have been renamed or removed."
    )


def permission_denied(request, exception=None):
    return _error(
        request, 403, "Not allowed", "Your role does not allow this. Ask an administrator for the editor role."
    )


def bad_request(request, exception=None):
    return _error(request, 400, "Bad request", "The request could not be understood.")


def server_error(request):
    return _error(
        request, 500, "Something went wrong", "The error has been logged. Nothing you entered was partly stored."
    )


# --- change history -------------------------------------------------------------------------------------------


def changes_for(*objects, extra: Q | None = None):
    """Every change of the given records, and of the records whose changes belong to them (their facts).

    `extra` adds any further condition (e.g. the channels a model's terms are on). One query, newest first.
    """
    conditions = []
    for obj in objects:
        if obj is None:
            continue
        ct = ContentType.objects.get_for_model(obj)
        conditions.append(Q(changed_object_type=ct, changed_object_id=obj.pk))
        conditions.append(Q(related_object_type=ct, related_object_id=obj.pk))
    if extra is not None:
        conditions.append(extra)
    if not conditions:
        return ObjectChange.objects.none()
    return ObjectChange.objects.filter(reduce(or_, conditions)).select_related("changed_object_type")


def changes_of_type(model, pks):
    """Condition for changes of the records of `model` with the given primary keys."""
    return Q(changed_object_type=ContentType.objects.get_for_model(model), changed_object_id__in=pks)


def paginate(request, queryset, per_page=PAGE_SIZE):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def use_checkboxes(form):
    """Short fixed choice lists (tiers, statuses) read better as checkboxes than as a multi-select box, and a
    yes/no filter better as "Any / Yes / No" than Django's "Unknown / Yes / No"."""
    for field in form.fields.values():
        if isinstance(field, forms.MultipleChoiceField) and not isinstance(field, forms.ModelMultipleChoiceField):
            field.widget = forms.CheckboxSelectMultiple(choices=field.choices)
        elif isinstance(field, forms.NullBooleanField):
            field.widget = forms.Select(choices=[("", "Any"), ("true", "Yes"), ("false", "No")])


# --- generic views --------------------------------------------------------------------------------------------


class ObjectView(View):
    """One record, looked up by slug. Subclasses set `queryset` and `template_name` and add context."""

    queryset = None
    template_name = None
    slug_field = "slug"

    def get_object(self, slug):
        return get_object_or_404(self.queryset, **{self.slug_field: slug})

    def get_extra_context(self, request, obj) -> dict:
        return {}

    def get(self, request, slug):
        obj = self.get_object(slug)
        context = {"object": obj, **self.get_extra_context(request, obj)}
        return render(request, self.template_name, context)


class ObjectListView(View):
    """A table of records with the app's filterset (side bar + `q` search), sorting and pagination."""

    queryset = None
    filterset = None
    table = None
    template_name = "core/object_list.html"
    title = ""
    lead = ""
    export_name = ""  # the CSV file's name (`?export=csv`); the title's words by default

    def get_queryset(self, request):
        return self.queryset.all()

    def get(self, request):
        queryset = self.get_queryset(request)
        filterset = None
        if self.filterset is not None:
            filterset = self.filterset(request.GET, queryset=queryset, request=request)
            use_checkboxes(filterset.form)
            queryset = filterset.qs if filterset.is_valid() else queryset.none()
        table = self.table(queryset)
        if wants_csv(request):
            return table_csv(request, table, self.export_name or slugify(self.title))
        RequestConfig(request, paginate={"per_page": PAGE_SIZE}).configure(table)
        context = {"table": table, "filterset": filterset, "title": self.title, "lead": self.lead}
        return render(request, self.template_name, context)


def table_csv(request, table, name):
    """The whole filtered table, in the order the page's `sort` asks for, as CSV (core/export.py)."""
    RequestConfig(request, paginate=False).configure(table)
    return csv_response(table, name)


class ObjectHistoryView(ObjectView):
    """The change log of one record (its own changes and those of the facts it holds), newest first."""

    template_name = "core/object_history.html"

    def get_changes(self, obj):
        return changes_for(obj)

    def get(self, request, slug):
        obj = self.get_object(slug)
        page = paginate(request, self.get_changes(obj))
        changes = label_changes(page.object_list)
        return render(request, self.template_name, {"object": obj, "page": page, "changes": changes})


class ObjectChangeListView(View):
    """Every change of the register, filterable by record type, user and action."""

    def get(self, request):
        form = ObjectChangeFilterForm(request.GET or None)
        queryset = ObjectChange.objects.select_related("changed_object_type")
        if form.is_valid():
            queryset = form.filter(queryset)
        table = ObjectChangeTable(queryset)
        if wants_csv(request):
            return table_csv(request, table, "changes")
        RequestConfig(request, paginate={"per_page": PAGE_SIZE}).configure(table)
        return render(request, "core/objectchange_list.html", {"table": table, "form": form})


class ObjectChangeView(View):
    """One change: who, when, why, and the field-by-field difference."""

    def get(self, request, pk):
        change = get_object_or_404(ObjectChange.objects.select_related("changed_object_type", "user"), pk=pk)
        obj = change.changed_object  # None once the record is deleted
        siblings = []
        if change.request_id:
            siblings = list(
                ObjectChange.objects.filter(request_id=change.request_id).exclude(pk=change.pk)
                .select_related("changed_object_type")[:20]
            )
        context = {
            "change": change,
            "object_url": getattr(obj, "get_absolute_url", lambda: "")() if obj is not None else "",
            "siblings": siblings,
        }
        return render(request, "core/objectchange.html", context)


# --- API documentation ----------------------------------------------------------------------------------------


class APIDocsView(SpectacularSwaggerSplitView):
    """Swagger UI in the register's page (top bar, title), from the sidecar's static files: works air-gapped.

    The split view serves its start-up script from `?script` rather than inline, so the page needs no inline
    script (a Content-Security-Policy without 'unsafe-inline' keeps it working).
    """

    template_name = "core/api_docs.html"
    url_name = "api-schema"
    title = "API"

    @extend_schema(exclude=True)  # the page itself is not an API operation
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if request.GET.get("script") is None:
            response.data["schema_url"] = self._get_schema_url(request)
        return response


# --- health ---------------------------------------------------------------------------------------------------


@functools.cache
def _migrations_on_disk():
    """Every migration the code has, read once from the migration files (no query): {(app, name): replaces}.

    A squashed migration counts as applied when it is recorded itself or every migration it replaces is.
    """
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return {key: tuple(loader.graph.nodes[key].replaces or ()) for key in loader.graph.nodes}


def health(request):
    """`/health/` for load balancers: 200 when the database answers and every migration is applied, else 503.

    One query (the applied migrations), no template, no session, no sign-in. Served by `HealthCheckMiddleware`
    ahead of the host check, so a probe addressing the server by IP is answered too.
    """
    if request.method not in ("GET", "HEAD"):
        return JsonResponse({"detail": "Method not allowed."}, status=405, headers={"Allow": "GET, HEAD"})
    database, migrations, pending = "ok", "unknown", None
    try:
        connection.ensure_connection()
    except DatabaseError as exc:
        logger.warning("health: database unreachable: %s", exc)
        database = "unreachable"
    else:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT app, name FROM django_migrations")
                applied = set(cursor.fetchall())
        except DatabaseError as exc:
            # No table of applied migrations: a database `airegister migrate` has never run on.
            logger.warning("health: applied migrations unreadable: %s", exc)
            migrations = "not applied"
        else:
            pending = sum(
                1
                for key, replaces in _migrations_on_disk().items()
                if key not in applied and not (replaces and all(r in applied for r in replaces))
            )
            migrations = "pending" if pending else "ok"
    ok = database == "ok" and migrations == "ok"
    body = {"status": "ok" if ok else "unavailable", "database": database, "migrations": migrations}
    if pending:
        body["pending_migrations"] = pending
    return JsonResponse(body, status=200 if ok else 503, headers={"Cache-Control": "no-store"})


class APITokenView(LoginRequiredMixin, View):
    """Your API tokens (an admin: everyone's): create one (shown once, in this response only), list, revoke."""

    template_name = "core/tokens.html"

    def get(self, request, form=None, created=None, status=200):
        tokens = tokens_visible_to(request.user)
        context = {
            "form": form or APITokenForm(),
            "tokens": tokens,
            "created": created,
            "all_users": manages_all_tokens(request.user),
        }
        return render(request, self.template_name, context, status=status)

    def post(self, request):
        form = APITokenForm(request.POST)
        if not form.is_valid():
            return self.get(request, form=form, status=400)
        try:
            token, raw = create_token(request.user, form.cleaned_data["name"], form.cleaned_data["expires"])
        except ValidationError as exc:
            for field, messages in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, messages)
            return self.get(request, form=form, status=400)
        return self.get(request, created={"token": token, "raw": raw})


class APITokenRevokeView(LoginRequiredMixin, View):
    def post(self, request, pk):
        revoke_token(get_object_or_404(tokens_visible_to(request.user), pk=pk))
        return redirect("core:token_list")
