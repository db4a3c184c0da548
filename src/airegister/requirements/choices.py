from airegister.core.choices import ChoiceSet


class RuleKindChoices(ChoiceSet):
    """What a rule looks at."""

    DATA_TERM = "data-term"
    NO_ACTIVE_FLAG = "no-active-flag"
    LIFECYCLE = "lifecycle-status"
    CHOICES = [
        (DATA_TERM, "A data-handling term on the channel", "blue"),
        (NO_ACTIVE_FLAG, "No active compliance flag of this severity or worse", "red"),
        (LIFECYCLE, "The model's lifecycle status", "orange"),
    ]


class ExpectationChoices(ChoiceSet):
    """What a data-handling term must say for a rule to pass."""

    YES = "yes"
    NO = "no"
    REGION = "region"
    RETENTION_ZERO = "retention-zero"
    CHOICES = [
        (YES, "Yes (offered)", "green"),
        (NO, "No (not done)", "green"),
        (REGION, "Covers the workload's region", "green"),
        (RETENTION_ZERO, "Retention is zero", "green"),
    ]


class ResultChoices(ChoiceSet):
    """A rule's result, and a whole option's verdict. Unknown (the fact is not recorded) is never a pass.

    Not offered is a verdict only, never a rule's result: no offer of the model on the channel is recorded, or
    the recorded offer has ended (retired or withdrawn there), so the channel's terms are not an option for it
    whatever they say. The rules are still evaluated, to show what the terms would say."""

    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"
    NOT_OFFERED = "no-offer"
    CHOICES = [
        (PASS, "Pass", "green"),
        (FAIL, "Fail", "red"),
        (UNKNOWN, "Unknown", "orange"),
        (NOT_OFFERED, "Not offered", "gray"),
    ]
    SYMBOLS = {PASS: "✓", FAIL: "✗", UNKNOWN: "?", NOT_OFFERED: "–"}
    # For ranking and comparing: lower is better.
    RANK = {PASS: 0, UNKNOWN: 1, FAIL: 2, NOT_OFFERED: 3}

    @classmethod
    def symbol(cls, value) -> str:
        return cls.SYMBOLS.get(value, "")


class CapabilityChoices(ChoiceSet):
    """What a workload needs the model to take in or put out, checked against the model's recorded modalities."""

    TEXT_INPUT = "text-input"
    IMAGE_INPUT = "image-input"
    AUDIO_INPUT = "audio-input"
    VIDEO_INPUT = "video-input"
    TEXT_OUTPUT = "text-output"
    IMAGE_OUTPUT = "image-output"
    AUDIO_OUTPUT = "audio-output"
    VIDEO_OUTPUT = "video-output"
    CHOICES = [
        (TEXT_INPUT, "Text input", "gray"),
        (IMAGE_INPUT, "Image input", "gray"),
        (AUDIO_INPUT, "Audio input", "gray"),
        (VIDEO_INPUT, "Video input", "gray"),
        (TEXT_OUTPUT, "Text output", "gray"),
        (IMAGE_OUTPUT, "Image output", "gray"),
        (AUDIO_OUTPUT, "Audio output", "gray"),
        (VIDEO_OUTPUT, "Video output", "gray"),
    ]

    @staticmethod
    def split(value: str) -> tuple[str, str]:
        """"image-input" → ("image", "input_modalities")."""
        modality, direction = value.rsplit("-", 1)
        return modality, f"{direction}_modalities"
