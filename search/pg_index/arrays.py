"""PostgreSQL's binary array format (`array_send`) read with numpy, and bitmaps to and from numpy.

A one-dimensional array without NULLs is a 20-byte header (dimensions, null flag, element type,
length, lower bound) followed by (4-byte length, value) pairs, big-endian. An empty array has a
12-byte header and no elements.
"""
from __future__ import annotations

import numpy as np
import numpy.typing as npt

_HEADER = 20
_INT4 = np.dtype([("len", ">i4"), ("value", ">i4")])
_FLOAT4 = np.dtype([("len", ">i4"), ("value", ">f4")])
_FLOAT8 = np.dtype([("len", ">i4"), ("value", ">f8")])


def int4_array(data: bytes | None) -> npt.NDArray[np.int64]:
    if not data or len(data) <= _HEADER:
        return np.zeros(0, dtype=np.int64)
    return np.frombuffer(data, dtype=_INT4, offset=_HEADER)["value"].astype(np.int64)


def float4_array(data: bytes | None) -> npt.NDArray[np.float32]:
    if not data or len(data) <= _HEADER:
        return np.zeros(0, dtype=np.float32)
    return np.frombuffer(data, dtype=_FLOAT4, offset=_HEADER)["value"].astype(np.float32)


def float8_array(data: bytes | None) -> npt.NDArray[np.float64]:
    if not data or len(data) <= _HEADER:
        return np.zeros(0, dtype=np.float64)
    return np.frombuffer(data, dtype=_FLOAT8, offset=_HEADER)["value"].astype(np.float64)


def to_bits(docnums: npt.NDArray[np.int64], size: int) -> int:
    """The bitmap (a Python int, bit n = document n) of these document numbers below `size`."""
    mask = np.zeros(size, dtype=bool)
    mask[docnums[docnums < size]] = True
    return int.from_bytes(np.packbits(mask, bitorder="little").tobytes(), "little")


def to_mask(bits: int, size: int) -> npt.NDArray[np.bool_]:
    """The boolean array of length `size` with the bitmap's bits set."""
    raw = np.frombuffer(bits.to_bytes((size + 7) // 8, "little"), dtype=np.uint8)
    return np.unpackbits(raw, bitorder="little")[:size].astype(bool)
