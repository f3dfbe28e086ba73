"""A realistic Report built by hand: a BMET resume checked against a Biomedical Equipment Technician posting.

The person, employer names, email and phone number are fictional.
"""

from __future__ import annotations

from dataclasses import replace

from resumefit.models import (
    Action,
    Category,
    Document,
    Finding,
    Importance,
    LayoutFacts,
    Line,
    Location,
    Mention,
    Posting,
    Region,
    Report,
    Requirement,
    Score,
    ScorePart,
    Section,
    SectionKind,
    Severity,
    SourceFormat,
    Status,
    TermResult,
    Track,
    UnknownTerm,
)

RESUME_PATH = "resumes/jordan-reyes-bmet.docx"
POSTING_PATH = "postings/bmet-ii-riverside.txt"

RESUME_TEXT: tuple[tuple[str, Region], ...] = (
    ("Jordan A. Reyes, CBET", Region.BODY),
    ("jordan.reyes@example.com | 555-0142 | Columbus, OH", Region.HEADER),
    ("SUMMARY", Region.BODY),
    (
        "Biomedical equipment technician with 6 years of preventive maintenance and repair on "
        "infusion pumps, patient monitors and ventilators.",
        Region.BODY,
    ),
    ("CERTIFICATIONS", Region.BODY),
    ("CBET (AAMI), 2021", Region.BODY),
    ("EXPERIENCE", Region.BODY),
    ("Biomedical Equipment Technician II, Riverside Regional Medical Center, 2020–present", Region.BODY),
    (
        "Performed PM and electrical safety testing with a Fluke ESA620 analyzer on 1,400 devices.",
        Region.BODY,
    ),
    (
        "Repaired Alaris infusion pumps and Philips IntelliVue patient monitors to component level.",
        Region.BODY,
    ),
    ("Documented work orders in TMS and supported Joint Commission surveys.", Region.BODY),
    ('Biomedical Equipment Technician I, Lakeview <Clinic> & "Partners", 2018–2020', Region.BODY),
    ("Calibrated defibrilators and ESU units | tracked recalls and hazard alerts.", Region.BODY),
    ("EDUCATION", Region.BODY),
    ("A.A.S. Biomedical Engineering Technology, Columbus State Community College, 2018", Region.BODY),
    ("SKILLS", Region.BODY),
    ("Networking: TCP/IP, DICOM basics; cut pump downtime 50%", Region.TABLE),
)

SECTIONS = (
    Section(SectionKind.CONTACT, "", 0, 2, None),
    Section(SectionKind.SUMMARY, "SUMMARY", 2, 4, 2),
    Section(SectionKind.CERTIFICATIONS, "CERTIFICATIONS", 4, 6, 4),
    Section(SectionKind.EXPERIENCE, "EXPERIENCE", 6, 13, 6),
    Section(SectionKind.EDUCATION, "EDUCATION", 13, 15, 13),
    Section(SectionKind.SKILLS, "SKILLS", 15, 17, 15),
)


def _section_of(line: int) -> SectionKind:
    return next(section.kind for section in SECTIONS if section.start <= line < section.end)


def mention(concept_id: str, line: int, form: str) -> Mention:
    """A mention of ``form`` on resume line ``line`` (0-based), positioned where the text really is."""
    text, region = RESUME_TEXT[line]
    start = text.index(form)
    return Mention(concept_id, form, line, start, start + len(form), 1, region, _section_of(line))


def requirement(
    concept_id: str,
    term: str,
    category: Category,
    importance: Importance,
    posting_form: str,
    count: int = 1,
    alternatives: tuple[str, ...] = (),
) -> Requirement:
    """A posting requirement with a snippet built from its wording."""
    return Requirement(
        concept_id, term, category, importance, posting_form, count, f"... {posting_form} ...", alternatives
    )


def build_document() -> Document:
    """The resume as the loader would produce it."""
    lines = tuple(
        Line(text=text, index=index, page=1, region=region, bold=text.isupper())
        for index, (text, region) in enumerate(RESUME_TEXT)
    )
    layout = LayoutFacts(pages=1, tables=1, chars_per_page=(sum(len(t) for t, _ in RESUME_TEXT),))
    return Document(RESUME_PATH, SourceFormat.DOCX, lines, layout, sha256="3f" * 32)


