from .controls import ApplicabilityMixin, Control, Playbook
from .frameworks import Framework, FrameworkClause

__all__ = [
    "ApplicabilityMixin",
    "Control",
    "Framework",
    "FrameworkClause",
    "Playbook",
]
