"""The PostgreSQL full-text backend (scale-out). The only place in `search/` importing psycopg."""
from search.pg_index.store import PostgresIndex

__all__ = ["PostgresIndex"]
