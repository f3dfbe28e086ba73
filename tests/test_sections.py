"""Section headings are found by layered rules, never by 'the line contains the word experience'."""

from __future__ import annotations

from resumefit.models import Document, Line, Region, SectionKind, SourceFormat
from resumefit.sections import split_sections
from tests.conftest import text_document

RESUME = """
Dana Whitfield, CBET
dana.whitfield@example.com | 555-0142
PROFESSIONAL SUMMARY
BMET II with 6 years of experience.
Licenses & Certifications:
CBET, AAMI Credentials Institute
Biomedical Equipment Experience
Lakeside Regional Medical Center
- Gained experience with infusion pumps and defibrillators
Education
A.A.S. Biomedical Equipment Technology
"""


def kinds(doc: Document, vocabulary) -> list[tuple[str, str]]:
    return [(s.kind.value, s.heading) for s in split_sections(doc, vocabulary)]


def test_alias_head_noun_and_capitals_headings(vocabulary):
    assert kinds(text_document(RESUME), vocabulary) == [
        ("contact", ""),
        ("summary", "PROFESSIONAL SUMMARY"),
        ("certifications", "Licenses & Certifications"),
        ("experience", "Biomedical Equipment Experience"),
        ("education", "Education"),
    ]


def test_a_bullet_that_mentions_experience_is_not_a_heading(vocabulary):
    doc = text_document(
        "Experience\nGained experience with Sysmex XN analyzers\nRelevant experience in blood bank."
    )
    assert [s.kind for s in split_sections(doc, vocabulary)] == [SectionKind.EXPERIENCE]


def test_sections_cover_the_document_in_order(vocabulary):
    sections = split_sections(text_document(RESUME), vocabulary)
    assert sections[0].start == 0 and sections[-1].end == len(RESUME.strip().splitlines())
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))


def test_larger_type_marks_an_unknown_heading_as_other(vocabulary):
    lines = ["Dana Whitfield", "dana@example.com", "Summary", "Text here.", "Volunteer Firefighter Work", "x"]
    sizes = [20, 10, 14, 10, 14, 10]
    doc = Document(
        "r.pdf",
        SourceFormat.PDF,
        tuple(Line(text=t, index=i, font_size=s) for i, (t, s) in enumerate(zip(lines, sizes, strict=False))),
    )
    doc = Document(doc.path, doc.source_format, doc.lines, layout=type(doc.layout)(body_font_size=10.0))
    assert [s.kind for s in split_sections(doc, vocabulary)] == [
        SectionKind.CONTACT,
        SectionKind.SUMMARY,
        SectionKind.OTHER,
    ]


def test_docx_heading_style_is_a_signal(vocabulary):
    doc = Document(
        "r.docx",
        SourceFormat.DOCX,
        (
            Line("Jordan Alvarez", 0, style="Title"),
            Line("Instrument Experience Highlights", 1, style="Heading 1"),
            Line("Sysmex XN-1000", 2, style="List Bullet"),
        ),
    )
    assert [s.kind for s in split_sections(doc, vocabulary)] == [SectionKind.CONTACT, SectionKind.EXPERIENCE]


def test_a_heading_styled_name_on_the_first_line_is_not_a_section(vocabulary):
    doc = Document(
        "r.md",
        SourceFormat.MARKDOWN,
        (
            Line("Tessa Marlowe, MLT(AMT)", 0, style="Heading 1"),
            Line("tessa@example.com", 1),
            Line("Summary", 2, style="Heading 2"),
        ),
    )
    assert [s.kind for s in split_sections(doc, vocabulary)] == [SectionKind.CONTACT, SectionKind.SUMMARY]


def test_table_row_labels_stay_inside_their_section(vocabulary):
    doc = Document(
        "r.docx",
        SourceFormat.DOCX,
        (
            Line("Technical Skills", 0, style="Heading 1"),
            Line("Hematology", 1, region=Region.TABLE, bold=True),
            Line("Sysmex XN-1000", 2, region=Region.TABLE),
            Line("Systems", 3, region=Region.TABLE, bold=True),
            Line("Cerner PathNet", 4, region=Region.TABLE),
            Line("Experience", 5, style="Heading 1"),
        ),
    )
    assert [(s.kind, s.start) for s in split_sections(doc, vocabulary)] == [
        (SectionKind.SKILLS, 0),
        (SectionKind.EXPERIENCE, 5),
    ]


def test_a_heading_with_a_parenthetical_is_recognised(vocabulary):
    doc = text_document("Jane Doe\nClinical Rotations (NAACLS MLT program)\nHematology, 6 weeks")
    assert [s.kind for s in split_sections(doc, vocabulary)] == [
        SectionKind.CONTACT,
        SectionKind.CLINICAL_ROTATIONS,
    ]


def test_registration_certificates_membership_and_referees_headings(vocabulary):
    doc = text_document(
        "Adaeze Okonkwo\nadaeze.okonkwo@example.com | 555-0117\nPROFESSIONAL REGISTRATION\n"
        "MLSCN full registration, 2017\nCERTIFICATES\nSLMTA cohort, 2022\nPROFESSIONAL MEMBERSHIP\n"
        "AMLSN, financial member\nREFEREES\nDr. B. A. Ogunleye, PhD, FMLSCN\n"
    )
    assert kinds(doc, vocabulary)[1:] == [
        ("licenses", "PROFESSIONAL REGISTRATION"),
        ("certifications", "CERTIFICATES"),
        ("affiliations", "PROFESSIONAL MEMBERSHIP"),
        ("other", "REFEREES"),
    ]
