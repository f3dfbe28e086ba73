"""Should-fire and should-not-fire examples for the keyword rules (K)."""

from __future__ import annotations

from cases_common import GOOD_RESUME, Case, edit, fires, quiet, term

from resumefit.models import Importance, NotUnderstood, Status, UnknownTerm

REQ, PREF, MENT = Importance.REQUIRED, Importance.PREFERRED, Importance.MENTIONED
LIT, SYN, REL, MISS = Status.LITERAL, Status.SYNONYM, Status.RELATED, Status.MISSING
IV_RESUME = edit(
    GOOD_RESUME, "Repaired and calibrated 40 infusion pumps", "Repaired and calibrated 40 IV pumps"
)

CASES: dict[str, list[Case]] = {
    "K001": [
        fires("required term missing", GOOD_RESUME, terms=[term("ct", MISS, REQ)]),
        fires(
            "required credential with alternatives missing",
            GOOD_RESUME,
            terms=[term("mls-ascp", MISS, REQ, alternatives=["cbet"])],
        ),
        quiet("required term present literally", GOOD_RESUME, terms=[term("infusion-pump", LIT, REQ)]),
        quiet("preferred term missing is K002's", GOOD_RESUME, terms=[term("ct", MISS, PREF)]),
        quiet("no posting", GOOD_RESUME),
        quiet(
            "a driver's license is a job condition, listed and never failed on",
            GOOD_RESUME,
            terms=[term("drivers-license", MISS, REQ, posting_form="Valid driver's license")],
        ),
    ],
    "K002": [
        fires("preferred term missing", GOOD_RESUME, terms=[term("ct", MISS, PREF)]),
        quiet("required term missing is K001's", GOOD_RESUME, terms=[term("ct", MISS, REQ)]),
        quiet(
            "preferred term under another name",
            IV_RESUME,
            terms=[term("infusion-pump", SYN, PREF, resume_forms=["IV pumps"])],
        ),
    ],
    "K003": [
        fires(
            "required term only as a synonym",
            IV_RESUME,
            terms=[term("infusion-pump", SYN, REQ, resume_forms=["IV pumps"])],
        ),
        fires(
            "mentioned term only as a synonym",
            IV_RESUME,
            terms=[term("infusion-pump", SYN, MENT, resume_forms=["IV pumps"])],
        ),
        quiet("posting wording used", GOOD_RESUME, terms=[term("infusion-pump", LIT, REQ)]),
        quiet("term missing", GOOD_RESUME, terms=[term("ct", MISS, REQ)]),
    ],
    "K004": [
        fires(
            "narrower TMS for posting CMMS",
            GOOD_RESUME,
            terms=[term("cmms", REL, PREF, resume_forms=["TMS"], via="tms")],
        ),
        fires(
            "broader class for a posting product",
            edit(GOOD_RESUME, "Fluke ESA615), TMS", "Fluke ESA615), hematology analyzers, TMS"),
            terms=[
                term("sysmex-xn", REL, REQ, resume_forms=["hematology analyzers"], via="hematology-analyzer")
            ],
        ),
        quiet(
            "synonym is K003's", IV_RESUME, terms=[term("infusion-pump", SYN, REQ, resume_forms=["IV pumps"])]
        ),
        quiet("literal", GOOD_RESUME, terms=[term("cbet", LIT, REQ)]),
    ],
    "K005": [
        fires(
            "credential only in the page header",
            "[header] Jordan Rivera, CBET\nSummary\nBiomedical technician.",
            terms=[term("cbet", LIT, REQ, at_risk=True)],
        ),
        quiet("present in the body", GOOD_RESUME, terms=[term("cbet", LIT, REQ)]),
        quiet("missing terms are not at risk", GOOD_RESUME, terms=[term("ct", MISS, REQ, at_risk=True)]),
    ],
    "K006": [
        fires(
            "acronym without long form",
            edit(GOOD_RESUME, "Certified Biomedical Equipment Technician (CBET), AAMI", "CBET, AAMI"),
        ),
        fires(
            "long form without acronym",
            edit(edit(GOOD_RESUME, "Jordan Rivera, CBET", "Jordan Rivera"), " (CBET), AAMI", ", AAMI"),
        ),
        fires(
            "posting credential acronym only",
            "Jordan Rivera, MLS(ASCP)\nSummary\nLab scientist.",
            terms=[term("mls-ascp", LIT, REQ)],
        ),
        quiet("both acronym and long form", GOOD_RESUME),
        quiet("acronyms that are not credentials", "Jordan Rivera\nSkills\nTMS, CT"),
    ],
    "K007": [
        fires("unknown posting term not on resume", GOOD_RESUME, unknown=[UnknownTerm("Epic Beaker", 2)]),
        quiet(
            "unknown posting term on resume",
            GOOD_RESUME,
            unknown=[UnknownTerm("Zoll R Series", 1, on_resume=True)],
        ),
        quiet("no posting", GOOD_RESUME),
        quiet(
            "a requisition number is never a term to add",
            GOOD_RESUME,
            unknown=[UnknownTerm("BME-24117", 2, "Full time | Day shift | Req #BME-24117")],
        ),
        quiet(
            "an either/or group is not a term to paste",
            GOOD_RESUME,
            unknown=[UnknownTerm("Acme or Zenith", 1)],
        ),
    ],
    "K008": [
        fires(
            "a requirement line with no term in it",
            GOOD_RESUME,
            not_understood=[NotUnderstood("Comfortable leading vendor escalations end to end", 23)],
        ),
        quiet("every requirement line was read", GOOD_RESUME, with_posting=True),
        quiet("no posting", GOOD_RESUME),
    ],
}
