"""Accounts: organisations, users, memberships, invitations and signing in."""
from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exchange.domain import audit
from exchange.domain.access import require_role
from exchange.domain.actor import SYSTEM, Actor
from exchange.domain.errors import AccountLocked, AuthenticationFailed, NotFound, ValidationFailed
from exchange.domain.roles import UK_REGIONS, OrganisationKind, Role, SizeBand
from exchange.models import Invitation, Membership, Organisation, User

MIN_PASSWORD_LENGTH = 12
MAX_FAILED_SIGN_INS = 5
LOCKOUT = timedelta(minutes=15)
INVITATION_LIFETIME = timedelta(days=7)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_hasher = PasswordHasher()
# Verified against when the e-mail is unknown, so timing does not reveal which accounts exist.
_DUMMY_HASH = _hasher.hash("not a real password, only for timing")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def credential_stamp(password_hash: str) -> str:
    """A short stamp of the current password hash, carried by sessions and reset tokens: changing
    the password changes it, which signs out every session and kills every reset link."""
    return hashlib.sha256(b"exchange-credential-stamp:" + password_hash.encode()).hexdigest()[:32]


def normalise_email(email: str) -> str:
    email = email.strip().lower()
    if not _EMAIL.match(email) or len(email) > 254:
        raise ValidationFailed("Enter a valid e-mail address.", {"email": "Enter a valid e-mail address."})
    return email


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        message = f"Use at least {MIN_PASSWORD_LENGTH} characters."
        raise ValidationFailed(message, {"password": message})
    if len(password) > 1024:
        raise ValidationFailed("That password is too long.", {"password": "That password is too long."})


def create_organisation(
    session: Session, actor: Actor, name: str, kind: str, *, size_band: str = "medium",
    region: str = "", segments: list[str] | None = None, known_terms: list[str] | None = None,
) -> Organisation:
    if not actor.is_system:
        require_role(actor, Role.ADMIN)
    name = " ".join(name.split())
    errors = {}
    if not 2 <= len(name) <= 200:
        errors["name"] = "Give a name of 2 to 200 characters."
    if kind not in set(OrganisationKind):
        errors["kind"] = "Choose one of: " + ", ".join(OrganisationKind) + "."
    if size_band not in set(SizeBand):
        errors["size_band"] = "Choose one of: " + ", ".join(SizeBand) + "."
    if region and region not in UK_REGIONS:
        errors["region"] = "Choose a UK region."
    if errors:
        raise ValidationFailed("The organisation was not created.", errors)
    if session.scalar(select(Organisation).where(func.lower(Organisation.name) == name.lower())):
        raise ValidationFailed("An organisation with that name exists.", {"name": "That name is taken."})
    org = Organisation(name=name, kind=kind, size_band=size_band, region=region,
                       segments=list(segments or []), known_terms=list(known_terms or [name]))
    session.add(org)
    session.flush()
    audit.record(session, actor, "organisation.create", "organisation", org.id, organisation_id=org.id)
    return org


def create_user(
    session: Session, actor: Actor, email: str, password: str, organisation_id: int, role: str, name: str = "",
    *, password_hash: str | None = None,
) -> User:
    """Create a user; ``password_hash`` (the argon2 hash of ``password``, system actor only) lets a
    bulk load hash a shared demo password once instead of once per account."""
    if not actor.is_system:
        require_role(actor, Role.ADMIN)
    if password_hash is not None and not (actor.is_system and _verify(password_hash, password)):
        raise ValidationFailed("The password hash does not match.", {"password": "Mismatched hash."})
    email = normalise_email(email)
    check_password_strength(password)
    _check_role_fits_organisation(session, organisation_id, role)
    if session.scalar(select(User).where(User.email == email)):
        raise ValidationFailed("A user with that e-mail exists.", {"email": "That e-mail is taken."})
    user = User(email=email, name=name.strip()[:200], password_hash=password_hash or hash_password(password))
    user.memberships.append(Membership(organisation_id=organisation_id, role=role))
    session.add(user)
    session.flush()
    audit.record(session, actor, "user.create", "user", user.id, organisation_id=organisation_id,
                 after=role)
    return user


