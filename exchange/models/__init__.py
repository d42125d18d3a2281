"""SQLAlchemy 2 typed models. Models hold data and invariants; they never commit."""
from exchange.models.audit import AuditChainHead, AuditEvent
from exchange.models.contribution import Contribution, ContributionTerm, Revision
from exchange.models.maturity import (
    MaturityAnswer,
    MaturityAssessment,
    MaturityDimension,
    MaturityDimensionScore,
    MaturityFramework,
    MaturityQuestion,
)
from exchange.models.organisation import Membership, Organisation
from exchange.models.user import Invitation, User
from exchange.models.vault import DataKey
from exchange.models.vocabulary import VocabularyTerm

__all__ = [
    "AuditChainHead",
    "AuditEvent",
    "Contribution",
    "ContributionTerm",
    "DataKey",
    "Invitation",
    "MaturityAnswer",
    "MaturityAssessment",
    "MaturityDimension",
    "MaturityDimensionScore",
    "MaturityFramework",
    "MaturityQuestion",
    "Membership",
    "Organisation",
    "Revision",
    "User",
    "VocabularyTerm",
]
