"""Should-fire and should-not-fire examples for the section rules (S)."""

from __future__ import annotations

from cases_common import GOOD_RESUME, Case, edit, fires, quiet, term

from resumefit.models import Importance, SourceFormat, Status, Track

CERTS = "Certifications\nCertified Biomedical Equipment Technician (CBET), AAMI, 2021\n\n"
EDUCATION = "Education\nA.A.S. Biomedical Engineering Technology, Harper College, Palatine, IL, 2017\n"
CERTS_LAST = edit(GOOD_RESUME, CERTS, "") + "\n" + CERTS
NO_CERTS = edit(edit(GOOD_RESUME, CERTS, ""), "Jordan Rivera, CBET", "Jordan Rivera")
SKILLS = (
    "Technical Skills and Equipment\n"
    "Infusion pumps (Alaris, Sigma Spectrum), defibrillators (Zoll R Series), patient monitors, ventilators\n"
    "Electrical safety analyzers (Fluke ESA615), TMS work orders, network troubleshooting, parts ordering\n\n"
)
NO_SKILLS = edit(GOOD_RESUME, SKILLS, "")
NO_EDUCATION = edit(GOOD_RESUME, EDUCATION, "")
EDUCATION_FIRST = edit(
    edit(GOOD_RESUME, EDUCATION, ""), "Professional Experience\n", EDUCATION + "\nProfessional Experience\n"
)
SKILLS_AFTER_EXPERIENCE = edit(NO_SKILLS, "Education\n", SKILLS + "Education\n")
NEW_GRAD = """
Priya Shah, MLS(ASCP)
Chicago, IL | priya.shah@example.com | (312) 555-0199

Education
B.S. Medical Laboratory Science, Rush University, 2025

Clinical Rotations
Hematology, chemistry, microbiology and blood bank rotations at Rush University Medical Center, 2025

Experience
Phlebotomist, Rush University Medical Center, May 2025 - Aug 2025
• Collected 40 specimens a shift with zero recollections.
"""
CBET_IN_BULLET_ONLY = edit(
    NO_CERTS, "• Led the replacement", "• Earned CBET certification and led the replacement"
)
LONG_TEXT = GOOD_RESUME + "\n".join(["• Supported clinical staff with device questions on every unit."] * 120)
SHORT_RESUME = """
Jordan Rivera
jordan.rivera@example.com | (312) 555-0142
Experience
• Repaired infusion pumps.
Education
A.A.S. Biomedical Engineering Technology, 2017
"""
CBET_REQUIRED = [term("cbet", Status.MISSING, Importance.REQUIRED)]

CASES: dict[str, list[Case]] = {
    "S001": [
        fires("certifications after education", CERTS_LAST),
        quiet("certifications near the top", GOOD_RESUME),
        quiet("no certifications section", NO_CERTS),
    ],
    "S002": [
        fires("posting requires CBET, no certifications section", NO_CERTS, terms=CBET_REQUIRED),
        quiet("certifications section present", GOOD_RESUME, terms=CBET_REQUIRED),
        quiet(
            "credential only preferred", NO_CERTS, terms=[term("cbet", Status.MISSING, Importance.PREFERRED)]
        ),
        quiet("no posting", NO_CERTS),
    ],
    "S003": [
        fires("no skills section", NO_SKILLS),
        quiet("skills and equipment section", GOOD_RESUME),
    ],
    "S004": [
        fires("no experience section", "Jordan Rivera\nSkills\nInfusion pumps\nEducation\nA.A.S., 2017"),
        quiet(
            "clinical rotations for a new graduate",
            edit(NEW_GRAD, "Experience\nPhlebotomist", "Phlebotomist"),
        ),
        quiet("experience section", GOOD_RESUME),
    ],
    "S005": [
        fires("no education section", NO_EDUCATION),
        quiet("education section", GOOD_RESUME),
    ],
    "S006": [
        fires("credential only in an experience bullet", CBET_IN_BULLET_ONLY),
        quiet("credential in name line and certifications", GOOD_RESUME),
    ],
    "S007": [
        fires("education first with seven years of experience", EDUCATION_FIRST),
        quiet("new graduate leads with education", NEW_GRAD, track=Track.LAB),
        quiet("experience first", GOOD_RESUME),
    ],
    "S008": [
        fires("experience before skills", SKILLS_AFTER_EXPERIENCE),
        quiet("recommended order", GOOD_RESUME),
        quiet(
            "equipment service training may sit high",
            edit(GOOD_RESUME, SKILLS, "Technical Training\nGE CT service school, 2020\n\n" + SKILLS),
        ),
        quiet("certifications placement is S001's", CERTS_LAST),
        quiet("laboratory new graduate: rotations beside education", NEW_GRAD, track=Track.LAB),
    ],
    "S009": [
        fires("different title", GOOD_RESUME, title="Imaging Service Engineer"),
        fires("close title", GOOD_RESUME, title="Biomedical Equipment Specialist"),
        quiet("same title with a level", GOOD_RESUME, title="Biomedical Equipment Technician III"),
        quiet("short forms normalised", GOOD_RESUME, title="Biomedical Equipment Tech"),
        quiet(
            "BMET II on the resume for Biomedical Equipment Technician II",
            edit(
                edit(GOOD_RESUME, "Biomedical Equipment Technician II, Mercy", "BMET II, Mercy"),
                "Biomedical Equipment Technician\nChicago",
                "BMET\nChicago",
            ).replace("Biomedical Equipment Technician with 7 years", "BMET with 7 years"),
            title="Biomedical Equipment Technician II",
        ),
        quiet("no title", GOOD_RESUME, terms=CBET_REQUIRED),
    ],
    "S010": [
        fires("three pages with seven years", GOOD_RESUME, pages=3),
        fires("plain text estimated over two pages", LONG_TEXT, source=SourceFormat.TEXT),
        quiet("two pages", GOOD_RESUME, pages=2),
        quiet(
            "three pages with fifteen years",
            edit(GOOD_RESUME, "Jun 2017 - Dec 2018", "Jun 2005 - Dec 2018"),
            pages=3,
        ),
    ],
    "S011": [
        fires("under 250 words", SHORT_RESUME),
        quiet("a full page", GOOD_RESUME),
    ],
}
