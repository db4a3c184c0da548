from airegister.core.choices import ChoiceSet


class ApplicabilityChoices(ChoiceSet):
    """Which models a control or playbook applies to: a rule, never a hand-kept list."""

    ALL_MODELS = "all-models"
    THIRD_PARTY = "third-party"
    TIER = "tier"
    VENDOR = "vendor"
    LIFECYCLE_STATUS = "lifecycle-status"
    HAS_ACTIVE_FLAG = "has-active-flag"
    CHOICES = [
        (ALL_MODELS, "Every model", "gray"),
        (THIRD_PARTY, "Every third-party model", "blue"),
        (TIER, "Models of tier …", "purple"),
        (VENDOR, "Models of vendor …", "indigo"),
        (LIFECYCLE_STATUS, "Models with lifecycle status …", "orange"),
        (HAS_ACTIVE_FLAG, "Models with an active compliance flag", "red"),
    ]
    # Rules that need a value (the tier, vendor slug or status), comma-separated for several.
    NEEDS_VALUE = {TIER, VENDOR, LIFECYCLE_STATUS}


class ControlCategoryChoices(ChoiceSet):
    THIRD_PARTY_RISK = "third-party-risk"
    PROCUREMENT = "procurement"
    EVALUATION = "evaluation"
    CONTRACTS = "contracts"
    MONITORING = "monitoring"
    CHOICES = [
        (THIRD_PARTY_RISK, "Third-party risk", "blue"),
        (PROCUREMENT, "Procurement", "indigo"),
        (EVALUATION, "Evaluation", "purple"),
        (CONTRACTS, "Contracts", "teal"),
        (MONITORING, "Monitoring", "orange"),
    ]


class QuestionKindChoices(ChoiceSet):
    """How a questionnaire question is answered."""

    YES_NO = "yes-no"
    TEXT = "text"
    CHOICE = "choice"
    EVIDENCE = "evidence"
    CHOICES = [
        (YES_NO, "Yes / no", "blue"),
        (TEXT, "Text", "gray"),
        (CHOICE, "Choice", "indigo"),
        (EVIDENCE, "Evidence", "teal"),
    ]


class RiskRatingChoices(ChoiceSet):
    """An assessment's risk rating; each has a review interval (ReviewInterval, editable by an admin)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    CHOICES = [
        (HIGH, "High", "red"),
        (MEDIUM, "Medium", "orange"),
        (LOW, "Low", "green"),
    ]
    DEFAULT_DAYS = {HIGH: 90, MEDIUM: 180, LOW: 365}


class AssessmentStatusChoices(ChoiceSet):
    DRAFT = "draft"
    COMPLETED = "completed"
    SIGNED_OFF = "signed-off"
    CHOICES = [
        (DRAFT, "Draft", "gray"),
        (COMPLETED, "Completed, awaiting sign-off", "blue"),
        (SIGNED_OFF, "Signed off", "green"),
    ]
    DONE = (COMPLETED, SIGNED_OFF)


class DueStateChoices(ChoiceSet):
    """Where an assessment's next review stands today."""

    OVERDUE = "overdue"
    DUE_SOON = "due-soon"
    SCHEDULED = "scheduled"
    CHOICES = [
        (OVERDUE, "Overdue", "red"),
        (DUE_SOON, "Due soon", "orange"),
        (SCHEDULED, "Scheduled", "green"),
    ]
