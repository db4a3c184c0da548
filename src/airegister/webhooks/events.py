"""Register events derived from change-log entries (after NetBox's event rules): which logged change is which
event. Only changes that match a rule cost anything beyond a few comparisons."""

from airegister.catalog.choices import FlagStatusChoices
from airegister.core.choices import ChangeActionChoices
from airegister.core.events import Event
from airegister.intake.services import MONITOR_USER
from airegister.intake.sync.common import SYNC_USER

from .choices import EventTypeChoices

FLAG = "catalog.complianceflag"
MODEL = "catalog.aimodel"
LIFECYCLE_FIELDS = ("lifecycle_status", "retirement_date")
# Changes these actors make are facts read from a source: a watched document or a catalog feed.
SOURCE_ACTORS = {MONITOR_USER, SYNC_USER}
FACT_APPS = {"catalog"}


def label_of(change) -> str:
    ct = change.changed_object_type  # cached by ContentType's manager: no query
    return f"{ct.app_label}.{ct.model}"


def event_types_for(change) -> list[str]:
    """The types of event one ObjectChange is (usually none); no query."""
    label = label_of(change)
    ct = change.changed_object_type
    diff = change.diff()
    types = []
    if label == FLAG:
        before = (change.prechange_data or {}).get("status")
        after = (change.postchange_data or {}).get("status")
        if change.action != ChangeActionChoices.DELETE and after != before:
            if after == FlagStatusChoices.ACTIVE:
                types.append(EventTypeChoices.FLAG_OPENED)
            elif after == FlagStatusChoices.RESOLVED:
                types.append(EventTypeChoices.FLAG_RESOLVED)
    elif label == MODEL and change.action == ChangeActionChoices.UPDATE:
        if any(d["field"] in LIFECYCLE_FIELDS for d in diff):
            types.append(EventTypeChoices.LIFECYCLE_CHANGED)
    if (
        change.user_name in SOURCE_ACTORS and change.action == ChangeActionChoices.UPDATE
        and ct.app_label in FACT_APPS and label != FLAG and diff
    ):
        types.append(EventTypeChoices.FACT_CHANGED)
    return types


def event_for(change, event_type: str) -> Event:
    return Event(
        event_type=event_type, object_type=label_of(change), object_id=change.changed_object_id,
        name=change.object_repr, url_path=url_of(change), changes=change.diff(), occurred_at=change.time,
        data={"actor": change.actor, "message": change.message, "action": change.action},
    )


def url_of(change) -> str:
    """The web page of the changed record, or of the record it belongs to (a flag's model), or ""."""
    for obj in (change.changed_object, change.related_object):
        if obj is not None and hasattr(obj, "get_absolute_url"):
            return obj.get_absolute_url()
    return ""
