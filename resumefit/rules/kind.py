"""Which kind of document a text reads like, a resume or a job posting: catches swapped arguments."""

from __future__ import annotations

import re

from resumefit.models import Document

_POSTING_CUES = (
    r"\bwe are (?:seeking|looking for|hiring)\b",
    r"\bwhat you will do\b|\byou will\b",
    r"^\W*(?:key )?responsibilities\b",
    r"^\W*(?:required|preferred|minimum|basic) qualifications\b|^\W*requirements\b",
    r"\bequal opportunity employer\b|\bEOE\b",
    r"^\W*(?:about us|about the (?:role|job|position)|benefits|job (?:description|summary))\b",
    r"\bthe ideal candidate\b|\bsuccessful candidate\b|\bapply (?:now|today)\b",
    r"\breq(?:uisition)?\s*(?:#|no\.?|id)",
    r"\bapplicants?\b",
)
_RESUME_CUES = (
    r"[\w.+-]+@[\w-]+\.[\w.]+",
    r"\(?\d{3}\)?[ .-]\d{3}-\d{4}",
    r"\b(?:19|20)\d\d\s*[-–]\s*(?:present|current|(?:19|20)\d\d)\b",
    r"^\W*(?:professional |work )?experience\W*$",
    r"^\W*(?:certifications?|licenses?(?: and certifications)?)\W*$",
    r"^\W*(?:summary|professional summary|profile)\W*$",
)
_POSTING = [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in _POSTING_CUES]
_RESUME = [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in _RESUME_CUES]
MIN_POSTING_CUES = 3


def posting_cues(document: Document) -> int:
    """How many kinds of job-posting wording the document holds (about us, responsibilities, EOE, ...)."""
    text = document.text
    return sum(1 for pattern in _POSTING if pattern.search(text))


def resume_cues(document: Document) -> int:
    """How many kinds of resume wording the document holds (an email, a phone, date ranges, headings)."""
    text = document.text
    return sum(1 for pattern in _RESUME if pattern.search(text))


def reads_like_posting(document: Document) -> bool:
    """True when the document reads more like a job posting than a resume."""
    cues = posting_cues(document)
    return cues >= MIN_POSTING_CUES and cues > resume_cues(document)
