"""KPI mapping of a dataset revision

Revision ID: 0010_dataset_kpi_mapping
Revises: 0009_peer_groups
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa


revision = '0010_dataset_kpi_mapping'
down_revision = '0009_peer_groups'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dataset_revisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kpi_mapping', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('dataset_revisions', schema=None) as batch_op:
        batch_op.drop_column('kpi_mapping')
