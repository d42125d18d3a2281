"""Story uploads: type by content, metadata dropped, bombs and oddities refused clearly."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest

from exchange.domain.intake import MAX_UPLOAD_BYTES, UnsupportedUpload, extract_story


def make_docx(text: str, author: str = "Jane Secret", company: str = "Acmeford Ltd") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    document.core_properties.author = author
    document.core_properties.comments = company
    document.sections[0].header.paragraphs[0].text = "ACMEFORD CONFIDENTIAL"
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "OEE", "52%"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_pdf(text: str) -> bytes:
    """A minimal one-page PDF with correct cross-reference offsets."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_docx_text_is_extracted_without_metadata_or_headers() -> None:
    result = extract_story(make_docx("We deployed cobots on line 3."))
    assert result.kind == "docx" and "cobots on line 3" in result.text and "OEE | 52%" in result.text
    assert "Jane Secret" not in result.text and "CONFIDENTIAL" not in result.text


def test_pdf_text_is_extracted() -> None:
    result = extract_story(make_pdf("Continuous granulation went live"))
    assert result.kind == "pdf" and "Continuous granulation went live" in result.text


@pytest.mark.parametrize("text", ["# Heading\n\nMarkdown *story*", "plain text", "Zürich – Łódź 设施"])
def test_text_and_markdown_are_read_as_utf8(text: str) -> None:
    assert extract_story(("\ufeff" + text).encode("utf-8")).text == text


def test_type_is_decided_by_content_not_name() -> None:
    assert extract_story(make_docx("inside")).kind == "docx"  # whatever the name was


def _bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (60 * 1024 * 1024))
    return out.getvalue()


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (b"x" * (MAX_UPLOAD_BYTES + 1), "larger than"),
    (b"\x00\x01binary\x00", "Upload a DOCX"),
    ("café".encode("latin-1"), "not UTF-8"),
    (b"PK\x03\x04not really a zip", "damaged"),
    (b"%PDF-1.4 garbage", "could not be read"),
    (b"   \n\t  ", "No text"),
])
def test_bad_uploads_are_refused_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(UnsupportedUpload, match=message):
        extract_story(data)


def test_decompression_bomb_is_refused_before_unpacking() -> None:
    with pytest.raises(UnsupportedUpload, match="unsafe size"):
        extract_story(_bomb())


def test_zip_that_is_not_a_word_document_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(UnsupportedUpload, match="Upload a DOCX"):
        extract_story(out.getvalue())
