"""Decoding the bytes of a text file: BOMs, UTF-16 without a BOM, strict UTF-8, else Windows-1252."""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def detect_encoding(data: bytes) -> str | None:
    """The encoding of ``data``, or None when it looks like binary rather than text."""
    for bom, name in _BOMS:  # UTF-32 LE first: its BOM starts with the UTF-16 LE one
        if data.startswith(bom):
            return name
    guessed = _utf16_without_bom(data)
    if guessed:
        return guessed
    if data.count(b"\x00") > len(data) // 100:  # a stray NUL is junk to drop; many NULs mean binary
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def decode_text(data: bytes) -> tuple[str, str] | None:
    """The decoded text and its encoding name, or None when the bytes are not text."""
    name = detect_encoding(data)
    if name is None:
        return None
    bom = next((bom for bom, bom_name in _BOMS if bom_name == name and data.startswith(bom)), b"")
    codec = "utf-8" if name == "utf-8-sig" else name
    return data[len(bom) :].decode(codec, errors="replace"), name


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None
