from airegister.core.choices import ChoiceSet


class DocumentTypeChoices(ChoiceSet):
    TRANSPARENCY_REPORT = "transparency_report"
    MODEL_CARD = "model_card"
    SYSTEM_CARD = "system_card"
    TRUST_CENTER = "trust_center"
    POLICY = "policy"
    TERMS = "terms"
    REGISTER_PROFILE = "register_profile"
    # A community-kept dataset (models.dev, LiteLLM's model map): cited as such, never as the vendor.
    COMMUNITY_DATASET = "community_dataset"
    OTHER = "other"
    CHOICES = [
        (TRANSPARENCY_REPORT, "Transparency report", "blue"),
        (MODEL_CARD, "Model card", "indigo"),
        (SYSTEM_CARD, "System card", "indigo"),
        (TRUST_CENTER, "Trust centre", "teal"),
        (POLICY, "Policy", "gray"),
        (TERMS, "Terms of service", "gray"),
        (REGISTER_PROFILE, "Register profile", "purple"),
        (COMMUNITY_DATASET, "Community dataset", "yellow"),
        (OTHER, "Other", "gray"),
    ]


class SourceStatusChoices(ChoiceSet):
    """What the last check of a watched document found ("" = never checked)."""

    OK = "ok"
    MISSING = "missing"
    ERROR = "error"
    CHOICES = [
        (OK, "Reachable", "green"),
        (MISSING, "Gone", "red"),
        (ERROR, "Could not be read", "orange"),
    ]


class ProposedFactStatusChoices(ChoiceSet):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    # A later snapshot proposes another value for the same fact: this one is no longer what the source says.
    SUPERSEDED = "superseded"
    CHOICES = [
        (PROPOSED, "Proposed", "blue"),
        (ACCEPTED, "Accepted", "green"),
        (REJECTED, "Rejected", "gray"),
        (SUPERSEDED, "Superseded", "gray"),
    ]


class FactFieldChoices(ChoiceSet):
    """The facts the extractor reads (SPEC section 4), as proposed facts and diffs name them."""

    DEVELOPER = "developer"
    RELEASE_DATE = "release_date"
    KNOWLEDGE_CUTOFF = "knowledge_cutoff"
    TRAINING_DATA_CUTOFF = "training_data_cutoff"
    INPUT_MODALITIES = "input_modalities"
    OUTPUT_MODALITIES = "output_modalities"
    CONTEXT_WINDOW = "context_window"
    LICENSE = "license"
    PARAMETERS = "parameters"
    ACCESS_SURFACES = "access_surfaces"
    SAFETY_LEVEL = "safety_level"
    EVALUATION = "evaluation"
    CHOICES = [
        (DEVELOPER, "developer", "gray"),
        (RELEASE_DATE, "release date", "gray"),
        (KNOWLEDGE_CUTOFF, "knowledge cutoff", "gray"),
        (TRAINING_DATA_CUTOFF, "training data cutoff", "gray"),
        (INPUT_MODALITIES, "input modalities", "gray"),
        (OUTPUT_MODALITIES, "output modalities", "gray"),
        (CONTEXT_WINDOW, "context window", "gray"),
        (LICENSE, "license", "gray"),
        (PARAMETERS, "parameters", "gray"),
        (ACCESS_SURFACES, "access surfaces", "gray"),
        (SAFETY_LEVEL, "safety level", "purple"),
        (EVALUATION, "safety evaluation", "gray"),
    ]


class ChangeKindChoices(ChoiceSet):
    """What a field-level difference between two snapshots (or a check) found."""

    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"
    GONE = "gone"  # the document itself is no longer there
    CHOICES = [
        (CHANGED, "Changed", "blue"),
        (ADDED, "Newly stated", "green"),
        (REMOVED, "No longer stated", "orange"),
        (GONE, "Document gone", "red"),
    ]
