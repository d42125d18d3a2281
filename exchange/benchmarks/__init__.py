"""Benchmarks: the KPI catalogue, recording KPI values, disclosure-controlled aggregates and peer
comparison. Everything here except ``web.py`` is framework-free domain code; the disclosure rules
themselves live in ``anonymiser.disclosure`` and are only applied here."""
