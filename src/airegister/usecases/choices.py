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
