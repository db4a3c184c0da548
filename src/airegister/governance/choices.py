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
