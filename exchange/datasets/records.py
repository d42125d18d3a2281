"""The dataset row of a revision: read it, or carry the previous revision's choices forward."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.domain.errors import NotFound, ValidationFailed
from exchange.models import Contribution, DatasetRevision, Revision

KIND = "dataset"
DEFAULT_K = 5
DEFAULT_L = 2


def dataset_of(session: Session, contribution: Contribution, revision_id: int | None) -> DatasetRevision:
    """The dataset settings of ``revision_id``; a revision made by ``revise`` inherits the last ones."""
    if contribution.kind != KIND or revision_id is None:
        raise NotFound("No such dataset.")
    found = session.get(DatasetRevision, revision_id)
    if found is not None:
        return found
    previous = session.scalar(
        select(DatasetRevision).join(Revision, Revision.id == DatasetRevision.revision_id)
        .where(Revision.contribution_id == contribution.id).order_by(Revision.number.desc()).limit(1))
    if previous is None:
        raise NotFound("This dataset has no file.")
    copy = DatasetRevision(revision_id=revision_id, file_format=previous.file_format,
                           file_bytes=previous.file_bytes, roles=previous.roles, k=previous.k, l=previous.l,
                           kpi_mapping=previous.kpi_mapping)
    session.add(copy)
    session.flush()
    return copy


def require_roles_chosen(session: Session, contribution: Contribution) -> None:
    """Called on submit: a dataset goes to the pipeline only after its column-role step."""
    if contribution.kind != KIND:
        return
    if not dataset_of(session, contribution, contribution.current_revision_id).roles:
        raise ValidationFailed("Choose a role for every column before submitting.",
                               {"roles": "Complete the column-role step first."})
