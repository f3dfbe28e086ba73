"""The probe pass over the laboratory files, second half: one line per fix, each failing before it.

Single words and common phrases of the laboratory, apheresis, public-health and IVF files that also read
another sense no longer count there: a culture of safety, viral culture and water cultures are no culture and
sensitivity; the indirect Coombs test is no DAT; Carl Zeiss Microscopy is a company; a germ tube test is no
blood-bank tube test; a fibrinogen product is no fibrinogen assay; biosafety cabinets are no biosafety level;
formaldehyde sterilizers and gas are no formalin; hemoglobin A1c, S and electrophoresis are not hemoglobin
measurement; HLA typing, a prison cell block, a CAR-T cell harvest, respiration by impedance, urine
macroscopic examination, a top-grossing salesperson, a work order's closure time, a drug library, a library
building, IV solutions, test-lab automation, STERRAD plasma units, organ, egg and fundraising donors, factor
levels of an experiment, display photometry, dialysis-machine decalcification, an MRI table's emergency
release, cryo-EM vitrification, a clarifier's sedimentation rate, a kitchen plate washer, a bulk nitrogen tank
and a farm biosecurity plan are other things. The second table checks that each guarded form still counts in
its own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_SENSES_ARE_NOT_THE_CONCEPT_CASES = [
    ("Performed AFB culture setup in the mycobacteriology lab", "afb-stain", False),
    ("Set up viral culture in shell vials for HSV", "culture-and-sensitivity", False),
    ("Reviewed bacterial cultures of water from the dialysis RO loop", "culture-and-sensitivity", False),
    ("Fostered a culture of safety in the blood bank", "culture-and-sensitivity", False),
    ("Built a routine culture of accountability across the team", "culture-and-sensitivity", False),
    ("Performed indirect Coombs test for antibody screening", "dat", False),
    ("Field service engineer, Carl Zeiss Microscopy", "microscopy", False),
    ("Performed germ tube test for Candida albicans", "tube-testing", False),
    ("Prepared INTERCEPT Fibrinogen Complex units for the OR", "fibrinogen-assay", False),
    ("Administered fibrinogen concentrate (RiaSTAP) during massive bleeding", "fibrinogen-assay", False),
    ("Certified Class II biosafety cabinets annually", "biosafety-level", False),
    ("Serviced biosafety cabinets across the research building", "biosafety-level", False),
    ("Performed low-temperature steam formaldehyde sterilizer maintenance", "formalin", False),
    ("Decontaminated BSCs with formaldehyde gas", "formalin", False),
    ("Performed hemoglobin A1c testing on the DCA Vantage", "hemoglobin-measurement", False),
    ("Ran hemoglobin electrophoresis for variant screening", "hemoglobin-measurement", False),
    ("Performed hemoglobin S solubility tests", "hemoglobin-measurement", False),
    ("Reviewed glycated hemoglobin results", "hemoglobin-measurement", False),
    ("Performed HLA antigen typing for transplant candidates", "antigen-typing", False),
    ("Supervised inmates in cell block D", "cell-block", False),
    ("Correctional officer assigned to cell block 4 at the county jail", "cell-block", False),
    ("Performed CAR-T cell harvest and formulation in the GMP suite", "cell-harvesting", False),
    ("Measured respiration by the impedance method on patient monitors", "impedance-counting", False),
    ("Performed macroscopic examination of urine for color and clarity", "grossing", False),
    ("Reduced work order closure time by 20%", "pfa-closure-time", False),
    ("Cut average ticket closure time to two days", "pfa-closure-time", False),
    ("Built the drug library preparation for the Alaris pumps", "ngs-library-preparation", False),
    ("Managed library construction project for the new campus library", "ngs-library-preparation", False),
    ("Performed IV solution preparation in the cleanroom", "reagent-preparation", False),
    ("Cleaning solution preparation for the endoscope reprocessors", "reagent-preparation", False),
    ("Built test lab automation with Python and Jenkins", "lab-automation", False),
    ("Network lab automation with Ansible", "lab-automation", False),
    ("Maintained STERRAD plasma units in SPD", "plasma-components", False),
    ("Performed egg donor eligibility screening per 21 CFR 1271", "donor-eligibility", False),
    ("Organ donor screening with the OPO", "donor-eligibility", False),
    ("Ran prospect donor screening for the annual fundraising campaign", "donor-eligibility", False),
    ("Followed living kidney donor complications in clinic", "donor-reactions", False),
    ("Designed DOE experiments with three factor levels", "factor-assay", False),
    ("Performed display photometry on PACS monitors per AAPM TG18", "spectrophotometry", False),
    ("Calibrated PACS displays with colorimetry and luminance checks", "spectrophotometry", False),
    ("Performed heat disinfection and decalcification of the dialysis machines", "decalcification", False),
    ("Emergency release of the MRI patient table", "emergency-release", False),
    ("Tested the emergency release on the elevator doors", "emergency-release", False),
    ("Top-grossing sales representative in the Northeast region", "grossing", False),
    ("Highest grossing territory in 2022", "grossing", False),
    ("Sample vitrification for cryo-EM on the Vitrobot", "vitrification", False),
    ("Monitored sedimentation rate in the wastewater clarifier", "esr", False),
    ("Worked as plate washer and line cook", "microplate-washer", False),
    ("Monitored the bulk liquid nitrogen tank for the building", "cryogenic-storage-tank", False),
    ("Wrote the farm biosecurity plan for the poultry operation", "biosecurity", False),
]


def test_other_senses_are_not_the_concept(checker):
    each_case(_OTHER_SENSES_ARE_NOT_THE_CONCEPT_CASES, line_check(checker))


_GUARDED_FORMS_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("AFB smears and auramine staining of sputum", "afb-stain"),
    ("Urine culture and Gram stain on the micro bench", "culture-and-sensitivity"),
    ("Read wound culture plates and set up sensitivities", "culture-and-sensitivity"),
    ("Performed direct Coombs test on cord blood", "dat"),
    ("Coombs test for hemolysis workup", "dat"),
    ("Fluorescence microscopy and phase contrast", "microscopy"),
    ("Thawed plasma units and issued FFP to the OR", "plasma-components"),
    ("Tube testing for antibody identification in the blood bank", "tube-testing"),
    ("Performed PT, PTT and fibrinogen on the Stago", "fibrinogen-assay"),
    ("Fibrinogen levels on the ACL TOP", "fibrinogen-assay"),
    ("Followed biosafety practices in the BSL-2 lab", "biosafety-level"),
    ("Handled formaldehyde and xylene in the histology lab", "formalin"),
    ("Measured hemoglobin on the HemoCue for donors", "hemoglobin-measurement"),
    ("Point-of-care hemoglobin testing in the clinic", "hemoglobin-measurement"),
    ("Red cell antigen typing of donor units", "antigen-typing"),
    ("Cell block preparation from FNA specimens", "cell-block"),
    ("Prepared cell blocks from pleural fluids", "cell-block"),
    ("Cytogenetic cell harvest of bone marrow cultures", "cell-harvesting"),
    ("Impedance method for RBC and platelet counts on the Coulter", "impedance-counting"),
    ("Macroscopic examination and grossing of surgical specimens", "grossing"),
    ("Grossing of small biopsies under PA supervision", "grossing"),
    ("PFA-100 closure time testing for platelet function", "pfa-closure-time"),
    ("Illumina library prep for NGS panels", "ngs-library-preparation"),
    ("Library construction for whole exome sequencing", "ngs-library-preparation"),
    ("Buffer and solution preparation for the molecular lab", "reagent-preparation"),
    ("Maintained the lab automation line (Roche cobas 8100)", "lab-automation"),
    ("Blood donor screening and donor eligibility at the mobile drive", "donor-eligibility"),
    ("Donor eligibility determination and deferrals", "donor-eligibility"),
    ("Managed donor complications such as vasovagal reactions", "donor-reactions"),
    ("Monitored factor levels for hemophilia patients in the coagulation lab", "factor-assay"),
    ("Colorimetry and photometry of serum chemistry assays", "spectrophotometry"),
    ("Decalcification of bone specimens in histology", "decalcification"),
    ("Emergency release of O-negative units to the trauma bay", "emergency-release"),
    ("Issued emergency release blood for MTP", "emergency-release"),
    ("Vitrification and warming of embryos", "vitrification"),
    ("Oocyte vitrification with Cryotop", "vitrification"),
    ("Erythrocyte sedimentation rate by Westergren method", "esr"),
    ("Sedimentation rate on the Alifax", "esr"),
    ("Maintained the ELISA plate washer and reader", "microplate-washer"),
    ("Plate washers and readers for ELISA", "microplate-washer"),
    ("Monitored liquid nitrogen tanks in the IVF lab", "cryogenic-storage-tank"),
    ("Laboratory biosecurity plan for select agents", "biosecurity"),
    ("Stem cell apheresis and PBSC collection", "apheresis"),
]


def test_guarded_forms_still_count_in_their_sense(checker):
    each_case(_GUARDED_FORMS_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))
