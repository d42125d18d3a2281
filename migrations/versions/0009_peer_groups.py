"""site type of a contribution and saved peer groups

Revision ID: 0009_peer_groups
Revises: 0008_saved_searches
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa
import exchange.models.types


revision = '0009_peer_groups'
down_revision = '0008_saved_searches'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contributions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('site_type', sa.String(length=20), nullable=True))
    op.create_table('peer_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('segment', sa.String(length=60), nullable=True),
    sa.Column('organisation_kind', sa.String(length=20), nullable=True),
    sa.Column('size_band', sa.String(length=20), nullable=True),
    sa.Column('site_type', sa.String(length=20), nullable=True),
    sa.Column('created_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_peer_groups_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_peer_groups')),
    sa.UniqueConstraint('user_id', 'name', name=op.f('uq_peer_groups_user_id'))
    )
    with op.batch_alter_table('peer_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_peer_groups_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('peer_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_peer_groups_user_id'))
    op.drop_table('peer_groups')
    with op.batch_alter_table('contributions', schema=None) as batch_op:
        batch_op.drop_column('site_type')
