"""Shared serializer behaviour: brief nested representations, model validation, concurrency (after NetBox)."""

import copy
import functools

from django.core.exceptions import ObjectDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models
from django.db.models import UniqueConstraint
from django.urls import NoReverseMatch, reverse
from django.utils.module_loading import import_string
from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import ResolvedComponent
from drf_spectacular.settings import spectacular_settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.utils import model_meta

from ..choices import ChangeActionChoices, ChoiceSet
from ..models import ObjectChange, PartialDateField


def api_url(obj, view_name: str, request=None) -> str | None:
    """The API address of `obj` (by slug when it has one), absolute when a request is at hand."""
    lookup = getattr(obj, "slug", None) or obj.pk
    try:
        path = reverse(view_name, args=[lookup])
    except NoReverseMatch:
        return None
    return request.build_absolute_uri(path) if request is not None else path


class APIURLMixin(serializers.Serializer):
    """`url`: the record's own API address (a record's web address, where it has one, has another name)."""

    url = serializers.SerializerMethodField()
    view_name = ""  # "api:<app>-api:<basename>-detail", set by subclasses

    def get_url(self, obj) -> str | None:
        return api_url(obj, self.view_name, self.context.get("request"))


class UnknownAsNull:
    """A URL or partial date the register does not know is stored as "" but is `null` in the API, as an unknown
    fact is everywhere: null is written as null and read as null; "" is not a URL or a date, so it is refused."""

    def __init__(self, **kwargs):
        kwargs.pop("allow_blank", None)
        super().__init__(allow_null=True, **kwargs)

    def validate_empty_values(self, data):
        if data is None:
            return True, ""
        return super().validate_empty_values(data)

    def to_representation(self, value):
        return None if value in ("", None) else super().to_representation(value)


@functools.cache
def unknown_as_null(field_class):
    return type(f"UnknownAsNull{field_class.__name__}", (UnknownAsNull, field_class), {})


class OptionalURLField(UnknownAsNull, serializers.URLField):
    """A URL the register may not know (null), for a URL field declared under another name than its model's."""


class RegisterFieldsMixin(serializers.ModelSerializer):
    """What every API serializer of a model does with its model's fields."""

    def build_standard_field(self, field_name, model_field):
        field_class, kwargs = super().build_standard_field(field_name, model_field)
        formatted = isinstance(model_field, models.URLField | PartialDateField)
        if formatted and model_field.blank and not model_field.null:
            field_class = unknown_as_null(field_class)
        return field_class, kwargs


class BriefSerializer(APIURLMixin, RegisterFieldsMixin):
    """A record as it appears nested in another: id, API url, and what names it."""


class BriefRelatedField(serializers.RelatedField):
    """A foreign key that reads as a brief object and is written as the related record's slug.

    Written values may also be the record's id, or an object carrying `slug` or `id` (so that a client
    may send back what it read).
    """

    default_error_messages = {
        "does_not_exist": "No {model} with {lookup} “{value}”.",
        "invalid": "Give the {model}'s slug, its id, or an object with one of them.",
    }

    def __init__(self, brief_serializer, **kwargs):
        # A dotted path is resolved on first use, for apps whose serializers refer to each other.
        self._brief_serializer = brief_serializer
        super().__init__(**kwargs)

    @property
    def brief_serializer(self):
        if isinstance(self._brief_serializer, str):
            self._brief_serializer = import_string(self._brief_serializer)
        return self._brief_serializer

    @property
    def model(self):
        return self.brief_serializer.Meta.model

    @property
    def lookup_key(self) -> str:
        return "slug" if any(f.name == "slug" for f in self.model._meta.fields) else "id"

    def use_pk_only_optimization(self):
        return False

    def get_choices(self, cutoff=None):
        # The browsable API's HTML form: each record offered by what a client writes (its slug, else its id).
        queryset = self.get_queryset()
        if queryset is None:
            return {}
        if cutoff is not None:
            queryset = queryset[:cutoff]
        return {getattr(item, self.lookup_key): self.display_value(item) for item in queryset}

    def to_representation(self, value):
        return self.brief_serializer(value, context=self.context).data

    def to_internal_value(self, data):
        name = self.model._meta.verbose_name
        if isinstance(data, dict):
            slug, pk = data.get("slug"), data.get("id")
            if (slug is not None and not isinstance(slug, str)) or (pk is not None and not is_whole_number(pk)):
                self.fail("invalid", model=name)
            data = slug or pk
        if not (isinstance(data, str) or is_whole_number(data)) or data == "":
            self.fail("invalid", model=name)
        key = "id" if isinstance(data, int) or (isinstance(data, str) and data.isdigit()) else self.lookup_key
        try:
            return self.get_queryset().get(**{"pk" if key == "id" else key: data})
        except (ObjectDoesNotExist, ValueError, TypeError):
            self.fail("does_not_exist", model=name, lookup=key, value=data)


