"""Intake of an uploaded story: DOCX, PDF, Markdown or plain text → text, metadata discarded.

The type is decided by content, never by the file name; sizes are checked before parsing (a DOCX
is a zip: its directory is read and refused when it would inflate too far, before anything is
unpacked). Only body text is kept: author, company, comments, headers and footers are dropped.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from exchange.domain.errors import ValidationFailed

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_TEXT_CHARS = 200_000
MAX_INFLATED_BYTES = 50 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
MAX_PDF_PAGES = 300


class UnsupportedUpload(ValidationFailed):
    """The upload is not a DOCX, PDF, Markdown or text file, or cannot be read safely."""

    def __init__(self, message: str) -> None:
        super().__init__(message, {"story_file": message})


@dataclass(frozen=True)
class ExtractedText:
    text: str
    kind: str  # docx | pdf | text


def extract_story(data: bytes) -> ExtractedText:
    if not data:
        raise UnsupportedUpload("The file is empty.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise UnsupportedUpload(f"The file is larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB.")
    try:
        if data.startswith(b"%PDF-"):
            result = ExtractedText(_pdf_text(data), "pdf")
        elif data.startswith(b"PK\x03\x04"):
            result = ExtractedText(_docx_text(data), "docx")
        else:
            result = ExtractedText(_plain_text(data), "text")
    except UnsupportedUpload:
        raise
    except Exception as exc:  # a third-party parser failing on odd input: a clear refusal, never a 500
        raise UnsupportedUpload(f"The text could not be extracted from this file ({type(exc).__name__}). "
                                "Save it again, or paste the text instead.") from None
    text = result.text.strip()
    if not text:
        raise UnsupportedUpload("No text could be found in the file.")
    if len(text) > MAX_TEXT_CHARS:
        raise UnsupportedUpload(f"The text is longer than {MAX_TEXT_CHARS:,} characters.")
    return ExtractedText(text, result.kind)


def _plain_text(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise UnsupportedUpload("Upload a DOCX, PDF, Markdown or plain-text file.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnsupportedUpload("The text file is not UTF-8: save it as UTF-8 and upload it again.") from None


def _docx_text(data: bytes) -> str:
    import docx  # python-docx, imported only when a DOCX arrives

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UnsupportedUpload("The file looks like a damaged Word document.") from None
    with archive:
        infos = archive.infolist()
        inflated = sum(i.file_size for i in infos)
        if inflated > MAX_INFLATED_BYTES or inflated > MAX_COMPRESSION_RATIO * max(1, len(data)):
            raise UnsupportedUpload("The document would unpack to an unsafe size.")
        if "word/document.xml" not in {i.filename for i in infos}:
            raise UnsupportedUpload("Upload a DOCX, PDF, Markdown or plain-text file.")
    try:
        document = docx.Document(io.BytesIO(data))
    except (ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise UnsupportedUpload(f"The Word document could not be read ({type(exc).__name__}).") from None
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n\n".join(p for p in parts if p.strip())


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnsupportedUpload("The PDF is password-protected: upload an unprotected copy.")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise UnsupportedUpload(f"The PDF has more than {MAX_PDF_PAGES} pages.")
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except PdfReadError:
        raise UnsupportedUpload("The PDF could not be read.") from None
