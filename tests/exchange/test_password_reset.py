"""The reset token, without the web: signed, time-limited, single-use, bound to the password."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from exchange.domain import accounts, password_reset, tokens
from exchange.domain.errors import AuthenticationFailed, ValidationFailed
from exchange.domain.password_reset import InvalidResetToken
from exchange.models import AuditEvent
from tests.conftest import PASSWORD

SECRET = "test-secret"
NEW = "a brand new long password"


def test_a_live_token_sets_the_password_and_lifts_a_lockout(session, world) -> None:
    world.member_a.locked_until = datetime.now(UTC) + timedelta(minutes=10)
    world.member_a.failed_sign_ins = 3
    mail = password_reset.request_reset(session, SECRET, " Member@Acmeford.example ")
    assert mail is not None and mail.email == "member@acmeford.example"
    user = password_reset.reset_password(session, SECRET, mail.token, NEW).user
    assert user.locked_until is None and user.failed_sign_ins == 0
    assert accounts.authenticate(session, "member@acmeford.example", NEW).id == world.member_a.id


def test_an_unknown_or_inactive_address_gets_no_token(session, world) -> None:
    assert password_reset.request_reset(session, SECRET, "nobody@acmeford.example") is None
    world.contributor_b.active = False
    assert password_reset.request_reset(session, SECRET, "contrib@other.example") is None
    assert password_reset.request_reset(session, SECRET, "") is None


def test_a_token_works_once_and_its_siblings_die_with_it(session, world) -> None:
    first = password_reset.request_reset(session, SECRET, "member@acmeford.example")
    second = password_reset.request_reset(session, SECRET, "member@acmeford.example")
    assert first and second
    password_reset.reset_password(session, SECRET, first.token, NEW)
    for token in (first.token, second.token):
        with pytest.raises(InvalidResetToken):
            password_reset.reset_password(session, SECRET, token, "yet another long password")
    assert accounts.authenticate(session, "member@acmeford.example", NEW)


def test_an_expired_token_is_refused(session, world) -> None:
    mail = password_reset.request_reset(session, SECRET, "member@acmeford.example")
    assert mail is not None
    later = datetime.now(UTC) + timedelta(minutes=61)
    with pytest.raises(InvalidResetToken):
        password_reset.reset_password(session, SECRET, mail.token, NEW, now=later)
    assert password_reset.user_for_token(session, SECRET, mail.token, lifetime=timedelta(minutes=90), now=later)
    assert accounts.authenticate(session, "member@acmeford.example", PASSWORD)


@pytest.mark.parametrize("token", ["", "nonsense", "x" * 5000, "WzEsImFiYyJd.ZZZ.badsig", "\u00e9\u00e9.\u00e9"])
def test_a_wrong_or_malformed_token_is_refused(session, world, token: str) -> None:
    with pytest.raises(InvalidResetToken):
        password_reset.reset_password(session, SECRET, token, NEW)


def test_a_token_signed_with_another_secret_is_refused(session, world) -> None:
    mail = password_reset.request_reset(session, "another secret", "member@acmeford.example")
    assert mail is not None
    with pytest.raises(InvalidResetToken):
        password_reset.user_for_token(session, SECRET, mail.token)


def test_the_new_password_follows_the_account_policy(session, world) -> None:
    mail = password_reset.request_reset(session, SECRET, "member@acmeford.example")
    assert mail is not None
    with pytest.raises(ValidationFailed) as refused:
        password_reset.reset_password(session, SECRET, mail.token, "short")
    assert not isinstance(refused.value, InvalidResetToken)
    assert password_reset.user_for_token(session, SECRET, mail.token)  # still usable after a refusal


def test_request_and_reset_are_audited_without_the_token(session, world) -> None:
    mail = password_reset.request_reset(session, SECRET, "member@acmeford.example")
    assert mail is not None
    password_reset.reset_password(session, SECRET, mail.token, NEW)
    events = list(session.scalars(select(AuditEvent).where(AuditEvent.object_type == "user")
                                  .order_by(AuditEvent.seq)))
    actions = [(e.action, e.object_id) for e in events]
    assert ("user.password_reset_requested", str(world.member_a.id)) in actions
    assert ("user.password_reset", str(world.member_a.id)) in actions
    for event in events:
        assert mail.token not in repr([event.before, event.after, event.detail, event.object_id])
        assert mail.token.split(".")[-1] not in str(event.detail)


def test_the_credential_stamp_changes_with_the_password(session, world) -> None:
    before = accounts.credential_stamp(world.member_a.password_hash)
    mail = password_reset.request_reset(session, SECRET, "member@acmeford.example")
    assert mail is not None
    password_reset.reset_password(session, SECRET, mail.token, PASSWORD)  # even the same password
    assert accounts.credential_stamp(world.member_a.password_hash) != before


def test_a_reset_revokes_every_api_token_of_the_user_and_no_one_elses(session, world) -> None:
    own = [tokens.create_token(session, accounts.actor_for(world.member_a), f"script {i}", "read")[1] for i in (1, 2)]
    other = tokens.create_token(session, accounts.actor_for(world.contributor_b), "theirs", "read")[1]
    mail = password_reset.request_reset(session, SECRET, "member@acmeford.example")
    assert mail is not None
    assert password_reset.reset_password(session, SECRET, mail.token, NEW).revoked_tokens == 2
    for secret in own:
        with pytest.raises(AuthenticationFailed):
            tokens.authenticate(session, secret)
    assert tokens.authenticate(session, other).actor.user_id == world.contributor_b.id
    revocations = session.scalars(select(AuditEvent).where(AuditEvent.action == "token.revoke")).all()
    assert len(revocations) == 2
