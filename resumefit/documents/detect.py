"""Deciding a file's format from its content (magic bytes first, extension only to break ties)."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from enum import Enum

from resumefit.errors import UnreadableDocument

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_HTML_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_HTML_TAG_RE = re.compile(r"<(p|div|li|ul|h[1-6]|br|span|table|section|article)[\s/>]", re.IGNORECASE)
# What reading a damaged zip can raise (NotImplementedError: an unknown compression method).
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, KeyError, NotImplementedError)
_IMAGE_MAGICS = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)


class Kind(str, Enum):
    """The formats resumefit reads."""

    PDF = "pdf"
    DOCX = "docx"
    TEXT = "text"  # plain text, Markdown or HTML: told apart after decoding


def detect_kind(data: bytes, name: str) -> Kind:
    """The format of ``data`` (HTML is told from text after decoding), or UnreadableDocument."""
    if not data.strip():
        raise UnreadableDocument(name, "is empty; check that you chose the right file")
    if b"%PDF-" in data[:1024]:
        return Kind.PDF
    if data.startswith(ZIP_MAGICS):
        return _zip_kind(data, name)
    _refuse_known_binaries(data, name)
    return Kind.TEXT


def _refuse_known_binaries(data: bytes, name: str) -> None:
    if data.startswith(OLE_MAGIC):
        raise UnreadableDocument(name, _ole_reason(data))
    if data.lstrip().startswith(b"{\\rtf"):
        raise UnreadableDocument(
            name, "is an RTF file; open it in Word or LibreOffice, save it as .docx (or PDF) and try again"
        )
    for magic, label in _IMAGE_MAGICS:
        if data.startswith(magic):
            raise UnreadableDocument(
                name,
                f"is a {label} image, and an ATS cannot read text from an image; "
                "give the .docx or a text-based PDF of the document instead",
            )


def _ole_reason(data: bytes) -> str:
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "is a password-protected Word file; save an unprotected copy and try again"
    return "is an old Word .doc file; save it as .docx or PDF and try again"


def _zip_kind(data: bytes, name: str) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = _zip_mimetype(archive, names)
    except ZIP_ERRORS:
        raise UnreadableDocument(name, damaged_zip_reason(name)) from None
    if "word/document.xml" in names:
        return Kind.DOCX
    raise UnreadableDocument(name, _other_zip_reason(names, mimetype, name))


def damaged_zip_reason(name: str) -> str:
    """The message for a .docx (or other zip) that is truncated or corrupted."""
    return "is damaged or incomplete (a broken .docx/zip archive); re-save or re-export it and try again"


def _zip_mimetype(archive: zipfile.ZipFile, names: set[str]) -> str:
    if "mimetype" not in names or archive.getinfo("mimetype").file_size > 200:
        return ""
    return archive.read("mimetype").decode("ascii", errors="replace").strip()


def _other_zip_reason(names: set[str], mimetype: str, name: str) -> str:
    if mimetype.startswith("application/vnd.oasis.opendocument"):
        return "is an OpenDocument (.odt) file; in LibreOffice use File > Save As > Word .docx and try again"
    pages_parts = any(n.startswith(("Index/", "QuickLook/")) or n == "index.xml" for n in names)
    if pages_parts or name.lower().endswith(".pages"):
        return "is an Apple Pages document; in Pages choose File > Export To > Word (or PDF) and try again"
    if name.lower().endswith(".docx"):
        return "is not a valid .docx (the Word document part is missing); re-save it from Word and try again"
    return "is a zip archive, not a resume or posting; extract it and give the document inside"


def looks_like_html(text: str, name: str) -> bool:
    """HTML by its markers (a doctype, html/body tags, or several block tags); the extension breaks ties."""
    head = text[:8192]
    if _HTML_RE.search(head):
        return True
    tags = len(_HTML_TAG_RE.findall(head))
    return tags >= 3 or (tags >= 1 and name.lower().endswith((".html", ".htm", ".xhtml")))
