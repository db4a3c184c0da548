"""The extractor's result, shaped exactly as the `extract` JSON contract (SPEC.md section 4)."""

from dataclasses import dataclass, field

# Order of the contract's keys; `to_dict` keeps it so the printed JSON reads like the spec.
FACT_FIELDS = (
    "developer",
    "release_date",
    "knowledge_cutoff",
    "training_data_cutoff",
    "input_modalities",
    "output_modalities",
    "context_window",
    "license",
    "parameters",
    "access_surfaces",
    "safety_level",
)


class ExtractionError(Exception):
    """Bad input: the message is one line that tells the user what is wrong (the CLI exits 2 with it)."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


@dataclass
class Evaluation:
    name: str
    value: float
    unit: str
    condition: str | None = None
    margin: float | None = None
    evidence: str = ""

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "value": self.value,
            "unit": self.unit,
            "condition": self.condition,
            "margin": self.margin,
            "evidence": self.evidence,
        }


@dataclass
class ModelFacts:
    name: str
    developer: str | None = None
    release_date: str | None = None
    knowledge_cutoff: str | None = None
    training_data_cutoff: str | None = None
    input_modalities: list[str] | None = None
    output_modalities: list[str] | None = None
    context_window: int | None = None
    license: str | None = None
    parameters: int | None = None
    access_surfaces: list[str] | None = None
    safety_level: str | None = None
    evaluations: list[Evaluation] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)
    llm_fields: list[str] = field(default_factory=list)  # fields only the LLM reader found (extraction/llm.py)

    def set(self, name: str, value, excerpt: str) -> None:
        """Record a fact only with its excerpt: a value without evidence is never stored."""
        if value in (None, "", []) or not excerpt:
            return
        setattr(self, name, value)
        self.evidence[name] = excerpt

    def to_dict(self) -> dict:
        out = {"name": self.name}
        for name in FACT_FIELDS:
            out[name] = getattr(self, name)
        out["evaluations"] = [e.to_dict() for e in self.evaluations]
        evidence = {k: v for k, v in self.evidence.items() if getattr(self, k, None) not in (None, "", [])}
        if self.evaluations:
            # One string per field (the contract); each evaluation also carries its own excerpt.
            evidence["evaluations"] = self.evaluations[0].evidence
        out["evidence"] = evidence
        return out


@dataclass
class Source:
    path: str
    sha256: str
    format: str
    title: str | None

    def to_dict(self) -> dict:
        return {"path": self.path, "sha256": self.sha256, "format": self.format, "title": self.title}


@dataclass
class ExtractionResult:
    source: Source
    models: list[ModelFacts]
    llm: dict | None = None  # the LLM reader's account, when it is on: proposed, kept, dropped by reason, error

    def to_dict(self) -> dict:
        out = {"source": self.source.to_dict(), "models": [m.to_dict() for m in self.models]}
        if self.llm is not None:
            # Keys added only when the LLM reader ran: the offline contract is unchanged.
            for entry, model in zip(out["models"], self.models, strict=True):
                entry["llm_fields"] = list(model.llm_fields)
            out["llm"] = self.llm
        return out
