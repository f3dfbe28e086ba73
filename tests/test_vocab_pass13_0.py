"""Context words too general, found by listing the guards of the unread concepts whose context holds a word
every trade writes ("processing", "camera", "video"): a sterile processing line's external fixation sets read
as tissue fixation, and a photo or video shoot's camera, light sources and light cables read as endoscopy
equipment. The words now name the concept's own sense (a tissue processor; a camera head or console, an
insufflator, the endoscopy makers). Beside them, a bare product name that is also a laboratory's own name
("Horizon Lab") now needs a system word, and business intelligence's "BI readers" and "data loads" are no
biological indicators or their reader. The Civil Air Patrol's "CAP PT sessions for cadets" are no
accreditor and no proficiency testing (a guard now says which words of the other sense reject a form).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Processed orthopedic trays and external fixation sets in central processing", "tissue-fixation", False),
    ("Checked fixation times on every breast specimen", "tissue-fixation", True),
    ("Ran formalin fixation and processing of biopsies", "tissue-fixation", True),
    ("Set up the camera and light sources for the video shoot", "endoscopy-light-source", False),
    ("Ran camera and light cables for the studio", "light-guide-cable", False),
    ("Serviced the endoscopy camera and xenon light source", "endoscopy-light-source", True),
    ("camera heads, light sources, insufflators, surgical displays", "endoscopy-light-source", True),
    ("Replaced light cables on the Olympus towers", "light-guide-cable", True),
    ("Phlebotomist at Horizon Lab, a regional reference laboratory", "horizon-lab", False),
    ("LIS: McKesson Horizon Lab", "horizon-lab", True),
    ("Trained BI readers and authors on Tableau dashboards", "bi-incubator", False),
    ("Assigned BI reader licenses in Power BI", "biological-indicator", False),
    ("BI data loads nightly into the warehouse", "biological-indicator", False),
    ("Ran the 3M Attest BI reader for steam loads", "bi-incubator", True),
    ("Placed a BI in every implant load", "biological-indicator", True),
    ("Led CAP PT sessions for cadets every Saturday", "cap", False),
    ("Led CAP PT sessions for cadets every Saturday", "proficiency-testing", False),
    ("Squadron safety officer, Civil Air Patrol; ran PT for the unit", "proficiency-testing", False),
    ("Enrolled the lab in CAP PT surveys", "proficiency-testing", True),
    ("Enrolled the lab in CAP PT surveys", "cap", True),
]


def test_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
