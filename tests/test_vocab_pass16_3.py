"""Faults the sixteenth pass found in lot 3, each with the line that showed it and one of the concept's own
sense. Other trades' phrases on unguarded names and aliases: Masimo's pulse CO-oximeter (a patient monitor)
read as the laboratory CO-oximeter; X-ray QC of solder joints and radiographic quality control of pipeline
welds (industrial NDT) read as QC of medical X-ray equipment; a software "CT QA" job read as CT quality
control; Brady printers marking wires and arc flash labels read as specimen label printers; a lithium-ion
cell line's electrolyte analyzer read as the clinical ISE analyzer; a donor centre's refrigerated component
centrifuges read as the serologic centrifuge; Sorvall's cell washer and ultramicrotome read as its
centrifuges; an MRI suite's RF shielding survey read as a radiation survey; plant embryo culture read as the
IVF technique; pharma IT's "MES SQA" read as the sperm analyzers; a startups' lab incubator read as the
instrument. Addresses and rooms: "Apt DM96", "Room DI-60" and a "TEC 6" room read as instruments. Guards and
forms too strict for the concept's own lines: spaced, joined and hyphenated model numbers (NextSeq 550 Dx,
NovaSeq6000, LC480, QX-200, HemoCue Hb801, cobas p512, RM-2235) and bare family names (SPIFE, UltraCW,
SterilGARD) were missed; and a stale note.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Maintained Masimo Radical-7 pulse CO-oximeter monitors on med-surg", "co-oximeter", False),
    ("Ran daily QC on the CO-oximeter beside the blood gas analyzers", "co-oximeter", True),
    ("Stand-alone co-oximeter for carboxyhemoglobin", "co-oximeter", True),
    ("Performed X-ray QC of BGA solder joints on PCB assemblies", "radiography-qc", False),
    ("Radiographic quality control of pipeline welds per ASME Section V", "radiography-qc", False),
    ("X-ray QC on the CR readers monthly", "radiography-qc", True),
    ("Performed radiographic quality control on DR rooms and portable units", "radiography-qc", True),
    ("QA Engineer, Hartford, CT QA team lead", "ct-qa", False),
    ("Performed CT QA with the ACR phantom", "ct-qa", True),
    ("Daily CT QC and MRI QC", "ct-qa", True),
    ("Apt DM96, Springfield", "cellavision-dm96", False),
    ("Reviewed smears on the CellaVision DM96", "cellavision-dm96", True),
    ("DM96 and DM9600 digital morphology", "cellavision-dm96", True),
    ("Suite DM 9600, Springfield", "cellavision-dm9600", False),
    ("DM96 and DM9600 digital morphology", "cellavision-dm9600", True),
    ("Room DI-60 in the science building", "cellavision-di-60", False),
    ("Ran blood smears on the DI-60", "cellavision-di-60", True),
    ("Students meet in TEC 6 on Mondays", "sakura-tec-6", False),
    ("Paraffin embedding on the TEC 6", "sakura-tec-6", True),
    ("Class held in TEC 5 after lunch", "sakura-tec-5", False),
    ("Operated TEC 5 embedding center", "sakura-tec-5", True),
    ("Printed wire markers and arc flash labels on the Brady printer", "brady-printer", False),
    ("Replaced ribbons on Brady label printers in the lab", "brady-printer", True),
    ("Brady printer for specimen labels", "brady-printer", True),
    ("Ran runs on the NextSeq 550 Dx", "illumina-nextseq-550dx", True),
    ("Validated the NextSeq550Dx for the oncology panel", "illumina-nextseq-550dx", True),
    ("NovaSeq 6000 Dx operation", "illumina-novaseq-6000dx", True),
    ("Loaded flow cells on the NovaSeq6000Dx", "illumina-novaseq-6000dx", True),
    ("Loaded the cobas p512 sorter", "roche-cobas-p-512", True),
    ("Cleared jams on the cobas p701 decapper", "roche-cobas-p-701", True),
    ("Sorvall CW2 cell washer for blood bank", "thermo-sorvall", False),
    ("Sorvall MT-2 ultramicrotome", "thermo-sorvall", False),
    ("Sorvall RC6 centrifuge", "thermo-sorvall", True),
    ("HemoCue Hb801 checks on the ward", "hemocue-hb-801", True),
    ("HB801 passed the state senate", "hemocue-hb-801", False),
    ("QuantStudio5 qPCR runs", "quantstudio-5", True),
    ("Ran the LightCycler 480 daily", "roche-lightcycler-480", True),
    ("LC480 runs for the genotyping assays", "roche-lightcycler-480", True),
    ("LC480 II runs", "roche-lightcycler-480", False),
    ("LC480 II runs", "roche-lightcycler-480-ii", True),
    ("QX-200 ddPCR", "biorad-qx200", True),
    ("Ion S5XL sequencing runs", "ion-s5-xl", True),
    ("NextSeq2000 runs", "illumina-nextseq-2000", True),
    ("NextSeq1000 runs", "illumina-nextseq-1000", True),
    ("NextSeq550 runs", "illumina-nextseq-550", True),
    ("NextSeq500 runs", "illumina-nextseq-500", True),
    ("NovaSeq6000 runs", "illumina-novaseq-6000", True),
    ("HiSeq2500 runs", "illumina-hiseq-2500", True),
    ("DxA5000 automation line", "beckman-dxa-5000", True),
    ("AQUIOS flow cytometer", "beckman-aquios", True),
    ("Leica RM-2235 microtome", "leica-rm2235", True),
    ("CM-1850 cryostat", "leica-cm1850", True),
    ("CM3050 cryostat", "leica-cm3050", True),
    ("Leica CV-5030 coverslipper", "leica-cv5030", True),
    ("ASP-6025 tissue processor", "leica-asp6025", True),
    ("EG1150 embedding", "leica-eg1150", True),
    ("EG1150 H", "leica-eg1150", False),
    ("Electrolyte analyzer for the lithium-ion battery cell line", "electrolyte-analyzer", False),
    ("Serviced Medica EasyLyte electrolyte analyzers", "electrolyte-analyzer", True),
    ("Electrolyte analyser repair, replaced Na and K electrodes", "electrolyte-analyzer", True),
    (
        "Operated refrigerated blood bank centrifuges for component preparation",
        "serofuge",
        False,
    ),
    ("Ran tube tests on the blood bank centrifuge", "serofuge", True),
    ("RF shielding survey of the new MRI suite", "radiation-survey", False),
    ("Magnetic shielding survey for the 3T magnet room", "radiation-survey", False),
    ("Shielding survey of the new CT room", "radiation-survey", True),
    ("Radiation shielding surveys after the remodel", "radiation-survey", True),
    ("Embryo rescue and embryo culture of hybrid grape seeds", "embryo-culture", False),
    ("Plant embryo culture and micropropagation of orchids", "embryo-culture", False),
    ("Embryo culture and blastocyst grading in the IVF lab", "embryo-culture", True),
    ("Culture of embryos to day 3 in the embryology lab", "embryo-culture", True),
    ("MES SQA engineer for the pharma plant", "mes-sqa-family", False),
    ("Validated MES SQA deliverables under GAMP 5", "mes-sqa-family", False),
    ("Ran QC on the MES SQA in the andrology lab", "mes-sqa-family", True),
    ("Motility counts on MES SQA", "mes-sqa-family", True),
    ("Automated plating of urine cultures on the WASP", "microbiology-automation", False),
    ("Automated plating of urine cultures on the WASP", "microbiology-specimen-processor", True),
    ("Microbiology lab automation with BD Kiestra", "microbiology-automation", True),
    (
        "Operations manager at a life-science lab incubator for startups",
        "laboratory-incubator",
        False,
    ),
    ("Wet lab incubator space for early-stage biotech companies", "laboratory-incubator", False),
    ("Cleaned and calibrated the lab incubators", "laboratory-incubator", True),
    ("Laboratory incubator temperature logs", "laboratory-incubator", True),
    ("Maxwell RSC48 extractions", "promega-maxwell-rsc-48", True),
    ("UltraCW cell washer", "helmer-ultracw", True),
    ("UltraCW II cell washer", "helmer-ultracw-ii", True),
    ("SterilGARD e3 cabinets certified", "baker-sterilgard", True),
    ("Ran serum protein electrophoresis on the SPIFE", "helena-spife", True),
    ("Calibrated blood bank centrifuges and cell washers", "serofuge", True),
]


def test_pass16_lot3_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
