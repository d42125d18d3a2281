"""The library index: one interface, a whoosh backend (embedded) and a PostgreSQL backend."""
