"""Change logging, hooked once for every model that composes ChangeLoggingMixin (after NetBox core/signals)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_delete, pre_save
from django.dispatch import receiver

from .choices import ChangeActionChoices
from .context import current_change_context
from .events import changes_logged
from .models import ChangeLoggingMixin, ObjectChange


def _is_logged(sender) -> bool:
    return isinstance(sender, type) and issubclass(sender, ChangeLoggingMixin)


def record_change(instance, action, prechange, postchange):
    if action == ChangeActionChoices.UPDATE and prechange == postchange:
        return None  # nothing about the record changed: nothing to log
    ctx = current_change_context()
    parent = instance.get_changelog_parent()
    change = ObjectChange.objects.create(
        user=ctx.user,
        user_name=ctx.user_name or "system",
        token_name=ctx.token_name[:100],
        request_id=ctx.request_id,
        action=action,
        changed_object_type=ContentType.objects.get_for_model(instance),
        changed_object_id=instance.pk,
        related_object_type=ContentType.objects.get_for_model(parent) if parent is not None else None,
        related_object_id=parent.pk if parent is not None else None,
        object_repr=str(instance)[:200],
        message=ctx.message[:500],
        prechange_data=prechange,
        postchange_data=postchange,
    )
    changes_logged.send(sender=ObjectChange, changes=[change])
    return change


@receiver(pre_save)
def snapshot_before_save(sender, instance, raw=False, **kwargs):
    if raw or not _is_logged(sender) or instance._state.adding or hasattr(instance, "_prechange_snapshot"):
        return
    stored = sender._base_manager.filter(pk=instance.pk).first()
    instance._prechange_snapshot = stored.serialize_object() if stored is not None else None


@receiver(post_save)
def log_save(sender, instance, created, raw=False, **kwargs):
    if raw or not _is_logged(sender):
        return
    prechange = None if created else getattr(instance, "_prechange_snapshot", None)
    action = ChangeActionChoices.CREATE if created or prechange is None else ChangeActionChoices.UPDATE
    record_change(instance, action, prechange, instance.serialize_object())
    instance.__dict__.pop("_prechange_snapshot", None)


@receiver(pre_delete)
def snapshot_before_delete(sender, instance, **kwargs):
    if _is_logged(sender):
        instance._prechange_snapshot = instance.serialize_object()


@receiver(post_delete)
def log_delete(sender, instance, **kwargs):
    if _is_logged(sender):
        record_change(instance, ChangeActionChoices.DELETE, getattr(instance, "_prechange_snapshot", None), None)


@receiver(m2m_changed)
def log_m2m_change(sender, instance, action, reverse, **kwargs):
    # Many-to-many edits are changes of the record that owns the field.
    if reverse or not isinstance(instance, ChangeLoggingMixin):
        return
    if action in {"pre_add", "pre_remove", "pre_clear"}:
        instance._m2m_snapshot = instance.serialize_object()
    elif action in {"post_add", "post_remove", "post_clear"}:
        before = instance.__dict__.pop("_m2m_snapshot", None)
        record_change(instance, ChangeActionChoices.UPDATE, before, instance.serialize_object())


@receiver(post_migrate)
def ensure_roles(sender, **kwargs):
    # Run after each of our apps: permissions are created app by app, ours after auth's handler.
    if sender.name.startswith("airegister."):
        from .roles import sync_role_groups

        sync_role_groups()