def build_terms() -> tuple[TermResult, ...]:
    """Term results of every status and importance, in posting order, one of them an either/or group."""
    req, pref, ment = Importance.REQUIRED, Importance.PREFERRED, Importance.MENTIONED
    return (
        TermResult(
            requirement(
                "cbet", "CBET / CRES", Category.CREDENTIAL, req, "CBET or CRES", 2, alternatives=("cres",)
            ),
            Status.LITERAL,
            ("CBET",),
            (mention("cbet", 0, "CBET"), mention("cbet", 5, "CBET")),
        ),
        TermResult(
            requirement(
                "physiological-monitor",
                "Physiological monitors",
                Category.EQUIPMENT,
                req,
                "physiological monitors",
            ),
            Status.SYNONYM,
            ("patient monitors",),
            (
                mention("patient-monitor", 3, "patient monitors"),
                mention("patient-monitor", 9, "patient monitors"),
            ),
            via="patient-monitor",
        ),
        TermResult(
            requirement("nfpa-99", "NFPA 99", Category.STANDARD, req, "NFPA 99"),
            Status.MISSING,
        ),
        TermResult(
            requirement(
                "preventive-maintenance",
                "Preventive maintenance",
                Category.TECHNIQUE,
                req,
                "preventive maintenance",
                3,
            ),
            Status.LITERAL,
            ("preventive maintenance", "PM"),
            (
                mention("preventive-maintenance", 3, "preventive maintenance"),
                mention("preventive-maintenance", 8, "PM"),
            ),
        ),
        TermResult(
            requirement("cmms", "CMMS", Category.SOFTWARE, req, "CMMS"),
            Status.RELATED,
            ("TMS",),
            (mention("tms", 10, "TMS"),),
            via="tms",
        ),
        TermResult(
            requirement(
                "anesthesia-machine", "Anesthesia machines", Category.EQUIPMENT, req, "anesthesia machines"
            ),
            Status.MISSING,
        ),
        TermResult(
            requirement("infusion-pump", "Infusion pumps", Category.EQUIPMENT, req, "infusion pumps", 2),
            Status.LITERAL,
            ("infusion pumps",),
            (mention("infusion-pump", 3, "infusion pumps"), mention("infusion-pump", 9, "infusion pumps")),
        ),
        TermResult(
            requirement(
                "electrosurgical-unit",
                "Electrosurgical units",
                Category.EQUIPMENT,
                pref,
                "electrosurgical units",
            ),
            Status.SYNONYM,
            ("ESU",),
            (mention("electrosurgical-unit", 12, "ESU"),),
        ),
        TermResult(
            requirement("dicom", "DICOM", Category.STANDARD, pref, "DICOM"),
            Status.LITERAL,
            ("DICOM",),
            (mention("dicom", 16, "DICOM"),),
            at_risk=True,
        ),
        TermResult(
            requirement("defibrillator", "Defibrillators", Category.EQUIPMENT, pref, "defibrillators"),
            Status.MISSING,
            broader="biomedical equipment",
        ),
        TermResult(
            requirement(
                "joint-commission", "The Joint Commission", Category.STANDARD, pref, "Joint Commission"
            ),
            Status.LITERAL,
            ("Joint Commission",),
            (mention("joint-commission", 10, "Joint Commission"),),
        ),
        TermResult(
            requirement("hl7", "HL7", Category.STANDARD, ment, "HL7"),
            Status.MISSING,
        ),
        TermResult(
            requirement("ventilator", "Ventilators", Category.EQUIPMENT, ment, "ventilators"),
            Status.LITERAL,
            ("ventilators",),
            (mention("ventilator", 3, "ventilators"),),
        ),
    )


def build_posting() -> Posting:
    """The posting: a BMET II role asking for equipment, standards and a credential."""
    lines = (
        Line("Biomedical Equipment Technician II", 0),
        Line("Required: CBET or CRES; NFPA 99; physiological monitors; anesthesia machines.", 1),
    )
    document = Document(POSTING_PATH, SourceFormat.TEXT, lines, sha256="a1" * 32)
    requirements = tuple(term.requirement for term in build_terms())
    unknown = (
        UnknownTerm("Spacelabs Xprezzon", 1, "... Spacelabs Xprezzon monitors ..."),
        UnknownTerm("Epic Biomed", 2, "... work orders in Epic Biomed ..."),
    )
    return Posting(document, "Biomedical Equipment Technician II", requirements, unknown, Track.EQUIPMENT)


