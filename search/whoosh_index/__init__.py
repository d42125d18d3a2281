"""The whoosh backend (embedded default). The only place in `search/` that imports whoosh."""
from search.whoosh_index.store import WhooshIndex

__all__ = ["WhooshIndex"]
