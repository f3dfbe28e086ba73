"""Other trades' lines that read as equipment and laboratory terms: one line per fix, each failing before it.

British Sign Language Level 2 (Signature's "BSL 2") no longer reads as biosafety level 2; Lykos
Therapeutics as the Hamilton Thorne LYKOS laser; military (NATO, tactical radio), rail (TSI) and other
engineering interoperability as healthcare interoperability; UCLA's Institute for Pure and Applied
Mathematics as IP address management; a Master of Science in Data Science (MSDS) as a material safety
data sheet; Microsoft Remote Installation Services, reconfigurable intelligent surfaces and the RIS
citation format as a radiology information system; VDI engineering guidelines (VDI 2230, VDI 6022) and the
Association of German Engineers as virtual desktop infrastructure; vertical banded gastroplasty (VBG) as a
venous blood gas; plumbing, HVAC, stained-glass and jewellery soldering as electronics soldering; and room
numbers ("Room C303", "Office C503") as the Roche cobas c 303, c 503, c 702 and e 601 modules.

Biosafety level 2, the radiology information system, healthcare interoperability and electronics soldering
are now the names of those concepts; BSL-2, RIS, Interoperability and Soldering are guarded forms of them.
The second table checks that each guarded form still counts in its own sense, and the bare old name alone
on a line.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS10_4 = [
    # bsl-2: British Sign Language Level 2
    ("Signature BSL 2 qualification in British Sign Language", "bsl-2", False),
    ("Completed BSL Level 2 and BSL2 certificate in British Sign Language", "bsl-2", False),
    ("Passed BSL-2 exam (British Sign Language) with Signature", "bsl-2", False),
    # hamilton-thorne-lykos: the pharmaceutical company
    ("LYKOS THERAPEUTICS, San Jose, CA - Clinical Trial Associate", "hamilton-thorne-lykos", False),
    # interoperability: military, public safety and rail
    ("Tested NATO interoperability of tactical radio systems", "interoperability", False),
    ("Led rail interoperability certification under the TSI", "interoperability", False),
    ("Ran system interoperability tests for NATO tactical radios", "interoperability", False),
    # ipam: the Institute for Pure and Applied Mathematics
    ("Long program participant at IPAM, UCLA", "ipam", False),
    ("Attended the IPAM workshop on machine learning at UCLA", "ipam", False),
    # osha-hazcom: a Master of Science in Data Science
    ("MSDS, University of San Francisco (Master of Science in Data Science)", "osha-hazcom", False),
    ("Pursuing an MSDS degree at Northwestern", "osha-hazcom", False),
    # ris: Microsoft Remote Installation Services, wireless research, the citation format
    ("Deployed Windows XP images with Microsoft RIS and WDS", "ris", False),
    ("Configured Microsoft RIS", "ris", False),
    ("Researched RIS (reconfigurable intelligent surfaces) for 6G wireless", "ris", False),
    ("Exported citations in RIS format for EndNote and Zotero", "ris", False),
    ("Imported RIS files into the reference manager", "ris", False),
    # vdi: the Association of German Engineers and its guidelines
    ("Designed bolted joints per VDI 2230", "vdi", False),
    ("Ventilation hygiene inspections to VDI 6022", "vdi", False),
    ("Member of the VDI (Association of German Engineers)", "vdi", False),
    # venous-blood-gas: vertical banded gastroplasty
    ("Assisted in VBG and RYGB bariatric procedures", "venous-blood-gas", False),
    ("Performed vertical banded gastroplasty (VBG) revisions", "venous-blood-gas", False),
    # soldering: plumbing, HVAC, stained glass and jewellery
    ("Soldered copper pipe joints for residential plumbing", "soldering", False),
    ("Soldering copper pipe and brazing refrigerant lines", "soldering", False),
    ("Stained glass soldering and jewelry soldering", "soldering", False),
    ("Skills: pipe threading, soldering, brazing", "soldering", False),
    # roche cobas modules: room numbers
    ("Taught chemistry lectures in Room C303", "roche-cobas-c303", False),
    ("Office C503, Science Building", "roche-cobas-c503", False),
    ("Held office hours in Room C702", "roche-cobas-c702", False),
    ("Room E601 in the engineering building", "roche-cobas-e601", False),
]

_GUARDED_FORMS_STILL_COUNT_PASS10_4 = [
    ("Biosafety level 2", "bsl-2", True),
    ("BSL-2", "bsl-2", True),
    ("Worked under BSL-2 containment in the microbiology lab", "bsl-2", True),
    ("BSL2 lab experience", "bsl-2", True),
    ("Fired the LYKOS laser for assisted hatching", "hamilton-thorne-lykos", True),
    ("LYKOS", "hamilton-thorne-lykos", True),
    ("Healthcare interoperability", "interoperability", True),
    ("Interoperability", "interoperability", True),
    ("Drove HL7 interoperability between the LIS and EHR", "interoperability", True),
    ("Device interoperability projects", "interoperability", True),
    ("IPAM", "ipam", True),
    ("Configured Infoblox IPAM and DNS for the hospital network", "ipam", True),
    ("MSDS", "osha-hazcom", True),
    ("Maintained MSDS binders for the lab", "osha-hazcom", True),
    ("Radiology information system", "ris", True),
    ("RIS", "ris", True),
    ("Supported the RIS and PACS for radiology", "ris", True),
    ("Built RIS interfaces to the PACS", "ris", True),
    ("VDI", "vdi", True),
    ("Supported Citrix VDI for clinicians", "vdi", True),
    ("Deployed VMware Horizon VDI 7 for 500 users", "vdi", True),
    ("VBG", "venous-blood-gas", True),
    ("Ran VBG samples on the blood gas analyzer", "venous-blood-gas", True),
    ("Collected VBG and ABG samples", "venous-blood-gas", True),
    ("Electronics soldering", "soldering", True),
    ("Soldering", "soldering", True),
    ("Surface-mount soldering and rework of circuit boards", "soldering", True),
    ("Soldered leads on circuit boards", "soldering", True),
    ("Ran chemistries on the cobas c303 and c503", "roche-cobas-c303", True),
    ("Ran chemistries on the cobas c303 and c503", "roche-cobas-c503", True),
    ("Maintained the e601 and c702 modules", "roche-cobas-e601", True),
    ("Maintained the e601 and c702 modules", "roche-cobas-c702", True),
]


def test_other_trades_no_longer_read_as_ours_pass10_4(checker):
    each_case(_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS10_4, line_check(checker))


def test_guarded_forms_still_count_pass10_4(checker):
    each_case(_GUARDED_FORMS_STILL_COUNT_PASS10_4, line_check(checker))


def test_names_read_only_their_own_sense_pass10_4(vocabulary):
    assert vocabulary.concepts["bsl-2"].name == "Biosafety level 2"
    assert vocabulary.concepts["ris"].name == "Radiology information system"
    assert vocabulary.concepts["interoperability"].name == "Healthcare interoperability"
    assert vocabulary.concepts["soldering"].name == "Electronics soldering"
