"""Scoring resumefit against the hand-labelled examples: the five figures of a round, traps, titles, sections.

Run it as a script against whatever resumefit is importable, one row per round of examples:

    python -m tests.evaluation heldout4- heldout5-
    PYTHONPATH=/other/checkout python /tmp/evaluation.py --examples examples heldout4-

A labelled term is matched to the report's terms by the posting's wording first (case, plural and
punctuation aside), so a term the vocabulary does not know is still evaluated, then by concept.
"""

from __future__ import annotations

import argparse
import functools
import os
import pickle
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from resumefit.advice import offers_choice
from resumefit.documents import load_document
from resumefit.models import Category, Document, Report, Status, TermResult

T = TypeVar("T")
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PRESENT = frozenset({Status.LITERAL, Status.SYNONYM, Status.RELATED})


@dataclass
class PairResult:
    """What the evaluation found on one example pair."""

    name: str
    checked: int = 0
    agree: int = 0
    missing_expected: int = 0
    missing_found: int = 0
    present_expected: int = 0
    present_found: int = 0
    synonym_expected: int = 0
    synonym_found: int = 0
    pursued_expected: int = 0  # a credential the resume names as pursued (status in_progress)
    credited_pursued: list[str] = field(default_factory=list)  # such a credential reported as held
    reported_missing: int = 0
    reported_missing_true: int = 0
    false_missing: list[str] = field(default_factory=list)
    not_detected: list[str] = field(default_factory=list)
    wrong_status: list[str] = field(default_factory=list)
    unlabelled_missing: list[str] = field(default_factory=list)
    noise_missing: list[str] = field(default_factory=list)  # reported, judged no term (not_terms)
    # false missing on entries added by judging what a report listed (pooled: true), counted in the figures
    pooled_false_missing: list[str] = field(default_factory=list)
    traps_sprung: list[str] = field(default_factory=list)
    title_ok: bool = True
    sections_ok: bool = True


def example_dirs(prefix: str = "", root: Path | None = None) -> list[Path]:
    """The labelled pairs whose names start with ``prefix``."""
    return sorted(p.parent for p in (root or EXAMPLES).glob(f"{prefix}*/expected.yaml"))