class BriefRelatedFieldExtension(OpenApiSerializerFieldExtension):
    """Schema: the brief object in responses, the slug (or id) in requests."""

    target_class = BriefRelatedField
    match_subclasses = True

    def map_serializer_field(self, auto_schema, direction):
        field = self.target
        brief = auto_schema.resolve_serializer(field.brief_serializer(), "response").ref
        name = field.model._meta.verbose_name
        slug = {"type": "string", "minLength": 1, "description": f"The {name}'s slug."}
        pk = {"type": "integer", "description": f"The {name}'s id."}
        as_read = {
            "type": "object",
            "description": f"The {name} as read (its slug, else its id, names it).",
            "properties": {"slug": {"type": "string"}, "id": {"type": "integer"}},
            "anyOf": [{"required": ["slug"]}, {"required": ["id"]}],
        }
        if field.lookup_key == "id":
            as_read["properties"].pop("slug")
            as_read.pop("anyOf")
            as_read["required"] = ["id"]
        written = {"oneOf": [slug, pk, as_read] if field.lookup_key == "slug" else [pk, as_read]}
        if spectacular_settings.COMPONENT_SPLIT_REQUEST:
            return written if direction == "request" else brief
        # One component serves both directions: say both shapes.
        return {"oneOf": [brief, *written["oneOf"]]}


