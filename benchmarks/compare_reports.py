"""Save every example's `check --format json` report, or compare them with a saved set (a refactor guard).

    python benchmarks/compare_reports.py save DIR      # before a change
    python benchmarks/compare_reports.py compare DIR   # after it: exit 1 and name each report that differs

Timing fields (none today; any key ending in `_s` or `_ms`, or named `elapsed`) are ignored.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMING_SUFFIXES = ("_s", "_ms")


def example_pairs() -> list[tuple[str, Path, Path]]:
    """(name, resume, posting) for each example folder that holds both."""
    pairs = []
    for folder in sorted((ROOT / "examples").iterdir()):
        resumes = sorted(folder.glob("resume.*")) if folder.is_dir() else []
        postings = sorted(folder.glob("posting.*")) if folder.is_dir() else []
        if resumes and postings:
            pairs.append((folder.name, resumes[0], postings[0]))
    return pairs


def report(resume: Path, posting: Path) -> dict:
    """The JSON report of one check, run as a user runs it."""
    command = [sys.executable, "-m", "resumefit", "check", str(resume), str(posting), "--format", "json"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{resume}: check failed with exit code {done.returncode}: {done.stderr.strip()}")
    return without_timing(json.loads(done.stdout))


def without_timing(value: object) -> object:
    """The value with every timing key dropped, recursively."""
    if isinstance(value, dict):
        return {
            k: without_timing(v)
            for k, v in value.items()
            if not (k.endswith(TIMING_SUFFIXES) or k == "elapsed")
        }
    if isinstance(value, list):
        return [without_timing(v) for v in value]
    return value


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("save", "compare"):
        print(__doc__)
        return 2
    action, folder = argv[0], Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    differ = []
    for name, resume, posting in example_pairs():
        data = report(resume, posting)
        saved = folder / f"{name}.json"
        if action == "save":
            saved.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        elif json.loads(saved.read_text(encoding="utf-8")) != data:
            differ.append(name)
    print(f"{action}: {len(example_pairs())} examples; {len(differ)} differ {differ if differ else ''}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
