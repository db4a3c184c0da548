"""A new profile version on each edit of a profile or its rules, old versions kept.

Signals note which profile an edit touched; the version (a snapshot of the whole profile) is written at once,
or — inside `versioning_batch()` — once per profile when the batch ends, so that one admin form or API
request that changes several rules makes one version, not one per rule. A snapshot equal to the latest
version writes nothing.
"""

import contextlib
import contextvars

from django.db import transaction

from airegister.core.context import current_change_context

from .models import ProfileVersion, RequirementProfile

_batch: contextvars.ContextVar[dict | None] = contextvars.ContextVar("profile_version_batch", default=None)
# Profiles being deleted: their rules' deletions must not write a version the deletion would orphan.
_deleting: set[int] = set()


def record_version(profile_id: int, user_name: str = "", message: str = "") -> ProfileVersion | None:
    with transaction.atomic():
        # Locked, so that two concurrent edits cannot both take the same version number.
        profile = RequirementProfile.objects.select_for_update().filter(pk=profile_id).order_by().first()
        if profile is None:
            return None
        data = profile.snapshot_data()
        latest = profile.versions.order_by("-number").first()
        if latest is not None and latest.data == data:
            return latest
        return ProfileVersion.objects.create(
            profile=profile,
            number=latest.number + 1 if latest else 1,
            data=data,
            user_name=(user_name or "system")[:150],
            message=message[:500],
        )


def note_edit(profile_id: int) -> None:
    if profile_id is None or profile_id in _deleting:
        return
    ctx = current_change_context()
    pending = _batch.get()
    if pending is not None:
        pending[profile_id] = (ctx.user_name, ctx.message)
    else:
        record_version(profile_id, ctx.user_name, ctx.message)


@contextlib.contextmanager
def versioning_batch():
    if _batch.get() is not None:  # already batching: the outer batch records
        yield
        return
    pending: dict[int, tuple[str, str]] = {}
    token = _batch.set(pending)
    try:
        yield
    finally:
        _batch.reset(token)
    # Only reached when the body succeeded: a failed edit was rolled back and is no version.
    for profile_id, (user_name, message) in pending.items():
        record_version(profile_id, user_name, message)


def mark_deleting(profile_id: int, deleting: bool) -> None:
    if deleting:
        _deleting.add(profile_id)
    else:
        _deleting.discard(profile_id)
