"""A material change of a subject's facts re-opens its current reviews early.

Every change of the register is an ObjectChange (core); a change of a catalog record names the record and the
record it belongs to (a term's model or vendor, an offer's model). When that is the subject of a completed,
current assessment, the review is due at once and keeps the change, whose diff the assessment page shows.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from airegister.catalog.models import SafetyCommitment, Vendor
from airegister.core.models import ObjectChange
from airegister.sources.models import Snapshot

from .models import Assessment

# Fields whose change alone is not a change of a fact (ordering, bookkeeping).
IMMATERIAL = {"weight", "created", "last_updated"}
WATCHED_APPS = {"catalog"}


def is_material(change: ObjectChange) -> bool:
    if change.action != "update":
        return True  # a new fact (a new flag, a new offer) or a removed one
    before, after = change.prechange_data or {}, change.postchange_data or {}
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    return bool(changed - IMMATERIAL)


@receiver(post_save, sender=ObjectChange)
def reopen_reviews(sender, instance, created, raw=False, **kwargs):
    if raw or not created:
        return
    changed_type = ContentType.objects.get_for_id(instance.changed_object_type_id)
    if changed_type.app_label not in WATCHED_APPS or not is_material(instance):
        return
    subjects = Q(subject_type_id=instance.changed_object_type_id, subject_id=instance.changed_object_id)
    if instance.related_object_type_id:
        subjects |= Q(subject_type_id=instance.related_object_type_id, subject_id=instance.related_object_id)
    today = timezone.localdate()
    for assessment in Assessment.objects.scheduled().filter(subjects):
        assessment.reopen(instance, today)


@receiver(post_save, sender=Snapshot)
def reopen_commitment_reviews(sender, instance, created, raw=False, **kwargs):
    """A new reading of a page a safety commitment cites (the monitor or `airegister ingest` recorded a snapshot
    whose content differs from the last) re-opens the reviews that walked that commitment."""
    if raw or not created or instance.number < 2:
        return
    cited = SafetyCommitment.objects.filter(source_id=instance.document_id)
    vendors = set(cited.values_list("vendor_id", flat=True))
    if not vendors:
        return
    slug = instance.document.slug
    vendor_type = ContentType.objects.get_for_model(Vendor)
    today = timezone.localdate()
    for assessment in Assessment.objects.scheduled().filter(subject_type=vendor_type, subject_id__in=vendors):
        if any(q.get("commitment", {}).get("source_slug") == slug for q in assessment.questionnaire):
            assessment.reopen(None, today, snapshot=instance)
