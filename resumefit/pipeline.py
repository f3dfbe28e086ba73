"""The public Python API: check a resume against a posting and get a Report."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from resumefit.documents import load_document
from resumefit.errors import ResumefitError
from resumefit.matching import (
    TermMatcher,
    credentials_by_their_body,
    is_degree,
    learned_mentions,
    pursued_later_on_line,
    wrapped_into,
)
from resumefit.models import (
    Document,
    Finding,
    Line,
    Mention,
    Posting,
    Report,
    ResumeTerm,
    Section,
    TermResult,
    Track,
)
from resumefit.openmatch import assess_posting_terms, unchecked_apart
from resumefit.openterms import known_form_keys
from resumefit.posting import (
    conjunctions_lowered,
    defined_otherwise,
    described_state,
    list_items_marked,
    not_asked_for,
    read_posting,
)
from resumefit.rules import all_rules
from resumefit.rules.base import RuleContext
from resumefit.scoring import fix_first, score_report
from resumefit.sections import candidates_own, split_sections
from resumefit.vocab import Vocabulary, load_vocabulary

if TYPE_CHECKING:  # spaCy is imported when a Checker is built, so assess() runs without it
    from resumefit.nlp import Pipeline

_POSTING_CACHE = 64


class Checker:
    """The vocabulary compiled once, with the spaCy pipeline; check as many documents as you like."""

    def __init__(self, vocabulary: Vocabulary | None = None, nlp: Pipeline | None = None) -> None:
        from resumefit.nlp import build_nlp

        self.vocabulary = vocabulary if vocabulary is not None else load_vocabulary()
        self.nlp = nlp if nlp is not None else build_nlp(self.vocabulary.lexicon.issuing_bodies)
        self.matcher = TermMatcher(self.vocabulary, self.nlp)
        self._postings: dict[tuple[str, str], tuple[Posting, tuple[Mention, ...]]] = {}

    def check(
        self,
        resume_path: str | Path,
        posting_path: str | Path | None = None,
        *,
        track: Track | None = None,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
    ) -> Report:
        """Read both files and check the resume against the posting (or on its own)."""
        resume = load_document(resume_path)
        posting = load_document(posting_path) if posting_path is not None else None
        return self.check_documents(resume, posting, track=track, select=select, ignore=ignore)

    def check_documents(
        self,
        resume: Document,
        posting_document: Document | None = None,
        *,
        track: Track | None = None,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
    ) -> Report:
        """Check documents already read; batch runs parse each posting once and reuse it."""
        sections = split_sections(resume, self.vocabulary)
        own = candidates_own(resume, sections)  # a referee's 'PhD, FMLSCN' is not the candidate's
        mentions, pursued = self.resume_mentions(own, sections)
        posting, terms = None, ()
        if posting_document is not None:
            posting, posting_mentions = self.read_posting(posting_document)
            posting = _mark_unknown_on_resume(posting, own)
            terms = assess_posting_terms(
                posting, posting_mentions, mentions + pursued, own, self.matcher, posting.track
            )
            posting, terms = unchecked_apart(posting, terms)
        return build_report(
            resume, sections, posting, terms, mentions, self.vocabulary, track, select, ignore
        )

    def resume_mentions(
        self, resume: Document, sections: Sequence[Section]
    ) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
        """The concepts the resume holds (vocabulary forms and learned spellings), and the credentials it
        names as pursued ("CBET candidate" is not a held CBET)."""
        found = pursued_later_on_line(
            not_used(self.matcher.find(resume, sections, nested=True), resume.lines),
            resume.lines,
            self.vocabulary,
        )
        found = defined_otherwise(found, resume.lines, self.vocabulary)
        found = credentials_by_their_body(found, resume.lines, self.vocabulary)
        pursuits = [m for m in found if m.in_progress]
        # 'Electronics' in 'Electronics Engineering Technology (in progress)' is named by the degree pursued;
        # 'DataFlow PSV in progress; DOH licence to follow after DataFlow report': what a line names as
        # pursued is pursued wherever the line names it again
        found = [
            m
            if m.in_progress
            or not (
                _inside(m, pursuits)
                or _named_pursued_before(m, pursuits, resume.lines)
                or _subject_of_pursued(m, pursuits, resume.lines, self.vocabulary)
            )
            else dataclasses.replace(m, in_progress=True)
            for m in found
        ]
        held = tuple(m for m in found if not m.in_progress)
        pursued = tuple(m for m in found if m.in_progress)
        return held + learned_mentions(resume, held, self.matcher, sections), pursued

    def read_posting(self, document: Document) -> tuple[Posting, tuple[Mention, ...]]:
        """The posting's requirements and the mentions they were read from; each posting is read once."""
        key = (document.path, document.sha256)
        if key not in self._postings or not document.sha256:
            document = conjunctions_lowered(list_items_marked(document))
            found = self.matcher.find(document, nested=False)
            found = tuple(
                mention
                for mention in not_asked_for(
                    found + learned_mentions(document, found, self.matcher, ()),
                    document.lines,
                    known_form_keys(self.vocabulary),
                )
                if not described_state(mention, self.vocabulary)
            )
            if len(self._postings) >= _POSTING_CACHE:
                self._postings.pop(next(iter(self._postings)))
            self._postings[key] = (read_posting(document, found, self.vocabulary), found)
        return self._postings[key]


