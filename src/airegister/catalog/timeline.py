"""What ends when: the retirement dates of models and of their offers on channels, over a window from today.

Two queries whatever the catalog's size: the models retiring in the window, and the offers retiring in it (with
their model, its vendor and the channel). The page draws them with `core.charts.lanes` and lists them as text.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from .models import AIModel, Channel, ModelAvailability

WINDOW_DAYS = 365
MAX_LANES = 30  # lanes drawn; the rest are counted ("and N more") and reachable through the filtered list


@dataclass
class Ending:
    day: datetime.date
    model: AIModel
    channel: Channel | None = None  # None: the model itself retires (on every channel)
    channel_model_id: str = ""

    @property
    def where(self) -> str:
        return self.channel.name if self.channel else "All channels"


@dataclass
class Lane:
    """One row of the picture: a model (its own retirement and its offers') or a channel (its offers')."""

    key: str
    label: str
    url: str
    endings: list[Ending] = field(default_factory=list)

    @property
    def first(self) -> datetime.date:
        return min(e.day for e in self.endings)


@dataclass
class Timeline:
    start: datetime.date
    days: int
    group: str  # "model" or "channel"
    lanes: list[Lane]
    shown: list[Lane]
    endings: list[Ending]

    @property
    def end(self) -> datetime.date:
        return self.start + datetime.timedelta(days=self.days)

    @property
    def hidden(self) -> int:
        return len(self.lanes) - len(self.shown)


def ending_dates(start: datetime.date, days: int) -> list[tuple[datetime.date, bool]]:
    """(date, the model itself retires) of every retirement in the window: only the dates, for counting."""
    until = start + datetime.timedelta(days=days)
    window = {"retirement_date__gte": start, "retirement_date__lte": until}
    own = AIModel.objects.filter(**window).order_by().values_list("retirement_date", flat=True)
    offers = ModelAvailability.objects.filter(**window).order_by().values_list("retirement_date", flat=True)
    return [(day, True) for day in own] + [(day, False) for day in offers]


# What the picture and the table show of a model, its vendor and a channel (not their JSON facts).
MODEL_FIELDS = ("name", "slug", "vendor__name", "vendor__slug")
CHANNEL_FIELDS = ("name", "slug", "weight")


def endings(start: datetime.date, days: int) -> list[Ending]:
    """Every retirement between `start` and `start + days` (both included), soonest first."""
    until = start + datetime.timedelta(days=days)
    models = AIModel.objects.filter(retirement_date__gte=start, retirement_date__lte=until).select_related("vendor")
    found = [Ending(m.retirement_date, m) for m in models.only("retirement_date", *MODEL_FIELDS)]
    offers = (
        ModelAvailability.objects.filter(retirement_date__gte=start, retirement_date__lte=until)
        .select_related("model__vendor", "channel")
        .only("retirement_date", "channel_model_id", *(f"model__{f}" for f in MODEL_FIELDS),
              *(f"channel__{f}" for f in CHANNEL_FIELDS))
    )
    found += [Ending(o.retirement_date, o.model, o.channel, o.channel_model_id) for o in offers]
    found.sort(key=lambda e: (e.day, e.model.name.lower(), e.channel.weight if e.channel else -1, e.where))
    return found


def build_timeline(group: str = "model", days: int = WINDOW_DAYS, start: datetime.date | None = None,
                   max_lanes: int = MAX_LANES) -> Timeline:
    start = start or timezone.localdate()
    found = endings(start, days)
    lanes: dict[str, Lane] = {}
    for ending in found:
        if group == "channel":
            key = ending.channel.slug if ending.channel else ""
            label = ending.where
            url = ending.channel.get_absolute_url() if ending.channel else ""
        else:
            key, label, url = ending.model.slug, ending.model.name, ending.model.get_absolute_url()
        lanes.setdefault(key, Lane(key, label, url)).endings.append(ending)
    ordered = sorted(lanes.values(), key=lambda lane: (lane.first, lane.label.lower()))
    return Timeline(start, days, group, ordered, ordered[:max_lanes], found)
