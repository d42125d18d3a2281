"""The Exchange's anonymiser: a pure library (no Flask, no database) for text and tables."""
from anonymiser.errors import AnonymiserError, InputTooLarge, InvalidInput
from anonymiser.text import (
    AnonymisationResult,
    Finding,
    Policy,
    ResidualWarning,
    anonymise_fields,
    anonymise_text,
)

__all__ = [
    "AnonymisationResult",
    "AnonymiserError",
    "Finding",
    "InputTooLarge",
    "InvalidInput",
    "Policy",
    "ResidualWarning",
    "anonymise_fields",
    "anonymise_text",
]
