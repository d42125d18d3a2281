"""Errors of the tabular anonymiser. Messages name columns and counts, never cell values."""
from anonymiser.errors import AnonymiserError, InvalidInput


class InvalidColumnsFile(InvalidInput):
    """The ``--columns`` file is not a JSON or YAML object of known roles and hierarchies."""


class PrivacyUnreachable(AnonymiserError):
    """The requested k-anonymity or l-diversity cannot be reached on this table."""


class AnonymisationFailed(AnonymiserError):
    """The output failed its own k/l verification; nothing is returned (a bug, never silent)."""
