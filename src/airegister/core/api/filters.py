"""Filtering and ordering for every API list: a bad value answers 400 naming its parameter, never a 500, and never
silently ignored; the schema says which values are valid.

- RegisterFilterSet: integers filter as whole numbers, booleans as true/false (not "anything else means no filter").
- RegisterFilterBackend: the FilterSets it builds from `filterset_fields` are RegisterFilterSets.
- RegisterOrderingFilter: `ordering` names only the view's `ordering_fields` (each optionally prefixed by "-",
  comma-separated); any other name is refused rather than dropped.
"""

import django_filters
from django import forms
from django.db import models
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import get_model_field
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter

TRUE_VALUES = ("true", "1")
FALSE_VALUES = ("false", "0")


class StrictNullBooleanSelect(forms.NullBooleanSelect):
    """The select the UI shows; a value it does not offer reaches the field (to be refused), not None."""

    def value_from_datadict(self, data, files, name):
        return data.get(name)


class StrictNullBooleanField(forms.NullBooleanField):
    """true/false (or 1/0); empty means "no filter"; anything else is an error, not "no filter"."""

    widget = StrictNullBooleanSelect

    def to_python(self, value):
        text = str(value).strip().lower() if value is not None else ""
        if text in ("", "none", "unknown"):
            return None
        if text in TRUE_VALUES:
            return True
        if text in FALSE_VALUES:
            return False
        raise forms.ValidationError("Give true or false.", code="invalid")

    def validate(self, value):
        pass


class IntegerFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class RegisterFilterSet(django_filters.FilterSet):
    FILTER_DEFAULTS = {
        **django_filters.FilterSet.FILTER_DEFAULTS,
        **{field: {"filter_class": IntegerFilter} for field in (
            models.AutoField, models.BigAutoField, models.SmallAutoField, models.IntegerField,
            models.BigIntegerField, models.SmallIntegerField, models.PositiveIntegerField,
            models.PositiveBigIntegerField, models.PositiveSmallIntegerField,
        )},
    }

    @classmethod
    def get_filters(cls):
        filters = super().get_filters()
        for filter_ in filters.values():
            if isinstance(filter_, django_filters.BooleanFilter):
                filter_.field_class = StrictNullBooleanField
        return filters


def filter_for_path(filterset_class, model, path: str):
    """The filter a FilterSet makes for the model field at `path` ("vendor__slug", "status", "snapshot_id"):
    typed as the field is (a whole number, one of its choices, …), so a value of the wrong type is refused."""
    field = get_model_field(model, path)
    if field is None:
        raise ValueError(f"{model.__name__} has no field {path!r} to filter on")
    if field.is_relation and not field.many_to_many:
        return IntegerFilter(field_name=path)  # the related record's id
    return filterset_class.filter_for_field(field, path)


class RegisterFilterBackend(DjangoFilterBackend):
    """An empty value filters nothing in the UI's forms; in the API a typed filter (a number, a choice, true or
    false) given an empty value is refused, as its schema says (only a text filter may be empty)."""

    filterset_base = RegisterFilterSet

    def get_filterset(self, request, queryset, view):
        filterset = super().get_filterset(request, queryset, view)
        # The view keeps it: a list may show what a filter found (the channels a model's terms matched on).
        view.filterset = filterset
        if filterset is not None:
            empty = [
                name for name, filter_ in filterset.filters.items()
                if not isinstance(filter_, django_filters.CharFilter)
                and name in request.query_params
                and not any(value.strip() for value in request.query_params.getlist(name))
            ]
            if empty:
                raise ValidationError({name: ["Give a value, or leave the parameter out."] for name in empty})
        return filterset


class RegisterOrderingFilter(OrderingFilter):
    ordering_fields = ()  # a view without `ordering_fields` cannot be ordered (not: by any serializer field)

    def get_ordering(self, request, queryset, view):
        raw = request.query_params.get(self.ordering_param)
        if raw is None or not raw.strip():
            return self.get_default_ordering(view)
        valid = {name for name, _ in self.get_valid_fields(queryset, view, {"request": request})}
        terms = [term.strip() for term in raw.split(",")]
        unknown = [term for term in terms if term.removeprefix("-") not in valid]
        if unknown:
            choices = ", ".join(sorted(valid)) or "none"
            raise ValidationError({self.ordering_param: [
                f"Cannot order by “{', '.join(unknown)}”. Order by one or more of {choices} (“-” first for "
                "descending), comma-separated."
            ]})
        return terms

    def get_schema_operation_parameters(self, view):
        fields = getattr(view, "ordering_fields", self.ordering_fields)
        if not fields or fields == "__all__":
            return []
        names = [item if isinstance(item, str) else item[0] for item in fields]
        return [{
            "name": self.ordering_param,
            "required": False,
            "in": "query",
            "description": "Order by these fields (“-” first for descending), comma-separated.",
            "schema": {"type": "array", "items": {"type": "string", "enum": [
                term for name in names for term in (name, f"-{name}")
            ]}},
            "style": "form",
            "explode": False,
        }]
