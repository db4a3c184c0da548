from .assessments import SUBJECT_TYPES, Assessment, Evidence, Reminder, ReviewInterval
from .controls import ApplicabilityMixin, Control, Playbook
from .frameworks import Framework, FrameworkClause

__all__ = [
    "SUBJECT_TYPES",
    "Assessment",
    "Evidence",
    "Reminder",
    "ReviewInterval",
    "ApplicabilityMixin",
    "Control",
    "Framework",
    "FrameworkClause",
    "Playbook",
]
