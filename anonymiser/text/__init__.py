"""Text anonymisation: recognisers, operators and the engine that ties them together."""
from anonymiser.text.engine import MAX_INPUT_BYTES, anonymise_fields, anonymise_text
from anonymiser.text.policy import Policy
from anonymiser.text.result import AnonymisationResult, Finding, ResidualWarning

__all__ = [
    "MAX_INPUT_BYTES",
    "AnonymisationResult",
    "Finding",
    "Policy",
    "ResidualWarning",
    "anonymise_fields",
    "anonymise_text",
]
