#!/usr/bin/env python3
"""heldout18-bmet-ontario-cet: nothing to build.

This pair is made of hand-written text files only: posting.html (a job-board page saved
with its navigation, sidebar and footer) and resume.txt (a plain-text resume). There is
no DOCX or PDF in this pair, so this script only checks that both files are present.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    for name in ("posting.html", "resume.txt"):
        if not (HERE / name).exists():
            raise SystemExit(f"missing {name}")
    print("heldout18-bmet-ontario-cet: text files only, nothing to build")


if __name__ == "__main__":
    main()
