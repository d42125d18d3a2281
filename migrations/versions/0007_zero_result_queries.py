"""zero-result queries

Revision ID: 0007_zero_result_queries
Revises: 0005_curation
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa
import exchange.models.types


revision = '0007_zero_result_queries'
down_revision = '0006_datasets'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('zero_result_queries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('query', sa.String(length=300), nullable=False),
    sa.Column('filters', sa.JSON(), nullable=False),
    sa.Column('times', sa.Integer(), nullable=False),
    sa.Column('last_seen_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_zero_result_queries'))
    )
    with op.batch_alter_table('zero_result_queries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zero_result_queries_query'), ['query'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('zero_result_queries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zero_result_queries_query'))

    op.drop_table('zero_result_queries')
