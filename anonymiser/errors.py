"""The anonymiser's exception tree. Messages never contain the text being anonymised."""


class AnonymiserError(Exception):
    """Base of every error the anonymiser raises on purpose."""


class InputTooLarge(AnonymiserError):
    """The input exceeds a configured size limit."""


class InvalidInput(AnonymiserError):
    """The input cannot be processed (wrong type, bad encoding, malformed file)."""
