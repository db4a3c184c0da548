from django.db import models
from django.urls import reverse

from airegister.core.models import ChangeLoggedModel

from ..choices import ChannelKindChoices


class Channel(ChangeLoggedModel):
    """A way to reach models: a vendor's API, a consumer app tier, an enterprise plan, a cloud platform."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(max_length=20, choices=ChannelKindChoices.choices())
    operator = models.CharField(max_length=100, help_text="Who runs the channel (Anthropic, Amazon Web Services, …).")
    url = models.URLField(blank=True)
    description = models.TextField(blank=True)
    aliases = models.JSONField(default=list, blank=True, help_text="Other names vendors use for it.")
    weight = models.PositiveSmallIntegerField(default=100, help_text="Display order: lower comes first.")
    # Keys of this record in the catalog feeds, e.g. {"models-dev": "amazon-bedrock", "litellm": "bedrock"}: how a
    # sync finds the record again. A mapping, not a fact, so not cited.
    feed_keys = models.JSONField(default=dict, blank=True, help_text="Feed name → this record's key in that feed.")

    class Meta:
        ordering = ["weight", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("catalog:channel", args=[self.slug])
