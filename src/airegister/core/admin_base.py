"""What every admin page of the register shares: change messages, optimistic concurrency, links to the site.

- Every edit form has an optional "Change message", kept in the change log (`ObjectChange.message`) with
  the editor's name, for the record and for every inline record saved with it.
- Every form of an existing record (inline rows too) carries the record's `last_updated` as it was when
  the form was opened. If someone saved the record since, the edit is refused with a form error and
  nothing is saved; the save itself re-checks under a row lock (`save(expected_last_updated=…)`).
- Unchanged records are not saved again, so opening and saving a form changes no "Updated" date.
- "View on site" goes to the record's page, or for a fact to the page of the vendor or model holding it.
"""

import contextlib
from datetime import datetime

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models
from django.http import HttpResponseRedirect
from django.urls import NoReverseMatch

from .context import change_context, current_change_context
from .models import ConcurrentEditError

VERSION_FIELD = "_last_updated"
MESSAGE_FIELD = "change_message"
# Form fields that describe the edit, not the record: they never make a form "changed".
EDIT_FIELDS = {VERSION_FIELD, MESSAGE_FIELD}
STALE_MESSAGE = (
    "This {name} was changed by someone else since you opened it — reload the page and apply your edit again."
)


class ConcurrencyFormMixin(forms.ModelForm):
    """Refuses the edit of a record someone else saved since the form was opened."""

    _last_updated = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.expected_version = None
        if self.instance.pk is not None and getattr(self.instance, "last_updated", None):
            self.initial[VERSION_FIELD] = self.instance.last_updated.isoformat()

    @property
    def changed_data(self):
        return [name for name, bound in self._bound_items() if name not in EDIT_FIELDS and bound._has_changed()]

    def clean(self):
        cleaned = super().clean()
        posted = cleaned.get(VERSION_FIELD)
        if self.instance.pk is None or not posted or not self.has_changed():
            return cleaned
        try:
            version = datetime.fromisoformat(posted)
        except ValueError as exc:
            raise ValidationError("The form is damaged (its version is unreadable) — reload the page.") from exc
        if version != self.instance.last_updated:
            raise ValidationError(STALE_MESSAGE.format(name=self.instance._meta.verbose_name), code="stale")
        self.expected_version = version
        return cleaned

    def _post_clean(self):
        super()._post_clean()
        # Inline rows are validated without their parent, so constraints naming it are skipped there;
        # check them with the parent in place rather than fail in the database.
        if not self.errors and self.has_changed():
            try:
                self.instance.validate_constraints()
            except ValidationError as exc:
                self._update_errors(exc)

    def save(self, commit=True):
        if not commit or self.instance.pk is None or self.expected_version is None:
            return super().save(commit=commit)
        # The form is valid here (ModelForm.save() refuses otherwise): save under the version check.
        self.instance.save(expected_last_updated=self.expected_version)
        self._save_m2m()
        return self.instance


class RegisterAdminForm(ConcurrencyFormMixin, forms.ModelForm):
    change_message = forms.CharField(
        required=False,
        max_length=500,
        help_text="Optional: why you made this change. Kept in the change history.",
        widget=forms.TextInput(attrs={"size": 80}),
    )


class RegisterInlineForm(ConcurrencyFormMixin, forms.ModelForm):
    pass


def site_url(obj) -> str | None:
    """The register page of `obj`, else of the record holding it (a vendor's or model's fact)."""
    for candidate in (obj, obj.get_changelog_parent() if hasattr(obj, "get_changelog_parent") else None):
        if candidate is None or not hasattr(candidate, "get_absolute_url"):
            continue
        try:
            return candidate.get_absolute_url()
        except NoReverseMatch:
            continue
    return None


# A URL typed without a scheme is taken as https (Django 6's default, chosen now).
URL_FIELD_OVERRIDES = {models.URLField: {"assume_scheme": "https"}}


class RegisterModelAdmin(admin.ModelAdmin):
    form = RegisterAdminForm
    save_on_top = True
    formfield_overrides = URL_FIELD_OVERRIDES

    @contextlib.contextmanager
    def attributed(self, request, form=None):
        """Attribute the changes to the editor, with the form's change message; keep the request's id."""
        message = form.cleaned_data.get(MESSAGE_FIELD, "") if form is not None else ""
        request_id = current_change_context().request_id
        with change_context(user=request.user, message=message) as ctx:
            ctx.request_id = request_id
            yield ctx

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        # Declared fieldsets leave out the form's own fields; without declared ones they are already in.
        named = {name for _, options in fieldsets for name in flatten(options.get("fields", ()))}
        missing = [name for name in (MESSAGE_FIELD, VERSION_FIELD) if name not in named]
        if missing:
            fieldsets.append(("Change", {"fields": missing}))
        return fieldsets

    def save_model(self, request, obj, form, change):
        if change and not form.has_changed():
            return  # nothing about the record changed: keep its "Updated" date
        with self.attributed(request, form):
            obj.save(expected_last_updated=form.expected_version if change else None)

    def save_related(self, request, form, formsets, change):
        with self.attributed(request, form):
            super().save_related(request, form, formsets, change)

    def delete_model(self, request, obj):
        with self.attributed(request):
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        # One by one, so that each deletion is logged (a queryset delete sends no per-record signals to log).
        with self.attributed(request):
            for obj in queryset:
                obj.delete()

    def view_on_site(self, obj):
        return site_url(obj)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # The form checks catch nearly every stale or conflicting edit; these catch the rest (a save in
        # the instant between check and write, two new inline rows that collide), after the admin's
        # transaction has rolled everything back.
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ConcurrentEditError as exc:
            messages.error(request, str(exc))
        except IntegrityError:
            messages.error(request, "Nothing was saved: the edit would duplicate or orphan an existing record.")
        return HttpResponseRedirect(request.get_full_path())


def flatten(fields):
    for item in fields:
        if isinstance(item, list | tuple):
            yield from item
        else:
            yield item


class InlineMixin:
    form = RegisterInlineForm
    formfield_overrides = URL_FIELD_OVERRIDES
    extra = 0
    show_change_link = True

    def get_fieldsets(self, request, obj=None):
        # Each row carries its version (a hidden input), which declared `fields` would leave out.
        (name, options), *rest = super().get_fieldsets(request, obj)
        fields = list(options.get("fields", ()))
        if VERSION_FIELD not in flatten(fields):
            fields.append(VERSION_FIELD)
        return [(name, {**options, "fields": fields}), *rest]


class RegisterTabularInline(InlineMixin, admin.TabularInline):
    pass


class RegisterStackedInline(InlineMixin, admin.StackedInline):
    pass


class ReadOnlyAdmin(admin.ModelAdmin):
    """Viewable by whoever may view the model; nobody adds, changes or deletes through the admin."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
