from airegister.core.choices import ChoiceSet


class FoundByChoices(ChoiceSet):
    """Which reader found a proposed fact: the offline extractor, or only the optional LLM reader (its value
    checked by the grounding rules, extraction/grounding.py)."""

    OFFLINE = "offline"
    LLM = "llm"
    CHOICES = [
        (OFFLINE, "Offline reader", "gray"),
        (LLM, "LLM only", "purple"),
    ]
