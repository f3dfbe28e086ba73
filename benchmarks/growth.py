"""How a check's time grows with document length: resumes of 1 to 50 pages, postings of 250 to 20,000
words, in one warm process. Nothing should grow faster than linearly.

    python benchmarks/growth.py
"""

from __future__ import annotations

import hashlib
import statistics
import time
from dataclasses import replace
from pathlib import Path

from resumefit.documents import load_document
from resumefit.models import Document, Line
from resumefit.pipeline import default_checker

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "bmet-hospital"
PAGE_LINES = 45


def repeated(document: Document, lines: int) -> Document:
    """A document of ``lines`` lines made by repeating ``document``'s lines."""
    source = [line for line in document.lines if line.text.strip()]
    made = [Line(text=source[i % len(source)].text, index=i, page=1 + i // PAGE_LINES) for i in range(lines)]
    text = "\n".join(line.text for line in made)
    return replace(document, lines=tuple(made), sha256=hashlib.sha256(text.encode()).hexdigest())


def timed(checker, resume: Document, posting: Document, runs: int = 3) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        checker.check_documents(resume, posting)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    checker = default_checker()
    resume = load_document(EXAMPLE / "resume.pdf")
    posting = load_document(EXAMPLE / "posting.txt")
    checker.check_documents(resume, posting)  # warm: compile what the example needs
    print("| resume pages | seconds | ms per page |")
    print("|---|---|---|")
    for pages in (1, 2, 5, 10, 20, 50):
        seconds = timed(checker, repeated(resume, pages * PAGE_LINES), posting)
        print(f"| {pages} | {seconds:.3f} | {1000 * seconds / pages:.0f} |")
    words_per_line = max(1, sum(len(line.text.split()) for line in posting.lines) // len(posting.lines))
    print("\n| posting words | seconds | ms per 1,000 words |")
    print("|---|---|---|")
    for words in (250, 1000, 2500, 5000, 10000, 20000):
        seconds = timed(checker, resume, repeated(posting, max(1, words // words_per_line)))
        print(f"| {words:,} | {seconds:.3f} | {1000 * seconds / (words / 1000):.0f} |")


if __name__ == "__main__":
    main()
