"""Reading cell strings as numbers and dates, factorising columns, and the kind of a column."""
from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from enum import Enum

import numpy as np

_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_UK_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_DIGITS = re.compile(r"(\d+)")
SAMPLE_SIZE = 5000


class Kind(Enum):
    NUMBER = "number"
    DATE = "date"
    CATEGORY = "category"
    EMPTY = "empty"


def parse_number(cell: str) -> float | None:
    text = cell.strip()
    if "," in text:
        text = text.replace(",", "")
    if not _NUMBER.match(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def parse_date(cell: str) -> dt.date | None:
    """ISO ``YYYY-MM-DD`` (a time part is dropped) or UK ``DD/MM/YYYY``."""
    text = cell.strip()
    m = _ISO_DATE.match(text) or _UK_DATE.match(text)
    if m is None:
        return None
    parts = (m[1], m[2], m[3]) if len(m[1]) == 4 else (m[3], m[2], m[1])
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def factorise(cells: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """Distinct cells in first-seen order, and each cell's index into them."""
    distinct = list(dict.fromkeys(cells))
    index = {v: i for i, v in enumerate(distinct)}
    return distinct, np.fromiter(map(index.__getitem__, cells), dtype=np.int64, count=len(cells))


def floats(cells: Sequence[str]) -> np.ndarray | None:
    """Cells as floats (NaN for blanks), or None when a non-blank cell is not a finite number."""
    try:
        out = np.asarray([c if c.strip() else "nan" for c in cells], dtype=np.str_).astype(np.float64)
        if np.isinf(out).any() or any(c.strip().lower() in ("nan", "+nan", "-nan") for c in cells if c.strip()):
            raise ValueError("not finite")
        return out
    except ValueError:
        parsed = [parse_number(c) if c.strip() else math.nan for c in cells]
        if any(v is None for v in parsed):
            return None
        return np.asarray(parsed, dtype=np.float64)


def kind_of_distinct(distinct: Iterable[str]) -> Kind:
    values = [c for c in distinct if c.strip()]
    if not values:
        return Kind.EMPTY
    if all(parse_date(c) is not None for c in values):
        return Kind.DATE
    if floats(values) is not None:
        return Kind.NUMBER
    return Kind.CATEGORY


def detect_kind(cells: Sequence[str]) -> Kind:
    """Number or date when every non-empty cell parses as one."""
    return kind_of_distinct(set(cells))


def sample(cells: Sequence[str]) -> list[str]:
    """Non-empty cells, evenly spread over the column, at most SAMPLE_SIZE."""
    step = max(1, len(cells) // SAMPLE_SIZE)
    return [c for c in cells[::step] if c.strip()]


def natural_key(value: str) -> tuple[tuple[int, str], ...]:
    """Order 'Site 3' before 'Site 29': digit runs compare as numbers."""
    return tuple((int(part), "") if part.isdigit() else (-1, part.casefold()) for part in _DIGITS.split(value))
