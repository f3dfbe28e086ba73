"""Concepts of the riskiest part of the seventh lot (and two of the second) fixed after reading them against
other trades, each with a line the vocabulary matched before and the same forms in their own sense.

Forms another trade reads: an X-ray tube's "angulation adjustment" and a rifle's "scope cleaning" as
endoscope work; an oil reservoir's "fluid invasion" as an endoscope's; a resort's "swim-up bar" as sperm
preparation; a coatings chemist's "specialty chemistry" as the laboratory's special chemistry; a transistor's
"transfer characteristics" and a neuron culture on a multi-electrode array vouching for FET and MEA, whose
context words "transfer", "warming", "media" and "culture" were too general; a clinical genetics clinic
(genetic counselling) as the clinical genetics laboratory; IBM's Rhapsody modelling tool as the Rhapsody
integration engine; a computer or dental lab tech as the clinical lab tech (the concept's name now says
clinical, and its short forms do not count after another trade's word); a materials lab's electron
microscopy as the pathology section (now named Diagnostic electron microscopy); DaVinci Resolve and
Leonardo's drawings as the da Vinci surgical system (in lot 2); a computer or software test lab's manager as
the clinical laboratory manager (the concept is named Clinical laboratory manager). A wrong fact: each Lean
Six Sigma belt was filed under the next lower one (broader), though no belt is a kind of another; a higher
belt now lists the lower ones as related, so it still answers a lower-belt requirement as related. A form of
another thing: a "precision balance" is any laboratory balance (analytical ones too), not the top-loading
balance.
"""

from __future__ import annotations

from resumefit.models import Status
from tests.conftest import each_case, text_document
from tests.test_vocab import line_check

_CASES = [
    ("Adjusted the tube angulation adjustment on the X-ray table", "angulation-wires", False),
    ("Repaired the angulation system on Olympus gastroscopes", "angulation-wires", True),
    ("Scope cleaning for the rifle range", "endoscope-reprocessing", False),
    ("Endoscope reprocessing and scope cleaning in the GI lab", "endoscope-reprocessing", True),
    ("Modeled mud filtrate fluid invasion in the reservoir", "endoscope-fluid-invasion", False),
    ("Found fluid invasion on two colonoscopes after leak testing", "endoscope-fluid-invasion", True),
    ("Managed the swim-up bar at the resort pool", "sperm-swim-up", False),
    ("Swim-up and density gradient sperm prep for IUI", "sperm-swim-up", True),
    ("R&D chemist in specialty chemistry for coatings", "special-chemistry", False),
    ("Specialty chemistry assays on the immunoassay analyzer", "special-chemistry", True),
    ("Measured FET transfer characteristics on the probe station", "frozen-embryo-transfer", False),
    ("FET cycles and embryo warming", "frozen-embryo-transfer", True),
    ("Recorded neurons cultured on an MEA in culture media", "mouse-embryo-assay", False),
    ("MEA testing of IVF culture media with mouse embryos", "mouse-embryo-assay", True),
    ("Calibrated the precision balance", "top-loading-balance", False),
    ("Calibrated the precision balance", "laboratory-balance", True),
    ("Scheduled patients for the clinical genetics clinic", "clinical-genetics-lab", False),
    ("Clinical genetics testing on the NGS panel", "clinical-genetics-lab", True),
    ("IBM Rhapsody SysML models for the avionics integration", "rhapsody", False),
    ("Built HL7 interfaces in Rhapsody", "rhapsody", True),
    ("Computer lab tech at the library", "lab-tech", False),
    ("Dental lab tech fabricating crowns", "lab-tech", False),
    ("Lab Tech, Mercy Hospital core lab", "lab-tech", True),
    ("SEM and electron microscopy of fracture surfaces in the materials lab", "electron-microscopy", False),
    ("Electron microscopy of renal biopsies", "electron-microscopy", True),
    ("Color grading in DaVinci Resolve for the marketing videos", "da-vinci", False),
    ("Studied da Vinci's anatomical drawings in art history", "da-vinci", False),
    ("Serviced the da Vinci Xi surgical robots", "da-vinci", True),
    ("Equipment: da Vinci, Mako, ROSA", "da-vinci", True),
    ("Computer lab administrator at the community college", "laboratory-manager", False),
    ("Software test lab manager for the QA team", "laboratory-manager", False),
    ("Lab manager for the hospital core laboratory", "laboratory-manager", True),
    ("Laboratory Manager, Mercy Hospital", "laboratory-manager", True),
]


def test_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_no_belt_is_a_kind_of_another_but_a_higher_one_shows_the_lower(checker, vocabulary):
    for belt in ("lss-green-belt", "lss-black-belt", "lss-master-black-belt"):
        assert vocabulary.concepts[belt].broader == ("six-sigma-certification",)
    assert "lss-yellow-belt" in vocabulary.concepts["lss-black-belt"].related

    def status(resume: str, posting: str) -> Status:
        report = checker.check_documents(text_document(resume, "r.txt"), text_document(posting, "p.txt"))
        return report.terms[0].status

    black = "Certifications\n- Lean Six Sigma Black Belt (ASQ CSSBB), 2020"
    assert status(black, "Preferred\n- Lean Six Sigma Green Belt certification.") is Status.RELATED
    green = "Certifications\n- Lean Six Sigma Green Belt, 2020"
    assert status(green, "Preferred\n- Lean Six Sigma Black Belt certification.") is Status.MISSING
