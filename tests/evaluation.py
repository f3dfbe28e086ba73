"""Scoring resumefit against the hand-labelled examples: recall of missing terms, false 'missing', traps."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from resumefit.models import Report, Status, TermResult

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@dataclass
class PairResult:
    """What the evaluation found on one example pair."""

    name: str
    checked: int = 0
    agree: int = 0
    missing_expected: int = 0
    missing_found: int = 0
    false_missing: list[str] = field(default_factory=list)
    not_detected: list[str] = field(default_factory=list)
    wrong_status: list[str] = field(default_factory=list)
    traps_sprung: list[str] = field(default_factory=list)
    title_ok: bool = True
    sections_ok: bool = True


def example_dirs(prefix: str = "") -> list[Path]:
    """The labelled pairs whose names start with ``prefix``."""
    return sorted(p.parent for p in EXAMPLES.glob(f"{prefix}*/expected.yaml"))


def load_expected(folder: Path) -> dict[str, Any]:
    return yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))


def pair_files(folder: Path) -> tuple[Path, Path]:
    resume = next(p for p in folder.iterdir() if p.stem == "resume")
    posting = next(p for p in folder.iterdir() if p.stem == "posting")
    return resume, posting


def concept_ids_for(text: str, checker) -> set[str]:  # noqa: ANN001
    """Concepts that have a form written like ``text`` (case, plural and inflection aside)."""
    index = _form_index(checker)
    key = checker.matcher.key(text)
    found = set(index.get(key, ()))
    if not found:
        doc_mentions = checker.matcher.find(_one_line(text), nested=False)
        found = {m.concept_id for m in doc_mentions if m.start == 0 and m.end >= len(text.rstrip(".")) - 1}
    if not found:
        # "Sysmex XN-Series hematology analyzers": the product line written with its class is the line
        found = {m.concept_id for m in doc_mentions[:1] if m.start == 0}
    return found


_INDEX_CACHE: dict[int, dict[tuple[str, ...], set[str]]] = {}


def _form_index(checker) -> dict[tuple[str, ...], set[str]]:  # noqa: ANN001
    cached = _INDEX_CACHE.get(id(checker))
    if cached is None:
        cached = {}
        for concept in checker.vocabulary.concepts.values():
            for form in concept.forms:
                cached.setdefault(checker.matcher.key(form.text), set()).add(concept.id)
        _INDEX_CACHE[id(checker)] = cached
    return cached


def _one_line(text: str):  # noqa: ANN202
    from resumefit.models import Document, Line, SourceFormat

    return Document("term", SourceFormat.TEXT, (Line(text, 0),))


def find_term(entry: dict[str, Any], report: Report, checker) -> TermResult | None:  # noqa: ANN001
    """The report's TermResult for an expected entry, by the posting's wording or by concept."""
    texts = entry.get("any_of") or [entry["posting"]]
    wanted = set().union(*(concept_ids_for(t, checker) for t in texts))
    keys = {checker.matcher.key(t) for t in texts}
    by_wording = [r for r in report.terms if checker.matcher.key(r.requirement.posting_form) in keys]
    by_concept = [r for r in report.terms if {r.requirement.concept_id, *r.requirement.alternatives} & wanted]
    if entry.get("any_of"):  # an either/or group: the tool's group first
        by_concept.sort(key=lambda r: not r.requirement.alternatives)
        return next(iter(by_concept + by_wording), None)
    return next(iter(by_wording + by_concept), None)


def evaluate_pair(folder: Path, checker) -> PairResult:  # noqa: ANN001
    expected = load_expected(folder)
    resume, posting = pair_files(folder)
    report = checker.check(resume, posting)
    result = PairResult(folder.name)
    for entry in expected.get("terms") or []:
        _score_entry(entry, report, checker, result)
    for trap in expected.get("traps") or []:
        if _trap_sprung(trap, report, checker):
            result.traps_sprung.append(f"{trap['text']!r} taken for {trap['not']!r} in the {trap['in']}")
    title = (expected.get("title") or "").lower()
    got_title = (report.posting.title or "").lower() if report.posting else ""
    result.title_ok = bool(title) and (title in got_title or got_title in title) and bool(got_title)
    kinds = [s.kind.value for s in report.sections if s.kind.value != "other"]
    result.sections_ok = kinds == [k for k in expected.get("resume_sections", []) if k != "other"]
    return result


def _score_entry(entry: dict[str, Any], report: Report, checker, result: PairResult) -> None:  # noqa: ANN001
    label = entry.get("posting") or " / ".join(entry["any_of"])
    want = Status(entry["status"])
    got = find_term(entry, report, checker)
    result.checked += 1
    if want is Status.MISSING:
        result.missing_expected += 1
    if got is None:
        result.not_detected.append(f"{label} (expected {want.value})")
        return
    if got.status is want:
        result.agree += 1
    else:
        result.wrong_status.append(f"{label}: expected {want.value}, got {got.status.value}")
    if want is Status.MISSING and got.status is Status.MISSING:
        result.missing_found += 1
    if want is not Status.MISSING and got.status is Status.MISSING:
        result.false_missing.append(f"{label} (resume: {entry.get('resume')!r})")


def _trap_sprung(trap: dict[str, Any], report: Report, checker) -> bool:  # noqa: ANN001
    wrong = concept_ids_for(trap["not"], checker)
    document = (
        report.resume if trap["in"] == "resume" else (report.posting.document if report.posting else None)
    )
    if document is None or not wrong:
        return False
    mentions = report.resume_mentions if trap["in"] == "resume" else checker.read_posting(document)[1]
    pattern = re.compile(re.escape(trap["text"]))
    for line in document.lines:
        for found in pattern.finditer(line.text):
            for mention in mentions:
                overlaps = (
                    mention.line == line.index and mention.start < found.end() and found.start() < mention.end
                )
                if overlaps and mention.concept_id in wrong:
                    return True
    return False


def summarise(results: list[PairResult]) -> dict[str, Any]:
    """The figures the closing note and the evaluation test use."""
    missing_expected = sum(r.missing_expected for r in results)
    missing_found = sum(r.missing_found for r in results)
    checked = sum(r.checked for r in results)
    problems = Counter()
    for r in results:
        problems["false_missing"] += len(r.false_missing)
        problems["traps_sprung"] += len(r.traps_sprung)
        problems["not_detected"] += len(r.not_detected)
    return {
        "pairs": len(results),
        "terms": checked,
        "status_agreement": sum(r.agree for r in results) / checked if checked else 1.0,
        "missing_recall": missing_found / missing_expected if missing_expected else 1.0,
        "missing_expected": missing_expected,
        **problems,
        "titles_ok": sum(r.title_ok for r in results),
        "sections_ok": sum(r.sections_ok for r in results),
    }
