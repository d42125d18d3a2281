"""The typed input of a dataset upload and its validation (file checked by content, not name)."""
from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from anonymiser.errors import InputTooLarge, InvalidInput
from anonymiser.tabular import Limits, Table, load_table
from anonymiser.tabular.intake import is_xlsx
from exchange.domain.contribution_input import MAX_TERM_LENGTH, MAX_TERMS
from exchange.domain.errors import ValidationFailed
from exchange.domain.intake import MAX_UPLOAD_BYTES
from exchange.domain.vocabulary import SEGMENTS

# The tabular library's limits, with the web upload's size cap and a row count the in-process
# pipeline anonymises in seconds.
UPLOAD_LIMITS = Limits(max_file_bytes=MAX_UPLOAD_BYTES, max_rows=100_000, max_columns=200,
                       max_cell_chars=2_000, max_xlsx_uncompressed_bytes=50 * 1024 * 1024,
                       max_xlsx_compression_ratio=100.0)
TEXT_LIMITS = {"title": 200, "summary": 2_000}


@dataclass(frozen=True)
class DatasetUpload:
    title: str
    summary: str
    segment: str | None
    sensitive_terms: tuple[str, ...]
    filename: str
    data: bytes


@dataclass(frozen=True)
class CheckedUpload:
    upload: DatasetUpload
    table: Table
    file_format: str

    def raw_payload(self) -> dict[str, Any]:
        """What the vault stores: the text, the declared terms and the file (base64)."""
        return {
            "fields": {"title": self.upload.title, "summary": self.upload.summary},
            "sensitive_terms": list(self.upload.sensitive_terms),
            "dataset": {"filename": self.upload.filename[:255], "format": self.file_format,
                        "data": base64.b64encode(self.upload.data).decode("ascii")},
        }


def check_upload(upload: DatasetUpload) -> CheckedUpload:
    """Return the cleaned upload with its parsed table, or raise ValidationFailed per field."""
    errors = _field_errors(upload)
    terms = tuple(dict.fromkeys(t.strip() for t in upload.sensitive_terms if t.strip()))
    if len(terms) > MAX_TERMS or any(len(t) > MAX_TERM_LENGTH for t in terms):
        errors["sensitive_terms"] = f"Give at most {MAX_TERMS} terms of up to {MAX_TERM_LENGTH} characters."
    table = None
    try:
        table = read_table(upload.data)
    except ValidationFailed as exc:
        errors.update(exc.errors)
    if errors or table is None:
        raise ValidationFailed("Please correct the highlighted fields.", errors)
    cleaned = DatasetUpload(upload.title.strip(), upload.summary.strip(), upload.segment, terms,
                            upload.filename, upload.data)
    return CheckedUpload(cleaned, table, "xlsx" if is_xlsx(upload.data) else "csv")


def _field_errors(upload: DatasetUpload) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not upload.title.strip():
        errors["title"] = "Give the dataset a title."
    for name, limit in TEXT_LIMITS.items():
        if len(getattr(upload, name)) > limit:
            errors[name] = f"Keep this under {limit:,} characters."
    if upload.segment is not None and upload.segment not in SEGMENTS:
        errors["segment"] = "Choose a product segment from the list."
    return errors


def read_table(data: bytes) -> Table:
    """Parse a CSV or XLSX upload within the limits; a clear message on the ``file`` field if not."""
    if not data:
        raise ValidationFailed("The file is empty.", {"file": "The file is empty."})
    if len(data) > UPLOAD_LIMITS.max_file_bytes:
        message = f"The file is larger than {UPLOAD_LIMITS.max_file_bytes // (1024 * 1024)} MB."
        raise ValidationFailed(message, {"file": message})
    try:
        table = load_table(data, limits=UPLOAD_LIMITS)
    except InputTooLarge as exc:
        message = f"The table is too large: {exc}."
        raise ValidationFailed(message, {"file": message}) from None
    except InvalidInput as exc:
        message = f"This is not a table we can read: {exc}."
        raise ValidationFailed(message, {"file": message}) from None
    if table.n_rows == 0:
        raise ValidationFailed("The table has no rows.", {"file": "The table has a header but no rows."})
    return table


def file_bytes(payload: dict[str, Any]) -> bytes:
    """The uploaded file from a decrypted revision payload."""
    dataset = payload.get("dataset")
    if not isinstance(dataset, dict) or "data" not in dataset:
        raise ValidationFailed("This revision has no dataset file.", {"file": "No file."})
    return base64.b64decode(dataset["data"])
