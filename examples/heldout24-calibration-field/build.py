#!/usr/bin/env python3
"""heldout24-calibration-field has no DOCX or PDF files.

posting.html (a job-board page saved with its navigation, sidebar and scripts) and resume.txt
are written by hand, so there is nothing to build. The script only checks they are present.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    for name in ("posting.html", "resume.txt"):
        path = HERE / name
        if not path.exists():
            raise SystemExit(f"missing {path}")
        print("present:", path)


if __name__ == "__main__":
    main()
