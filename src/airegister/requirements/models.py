"""Requirement profiles: named, versioned sets of rules over the catalog's facts.

A rule says: when a workload handles <data class> (or any) for data subjects in <region> (or anywhere), the
model × channel must satisfy <check>. Rules live on their profile and are edited in place; every edit of a
profile or its rules appends a `ProfileVersion` (a snapshot of the whole profile), so old versions are kept
and a check can say which version it applied.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone

from airegister.catalog.choices import FlagSeverityChoices, LifecycleStatusChoices
from airegister.core.models import ChangeLoggedModel

from .choices import ExpectationChoices, RuleKindChoices

# --- The two vocabularies a workload is described in: data classes and regions of the data subjects. ---------
# Both are tables an administrator can extend; each entry may imply broader ones (PHI is personal data too;
# data subjects in Germany are in the EU), and a check always works on the implied closure, so a rule written
# for "personal data" also catches PHI. Their tables keep the names they had when use cases held them.


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
        db_table = "usecases_dataclass"
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
        db_table = "usecases_region"
        verbose_name = "region"

    def get_absolute_url(self):
        return reverse("usecases:vocabulary") + f"#region-{self.slug}"


class RequirementProfileQuerySet(models.QuerySet):
    def default(self):
        """The default profile (the one marked default, else the first), or None when there is none."""
        return self.order_by("-is_default", "name").first()


class RequirementProfile(ChangeLoggedModel):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    is_default = models.BooleanField(
        default=False, help_text="Used by the check page and by use cases that name no profile."
    )

    objects = RequirementProfileQuerySet.as_manager()

    class Meta:
        ordering = ["-is_default", "name"]
        verbose_name = "requirement profile"
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"], condition=models.Q(is_default=True), name="requirements_one_default_profile"
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("requirements:profile", args=[self.slug])

    def snapshot_data(self) -> dict:
        """The profile and its rules as a version keeps them (slugs, not ids, so a version reads on its own)."""
        rules = self.rules.select_related("data_class", "region", "attribute", "fallback_attribute")
        return {
            "name": self.name,
            "description": self.description,
            "rules": [rule.snapshot_data() for rule in rules],
        }

    @property
    def current_version(self) -> int:
        latest = self.versions.order_by("-number").values_list("number", flat=True).first()
        return latest or 0


class ProfileVersion(models.Model):
    """One saved state of a profile and its rules. Append-only: versions are never edited."""

    profile = models.ForeignKey(RequirementProfile, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    created = models.DateTimeField(default=timezone.now, editable=False)
    user_name = models.CharField(max_length=150, blank=True, editable=False)
    message = models.CharField(max_length=500, blank=True, editable=False)
    data = models.JSONField(editable=False)

    class Meta:
        ordering = ["profile", "-number"]
        verbose_name = "profile version"
        constraints = [models.UniqueConstraint(fields=["profile", "number"], name="requirements_version_unique")]

    def __str__(self):
        return f"{self.profile} v{self.number}"


class Rule(ChangeLoggedModel):
    profile = models.ForeignKey(RequirementProfile, on_delete=models.CASCADE, related_name="rules")
    key = models.SlugField(max_length=50, help_text="Stable name of the rule in check results (JSON, CLI).")
    name = models.CharField(max_length=100, help_text='Short, shown as a column heading ("HIPAA BAA").')
    description = models.TextField(blank=True, help_text="Why the rule exists.")
    weight = models.PositiveSmallIntegerField(default=100)
    # The trigger: empty means "any".
    data_class = models.ForeignKey(
        DataClass,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="rules",
        help_text="Applies when the workload handles this class (or one implying it). Empty: any workload.",
    )
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="rules",
        help_text="… for data subjects in this region (or one within it). Empty: anywhere.",
    )
    kind = models.CharField(max_length=20, choices=RuleKindChoices.choices(), default=RuleKindChoices.DATA_TERM)
    # kind = data-term: the attribute's term on the channel must meet `expected`. A foreign key, so a rule
    # naming an attribute the catalog does not have is refused when saved, not discovered when evaluated.
    attribute = models.ForeignKey(
        "catalog.DataAttribute", on_delete=models.PROTECT, null=True, blank=True, related_name="rules"
    )
    expected = models.CharField(max_length=20, choices=ExpectationChoices.choices(), blank=True)
    fallback_attribute = models.ForeignKey(
        "catalog.DataAttribute",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="fallback_rules",
        help_text="Consulted only when the channel records nothing for the attribute.",
    )
    fallback_expected = models.CharField(max_length=20, choices=ExpectationChoices.choices(), blank=True)
    fallback_reason = models.CharField(
        max_length=200, blank=True, help_text="Why the fallback answers the rule (shown with the result)."
    )
    # kind = no-active-flag
    severity = models.CharField(
        max_length=10, choices=FlagSeverityChoices.choices(), blank=True, help_text="This severity or worse fails."
    )
    # kind = lifecycle-status
    statuses = models.JSONField(default=list, blank=True, help_text="Lifecycle statuses that pass.")

    class Meta:
        ordering = ["profile", "weight", "pk"]
        constraints = [models.UniqueConstraint(fields=["profile", "key"], name="requirements_rule_key_unique")]

    def __str__(self):
        return self.name

    def get_changelog_parent(self):
        return self.profile

    def get_absolute_url(self):
        return self.profile.get_absolute_url() + f"#rule-{self.key}"

    def clean(self):
        super().clean()
        errors = {}
        if self.kind == RuleKindChoices.DATA_TERM:
            if not self.attribute_id:
                errors["attribute"] = "A data-term rule names the data-handling attribute it looks at."
            if not self.expected:
                errors["expected"] = "Say what the term must say."
            if self.fallback_attribute_id and not self.fallback_expected:
                errors["fallback_expected"] = "Say what the fallback term must say."
            if self.fallback_expected and not self.fallback_attribute_id:
                errors["fallback_attribute"] = "Name the fallback attribute."
        else:
            for name in ("attribute", "expected", "fallback_attribute", "fallback_expected"):
                if getattr(self, name if not name.endswith("attribute") else f"{name}_id"):
                    errors[name] = "Only data-term rules look at a data-handling attribute."
        if self.kind == RuleKindChoices.NO_ACTIVE_FLAG and not self.severity:
            errors["severity"] = "Say which severity (or worse) fails."
        if self.kind == RuleKindChoices.LIFECYCLE:
            valid = LifecycleStatusChoices.values()
            if not isinstance(self.statuses, list) or not self.statuses:
                errors["statuses"] = f"List the statuses that pass ({', '.join(valid)})."
            else:
                bad = [s for s in self.statuses if s not in valid]
                if bad:
                    errors["statuses"] = f"Unknown status {', '.join(map(str, bad))}; valid: {', '.join(valid)}."
        if errors:
            raise ValidationError(errors)

    @property
    def trigger_label(self) -> str:
        what = self.data_class.name if self.data_class_id else "Any data"
        return f"{what} · {self.region.name}" if self.region_id else what

    def snapshot_data(self) -> dict:
        return {
            "key": self.key,
            "name": self.name,
            "description": self.description,
            "weight": self.weight,
            "data_class": self.data_class.slug if self.data_class_id else None,
            "region": self.region.slug if self.region_id else None,
            "kind": self.kind,
            "attribute": self.attribute.slug if self.attribute_id else None,
            "expected": self.expected,
            "fallback_attribute": self.fallback_attribute.slug if self.fallback_attribute_id else None,
            "fallback_expected": self.fallback_expected,
            "fallback_reason": self.fallback_reason,
            "severity": self.severity,
            "statuses": list(self.statuses or []),
        }
