"""Frozen values shared by every stage of the pipeline: documents, sections, vocabulary, matches, findings."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    """How serious a finding is; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Status(str, Enum):
    """How a posting term is represented on the resume."""

    LITERAL = "literal"  # the posting's own wording is on the resume
    SYNONYM = "synonym"  # the same concept under another name
    RELATED = "related"  # a narrower (or broader) concept is on the resume
    IN_PROGRESS = "in_progress"  # a credential or licence the resume says is being pursued, not held
    MISSING = "missing"

    @property
    def is_met(self) -> bool:
        """Literal, synonym and related meet a requirement; in progress and missing do not."""
        return self in (Status.LITERAL, Status.SYNONYM, Status.RELATED)


class Importance(str, Enum):
    """How much the posting cares about a term."""

    REQUIRED = "required"
    PREFERRED = "preferred"
    MENTIONED = "mentioned"

    @property
    def weight(self) -> float:
        return {"required": 3.0, "preferred": 1.5, "mentioned": 1.0}[self.value]


class Region(str, Enum):
    """Where on the page a line sits; anything but body is at risk with some ATS parsers."""

    BODY = "body"
    HEADER = "header"
    FOOTER = "footer"
    TABLE = "table"
    TEXT_BOX = "text_box"


class SourceFormat(str, Enum):
    PDF = "pdf"
    DOCX = "docx"
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


class SectionKind(str, Enum):
    """The kinds of resume section resumefit recognises."""

    CONTACT = "contact"
    SUMMARY = "summary"
    CERTIFICATIONS = "certifications"
    LICENSES = "licenses"
    SKILLS = "skills"
    EXPERIENCE = "experience"
    CLINICAL_ROTATIONS = "clinical_rotations"
    EDUCATION = "education"
    AFFILIATIONS = "affiliations"
    CONTINUING_EDUCATION = "continuing_education"
    PROJECTS = "projects"
    OTHER = "other"


class Track(str, Enum):
    """The two career tracks of the handbook."""

    EQUIPMENT = "equipment"  # BMET, imaging service, field service
    LAB = "lab"  # medical laboratory scientist / technician
    BOTH = "both"


class Category(str, Enum):
    """Vocabulary concept categories."""

    EQUIPMENT = "equipment"
    MODALITY = "modality"
    INSTRUMENT = "instrument"
    TEST_EQUIPMENT = "test_equipment"
    CREDENTIAL = "credential"
    LICENSE = "license"
    STANDARD = "standard"
    SOFTWARE = "software"
    DISCIPLINE = "discipline"
    TECHNIQUE = "technique"
    QUALITY = "quality"
    SKILL = "skill"
    MANUFACTURER = "manufacturer"
    TITLE = "title"


# the things a maker sells: a name of one may also be a company's or a place's ('Omnicell', 'Pinnacle Ridge')
PRODUCT_CATEGORIES = frozenset(
    {Category.EQUIPMENT, Category.INSTRUMENT, Category.SOFTWARE, Category.TEST_EQUIPMENT}
)


# --- documents ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Line:
    """One line of extracted text in reading order, with where and how it was set."""

    text: str
    index: int  # 0-based position in Document.lines
    page: int = 1  # 1-based
    region: Region = Region.BODY
    font_size: float | None = None
    bold: bool = False
    style: str | None = None  # DOCX paragraph style name, e.g. "Heading 1"
    column: int = 0  # 0 when the page has one column, else 1..n
    top: float | None = None  # PDF: distance from the top of the page in points


@dataclass(frozen=True, slots=True)
class LayoutFacts:
    """What the extractor noticed about a document's layout: the raw material of the L rules."""

    pages: int = 1
    columns_per_page: tuple[int, ...] = ()
    tables: int = 0
    images: int = 0
    text_boxes: int = 0
    garbled: tuple[str, ...] = ()  # samples of unreadable glyph runs, e.g. "(cid:12)"
    ligatures: int = 0
    letter_spaced: tuple[str, ...] = ()  # words that were letter-spaced, rejoined
    chars_per_page: tuple[int, ...] = ()
    encrypted: bool = False
    file_size: int = 0
    fonts_without_unicode: tuple[str, ...] = ()
    encoding: str | None = None  # text inputs: the encoding that was detected
    body_font_size: float | None = None  # the most common font size


