"""Forms of the review pages: plain HTML forms (POST with CSRF), so reviewing works without JavaScript."""

from django import forms
from django.utils.http import url_has_allowed_host_and_scheme

from airegister.catalog.models import AIModel, Vendor
from airegister.core.admin_base import RegisterAdminForm
from airegister.sources.models import SourceDocument, is_url


class NextMixin(forms.Form):
    """Where to go after the decision: the page the form was on (only a path of this site)."""

    next = forms.CharField(required=False, widget=forms.HiddenInput)

    def next_url(self, request, default: str) -> str:
        target = self.cleaned_data.get("next") if self.is_valid() else ""
        if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            return target
        return default


class DecisionForm(NextMixin):
    note = forms.CharField(required=False, max_length=500, label="Note")


class LinkModelForm(NextMixin):
    model_name = forms.CharField(max_length=200, widget=forms.HiddenInput)
    model = forms.ModelChoiceField(queryset=AIModel.objects.select_related("vendor").order_by("name"), label="Model")


class NewModelForm(NextMixin):
    model_name = forms.CharField(max_length=100, label="Name")
    vendor = forms.ModelChoiceField(queryset=Vendor.objects.order_by("name"), label="Vendor")


class AcceptModelForm(NextMixin):
    model = forms.ModelChoiceField(queryset=AIModel.objects.all(), widget=forms.HiddenInput)


def validate_watch(value: str, instance: SourceDocument | None = None) -> str:
    """What editors may type as a watched location: an http(s) URL. A file on the server can be watched only by
    someone on the server (`airegister ingest PATH`), or the site would show any file the server can read."""
    value = (value or "").strip()
    if not value or (instance is not None and value == instance.watch):
        return value
    if not is_url(value) or value.split("://", 1)[0].lower() not in ("http", "https"):
        raise forms.ValidationError(
            "Give an http or https URL. A file on the server is watched with `airegister ingest PATH` on the server."
        )
    return value


class SourceDocumentAdminForm(RegisterAdminForm):
    def clean_watch(self):
        return validate_watch(self.cleaned_data.get("watch"), self.instance if self.instance.pk else None)
