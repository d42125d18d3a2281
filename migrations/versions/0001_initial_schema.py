"""initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-26

Also seeds the controlled vocabularies (segments, technologies, barriers).
"""
from alembic import op
import sqlalchemy as sa
import exchange.models.types


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_chain_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain_head'))
    )
    op.create_table('organisations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('size_band', sa.String(length=20), nullable=False),
    sa.Column('region', sa.String(length=60), nullable=False),
    sa.Column('segments', sa.JSON(), nullable=False),
    sa.Column('known_terms', sa.JSON(), nullable=False),
    sa.Column('created_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations')),
    sa.UniqueConstraint('name', name=op.f('uq_organisations_name'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_sign_ins', sa.Integer(), nullable=False),
    sa.Column('locked_until', exchange.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_sign_in_at', exchange.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('email', name=op.f('uq_users_email'))
    )
    op.create_table('vocabulary_terms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vocabulary', sa.String(length=30), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vocabulary_terms')),
    sa.UniqueConstraint('vocabulary', 'code', name=op.f('uq_vocabulary_terms_vocabulary'))
    )
    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('occurred_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_user_id', sa.Integer(), nullable=True),
    sa.Column('actor_organisation_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('object_type', sa.String(length=40), nullable=False),
    sa.Column('object_id', sa.String(length=40), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('before', sa.String(length=200), nullable=True),
    sa.Column('after', sa.String(length=200), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('mac', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['actor_organisation_id'], ['organisations.id'], name=op.f('fk_audit_events_actor_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['actor_user_id'], ['users.id'], name=op.f('fk_audit_events_actor_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events')),
    sa.UniqueConstraint('seq', name=op.f('uq_audit_events_seq'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_object_id'), ['object_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('contributions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('external_ref', sa.String(length=120), nullable=True),
    sa.Column('state', sa.String(length=30), nullable=False),
    sa.Column('segment', sa.String(length=60), nullable=True),
    sa.Column('maturity_before', sa.Integer(), nullable=True),
    sa.Column('maturity_after', sa.Integer(), nullable=True),
    sa.Column('current_revision_id', sa.Integer(), nullable=True),
    sa.Column('published_revision_id', sa.Integer(), nullable=True),
    sa.Column('failure_reason', sa.String(length=500), nullable=True),
    sa.Column('curator_comment', sa.Text(), nullable=True),
    sa.Column('index_pending', sa.Boolean(), nullable=False),
    sa.Column('created_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('published_at', exchange.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_contributions_created_by_id_users')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_contributions_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contributions')),
    sa.UniqueConstraint('organisation_id', 'external_ref', name=op.f('uq_contributions_organisation_id'))
    )
    with op.batch_alter_table('contributions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contributions_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contributions_state'), ['state'], unique=False)

    op.create_table('invitations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('invited_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('accepted_at', exchange.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['invited_by_id'], ['users.id'], name=op.f('fk_invitations_invited_by_id_users')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_invitations_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invitations')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_invitations_token_hash'))
    )
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invitations_email'), ['email'], unique=False)

    op.create_table('memberships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('created_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_memberships_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_memberships_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memberships')),
    sa.UniqueConstraint('user_id', 'organisation_id', name=op.f('uq_memberships_user_id'))
    )
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_memberships_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_memberships_user_id'), ['user_id'], unique=False)

    op.create_table('contribution_terms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contribution_id', sa.Integer(), nullable=False),
    sa.Column('vocabulary', sa.String(length=30), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['contribution_id'], ['contributions.id'], name=op.f('fk_contribution_terms_contribution_id_contributions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contribution_terms')),
    sa.UniqueConstraint('contribution_id', 'vocabulary', 'code', name=op.f('uq_contribution_terms_contribution_id'))
    )
    with op.batch_alter_table('contribution_terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contribution_terms_contribution_id'), ['contribution_id'], unique=False)

    op.create_table('data_keys',
    sa.Column('contribution_id', sa.Integer(), nullable=False),
    sa.Column('wrapped_key', sa.LargeBinary(), nullable=True),
    sa.Column('master_key_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('destroyed_at', exchange.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['contribution_id'], ['contributions.id'], name=op.f('fk_data_keys_contribution_id_contributions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contribution_id', name=op.f('pk_data_keys'))
    )
    op.create_table('revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contribution_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('raw_ciphertext', sa.LargeBinary(), nullable=True),
    sa.Column('redacted', sa.JSON(), nullable=True),
    sa.Column('redaction_report', sa.JSON(), nullable=True),
    sa.Column('review', sa.JSON(), nullable=False),
    sa.Column('created_at', exchange.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('anonymised_at', exchange.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('approved_at', exchange.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['contribution_id'], ['contributions.id'], name=op.f('fk_revisions_contribution_id_contributions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revisions')),
    sa.UniqueConstraint('contribution_id', 'number', name=op.f('uq_revisions_contribution_id'))
    )
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_revisions_contribution_id'), ['contribution_id'], unique=False)

    with op.batch_alter_table('contributions', schema=None) as batch_op:
        batch_op.create_foreign_key(batch_op.f('fk_contributions_current_revision_id_revisions'),
                                    'revisions', ['current_revision_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_contributions_published_revision_id_revisions'),
                                    'revisions', ['published_revision_id'], ['id'])
    _seed_vocabularies()


def _seed_vocabularies() -> None:
    terms = sa.table('vocabulary_terms', sa.column('vocabulary', sa.String), sa.column('code', sa.String),
                     sa.column('label', sa.String), sa.column('position', sa.Integer),
                     sa.column('active', sa.Boolean))
    rows = []
    for vocabulary, items in VOCABULARIES.items():
        for position, (code, label) in enumerate(items):
            rows.append({'vocabulary': vocabulary, 'code': code, 'label': label, 'position': position,
                         'active': True})
    op.bulk_insert(terms, rows)


# The vocabularies as first released (kept here literally: a migration must not change with the code).
VOCABULARIES = {
    'segment': [
        ('oral_solid_dose', 'Oral solid dose'), ('sterile_injectables', 'Sterile injectables'),
        ('biologics', 'Biologics'), ('vaccines', 'Vaccines'),
        ('cell_gene_therapy', 'Cell and gene therapy'), ('small_molecule_api', 'Small-molecule API'),
    ],
    'technology': [
        ('process_analytical_technology', 'Process analytical technology'),
        ('continuous_manufacturing', 'Continuous manufacturing'),
        ('robotics_automation', 'Robotics and automation'),
        ('automated_visual_inspection', 'Automated visual inspection'),
        ('mes_ebr', 'MES and electronic batch records'), ('lims_eln', 'LIMS / ELN'), ('eqms', 'eQMS'),
        ('data_historian_scada', 'Data historian, SCADA/DCS'),
        ('iiot_data_platform', 'IIoT, edge and data platforms'), ('digital_twin', 'Digital twins'),
        ('ai_ml', 'AI / machine learning'), ('advanced_process_control', 'Advanced process control and RTRT'),
        ('single_use_modular', 'Single-use and modular facilities'), ('ar_vr', 'AR/VR'),
        ('serialisation', 'Serialisation and track & trace'),
    ],
    'barrier': [
        ('legacy_infrastructure', 'Legacy infrastructure'), ('departmental_silos', 'Departmental silos'),
        ('lack_of_internal_talent', 'Lack of internal talent'), ('scale', 'Scale'),
        ('invisible_roi', 'Invisible or unpredictable return on investment'),
        ('risk_aversion', 'Risk aversion'), ('insufficient_budget', 'Insufficient budget'),
        ('organisational_acceptance', 'Organisational acceptance'),
    ],
}


def downgrade() -> None:
    with op.batch_alter_table('contributions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_contributions_current_revision_id_revisions'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_contributions_published_revision_id_revisions'), type_='foreignkey')
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_revisions_contribution_id'))

    op.drop_table('revisions')
    op.drop_table('data_keys')
    with op.batch_alter_table('contribution_terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contribution_terms_contribution_id'))

    op.drop_table('contribution_terms')
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_memberships_user_id'))
        batch_op.drop_index(batch_op.f('ix_memberships_organisation_id'))

    op.drop_table('memberships')
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invitations_email'))

    op.drop_table('invitations')
    with op.batch_alter_table('contributions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contributions_state'))
        batch_op.drop_index(batch_op.f('ix_contributions_organisation_id'))

    op.drop_table('contributions')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_audit_events_object_id'))

    op.drop_table('audit_events')
    op.drop_table('vocabulary_terms')
    op.drop_table('users')
    op.drop_table('organisations')
    op.drop_table('audit_chain_head')
