"""The short list as rows with reasons (what matched, what is missing), rendered as CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict, dataclass

from resumefit.models import Importance, Report
from resumefit.openterms import display_name
from resumefit.scale.matrix import SlotCredits, slot_columns
from resumefit.scale.profiles import Profile
from resumefit.scale.run import Matched
from resumefit.vocab import Vocabulary

MATCH_FORMAT = "resumefit-match/1"
REASON_TERMS = 6  # names listed per reason; the count says how many more
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class MatchRow:
    """One short-listed pair, seen from one side: a resume's best postings or a posting's best resumes."""

    side: str  # "resume" or "posting": whose top k this row belongs to
    rank: int
    resume: str
    posting: str
    score: float  # estimated total, 0-100
    coverage: float  # importance-weighted share of the posting's terms the resume covers, 0-100
    required: str  # required terms met, "met/all"
    matched: tuple[str, ...]
    missing: tuple[str, ...]
    report: str = ""  # the full report's file name, when reports were written
    report_score: int | None = None  # the full report's total


def match_rows(
    matched: Matched, vocabulary: Vocabulary, reports: dict[tuple[int, int], tuple[str, Report]] | None = None
) -> list[MatchRow]:
    """Rows for every resume's top k, then every posting's top k."""
    explain = _Explainer(matched, vocabulary, reports or {})
    top = matched.top
    rows = [
        explain.row("resume", rank, r, int(p), float(top.resume_scores[r, rank - 1]))
        for r in range(len(matched.resumes))
        for rank, p in enumerate(top.postings_for_resume[r], start=1)
        if p >= 0
    ]
    rows += [
        explain.row("posting", rank, int(r), p, float(top.posting_scores[p, rank - 1]))
        for p in range(len(matched.postings))
        for rank, r in enumerate(top.resumes_for_posting[p], start=1)
        if r >= 0
    ]
    return rows


class _Explainer:
    """Reasons for a pair from the two profiles: the slots the resume earns credit on and those it lacks."""

    def __init__(self, matched: Matched, vocabulary: Vocabulary, reports: dict) -> None:
        self.matched = matched
        self.vocabulary = vocabulary
        self.reports = reports
        self.credits = SlotCredits(slot_columns(matched.posting_profiles), vocabulary)
        self._earned: dict[int, dict[str, float]] = {}

    def row(self, side: str, rank: int, r: int, p: int, score: float) -> MatchRow:
        posting = self.matched.posting_profiles[p]
        earned = self.earned(r)
        total = sum(posting.weights) or 1.0
        got = sum(w * earned.get(s, 0.0) for s, w in zip(posting.concepts, posting.weights, strict=True))
        name, report = self.reports.get((r, p), ("", None))
        return MatchRow(
            side=side,
            rank=rank,
            resume=self.matched.resumes[r].path,
            posting=self.matched.postings[p].path,
            score=round(score, 1),
            coverage=round(100 * got / total, 1),
            required=_required(posting, earned),
            matched=self._named([s for s in _by_weight(posting) if earned.get(s, 0.0) > 0]),
            missing=self._named([s for s in _by_weight(posting) if earned.get(s, 0.0) == 0]),
            report=name,
            report_score=report.score.total if report is not None else None,
        )

    def earned(self, r: int) -> dict[str, float]:
        if r not in self._earned:
            slots, credits = self.credits.of(self.matched.resume_profiles[r])
            self._earned[r] = dict(zip(slots, map(float, credits), strict=True))
        return self._earned[r]

    def _named(self, slots: list[str]) -> tuple[str, ...]:
        names = [" or ".join(self._name(c) for c in slot.split("|")) for slot in slots[:REASON_TERMS]]
        more = len(slots) - REASON_TERMS
        return tuple(names + [f"+{more} more"] if more > 0 else names)

    def _name(self, concept_id: str) -> str:
        return display_name(self.vocabulary, concept_id)


def _by_weight(posting: Profile) -> list[str]:
    pairs = sorted(zip(posting.weights, posting.concepts, strict=True), key=lambda p: (-p[0], p[1]))
    return [slot for _, slot in pairs]


def _required(posting: Profile, earned: dict[str, float]) -> str:
    weights = zip(posting.concepts, posting.weights, strict=True)
    needed = [slot for slot, weight in weights if weight >= Importance.REQUIRED.weight]
    return f"{sum(earned.get(s, 0.0) > 0 for s in needed)}/{len(needed)}"


def report_names(pairs: list[tuple[int, int]], matched: Matched) -> dict[tuple[int, int], str]:
    """A file name per pair: resume and posting names, made safe, unique within the run."""
    names: dict[tuple[int, int], str] = {}
    taken: set[str] = set()
    for r, p in pairs:
        stem = f"{_safe(matched.resumes[r].path)}--{_safe(matched.postings[p].path)}"
        name, n = f"{stem}.json", 1
        while name in taken:
            n += 1
            name = f"{stem}-{n}.json"
        taken.add(name)
        names[(r, p)] = name
    return names


def _safe(path: str) -> str:
    parts = path.replace("\\", "/").rstrip("/").split("/")
    return _UNSAFE_NAME.sub("_", "_".join(parts[-2:]))[:80]


# --- formats -----------------------------------------------------------------------------------

CSV_COLUMNS = [
    "side",
    "rank",
    "resume",
    "posting",
    "score",
    "coverage",
    "required",
    "matched",
    "missing",
    "report",
    "report_score",
]


def render_csv(rows: list[MatchRow]) -> str:
    """One line per row; lists joined with '; '; cells that a spreadsheet would run as formulas quoted."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        data = asdict(row)
        writer.writerow([_cell(data[column]) for column in CSV_COLUMNS])
    return out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = "; ".join(value) if isinstance(value, tuple) else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_json(matched: Matched, rows: list[MatchRow], k: int) -> str:
    """The short list both ways, with the run's counts and every document that could not be read."""
    data = {
        "format": MATCH_FORMAT,
        "k": k,
        "resumes": len(matched.resumes),
        "postings": len(matched.postings),
        "pairs_scored": matched.top.pairs,
        "by_resume": _grouped(rows, "resume", "posting"),
        "by_posting": _grouped(rows, "posting", "resume"),
        "errors": list(matched.errors),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _grouped(rows: list[MatchRow], side: str, partner: str) -> list[dict]:
    groups: dict[str, list[dict]] = {}
    for row in rows:
        if row.side == side:
            item = {k: v for k, v in asdict(row).items() if k not in ("side", side) and v not in ("", None)}
            groups.setdefault(getattr(row, side), []).append(item)
    return [{side: key, f"{partner}s": items} for key, items in groups.items()]


__all__ = [
    "CSV_COLUMNS",
    "MATCH_FORMAT",
    "MatchRow",
    "match_rows",
    "render_csv",
    "render_json",
    "report_names",
]
