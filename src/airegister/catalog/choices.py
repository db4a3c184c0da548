from airegister.core.choices import ChoiceSet


class TierChoices(ChoiceSet):
    FRONTIER = "frontier"
    MID = "mid"
    SMALL = "small"
    OPEN_WEIGHTS = "open-weights"
    CHOICES = [
        (FRONTIER, "frontier", "purple"),
        (MID, "mid", "blue"),
        (SMALL, "small", "teal"),
        (OPEN_WEIGHTS, "open-weights", "green"),
    ]


class LifecycleStatusChoices(ChoiceSet):
    ACTIVE = "active"
    LEGACY = "legacy"
    DEPRECATED = "deprecated"
    RETIRED = "retired"
    WITHDRAWN = "withdrawn"
    CHOICES = [
        (ACTIVE, "Active", "green"),
        (LEGACY, "Legacy", "gray"),
        (DEPRECATED, "Deprecated", "orange"),
        (RETIRED, "Retired", "red"),
        (WITHDRAWN, "Withdrawn", "red"),
    ]


class ModalityChoices(ChoiceSet):
    TEXT = "text"
    IMAGE = "image"
    AUDIO = "audio"
    VIDEO = "video"
    CHOICES = [(TEXT, "Text", "gray"), (IMAGE, "Image", "gray"), (AUDIO, "Audio", "gray"), (VIDEO, "Video", "gray")]


class ChannelKindChoices(ChoiceSet):
    VENDOR_API = "vendor-api"
    CONSUMER_APP = "consumer-app"
    ENTERPRISE_PLAN = "enterprise-plan"
    CLOUD_PLATFORM = "cloud-platform"
    AGGREGATOR = "aggregator"  # resells many vendors' models behind one API (OpenRouter, Together, …)
    OTHER = "other"
    CHOICES = [
        (VENDOR_API, "Vendor API", "blue"),
        (CONSUMER_APP, "Consumer app", "orange"),
        (ENTERPRISE_PLAN, "Enterprise plan", "green"),
        (CLOUD_PLATFORM, "Cloud platform", "indigo"),
        (AGGREGATOR, "Aggregator", "teal"),
        (OTHER, "Other", "gray"),
    ]


class TermValueChoices(ChoiceSet):
    YES = "yes"
    NO = "no"
    CONDITIONAL = "conditional"
    NOT_RECORDED = "not-recorded"
    CHOICES = [
        (YES, "Yes", "green"),
        (NO, "No", "red"),
        (CONDITIONAL, "Conditional", "orange"),
        (NOT_RECORDED, "Not recorded", "gray"),
    ]


class RetentionChoices(ChoiceSet):
    """What a retention term says about how long inputs are kept."""

    ZERO = "zero"
    TRANSIENT = "transient"
    DAYS = "days"
    INDEFINITE = "indefinite"
    CHOICES = [
        (ZERO, "Zero", "green"),
        (TRANSIENT, "Transient", "teal"),
        (DAYS, "A number of days", "orange"),
        (INDEFINITE, "Indefinite", "red"),
    ]


class AttributeHeadlineChoices(ChoiceSet):
    """How the one-word answer above an attribute's detail is computed from its per-channel terms."""

    NONE = "none"  # no headline; the per-channel sentences say it all
    ANY_YES = "any-yes"  # yes if any channel offers it (availability of a protection)
    PRIMARY = "primary"  # the value on the vendor's own API (or, failing that, the vendor-wide term)
    CHOICES = [(NONE, "None", "gray"), (ANY_YES, "Yes on any channel", "gray"), (PRIMARY, "Primary channel", "gray")]


class AttributeDetailChoices(ChoiceSet):
    """How an attribute's per-channel terms are summarised in one line."""

    VIA = "via"  # "Via: A; B; C" — the channels where the value is yes
    CHANNELS = "channels"  # "A; B" — the same, without the prefix
    STATEMENTS = "statements"  # the terms' own sentences, in channel order
    CHOICES = [(VIA, "Via: channels", "gray"), (CHANNELS, "Channels", "gray"), (STATEMENTS, "Statements", "gray")]


class FlagSeverityChoices(ChoiceSet):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"
    CHOICES = [(LOW, "Low", "gray"), (MEDIUM, "Medium", "orange"), (HIGH, "High", "red"), (CRITICAL, "Critical", "red")]


class FlagStatusChoices(ChoiceSet):
    ACTIVE = "active"
    RESOLVED = "resolved"
    CHOICES = [(ACTIVE, "Active", "red"), (RESOLVED, "Resolved", "green")]


class FlagCategoryChoices(ChoiceSet):
    DATA_HANDLING = "data-handling"
    SECURITY = "security"
    SAFETY = "safety"
    LEGAL = "legal"
    AVAILABILITY = "availability"
    SOURCE_CHANGE = "source-change"
    OTHER = "other"
    CHOICES = [
        (DATA_HANDLING, "Data handling", "orange"),
        (SECURITY, "Security", "red"),
        (SAFETY, "Safety", "red"),
        (LEGAL, "Legal", "purple"),
        (AVAILABILITY, "Availability", "orange"),
        (SOURCE_CHANGE, "Source changed", "blue"),
        (OTHER, "Other", "gray"),
    ]


class ContinuityKindChoices(ChoiceSet):
    SUCCESSOR = "successor"
    CONTINUITY = "continuity"
    CHOICES = [(SUCCESSOR, "Successor", "blue"), (CONTINUITY, "Recommended continuity option", "green")]


class FmtiEditionChoices(ChoiceSet):
    """Editions of the Foundation Model Transparency Index the register ships (catalog_data/fmti/)."""

    DEC_2025 = "2025-12"
    MAY_2024 = "2024-05"
    CHOICES = [(DEC_2025, "Dec 2025", "blue"), (MAY_2024, "May 2024", "gray")]


class RegionChoices(ChoiceSet):
    """Region codes a data-residency term may name (its `regions`), as the residency filter offers them."""

    EU = "EU"
    US = "US"
    UK = "UK"
    CA = "CA"
    CH = "CH"
    JP = "JP"
    AU = "AU"
    CHOICES = [
        (EU, "European Union", "blue"),
        (US, "United States", "blue"),
        (UK, "United Kingdom", "blue"),
        (CA, "Canada", "blue"),
        (CH, "Switzerland", "blue"),
        (JP, "Japan", "blue"),
        (AU, "Australia", "blue"),
    ]


class CommitmentKindChoices(ChoiceSet):
    """Where a vendor's safety commitment was made."""

    SCALING_POLICY = "scaling-policy"
    VOLUNTARY_PLEDGE = "voluntary-pledge"
    TRANSPARENCY = "transparency"
    CHOICES = [
        (SCALING_POLICY, "Scaling policy", "purple"),
        (VOLUNTARY_PLEDGE, "Voluntary pledge", "blue"),
        (TRANSPARENCY, "Transparency statement", "teal"),
    ]
