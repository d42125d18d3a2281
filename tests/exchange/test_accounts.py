"""Accounts: argon2 hashes, lockout, invitations and role rules."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from exchange.domain import accounts
from exchange.domain.actor import SYSTEM
from exchange.domain.errors import AuthenticationFailed, NotFound, PermissionDenied, ValidationFailed
from tests.conftest import PASSWORD
from tests.factories import actor


def test_production_hasher_uses_argon2id() -> None:
    from argon2 import PasswordHasher

    assert PasswordHasher().hash("x").startswith("$argon2id$")


def test_password_is_stored_as_argon2_hash(world) -> None:
    assert world.member_a.password_hash.startswith("$argon2id$") and PASSWORD not in world.member_a.password_hash


def test_sign_in_with_right_password(session, world) -> None:
    assert accounts.authenticate(session, "MEMBER@acmeford.example ", PASSWORD).id == world.member_a.id


@pytest.mark.parametrize(("email", "password"), [
    ("member@acmeford.example", "wrong password!!"),
    ("nobody@acmeford.example", PASSWORD),
    ("", ""),
    ("member@acmeford.example", ""),
])
def test_sign_in_refused_with_one_message(session, world, email: str, password: str) -> None:
    with pytest.raises(AuthenticationFailed, match="Wrong e-mail or password"):
        accounts.authenticate(session, email, password)


def test_account_locks_after_repeated_failures_and_unlocks_later(session, world) -> None:
    now = datetime.now(UTC)
    for _ in range(accounts.MAX_FAILED_SIGN_INS):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(session, "member@acmeford.example", "wrong password!!", now=now)
    with pytest.raises(AuthenticationFailed, match="locked"):
        accounts.authenticate(session, "member@acmeford.example", PASSWORD, now=now)
    later = now + accounts.LOCKOUT + timedelta(seconds=1)
    assert accounts.authenticate(session, "member@acmeford.example", PASSWORD, now=later)


def test_invitation_creates_account_once(session, world) -> None:
    _, token = accounts.create_invitation(session, actor(world.admin), "new@acmeford.example",
                                          world.org_a.id, "contributor")
    user = accounts.accept_invitation(session, token, "New Person", PASSWORD)
    assert accounts.actor_for(user).organisation_id == world.org_a.id
    with pytest.raises(NotFound):
        accounts.accept_invitation(session, token, "Again", PASSWORD)


def test_expired_invitation_is_refused(session, world) -> None:
    past = datetime.now(UTC) - timedelta(days=30)
    _, token = accounts.create_invitation(session, actor(world.admin), "late@acmeford.example",
                                          world.org_a.id, "member", now=past)
    with pytest.raises(NotFound, match="expired"):
        accounts.find_invitation(session, token)


@pytest.mark.parametrize("token", ["", "nope", "x" * 500, "../../etc/passwd"])
def test_unknown_invitation_token_is_not_found(session, world, token: str) -> None:
    with pytest.raises(NotFound):
        accounts.find_invitation(session, token)


@pytest.mark.parametrize("role_name", ["member", "contributor", "curator"])
def test_only_admins_invite(session, world, role_name: str) -> None:
    user = {"member": world.member_a, "contributor": world.contributor_a, "curator": world.curator}[role_name]
    with pytest.raises(PermissionDenied):
        accounts.create_invitation(session, actor(user), "x@example.org", world.org_a.id, "member")


@pytest.mark.parametrize(("email", "role", "field"), [
    ("not-an-email", "member", "email"),
    ("ok@example.org", "overlord", "role"),
    ("ok@example.org", "curator", "role"),  # curators belong to RTOs
    ("member@acmeford.example", "member", "email"),  # already has an account
])
def test_bad_invitation_is_refused(session, world, email: str, role: str, field: str) -> None:
    with pytest.raises(ValidationFailed) as info:
        accounts.create_invitation(session, actor(world.admin), email, world.org_a.id, role)
    assert field in info.value.errors


@pytest.mark.parametrize("password", ["", "short", "x" * 11])
def test_weak_password_is_refused(session, world, password: str) -> None:
    with pytest.raises(ValidationFailed):
        accounts.create_user(session, SYSTEM, "weak@example.org", password, world.org_a.id, "member")


@pytest.mark.parametrize(("name", "kind"), [("", "manufacturer"), ("Valid Name", "spaceship")])
def test_bad_organisation_is_refused(session, name: str, kind: str) -> None:
    with pytest.raises(ValidationFailed):
        accounts.create_organisation(session, SYSTEM, name, kind)


def test_duplicate_organisation_name_is_refused_case_insensitively(session, world) -> None:
    with pytest.raises(ValidationFailed):
        accounts.create_organisation(session, SYSTEM, "ACMEFORD BIOLOGICS LTD", "manufacturer")