def build_findings() -> tuple[Finding, ...]:
    """Findings of every severity, most with a location, in the order the rules produced them."""
    experience = SectionKind.EXPERIENCE.value
    return (
        Finding(
            "K201",
            Severity.WARNING,
            "'Physiological monitors' appears only as 'patient monitors'.",
            "Use the posting's wording: write 'physiological monitors' (you wrote 'patient monitors').",
            Location(1, 9, experience),
            "synonym-only",
        ),
        Finding(
            "K101",
            Severity.ERROR,
            "Required term 'NFPA 99' is missing.",
            "If you have worked to NFPA 99, say so in Experience.",
            None,
            "missing-required-term",
        ),
        Finding(
            "K101",
            Severity.ERROR,
            "Required term 'Anesthesia machines' is missing.",
            "Name the anesthesia machines you have serviced, e.g. in Experience.",
            None,
            "missing-required-term",
        ),
        Finding(
            "L103",
            Severity.WARNING,
            "Email and phone are in the page header, which some ATS parsers drop.",
            "Move the contact line into the body, just under your name.",
            Location(1, 1, SectionKind.CONTACT.value),
            "contact-in-header",
        ),
        Finding(
            "L104",
            Severity.WARNING,
            "The Skills section is a table; DICOM appears only there.",
            "Write skills as plain lines separated by commas.",
            Location(1, 16, SectionKind.SKILLS.value),
            "text-in-table",
        ),
        Finding(
            "W110",
            Severity.INFO,
            "'Calibrated defibrilators and ESU units' has no number.",
            "Quantify it: how many devices, how often, with what result.",
            Location(1, 12, experience),
            "unquantified-bullet",
        ),
        Finding(
            "C102",
            Severity.INFO,
            "No LinkedIn or portfolio link.",
            "Optional: add a LinkedIn URL to the contact line.",
            None,
            "no-profile-link",
        ),
    )


def build_score() -> Score:
    """A score of 72 out of 100 in five parts."""
    return Score(
        72,
        (
            ScorePart("Required terms", 30, 40, "5 of 7 required terms present"),
            ScorePart("Preferred terms", 11, 15, "3 of 4 preferred terms present"),
            ScorePart("Posting's wording", 8, 15, "2 terms present under another name"),
            ScorePart("ATS parseability", 13, 15, "contact in header, one table"),
            ScorePart("Sections", 10, 15, "no Licenses section"),
        ),
        version="1",
    )


def build_fix_first() -> tuple[Action, ...]:
    """The three changes worth most."""
    return (
        Action("Add NFPA 99 to your Experience if you have worked to it.", 7.5, "K101"),
        Action("Write 'physiological monitors' instead of 'patient monitors'.", 3.0, "K201"),
        Action("Move your email and phone out of the page header.", 2.0, "L103"),
    )


def build_resume_mentions() -> tuple[Mention, ...]:
    """Every vocabulary mention on the resume, including concepts the posting does not ask for."""
    from_terms = tuple(m for term in build_terms() for m in term.mentions)
    extra = (
        mention("fluke-esa620", 8, "Fluke ESA620"),
        mention("electrical-safety-testing", 8, "electrical safety testing"),
        mention("philips-intellivue", 9, "Philips IntelliVue"),
    )
    return tuple(sorted(from_terms + extra, key=lambda m: (m.line, m.start)))


def build_report() -> Report:
    """The complete sample report."""
    return Report(
        resume=build_document(),
        posting=build_posting(),
        sections=SECTIONS,
        terms=build_terms(),
        findings=build_findings(),
        score=build_score(),
        track=Track.EQUIPMENT,
        fix_first=build_fix_first(),
        resume_mentions=build_resume_mentions(),
    )


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def build_hostile_report() -> Report:
    """The sample with markup-like text in every place a document can put text."""
    report = build_report()
    lines = tuple(replace(line, text=f"{line.text} {HOSTILE}") for line in report.resume.lines)
    terms = tuple(
        replace(
            term,
            requirement=replace(term.requirement, term=HOSTILE, posting_form=HOSTILE),
            resume_forms=(HOSTILE,),
            broader=HOSTILE,
            alternative=HOSTILE,
        )
        for term in report.terms
    )
    posting = replace(
        report.posting,
        title=HOSTILE,
        unknown_terms=(UnknownTerm(HOSTILE, 1, HOSTILE),),
        document=replace(report.posting.document, path=f"postings/{HOSTILE}.txt"),
    )
    return replace(
        report,
        resume=replace(report.resume, lines=lines, path=f"resumes/{HOSTILE}.docx"),
        posting=posting,
        terms=terms,
        sections=tuple(replace(section, heading=HOSTILE) for section in report.sections),
        findings=tuple(
            replace(f, message=HOSTILE, hint=HOSTILE, code=f"{f.code}{HOSTILE}") for f in report.findings
        ),
        fix_first=tuple(replace(action, text=HOSTILE, code=HOSTILE) for action in report.fix_first),
        score=replace(
            report.score, parts=tuple(replace(p, name=HOSTILE, detail=HOSTILE) for p in report.score.parts)
        ),
    )
