"""The HTTP edge: blueprints translate requests into domain calls and render the results."""
