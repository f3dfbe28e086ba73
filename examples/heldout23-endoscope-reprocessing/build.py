#!/usr/bin/env python3
"""heldout23-endoscope-reprocessing has no generated files.

posting.html (saved job-board page) and resume.txt (plain-text resume) are written by hand.
This script exists so every pair folder has the same layout; it only checks that both files are there.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    for name in ("posting.html", "resume.txt"):
        if not (HERE / name).exists():
            raise SystemExit(f"missing {name}")
    print("nothing to build (hand-written posting.html and resume.txt)")


if __name__ == "__main__":
    main()
