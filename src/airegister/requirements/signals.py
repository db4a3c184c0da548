from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from .models import RequirementProfile, Rule
from .versioning import mark_deleting, note_edit


@receiver(post_save, sender=Rule)
@receiver(post_delete, sender=Rule)
def rule_edited(sender, instance, raw=False, **kwargs):
    if not raw:
        note_edit(instance.profile_id)


@receiver(post_save, sender=RequirementProfile)
def profile_edited(sender, instance, raw=False, **kwargs):
    if not raw:
        note_edit(instance.pk)


@receiver(pre_delete, sender=RequirementProfile)
def profile_deleting(sender, instance, **kwargs):
    mark_deleting(instance.pk, True)


@receiver(post_delete, sender=RequirementProfile)
def profile_deleted(sender, instance, **kwargs):
    mark_deleting(instance.pk, False)
