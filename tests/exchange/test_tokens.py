"""API tokens: scopes capped by role, only a hash stored, revocation, authentication."""
from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from exchange.domain import tokens
from exchange.domain.accounts import actor_for
from exchange.domain.errors import AuthenticationFailed, NotFound, PermissionDenied, ValidationFailed
from exchange.domain.tokens import Scope
from exchange.models import ApiToken, AuditEvent, Membership


@pytest.mark.parametrize("who, scope, allowed", [
    ("member_a", "read", True), ("member_a", "contribute", False), ("member_a", "curate", False),
    ("contributor_a", "contribute", True), ("contributor_a", "curate", False),
    ("curator", "curate", True), ("curator", "contribute", False),
    ("admin", "read", True), ("admin", "curate", False), ("admin", "contribute", False),
    ("member_a", "", False), ("member_a", "READ", False), ("member_a", "réad", False),
])
def test_scope_never_exceeds_the_role(session, world, who, scope, allowed) -> None:
    actor = actor_for(getattr(world, who))
    if allowed:
        info, secret = tokens.create_token(session, actor, "ci", scope)
        assert info.scope == scope and secret.startswith("exg_")
    else:
        with pytest.raises(ValidationFailed) as raised:
            tokens.create_token(session, actor, "ci", scope)
        assert "scope" in raised.value.errors


def test_only_the_hash_is_stored_and_creation_is_audited(session, world) -> None:
    info, secret = tokens.create_token(session, actor_for(world.member_a), "dashboard", "read")
    row = session.get(ApiToken, info.id)
    assert row.token_hash == hashlib.sha256(secret.encode()).hexdigest() and secret not in str(vars(row))
    assert len(secret) >= 40 and info.hint == secret[:10]
    event = session.scalar(select(AuditEvent).where(AuditEvent.action == "token.create"))
    assert event.object_id == str(info.id) and secret not in str(event.detail)


@pytest.mark.parametrize("name", ["", "   ", "x" * 101])
def test_name_is_required_and_bounded(session, world, name) -> None:
    with pytest.raises(ValidationFailed) as raised:
        tokens.create_token(session, actor_for(world.member_a), name, "read")
    assert "name" in raised.value.errors


def test_authenticate_returns_the_grant_and_records_last_use(session, world) -> None:
    info, secret = tokens.create_token(session, actor_for(world.contributor_a), "ci", "contribute")
    grant = tokens.authenticate(session, secret)
    assert grant.actor == actor_for(world.contributor_a) and grant.scope is Scope.CONTRIBUTE
    assert session.get(ApiToken, info.id).last_used_at is not None


@pytest.mark.parametrize("presented", ["", "exg_", "exg_unknown", "nope", "exg_" + "é" * 40])
def test_unknown_tokens_are_refused(session, world, presented) -> None:
    with pytest.raises(AuthenticationFailed):
        tokens.authenticate(session, presented)


def test_revoked_token_is_refused_and_revoke_is_idempotent(session, world) -> None:
    actor = actor_for(world.member_a)
    info, secret = tokens.create_token(session, actor, "ci", "read")
    tokens.revoke_token(session, actor, info.id)
    assert tokens.revoke_token(session, actor, info.id).revoked_at is not None
    with pytest.raises(AuthenticationFailed):
        tokens.authenticate(session, secret)
    revokes = session.scalars(select(AuditEvent).where(AuditEvent.action == "token.revoke")).all()
    assert len(revokes) == 1


def test_someone_elses_token_cannot_be_revoked(session, world) -> None:
    info, _ = tokens.create_token(session, actor_for(world.member_a), "ci", "read")
    with pytest.raises(NotFound):
        tokens.revoke_token(session, actor_for(world.contributor_a), info.id)


def test_a_demoted_users_token_falls_back_to_read(session, world) -> None:
    _, secret = tokens.create_token(session, actor_for(world.contributor_a), "ci", "contribute")
    membership = session.scalar(select(Membership).where(Membership.user_id == world.contributor_a.id))
    membership.role = "member"
    session.flush()
    assert tokens.authenticate(session, secret).scope is Scope.READ


@pytest.mark.parametrize("scope, required, ok", [
    (Scope.READ, Scope.READ, True), (Scope.READ, Scope.CONTRIBUTE, False), (Scope.CONTRIBUTE, Scope.READ, True),
    (Scope.CONTRIBUTE, Scope.CURATE, False), (Scope.CURATE, Scope.CURATE, True), (Scope.CURATE, Scope.CONTRIBUTE, False),
])
def test_scope_grants(session, world, scope, required, ok) -> None:
    grant = tokens.TokenGrant(1, actor_for(world.member_a), scope)
    if ok:
        tokens.require_scope(grant, required)
    else:
        with pytest.raises(PermissionDenied):
            tokens.require_scope(grant, required)


def test_active_tokens_are_capped(session, world) -> None:
    actor = actor_for(world.member_a)
    for n in range(tokens.MAX_ACTIVE_TOKENS):
        tokens.create_token(session, actor, f"t{n}", "read")
    with pytest.raises(ValidationFailed):
        tokens.create_token(session, actor, "one too many", "read")