@dataclass(frozen=True, slots=True)
class Document:
    """A file read into lines in reading order, with its layout facts. Parse once, use everywhere."""

    path: str
    source_format: SourceFormat
    lines: tuple[Line, ...]
    layout: LayoutFacts = field(default_factory=LayoutFacts)
    sha256: str = ""

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


# --- sections ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Section:
    """A run of lines under one heading; lines[start:end] of the document, heading line included."""

    kind: SectionKind
    heading: str  # as written; "" for the lines before the first heading
    start: int
    end: int  # exclusive
    heading_line: int | None = None  # index of the heading line, None for the preamble


# --- vocabulary --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SurfaceForm:
    """One way of writing a concept."""

    text: str
    kind: str = "alias"  # name | alias | abbreviation | legacy | misspelling
    case_sensitive: bool = False
    context: tuple[str, ...] = ()  # ambiguous forms: one of these words must be near (same or next line)
    not_after: str | None = None  # regex: reject when the text just before the form matches it
    not_before: str | None = None  # regex: reject when the text just after the form matches it
    guards: tuple[str, ...] = ()  # named guards (Vocabulary.guards), each of which must let the form count


@dataclass(frozen=True, slots=True)
class Guard:
    """A named test of the words around a form, defined once in vocab/ and referenced by name.

    Word lists match whole words, case-insensitively; the ``*_regex`` keys say what a list cannot.
    """

    name: str
    near: tuple[str, ...] = ()  # one of these words must be on the form's line or the line before/after
    not_near: tuple[str, ...] = ()  # none of these words may be there (another trade's words: "cadets")
    not_after: tuple[str, ...] = ()  # the form does not count right after one of these words
    not_before: tuple[str, ...] = ()  # ... nor right before one of these
    gap: tuple[
        str, ...
    ] = ()  # words that may stand between a listed word and the form ("pursuing the ASCP MLS")
    not_after_regex: str | None = None  # tested against the line's text before the form
    not_before_regex: str | None = None  # tested against the line's text after the form
    both: bool = False  # reject only when a not_after and a not_before test both match ("Hartford, CT 06101")
    in_progress: bool = False  # a form this guard rejects stays as a credential being pursued
    topical: bool = False  # a ``near`` word in the document's title lines counts too (a trade's words)
    description: str = ""
    match: tuple[str, ...] = ()  # examples where the form counts; the form is written in [brackets]
    ignore: tuple[str, ...] = ()  # examples where it does not


@dataclass(frozen=True, slots=True)
class Concept:
    """A thing a posting may ask for: an equipment class, instrument, credential, standard, ..."""

    id: str
    name: str
    category: Category
    track: Track
    forms: tuple[SurfaceForm, ...]
    broader: tuple[str, ...] = ()  # is-a parents (concept ids)
    same_as: tuple[str, ...] = ()  # concepts that satisfy this one (synonym status)
    # concepts this one shows experience of without being one (an instrument's method, a training's standard):
    # a resume naming this one meets a posting asking for them as related
    related: tuple[str, ...] = ()
    source: str = ""
    note: str = ""
    long_form: str | None = None  # for acronym concepts: the spelled-out name to advise too
    # identifiers in open classifications, e.g. (("onet", ("29-2011.00",)), ("fda", ("GKZ",)))
    xrefs: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def words(self) -> frozenset[str]:
        """The words of three letters or more its name, long form and forms are made of, in lower case: what a
        spelt-out acronym must share with it to mean it ('preventive maintenance (PM)', not 'postmortem')."""
        texts = [self.name, self.long_form or "", *(form.text for form in self.forms)]
        return frozenset(w.lower() for text in texts for w in re.findall(r"[A-Za-z]{3,}", text))


# --- posting and matches -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """A vocabulary term found in a document."""

    concept_id: str
    form: str  # the text as written in the document
    line: int  # Line.index
    start: int  # character offsets within the line
    end: int
    page: int = 1
    region: Region = Region.BODY
    section: SectionKind | None = None
    in_progress: bool = False  # "MLS(ASCP) eligible", "pursuing CBET": named, but not held


