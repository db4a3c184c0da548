from .ai_models import AIModel, ContinuityLink, ModelAvailability
from .channels import Channel
from .facts import ComplianceFlag, SafetyDocument, SafetyEvaluation, UseRestriction
from .terms import DataAttribute, DataTerm
from .transparency import FmtiIndicator, FmtiScore
from .vendors import Certification, SafetyCommitment, Vendor

__all__ = [
    "AIModel",
    "Certification",
    "Channel",
    "ComplianceFlag",
    "ContinuityLink",
    "DataAttribute",
    "DataTerm",
    "FmtiIndicator",
    "FmtiScore",
    "ModelAvailability",
    "SafetyCommitment",
    "SafetyDocument",
    "SafetyEvaluation",
    "UseRestriction",
    "Vendor",
]
