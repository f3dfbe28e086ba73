"""Golden files: compare rendered output with tests/reporters/golden/, or rewrite them on purpose.

Regenerate with ``RESUMEFIT_UPDATE_GOLDEN=1 pytest tests/reporters``, then review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN_DIR = Path(__file__).parent / "golden"
UPDATE_VARIABLE = "RESUMEFIT_UPDATE_GOLDEN"


def assert_matches_golden(name: str, text: str) -> None:
    """Fail unless ``text`` equals golden file ``name``; rewrite the file instead when asked to."""
    path = GOLDEN_DIR / name
    if os.environ.get(UPDATE_VARIABLE) == "1":
        GOLDEN_DIR.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        return
    assert path.exists(), f"{path} is missing; run with {UPDATE_VARIABLE}=1 to create it"
    expected = path.read_bytes().decode("utf-8")
    assert text == expected, (
        f"{name} differs from its golden file; if the change is intended, rerun with {UPDATE_VARIABLE}=1"
    )
