"""Guarding the PDF reader against compression bombs: Flate streams are measured before they are inflated."""

from __future__ import annotations

import re
import zlib

from resumefit.errors import UnreadableDocument

MAX_STREAM_BYTES = 100_000_000  # one inflated stream
MAX_TOTAL_BYTES = 300_000_000  # all inflated streams together
CHUNK = 1_000_000
_STREAM_START = re.compile(rb"(?<!end)stream\r?\n")


def refuse_compression_bombs(data: bytes, name: str, max_stream: int = MAX_STREAM_BYTES) -> None:
    """Raise UnreadableDocument when a zlib stream in ``data`` inflates past the limits."""
    total = 0
    for match in _STREAM_START.finditer(data):
        end = data.find(b"endstream", match.end())
        if end < 0:
            break
        size = inflated_size(data[match.end() : end], max_stream)
        total += size
        if size > max_stream or total > MAX_TOTAL_BYTES:
            raise UnreadableDocument(
                name,
                "holds compressed data that expands far beyond any resume (a possible decompression bomb); "
                "re-export the PDF and try again",
            )


def inflated_size(chunk: bytes, cap: int) -> int:
    """How many bytes a zlib stream inflates to, counting to just past ``cap``; 0 for non-zlib data."""
    if chunk[:1] != b"x":  # every zlib stream starts with 0x78
        return 0
    inflater = zlib.decompressobj()
    size, pending = 0, chunk
    try:
        while pending and size <= cap and not inflater.eof:
            size += len(inflater.decompress(pending, CHUNK))
            pending = inflater.unconsumed_tail
    except zlib.error:
        return size
    return size
