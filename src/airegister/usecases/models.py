"""Our own AI workflows (use cases). The vocabularies a workload is described in (data classes, regions of
the data subjects) belong to the requirements app, below this one.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from airegister.core.models import ChangeLoggedModel
from airegister.requirements.choices import CapabilityChoices
from airegister.requirements.models import DataClass, Region

from .choices import UseCaseStatusChoices


class UseCase(ChangeLoggedModel):
    """One of our own AI workflows: what data it handles, for whom, and which model and channel it uses."""

    name = models.CharField(max_length=150, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    owner = models.CharField(max_length=150, help_text="The person or team accountable for it.")
    description = models.TextField(blank=True)
    status = models.CharField(
        max_length=20, choices=UseCaseStatusChoices.choices(), default=UseCaseStatusChoices.PROPOSED
    )
    data_classes = models.ManyToManyField(DataClass, related_name="use_cases", blank=True)
    regions = models.ManyToManyField(
        Region, related_name="use_cases", blank=True, help_text="Where the data subjects are."
    )
    capabilities = models.JSONField(
        default=list, blank=True, help_text="Required capabilities (e.g. image-input)."
    )
    # PROTECT: a model or channel a use case depends on is marked withdrawn, not deleted from under it.
    model = models.ForeignKey(
        "catalog.AIModel", on_delete=models.PROTECT, related_name="use_cases", null=True, blank=True
    )
    channel = models.ForeignKey(
        "catalog.Channel", on_delete=models.PROTECT, related_name="use_cases", null=True, blank=True
    )
    profile = models.ForeignKey(
        "requirements.RequirementProfile",
        on_delete=models.PROTECT,
        related_name="use_cases",
        null=True,
        blank=True,
        verbose_name="requirement profile",
        help_text="Empty: the default profile.",
    )
    # What the check said when someone last reviewed the use case; the live result is compared with it.
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    reviewed_verdict = models.CharField(max_length=10, blank=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = "use case"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("usecases:usecase", args=[self.slug])

    def clean(self):
        super().clean()
        if not isinstance(self.capabilities, list) or not all(isinstance(c, str) for c in self.capabilities):
            raise ValidationError({"capabilities": "Give a list of capability names."})
        unknown = [c for c in self.capabilities if c not in CapabilityChoices.values()]
        if unknown:
            raise ValidationError(
                {
                    "capabilities": f"Unknown capability {', '.join(unknown)}; valid: "
                    f"{', '.join(CapabilityChoices.values())}."
                }
            )
        if self.channel_id and not self.model_id:
            raise ValidationError({"model": "Name the model used on this channel."})
