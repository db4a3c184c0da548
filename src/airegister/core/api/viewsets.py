"""Shared API behaviour, so that each app's viewsets are a few declarative lines (after NetBox).

Writes are attributed in the change log to the API user (token authentication happens in the view, after
the request middleware has opened its change context, so the view opens its own), may carry a message in
the `X-Change-Message` header, and use optimistic concurrency: every response for one record carries an
`ETag` derived from its `last_updated` (the version the forms' and the admin's stale-edit check compare); a
PUT, PATCH or DELETE whose `If-Match` names an older version fails its precondition (412) and changes
nothing; one without `If-Match` whose body names an older `last_updated` is refused with 409, as the forms
refuse a stale edit.
"""

import contextlib
import hashlib
import json
from datetime import datetime

from django.db import transaction
from rest_framework import status, viewsets
from rest_framework.exceptions import APIException, ValidationError

from ..context import change_context, current_change_context
from ..filtersets import SearchFilterSet
from ..models import ConcurrentEditError
from .filters import filter_for_path

CHANGE_MESSAGE_HEADER = "X-Change-Message"


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = (
        "The record changed since the version named in If-Match; nothing was changed. "
        "Read it again (its ETag is the current version) and re-apply your change."
    )
    default_code = "precondition_failed"


def etag_for(instance) -> str:
    return f'"{instance.last_updated.isoformat()}"'


def content_etag(data) -> str:
    """The ETag of a record without a version (`last_updated`): a digest of what the client reads, so it changes
    whenever the representation does (a proposed fact decided, a flag linked) and never otherwise."""
    text = json.dumps(data, sort_keys=True, default=str, separators=(",", ":"))
    return f'"sha256-{hashlib.sha256(text.encode()).hexdigest()[:32]}"'


def parse_version(value, source: str) -> datetime | None:
    """A version named by a client (ETag or `last_updated`), or None for "any version" (`*`)."""
    if value in (None, "", "*"):
        return None
    text = str(value).strip()
    if text.startswith("W/"):
        text = text[2:]
    text = text.strip('"')
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError({source: f"“{value}” is not a version this API issued (an ETag)."}) from exc
    if parsed.tzinfo is None:
        raise ValidationError({source: "The version needs its time zone, as sent in the ETag."})
    return parsed


def make_filterset(model_class, search_fields=(), /, **filters):
    """A FilterSet with `q` (search over `search_fields`) and exact filters, e.g. vendor="vendor__slug", each
    typed as its model field is (a value of the wrong type answers 400 naming the parameter).

    For records the UI has no list of their own; the main lists use the FilterSets of each app's filtersets.py.
    """
    attrs = {name: filter_for_path(SearchFilterSet, model_class, path) for name, path in filters.items()}
    attrs["search_fields"] = tuple(search_fields)
    attrs["Meta"] = type("Meta", (), {"model": model_class, "fields": ["q", *filters]})
    return type(f"{model_class.__name__}APIFilterSet", (SearchFilterSet,), attrs)


class RegisterViewSetMixin:
    """Slug lookup where the model has a slug, the id otherwise."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        queryset = cls.__dict__.get("queryset")
        if queryset is not None and "lookup_field" not in cls.__dict__:
            has_slug = any(f.name == "slug" for f in queryset.model._meta.fields)
            cls.lookup_field = "slug" if has_slug else "pk"

    def retrieve(self, request, *args, **kwargs):
        response = super().retrieve(request, *args, **kwargs)
        instance = getattr(self, "_retrieved", None)
        if instance is not None and hasattr(instance, "last_updated"):
            response["ETag"] = etag_for(instance)
        elif response.status_code == 200:
            response["ETag"] = content_etag(response.data)
        return response

    def get_object(self):
        self._retrieved = super().get_object()
        return self._retrieved


class ReadOnlyRegisterViewSet(RegisterViewSetMixin, viewsets.ReadOnlyModelViewSet):
    pass


class RegisterModelViewSet(RegisterViewSetMixin, viewsets.ModelViewSet):
    """Create/read/update/delete, change-logged, with optimistic concurrency."""

    @contextlib.contextmanager
    def attributed(self):
        """One transaction, with every change attributed to the API user (and the request's id)."""
        outer = current_change_context()
        message = self.request.headers.get(CHANGE_MESSAGE_HEADER, "")
        with transaction.atomic(), change_context(user=self.request.user, message=message) as ctx:
            ctx.request_id = outer.request_id
            yield ctx

    def expected_version(self):
        """The version the client says it is editing (If-Match, else `last_updated` in the body)."""
        if_match = self.if_match()
        if if_match:
            return parse_version(if_match, "If-Match")
        body = self.request.data if isinstance(self.request.data, dict) else {}
        return parse_version(body.get("last_updated"), "last_updated")

    def if_match(self) -> str:
        return self.request.headers.get("If-Match", "").strip()

    @contextlib.contextmanager
    def precondition(self):
        """A stale version named in If-Match is a failed precondition (412), as HTTP says; one named in the
        body is the 409 conflict the forms give. Checked by the save itself, under a row lock."""
        try:
            yield
        except ConcurrentEditError as exc:
            if self.if_match() not in ("", "*"):
                raise PreconditionFailed() from exc
            raise

    def get_serializer_context(self):
        context = super().get_serializer_context()
        fake = getattr(self, "swagger_fake_view", False)  # schema generation: no real request
        if not fake and self.request is not None and self.request.method in ("PUT", "PATCH"):
            context["expected_last_updated"] = self.expected_version()
        return context

    def perform_create(self, serializer):
        with self.attributed():
            self._saved_instance = serializer.save()

    def perform_update(self, serializer):
        with self.precondition(), self.attributed():
            self._saved_instance = serializer.save()

    def perform_destroy(self, instance):
        expected = self.expected_version()
        with self.precondition(), self.attributed():
            if expected is not None:
                current = (
                    type(instance)._base_manager.select_for_update()
                    .filter(pk=instance.pk)
                    .order_by()  # no outer join from Meta.ordering: PostgreSQL cannot lock one
                    .values_list("last_updated", flat=True)
                    .first()
                )
                if current != expected:
                    raise ConcurrentEditError(instance)
            instance.delete()

    def create(self, request, *args, **kwargs):
        response = super().create(request, *args, **kwargs)
        self._set_etag(response)
        return response

    def check_if_match(self, instance):
        """Evaluated before the body, as HTTP orders it: a stale If-Match is 412 even when the body is bad (or
        an action's own checks would refuse it). The save checks again, under a row lock."""
        if self.if_match() not in ("", "*") and instance.last_updated != self.expected_version():
            raise PreconditionFailed()

    def update(self, request, *args, **kwargs):
        self.check_if_match(self.get_object())
        response = super().update(request, *args, **kwargs)
        self._set_etag(response)
        return response

    def _set_etag(self, response):
        instance = getattr(self, "_saved_instance", None)
        if instance is not None:
            response["ETag"] = etag_for(instance)