# the C loader reads the same data ten times as fast (7.4 s against 0.7 s for all the labels)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_expected(folder: Path) -> dict[str, Any]:
    return yaml.load((folder / "expected.yaml").read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506


def pair_files(folder: Path) -> tuple[Path, Path]:
    resume = next(p for p in folder.iterdir() if p.stem == "resume")
    posting = next(p for p in folder.iterdir() if p.stem == "posting")
    return resume, posting


# --- wording keys: how a label and a report term are compared without the vocabulary --------------

_WORD = re.compile(r"[a-z0-9]+")
_CHOICE_SPLIT = re.compile(r"\s*(?:,\s*(?:or|and/or)\s+|,\s*|\s+or\s+|\s+and/or\s+|/)\s*", re.IGNORECASE)
_ARTICLES = frozenset({"the", "a", "an"})


@functools.lru_cache(maxsize=65536)
def wording_key(text: str) -> tuple[str, ...]:
    """'Infusion Pumps' == 'infusion pump', 'MLS (ASCP)' == 'MLS(ASCP)', 'X-ray' == 'x ray'."""
    words = _WORD.findall(text.lower().replace("'s", ""))
    return tuple(_singular(w) for w in words if w not in _ARTICLES)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    size = len(inner)
    return bool(size) and any(outer[i : i + size] == inner for i in range(len(outer) - size + 1))


def term_keys(result: TermResult) -> frozenset[tuple[str, ...]]:
    """The wording keys of a report term: its posting wording, and each choice of a group."""
    return _wording_keys(result.requirement.posting_form)


@functools.lru_cache(maxsize=65536)
def _wording_keys(form: str) -> frozenset[tuple[str, ...]]:
    keys = {wording_key(form), *(wording_key(part) for part in _CHOICE_SPLIT.split(form) if part.strip())}
    return frozenset(k for k in keys if k)


def entry_texts(entry: dict[str, Any]) -> list[str]:
    return list(entry.get("any_of") or [entry["posting"]])


def entry_label(entry: dict[str, Any]) -> str:
    return entry.get("posting") or " / ".join(entry["any_of"])


# --- concepts: how the vocabulary names a label (the route every known term takes) -----------------


def concept_ids_for(text: str, checker) -> set[str]:  # noqa: ANN001
    """Concepts that have a form written like ``text`` (case, plural and inflection aside)."""
    memo = _IDS_CACHE.setdefault(id(checker), {})
    if text not in memo:
        memo[text] = frozenset(_concept_ids_for(text, checker))
    return set(memo[text])


_IDS_CACHE: dict[int, dict[str, frozenset[str]]] = {}


def _concept_ids_for(text: str, checker) -> set[str]:  # noqa: ANN001
    found = set(_form_index(checker).get(checker.matcher.key(text), ()))
    return found or _read_as(text, checker.matcher.find(_one_line(text), nested=False), checker)


def _prefetch_concept_ids(texts: list[str], checker) -> None:  # noqa: ANN001
    """concept_ids_for of many labels at once: those no form names are read in one document, each on a line
    of its own between blank ones (no line beside it, no title above it), not one document each."""
    memo = _IDS_CACHE.setdefault(id(checker), {})
    index = _form_index(checker)
    unread = []
    for text in dict.fromkeys(texts):
        if text in memo:
            continue
        found = index.get(checker.matcher.key(text))
        if found:
            memo[text] = frozenset(found)
        else:
            unread.append(text)
    if not unread:
        return
    from resumefit.models import Document, Line, SourceFormat

    lines = [Line("", i) for i in range(4)]
    placed = {}
    for text in unread:
        placed[len(lines)] = text
        lines += [Line(text, len(lines)), Line("", len(lines) + 1)]
    by_line: dict[int, list] = {}
    for mention in checker.matcher.find(Document("terms", SourceFormat.TEXT, tuple(lines)), nested=False):
        by_line.setdefault(mention.line, []).append(mention)
    for number, text in placed.items():
        memo[text] = frozenset(_read_as(text, by_line.get(number, []), checker))


def _read_as(text: str, doc_mentions: list, checker) -> set[str]:  # noqa: ANN001
    """The concepts a label's own line is read as."""
    found = {m.concept_id for m in doc_mentions if m.start == 0 and m.end >= len(text.rstrip(".")) - 1}
    if not found:
        # "Sysmex XN-Series hematology analyzers": the product line written with its class is the line;
        # "Getinge Cardiohelp": the maker's product is the product
        first = [m for m in doc_mentions[:1] if m.start == 0]
        maker = first and checker.vocabulary.concepts[first[0].concept_id].category is Category.MANUFACTURER
        found = {m.concept_id for m in (doc_mentions[1:2] if maker and len(doc_mentions) > 1 else first)}
    return found


def trap_targets(text: str, checker) -> set[str]:  # noqa: ANN001
    """The concepts a trap's 'not' wording names, for the trap to spring on: those of its forms, else the
    concept its first words name ('CPR / BLS certification'), unless those are a body's initials and another
    concept names far more of it ('OSHA 29 CFR 1910.147 (lockout/tagout)' is lockout/tagout, not OSHA); none
    for a maker's product the vocabulary does not know ('B. Braun Aqua' is no B. Braun), nor for a wording
    that opens with no term ('an ISO 9001 requirement of the applicant')."""
    found = set(_form_index(checker).get(checker.matcher.key(text), ()))
    if found:
        return found
    doc_mentions = checker.matcher.find(_one_line(text), nested=False)
    if not doc_mentions or doc_mentions[0].start != 0:
        return set()
    first = doc_mentions[0]
    if checker.vocabulary.concepts[first.concept_id].category is Category.MANUFACTURER:
        return {m.concept_id for m in doc_mentions[1:2]}
    covered: Counter[str] = Counter()
    for m in doc_mentions:
        covered[m.concept_id] += m.end - m.start
    most, size = covered.most_common(1)[0]
    # (only a body's bare initials give way: 'Pinnacle treatment planning system' is still Pinnacle)
    initials = re.fullmatch(r"[A-Z]{2,5}", first.form) is not None
    return {most} if initials and size > 2 * covered[first.concept_id] else {first.concept_id}


_INDEX_CACHE: dict[int, dict[tuple[str, ...], set[str]]] = {}


def _form_index(checker) -> dict[tuple[str, ...], set[str]]:  # noqa: ANN001
    """Every form's key and the concepts written so, once per test session for its own checker: a worker
    reads what another has written (keying 45,000 forms through the tokenizer takes seconds)."""
    if id(checker) not in _INDEX_CACHE:

        def build() -> dict[tuple[str, ...], set[str]]:
            index: dict[tuple[str, ...], set[str]] = {}
            for concept in checker.vocabulary.concepts.values():
                for form in concept.forms:
                    index.setdefault(checker.matcher.key(form.text), set()).add(concept.id)
            return index

        _INDEX_CACHE[id(checker)] = _once_per_session("form-index", build, _is_sessions(checker))
    return _INDEX_CACHE[id(checker)]


def _one_line(text: str):  # noqa: ANN202
    from resumefit.models import Document, Line, SourceFormat

    return Document("term", SourceFormat.TEXT, (Line(text, 0),))


def _is_known(result: TermResult, checker) -> bool:  # noqa: ANN001
    return result.requirement.concept_id in checker.vocabulary.concepts


_LAST_REPORT: list[tuple[Report, list[tuple[TermResult, frozenset[tuple[str, ...]]]]]] = []


def _keyed_terms(report: Report, checker) -> list[tuple[TermResult, frozenset[tuple[str, ...]]]]:  # noqa: ANN001
    """Each report term with its wording keys, worked out once per report (every label looks at them all)."""
    if not _LAST_REPORT or _LAST_REPORT[0][0] is not report:
        keyed = [(r, term_keys(r) | {checker.matcher.key(r.requirement.posting_form)}) for r in report.terms]
        _LAST_REPORT[:] = [(report, keyed)]
    return _LAST_REPORT[0][1]


def find_term(entry: dict[str, Any], report: Report, checker) -> TermResult | None:  # noqa: ANN001
    """The report's TermResult for an expected entry: by the posting's wording, then by concept, then (for
    a term the vocabulary does not know) by a report wording that holds the label's or is held in it."""
    texts = entry_texts(entry)
    keys = {wording_key(t) for t in texts} | {checker.matcher.key(t) for t in texts}
    keys.discard(())
    per_text = [concept_ids_for(t, checker) for t in texts]
    wanted = set().union(*per_text)
    by_wording = [r for r, its_keys in _keyed_terms(report, checker) if keys & its_keys]
    by_concept = [r for r in report.terms if {r.requirement.concept_id, *r.requirement.alternatives} & wanted]
    open_terms = [r for r in report.terms if not _is_known(r, checker)]
    by_holding = [
        r for r in open_terms if any(_contains(k, w) or _contains(w, k) for k in term_keys(r) for w in keys)
    ]
    if entry.get("any_of"):  # an either/or group: the tool's group first, then the label's first choice
        by_wording.sort(key=lambda r: not r.requirement.alternatives)

        def choice(r: TermResult) -> int:
            ids = {r.requirement.concept_id, *r.requirement.alternatives}
            return next((i for i, found in enumerate(per_text) if found & ids), len(per_text))

        by_concept.sort(key=lambda r: (not r.requirement.alternatives, choice(r)))
        # a group met by a choice the label does not name ('a Master's degree ..., or a doctoral degree (PhD
        # or DCLS)' met by the M.S.) is not the label's 'PhD / DCLS' when the posting's own 'DCLS' is a term
        exact = [
            r
            for r in by_wording
            if wording_key(r.requirement.posting_form) in keys
            and not r.requirement.alternatives
            and r.status is not Status.MISSING
        ]
        group = by_concept[0] if by_concept and by_concept[0].requirement.alternatives else None
        met_by = (group.via or group.requirement.concept_id) if group and group.status.is_met else None
        if exact and met_by is not None and met_by not in wanted:
            return exact[0]
        candidates = by_concept + by_wording + by_holding
        if entry.get("status") == "in_progress":
            # 'Higher Diploma in Molecular Biology, or in Haematology and ...': the choice the resume pursues,
            # not the bench's haematology that shares a subject's concept
            candidates.sort(key=lambda r: r.status is not Status.IN_PROGRESS)
        return next(iter(candidates), None)
    return next(iter(by_wording + by_concept + by_holding), None)


# --- one pair ------------------------------------------------------------------------------------


def example_document(path: Path) -> Document:
    """The example's document, read once per process (the suite's evaluation and facts tests read the
    same files; the examples do not change while it runs)."""
    return _example_document(str(path))


@functools.lru_cache(maxsize=512)
def _example_document(path: str) -> Document:
    """Read once per test session too: a worker reads what another has written (a PDF takes a quarter of a
    second to read, its pickle a millisecond)."""
    name = f"{Path(path).parent.name}.{Path(path).name}"
    return _once_per_session(name, lambda: load_document(path), bool(_SHARED))


def example_report(folder: Path, checker) -> Report:  # noqa: ANN001
    """The check report of an example pair, worked out once per process and checker, and for the test
    session's own checker once per session: a worker reads what another has written."""
    key = (id(checker), str(folder))
    if key not in _REPORTS:

        def check() -> Report:
            resume, posting = (example_document(path) for path in pair_files(folder))
            return checker.check_documents(resume, posting)

        _REPORTS[key] = (checker, _once_per_session(folder.name, check, _is_sessions(checker)))
    return _REPORTS[key][1]


REPORTS_ENV = "RESUMEFIT_TEST_REPORTS"  # set by tests/conftest.py for one test session
_SHARED: list[object] = []  # the test session's checker


def share_reports(checker) -> None:  # noqa: ANN001
    """Mark the test session's checker: its example reports are shared through REPORTS_ENV's folder."""
    _SHARED[:] = [checker]


def _is_sessions(checker) -> bool:  # noqa: ANN001
    return bool(_SHARED) and checker is _SHARED[0]


def _once_per_session(name: str, compute: Callable[[], T], shared: bool) -> T:
    """``compute()``, or, when ``shared`` and a test session shares its folder, what a worker of the session
    stored under ``name`` (stored here when none has yet)."""
    folder = _shared_folder() if shared else None
    stored = folder / f"{name}.pickle" if folder else None
    value = _read_pickle(stored) if stored else None
    if value is None:
        value = compute()
        if stored:
            _write_pickle(stored, value)
    return value


def _shared_folder() -> Path | None:
    folder = os.environ.get(REPORTS_ENV)
    return Path(folder) if folder and Path(folder).is_dir() else None


def _read_pickle(path: Path) -> Any:
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301 - written by this test session's own workers
    except (OSError, EOFError, pickle.UnpicklingError):
        return None


def _write_pickle(path: Path, value: object) -> None:
    partial = path.with_name(f"{path.name}.{os.getpid()}")
    partial.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(partial, path)  # whole or not at all, for a worker reading it at the same time


_REPORTS: dict[tuple[int, str], tuple[object, Report]] = {}  # the checker is kept, so its id is not reused


def evaluate_pair(folder: Path, checker) -> PairResult:  # noqa: ANN001
    expected = load_expected(folder)
    report = example_report(folder, checker)
    result = PairResult(folder.name)
    _prefetch_concept_ids([t for entry in expected.get("terms") or [] for t in entry_texts(entry)], checker)
    matched: dict[int, Status] = {}
    for entry in expected.get("terms") or []:
        got = _score_entry(entry, report, checker, result)
        if got is not None:
            matched.setdefault(id(got), Status(entry["status"]))
    _score_reported_missing(report, matched, expected.get("terms") or [], checker, result)
    noise = {wording_key(text) for text in expected.get("not_terms") or []}
    result.noise_missing = [x for x in result.unlabelled_missing if wording_key(x) in noise]
    result.unlabelled_missing = [x for x in result.unlabelled_missing if wording_key(x) not in noise]
    for trap in expected.get("traps") or []:
        if _trap_sprung(trap, report, checker):
            result.traps_sprung.append(f"{trap['text']!r} taken for {trap['not']!r} in the {trap['in']}")
    title = (expected.get("title") or "").lower()
    got_title = (report.posting.title or "").lower() if report.posting else ""
    result.title_ok = bool(title) and (title in got_title or got_title in title) and bool(got_title)
    kinds = [s.kind.value for s in report.sections if s.kind.value != "other"]
    result.sections_ok = kinds == [k for k in expected.get("resume_sections", []) if k != "other"]
    return result


def _score_entry(entry: dict[str, Any], report: Report, checker, result: PairResult) -> TermResult | None:  # noqa: ANN001
    label = entry_label(entry)
    want = Status(entry["status"])
    got = find_term(entry, report, checker)
    result.checked += 1
    result.missing_expected += want is Status.MISSING
    result.present_expected += want in PRESENT
    result.synonym_expected += want is Status.SYNONYM
    result.pursued_expected += want is Status.IN_PROGRESS
    if got is None:
        result.not_detected.append(f"{label} (expected {want.value})")
        return None
    if got.status is want:
        result.agree += 1
    else:
        result.wrong_status.append(f"{label}: expected {want.value}, got {got.status.value}{_as_read(got)}")
    result.missing_found += want is Status.MISSING and got.status is Status.MISSING
    result.present_found += want in PRESENT and got.status in PRESENT
    result.synonym_found += want is Status.SYNONYM and got.status is Status.SYNONYM
    if want is Status.IN_PROGRESS and got.status in PRESENT and not _met_by_another_choice(entry, got):
        result.credited_pursued.append(f"{label} (resume: {entry.get('resume')!r})")
    if want in PRESENT and got.status is Status.MISSING:
        result.false_missing.append(f"{label} (resume: {entry.get('resume')!r})")
        if entry.get("pooled"):
            result.pooled_false_missing.append(result.false_missing[-1])
    return got


def _met_by_another_choice(entry: dict[str, Any], got: TermResult) -> bool:
    """'CompTIA Network+ and/or Security+' met by the Network+ the resume holds: a label for the pursued
    Security+ finds the group, which the report credits to the other choice, not to the pursued one."""
    if not offers_choice(got.requirement):
        return False
    asked = set(wording_key(str(entry.get("posting") or "")))
    return bool(asked) and not any(set(wording_key(f)) >= asked for f in got.resume_forms)


def _as_read(got: TermResult) -> str:
    """How the report read the term: its posting wording and the resume's, for the verbose listing."""
    forms = ", ".join(got.resume_forms)
    return f" ({got.requirement.posting_form!r}{' <- ' + repr(forms) if forms else ''})"


def _score_reported_missing(
    report: Report,
    matched: dict[int, Status],
    entries: list[dict[str, Any]],
    checker,  # noqa: ANN001
    result: PairResult,
) -> None:
    """Missing precision: each term the report calls missing is really missing by its label; a reported
    term no label names is noise and counts against it (job conditions are listed, never scored)."""
    from resumefit.advice import is_condition

    for term in report.terms:
        if term.status is not Status.MISSING or is_condition(term.requirement):
            continue
        result.reported_missing += 1
        label = matched.get(id(term))
        if label is None:
            label = _label_by_wording(term, entries, checker)
        if label is Status.MISSING:
            result.reported_missing_true += 1
        elif label is None:
            result.unlabelled_missing.append(term.requirement.posting_form)


def _label_by_wording(term: TermResult, entries: list[dict[str, Any]], checker) -> Status | None:  # noqa: ANN001
    """The label of an entry this report term names, when no entry chose it as its own (a repeat)."""
    keys = term_keys(term)
    ids = {term.requirement.concept_id, *term.requirement.alternatives}
    for entry in entries:
        texts = entry_texts(entry)
        same_words = keys & {wording_key(t) for t in texts}
        same_concept = ids & set().union(*(concept_ids_for(t, checker) for t in texts))
        if same_words or same_concept:
            return Status(entry["status"])
    return None


def _trap_sprung(trap: dict[str, Any], report: Report, checker) -> bool:  # noqa: ANN001
    wrong = trap_targets(trap["not"], checker)
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


# --- a round -------------------------------------------------------------------------------------


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def summarise(results: list[PairResult]) -> dict[str, Any]:
    """The five figures of a round (and the older ones the evaluation test uses)."""
    total = Counter()
    for r in results:
        for name in (
            "checked",
            "agree",
            "missing_expected",
            "missing_found",
            "present_expected",
            "present_found",
            "synonym_expected",
            "synonym_found",
            "pursued_expected",
            "reported_missing",
            "reported_missing_true",
        ):
            total[name] += getattr(r, name)
        total["false_missing"] += len(r.false_missing)
        total["credited_pursued"] += len(r.credited_pursued)
        total["traps_sprung"] += len(r.traps_sprung)
        total["not_detected"] += len(r.not_detected)
        total["unlabelled_missing"] += len(r.unlabelled_missing)
        total["noise_missing"] += len(r.noise_missing)
    return {
        "pairs": len(results),
        "terms": total["checked"],
        "status_agreement": _ratio(total["agree"], total["checked"]),
        "missing_recall": _ratio(total["missing_found"], total["missing_expected"]),
        "present_recall": _ratio(total["present_found"], total["present_expected"]),
        "synonym_recall": _ratio(total["synonym_found"], total["synonym_expected"]),
        "missing_precision": _ratio(total["reported_missing_true"], total["reported_missing"]),
        "missing_expected": total["missing_expected"],
        "present_expected": total["present_expected"],
        "synonym_expected": total["synonym_expected"],
        "reported_missing": total["reported_missing"],
        "false_missing": total["false_missing"],
        "pursued_expected": total["pursued_expected"],
        "credited_pursued": total["credited_pursued"],
        "traps_sprung": total["traps_sprung"],
        "not_detected": total["not_detected"],
        "unlabelled_missing": total["unlabelled_missing"],
        "noise_missing": total["noise_missing"],
        "titles_ok": sum(r.title_ok for r in results),
        "sections_ok": sum(r.sections_ok for r in results),
    }


TARGETS = {"missing_recall": 0.90, "present_recall": 0.92, "synonym_recall": 0.80, "missing_precision": 0.85}


def format_table(rows: list[tuple[str, dict[str, Any]]]) -> str:
    """The figures as a Markdown table, one row per round, the issue's targets last."""
    head = (
        "| round | pairs | terms | missing recall | present recall | synonym recall | missing precision "
        "| false missing |\n|---|---|---|---|---|---|---|---|"
    )
    lines = [head]
    for name, f in rows:
        lines.append(
            f"| `{name}*` | {f['pairs']} | {f['terms']} "
            f"| {f['missing_recall']:.0%} ({f['missing_expected']}) "
            f"| {f['present_recall']:.0%} ({f['present_expected']}) | {f['synonym_recall']:.0%} "
            f"({f['synonym_expected']}) | {f['missing_precision']:.0%} ({f['reported_missing']}) "
            f"| {f['false_missing']} |"
        )
    lines.append("| target | | | >= 90% | >= 92% | >= 80% | >= 85% | 0 |")
    return "\n".join(lines)


def _details(results: list[PairResult]) -> str:
    out = []
    for r in results:
        problems = [
            *(f"false missing: {x}" for x in r.false_missing),
            *(f"pursued credential reported as held: {x}" for x in r.credited_pursued),
            *(f"not reported: {x}" for x in r.not_detected),
            *(f"status: {x}" for x in r.wrong_status if x not in r.false_missing),
            *(f"unlabelled missing: {x}" for x in r.unlabelled_missing),
            *(f"reported missing, judged no term: {x}" for x in r.noise_missing),
            *(f"trap: {x}" for x in r.traps_sprung),
        ]
        out += [f"{r.name}:", *(f"  {p}" for p in problems)]
    return "\n".join(out)


def round_problems(results: list[PairResult]) -> list[str]:
    """What is wrong with a round's evaluation, whatever its figures: too few pairs or terms checked, a figure
    out of range, terms counted twice or not at all, or a credential, licence or degree the resume names as
    pursued reported as held (never allowed, in any round)."""
    figures = summarise(results)
    problems = []
    if len(results) < 2:  # round 13 has two pairs, round 12 three, the others five or six
        problems.append(f"only {len(results)} pair(s)")
    if sum(r.checked for r in results) < 130:
        problems.append(f"only {sum(r.checked for r in results)} terms checked")
    problems += [
        f"{name} out of range: {figures[name]}" for name in TARGETS if not 0.0 <= figures[name] <= 1.0
    ]
    counted = figures["missing_expected"] + figures["present_expected"] + figures["pursued_expected"]
    if counted != figures["terms"]:
        problems.append(f"{counted} terms counted of {figures['terms']}")
    problems += [
        f"{r.name}: pursued credential reported as held: {x}" for r in results for x in r.credited_pursued
    ]
    return problems


def main(argv: list[str] | None = None) -> int:
    """Print the five figures for each round prefix given (all pairs when none)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("prefixes", nargs="*", default=[""], help="folder prefixes, e.g. heldout4-")
    parser.add_argument("--examples", type=Path, default=EXAMPLES, help="the examples folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    parser.add_argument(
        "--exclude", action="append", default=[], metavar="PREFIX", help="leave out pairs named PREFIX*"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when a round has a problem whatever its figures (a pursued credential reported as held)",
    )
    args = parser.parse_args(argv)
    excluded = tuple(args.exclude)
    rounds = [
        (prefix, [f for f in example_dirs(prefix, args.examples) if not f.name.startswith(excluded)])
        for prefix in args.prefixes
    ]
    for prefix, folders in rounds:
        if not folders:
            print(f"no labelled pairs named {prefix}* in {args.examples}", file=sys.stderr)
            return 2
    from resumefit.pipeline import Checker

    checker = Checker()
    rows, problems = [], []
    for prefix, folders in rounds:
        results = [evaluate_pair(folder, checker) for folder in folders]
        rows.append((prefix or "all", summarise(results)))
        problems += [f"{prefix or 'all'}: {problem}" for problem in round_problems(results)]
        if args.verbose:
            print(_details(results))
    print(format_table(rows))
    if args.strict and problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s) in {len(rounds)} round(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
