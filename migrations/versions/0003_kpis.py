"""KPI values of contributions (benchmarks)

Revision ID: 0003_kpis
Revises: 0001_initial
Create Date: 2026-11-26 23:36:10.468408
"""
from alembic import op
import sqlalchemy as sa
import exchange.models.types


revision = '0003_kpis'
down_revision = '0002_api_tokens'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('kpi_values',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contribution_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('metric', sa.String(length=40), nullable=False),
    sa.Column('phase', sa.String(length=10), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('self_reported', sa.Boolean(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('recorded_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contribution_id'], ['contributions.id'], name=op.f('fk_kpi_values_contribution_id_contributions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_kpi_values_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kpi_values'))
    )
    with op.batch_alter_table('kpi_values', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kpi_values_contribution_id'), ['contribution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_kpi_values_metric'), ['metric'], unique=False)
        batch_op.create_index(batch_op.f('ix_kpi_values_organisation_id'), ['organisation_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('kpi_values', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kpi_values_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_kpi_values_metric'))
        batch_op.drop_index(batch_op.f('ix_kpi_values_contribution_id'))

    op.drop_table('kpi_values')
