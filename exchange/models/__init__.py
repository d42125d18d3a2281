"""SQLAlchemy 2 typed models. Models hold data and invariants; they never commit."""
from exchange.models.api_token import ApiToken
from exchange.models.audit import AuditChainHead, AuditEvent
from exchange.models.contribution import Contribution, ContributionTerm, Revision
from exchange.models.curation import Collection, CollectionItem, Comment
from exchange.models.dataset import DatasetRevision
from exchange.models.kpi import KpiValue
from exchange.models.maturity import (
    MaturityAnswer,
    MaturityAssessment,
    MaturityDimension,
    MaturityDimensionScore,
    MaturityFramework,
    MaturityQuestion,
)
from exchange.models.organisation import Membership, Organisation
from exchange.models.peer_group import PeerGroup
from exchange.models.saved_search import SavedSearch
from exchange.models.search_miss import SearchMiss
from exchange.models.user import Invitation, User
from exchange.models.vault import DataKey
from exchange.models.vocabulary import VocabularyTerm

__all__ = [
    "ApiToken",
    "AuditChainHead",
    "AuditEvent",
    "Collection",
    "CollectionItem",
    "Comment",
    "Contribution",
    "ContributionTerm",
    "DataKey",
    "DatasetRevision",
    "Invitation",
    "KpiValue",
    "MaturityAnswer",
    "MaturityAssessment",
    "MaturityDimension",
    "MaturityDimensionScore",
    "MaturityFramework",
    "MaturityQuestion",
    "Membership",
    "Organisation",
    "PeerGroup",
    "Revision",
    "SavedSearch",
    "SearchMiss",
    "User",
    "VocabularyTerm",
]
