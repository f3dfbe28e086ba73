#!/usr/bin/env python3
"""heldout27-va-medtech has no DOCX/PDF files: posting.html (saved USAJOBS page) and resume.txt
(federal-style resume) are written by hand. Kept so every pair has the same layout; it only checks
that both files are present."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

if __name__ == "__main__":
    for name in ("posting.html", "resume.txt"):
        assert (HERE / name).exists(), name
    print("nothing to build: posting.html and resume.txt are hand-written")
