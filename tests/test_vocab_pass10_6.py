"""Other trades' lines that read as ours, tenth pass, sixth part: one line per fix, each failing before it.

A nurse attesting 390 clinical hours (3M Attest 390); a DJI Osmo gimbal (the Osmo1 osmometer); Cognitive-
Behavioral Conjoint Therapy for couples with PTSD (cone beam CT); industrial, USB and plumbing inspection
endoscopes (the medical endoscope, renamed "Medical endoscope"); beakers and flasks in a teaching lab (Epic
Beaker); SIGNA Holding real estate and Signa Sports United (the GE SIGNA MRI); IU Indianapolis (IUI) degrees
and the ACM IUI conference (intrauterine insemination); Mount Olympus and Olympus Property apartments (the
manufacturer, renamed "Olympus Corporation"); PGT Innovations impact windows and India's post graduate
teachers (PGT Mathematics, TGT/PGT; preimplantation genetic testing); Qi wireless charging written QI, the
LTE channel quality indicator (CQI) and the Chartered Quality Institute (quality improvement); UAE dirham
sums (AED 3 million; the ZOLL AED 3); a tableau vivant and a ballet's final tableau (Tableau, renamed
"Tableau Software"); the Master Builders and Mortgage Bankers Associations (MBA); and industrial fluoroscopy
of castings and baggage fluoroscopes (fluoroscopy, renamed "Medical fluoroscopy") no longer read as ours.
The second table checks that each guarded form still counts in its own sense, and alone on a line.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_TRADES_READ_AS_OURS_PASS10_6 = [
    ("I can attest 390 hours of supervised clinical practice", "3m-attest-390", False),
    ("Filmed events with a DJI Osmo1 gimbal", "advanced-instruments-osmo1", False),
    ("Delivered CBCT for couples coping with PTSD", "cone-beam-ct", False),
    ("Trained clinicians in Cognitive-Behavioral Conjoint Therapy (CBCT)", "cone-beam-ct", False),
    ("Inspected engine cylinders with an industrial endoscope", "endoscope", False),
    ("Used a USB endoscope camera to inspect HVAC ducts", "endoscope", False),
    ("Beaker and flask washing in the chemistry teaching lab", "epic-beaker", False),
    ("Asset manager at Signa Holding real estate", "ge-signa", False),
    ("Signa Sports United e-commerce analyst", "ge-signa", False),
    ("B.S. Computer Science, IUI, 2025", "iui", False),
    ("Presented a paper at ACM IUI on adaptive interfaces", "iui", False),
    ("Hiked Mount Olympus in Greece", "olympus", False),
    ("Leasing consultant at Olympus Property apartments", "olympus", False),
    ("Installed PGT impact windows and doors", "pgt", False),
    ("PGT Innovations production supervisor", "pgt", False),
    ("Worked as PGT Mathematics at Kendriya Vidyalaya", "pgt", False),
    ("TGT/PGT Chemistry teacher", "pgt", False),
    ("Designed QI wireless charging pads", "quality-improvement", False),
    ("Optimized CQI reporting in LTE networks", "quality-improvement", False),
    ("Tuned CQI and MCS tables for the eNodeB scheduler", "quality-improvement", False),
    ("Member of the CQI (Chartered Quality Institute)", "quality-improvement", False),
    ("Managed a budget of AED 3 million", "zoll-aed-3", False),
    ("Staged a tableau vivant for the gala", "tableau", False),
    ("The final tableau of the ballet", "tableau", False),
    ("Member of the Master Builders Association (MBA)", "mba", False),
    ("Inspected castings with industrial fluoroscopy", "fluoroscopy", False),
    ("Operated the baggage fluoroscope at the airport", "fluoroscopy", False),
]

_GUARDED_FORMS_STILL_COUNT_PASS10_6 = [
    ("Read biological indicators on the Attest 390", "3m-attest-390", True),
    ("Attest 390", "3m-attest-390", True),
    ("Ran serum osmolality on the Osmo1", "advanced-instruments-osmo1", True),
    ("Osmo1", "advanced-instruments-osmo1", True),
    ("Acquired CBCT images for radiation therapy patient setup", "cone-beam-ct", True),
    ("CBCT", "cone-beam-ct", True),
    ("Cone beam CT", "cone-beam-ct", True),
    ("Repaired flexible endoscopes and performed leak tests", "endoscope", True),
    ("Reprocessed endoscope channels per AAMI ST91", "endoscope", True),
    ("Endoscope", "endoscope", True),
    ("Endoscopes", "endoscope", True),
    ("Medical endoscope", "endoscope", True),
    ("Beaker and Epic build for the core lab", "epic-beaker", True),
    ("Beaker", "epic-beaker", True),
    ("Serviced SIGNA MRI systems", "ge-signa", True),
    ("Signa", "ge-signa", True),
    ("Performed IUI sperm washes and semen analyses", "iui", True),
    ("B.S. Clinical Laboratory Science; prepared IUI specimens", "iui", True),
    ("IUI", "iui", True),
    ("Repaired Olympus endoscopes", "olympus", True),
    ("Olympus", "olympus", True),
    ("Olympus Corporation", "olympus", True),
    ("Performed trophectoderm biopsy for PGT", "pgt", True),
    ("PGT", "pgt", True),
    ("Led CQI projects for turnaround time", "quality-improvement", True),
    ("Led QI initiatives on the nursing unit", "quality-improvement", True),
    ("CQI", "quality-improvement", True),
    ("QI", "quality-improvement", True),
    ("Serviced ZOLL AED 3 units", "zoll-aed-3", True),
    ("AED 3", "zoll-aed-3", True),
    ("Built Tableau dashboards for lab TAT", "tableau", True),
    ("Tableau", "tableau", True),
    ("Tableau Software", "tableau", True),
    ("MBA, Healthcare Management, 2020", "mba", True),
    ("MBA", "mba", True),
    ("Serviced fluoroscopy rooms and C-arms", "fluoroscopy", True),
    ("Calibrated fluoroscopes for dose", "fluoroscopy", True),
    ("Fluoroscopy", "fluoroscopy", True),
    ("Fluoroscope", "fluoroscopy", True),
    ("Medical fluoroscopy", "fluoroscopy", True),
]


def test_other_trades_do_not_read_as_ours_pass10_6(checker):
    each_case(_OTHER_TRADES_READ_AS_OURS_PASS10_6, line_check(checker))


def test_guarded_forms_still_count_pass10_6(checker):
    each_case(_GUARDED_FORMS_STILL_COUNT_PASS10_6, line_check(checker))


def test_renamed_to_the_own_sense_pass10_6(vocabulary):
    assert vocabulary.concepts["endoscope"].name == "Medical endoscope"
    assert vocabulary.concepts["olympus"].name == "Olympus Corporation"
    assert vocabulary.concepts["tableau"].name == "Tableau Software"
    assert vocabulary.concepts["fluoroscopy"].name == "Medical fluoroscopy"
