"""Size limits applied while reading a table, before any work is done on it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 256 * 1024 * 1024
    max_rows: int = 2_000_000
    max_columns: int = 256
    max_cell_chars: int = 32_768
    max_xlsx_uncompressed_bytes: int = 512 * 1024 * 1024
    max_xlsx_compression_ratio: float = 200.0


DEFAULT_LIMITS = Limits()
