"""saved searches

Revision ID: 0008_saved_searches
Revises: 0007_zero_result_queries
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa
import exchange.models.types


revision = '0008_saved_searches'
down_revision = '0007_zero_result_queries'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('saved_searches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('query_text', sa.String(length=1000), nullable=False),
    sa.Column('filters', sa.JSON(), nullable=False),
    sa.Column('sort', sa.String(length=20), nullable=False),
    sa.Column('digest_frequency', sa.String(length=10), nullable=False),
    sa.Column('created_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_digest_at', exchange.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('feed_token', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_saved_searches_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_searches')),
    sa.UniqueConstraint('feed_token', name=op.f('uq_saved_searches_feed_token'))
    )
    with op.batch_alter_table('saved_searches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_saved_searches_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('saved_searches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_saved_searches_user_id'))

    op.drop_table('saved_searches')
