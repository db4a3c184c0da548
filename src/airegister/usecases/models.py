"""Our own AI workflows (use cases), and the two vocabularies a workload is described in: data classes and
regions of the data subjects. Both vocabularies are tables an administrator can extend; each entry may imply
broader ones (PHI is personal data too; data subjects in Germany are in the EU), and a check always works on
the implied closure, so a rule written for "personal data" also catches PHI.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from airegister.core.models import ChangeLoggedModel

from .choices import CapabilityChoices, UseCaseStatusChoices


def closure(start_ids, parents: dict[int, set[int]]) -> set[int]:
    """`start_ids` with every ancestor reachable through `parents` (cycles are harmless)."""
    seen: set[int] = set()
    todo = list(start_ids)
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo.extend(parents.get(current, ()))
    return seen


class ImplyingQuerySet(models.QuerySet):
    def parent_map(self) -> dict[int, set[int]]:
        """{id: {parent ids}} for every entry, in one query."""
        through = self.model.parents.through
        source, target = f"from_{self.model._meta.model_name}_id", f"to_{self.model._meta.model_name}_id"
        mapping: dict[int, set[int]] = {}
        for child, parent in through.objects.values_list(source, target):
            mapping.setdefault(child, set()).add(parent)
        return mapping

    def implied_by(self, entries) -> list:
        """The entries with everything they imply, in display order."""
        ids = closure([e.pk for e in entries], self.parent_map())
        return list(self.filter(pk__in=ids))


class VocabularyEntry(ChangeLoggedModel):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=50, unique=True)
    description = models.TextField(blank=True)
    weight = models.PositiveSmallIntegerField(default=100, help_text="Display order: lower comes first.")

    objects = ImplyingQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["weight", "name"]

    def __str__(self):
        return self.name


class DataClass(VocabularyEntry):
    parents = models.ManyToManyField(
        "self",
        symmetrical=False,
        related_name="children",
        blank=True,
        verbose_name="implies",
        help_text="Broader classes this one is also (PHI is also personal data): their rules apply to it too.",
    )

    class Meta(VocabularyEntry.Meta):
        verbose_name = "data class"
        verbose_name_plural = "data classes"

    def get_absolute_url(self):
        return reverse("usecases:vocabulary") + f"#data-class-{self.slug}"


class Region(VocabularyEntry):
    code = models.CharField(
        max_length=20,
        unique=True,
        help_text='The code data-handling terms use for it in their regions (e.g. "EU", "US").',
    )
    parents = models.ManyToManyField(
        "self",
        symmetrical=False,
        related_name="children",
        blank=True,
        verbose_name="within",
        help_text="Larger regions this one is part of: their rules apply to it too.",
    )

    class Meta(VocabularyEntry.Meta):
        verbose_name = "region"

    def get_absolute_url(self):
        return reverse("usecases:vocabulary") + f"#region-{self.slug}"


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