def _check_role_fits_organisation(session: Session, organisation_id: int, role: str) -> Organisation:
    if role not in set(Role):
        raise ValidationFailed("Unknown role.", {"role": "Choose one of: " + ", ".join(Role) + "."})
    org = session.get(Organisation, organisation_id)
    if org is None:
        raise ValidationFailed("Unknown organisation.", {"organisation": "Choose an organisation."})
    if role in (Role.CURATOR, Role.ADMIN) and org.kind != OrganisationKind.RTO:
        message = "Curators and admins belong to a research and technology organisation."
        raise ValidationFailed(message, {"role": message})
    return org


def authenticate(session: Session, email: str, password: str, *, now: datetime | None = None) -> User:
    """Check a sign-in; lock the account for a while after repeated failures."""
    now = now or datetime.now(UTC)
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None or not user.active:
        _verify(_DUMMY_HASH, password)
        raise AuthenticationFailed("Wrong e-mail or password.")
    if user.locked_until is not None and user.locked_until > now:
        raise AuthenticationFailed("This account is locked after repeated failed sign-ins. Try again later.")
    if not _verify(user.password_hash, password):
        user.failed_sign_ins += 1
        if user.failed_sign_ins >= MAX_FAILED_SIGN_INS:
            user.locked_until, user.failed_sign_ins = now + LOCKOUT, 0
            audit.record(session, actor_for(user), "user.locked", "user", user.id)
            session.flush()
            raise AccountLocked(user.email, user.locked_until)
        session.flush()
        raise AuthenticationFailed("Wrong e-mail or password.")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_sign_ins, user.locked_until, user.last_sign_in_at = 0, None, now
    audit.record(session, actor_for(user), "user.sign_in", "user", user.id)
    return user


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def actor_for(user: User) -> Actor:
    membership = user.memberships[0] if user.memberships else None
    if membership is None:
        return Actor(user.id, None, None)
    return Actor(user.id, membership.organisation_id, Role(membership.role))


def create_invitation(
    session: Session, actor: Actor, email: str, organisation_id: int, role: str, *, now: datetime | None = None
) -> tuple[Invitation, str]:
    """Return the invitation and its one-time token (only its hash is stored)."""
    require_role(actor, Role.ADMIN)
    email = normalise_email(email)
    _check_role_fits_organisation(session, organisation_id, role)
    if session.scalar(select(User).where(User.email == email)):
        raise ValidationFailed("That person already has an account.", {"email": "Already has an account."})
    token = secrets.token_urlsafe(32)
    now = now or datetime.now(UTC)
    invitation = Invitation(email=email, organisation_id=organisation_id, role=role,
                            token_hash=_token_hash(token), invited_by_id=actor.user_id,
                            created_at=now, expires_at=now + INVITATION_LIFETIME)
    session.add(invitation)
    session.flush()
    audit.record(session, actor, "invitation.create", "invitation", invitation.id,
                 organisation_id=organisation_id, after=role)
    return invitation, token


def find_invitation(session: Session, token: str, *, now: datetime | None = None) -> Invitation:
    now = now or datetime.now(UTC)
    invitation = session.scalar(select(Invitation).where(Invitation.token_hash == _token_hash(token)))
    if invitation is None or invitation.accepted_at is not None or invitation.expires_at <= now:
        raise NotFound("This invitation link is not valid: it may have expired or been used already.")
    return invitation


def accept_invitation(session: Session, token: str, name: str, password: str) -> User:
    invitation = find_invitation(session, token)
    user = create_user(session, SYSTEM, invitation.email, password, invitation.organisation_id,
                       invitation.role, name=name)
    invitation.accepted_at = datetime.now(UTC)
    audit.record(session, actor_for(user), "invitation.accept", "invitation", invitation.id,
                 organisation_id=invitation.organisation_id)
    return user


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def list_organisations(session: Session, actor: Actor) -> list[Organisation]:
    require_role(actor, Role.ADMIN)
    return list(session.scalars(select(Organisation).order_by(Organisation.name)))


def list_invitations(session: Session, actor: Actor) -> list[Invitation]:
    require_role(actor, Role.ADMIN)
    return list(session.scalars(select(Invitation).order_by(Invitation.created_at.desc())))
