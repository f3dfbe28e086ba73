"""Damaged copies of real DOCX and PDF fixtures: the reader returns a Document or refuses cleanly."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resumefit.documents import parse_document
from resumefit.errors import UnreadableDocument
from resumefit.models import Document
from tests import fixtures


@cache
def originals() -> dict[str, bytes]:
    return {
        "resume.docx": fixtures.plain_resume_docx(pages=1),
        "resume.pdf": fixtures.plain_resume_pdf(pages=1),
    }


def damage(data: bytes, flips: list[tuple[float, int]], keep: float) -> bytes:
    """``data`` with bytes overwritten at the given relative positions, then cut to ``keep`` of its length."""
    damaged = bytearray(data)
    for where, value in flips:
        damaged[int(where * (len(damaged) - 1))] = value
    return bytes(damaged[: max(1, int(len(damaged) * keep))])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(["resume.docx", "resume.pdf"]),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=12),
    keep=st.one_of(st.just(1.0), st.floats(0.05, 1.0)),
)
def test_damaged_file_is_read_or_refused_cleanly(
    name: str, flips: list[tuple[float, int]], keep: float
) -> None:
    data = damage(originals()[name], flips, keep)
    try:
        result = parse_document(data, name)
    except UnreadableDocument as error:
        assert error.reason and "\n" not in error.reason
    else:
        assert isinstance(result, Document)