@dataclass(frozen=True, slots=True)
class Requirement:
    """A term the posting asks for."""

    concept_id: str
    term: str  # display name
    category: Category
    importance: Importance
    posting_form: str  # the posting's own wording (first occurrence)
    count: int = 1
    snippet: str = ""
    alternatives: tuple[str, ...] = ()  # concept ids that satisfy this requirement too ("A or B")
    line: int | None = None
    # False: read from the posting's structure, not from the vocabulary (resumefit.openterms)
    known: bool = True
    open_alternatives: tuple[str, ...] = ()  # choices the vocabulary does not know, as the posting words them
    # True: a trade word read from what no reader of the posting's structure took ('toluidine blue'); a term
    # only when the resume has it, else listed with the posting's unknown terms (resumefit.openmatch)
    tentative: bool = False
    # the known concept this open term is a kind of: 'geriatric venipuncture' narrows phlebotomy, so a resume
    # naming only venipuncture names the broader term (resumefit.openmatch)
    narrows: str | None = None


@dataclass(frozen=True, slots=True)
class UnknownTerm:
    """A posting term that looks like a skill or product but is not in the vocabulary."""

    text: str
    count: int = 1
    snippet: str = ""
    on_resume: bool = False
    # a noun phrase read from what no reader of the posting's structure took, and the resume lacks: listed
    # so the user can check it, never advised as wording to add (it may be a posting's ordinary phrase)
    tentative: bool = False


@dataclass(frozen=True, slots=True)
class NotUnderstood:
    """A requirement bullet from which no term could be read: listed with its text, never dropped."""

    text: str
    line: int
    importance: Importance = Importance.MENTIONED


@dataclass(frozen=True, slots=True)
class Posting:
    """A job posting read into requirements."""

    document: Document
    title: str | None
    requirements: tuple[Requirement, ...]
    unknown_terms: tuple[UnknownTerm, ...] = ()
    track: Track | None = None
    not_understood: tuple[NotUnderstood, ...] = ()


@dataclass(frozen=True, slots=True)
class ResumeTerm:
    """A vocabulary concept found on the resume, and how the resume writes it."""

    concept_id: str
    term: str  # display name
    category: Category
    forms: tuple[str, ...]
    count: int


@dataclass(frozen=True, slots=True)
class TermResult:
    """One posting requirement and how the resume answers it."""

    requirement: Requirement
    status: Status
    resume_forms: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    via: str | None = None  # the concept id that satisfied it when it is not the requirement's own
    at_risk: bool = False  # found only in a header, footer, text box or table
    # Evidence for advice (worded in resumefit.advice, never here):
    misspelt: str | None = None  # the resume's near-miss spelling of the posting's wording
    broader: str | None = None  # a broader term the resume names while the requirement is missing
    alternative: str | None = None  # the choice of an either/or group the resume already meets, as written
    mirror: str | None = None  # the posting wording worth pasting; None for a group or a requisition number


# --- findings, score, report -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Location:
    page: int | None = None
    line: int | None = None  # Line.index, 0-based; reporters show it 1-based
    section: str | None = None
    column: int | None = None  # 0-based character offset in the line, when known


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a rule noticed, with what to do about it."""

    code: str
    severity: Severity
    message: str
    hint: str = ""
    location: Location | None = None
    name: str = ""  # the rule's name, e.g. "certifications-below-experience"


@dataclass(frozen=True, slots=True)
class ScorePart:
    name: str
    points: float
    max_points: float
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Score:
    total: int
    parts: tuple[ScorePart, ...]
    version: str = "1"


@dataclass(frozen=True, slots=True)
class Action:
    """One of the few changes worth most, shown at the top of every report."""

    text: str
    gain: float = 0.0  # estimated score points
    code: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """Everything resumefit concluded about one resume against one posting."""

    resume: Document
    posting: Posting | None
    sections: tuple[Section, ...]
    terms: tuple[TermResult, ...]
    findings: tuple[Finding, ...]
    score: Score
    track: Track
    fix_first: tuple[Action, ...] = ()
    resume_mentions: tuple[Mention, ...] = ()
    resume_terms: tuple[ResumeTerm, ...] = ()
    gate: Gate | None = None  # set by the command line when --fail-on or --min-score was asked for
    # each reported concept's identifiers in open classifications (O*NET-SOC, FDA product code, ESCO)
    xrefs: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Gate:
    """A pass/fail gate's verdict and, when it fails, why ("score 72 is below --min-score 80")."""

    passed: bool
    reasons: tuple[str, ...] = ()
