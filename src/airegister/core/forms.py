from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from .choices import ChangeActionChoices
from .models import ChangeLoggingMixin


def logged_type_choices():
    """Every record type whose changes are logged, by its readable name."""
    types = [
        ct for ct in ContentType.objects.order_by("app_label", "model")
        if ct.model_class() is not None and issubclass(ct.model_class(), ChangeLoggingMixin)
    ]
    return [("", "Any")] + sorted(
        ((f"{ct.app_label}.{ct.model}", ct.model_class()._meta.verbose_name.capitalize()) for ct in types),
        key=lambda choice: choice[1],
    )


class ObjectChangeFilterForm(forms.Form):
    q = forms.CharField(required=False, label="Search", help_text="Record name or message")
    object_type = forms.ChoiceField(required=False, label="Record type")
    user = forms.CharField(required=False, label="User")
    action = forms.ChoiceField(required=False, choices=[("", "Any")] + ChangeActionChoices.choices())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["object_type"].choices = logged_type_choices()

    def filter(self, queryset):
        data = self.cleaned_data
        if data.get("q"):
            queryset = queryset.filter(Q(object_repr__icontains=data["q"]) | Q(message__icontains=data["q"]))
        if data.get("object_type"):
            app_label, model = data["object_type"].split(".", 1)
            queryset = queryset.filter(changed_object_type__app_label=app_label, changed_object_type__model=model)
        if data.get("user"):
            queryset = queryset.filter(user_name__iexact=data["user"].strip())
        if data.get("action"):
            queryset = queryset.filter(action=data["action"])
        return queryset


class APITokenForm(forms.Form):
    """A new API token: its name, and the days until it expires (empty: until revoked)."""

    name = forms.CharField(
        max_length=100, required=False, help_text="What will hold it, e.g. “nightly GRC sync”. Default: “token N”."
    )
    expires = forms.IntegerField(
        label="Expires after (days)", required=False, min_value=1, max_value=3650,
        help_text="Empty: it lasts until revoked.",
    )
