"""Recognisers: one module each, mostly data. ``registry.build(names)`` returns them in order."""
