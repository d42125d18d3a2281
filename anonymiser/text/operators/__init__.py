"""Operators: what replaces a span. One module each; ``apply`` picks by the policy's action."""
