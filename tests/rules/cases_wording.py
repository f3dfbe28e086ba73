"""Should-fire and should-not-fire examples for the wording rules (W)."""

from __future__ import annotations

from cases_common import GOOD_RESUME, Case, edit, fires, quiet, term

from resumefit.models import Status

BULLET = "• Completed 98% of scheduled preventive maintenance on 1,200 devices each quarter."
VAGUE = edit(GOOD_RESUME, BULLET, "• Maintained medical equipment for the hospital.")
UNQUANTIFIED = """
Jordan Rivera
jordan.rivera@example.com | (312) 555-0142
Professional Experience
Biomedical Equipment Technician, Mercy Hospital, 2019 - 2024
• Repaired infusion pumps and defibrillators for the emergency department.
• Calibrated patient monitors in the intensive care unit.
• Trained nurses on ventilator alarms.
• Documented work orders in TMS since 2019.
"""
PLAIN_LINES = """
Jordan Rivera
Professional Experience
Biomedical Equipment Technician, Mercy Hospital, 2019 - 2024
Responsible for preventive maintenance on all devices in the hospital.
Repaired infusion pumps and defibrillators for the emergency department.
"""
LONG = (
    "• Repaired, calibrated and tested infusion pumps, defibrillators, patient monitors, ventilators, "
    "electrosurgical units, anesthesia machines, sterilizers and telemetry transmitters for the emergency "
    "department, intensive care units, operating rooms and outpatient clinics across three hospitals, "
    "always documenting every step."
)
WRAPPED = edit(
    GOOD_RESUME,
    BULLET,
    "• Completed 98% of scheduled preventive maintenance on 1,200 devices each quarter for the\n"
    "emergency department and intensive care units.",
)

CASES: dict[str, list[Case]] = {
    "W001": [
        fires(
            "maintained medical equipment",
            VAGUE,
            terms=[term("ventilator", Status.MISSING), term("ct", Status.SYNONYM, resume_forms=["CT"])],
        ),
        fires("responsible for, in an unmarked line", PLAIN_LINES),
        quiet(
            "vague phrase naming equipment",
            edit(
                GOOD_RESUME,
                BULLET,
                "• Maintained medical equipment including ventilators and defibrillators.",
            ),
        ),
        quiet("specific bullets", GOOD_RESUME),
        fires(
            "maintained laboratory equipment",
            edit(GOOD_RESUME, BULLET, "• Maintained laboratory equipment and kept records."),
        ),
        quiet(
            "repaired equipment as a noun",
            edit(
                GOOD_RESUME,
                BULLET,
                "• Performed safety testing on incoming and repaired equipment for 3 sites.",
            ),
        ),
        quiet(
            "vague phrase outside experience",
            edit(GOOD_RESUME, "across a 400-bed", "responsible for a 400-bed"),
        ),
    ],
    "W002": [
        fires("one bullet in four has a number (a year does not count)", UNQUANTIFIED),
        quiet("most bullets quantified", GOOD_RESUME),
        quiet(
            "too few bullets to judge", "Jordan Rivera\nExperience\n• Repaired pumps.\n• Calibrated monitors."
        ),
    ],
    "W003": [
        fires(
            "starts with a noun phrase",
            edit(GOOD_RESUME, "• Led the replacement", "• Duties included the replacement"),
        ),
        fires(
            "starts with responsible",
            edit(GOOD_RESUME, "• Led the replacement", "• Responsible for the replacement"),
        ),
        quiet("action verbs throughout", GOOD_RESUME),
        quiet("present participle", edit(GOOD_RESUME, "• Led the replacement", "• Leading the replacement")),
    ],
    "W004": [
        fires("bullet over 35 words", edit(GOOD_RESUME, BULLET, LONG)),
        quiet("short bullets", GOOD_RESUME),
        quiet("wrapped bullet under the limit", WRAPPED),
    ],
    "W005": [
        fires("I in a bullet", edit(GOOD_RESUME, "• Led the replacement", "• I led the replacement")),
        fires("my in the summary", edit(GOOD_RESUME, "with 7 years of", "with my 7 years of")),
        quiet("no pronouns", GOOD_RESUME),
        quiet(
            "roman numeral in a bullet",
            edit(GOOD_RESUME, "• Led the replacement", "• Promoted to Technician I after the replacement"),
        ),
    ],
}
