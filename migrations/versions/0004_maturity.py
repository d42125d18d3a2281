"""digital maturity: frameworks, dimensions, questions and versioned private assessments

Revision ID: 0004_maturity
Revises: 0001_initial
Create Date: 2026-11-26

Schema only: the built-in framework files are loaded by `exchange db upgrade` and `exchange seed`.
"""
from alembic import op
import sqlalchemy as sa
import exchange.models.types


revision = '0004_maturity'
down_revision = '0003_kpis'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('maturity_frameworks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=60), nullable=False),
    sa.Column('version', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=False),
    sa.Column('scale', sa.JSON(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('loaded_by_id', sa.Integer(), nullable=True),
    sa.Column('loaded_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['loaded_by_id'], ['users.id'], name=op.f('fk_maturity_frameworks_loaded_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_maturity_frameworks')),
    sa.UniqueConstraint('slug', 'version', name=op.f('uq_maturity_frameworks_slug'))
    )
    op.create_table('maturity_assessments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('framework_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('submitted_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_maturity_assessments_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['framework_id'], ['maturity_frameworks.id'], name=op.f('fk_maturity_assessments_framework_id_maturity_frameworks')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_maturity_assessments_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_maturity_assessments')),
    sa.UniqueConstraint('organisation_id', 'framework_id', 'version', name=op.f('uq_maturity_assessments_organisation_id'))
    )
    with op.batch_alter_table('maturity_assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_maturity_assessments_framework_id'), ['framework_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_maturity_assessments_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('maturity_dimensions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('framework_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('group_path', sa.JSON(), nullable=False),
    sa.Column('technologies', sa.JSON(), nullable=False),
    sa.Column('descriptors', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['framework_id'], ['maturity_frameworks.id'], name=op.f('fk_maturity_dimensions_framework_id_maturity_frameworks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_maturity_dimensions')),
    sa.UniqueConstraint('framework_id', 'code', name=op.f('uq_maturity_dimensions_framework_id'))
    )
    with op.batch_alter_table('maturity_dimensions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_maturity_dimensions_framework_id'), ['framework_id'], unique=False)

    op.create_table('maturity_dimension_scores',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('dimension_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('target', sa.Integer(), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['maturity_assessments.id'], name=op.f('fk_maturity_dimension_scores_assessment_id_maturity_assessments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['dimension_id'], ['maturity_dimensions.id'], name=op.f('fk_maturity_dimension_scores_dimension_id_maturity_dimensions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_maturity_dimension_scores')),
    sa.UniqueConstraint('assessment_id', 'dimension_id', name=op.f('uq_maturity_dimension_scores_assessment_id'))
    )
    with op.batch_alter_table('maturity_dimension_scores', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_maturity_dimension_scores_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_maturity_dimension_scores_dimension_id'), ['dimension_id'], unique=False)

    op.create_table('maturity_questions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dimension_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['dimension_id'], ['maturity_dimensions.id'], name=op.f('fk_maturity_questions_dimension_id_maturity_dimensions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_maturity_questions')),
    sa.UniqueConstraint('dimension_id', 'position', name=op.f('uq_maturity_questions_dimension_id'))
    )
    with op.batch_alter_table('maturity_questions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_maturity_questions_dimension_id'), ['dimension_id'], unique=False)

    op.create_table('maturity_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['maturity_assessments.id'], name=op.f('fk_maturity_answers_assessment_id_maturity_assessments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['question_id'], ['maturity_questions.id'], name=op.f('fk_maturity_answers_question_id_maturity_questions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_maturity_answers')),
    sa.UniqueConstraint('assessment_id', 'question_id', name=op.f('uq_maturity_answers_assessment_id'))
    )
    with op.batch_alter_table('maturity_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_maturity_answers_assessment_id'), ['assessment_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('maturity_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_maturity_answers_assessment_id'))

    op.drop_table('maturity_answers')
    with op.batch_alter_table('maturity_questions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_maturity_questions_dimension_id'))

    op.drop_table('maturity_questions')
    with op.batch_alter_table('maturity_dimension_scores', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_maturity_dimension_scores_dimension_id'))
        batch_op.drop_index(batch_op.f('ix_maturity_dimension_scores_assessment_id'))

    op.drop_table('maturity_dimension_scores')
    with op.batch_alter_table('maturity_dimensions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_maturity_dimensions_framework_id'))

    op.drop_table('maturity_dimensions')
    with op.batch_alter_table('maturity_assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_maturity_assessments_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_maturity_assessments_framework_id'))

    op.drop_table('maturity_assessments')
    op.drop_table('maturity_frameworks')
