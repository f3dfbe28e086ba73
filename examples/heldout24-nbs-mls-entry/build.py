#!/usr/bin/env python3
"""heldout24-nbs-mls-entry has no DOCX or PDF to build.

posting.html (saved from a state job board, with its navigation) and resume.txt are
edited by hand; this script only checks that both are present.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

if __name__ == "__main__":
    for name in ("posting.html", "resume.txt"):
        if not (HERE / name).exists():
            raise SystemExit(f"missing {name}")
    print("nothing to build (hand-edited HTML and plain text)")
