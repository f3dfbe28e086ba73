"""Speed and memory of resumefit against its targets; prints a table, exits 1 when a target is missed.

Targets (2-core machine): cold `resumefit check` of a 2-page PDF resume and a posting <= 1.0 s and <= 0.5x a
spaCy-based peer's (when RESUMEFIT_PEER names one); peak RSS <= 300 MB; warm checks >= 20 pairs/s on one
core; batch of 200 mixed PDF/DOCX/text resumes against one posting <= 20 s. Also reported: the vocabulary
compile time and a warm check's time. benchmarks/growth.py shows time against document length.

    python benchmarks/run.py [--runs 5] [--batch 200]
    RESUMEFIT_PEER="ats-score --resume {resume} --jd {posting} -o /tmp/peer.json" python benchmarks/run.py
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "bmet-hospital"
TARGETS = {"cold_check_s": 1.0, "peak_rss_mb": 300.0, "batch_200_s": 20.0, "peer_ratio": 0.5}
AT_LEAST = {"warm_pairs_per_s": 20.0}
PEER_VARIABLE = "RESUMEFIT_PEER"  # a peer's command, e.g. "ats-score --resume {resume} --jd {posting}"


def two_page_pdf(folder: Path) -> Path:
    """A two-page PDF resume made from the BMET example's text (fpdf2, from the test extras)."""
    from fpdf import FPDF

    from resumefit.documents import load_document

    text = load_document(EXAMPLE / "resume.pdf").text
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(True, margin=54)
    pdf.set_font("Helvetica", size=10.5)
    for _ in range(2):
        pdf.add_page()
        for line in text.splitlines():
            text_line = line.replace("•", "-").encode("latin-1", "replace").decode("latin-1")
            pdf.multi_cell(0, 5.2, text_line, new_x="LMARGIN", new_y="NEXT")
    path = folder / "resume-2-pages.pdf"
    pdf.output(str(path))
    return path


def cold_check(resume: Path, posting: Path, runs: int) -> tuple[float, float]:
    """Median wall time of a fresh `resumefit check` process, and the peak RSS of any of them (MB)."""
    exe = shutil.which("resumefit") or f"{sys.executable} -m resumefit"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [*exe.split(), "check", str(resume), str(posting), "-f", "json", "-o", os.devnull],
            check=False,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return statistics.median(times), peak_kb / 1024


def in_process(resume: Path, posting: Path, runs: int) -> dict[str, float]:
    from resumefit.matching import TermMatcher
    from resumefit.nlp import build_nlp
    from resumefit.pipeline import Checker
    from resumefit.vocab import load_vocabulary

    start = time.perf_counter()
    vocabulary = load_vocabulary()
    loaded = time.perf_counter()
    nlp = build_nlp()
    built = time.perf_counter()
    TermMatcher(vocabulary, nlp)
    compiled = time.perf_counter()
    checker = Checker(vocabulary, nlp)
    checker.check(resume, posting)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        checker.check(resume, posting)
        times.append(time.perf_counter() - t)
    return {
        "vocab_load_s": loaded - start,
        "nlp_build_s": built - loaded,
        "matcher_compile_s": compiled - built,
        "warm_check_s": statistics.median(times),
        "concepts": len(vocabulary),
    }


def warm_pairs(runs: int = 2) -> float:
    """Pairs per second in one warm process over every example pair, reading included (one core)."""
    from resumefit.pipeline import default_checker

    pairs = []
    for folder in sorted((ROOT / "examples").iterdir()):
        resumes, postings = sorted(folder.glob("resume.*")), sorted(folder.glob("posting.*"))
        if resumes and postings:
            pairs.append((resumes[0], postings[0]))
    checker = default_checker()
    for resume, posting in pairs:  # warm: every form the examples need compiled once
        checker.check(resume, posting)
    start = time.perf_counter()
    for _ in range(runs):
        for resume, posting in pairs:
            checker.check(resume, posting)
    return runs * len(pairs) / (time.perf_counter() - start)


def peer_ratio(resume: Path, posting: Path, runs: int) -> float | None:
    """resumefit's median cold time over a peer's on the same files, alternating runs; None without a peer.

    The peer's command comes from RESUMEFIT_PEER with {resume} and {posting} in it."""
    template = os.environ.get(PEER_VARIABLE)
    if not template:
        return None
    exe = shutil.which("resumefit") or f"{sys.executable} -m resumefit"
    ours = [*exe.split(), "check", str(resume), str(posting), "-f", "json", "-o", os.devnull]
    theirs = template.format(resume=resume, posting=posting).split()
    times: dict[str, list[float]] = {"ours": [], "theirs": []}
    for _ in range(runs):
        for name, command in (("ours", ours), ("theirs", theirs)):
            start = time.perf_counter()
            subprocess.run(command, check=False, capture_output=True)
            times[name].append(time.perf_counter() - start)
    return statistics.median(times["ours"]) / statistics.median(times["theirs"])


def batch(folder: Path, posting: Path, count: int) -> float | None:
    """Wall time of `resumefit batch` over ``count`` mixed resumes, or None when batch is unavailable."""
    sources = [
        EXAMPLE / "resume.pdf",
        ROOT / "examples" / "lab-mls-core" / "resume.docx",
        ROOT / "examples" / "imaging-service" / "resume.txt",
    ]
    sources = [s for s in sources if s.exists()]
    resumes = folder / "resumes"
    resumes.mkdir()
    for i in range(count):
        source = sources[i % len(sources)]
        shutil.copy(source, resumes / f"client-{i:03d}{source.suffix}")
    exe = shutil.which("resumefit") or f"{sys.executable} -m resumefit"
    start = time.perf_counter()
    done = subprocess.run(
        [*exe.split(), "batch", str(resumes), "--posting", str(posting), "-f", "csv", "-o", os.devnull],
        check=False,
        capture_output=True,
    )
    if done.returncode not in (0, 1):
        print(done.stderr.decode(errors="replace"), file=sys.stderr)
        return None
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()
    posting = EXAMPLE / "posting.txt"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        resume = two_page_pdf(folder)
        cold, peak = cold_check(resume, posting, args.runs)
        figures = {"cold_check_s": cold, "peak_rss_mb": peak, **in_process(resume, posting, args.runs)}
        figures["warm_pairs_per_s"] = warm_pairs()
        ratio = peer_ratio(resume, posting, args.runs)
        if ratio is not None:
            figures["peer_ratio"] = ratio
        batch_time = batch(folder, posting, args.batch) if args.batch else None
        if batch_time is not None:
            figures["batch_200_s"] = batch_time
            figures["batch_resumes_per_s"] = args.batch / batch_time
    missed = False
    for name, value in figures.items():
        target, floor = TARGETS.get(name), AT_LEAST.get(name)
        short = (target is not None and value > target) or (floor is not None and value < floor)
        verdict = "" if target is None and floor is None else ("  ok" if not short else "  MISSED")
        if short:
            bound = f"<= {target}" if target is not None else f">= {floor}"
            verdict += f" (target {bound})"
        missed |= short
        print(f"{name:22} {value:10.3f}{verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
