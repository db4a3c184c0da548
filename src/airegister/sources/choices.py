from airegister.core.choices import ChoiceSet


class DocumentTypeChoices(ChoiceSet):
    TRANSPARENCY_REPORT = "transparency_report"
    MODEL_CARD = "model_card"
    SYSTEM_CARD = "system_card"
    TRUST_CENTER = "trust_center"
    POLICY = "policy"
    TERMS = "terms"
    REGISTER_PROFILE = "register_profile"
    OTHER = "other"
    CHOICES = [
        (TRANSPARENCY_REPORT, "Transparency report", "blue"),
        (MODEL_CARD, "Model card", "indigo"),
        (SYSTEM_CARD, "System card", "indigo"),
        (TRUST_CENTER, "Trust centre", "teal"),
        (POLICY, "Policy", "gray"),
        (TERMS, "Terms of service", "gray"),
        (REGISTER_PROFILE, "Register profile", "purple"),
        (OTHER, "Other", "gray"),
    ]