def is_whole_number(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def constraint_errors(instance, exclude) -> dict:
    """The model's constraints that `instance` would violate, each said in words rather than by name."""
    model = type(instance)
    for constraint in model._meta.constraints:
        try:
            constraint.validate(model, instance, exclude=exclude)
        except DjangoValidationError as exc:
            fields = getattr(constraint, "fields", ())
            if isinstance(constraint, UniqueConstraint) and fields:
                names = [str(model._meta.get_field(f).verbose_name) for f in fields]
                together = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
                message = f"A {model._meta.verbose_name} with this {together} already exists."
                return {"__all__": [message]}
            return {"__all__": exc.messages}
    return {}


def _choice_sets(cls=ChoiceSet):
    for sub in cls.__subclasses__():
        yield sub
        yield from _choice_sets(sub)


def choice_set_for(choices) -> type[ChoiceSet] | None:
    """The ChoiceSet class whose values these choices are, if any."""
    values = [value for value, *_ in choices]
    return next((cs for cs in _choice_sets() if cs.values() == values), None)


class ChoiceSetField(serializers.ChoiceField):
    """A choice field whose schema is the named enum of its ChoiceSet (TierEnum, FlagCategoryEnum, …).

    Named after the ChoiceSet rather than after the field, so that two fields called `category` with
    different choice sets, or two fields sharing one set, get one clear enum each.
    """

    def __init__(self, choices, **kwargs):
        self.choice_set = choice_set_for(choices)
        super().__init__(choices, **kwargs)


class ChoiceSetFieldExtension(OpenApiSerializerFieldExtension):
    target_class = ChoiceSetField
    match_subclasses = True

    def map_serializer_field(self, auto_schema, direction):
        field = self.target
        if field.choice_set is None:
            return auto_schema._map_serializer_field(field, direction, bypass_extensions=True)
        choice_set = field.choice_set
        name = choice_set.__name__.removesuffix("Choices") + "Enum"
        description = "\n".join(f"* `{value}` - {label}" for value, label in choice_set.choices())
        schema = {"type": "string", "enum": choice_set.values(), "description": description}
        variants = [register_enum(auto_schema, name, schema)]
        if field.allow_blank:
            variants.append(register_enum(auto_schema, "BlankEnum", {"enum": [""]}))
        if field.allow_null:
            variants.append(register_enum(auto_schema, "NullEnum", {"enum": [None]}))
        return variants[0] if len(variants) == 1 else {"oneOf": variants}


def register_enum(auto_schema, name, schema) -> dict:
    component = ResolvedComponent(name=name, type=ResolvedComponent.SCHEMA, object=name, schema=schema)
    auto_schema.registry.register_on_missing(component)
    return component.ref


class RegisterModelSerializer(APIURLMixin, RegisterFieldsMixin):
    """Runs the model's own validation (clean(), constraints) and saves with optimistic concurrency.

    The view puts the version the client last saw into the context as `expected_last_updated`; the
    save is then refused with ConcurrentEditError if the record changed since.
    """

    serializer_choice_field = ChoiceSetField

    def get_validators(self):
        # Uniqueness and check constraints (some conditional) are validated by the model, in validate().
        return []

    def validate(self, attrs):
        attrs = super().validate(attrs)
        info = model_meta.get_field_info(self.Meta.model)
        plain = {k: v for k, v in attrs.items() if not (k in info.relations and info.relations[k].to_many)}
        if self.instance is not None:
            candidate = copy.copy(self.instance)
            for name, value in plain.items():
                setattr(candidate, name, value)
        else:
            candidate = self.Meta.model(**plain)
        self.prepare_candidate(candidate)
        excluded = [f.name for f in self.Meta.model._meta.get_fields() if f.many_to_many or f.one_to_many]
        errors = {}
        try:
            candidate.full_clean(exclude=excluded, validate_constraints=False)
        except DjangoValidationError as exc:
            errors = exc.message_dict
        if not errors:
            errors = constraint_errors(candidate, excluded)
        if errors:
            if "__all__" in errors:
                errors["non_field_errors"] = errors.pop("__all__")
            raise serializers.ValidationError(errors)
        return attrs

    def prepare_candidate(self, candidate):
        """Fill in what the model's save() would derive, so that validation sees the record as stored."""

    def update(self, instance, validated_data):
        info = model_meta.get_field_info(instance)
        many = []
        for name, value in validated_data.items():
            if name in info.relations and info.relations[name].to_many:
                many.append((name, value))
            else:
                setattr(instance, name, value)
        instance.save(expected_last_updated=self.context.get("expected_last_updated"))
        for name, value in many:
            getattr(instance, name).set(value)
        return instance


@extend_schema_field({"type": "object", "additionalProperties": True, "nullable": True})
class SnapshotField(serializers.JSONField):
    """A record's serialized data before or after a change."""


class ObjectChangeSerializer(serializers.ModelSerializer):
    action = ChoiceSetField(ChangeActionChoices.choices(), read_only=True)
    object_type = serializers.SerializerMethodField()
    related_object_type = serializers.SerializerMethodField()
    diff = serializers.SerializerMethodField()
    prechange_data = SnapshotField(read_only=True)
    postchange_data = SnapshotField(read_only=True)

    class Meta:
        model = ObjectChange
        fields = [
            "id", "time", "user_name", "token_name", "request_id", "action", "object_type", "changed_object_id",
            "related_object_type", "related_object_id", "object_repr", "message", "prechange_data",
            "postchange_data", "diff",
        ]

    def get_object_type(self, obj) -> str:
        return f"{obj.changed_object_type.app_label}.{obj.changed_object_type.model}"

    def get_related_object_type(self, obj) -> str | None:
        ct = obj.related_object_type
        return f"{ct.app_label}.{ct.model}" if ct is not None else None

    @extend_schema_field(
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"field": {"type": "string"}, "before": {}, "after": {}},
                "required": ["field", "before", "after"],
            },
        }
    )
    def get_diff(self, obj) -> list[dict]:
        return obj.diff()


class VocabularySlugField(serializers.SlugRelatedField):
    """A data class or region written and read as its slug; an unknown one is named with the valid ones."""

    def __init__(self, **kwargs):
        super().__init__(slug_field="slug", **kwargs)

    def to_internal_value(self, data):
        try:
            return super().to_internal_value(data)
        except serializers.ValidationError:
            noun = self.get_queryset().model._meta.verbose_name
            valid = ", ".join(self.get_queryset().values_list("slug", flat=True))
            raise serializers.ValidationError(f"Unknown {noun} “{data}”; valid: {valid}.") from None
