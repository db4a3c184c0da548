"""The one change-log table for every record of the register (after NetBox's ObjectChange)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone

from ..choices import ChangeActionChoices

# Bookkeeping fields that change on every save and say nothing about the record's content.
UNLOGGED_FIELDS = {"created", "last_updated"}


class ObjectChangeQuerySet(models.QuerySet):
    def for_object(self, obj):
        ct = ContentType.objects.get_for_model(obj)
        return self.filter(
            models.Q(changed_object_type=ct, changed_object_id=obj.pk)
            | models.Q(related_object_type=ct, related_object_id=obj.pk)
        )


class ObjectChange(models.Model):
    """One create, update or delete of one record, with its data before and after."""

    time = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="changes"
    )
    # Kept apart from `user` so the log still says who it was after the account is deleted.
    user_name = models.CharField(max_length=150, blank=True, editable=False)
    # The API token the change was made through (its name), empty for the web UI and commands.
    token_name = models.CharField(max_length=100, blank=True, editable=False)
    request_id = models.UUIDField(null=True, blank=True, editable=False, db_index=True)
    action = models.CharField(max_length=10, choices=ChangeActionChoices.choices(), editable=False)
    changed_object_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    changed_object_id = models.PositiveBigIntegerField()
    changed_object = GenericForeignKey("changed_object_type", "changed_object_id")
    # The record whose history this change also belongs to (a term's model or vendor, say).
    related_object_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    related_object_id = models.PositiveBigIntegerField(null=True, blank=True)
    related_object = GenericForeignKey("related_object_type", "related_object_id")
    object_repr = models.CharField(max_length=200, editable=False)
    message = models.CharField(max_length=500, blank=True, editable=False)
    prechange_data = models.JSONField(null=True, blank=True, editable=False)
    postchange_data = models.JSONField(null=True, blank=True, editable=False)

    objects = ObjectChangeQuerySet.as_manager()

    class Meta:
        ordering = ["-time", "-pk"]
        indexes = [
            models.Index(fields=["changed_object_type", "changed_object_id"]),
            models.Index(fields=["related_object_type", "related_object_id"]),
        ]
        verbose_name = "change"

    def __str__(self):
        return f"{self.object_repr} {self.get_action_display().lower()} by {self.actor}"

    def get_absolute_url(self):
        return reverse("core:objectchange", args=[self.pk])

    @property
    def actor(self) -> str:
        """Who made the change, and through which API token: "alice (token “nightly sync”)"."""
        name = self.user_name or "system"
        return f"{name} (token “{self.token_name}”)" if self.token_name else name

    @property
    def object_type_name(self) -> str:
        return self.changed_object_type.model_class()._meta.verbose_name if self.changed_object_type_id else ""

    def diff(self) -> list[dict]:
        """Field-level differences: [{"field", "before", "after"}], in a stable order."""
        before = self.prechange_data or {}
        after = self.postchange_data or {}
        fields = [k for k in {**before, **after} if k not in UNLOGGED_FIELDS]
        return [
            {"field": name, "before": before.get(name), "after": after.get(name)}
            for name in fields
            if before.get(name) != after.get(name)
        ]
