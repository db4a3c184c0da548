from airegister.core.choices import ChoiceSet


class UseCaseStatusChoices(ChoiceSet):
    PROPOSED = "proposed"
    APPROVED = "approved"
    IN_PRODUCTION = "in-production"
    RETIRED = "retired"
    CHOICES = [
        (PROPOSED, "Proposed", "blue"),
        (APPROVED, "Approved", "green"),
        (IN_PRODUCTION, "In production", "teal"),
        (RETIRED, "Retired", "gray"),
    ]
    # Use cases that still run (or are about to): the ones a withdrawn model or failing fact puts at risk.
    LIVE = (PROPOSED, APPROVED, IN_PRODUCTION)