# 'the Plum 360s run standalone, not yet on MedNet': the resume says it has not used the thing
_NOT_USED = re.compile(
    r"\b(?:not\s+yet\s+(?:on|using|connected\s+to|integrated\s+with|live\s+on)|never\s+used"
    r"|no\s+experience\s+(?:with|on|in))\s+(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)


def not_used(mentions: Sequence[Mention], lines: Sequence[Line]) -> tuple[Mention, ...]:
    """The resume's mentions less those it names as not used ('not yet on MedNet')."""
    return tuple(m for m in mentions if not _NOT_USED.search(lines[m.line].text[: m.start]))


def build_report(
    resume: Document,
    sections: tuple[Section, ...],
    posting: Posting | None,
    terms: tuple[TermResult, ...],
    mentions: tuple[Mention, ...],
    vocabulary: Vocabulary,
    track: Track | None,
    select: Sequence[str],
    ignore: Sequence[str],
) -> Report:
    """The Report once terms are judged: the track, every rule, the score and fix-first. ``check`` and
    ``assess`` (from stored facts) both end here, so the two cannot drift apart."""
    chosen = track or (posting.track if posting else None) or _resume_track(mentions, vocabulary)
    ctx = RuleContext(resume, sections, posting, terms, mentions, vocabulary, chosen)
    findings = run_rules(ctx, select, ignore)
    score = score_report(terms, findings, resume, sections)
    return Report(
        resume=resume,
        posting=posting,
        sections=sections,
        terms=terms,
        findings=findings,
        score=score,
        track=chosen,
        fix_first=fix_first(terms, findings, score),
        resume_mentions=mentions,
        resume_terms=resume_terms(mentions, vocabulary),
        xrefs=concept_xrefs(terms, mentions, vocabulary),
    )


@cache
def default_checker() -> Checker:
    """The process-wide checker over the default vocabulary, built on first use."""
    return Checker()


def check_resume(
    resume_path: str | Path,
    posting_path: str | Path | None = None,
    *,
    vocabulary: Vocabulary | None = None,
    nlp: Pipeline | None = None,
    track: Track | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> Report:
    """Check one resume against one posting (or on its own) and return the Report."""
    checker = default_checker() if vocabulary is None and nlp is None else Checker(vocabulary, nlp)
    return checker.check(resume_path, posting_path, track=track, select=select, ignore=ignore)


def check_many(
    resume_paths: Iterable[str | Path],
    posting_paths: Sequence[str | Path],
    checker: Checker | None = None,
    **options: object,
) -> Iterator[tuple[Path, Path | None, Report | ResumefitError]]:
    """Every resume against every posting; an unreadable file yields its error and the run goes on."""
    checker = checker or default_checker()
    postings: dict[Path, Document | ResumefitError] = {}
    for path in posting_paths:
        postings[Path(path)] = _read_or_error(path)
    for resume_path in resume_paths:
        resume = _read_or_error(resume_path)
        for posting_path, posting in postings.items() or [(None, None)]:
            if isinstance(resume, ResumefitError):
                yield Path(resume_path), posting_path, resume
            elif isinstance(posting, ResumefitError):
                yield Path(resume_path), posting_path, posting
            else:
                yield Path(resume_path), posting_path, checker.check_documents(resume, posting, **options)  # type: ignore[arg-type]


def _read_or_error(path: str | Path) -> Document | ResumefitError:
    try:
        return load_document(path)
    except ResumefitError as error:
        return error


def rule_enabled(code: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """flake8-style selection: the longest matching prefix of select or ignore decides."""
    chosen = max((p for p in select if code.startswith(p)), key=len, default=None)
    dropped = max((p for p in ignore if code.startswith(p)), key=len, default=None)
    if select and chosen is None:
        return False
    if dropped is None:
        return True
    return chosen is not None and len(chosen) > len(dropped)


def run_rules(
    ctx: RuleContext, select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> tuple[Finding, ...]:
    """Every enabled rule over the context, findings sorted by severity, then position."""
    enabled = [rule for code, rule in all_rules().items() if rule_enabled(code, select, ignore)]
    findings = [finding for rule in enabled for finding in rule.check(ctx)]
    return tuple(sorted(findings, key=_finding_order))


def _finding_order(finding: Finding) -> tuple:
    location = finding.location
    line = location.line if location and location.line is not None else -1
    return (-finding.severity.rank, line, finding.code)


def resume_terms(mentions: Sequence[Mention], vocabulary: Vocabulary) -> tuple[ResumeTerm, ...]:
    """Each concept the resume names, with its written forms, by category then name."""
    found: dict[str, list[str]] = {}
    for mention in mentions:
        found.setdefault(mention.concept_id, []).append(mention.form)
    terms = [
        ResumeTerm(cid, concept.name, concept.category, tuple(dict.fromkeys(forms)), len(forms))
        for cid, forms in found.items()
        if (concept := vocabulary.concepts.get(cid)) is not None
    ]
    return tuple(sorted(terms, key=lambda t: (t.category.value, t.term.lower())))


def concept_xrefs(
    terms: Sequence[TermResult], mentions: Sequence[Mention], vocabulary: Vocabulary
) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The xrefs of every concept a report names (posting terms and resume terms), by concept id."""
    ids = {t.requirement.concept_id for t in terms} | {m.concept_id for m in mentions}
    found = {cid: vocabulary.concepts[cid].xrefs for cid in sorted(ids) if cid in vocabulary.concepts}
    return {cid: xrefs for cid, xrefs in found.items() if xrefs}


def _mark_unknown_on_resume(posting: Posting, resume: Document) -> Posting:
    text = resume.text
    unknown = tuple(dataclasses.replace(u, on_resume=u.text in text) for u in posting.unknown_terms)
    return dataclasses.replace(posting, unknown_terms=unknown)


def _resume_track(mentions: Sequence[Mention], vocabulary: Vocabulary) -> Track:
    votes = {Track.LAB: 0, Track.EQUIPMENT: 0}
    for mention in mentions:
        concept = vocabulary.concepts.get(mention.concept_id)
        if concept is not None and concept.track in votes:
            votes[concept.track] += 1
    return Track.LAB if votes[Track.LAB] > votes[Track.EQUIPMENT] else Track.EQUIPMENT


def _named_pursued_before(mention: Mention, pursuits: Sequence[Mention], lines: Sequence[Line]) -> bool:
    """Whether the line (or the line it wraps on from) named the mention's concept as pursued before it."""
    # a line that goes on in lower case ('after DataFlow report') is the same sentence as the one before
    text = lines[mention.line].text.lstrip()
    wrapped_from = mention.line > 0 and text[:1].islower() and bool(wrapped_into(lines, mention.line - 1))
    return any(
        p.concept_id == mention.concept_id
        and (
            (p.line == mention.line and p.end <= mention.start)
            or (wrapped_from and p.line == mention.line - 1)
        )
        for p in pursuits
    )


def _subject_of_pursued(
    mention: Mention, pursuits: Sequence[Mention], lines: Sequence[Line], vocabulary: Vocabulary
) -> bool:
    """'Working toward an A.A.S. in Biomedical Equipment Technology': the subject right after a degree still
    pursued is pursued with it."""
    text = lines[mention.line].text
    return is_degree(mention.concept_id, vocabulary) and any(
        p.line == mention.line
        and p.end <= mention.start
        and is_degree(p.concept_id, vocabulary)
        and re.fullmatch(r"\s*(?:,\s*|\s(?:in|of)\s+(?:the\s+)?)", text[p.end : mention.start]) is not None
        for p in pursuits
    )


def _inside(mention: Mention, others: Sequence[Mention]) -> bool:
    """Whether the mention lies within one of the others, on the same line."""
    return any(o.line == mention.line and o.start <= mention.start and mention.end <= o.end for o in others)


__all__ = ["Checker", "check_resume", "check_many", "default_checker", "run_rules"]
