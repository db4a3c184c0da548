"""Which records an export holds, and how each field is written to a file and read back.

Generic over the models, so a record type added to an app is exported without a change here. Every record
keeps its id (history and assessments point at records by id), and is written in its model's field order.
A reference is written by the natural key a person reads where there is one — a slug, a username, a group
or permission name, "app_label.model" for a record type — and by id otherwise.
"""

import datetime
import decimal
import uuid

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models

# Apps whose records are the catalog: what one team shares with another (`export --catalog-only`).
CATALOG_APPS = ("sources", "catalog")
# Created by `migrate` in every database; an import replaces them instead of refusing the database.
SEEDED_BY_MIGRATIONS = ("governance.ReviewInterval",)
# Credentials are never carried: a restored register issues new API tokens (their digests stay where they were).
# Secrets (tokens, webhook endpoints with their signing secrets) and the webhooks' delivery log stay behind.
# The change sequence is bookkeeping the writes of an import advance themselves (core/sequence.py).
NOT_EXPORTED = ("core.APIToken", "core.ChangeSequence", "webhooks.WebhookEndpoint", "webhooks.WebhookDelivery")


class Problem(Exception):
    """One field of one record cannot be read; the message names the field and the value."""


def exported_models(catalog_only: bool = False) -> list[type[models.Model]]:
    """The record types of an export, each after the types it points at (so a reader meets a vendor first)."""
    chosen = [
        m
        for m in apps.get_models()
        if m.__module__.startswith("airegister.")
        and not m._meta.proxy
        and m._meta.label not in NOT_EXPORTED
        and (not catalog_only or m._meta.app_label in CATALOG_APPS)
    ]
    if not catalog_only:
        chosen.insert(0, apps.get_model("auth", "User"))
    ordered: list = []

    def visit(model, trail=()):
        if model in ordered or model in trail:
            return
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model in chosen and field.related_model is not model:
                visit(field.related_model, (*trail, model))
        ordered.append(model)

    for model in sorted(chosen, key=lambda m: m._meta.label):
        visit(model)
    return ordered


def key_field(model) -> str | None:
    """The field that names a record in file names and references: its unique slug or username."""
    for name in ("slug", "username"):
        try:
            field = model._meta.get_field(name)
        except Exception:  # noqa: BLE001 - FieldDoesNotExist: the model has no such field
            continue
        if field.unique:
            return name
    return None


def folder(model) -> str:
    return f"{model._meta.app_label}/{model._meta.model_name}"


def written_fields(model, catalog_only: bool) -> list:
    fields = [f for f in model._meta.concrete_fields]
    if catalog_only:
        # A catalog shared with another team names none of this team's accounts.
        fields = [f for f in fields if not (f.is_relation and f.related_model._meta.label == "auth.User")]
    return fields


def m2m_fields(model, catalog_only: bool) -> list:
    fields = [f for f in model._meta.many_to_many if f.remote_field.through._meta.auto_created]
    if model._meta.label == "auth.User" and catalog_only:
        return []
    return fields


def sorted_json(value):
    """JSON with its object keys sorted: PostgreSQL's jsonb keeps no key order, so only a sorted one is stable."""
    if isinstance(value, dict):
        return {k: sorted_json(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [sorted_json(v) for v in value]
    return value


def reference_name(model, pk, keys: dict) -> object:
    """What a reference to the record `pk` of `model` is written as."""
    if model is ContentType:
        ct = ContentType.objects.get_for_id(pk)
        return f"{ct.app_label}.{ct.model}"
    if model is Permission:
        perm = Permission.objects.select_related("content_type").get(pk=pk)
        return f"{perm.content_type.app_label}.{perm.codename}"
    if model is Group:
        return Group.objects.get(pk=pk).name
    return keys.get(model, {}).get(pk, pk)


def encode(field, value, keys: dict):
    """A field's value as it is written: plain YAML/JSON scalars, lists and mappings."""
    if value is None:
        return None
    if field.is_relation:
        return reference_name(field.related_model, value, keys)
    if isinstance(field, models.JSONField):
        return sorted_json(value)
    if isinstance(field, models.FileField):
        return value.name or ""
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time, uuid.UUID, decimal.Decimal)):
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    return value


def decode_reference(model, value, ids: dict):
    """The id a written reference names, or a Problem saying which record is unknown."""
    name = model._meta.verbose_name
    if model is ContentType:
        app_label, _, model_name = str(value).partition(".")
        try:
            return ContentType.objects.get_by_natural_key(app_label, model_name).pk
        except ContentType.DoesNotExist:
            raise Problem(f"unknown record type {value!r}") from None
    if model is Permission:
        app_label, _, codename = str(value).partition(".")
        pk = Permission.objects.filter(content_type__app_label=app_label, codename=codename).values_list(
            "pk", flat=True
        ).first()
        if pk is None:
            raise Problem(f"unknown permission {value!r}")
        return pk
    if model is Group:
        pk = Group.objects.filter(name=value).values_list("pk", flat=True).first()
        if pk is None:
            raise Problem(f"unknown group {value!r}")
        return pk
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise Problem(f"expected the slug, name or id of a {name}, got {value!r}")
    known = ids.get(model)
    if known is None:
        raise Problem(f"{name} {value!r} is not part of this export")
    if value in known:
        return known[value]
    raise Problem(f"unknown {name} {value!r}")


def decode(field, value, ids: dict):
    """The Python value of a written field, checked as the model's field checks it."""
    if value is None:
        if not field.null:
            raise Problem("may not be empty (null)")
        return None
    if field.is_relation:
        return decode_reference(field.related_model, value, ids)
    if isinstance(field, models.FileField):
        if not isinstance(value, str):
            raise Problem(f"expected a file name, got {value!r}")
        return value
    if isinstance(field, models.JSONField):
        return value
    try:
        python = field.to_python(value)
    except ValidationError as exc:
        raise Problem(f"invalid value {value!r}: {' '.join(exc.messages)}") from None
    if field.choices and python not in field.empty_values:
        valid = {str(k) for k, _ in field.flatchoices}
        if str(python) not in valid:
            raise Problem(f"unknown value {value!r}")
    if python not in field.empty_values:
        try:
            field.run_validators(python)
        except ValidationError as exc:
            raise Problem(f"invalid value {value!r}: {' '.join(exc.messages)}") from None
    return python
