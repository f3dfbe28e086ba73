"""Files resumefit cannot read: each gives one clear sentence saying what to do, never a traceback."""

from __future__ import annotations

import io
import os
import random
import zipfile
import zlib
from pathlib import Path

import pytest

from resumefit.documents import load_document, parse_document
from resumefit.documents.detect import OLE_MAGIC
from resumefit.documents.streams import refuse_compression_bombs
from resumefit.errors import UnreadableDocument
from tests import fixtures


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def refusal(data: bytes, name: str) -> str:
    """The reason parse_document gives for refusing ``data``; it must be one sentence."""
    with pytest.raises(UnreadableDocument) as caught:
        parse_document(data, name)
    error = caught.value
    assert str(error).startswith(f"{name}: ")
    assert "\n" not in error.reason and "Traceback" not in error.reason
    return error.reason


BAD_BYTES = {
    "old Word .doc": (OLE_MAGIC + bytes(2000), "cv.doc", "old Word .doc file; save it as .docx or PDF"),
    "password-protected .docx": (
        OLE_MAGIC + bytes(100) + "EncryptedPackage".encode("utf-16-le") + bytes(100),
        "cv.docx",
        "password-protected Word file",
    ),
    "Apple Pages": (
        zip_bytes({"Index/Document.iwa": b"x", "Metadata/Properties.plist": b"x"}),
        "cv.pages",
        "Pages",
    ),
    "OpenDocument": (
        zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
        "cv.odt",
        "Save As > Word .docx",
    ),
    "RTF": (b"{\\rtf1\\ansi Dana Whitfield\\par}", "cv.rtf", "RTF file; open it in Word or LibreOffice"),
    "empty file": (b"", "cv.pdf", "is empty"),
    "blank file": (b"  \n\n\t ", "cv.txt", "is empty"),
    "truncated .docx": (fixtures.plain_resume_docx()[:5000], "cv.docx", "damaged or incomplete"),
    "zip without a Word document": (zip_bytes({"notes.txt": b"hello"}), "cv.docx", "not a valid .docx"),
    "plain zip archive": (zip_bytes({"notes.txt": b"hello"}), "resumes.zip", "zip archive"),
    "Word part that is not XML": (
        zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document"}),
        "cv.docx",
        "damaged or incomplete",
    ),
    "zip bomb": (zip_bytes({"word/document.xml": bytes(5_000_000)}), "cv.docx", "possible zip bomb"),
    "encrypted PDF": (fixtures.encrypted_pdf(), "cv.pdf", "password-protected; save an unprotected copy"),
    "truncated PDF": (fixtures.plain_resume_pdf()[:300], "cv.pdf", "could not be read as a PDF"),
    "random bytes": (random.Random(7).randbytes(4096), "cv.pdf", "binary data"),
    "PNG image": (b"\x89PNG\r\n\x1a\n" + bytes(64), "cv.png", "PNG image"),
}


@pytest.mark.parametrize(("data", "name", "advice"), BAD_BYTES.values(), ids=list(BAD_BYTES))
def test_unreadable_file_is_refused_with_advice(data: bytes, name: str, advice: str) -> None:
    assert advice in refusal(data, name)


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = fixtures.write_file(tmp_path, "big.txt", b"x" * 5000)
    with pytest.raises(UnreadableDocument, match="over the 0.001 MB limit"):
        load_document(path, max_bytes=1000)


def test_missing_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match="does not exist; check the path"):
        load_document(tmp_path / "nowhere.pdf")


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match="is a directory"):
        load_document(tmp_path)


def test_pages_bundle_directory_gets_export_advice(tmp_path: Path) -> None:
    (tmp_path / "resume.pages").mkdir()
    with pytest.raises(UnreadableDocument, match="Apple Pages document; in Pages choose File > Export To"):
        load_document(tmp_path / "resume.pages")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(UnreadableDocument, match="not a regular file"):
        load_document(tmp_path / "pipe.txt")


def test_permission_denied_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = fixtures.write_file(tmp_path, "cv.txt", b"Dana Whitfield")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(UnreadableDocument, match="permission denied"):
        load_document(path)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file_mode_is_refused(tmp_path: Path) -> None:
    path = fixtures.write_file(tmp_path, "cv.txt", b"Dana Whitfield")
    path.chmod(0)
    with pytest.raises(UnreadableDocument, match="permission denied"):
        load_document(path)


def test_pdf_stream_that_inflates_past_the_limit_is_refused() -> None:
    blob = zlib.compress(bytes(2_000_000), 9)
    data = b"%PDF-1.4\n1 0 obj <</Filter /FlateDecode>>\nstream\n" + blob + b"\nendstream\nendobj\n%%EOF"
    with pytest.raises(UnreadableDocument, match="possible decompression bomb"):
        refuse_compression_bombs(data, "bomb.pdf", max_stream=1_000_000)
    refuse_compression_bombs(fixtures.ligature_pdf(), "fonts.pdf", max_stream=1_000_000)
