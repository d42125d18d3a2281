"""datasets

Revision ID: 0006_datasets
Revises: 0005_curation
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_datasets'
down_revision = '0005_curation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dataset_revisions',
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('file_format', sa.String(length=10), nullable=False),
    sa.Column('file_bytes', sa.Integer(), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=True),
    sa.Column('k', sa.Integer(), nullable=False),
    sa.Column('l', sa.Integer(), nullable=False),
    sa.Column('anonymised_csv', sa.Text(), nullable=True),
    sa.Column('report', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['revision_id'], ['revisions.id'], name=op.f('fk_dataset_revisions_revision_id_revisions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('revision_id', name=op.f('pk_dataset_revisions'))
    )


def downgrade() -> None:
    op.drop_table('dataset_revisions')
