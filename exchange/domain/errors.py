"""The domain's exception tree; the web layer maps each class to one HTTP status, once."""
from __future__ import annotations


class DomainError(Exception):
    """Base class. Messages are safe to show to the user: they never contain raw content."""


class NotFound(DomainError):
    """The object does not exist, or the actor may not know that it exists."""


class PermissionDenied(DomainError):
    """The actor may not do this."""


class IllegalTransition(DomainError):
    """The contribution's state does not allow this action."""


class ValidationFailed(DomainError):
    """Input was refused; ``errors`` maps field names to messages."""

    def __init__(self, message: str, errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or {}


class AuthenticationFailed(DomainError):
    """Wrong e-mail or password, or a locked or inactive account."""


class AccountLocked(AuthenticationFailed):
    """This failure has just locked the account: its owner is told (by the edge, by mail)."""

    def __init__(self, email: str, until: object) -> None:
        super().__init__("Wrong e-mail or password.")
        self.email = email
        self.until = until


class VaultError(DomainError):
    """Raw content cannot be decrypted (shredded key, tampered ciphertext, wrong master key)."""
