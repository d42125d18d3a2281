"""Text anonymisation: recognisers, operators and the engine that ties them together."""
from anonymiser.text.engine import anonymise_fields, anonymise_text
from anonymiser.text.result import AnonymisationResult, Finding, ResidualWarning

__all__ = ["AnonymisationResult", "Finding", "ResidualWarning", "anonymise_fields", "anonymise_text"]
